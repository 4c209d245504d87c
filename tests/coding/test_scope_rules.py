"""Scope rules of extract (session 8): which incidents are main in a digest of the period's news,
and which dates and places belong to an older incident named in a comparison.

Texts written for these tests; expected values checked by hand against the text.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_article
from analysis.records import Article


def _coded(text: str, published: date, title: str = "") -> list[tuple[str, str | None, str, bool]]:
    return sorted((str(ae.event.event_date), ae.event.location, ae.event.event_type, ae.event.is_main)
                  for ae in code_article(Article(id="t", text=text, published=published, outlet="Test Wire", title=title)))


# ---- a digest of the period's news: every incident it dates inside its period is main

_MONTH_BODY = ("Jihadist violence spread in the east while the junta tightened its grip on dissent.\n\n"
               "JNIM fighters 4 June attacked an army post in Diapaga, killing seven soldiers. "
               "On 18 June, gunmen killed nine civilians in Kantchari. "
               "In Ouagadougou, security agents 25 June arrested two journalists who had criticised the army.\n")


@pytest.mark.parametrize("title,head", [
    ("Sahel monthly review: June 2025", ""),                              # the title names the month
    ("Burkina Faso", "June 2025 | Africa / Sahel\n\n"),                   # a heading line of the page head
    ("Burkina Faso", "SAHEL NOTES | Issue 12\n\nTHE MONTH IN REVIEW (1-30 June)\n\n"),  # a range in a heading
])
def test_every_incident_of_a_digests_period_is_main(title, head):
    got = _coded(head + _MONTH_BODY, date(2025, 7, 3), title)
    assert ("2025-06-04", "Diapaga", "Battles", True) in got
    assert ("2025-06-18", "Kantchari", "Violence against civilians", True) in got
    # (a digest's strategic developments are its news too)
    assert ("2025-06-25", "Ouagadougou", "Strategic developments", True) in got


def test_a_month_long_past_or_a_bound_is_no_digests_period():
    # "March 2025" ended months before publication; "since 2022" bounds a history: no period,
    # the incidents of another day than the headline's stay background
    for head in ("March 2025 | Africa / Sahel\n\n", "Attacks in Burkina Faso since 2022\n\n"):
        got = _coded(head + _MONTH_BODY, date(2025, 7, 3))
        assert [m for *_, m in got].count(True) == 1, got


def test_a_month_label_above_one_story_is_no_digest():
    # near miss: a page label names the month, but the page tells one dated incident of it; the
    # earlier incident of another month stays background
    text = ("Archives | June 2025\n\n"
            "Gunmen killed nine civilians in Kantchari on 28 June, local officials said. "
            "In May, militants attacked an army post in Diapaga, killing seven soldiers.\n")
    got = _coded(text, date(2025, 7, 3))
    assert ("2025-06-28", "Kantchari", "Violence against civilians", True) in got
    assert [m for *_, m in got].count(True) == 1, got


_FACTBOX = ("Islamist militants attacked the besieged town of Djibo on Sunday, killing at least 50 soldiers, "
            "two security sources said, {ranking} since Captain Ibrahim Traore seized power in September 2022.\n\n"
            "Here are some of the major attacks in Burkina Faso since 2022:\n\n"
            "* SEYTENGA - JUNE 11, 2022\nGunmen killed 86 civilians in Seytenga, the government said.\n\n"
            "* DEOU - FEB. 17, 2023\nFifty-one soldiers were killed when militants attacked an army unit near Deou.\n\n"
            "* DJIBO - JUNE 8, 2025\nAttackers struck army positions in Djibo early on Sunday, killing at least 50 people.\n")


@pytest.mark.parametrize("ranking", ["in one of the deadliest assaults", "among the worst attacks on the army",
                                     "one of the bloodiest raids"])
def test_a_factbox_of_history_after_a_ranked_lead_stays_background(ranking):
    # "one of the deadliest assaults since ...": a comparison, not a sum of the incidents listed
    got = _coded(_FACTBOX.format(ranking=ranking), date(2025, 6, 10), "FACTBOX-Major attacks in Burkina Faso since 2022")
    assert ("2025-06-08", "Djibo", "Battles", True) in got
    assert ("2022-06-11", "Sitenga", "Violence against civilians", False) in got
    assert ("2023-02-17", "Déou", "Battles", False) in got


def test_a_sum_of_the_weeks_attacks_still_makes_its_incidents_main():
    # near miss of the ranking: a count of incidents over the days, no superlative
    text = ("Attacks on two villages in northern Burkina Faso killed at least 30 civilians over the weekend, "
            "local sources said.\n\nOn Saturday, gunmen killed 12 people in Gorgadji. "
            "On Sunday, 18 villagers were killed in Arbinda.\n")
    got = _coded(text, date(2025, 6, 10))
    assert ("2025-06-07", "Gorgadji", "Violence against civilians", True) in got
    assert ("2025-06-08", "Aribinda", "Violence against civilians", True) in got


# ---- a factbox item ends at a heading below it

@pytest.mark.parametrize("heading", ["ANALYSIS", "Background", "What it means"])
def test_a_heading_after_the_last_item_ends_it(heading):
    text = ("Key incidents of the fortnight:\n\n"
            "- 13 Oct - Douentza: A minibus struck an improvised explosive device near Douentza, killing seven passengers.\n\n"
            "- 24 Oct - Anefis: FLA fighters clashed with an army column near Anefis, killing 20 soldiers.\n\n"
            f"{heading}\n\n"
            "The Anefis clash recalls fighting near Tessalit, where rebels ambushed an army convoy.\n")
    got = _coded(text, date(2025, 10, 28))
    # the analysis's undated ambush near Tessalit is not dated by the last item (24 Oct)
    assert not [g for g in got if g[1] == "Tessalit"], got
    assert [g[:3] for g in got if g[1] == "Anefis i-n-Darane"] == [("2025-10-24", "Anefis i-n-Darane", "Battles")], got


def test_an_items_own_prose_lines_stay_its():
    # near miss: the item's heading line, then its prose over two paragraphs (no heading between)
    text = ("Here are some of the major attacks in Mali since 2019:\n\n"
            "* OGOSSAGOU - MARCH 23, 2019\nGunmen killed 160 herders in Ogossagou.\n\n"
            "* SOBANE DA - JUNE 9, 2019\nThe army said.\n\nGunmen killed 35 villagers in Sobane Da.\n")
    got = _coded(text, date(2025, 10, 28))
    assert ("2019-06-09", "Sobane-Da", "Violence against civilians", False) in got


# ---- an older incident told at "the town": the town named just before

@pytest.mark.parametrize("history,town,kind", [
    ("The Tillia area has a grim history. In October 2024, militants killed 11 soldiers in an attack on the town's military post.",
     "Tillia", "Battles"),
    ("Tillia has been attacked before. In October 2024, jihadists stormed the town's gendarmerie post, killing 11 gendarmes.",
     "Tillia", "Battles"),
    ("Life in Ayorou has not returned to normal. In October 2024, gunmen raided the village, killing 11 civilians.",
     "Ayorou", "Violence against civilians"),
])
def test_an_older_incident_at_the_town_happened_at_the_town_named_before(history, town, kind):
    text = "Islamic State militants killed 14 soldiers near Tillia on Sunday, the defence ministry said. " + history + "\n"
    got = _coded(text, date(2026, 3, 18))
    assert ("2026-03-15", "Tillia", "Battles", True) in got
    assert [g for g in got if g[0].startswith("2024-10")] == [("2024-10-15", town, kind, False)], got


def test_an_undated_detail_at_the_village_is_no_new_event():
    # near miss: no date of its own, the detail goes with the story's incident (unchanged)
    text = ("Gunmen killed 12 villagers in Gorgadji on Sunday, local officials said. "
            "The attackers also burned the village's granaries.\n")
    assert _coded(text, date(2025, 6, 10)) == [("2025-06-08", "Gorgadji", "Violence against civilians", True)]


# ---- a dateline without a place ("May 13 (Reuters) -") dates the report, not the lead's incident

@pytest.mark.parametrize("dateline", ["May 13 (Reuters) - ", "May 13 (AFP) — ", "13 May 2025 (Xinhua) -- "])
def test_a_dateline_without_a_place_is_no_events_date(dateline):
    text = dateline + "Islamist militants attacked army positions in Djibo on Sunday, killing at least 50 soldiers, security sources said.\n"
    assert _coded(text, date(2025, 5, 13)) == [("2025-05-11", "Djibo", "Battles", True)]


def test_a_day_in_brackets_of_prose_still_dates_the_incident():
    # near miss: a bracket of prose after the date, not an agency and a dash
    text = "On May 11 (a market day), Islamist militants attacked army positions in Djibo, killing at least 50 soldiers.\n"
    assert _coded(text, date(2025, 5, 13)) == [("2025-05-11", "Djibo", "Battles", True)]


# ---- an older incident told "N months later" than the one before it

_CYCLE = ("Gunmen killed 41 villagers in Toroli on July 15, a local official said.\n\n"
          "The cycle began in March 2019, when militiamen killed some 160 herders at Ogossagou. {later} gunmen "
          "attacked the hamlet of Sobane Da, killing at least 35.\n")


@pytest.mark.parametrize("later,when", [("Three months later", "2019-06-15"), ("A year later,", "2020-03-15"),
                                        ("Two years later", "2021-03-15")])
def test_an_incident_months_or_years_later_is_dated_from_the_one_before(later, when):
    got = _coded(_CYCLE.format(later=later), date(2025, 7, 24))
    assert ("2019-03-15", "Ogassagou-Peulh", "Violence against civilians", False) in got
    assert [g for g in got if g[1] == "Sobane-Da"] == [(when, "Sobane-Da", "Violence against civilians", False)], got


def test_later_without_a_count_goes_on_with_the_incident_before():
    # near miss: "Later" counts nothing: the sentence goes on with March 2019 (unchanged)
    got = _coded(_CYCLE.format(later="Later,"), date(2025, 7, 24))
    assert [g for g in got if g[1] == "Sobane-Da"] == [("2019-03-15", "Sobane-Da", "Violence against civilians", False)], got
