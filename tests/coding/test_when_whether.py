"""When and whether (session 9, round 2): statements of a conflict going on are no event; a decree's
"for three months" is its duration; the headline's first event heads the story; a day named in an
incident's own clause dates it; an operation of several days makes its incidents main; an earlier
attack on "the same camp" happened there.

Texts written for these tests; expected values checked by hand against the text.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_article
from analysis.records import Article


def _coded(text: str, published: date, title: str = "") -> list[tuple[str, str | None, str, bool]]:
    return sorted((str(ae.event.event_date), ae.event.location, ae.event.sub_event_type, ae.event.is_main)
                  for ae in code_article(Article(id="t", text=text, published=published, outlet="Test Wire", title=title)))


_BOSSO = ("Nine soldiers were killed when Boko Haram fighters attacked a military position in Bosso on Sunday, "
          "the ministry said on Tuesday.\n\n")
_PUB = date(2025, 10, 14)


# ---- a present progressive of a conflict, told outside the lead without a date, is no event

@pytest.mark.parametrize("tail", [
    "Niger is also battling armed groups linked to al-Qaida and the Islamic State in its western Tillaberi region.",
    "The army is still fighting jihadists in the Tillaberi region, near the border with Mali.",
    "Niger is now facing attacks by Islamic State fighters in the Tillaberi region.",
])
def test_an_ongoing_conflict_is_no_event(tail):
    text = (_BOSSO + "The assailants came from islands on Lake Chad, the statement said. Vehicles and weapons were seized.\n\n"
            "On Sept. 28, four soldiers were killed when their vehicle struck a mine near Nguigmi.\n\n" + tail)
    got = _coded(text, _PUB, "Nine Nigerien soldiers killed in Boko Haram attack in southeast")
    assert [g for g in got if g[0] == "2025-10-12"] == [("2025-10-12", "Bosso", "Armed clash", True)], got


def test_a_dated_progressive_still_tells_an_incident():
    # near miss: the clause names its own day and town: an incident
    text = _BOSSO + "On Monday, troops were fighting militants near Tillaberi, residents said.\n"
    got = _coded(text, _PUB)
    assert ("2025-10-13", "Tillabéri", "Armed clash", False) in got or ("2025-10-13", "Tillabéri", "Armed clash", True) in got, got


# ---- "has since" + perfect: incidents of a span up to now, a pattern

@pytest.mark.parametrize("since", ["has since attacked hundreds of tankers on the roads to Bamako",
                                   "has since repeatedly struck convoys on the road to Bamako",
                                   "have since burned dozens of trucks near Bamako"])
def test_has_since_is_a_pattern(since):
    text = ("JNIM fighters ambushed a fuel convoy near Kayes on Sunday, burning 40 tankers, the army said.\n\n"
            f"The group imposed a blockade on fuel imports in September and {since}.\n")
    got = _coded(text, date(2025, 10, 14))
    assert [g[1] for g in got] == ["Kayes"], got


# ---- a measure decreed "for three months": its duration, no span up to now

@pytest.mark.parametrize("decree", [
    "has suspended the broadcasts of France 24 for three months",
    "has banned the broadcasts of France 24 for six months",
    "has suspended the French channel France 24 for a month",
])
def test_a_decree_for_months_is_told(decree):
    text = (f"Mali's military government {decree}, accusing it of biased coverage, state television said.\n\n"
            "The decision, announced on Thursday by the Communication Ministry, said the channel had relayed propaganda.\n")
    got = _coded(text, date(2025, 10, 13))
    assert ("2025-10-09", "", "Other", True) in got, got


def test_a_blockade_for_two_years_stays_a_pattern():
    # near miss: no decree verb: "for two years" is a span up to now
    text = ("Gunmen killed 12 villagers in Seytenga on Sunday, local sources said.\n\n"
            "Jihadists have attacked convoys near Djibo for two years, residents said.\n")
    got = _coded(text, date(2025, 10, 13))
    assert [g[1] for g in got] == ["Sitenga"], got


def test_the_headlines_first_event_heads_the_story_and_its_second_is_news_too():
    text = ("Hundreds of supporters rally in capital to back decision\n\n"
            "Mali's military government has suspended the broadcasts of France 24 for three months, accusing it of "
            "biased coverage, according to a statement read on state television.\n\n"
            "The decision, announced on Thursday by the Communication Ministry, said the channel had relayed propaganda.\n\n"
            "Hundreds of people rallied in Bamako on Saturday in support of the decision, according to local media.\n")
    got = _coded(text, date(2025, 10, 13), "Mali junta suspends France 24, supporters rally in Bamako")
    assert ("2025-10-09", "", "Other", True) in got, got
    assert ("2025-10-11", "Bamako", "Peaceful protest", True) in got, got


@pytest.mark.parametrize("decree", ["suspended the broadcasts of France 24", "banned the broadcasts of France 24"])
def test_a_dated_national_decree_needs_no_town(decree):
    text = ("Gunmen killed 12 villagers in Seytenga on Sunday, local sources said.\n\n"
            f"On Friday, the government {decree}, accusing it of biased coverage.\n")
    got = _coded(text, date(2025, 10, 13))
    assert ("2025-10-10", "", "Other", False) in got, got
    assert ("2025-10-12", "Sitenga", "Attack", True) in got, got


def test_an_undated_decree_without_a_town_stays_uncoded():
    # near miss: no day of its own: background without place nor time
    text = ("Gunmen killed 12 villagers in Seytenga on Sunday, local sources said.\n\n"
            "The junta has suspended several foreign outlets since it seized power.\n")
    got = _coded(text, date(2025, 10, 13))
    assert [g[1] for g in got] == ["Sitenga"], got


# ---- an old incident coded alone, in the body, while the lead dates its own news: background

@pytest.mark.parametrize("lead, headline", [
    # a lead telling no coded event: nothing is main
    ("said on Thursday it would review the uranium company's permits", None),
    # a lead telling a decree: it is the headline, on its own day (at the dateline, as national
    # decrees are), and the coup stays background
    ("said on Thursday it was nationalising the uranium company", ("2025-06-19", "Niamey", "Other", True)),
])
def test_an_old_incident_told_in_the_body_is_no_headline(lead, headline):
    text = (f"NIAMEY, June 20 (Reuters) - Niger's military government {lead}, escalating a dispute with France.\n\n"
            "Orano said it had taken note of the decision and reserved the right to take legal action.\n\n"
            "Shareholders met in Paris to discuss the company's future, a spokesperson said.\n\n"
            "The company runs a mine in the north of the country and employs hundreds of people.\n\n"
            "Relations collapsed after army officers toppled President Mohamed Bazoum in Niamey on July 26, 2023.\n")
    got = _coded(text, date(2025, 6, 20))
    assert ("2023-07-26", "Niamey", "Other", False) in got, got
    assert [g for g in got if g[-1]] == ([headline] if headline else []), got


# ---- a day named in an incident's own clause dates it; an operation of several days makes its incidents main

@pytest.mark.parametrize("op", ["after a week-long offensive", "at the end of a seven-day operation",
                                "following a week-long military operation"])
def test_the_incidents_of_a_long_operation_are_main_on_their_own_days(op):
    text = (f"Burkina Faso's army said on Monday that its troops had entered the town of Arbinda {op} against "
            "terrorist groups that had besieged the locality for months.\n\n"
            "According to the communique, air strikes on Feb. 3 destroyed a terrorist base near Tongomayel, killing "
            "about 30 terrorists, while on Feb. 5 a drone strike hit a column of motorcycles near Gorgadji. "
            "On Feb. 7, ground troops entered Arbinda after clashes in which four soldiers were killed, the statement said.\n")
    got = _coded(text, date(2026, 2, 10))
    assert ("2026-02-03", "Tongomayel", "Air/drone strike", True) in got, got
    assert ("2026-02-05", "Gorgadji", "Air/drone strike", True) in got, got


def test_an_undated_retaking_takes_the_day_of_its_own_town_not_anothers():
    # the lead's first day (Feb. 3) is the air strike's near Tongomayel: the retaking of Arbinda
    # is dated by the day told at Arbinda
    text = ("Burkina Faso's army said on Monday that its troops had retaken the town of Arbinda after a week-long "
            "offensive.\n\n"
            "According to the communique, air strikes on Feb. 3 destroyed a terrorist base near Tongomayel, killing "
            "about 30 terrorists, while on Feb. 5 a drone strike hit a column of motorcycles near Gorgadji. "
            "On Feb. 7, ground troops entered Arbinda after clashes in which four soldiers were killed, the statement said.\n")
    got = _coded(text, date(2026, 2, 10))
    assert ("2026-02-07", "Aribinda", "Government regains territory", True) in got, got
    assert not any(g[1] == "Aribinda" and g[0] != "2026-02-07" for g in got), got


def test_an_incident_before_a_long_operation_stays_background():
    # near miss: Jan. 20 is before the week the offensive took
    text = ("Burkina Faso's army said on Monday that its troops had entered the town of Arbinda after a week-long "
            "offensive against terrorist groups that had besieged the locality for months.\n\n"
            "On Feb. 7, ground troops entered Arbinda after clashes in which four soldiers were killed, the statement said.\n\n"
            "On Jan. 20, air strikes destroyed a terrorist base near Tongomayel, killing about 30 terrorists.\n")
    got = _coded(text, date(2026, 2, 10))
    assert ("2026-01-20", "Tongomayel", "Air/drone strike", False) in got, got


# ---- an earlier attack on "the same camp", "the base": there, on its own date

_TESSIT = "Jihadists attacked a military camp in Tessit on Thursday, killing 17 soldiers, the army said.\n\n"


@pytest.mark.parametrize("tail,day", [
    ("In August 2022, the same camp was attacked by militants, leaving 42 soldiers dead.", "2022-08-15"),
    ("The base had already been targeted in March 2023, when 10 soldiers were killed.", "2023-03-15"),
    ("An attack on the same army post in May 2021 killed 12 soldiers.", "2021-05-15"),
])
def test_an_earlier_attack_on_the_same_camp(tail, day):
    got = _coded(_TESSIT + tail + "\n", date(2025, 9, 13))
    assert (day, "Tessit", "Armed clash", False) in got, got


def test_the_same_camp_at_a_named_town_is_there():
    # near miss: the sentence names its own town
    got = _coded(_TESSIT + "In August 2022, militants attacked the same camp in Boni.\n", date(2025, 9, 13))
    assert ("2022-08-15", "Boni", "Armed clash", False) in got, got
