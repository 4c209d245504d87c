"""code_article, round 2 of session 8: datelines without a place, months and years later, the
agent a role phrase credits (the incident told last before it; a list item's own), and a
demonstration without a place of its own after a national decree.

Short texts written for these tests; expected values checked by hand against the text.
Publication: Tuesday 14 May 2024 (Sunday is 12 May).
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_article
from analysis.records import Article

PUBLISHED = date(2024, 5, 14)  # a Tuesday


def code(text: str, published: date | None = PUBLISHED):
    return [ae.event for ae in code_article(Article(id="t", text=text, published=published, outlet="Test Wire"))]


def by_place(text: str) -> dict[str, object]:
    evs = code(text)
    out = {e.location: e for e in evs}
    assert len(out) == len(evs), [(e.location, e.sub_event_type) for e in evs]
    return out


def test_publication_weekday():
    assert PUBLISHED.weekday() == 1  # Tuesday


# ------------------------------------------------------------ datelines without a place


@pytest.mark.parametrize(
    "dateline",
    ["May 10 (Reuters) - ", "10 May 2024 (AFP) - ", "May 10, 2024 (Reuters) -- "],
)
def test_dateline_without_a_place_never_dates_the_event(dateline):
    # the report's date (10 May) is not the attack's: "on Sunday" is 12 May, the day before
    # publication (and without the weekday, the publication week)
    evs = code(dateline + "Gunmen killed 12 soldiers in an attack on an army post in Tessit on Sunday, the army said.")
    assert [(e.location, e.event_date) for e in evs] == [("Tessit", "2024-05-12")]
    evs = code(dateline + "Gunmen killed 12 soldiers in an attack on an army post in Tessit, the army said.")
    assert [(e.location, e.event_date, e.date_precision) for e in evs] == [("Tessit", "2024-05-11", "week")]


# ------------------------------------------------------------ months and years later


# (the three phrasings of 'N months/years later' after the incident are in test_scope_rules.py)


def test_months_later_before_the_main_story_is_background_too():
    evs = by_place("Gunmen killed 160 people in Solhan in June 2021. Three months later they attacked Seytenga, "
                   "killing 20.\nGunmen killed 12 soldiers in Tessit on Sunday.")
    assert (evs["Tessit"].event_date, evs["Tessit"].is_main) == ("2024-05-12", True)
    assert (evs["Sitenga"].event_date, evs["Sitenga"].is_main) == ("2021-09-15", False)


def test_a_few_months_later_gives_no_date():
    # near miss: "a few months later" says no date: the incident keeps the story's day
    evs = by_place("Gunmen killed 160 people in Solhan in June 2021. A few months later they attacked Seytenga, "
                   "killing 20.\nGunmen killed 12 soldiers in Tessit on Sunday.")
    assert evs["Sitenga"].event_date != "2021-09-15"


# ------------------------------------------------------------ the agent a role phrase credits

DIGEST = (
    "Niger: security incidents, 6-12 May 2024\n\n"
    "- 7 May - Tillaberi region: An army post was attacked near Tera, killing 12 soldiers. {c1}\n"
    "- 9 May - Tahoua region: A convoy was ambushed near Tillia, killing 8 soldiers. {c2}\n"
    "- 11 May - Dosso region: A checkpoint was attacked near Gaya, killing 5 gendarmes.\n"
)


@pytest.mark.parametrize(
    "c2",
    ["Islamic State claimed responsibility.", "The ambush was blamed on Islamic State.",
     "The army is blaming Islamic State."],
)
def test_a_list_items_cue_credits_that_item_only(c2):
    evs = by_place(DIGEST.format(c1="", c2=c2))
    assert evs["Tillia"].actor1 == "Islamic State Sahel"
    assert evs["Téra"].actor1 == "Unidentified armed group"  # the item before
    assert evs["Gaya"].actor1 == "Unidentified armed group"  # the item after


def test_each_list_item_takes_the_cue_told_after_it():
    evs = by_place(DIGEST.format(c1="The army blamed JNIM.", c2="Islamic State claimed responsibility."))
    assert (evs["Téra"].actor1, evs["Tillia"].actor1, evs["Gaya"].actor1) == (
        "JNIM", "Islamic State Sahel", "Unidentified armed group")


def test_story_cue_after_its_incident_credits_it():
    # near miss: one incident, a role phrase after it: still credited ("blame" in the present)
    evs = code("Gunmen killed 12 soldiers in an attack on an army post in Tessit on Sunday. "
               "Residents blame JNIM for the attack.")
    assert [(e.location, e.actor1) for e in evs] == [("Tessit", "JNIM")]


def test_headline_cue_before_the_incident_credits_it():
    evs = code("Islamic State claims deadly attack on Niger army post\n\n"
               "Gunmen attacked an army post near Tera on Sunday, killing 12 soldiers. The attackers fled.")
    assert [(e.location, e.actor1) for e in evs] == [("Téra", "Islamic State Sahel")]


# ------------------------------------------------------------ a demonstration after a decree

DECREE = ("{dl}Mali's military junta on Tuesday dissolved all political parties and organisations, according "
          "to a decree read on state television. {protest}")


@pytest.mark.parametrize(
    "dl",
    ["BAMAKO, May 14 (Reuters) - ", "Bamako, 14 May 2024 (AFP) - ", "BAMAKO (AP) — "],
)
@pytest.mark.parametrize(
    "protest",
    ["Hundreds of people protested against the decision on Tuesday afternoon.",
     "Dozens of opposition supporters demonstrated against the decree on Tuesday."],
)
def test_protest_without_a_place_after_a_decree_is_at_the_dateline(dl, protest):
    evs = code(DECREE.format(dl=dl, protest=protest))
    protests = [e for e in evs if e.event_type == "Protests"]
    assert [(e.location, e.admin1, e.event_date, e.is_main) for e in protests] == [
        ("Bamako", "Bamako", "2024-05-14", True)]


@pytest.mark.parametrize("dl", ["DAKAR, May 14 (Reuters) - ", "PARIS (AFP) - ", ""])
def test_protest_without_a_place_filed_from_abroad_gets_no_place(dl):
    # near miss: a dateline outside the story's country (or none) says nothing of where
    evs = code(DECREE.format(dl=dl, protest="Hundreds of people protested against the decision on Tuesday afternoon."))
    assert [e for e in evs if e.event_type == "Protests"] == []


def test_protest_with_its_own_place_keeps_it():
    evs = code(DECREE.format(dl="BAMAKO, May 14 (Reuters) - ",
                             protest="Hundreds of people protested in Kayes against the decision on Tuesday afternoon."))
    assert [e.location for e in evs if e.event_type == "Protests"] == ["Kayes"]
