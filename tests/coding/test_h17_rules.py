"""Rules of the h17 round, each checked on short texts written for these tests (wire style;
2024-03-12 is a Tuesday); every expected value checked by hand against the text.

- A foreign force's departure whose text tells the host's forces taking the base over as their own
  act ("the army said it had taken possession of the X camp", "troops took control of the base"):
  the subject of the told takeover, the host's forces, is actor1; a departure or a handover told
  with the foreign force as the subject ("MINUSMA handed over its camp to the army") keeps the
  leaving force first (the convention of the fixtures and of test_extract).
- An actor inside a participle phrase of the subject ("soldiers accompanied by foreign fighters",
  "troops backed by allied militiamen") is no subject, with an adjective its mention leaves out
  between the preposition and the noun.
- A plural event noun after an adjective of frequency ("hit by frequent attacks by JNIM fighters",
  "targeted in frequent ambushes") tells a pattern: no event, and no agent lent to the story's.
- A figure told as a running total ("... have been killed in the region so far this year", "this
  year alone", "since the start of the year") is no incident's toll: never added to the story's.
- "The road between X and Y, about 12 km (7 miles) from Z": a distance given in two units names Z
  as the event's place, as without the bracketed conversion.
- Detainees who are soldiers or officers ("arrested four officers", "two colonels were arrested"):
  the country's forces are the side held, and the side arresting them its government (not a
  police officer, not other detainees).
- A toll revised on a later day ("put the death toll at 12, before raising it on Monday to 15",
  "the toll was raised on Monday to 15"): the day says when the figure was given (a report date,
  not the incident's), and the figure after "raising it ... to" is the revised toll.
- A journey's origin told with a direction ("a convoy travelling north from Anefis", "a bus driving
  east from Djibo") is where the victims came from, not the event's place.
- A source speaking from a town ("a community leader in X said", "a traditional chief in X told
  AFP") names where the story is told, not a second incident's place.
- An event told in a pluperfect relative clause of the dated one ("Earlier this month, troops left
  their camp in X, which had been set up after a massacre") is of an earlier time: the opening
  date does not reach it, and without a date of its own it is no event.
- A verb coordinated with a habitual one shares its adverb ("has repeatedly attacked convoys and
  burned trucks", "regularly ambush patrols and loot cattle"): a trend, no event.
- An event dated "Earlier this month/year" (coarser than the story's day, not after it) is told as
  before the story's day: background, even though its span holds that day.
- A dateline with its place in capitals and a dash but no agency ("BAMAKO, March 12 — ...") dates
  the report, not the event (as "BAMAKO, March 12 (Reuters) -" does).
- A coarse date followed after a comma by a finer one inside its span ("Earlier this month, on
  Aug. 16,", "In July, on July 20,"): one date, the finer.
"""

from __future__ import annotations

from datetime import date

from analysis.coding import dates as dates_mod
from analysis.coding.extract import code_text

PUBLISHED = date(2024, 3, 12)


def events(text: str, title: str = ""):
    return code_text(text, PUBLISHED, title=title, outlet="Test Wire", article_id="text")


def of_type(text: str, sub: str, title: str = ""):
    return [e for e in events(text, title) if e.sub_event_type == sub]


# --------------------------------------------------------------------------- handover receivers


def test_troops_taking_control_in_the_same_sentence():
    text = ("NIAMEY, March 12 - The last French soldiers withdrew from their base in Ouallam on Sunday and "
            "Nigerien troops took control of it, the defence ministry said.")
    (ev,) = of_type(text, "Non-violent transfer of territory")
    assert (ev.actor1, ev.actor2) == ("Nigerien armed forces", "French armed forces")


