"""When, how many and which incident (session 10, round 3): the middle of a month, an
unquantified plural, one incident told at a district's town and at its village, and an act of
another kind elsewhere the day after a night incident.

Texts written for these tests; expected values checked by hand against the text.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding import claims as C
from analysis.coding import dates as D
from analysis.coding import text as T
from analysis.coding.extract import code_article
from analysis.records import Article

TUE_2025_08_19 = date(2025, 8, 19)


def _coded(text: str, published: date = TUE_2025_08_19, title: str = "") -> list[tuple[str, str, str, int | None, bool]]:
    return sorted((str(ae.event.event_date), ae.event.location, ae.event.event_type, ae.event.fatalities_low,
                   ae.event.is_main)
                  for ae in code_article(Article(id="t", text=text, published=published, outlet="Test Wire",
                                                 title=title)))


# ---- a whole calendar month is coded on its 15th (ACLED), whatever its length


@pytest.mark.parametrize("phrase,expected", [
    ("In January, five soldiers were killed", date(2025, 1, 15)),     # 31 days (was the 16th)
    ("In February 2023, militants attacked", date(2023, 2, 15)),      # 28 days (was the 14th)
    ("In February 2024, militants attacked", date(2024, 2, 15)),      # 29 days
    ("In April, gunmen kidnapped a nurse", date(2025, 4, 15)),        # 30 days
])
def test_a_month_is_coded_on_its_fifteenth(phrase, expected):
    (m,) = D.find_dates(phrase, TUE_2025_08_19)
    assert m.precision == "month"
    assert D.acled_event_date(*D.span(m)) == expected


def test_a_narrower_span_keeps_its_own_middle():
    # near misses: "late July" (21-31) and a week are not a whole month: their own middle
    (m,) = D.find_dates("In late July, rebels routed an army column", TUE_2025_08_19)
    assert D.acled_event_date(*D.span(m)) == date(2025, 7, 26)
    assert D.acled_event_date(date(2025, 8, 11), date(2025, 8, 17)) == date(2025, 8, 14)
    assert D.acled_event_date(date(2024, 1, 1), date(2024, 12, 31)) == date(2024, 7, 1)


def test_a_background_month_event_is_dated_on_the_fifteenth():
    got = _coded("NIAMEY (AFP) - Gunmen killed four villagers near Tillia on Sunday, officials said.\n\n"
                 "In January, five soldiers were killed when gunmen ambushed a convoy near Dogondoutchi.")
    assert ("2025-01-15", "Dogondoutchi", "Battles", 5, False) in got


# ---- an unquantified plural ("several", "many", "a few") states no number: no figure


def _claims(text: str):
    doc = T.parse(text)
    return C.find_casualty_claims(text, T.split_sentences(doc), [], outlet="Test Wire", published=TUE_2025_08_19)


@pytest.mark.parametrize("text", [
    'The group said it had attacked soldiers escorting a convoy on Monday, killing "several" of them.',
    "Many civilians were killed when the bus hit a mine, residents said.",
    "A few soldiers died in the ambush, a security source said.",
])
def test_an_unquantified_plural_gives_no_figure(text):
    fr = C.fatality_range(_claims(text))
    assert (fr.fatalities, fr.low, fr.high) == (0, None, None)


@pytest.mark.parametrize("text,expected", [
    # near misses: a scale word keeps ACLED's conventional count; a stated figure is the figure
    ("Dozens of civilians were killed in the attack, residents said.", (12, 12, 12)),
    ("Nine soldiers were killed and several attackers were neutralised, the army said.", (9, 9, 9)),
])
def test_a_scale_word_or_a_figure_still_counts(text, expected):
    fr = C.fatality_range(_claims(text))
    assert (fr.fatalities, fr.low, fr.high) == expected


def test_an_event_told_with_several_dead_has_no_toll():
    got = _coded("NIAMEY (AFP) - Gunmen attacked an army post near Tillia on Sunday, killing several soldiers, "
                 "a security source said.")
    assert got == [("2025-08-17", "Tillia", "Battles", None, True)]


# ---- one incident told at a district's town (lead, undated) and at its village (body, dated)


@pytest.mark.parametrize("text,etype", [
    ("NIAMEY (Reuters) - Gunmen attacked a gold mine near the town of Gaya, killing five workers, officials said "
     "on Tuesday.\n\nThe attackers struck the site late on Sunday near the village of Bengou, a local official said.",
     "Violence against civilians"),
    ("NIAMEY (AFP) - Suspected jihadists blew up a bridge near Gaya, security sources said on Tuesday.\n\n"
     "The explosion destroyed the bridge on Sunday night at Bengou, a village in the Dosso region, a source said.",
     "Explosions/Remote violence"),
])
def test_a_district_town_and_its_village_tell_one_incident(text, etype):
    got = _coded(text)
    assert [(g[0], g[1], g[2], g[4]) for g in got] == [("2025-08-17", "Bengou", etype, True)]


def test_two_dated_incidents_at_the_town_and_the_village_stay_two():
    # near miss: the lead dates its incident at the town, the body another at the village
    got = _coded("NIAMEY (AFP) - Gunmen attacked the town of Gaya on Sunday, killing five people.\n\n"
                 "On Sunday, gunmen also attacked the village of Bengou, killing two farmers.")
    assert [(g[1], g[3]) for g in got] == [("Bengou", 2), ("Gaya", 5)]


# ---- an act of another kind at another place the day after a night incident is another incident


@pytest.mark.parametrize("text,second", [
    ("NIAMEY (AFP) - Rebels blew up a section of the oil pipeline late on Sunday near the village of Bengou, "
     "officials said on Tuesday.\n\nThe group said it had also attacked soldiers near Dosso on Monday, killing two "
     "of them.", ("2025-08-18", "Dosso", "Battles", 2, False)),
    ("BAMAKO (Reuters) - Jihadists detonated a roadside bomb under an army truck late on Friday near Boni, the army "
     "said on Sunday.\n\nOn Saturday, militants ambushed a patrol near Douentza, killing three soldiers, a security "
     "source said.", ("2025-08-16", "Douentza", "Battles", 3, False)),
])
def test_another_kind_of_act_elsewhere_the_next_day_is_background(text, second):
    got = _coded(text)
    assert second in got
    assert sum(g[4] for g in got) == 1


def test_the_same_raid_going_on_overnight_elsewhere_stays_main():
    # near miss: the raiders kill again in a nearby village the next day (one kind of act)
    got = _coded("BAMAKO (Reuters) - Gunmen killed 20 villagers in Ogossagou late on Friday, officials said on "
                 "Sunday.\n\nOn Saturday, the gunmen killed four more villagers in nearby Bankass.")
    assert [(g[1], g[3], g[4]) for g in got] == [("Ogassagou-Peulh", 20, True), ("Bankass", 4, True)]


# ---- two incidents of two times in one sentence: each its own date, place and toll

_LEAD = "BAMAKO (AFP) - Gunmen killed at least 14 people in Ouro-Fero village in central Mali on Saturday, officials said. "
SAT = date(2025, 2, 25)


@pytest.mark.parametrize("second", [
    # a coordinated clause with its own subject, finite verb and date
    "In March 2019, gunmen killed 160 villagers in Ogossagou, and in February 2020 another 31 were killed in Sobane-Da.",
    # a relative clause about the place, telling an incident of its own time
    "In February 2020, 31 villagers were killed in Sobane-Da, where 160 people had been massacred in March 2019.",
])
def test_two_incidents_of_two_times_keep_their_own_tolls(second):
    got = _coded(_LEAD + second, SAT)
    background = [(g[0], g[3]) for g in got if not g[4]]
    assert sorted(background) == [("2019-03-15", 160), ("2020-02-15", 31)]
    assert [g[3] for g in got if g[4]] == [14]


def test_a_relative_clause_of_another_time_happened_at_the_place_told_before():
    got = _coded(_LEAD + "In February 2020, 31 villagers were killed in an attack on the Fulani village of Ogossagou, "
                 "near Bankass, which had already lost some 160 inhabitants in an assault in March 2019.", SAT)
    assert ("2019-03-15", "Ogassagou-Peulh", "Violence against civilians", 160, False) in got
    assert ("2020-02-15", "Ogassagou-Peulh", "Violence against civilians", 31, False) in got


def test_a_second_abduction_in_the_same_city_months_later_is_its_own():
    got = _coded("NIAMEY (Reuters) - Gunmen kidnapped a Canadian aid worker near Niamey on Sunday, sources said.\n\n"
                 "In January, an Austrian woman who had lived for decades in the northern city of Agadez was kidnapped "
                 "there, and a Swiss woman was abducted in the same city in April.", date(2025, 11, 4))
    assert [(g[0], g[1]) for g in got if not g[4]] == [("2025-01-15", "Agadez"), ("2025-04-15", "Agadez")]


def test_a_relative_clause_without_a_date_of_its_own_is_no_incident_of_its_own():
    # near misses: what happened at a rally's place the same day is the rally's; a clause going on
    # with the first clause's subject ("and then torched") is the same incident
    got = _coded("NIAMEY (Reuters) - Police arrested 12 people in Niamey on Monday, officials said.\n\n"
                 "On July 30 last year, thousands of junta supporters rallied outside the French embassy in Niamey, "
                 "where some tried to force their way into the compound before security forces dispersed them with "
                 "tear gas.", date(2024, 8, 6))
    assert [(g[0], g[2]) for g in got if not g[4]] == [("2023-07-30", "Protests")]
    got = _coded(_LEAD + "In March 2019, gunmen killed 160 villagers in Ogossagou, and then torched the granaries.", SAT)
    assert [(g[0], g[3]) for g in got if not g[4]] == [("2019-03-15", 160)]


# ---- a date after ", and" and a subject of its own dates the coordinated clause's verb


@pytest.mark.parametrize("text,expected", [
    ("NIAMEY (AP) - Authorities in Niger have arrested a prominent journalist and two opposition politicians in "
     "Niamey, and police on Monday fired tear gas to disperse a small crowd that gathered in the capital to demand "
     "their release. Gendarmes detained them at their homes in Niamey on Saturday, their families said.",
     [("2026-01-17", "Strategic developments"), ("2026-01-19", "Protests")]),
    ("BAMAKO (Reuters) - Gendarmes arrested two opposition leaders in Bamako on Saturday, and hundreds of their "
     "supporters on Monday marched in Kati to demand their release, witnesses said.",
     [("2026-01-17", "Strategic developments"), ("2026-01-19", "Protests")]),
])
def test_a_coordinated_clause_owns_the_date_after_its_subject(text, expected):
    got = _coded(text, date(2026, 1, 20))
    assert sorted((g[0], g[2]) for g in got) == expected


def test_a_date_before_the_coordinated_clause_stays_the_first_verbs():
    # near miss: the date stands in the first clause ("on Saturday, and ...")
    got = _coded("BAMAKO (Reuters) - Gendarmes arrested two opposition leaders in Bamako on Saturday, and hundreds "
                 "of their supporters marched in the capital, witnesses said.", date(2026, 1, 20))
    assert ("2026-01-17", "Bamako", "Strategic developments", None, True) in got


# ---- a demonstration the headline names is the headline's, whatever force met it


_ARRESTS_AND_PROTEST = ("NIAMEY (AP) - Gendarmes detained a journalist at his home in Niamey on Saturday, his family "
                        "said.\n\nOn Monday, police fired tear gas to disperse a crowd outside the gendarmerie "
                        "headquarters in Niamey, a witness said.")


@pytest.mark.parametrize("title", [
    "Niger's junta arrests journalist; police break up protest",
    "Niger junta detains journalist, supporters protest in Niamey",
])
def test_a_protest_the_headline_names_is_main(title):
    got = _coded(_ARRESTS_AND_PROTEST, date(2026, 1, 20), title)
    assert [(g[0], g[2], g[4]) for g in got] == [("2026-01-17", "Strategic developments", True),
                                                ("2026-01-19", "Protests", True)]


def test_a_protest_the_headline_does_not_name_is_background():
    # near miss: the headline names the arrest only; the protest on another day answers it
    got = _coded(_ARRESTS_AND_PROTEST, date(2026, 1, 20), "Niger's junta arrests journalist")
    assert [(g[0], g[2], g[4]) for g in got] == [("2026-01-17", "Strategic developments", True),
                                                ("2026-01-19", "Protests", False)]


def test_a_second_incident_the_same_day_at_another_place_is_its_own():
    got = _coded("OUAGADOUGOU (AP) - Gunmen killed 14 worshippers during Sunday Mass in the village of Manni, "
                 "officials said.\n\nIn February 2024, gunmen killed 15 people during Mass in the village of Essakane, "
                 "in the northern Sahel region, and the same day dozens of Muslims were killed at a mosque in "
                 "Natiaboani in the east.", date(2025, 3, 11))
    assert [(g[0], g[1], g[3]) for g in got if not g[4]] == [("2024-02-15", "Essakan", 15), ("2024-02-15", "Natiaboani", None)]
    # near miss: the same raiders going on the same day at the same place tell no second event
    got = _coded("OUAGADOUGOU (AP) - Gunmen killed 14 worshippers during Sunday Mass in the village of Manni, "
                 "officials said.\n\nIn February 2024, gunmen killed 15 people during Mass in the village of Essakane, "
                 "and that day they also set fire to the church.", date(2025, 3, 11))
    assert [(g[0], g[1], g[3]) for g in got if not g[4]] == [("2024-02-15", "Essakan", 15)]
