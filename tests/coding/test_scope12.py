"""When, how many and which incident (session 10, round 4): a clause's own date over the
sentence's opening one, a second day's strike placed only by "the area", and the lead's news
dated by the sentence that tells it again.

Texts written for these tests; expected values checked by hand against the text.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_article
from analysis.records import Article

TUE_2025_08_19 = date(2025, 8, 19)
LEAD = "BAMAKO (AFP) - Gunmen killed four villagers near Niono on Sunday, officials said.\n\n"


def _coded(text: str, published: date = TUE_2025_08_19, title: str = "") -> list[tuple[str, str, str, int | None, bool]]:
    return sorted((str(ae.event.event_date), ae.event.location, ae.event.event_type, ae.event.fatalities_low,
                   ae.event.is_main)
                  for ae in code_article(Article(id="t", text=text, published=published, outlet="Test Wire",
                                                 title=title)))


def _dates_at(got, place: str) -> set[str]:
    return {d for d, loc, *_ in got if loc == place}


# ---- a later clause with a date of its own is not dated by the sentence's opening date


@pytest.mark.parametrize("sentence,place,expected,ber", [
    ("In October 2023, rebels attacked the army camp in Ber, a few weeks after the UN mission MINUSMA handed "
     "over its camp in Goundam to the Malian army in August 2023.", "Goundam", "2023-08-15", "2023-10-15"),
    ("In March 2024, jihadists attacked the army camp in Ber, weeks after hundreds of people protested in Gao "
     "in February 2024.", "Gao", "2024-02-15", "2024-03-15"),
    ("On 3 June, jihadists attacked the army camp in Ber, a week after soldiers arrested a local chief in Gao "
     "on 27 May.", "Gao", "2025-05-27", "2025-06-03"),
])
def test_a_clause_keeps_its_own_date(sentence, place, expected, ber):
    got = _coded(LEAD + sentence)
    assert _dates_at(got, place) == {expected}
    assert _dates_at(got, "Bèr") == {ber}


def test_a_later_date_inside_the_same_incident_changes_nothing():
    # near miss: one incident (one frame); the later month is the victims' flight, not the attack
    got = _coded(LEAD + "In March 2024, gunmen attacked Tessit, killing 12 people who had fled there in January 2024.")
    assert _dates_at(got, "Tessit") == {"2024-03-15"}


# ---- strikes on two days at one place: two events, the second placed by "the area"


@pytest.mark.parametrize("second", [
    "A second strike on Sunday hit fleeing elements of the same group in the area, killing about ten others.",
    "Another strike on Sunday hit fighters in the surrounding area, killing ten.",
    "On Sunday, another air strike hit a JNIM convoy in the vicinity, killing ten fighters.",
])
def test_strikes_on_two_days_at_one_place_are_two_events(second):
    got = _coded("BAMAKO (AFP) - The Malian army said air strikes killed dozens of jihadists near Niono.\n\n"
                 "A first strike on Saturday targeted a gathering of JNIM fighters near Niono, killing about twenty. "
                 + second)
    niono = [(d, n) for d, loc, _, n, _ in got if loc == "Niono"]
    assert ("2025-08-16", 20) in niono
    assert ("2025-08-17", 10) in niono


def test_an_area_without_a_day_of_its_own_is_no_new_event():
    # near miss: no date of its own, "in the area" is the same incident going on
    got = _coded("BAMAKO (AFP) - An air strike on Saturday killed about twenty JNIM fighters near Niono, the army said.\n\n"
                 "The strike hit a gathering of fighters in the area, the army said.")
    assert [(d, loc) for d, loc, *_ in got] == [("2025-08-16", "Niono")]


# ---- the lead's news, told again with its day in the next sentence, is dated by that day


@pytest.mark.parametrize("second", [
    "In a decree read on state television on Thursday, the government said the stake had been transferred to the state.",
    "The decision, announced on state television on Thursday, takes effect immediately.",
    "A statement issued on Thursday said the stake now belongs to the state.",
])
def test_the_news_takes_the_day_of_its_retelling(second):
    got = _coded("Niger's military government has nationalised the country's only oil refinery.\n\n" + second
                 + "\n\nOn Saturday, thousands of people rallied in Niamey in support of the decision.",
                 published=date(2025, 11, 9), title="Niger seizes oil refinery as supporters rally in Niamey")
    strategic = [(d, main) for d, _, t, _, main in got if t == "Strategic developments"]
    assert strategic == [("2025-11-06", True)]
    assert ("2025-11-08", "Niamey", "Protests", None, True) in got


def test_a_retelling_that_tells_an_incident_of_its_own_lends_no_day():
    # near miss: the next sentence tells an incident of its own (its day is that incident's)
    got = _coded("Niger's military government has nationalised the country's only oil refinery.\n\n"
                 "On Saturday, thousands of people rallied in Niamey in support of the decision.",
                 published=date(2025, 11, 9), title="Niger seizes oil refinery as supporters rally in Niamey")
    assert ("2025-11-08", "Niamey", "Protests", None, True) in got
    assert all(d != "2025-11-06" for d, *_ in got)


# ---- a site's private guard killed in the raid is the incident's toll (a civilian, counted by "a")


@pytest.mark.parametrize("second", [
    "The gunmen stormed the site in the early morning, killing a Malian security guard before taking away the "
    "three workers, a local official said.",
    "The gunmen killed a security guard before taking away the three workers, a local official said.",
    "A night watchman was shot dead during the raid, a local official said.",
])
def test_a_guard_killed_in_a_kidnapping_is_its_toll(second):
    got = _coded("BAMAKO, May 18 (Xinhua) -- Three Chinese nationals were abducted on Sunday by suspected jihadists "
                 "at a gold mining site near Sadiola in Mali's western region of Kayes, the embassy said on Monday.\n\n"
                 + second, published=date(2026, 5, 19))
    assert got == [("2026-05-17", "Sadiola", "Violence against civilians", 1, True)]


def test_a_guard_who_speaks_counts_nothing():
    # near miss: "a security guard said" is a source, not a victim
    got = _coded("BAMAKO, May 18 (Xinhua) -- Three Chinese nationals were abducted on Sunday by suspected jihadists "
                 "at a gold mining site near Sadiola in Mali's western region of Kayes, the embassy said on Monday.\n\n"
                 "The gunmen took away the three workers in an unknown direction, a security guard said.",
                 published=date(2026, 5, 19))
    assert got == [("2026-05-17", "Sadiola", "Violence against civilians", None, True)]


# ---- an earlier incident told only as the circumstance of another (a pluperfect time clause, or
# ---- "days after ...") with no date and no town of its own is no event on the story's day


@pytest.mark.parametrize("second", [
    "Witnesses said the soldiers arrived the morning after jihadists had attacked a nearby army position.",
    "Residents said the troops came a day after gunmen had ambushed a patrol.",
    "The soldiers came back once the militants had stormed a nearby outpost, witnesses said.",
])
def test_an_earlier_circumstance_is_no_event(second):
    got = _coded("OUAGADOUGOU (AFP) - Burkinabe soldiers killed at least 43 civilians in Thiou on June 3, "
                 "Human Rights Watch said Thursday.\n\n" + second, published=date(2025, 7, 10))
    assert got == [("2025-06-03", "Tiou", "Violence against civilians", 43, True)]


def test_a_report_about_an_earlier_attack_is_no_incident_of_the_day():
    got = _coded("NIAMEY, Niger (AP) - Police in Niger's capital arrested two journalists Tuesday, days after their "
                 "newspaper published a report saying dozens of soldiers had been killed in an attack in the "
                 "country's west, a press freedom group said.", published=date(2025, 4, 16))
    assert [(d, loc, t) for d, loc, t, _, _ in got] == [("2025-04-15", "Niamey", "Strategic developments")]


def test_an_earlier_incident_with_its_own_town_and_day_is_still_coded():
    # near miss: the pluperfect clause names its own town and day: an incident told in full
    got = _coded("OUAGADOUGOU (AFP) - Soldiers killed 12 civilians in Thiou on Tuesday, residents said.\n\n"
                 "The troops came a day after gunmen had ambushed a patrol near Ouahigouya on Monday, they said.",
                 published=date(2025, 7, 10))
    assert ("2025-07-07", "Ouahigouya", "Battles", None, False) in got


def test_a_fronted_after_phrase_is_the_main_clause():
    # near miss: "Shortly after the blast, ..." is a time phrase closed by a comma; its main clause
    # tells an incident of the story (an abduction beside the bombing), which stays coded
    got = _coded("OUAGADOUGOU (AFP) - At least nine passengers were killed on Tuesday when a bus struck an explosive "
                 "device on the road north of Dori, the governor said.\n\nShortly after the blast, armed men arrived on "
                 "motorbikes and took away the driver of the bus, a passenger said.")
    assert ("2025-08-19", "Dori", "Violence against civilians", None, True) in got


# ---- an incident dated only by a span of days from a month told before takes that month


@pytest.mark.parametrize("second,place,kind", [
    ("The junta dissolved all political parties in May 2025, days after hundreds of people protested in Bamako "
     "against the move.", "Bamako", "Protests"),
    ("The junta dissolved all political parties in May 2025, a few days after hundreds of students marched in "
     "Kati against the plan.", "Kati", "Protests"),
])
def test_a_lapse_of_days_takes_the_month_told_before(second, place, kind):
    got = _coded("BAMAKO, April 16 (Reuters) - Malian security forces arrested former prime minister Mamadou Sangare at "
                 "his home in Bamako on Wednesday, his family said.\n\n" + second, published=date(2026, 4, 16))
    assert ("2025-05-15", place, kind, None, False) in got
    assert not any(t == kind and d.startswith("2026") for d, _, t, _, _ in got)


def test_a_lapse_from_a_day_dates_nothing_yet():
    # near miss: a day told before the lapse is not a month: the rule leaves it alone
    got = _coded("BAMAKO (Reuters) - The junta dissolved all political parties on Wednesday, days after hundreds of "
                 "people protested in Bamako against the move.")
    assert not any(d.endswith("-15") and t == "Protests" for d, _, t, _, _ in got)


# ---- a figure of a sentence with no incident goes to the day's strike the paragraph just told


@pytest.mark.parametrize("account", [
    "Residents gave a different account of Sunday's strike. \"We buried eleven people,\" a local official said.",
    "Residents disputed the army's account of Sunday's strike, saying eleven herders had died. \"We buried eleven people,\" "
    "a local official said.",
])
def test_a_figure_after_the_second_days_account_is_that_days(account):
    got = _coded("BAMAKO (AFP) - The Malian army said air strikes killed dozens of jihadists near Niono.\n\n"
                 "A first strike on Saturday targeted a gathering of JNIM fighters near Niono, killing about twenty. "
                 "A second strike on Sunday hit fleeing elements of the same group in the area, killing about ten others.\n\n"
                 + account)
    tolls = {(d, n) for d, loc, _, n, _ in got if loc == "Niono"}
    assert ("2025-08-16", 20) in tolls
    assert ("2025-08-17", 10) in tolls