def test_army_taking_possession_in_another_sentence_of_the_place():
    text = ("BAMAKO, March 12 - MINUSMA peacekeepers withdrew from their camp in Tessalit on Sunday, the UN "
            "mission said. The Malian army said on Monday it had taken possession of the Tessalit camp.")
    (ev,) = of_type(text, "Non-violent transfer of territory")
    assert (ev.actor1, ev.actor2) == ("Malian armed forces", "MINUSMA")


def test_departure_told_alone_keeps_the_leaving_force_first():
    text = ("NIAMEY, March 12 - The last French soldiers left their base in Ouallam on Sunday, the Nigerien "
            "defence ministry said, ending a decade of military cooperation.")
    (ev,) = of_type(text, "Non-violent transfer of territory")
    assert (ev.actor1, ev.actor2) == ("French armed forces", "Nigerien armed forces")


def test_handover_told_with_the_foreign_force_as_subject_keeps_it_first():
    text = ("BAMAKO, March 12 - The UN mission in Mali (MINUSMA) handed over its base in Tessalit, in the Kidal "
            "region, to the Malian army on Sunday, a spokesman for the mission said.")
    (ev,) = of_type(text, "Non-violent transfer of territory")
    assert (ev.actor1, ev.actor2) == ("MINUSMA", "Malian armed forces")


# --------------------------------------------------------------------------- a partner with an adjective


def test_partner_after_an_adjective_is_not_the_subject():
    for text, who in (
            ("Burkinabe troops backed by allied militiamen killed 12 herders in Solenzo on Sunday, residents said.",
             "Burkinabe armed forces"),
            ("Nigerien soldiers supported by foreign fighters shot dead nine villagers in Bankilare on Sunday, "
             "a local official said.", "Nigerien armed forces")):
        (ev,) = events(text)
        assert (ev.actor1, ev.actor2) == (who, "Civilians"), text


def test_unnamed_subject_with_a_partner_stays_unidentified():
    # near miss: the subject itself is unnamed; the partner phrase never becomes the agent
    (ev,) = events("Gunmen accompanied by foreign fighters killed nine villagers in Bankilare on Sunday, "
                   "a local official said.")
    assert (ev.actor1, ev.actor2) == ("Unidentified armed group", "Civilians")


# --------------------------------------------------------------------------- a finer date in apposition


def test_finer_date_in_apposition_dates_the_event():
    pub = date(2021, 8, 26)
    for text, day in (
            ("Earlier this month, on Aug. 16, gunmen on motorcycles killed 37 civilians in Banibangou, the "
             "interior ministry said.", "2021-08-16"),
            ("In July, on July 20, jihadists killed 20 soldiers near Djibo, the army said.", "2021-07-20")):
        (ev,) = code_text(text, pub, outlet="Test Wire", article_id="text")
        assert (ev.event_date, ev.date_precision) == (day, "day"), text


def test_apposed_dates_are_one_mention():
    text = "Earlier this month, on Aug. 16, gunmen attacked the village."
    ds = dates_mod.find_dates(text, date(2021, 8, 26))
    assert [(d.text, str(d.date), d.precision) for d in ds] == [("Earlier this month, on Aug. 16", "2021-08-16", "day")]


def test_a_finer_date_outside_the_coarse_span_is_not_merged():
    # near miss: two separate times ("In June, ..., and on Aug. 16 ..."): no apposition, no merge
    text = "In June, gunmen attacked the village, and on Aug. 16 they returned."
    ds = dates_mod.find_dates(text, date(2021, 8, 26))
    assert [d.precision for d in ds] == ["month", "day"]
    text = "In June, on Aug. 16, gunmen attacked the village."
    ds = dates_mod.find_dates(text, date(2021, 8, 26))
    assert [d.precision for d in ds] == ["month", "day"]


# --------------------------------------------------------------------------- a pattern of attacks


