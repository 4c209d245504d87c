"""Main vs background, event dates, which incidents are events, linking (h21/h22 round). Texts
written for these tests (2024-03-11 is a Monday: "Friday" 2024-03-08, "Saturday" 03-09, "Sunday" 03-10)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.cleaning import clean
from analysis.coding.extract import code_text

MON = date(2024, 3, 11)
PROSE = "Gunmen attacked the army post at Boni on Saturday, killing eight soldiers, a security source said."
PROSE2 = "The army said reinforcements had been sent to the area."


# ---- a photo caption ending with a credit of credit words only, or a copyright credit, is no prose

@pytest.mark.parametrize("line", [
    "Women wait for food aid at a camp in Djibo, Burkina Faso, Tuesday, May 3, 2022. (AP Photo, File)",
    "Soldiers ride past the market in Gao (AFP Photo)",
    "Demonstrators wave flags outside the embassy in Ouagadougou, January 5, 2023 (c) AFP",
    "Troops patrol the road to Kidal © Reuters",
])
def test_a_caption_with_a_bare_credit_is_removed(line):
    text, removed = clean(f"{PROSE}\n\n{line}\n\n{PROSE2}")
    assert [(r.text, r.reason) for r in removed] == [(line, "photo caption")]
    assert text == f"{PROSE}\n\n{PROSE2}"


@pytest.mark.parametrize("sentence", [
    "A convoy was hit near the border, the agency reported (AFP).",
    "The minister said the files (photos and documents) were seized, officials said.",
    "The rally ended peacefully (c) the police said nothing more.",
])
def test_a_sentence_with_brackets_or_a_c_is_kept(sentence):
    text, removed = clean(f"{PROSE}\n\n{sentence}\n\n{PROSE2}")
    assert removed == ()
    assert sentence in text


# ---- a headline's crowd marching in the present tense names a protest: that protest is the news

@pytest.mark.parametrize("title, lead", [
    ("Hundreds march in Bamako to demand departure of French troops",
     "Hundreds of people marched in Bamako on Saturday to demand the immediate departure of French soldiers."),
    ("Thousands of women march in Niamey to demand departure of US troops",
     "Thousands of women marched in Niamey on Saturday to demand the immediate departure of American soldiers, organisers said."),
])
def test_a_headline_march_makes_the_protest_main(title, lead):
    # (the headline's demand names no act of its own: the march is the news)
    events = code_text(f"{lead}\n\nThe rally ended without incident.\n", MON, title=title)
    assert [(e.event_type, e.event_date, e.is_main) for e in events] == [("Protests", "2024-03-09", True)], events


def test_the_month_march_after_a_crowd_word_is_no_protest():
    text = "Gunmen killed hundreds in March 2023 in the Mopti region, the UN said on Monday in a report.\n"
    events = code_text(text, MON, title="UN report counts civilian deaths in central Mali")
    assert not [e for e in events if e.event_type == "Protests"], events


# ---- acts told as going on 'since' a day: the same kind of act on a day of that span is the story too

@pytest.mark.parametrize("text", [
    "Authorities in Mali have arrested dozens of soldiers accused of plotting a coup, the government said.\n\n"
    "A spokesman said on state television that the soldiers had been arrested since Friday in Bamako.\n\n"
    "He said further arrests were made on Saturday at the military camp in Kati.\n",
    "Police in Mali have detained several journalists, a rights group said.\n\n"
    "The journalists have been detained since Friday in Bamako, the group said.\n\n"
    "Two more reporters were arrested on Saturday in Kati, it added.\n",
])
def test_an_act_of_the_since_span_is_main(text):
    events = code_text(text, MON, title="")
    assert [(e.location, e.event_date, e.is_main) for e in events] == [
        ("Bamako", "2024-03-08", True), ("Kati", "2024-03-09", True)], events


def test_without_since_an_act_elsewhere_on_another_day_stays_background():
    text = ("Police in Mali detained three journalists on Friday in Bamako, a rights group said.\n\n"
            "Two more reporters were arrested on Saturday in Kati, it added.\n")
    events = code_text(text, MON, title="")
    assert [(e.location, e.event_date, e.is_main) for e in events] == [
        ("Bamako", "2024-03-08", True), ("Kati", "2024-03-09", False)], events


# ---- a station's name right after a medium word ('state broadcaster RTN late Friday') keeps the date the report's

LEAD = "Ten soldiers were killed after gunmen stormed an army post in the Tahoua region on Thursday, the ministry said.\n\n"


@pytest.mark.parametrize("second", [
    "In a statement read on state broadcaster RTN late Friday, the ministry said the post at Tassara came under attack.",
    "In a communique read on national radio ORTN on Friday evening, the ministry said the post at Tassara came under attack.",
    "The ministry said in a statement aired on state television RTB late Friday that the post at Tassara came under attack.",
])
def test_a_date_after_a_named_station_is_the_reports(second):
    events = code_text(LEAD + second + "\n", MON, title="")
    assert [(e.location, e.event_date, e.is_main) for e in events] == [("Tassara", "2024-03-07", True)], events


def test_a_name_after_a_plain_verb_is_no_station():
    # "said JNIM on Friday attacked": the date is the event's
    text = "A security source said JNIM on Friday attacked the army post at Tassara, killing ten soldiers.\n"
    events = code_text(text, MON, title="")
    assert [(e.location, e.event_date) for e in events] == [("Tassara", "2024-03-08")], events


# ---- a speaker between the statement and how it went out ('a statement from the general staff read on
# ---- national television on Sunday evening') keeps the date the report's

STRIKES = "The army says it killed dozens of terrorists in air strikes in the Banwa province over the weekend.\n\n"


@pytest.mark.parametrize("second", [
    "According to a statement from the general staff read on national television on Sunday evening, the air force "
    "struck a group of terrorists near Kouka on Saturday, killing 40 of them.",
    "According to a statement by the army's general staff aired on national television on Sunday night, aircraft "
    "struck a group of terrorists near Kouka on Saturday, killing 40 of them.",
])
def test_a_statement_from_a_speaker_read_on_a_day_dates_the_report(second):
    events = code_text(STRIKES + second + "\n", MON, title="")
    assert [(e.location, e.event_date) for e in events] == [("Kouka", "2024-03-09")], events


def test_a_release_verb_without_a_statement_keeps_its_date():
    text = STRIKES + "Aircraft from the air base released on Saturday bombs on a group of terrorists near Kouka, killing 40 of them.\n"
    events = code_text(text, MON, title="")
    assert [(e.location, e.event_date) for e in events] == [("Kouka", "2024-03-09")], events


# ---- 'earlier this week' in a lead is not narrowed to the day the report was published or said

THU = date(2024, 3, 14)


@pytest.mark.parametrize("text, place", [
    ("Civilian deaths rose sharply in western Niger, the UN said in a report published on Thursday, as a fresh attack "
     "earlier this week killed at least seven villagers near Tahoua.\n\nThe report counts displaced people in the region.\n",
     "Tahoua"),
    ("An aid agency said in a statement on Thursday that gunmen had killed nine herders near Bandiagara earlier this week.\n\n"
     "The agency counts displaced families in the region.\n", "Bandiagara"),
])
def test_earlier_this_week_is_not_the_report_day(text, place):
    events = code_text(text, THU, title="")
    assert [(e.location, e.date_precision, e.is_main) for e in events] == [(place, "week", True)], events


def test_a_day_of_the_week_told_as_the_events_still_narrows_it():
    text = "Gunmen killed nine herders near Bandiagara earlier this week, on Wednesday, an aid agency said in a statement.\n"
    events = code_text(text, THU, title="")
    assert [(e.location, e.event_date, e.date_precision) for e in events] == [("Bandiagara", "2024-03-13", "day")], events


# ---- 'the town' told sentences after the one town the story named is that town; a retaking's loser is
# ---- the group the story says had seized it

RETAKEN = [
    "The army announced on Thursday that it had regained control of the town of Léré, in the Timbuktu region, days after it "
    "fell to militants.\n\n\"On Wednesday, army units supported by aircraft carried out an operation that made it possible to "
    "retake the town of Léré,\" the army said.\n\nFifteen terrorists were neutralised during the operation, according to the "
    "statement.\n\nFighters of JNIM had seized the town on Saturday after attacking the military camp, local sources said.\n",
    "Malian soldiers have retaken the town of Diafarabé in central Mali, the army said on Thursday.\n\nThe town was retaken on "
    "Wednesday by army units supported by aircraft, the army said in a statement.\n\nTwelve terrorists were neutralised during "
    "the operation, it said.\n\nJNIM fighters had captured the town on Saturday after attacking its military camp, residents said.\n",
]


@pytest.mark.parametrize("text", RETAKEN)
def test_the_town_refers_to_the_one_town_told_before(text):
    events = code_text(text, THU, title="")
    got = [(e.sub_event_type, e.event_date, e.actor1, e.actor2, e.is_main) for e in events]
    assert got == [("Government regains territory", "2024-03-13", "Malian armed forces", "JNIM", True),
                   ("Non-state actor overtakes territory", "2024-03-09", "JNIM", "Malian armed forces", False)], events
    assert len({e.location for e in events}) == 1, events


def test_the_town_after_two_towns_far_back_is_not_resolved():
    text = ("Malian soldiers have retaken the town of Diafarabé in central Mali, the army said on Thursday.\n\nThe town was "
            "retaken on Wednesday by army units who had first cleared the road from Ténenkou, the army said in a statement.\n\n"
            "Twelve terrorists were neutralised during the operation, it said.\n\nJNIM fighters had captured the town on "
            "Saturday after attacking its military camp, residents said.\n")
    events = code_text(text, THU, title="")
    assert not [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"], events


# ---- soldiers who 'fell' at a time or place are the army's dead: a battle against them, told in the background

@pytest.mark.parametrize("text, place, day", [
    ("In a speech on Sunday, the president paid tribute to the army. \"We do not forget Inatès, where 71 of our soldiers "
     "fell in December 2019,\" he said.\n", "I-n-Atès", "2019-12-15"),
    ("The general recalled that 20 gendarmes fell at Kantchari in May 2023, in a speech on Sunday.\n", "Kantchari", "2023-05-15"),
])
def test_soldiers_who_fell_are_killed(text, place, day):
    events = code_text(text, MON, title="")
    assert [(e.event_type, e.location, e.event_date, e.actor1) for e in events] == [
        ("Battles", place, day, "Unidentified armed group")], events
    assert events[0].actor2.endswith("armed forces"), events


@pytest.mark.parametrize("text", [
    "The town fell in March 2023 after a long siege, the minister recalled in a speech on Sunday.\n",
    "Prices fell in March 2023 across the region, the minister said on Sunday.\n",
])
def test_a_town_or_prices_that_fell_are_no_deaths(text):
    assert code_text(text, MON, title="") == []


# ---- a curfew decreed is a strategic development, dated by the sentence telling it
# ---- again when its own sentence's date is the incident's it answers

@pytest.mark.parametrize("text, day", [
    ("Authorities in Niger have imposed a nighttime curfew in parts of the Tillabéri region after an attack on an army post "
     "killed seven soldiers last week, officials said.\n\nThe regional governor announced the measures Sunday in a decree "
     "read on state radio.\n", "2024-03-10"),
    ("The governor of the Mopti region has decreed a curfew after gunmen killed 20 villagers near Bandiagara "
     "last week.\n\nThe decision was announced on Saturday in a statement.\n", "2024-03-09"),
])
def test_a_decreed_curfew_is_an_event_of_its_announcement_day(text, day):
    events = code_text(text, MON, title="")
    assert [(e.sub_event_type, e.event_date) for e in events if e.event_type == "Strategic developments"] == [("Other", day)], events


@pytest.mark.parametrize("text", [
    "The Tillabéri region has been under a state of emergency since 2017, officials said on Sunday.\n",
    "The government has declared a state of emergency in parts of the Tillabéri region, officials said.\n",
    "The curfew in Niamey ended on Sunday, officials said.\n",
])
def test_a_standing_emergency_or_an_ended_curfew_is_no_event(text):
    assert code_text(text, MON, title="") == []


# ---- a headline's act 'after' an incident: the incident told in the lead, days before the act, is news too

CURFEW = ("Authorities in Mali's central Mopti region on Tuesday imposed a nighttime curfew and banned motorcycles in several "
          "districts, two days after gunmen killed at least 17 villagers.\n\nThe governor said in a decree read on state radio "
          "that the curfew would run for three months.\n\nThe decision follows an attack Sunday on the village of Ogossagou, "
          "near Bankass, where armed men on motorbikes fired on the crowd.\n")
WED = date(2024, 3, 13)


@pytest.mark.parametrize("title", ["Mali imposes curfew in Mopti region after deadly village attack",
                                   "Mali imposes curfew in Mopti region following massacre of villagers"])
def test_the_incident_a_headline_act_follows_is_main_too(title):
    events = code_text(CURFEW, WED, title=title)
    assert sorted((e.sub_event_type, e.event_date, e.is_main) for e in events) == [
        ("Attack", "2024-03-10", True), ("Other", "2024-03-12", True)], events


def test_without_after_in_the_headline_the_earlier_incident_is_background():
    events = code_text(CURFEW, WED, title="Mali imposes curfew in Mopti region")
    assert sorted((e.sub_event_type, e.event_date, e.is_main) for e in events) == [
        ("Attack", "2024-03-10", False), ("Other", "2024-03-12", True)], events


# ---- 'the deadliest since <date>, when <incident>': the when-clause tells an older incident of that date

SAT = date(2025, 2, 15)
POST = "Gunmen stormed an army post at Tassara on Thursday, killing ten soldiers, the ministry said.\n\n"


@pytest.mark.parametrize("second", [
    "The attack is the deadliest against the army in the region since last October, when an ambush on a patrol near "
    "Tillia killed 29 soldiers.",
    "It was the deadliest attack in the region since last October, when an ambush on a patrol near Tillia killed 29 soldiers.",
    "The raid was the worst since October 2024, when militants killed 29 soldiers near Tillia.",
])
def test_the_incident_after_since_date_when_is_a_background_event(second):
    events = code_text(POST + second + "\n", SAT, title="")
    assert [(e.location, e.event_date, e.date_precision, e.is_main) for e in events] == [
        ("Tassara", "2025-02-13", "day", True), ("Tillia", "2024-10-15", "month", False)], events


def test_a_when_clause_after_a_place_stays_the_incident():
    text = "Gunmen killed ten soldiers at Tassara on Thursday, when they stormed the army post, the ministry said.\n"
    events = code_text(text, SAT, title="")
    assert [(e.location, e.event_date) for e in events] == [("Tassara", "2025-02-13")], events


# ---- a toll counted over tens of incidents is a tally, no incident

APR = date(2024, 4, 18)


@pytest.mark.parametrize("text", [
    "According to the quarterly report, 312 civilians were killed in 187 security incidents recorded in the Tillabéri and "
    "Tahoua regions between January and March.\n",
    "The UN said 240 people were killed in 56 attacks in the Mopti region between January and March.\n",
])
def test_a_toll_over_tens_of_incidents_is_no_event(text):
    assert code_text(text, APR, title="") == []


@pytest.mark.parametrize("text, place, dead", [
    ("Gunmen killed nine people in two attacks near Bankass on Sunday, officials said.\n", "Bankass", 9),
    ("At least 20 civilians were killed in 12 attacks on villages near Djibo on Sunday, officials said.\n", "Djibo", 20),
])
def test_a_few_attacks_or_a_day_stay_an_incident(text, place, dead):
    events = code_text(text, APR, title="")
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [(place, "2024-04-14", dead)], events


# ---- no publication date: a weekday's year is on or after every year the text names as past

def test_a_weekday_year_follows_the_years_told_as_past():
    text = ("Suspected jihadists attacked the village of Dogofri in the Segou region on Sunday, Feb. 9, killing seven people, "
            "residents said.\n\nThe village was first attacked on Nov. 29, 2019, residents said. Mali's junta, which seized "
            "power in coups in 2020 and 2021, has armed hunters' militias.\n")
    assert [(e.location, e.event_date) for e in code_text(text, None, title="")] == [
        ("Dogofri", "2025-02-09"), ("Dogofri", "2019-11-29")]


def test_without_later_years_the_weekday_year_stays_the_nearest():
    text = ("Gunmen attacked the village of Dogofri in the Segou region on Sunday, Feb. 9, killing seven people, residents "
            "said.\n\nThe village was first attacked on Nov. 29, 2019, residents said.\n")
    assert [(e.location, e.event_date) for e in code_text(text, None, title="")] == [
        ("Dogofri", "2020-02-09"), ("Dogofri", "2019-11-29")]
