"""Main vs background, event dates and which incidents are events (h19/h20 round). Texts written
for these tests (2024-03-11 is a Monday: "Friday" 2024-03-08, "Saturday" 03-09, "Sunday" 03-10)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text

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