def test_frequent_attacks_lend_no_agent_to_the_incident():
    for text in (
            "Gunmen attacked an army post in Djibo on Sunday, killing 10 soldiers, the army said. The Soum province "
            "has been hit by frequent attacks by JNIM fighters.",
            "Gunmen attacked an army post in Djibo on Sunday, killing 10 soldiers, the army said. The province is "
            "targeted in frequent ambushes by JNIM fighters."):
        (ev,) = events(text)
        assert (ev.actor1, ev.actor2, ev.location) == ("Unidentified armed group", "Burkinabe armed forces", "Djibo"), text


def test_a_dated_attack_by_the_group_is_still_an_event():
    # near miss: an attack told with its own month (no frequency word) is an event of its own
    evs = events("Gunmen attacked an army post in Djibo on Sunday, killing 10 soldiers, the army said. "
                 "JNIM fighters attacked the town in January.")
    assert [(e.location, e.event_date[:7], e.actor1) for e in evs] == [
        ("Djibo", "2024-03", "Unidentified armed group"), ("Djibo", "2024-01", "JNIM")]


# --------------------------------------------------------------------------- running totals


def test_running_totals_add_nothing_to_the_story_toll():
    for text in (
            "Gunmen attacked an army post in Djibo on Sunday, killing 10 soldiers, the army said. At least 150 people "
            "have been killed in the Sahel region so far this year, according to a local rights group.",
            "Gunmen attacked an army post in Djibo on Sunday, killing 10 soldiers, the army said. Some 120 soldiers "
            "have been killed in the region this year alone, according to an AFP tally."):
        (ev,) = events(text)
        assert (ev.fatalities_low, ev.fatalities_high) == (10, 10), text


def test_a_figure_told_apart_still_counts():
    # near miss: a toll in a later sentence with no running span is the incident's
    (ev,) = events("Gunmen attacked an army post in Djibo on Sunday, the army said. Twelve soldiers died, a "
                   "security source said.")
    assert (ev.fatalities_low, ev.fatalities_high) == (12, 12)


# --------------------------------------------------------------------------- a distance in two units


def test_distance_with_a_converted_unit_names_the_place_on_the_road():
    for text in (
            "A roadside bomb struck an army truck on the road between Torodi and Makalondi, about 12 kilometres "
            "(7.5 miles) from Makalondi, on Sunday, killing four soldiers.",
            "A roadside bomb struck an army truck on the road between Torodi and Makalondi, 20 km (12 miles) north "
            "of Makalondi, on Sunday, killing four soldiers."):
        (ev,) = events(text)
        assert ev.location == "Makalondi", text


def test_road_without_a_distance_keeps_its_first_end():
    # near miss: the road's ends alone: the first town (the module's convention)
    (ev,) = events("A roadside bomb struck an army truck on the road between Torodi and Makalondi on Sunday, "
                   "killing four soldiers.")
    assert ev.location == "Torodi"


# --------------------------------------------------------------------------- officers arrested


def test_officers_arrested_are_the_forces_held_by_the_government():
    for text, gov, forces in (
            ("OUAGADOUGOU, March 12 - Burkinabe intelligence services arrested four officers in Ouagadougou on "
             "Sunday over an alleged coup plot, the government said.", "Government of Burkina Faso", "Burkinabe armed forces"),
            ("BAMAKO, March 12 - Two colonels and a captain were arrested in Kati on Sunday, a military source said.",
             "Government of Mali", "Malian armed forces")):
        (ev,) = of_type(text, "Arrests")
        assert (ev.actor1, ev.actor2) == (gov, forces), text


def test_civilians_or_police_officers_arrested_stay_civilians():
    # near misses: traders, people, police officers: no soldiers held
    for text in ("NIAMEY, March 12 - Police arrested 20 traders in Niamey on Sunday during a protest over a market tax.",
                 "NIAMEY, March 12 - Nigerien soldiers arrested 12 people in Tillaberi on Sunday, the army said.",
                 "BAMAKO, March 12 - Malian police arrested two police officers in Bamako on Sunday over corruption "
                 "allegations."):
        (ev,) = of_type(text, "Arrests")
        assert ev.actor2 == "Civilians", text


