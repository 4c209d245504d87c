"""Main vs background, event dates and which incidents are events (the rounds tuned on h19-h22). Texts written
for these tests (2024-03-11 is a Monday: "Friday" 2024-03-08, "Saturday" 03-09, "Sunday" 03-10)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text
from analysis.cleaning import clean

MON = date(2024, 3, 11)


def _mains(events):
    return {e.event_date: e.is_main for e in events}


# ---- a headline or a lead counting the weekend's incidents: every incident told inside those days is main

@pytest.mark.parametrize("title, lead", [
    ("Mali: at least 30 killed in three attacks between Friday and Sunday", ""),
    ("Mali: three attacks leave 30 dead", "Several security incidents were recorded in central Mali between Friday and Sunday, "
                                          "local sources said.\n\n"),
    ("Violence flares in central Mali", "Three incidents were reported in the Mopti region between Friday and Sunday.\n\n"),
])
def test_a_roundup_of_the_weekend_makes_each_incident_main(title, lead):
    text = (f"{title}\n\n{lead}"
            "Gunmen attacked the army post at Boni on Saturday, killing eight soldiers, a security source said.\n\n"
            "Late Friday, a bus hit a landmine near Douentza, killing 12 passengers, according to a local official.\n\n"
            "On Sunday, armed men raided the village of Ogossagou and killed 10 civilians, residents said.\n")
    events = code_text(text, MON, title=title)
    mains = _mains(events)
    assert mains == {"2024-03-09": True, "2024-03-08": True, "2024-03-10": True}, events


def test_a_single_incident_story_keeps_an_older_incident_in_the_background():
    # no sum of incidents in the headline or lead: last year's attack told as history stays background
    title = "Gunmen kill eight soldiers in central Mali"
    text = (f"{title}\n\nGunmen attacked the army post at Boni on Saturday, killing eight soldiers, a security source said.\n\n"
            "In June 2023, armed men raided the village of Ogossagou and killed 10 civilians, residents said.\n")
    mains = _mains(code_text(text, MON, title=title))
    assert mains == {"2024-03-09": True, "2023-06-15": False}


# ---- no publication date: a weekday with a day-month fixes the year; a page label without a year

@pytest.mark.parametrize("when, expected", [
    ("on Sunday, February 14", "2021-02-14"),     # 2019: Thursday, 2021: Sunday
    ("on Saturday, March 6", "2021-03-06"),       # 2019: Wednesday, 2021: Saturday
    ("late Friday, 12 March", "2021-03-12"),      # 2019: Tuesday, 2021: Friday
])
def test_a_weekday_fixes_the_year_of_a_day_month_without_publication_date(when, expected):
    text = (f"Gunmen killed 15 villagers in Ogossagou, central Mali, {when}, the mayor said.\n\n"
            "The area has seen repeated massacres; in March 2019, some 160 people were killed there.\n")
    dates = {e.event_date for e in code_text(text, None)}
    assert expected in dates, dates


def test_a_day_month_whose_weekday_fits_keeps_its_year():
    # "Thursday, February 14" is 2019's: the latest year the text dates, nothing moves
    text = ("Gunmen killed 15 villagers in Ogossagou, central Mali, on Thursday, February 14, the mayor said.\n\n"
            "The village had been attacked before, in January 2019.\n")
    dates = {e.event_date for e in code_text(text, None)}
    assert "2019-02-14" in dates, dates


@pytest.mark.parametrize("label", ["Published on 16/02 at 19:32", "Updated: 16.02 - 08:10", "Posted 16/02"])
def test_a_page_label_without_year_dates_the_report(label):
    # the label's day after the incident (2021-02-14, a Sunday) is the publication day: "on Tuesday" is the 16th
    text = (f"Mali: villagers killed in central Mali\n\n{label}\n\n"
            "Gunmen killed 15 villagers in Ogossagou on Sunday, February 14, the mayor said. Back in March 2019, "
            "some 160 people were killed there.\n\n"
            "On Tuesday, gunmen attacked the army post in Boni, killing four soldiers, a security source said.\n")
    dates = {e.event_date for e in code_text(text, None)}
    assert {"2021-02-14", "2021-02-16"} <= dates, dates


# ---- a headline naming violence over news the coder has no event for (an old pact told in the lead
# after the news's own day): the latest incident of the week before publication is main

_PACT = ("The three military-led states formed the alliance as a mutual defence pact in September 2023 and turned "
         "it into a confederation in July 2024.\n\n")


def _plan_story(title: str, context: str, day: str = "On Friday,") -> str:
    return (f"{title}\n\nThe three Sahel states will deploy a joint force of 5,000 troops \"in the coming weeks\", "
            f"Niger's defence minister announced on Sunday in Niamey.\n\n{_PACT}{context}{day} gunmen attacked an army "
            "patrol near Banibangou, killing six soldiers, the defence ministry said.\n")


@pytest.mark.parametrize("title, context", [
    ("Sahel states plan joint force as attacks continue in Niger", "The announcement came two days after an attack in the west. "),
    ("Sahel juntas to deploy joint force after deadly ambush in Niger", "The move comes days after a deadly ambush. "),
    ("Sahel states plan joint force as attacks continue in Niger", ""),
])
def test_the_recent_incident_a_headline_names_is_main(title, context):
    got = {e.event_date: e.is_main for e in code_text(_plan_story(title, context), MON, title=title)}
    assert got.get("2024-03-08") is True, got
    assert got.get("2023-09-15") is not True, got  # the 2023 pact is no headline news


def test_a_headline_without_violence_keeps_the_incident_in_the_background():
    title = "Sahel states plan joint force"
    got = {e.event_date: e.is_main for e in code_text(_plan_story(title, "The announcement came two days after an attack. "),
                                                      MON, title=title)}
    assert got.get("2024-03-08") is not True, got


def test_an_incident_weeks_old_is_not_what_the_headline_names():
    title = "Sahel states plan joint force as attacks continue in Niger"
    text = _plan_story(title, "The announcement came weeks after an attack in the west. ", day="On February 2,")
    got = {e.event_date: e.is_main for e in code_text(text, MON, title=title)}
    assert got.get("2024-02-02") is not True, got


# ---- an opening telling an incident with its dead (no date, no town) is the news, dated by the
# definite "The attack happened on Sunday near X" after it; the group's earlier raid elsewhere is background

@pytest.mark.parametrize("title, opening, retold", [
    ("Mali trucks torched as JNIM tightens blockade",
     "Armed fighters linked to al-Qaeda have set fire to dozens of trucks in western Mali, killing at least four "
     "drivers, as the group tightens its blockade.", "The attack happened on Sunday near Sandaré"),
    ("Fuel trucks torched in western Mali",
     "Jihadists have set fire to a convoy of fuel trucks in western Mali, killing five drivers, as the group steps "
     "up its blockade.", "The attack took place on Sunday near Sandaré"),
])
def test_an_opening_with_its_dead_is_the_news_not_a_later_peg(title, opening, retold):
    text = ("Fighters have set fire to dozens of trucks and shot dead drivers as the al-Qaeda affiliate steps up its "
            f"siege of western towns.\n\n{opening}\n\n{retold}, on the road to Bamako, a local official said. Some 30 "
            "trucks travelling in convoy were stopped by the fighters, who ordered the drivers out before setting the "
            "vehicles alight.\n\n"
            "JNIM announced this month that it was imposing a blockade on Nioro du Sahel. On Friday, its fighters fired on a "
            "bus leaving Nioro, wounding four passengers, the bus company said.\n")
    got = {e.event_date: e.is_main for e in code_text(text, MON.replace(day=12), title=title)}
    assert got.get("2024-03-10") is True, got
    assert got.get("2024-03-08") is False, got


def test_a_feature_opening_without_an_incident_keeps_its_latest_peg():
    # the opening is a scene, no incident with its dead: the latest dated incident at a town is the news
    text = ("Women who fled the besieged town say the violence has never stopped.\n\n"
            "\"We ran at night,\" said one mother.\n\n"
            "The latest blow came on Sunday, when gunmen attacked the village of Sandaré, killing four people, "
            "a local official said.\n")
    got = {e.event_date: e.is_main for e in code_text(text, MON.replace(day=12))}
    assert got.get("2024-03-10") is True, got


# ---- the paragraph after the lead telling its incident again ("The patrol was attacked near X, the
# gendarmerie said in a statement Wednesday"): the statement's day is when it was said, not the incident's

@pytest.mark.parametrize("lead, retold, town", [
    ("Gunmen ambushed a gendarmerie patrol north of Bamako on Saturday, killing seven gendarmes, officials said.",
     "The patrol was attacked near Didieni, in the Kolokani district, the gendarmerie said in a statement Sunday.",
     "Didiéni"),
    ("Militants attacked an army convoy in Douentza district on Saturday, killing five soldiers.",
     "The convoy was ambushed near Boni, the army said in a statement on Sunday.", "Boni"),
])
def test_a_retelling_keeps_the_incident_day_not_the_statement_day(lead, retold, town):
    text = f"{lead}\n\n{retold} It said two others were wounded.\n"
    got = {e.location: (e.event_date, e.is_main) for e in code_text(text, MON)}
    assert got.get(town) == ("2024-03-09", True), got


def test_a_roundup_paragraph_is_still_dated_by_its_report():
    # another incident (not "The <noun of the lead>"): the day it was made known dates it
    text = ("Gunmen ambushed a gendarmerie patrol north of Bamako on Saturday, killing seven gendarmes, officials said.\n\n"
            "Militants attacked an army post near Didieni, the army said in a statement on Sunday.\n")
    got = {e.location: e.event_date for e in code_text(text, MON)}
    assert got.get("Didiéni") == "2024-03-10", got


# ---- one incident told on the publication day (the accounts) and on the day before (the fighting) at one town

@pytest.mark.parametrize("lead, body", [
    ("Rebels and the army gave sharply different accounts on Monday of a battle near Tinzaouaten, a desert town "
     "on the Algerian border.",
     "The rebels said their fighters ambushed a column of soldiers on Sunday about 30 km south of Tinzaouaten, killing 41."),
    ("Separatists and Mali's army traded claims on Monday over fighting near Tinzaouaten.",
     "The separatists said they attacked an army convoy near Tinzaouaten on Sunday, killing 20 soldiers."),
])
def test_the_report_day_and_the_fighting_day_are_one_incident(lead, body):
    text = f"{lead}\n\n{body}\n"
    got = [(e.event_date, e.location, e.is_main) for e in code_text(text, MON)]
    assert [g for g in got if g[2]] == [("2024-03-10", "Ti-n-Zaouâtene", True)], got


@pytest.mark.parametrize("second", [
    "Separately, militants ambushed a patrol near Boni on Monday, killing two soldiers.",
    "On Monday, militants attacked the post in Boni again, killing two soldiers.",
])
def test_two_attacks_on_two_days_at_one_town_told_as_such_stay_two(second):
    text = f"Gunmen attacked the army post in Boni on Sunday, killing four soldiers.\n\n{second}\n"
    got = {e.event_date for e in code_text(text, MON)}
    assert {"2024-03-10", "2024-03-11"} <= got, got


# ---- the day a toll rose is when the figure was given, not the incident's ("the toll rose to nine on Wednesday")

@pytest.mark.parametrize("update", [
    "Six deaths had been reported on Saturday evening; the toll rose to nine on Sunday after three of the wounded "
    "died in hospital in Diéma, he said.",
    "The toll rose to nine on Sunday after three of the wounded died in Diéma, he said.",
    "The toll rose to 12 on Sunday after the wounded died in hospital in Kayes.",
])
def test_a_toll_risen_on_a_later_day_keeps_the_incident_day(update):
    # (where the wounded died is the place rule's business: only the day is checked here)
    text = ("Suspected militants opened fire on a passenger bus in western Mali on Saturday, killing six people, a "
            "transport union official said on Sunday.\n\nThe bus was stopped near the village of Sandaré, the official "
            f"said. {update}\n")
    got = {e.event_date for e in code_text(text, MON)}
    assert got == {"2024-03-09"}, got


def test_a_fighting_that_rose_on_a_day_is_still_dated_by_it():
    # no toll: "violence rose on Sunday" is not a figure revised
    text = ("Gunmen killed six people near Sandaré on Saturday, officials said.\n\n"
            "Gunmen attacked the village of Diéma on Sunday, killing two people, residents said.\n")
    got = {e.event_date for e in code_text(text, MON)}
    assert "2024-03-10" in got, got


# ---- a threat is no incident: a modal before a quoted verb, a subject naming no one ("anyone attacking")

_THREAT_BASE = "Gunmen killed six bus passengers near Sandaré on Saturday, officials said.\n\n"


@pytest.mark.parametrize("threat", [
    "The army said on Sunday it had escorted 300 tankers to Bamako over the weekend and that it would \"neutralise\" "
    "anyone attacking civilian vehicles.",
    "The army said on Sunday it had escorted 300 tankers to Bamako over the weekend and warned it would strike "
    "whoever attacks the convoys.",
    "Over the weekend, the junta said in Bamako that it would \"crush\" the attackers.",
])
def test_a_threat_is_no_event(threat):
    got = [(e.event_date, e.location) for e in code_text(_THREAT_BASE + threat + "\n", MON)]
    assert got == [("2024-03-09", "Sandaré")], got


def test_a_quoted_verb_of_a_past_act_is_still_an_event():
    text = _THREAT_BASE + "The army said its troops \"neutralised\" 20 militants near Boni on Sunday.\n"
    got = {(e.event_date, e.location) for e in code_text(text, MON)}
    assert ("2024-03-10", "Boni") in got, got


# ---- a headline naming its act first and the incident as its cause ("suspends channel over coverage of
# Tassia attack"): the act's story is the news, the incident background; a possessive date ("last week's
# attack") dates the noun after it, not the clause's act

_SUSPENSION = ("The {gov} has suspended the {outlet} over its coverage of last week's attack on the army post in {town}, "
               "the ministry announced.\n\nIn an order signed on Tuesday, the minister accused it of spreading false "
               "information.\n\nThe day before, its director was arrested at his home in {capital} by police officers, "
               "his family said.\n\nIt had reported that at least 20 soldiers died when jihadists attacked the post at "
               "{town} on Thursday of last week.\n")


@pytest.mark.parametrize("title, gov, outlet, town, capital", [
    ("Niger suspends TV channel over coverage of Tassia attack", "Nigerien government", "private channel Sahel Vision TV",
     "Tassia", "Niamey"),
    ("Burkina suspends radio station after report on Djibo attack", "Burkinabe junta", "radio station Omega", "Djibo",
     "Ouagadougou"),
])
def test_the_act_a_headline_names_first_is_the_news_not_its_cause(title, gov, outlet, town, capital):
    text = _SUSPENSION.format(gov=gov, outlet=outlet, town=town, capital=capital)
    got = {(e.event_date, e.location): e.is_main for e in code_text(text, date(2024, 3, 14), title=title)}
    assert got.get(("2024-03-11", capital)) is True, got  # the arrest told with the act
    assert got.get(("2024-03-07", town)) is False, got  # the attack the coverage was of


def test_a_headline_naming_the_incident_first_keeps_it_main():
    title = "Jihadists kill 20 soldiers in Tassia; Niger suspends TV channel"
    text = _SUSPENSION.format(gov="Nigerien government", outlet="private channel Sahel Vision TV", town="Tassia",
                              capital="Niamey")
    got = {(e.event_date, e.location): e.is_main for e in code_text(text, date(2024, 3, 14), title=title)}
    assert got.get(("2024-03-07", "Tassia")) is True, got


# ---- a decision announced ("announced that they would leave ECOWAS") is the announcement's event; a
# threat or a speculation is none

TUE = date(2024, 2, 6)


@pytest.mark.parametrize("text", [
    "Burkina Faso, Mali and Niger announced on Sunday that they would leave the Economic Community of West African "
    "States without delay.",
    "The surprise announcement on Sunday that Burkina Faso, Mali and Niger would quit ECOWAS was welcomed in Bamako.",
    "Mali's junta declared on Sunday that the country would exit ECOWAS immediately.",
])
def test_an_announced_decision_to_leave_the_bloc_is_an_event(text):
    got = {(e.event_date, e.sub_event_type, e.is_main) for e in code_text(text, TUE)}
    assert ("2024-02-04", "Other", True) in got, got


@pytest.mark.parametrize("text", [
    "JNIM announced on Sunday that it would attack any convoy on the road to Bamako.",
    "Analysts said on Sunday that Mali could leave ECOWAS within a year.",
    "Residents were forced to leave the community after the raid, a local official said on Sunday.",
])
def test_a_threat_or_a_speculation_is_no_strategic_event(text):
    got = [(e.event_date, e.sub_event_type) for e in code_text(text, TUE) if e.event_type == "Strategic developments"]
    assert got == [], got


# ---- an event noun with a present-tense verb of trend ("as fighting ... intensifies") tells a trend, no incident

@pytest.mark.parametrize("clause", [
    "as fighting between the army and Tuareg-led rebels intensifies over the territory",
    "while clashes in the region escalate",
    "as fighting in the north rages",
    "as attacks on the roads continue",
])
def test_a_trend_told_with_the_news_is_no_incident(clause):
    text = (f"UN peacekeepers left their base in Tessalit on Saturday, the mission said, {clause}.\n\n"
            "The camp was handed over to the Malian army, the mission said.\n")
    got = [(e.event_type, e.location) for e in code_text(text, MON)]
    assert all(t != "Battles" for t, _ in got), got


@pytest.mark.parametrize("text", [
    "An attack on the army post in Tessalit killed 10 soldiers on Saturday, as clashes continue in the north.",
    "Fighting broke out near Tessalit on Saturday, killing 12 soldiers, the army said.",
])
def test_an_incident_beside_a_trend_is_still_an_event(text):
    got = [(e.event_date, e.location) for e in code_text(text, MON)]
    assert ("2024-03-09", "Tessalit") in got, got


# ---- a dateline of a place, a full date and a single dash ("Niamey, 22 March 2025 - ...") dates and
# places the report, not the event

SAT = date(2025, 3, 22)


@pytest.mark.parametrize("dateline", ["Niamey, 22 March 2025 - ", "Niamey, March 22, 2025 - ", "Bamako, 22 March 2025 -- "])
def test_a_titlecase_dateline_with_a_full_date_is_the_report(dateline):
    text = (f"{dateline}Eleven soldiers were killed on Thursday when assailants attacked the military post of "
            "Firgoun, near Ayorou, according to a statement read on national television on Friday.\n")
    got = [(e.event_date, e.location) for e in code_text(text, SAT)]
    assert got == [("2025-03-20", "Firgoun")], got


def test_a_sentence_opening_on_a_place_and_a_date_is_still_prose():
    # no dash after the date: the date is the event's
    text = "Niamey, 22 March 2025, was the scene of a protest when hundreds of people gathered to denounce insecurity.\n"
    got = [e.event_date for e in code_text(text, SAT)]
    assert all(d == "2025-03-22" for d in got), got


# ==================================================== the second round (sets h21/h22)

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

SAT_FEB = date(2025, 2, 15)
POST = "Gunmen stormed an army post at Tassara on Thursday, killing ten soldiers, the ministry said.\n\n"


@pytest.mark.parametrize("second", [
    "The attack is the deadliest against the army in the region since last October, when an ambush on a patrol near "
    "Tillia killed 29 soldiers.",
    "It was the deadliest attack in the region since last October, when an ambush on a patrol near Tillia killed 29 soldiers.",
    "The raid was the worst since October 2024, when militants killed 29 soldiers near Tillia.",
])
def test_the_incident_after_since_date_when_is_a_background_event(second):
    events = code_text(POST + second + "\n", SAT_FEB, title="")
    assert [(e.location, e.event_date, e.date_precision, e.is_main) for e in events] == [
        ("Tassara", "2025-02-13", "day", True), ("Tillia", "2024-10-15", "month", False)], events


def test_a_when_clause_after_a_place_stays_the_incident():
    text = "Gunmen killed ten soldiers at Tassara on Thursday, when they stormed the army post, the ministry said.\n"
    events = code_text(text, SAT_FEB, title="")
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