# --------------------------------------------------------------------------- a toll revised later


def test_toll_revised_on_a_later_day_stays_the_incidents():
    pub = date(2022, 3, 21)  # a Monday
    for text, toll in (
            ("Gunmen opened fire on residents in Gorgadji on Saturday. A local official initially put the death "
             "toll at 12, before raising it on Monday to 15.", 15),
            ("Gunmen opened fire on residents in Gorgadji on Saturday. The toll was raised on Monday to 15, a local "
             "official said.", 15),
            ("Gunmen opened fire on residents in Gorgadji on Saturday. A local official put the death toll at 12, "
             "before revising it to 15.", 15)):
        (ev,) = code_text(text, pub, outlet="Test Wire", article_id="text")
        assert (ev.event_date, ev.fatalities_low, ev.fatalities_high) == ("2022-03-19", toll, toll), text


def test_another_incident_on_a_later_day_keeps_its_day():
    # near miss: "rose on Monday" said of fighting, not of a toll: the later day is the incident's
    pub = date(2022, 3, 21)
    evs = code_text("Gunmen opened fire on residents in Gorgadji on Saturday, killing 12 people. Fighting rose on "
                    "Monday in Seytenga, leaving 5 dead.", pub, outlet="Test Wire", article_id="text")
    assert sorted((e.location, e.event_date) for e in evs) == [("Gorgadji", "2022-03-19"), ("Sitenga", "2022-03-21")]


# --------------------------------------------------------------------------- a journey with a direction


def test_origin_of_a_journey_with_a_direction_is_not_the_place():
    for text, place in (
            ("Rebels ambushed an army convoy travelling north from Anefis near Aguelhok on Saturday, killing six "
             "soldiers, the army said.", "Aguelhok"),
            ("Jihadists attacked a bus driving east from Djibo near Gorgadji on Saturday, killing five passengers.",
             "Gorgadji")):
        (ev,) = events(text)
        assert ev.location == place, text


def test_a_direction_of_an_attack_is_no_journey():
    # near miss: "north of X" names where it happened
    (ev,) = events("Jihadists attacked a bus 20 km north of Djibo on Saturday, killing five passengers.")
    assert ev.location == "Djibo"


# --------------------------------------------------------------------------- a leader speaking from a town


def test_a_leader_speaking_from_a_town_names_no_second_incident():
    pub = date(2026, 2, 12)
    evs = code_text("The army carried out an air strike on Tuesday near Tassara, killing more than 50 terrorists, the "
                    "army said. About twenty people died, a community leader in Tchintabaraden said by phone.",
                    pub, outlet="Test Wire", article_id="text")
    assert [(e.location, e.fatalities_low, e.fatalities_high) for e in evs] == [("Tassara", 20, 50)]
    evs = events("Jihadists attacked an army post near Djibo on Sunday, killing 10 soldiers. About 30 attackers were "
                 "killed, a traditional chief in Arbinda told AFP.")
    assert [e.location for e in evs] == ["Djibo"]


def test_a_leader_of_a_town_as_the_victim_keeps_the_place():
    # near miss: no speech verb after the place: the leader is the victim, the town the event's
    (ev,) = events("Gunmen abducted a community leader in Tchintabaraden on Sunday, residents said.")
    assert ev.location == "Tchintabaraden"


# --------------------------------------------------------------------------- an earlier event in a relative clause


def test_event_in_a_pluperfect_relative_clause_is_not_of_the_opening_date():
    pub = date(2023, 8, 21)
    for text in ("On Sunday, soldiers withdrew from their base in Solenzo, which had been built after an attack on "
                 "the town.",
                 "Earlier this month, French troops left their camp in Menaka, which had been set up after a massacre "
                 "of some 40 villagers there."):
        evs = code_text(text, pub, outlet="Test Wire", article_id="text")
        assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"], text


def test_reported_pluperfect_and_a_closed_relative_clause_keep_the_date():
    # near misses: "said that ... had killed" is the reported event; a participle after the
    # relative clause's comma is the main clause's
    pub = date(2023, 8, 21)
    (ev,) = code_text("On Sunday, the army said that jihadists had killed 12 people in Solenzo.", pub,
                      outlet="Test Wire", article_id="text")
    assert (ev.event_date, ev.fatalities_low) == ("2023-08-20", 12)
    (ev,) = code_text("On Sunday, a drone strike hit a militant camp near Diapaga, where fighters had regrouped, "
                      "killing about a dozen militants, the army said.", pub, outlet="Test Wire", article_id="text")
    assert (ev.event_date, ev.sub_event_type, ev.fatalities_low) == ("2023-08-20", "Air/drone strike", 12)


# --------------------------------------------------------------------------- a habitual adverb over "and"


def test_verb_coordinated_with_a_habitual_one_is_a_trend():
    for text in (
            "Gunmen killed 12 villagers in Solenzo on Sunday, residents said. Since January, JNIM has repeatedly "
            "attacked convoys near Djibo and burned trucks carrying fuel.",
            "Gunmen killed 12 villagers in Solenzo on Sunday, residents said. In the Sahel region, militants "
            "regularly ambush patrols and loot cattle near Dori."):
        assert [e.location for e in events(text)] == ["Solenzo"], text


def test_verbs_coordinated_in_one_dated_incident_stay_an_event():
    # near miss: no habitual adverb ("attacked a convoy ... and burned ten trucks" last month)
    evs = events("Gunmen killed 12 villagers in Solenzo on Sunday, residents said. Last month, JNIM fighters "
                 "attacked a convoy near Djibo and burned ten trucks.")
    assert sorted(e.location for e in evs) == ["Djibo", "Solenzo"]


# --------------------------------------------------------------------------- "earlier this month"


def test_earlier_this_month_is_background():
    for text, place in (
            ("Gunmen killed 12 villagers in Solenzo on Sunday, residents said. Earlier this month, jihadists "
             "attacked an army post in Djibo.", "Djibo"),
            ("Gunmen killed 12 villagers in Bankass on Sunday, residents said. Earlier this year, militants "
             "ambushed a convoy near Boni.", "Bouani")):
        main = {e.location: e.is_main for e in events(text)}
        assert main[place] is False and list(main.values()).count(True) == 1, text


def test_this_month_without_earlier_is_unchanged():
    # near miss: "This month, ... also" does not say before the story's day (kept as it was: main)
    evs = events("Gunmen killed 12 villagers in Bankass on Sunday, residents said. This month, militants also "
                 "ambushed a convoy near Boni.")
    assert {e.location: e.is_main for e in evs}["Bouani"] is True


# --------------------------------------------------------------------------- a dateline without an agency


def test_capitals_dateline_without_agency_is_the_reports_date():
    for text in ("BAMAKO, March 12 - Gunmen killed 12 villagers in Bankass on Sunday, residents said.",
                 "BAMAKO, March 12 — Gunmen killed 12 villagers in Bankass on Sunday, residents said.",
                 "BAMAKO, Mali, March 12 — Gunmen killed 12 villagers in Bankass on Sunday, residents said."):
        (ev,) = events(text)
        assert ev.event_date == "2024-03-10", text


def test_a_date_in_prose_before_a_dash_is_the_events():
    # near miss: a sentence opening with a weekday and its date, then a dash, is no dateline
    (ev,) = events("On Sunday, March 10 - the day of the vote - gunmen killed 12 villagers in Bankass.")
    assert ev.event_date == "2024-03-10"
    ds = dates_mod.find_dates("On Sunday, March 10 - the day of the vote - gunmen attacked.", PUBLISHED)
    assert all(d.kind != "dateline" for d in ds)
