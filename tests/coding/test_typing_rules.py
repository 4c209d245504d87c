"""Event types of whole (short) articles for the typing gaps of session 8 (h9-h11 misses).

Each text was written for this test (2-3 phrasings per rule and a near miss that must not
change); the expected values were read off the sentence by hand. The coder runs end to end
(:func:`analysis.coding.extract.code_article`), so the lexicon and the rules of
:mod:`analysis.coding.triggers` are checked with the roles and places the other modules give them.

Rules:

* an installation overrun (a base, camp, post, positions) is an assault on its garrison:
  *Battles/Armed clash*; the place changes hands (*Non-state actor overtakes territory*) only
  when a word of control says so in the clause ("seizing control of the site", "raised their
  flag"), or when a town is what was overrun ("overran Diapaga", "overran the town of ...");
* people evacuated (the wounded, to a hospital) are no *Non-violent transfer of territory*; a
  base or town evacuated by its garrison is;
* a government's decree dissolving, suspending or banning parties, associations or the media is
  *Strategic developments/Other*;
* weapons found or destroyed before use by the forces (a weapons cache seized, an IED workshop
  destroyed, devices defused) are *Disrupted weapons use*; weapons a group takes in its raid are
  part of the raid.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def coded(text: str):
    return code_text(text, PUBLISHED, outlet="Test Wire")


def the_event(text: str):
    evs = coded(text)
    assert len(evs) == 1, [(e.event_type, e.sub_event_type, e.location) for e in evs]
    return evs[0]


# --- an installation overrun is a battle; a change of control needs a word of control ----------


@pytest.mark.parametrize(
    "text, actor1, location, toll",
    [
        ("JNIM fighters overran the military base in Sebba on Saturday, killing 40 soldiers.",
         "JNIM", "Sebba", 40),
        ("On Sunday, militants overran an army post in Kiembara, killing at least 20 soldiers.",
         "Unidentified armed group", "Kiembara", 20),
        ("JNIM said its fighters had overrun several army positions in Djibo on Sunday and killed more than "
         "200 soldiers.", "JNIM", "Djibo", 200),
        # a headline's present tense
        ("Jihadists overrun army post in Kantchari, kill 23 soldiers.", "Unidentified armed group", "Kantchari", 23),
        # passive, the installation as the subject
        ("The army post in Kiembara was overrun on Sunday and 20 soldiers were killed.",
         "Unidentified armed group", "Kiembara", 20),
        ("A military camp in Sebba was overrun by jihadists on Sunday, killing 40 soldiers.",
         "Unidentified armed group", "Sebba", 40),
    ],
)
def test_an_installation_overrun_is_an_armed_clash(text, actor1, location, toll):
    e = the_event(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert (e.actor1, e.actor2, e.location, e.fatalities) == (actor1, "Burkinabe armed forces", location, toll)


def test_a_state_force_overrunning_a_rebel_base_is_an_armed_clash():
    e = the_event("Malian troops overran a jihadist base near Boni on Sunday, killing 12 militants.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.location) == (
        "Armed clash", "Malian armed forces", "Unidentified armed group", "Boni")


@pytest.mark.parametrize(
    "text, location",
    [
        # a word of control in the clause: the place changes hands
        ("JNIM fighters overran a military post in Mansila on Sunday, killing 107 soldiers and seizing control "
         "of the site.", "Mansila"),
        ("Militants overran the army camp at Tessit on Sunday and raised their flag over the town.", "Tessit"),
        # near misses: a town overrun, by name or as a town, stays territorial
        ("JNIM fighters briefly overran Diapaga on Sunday.", "Diapaga"),
        ("Militants overran the town of Diapaga on Sunday.", "Diapaga"),
        ("JNIM fighters overran the garrison town of Djibo on Sunday.", "Djibo"),
        ("The town of Diapaga was overrun by jihadists on Sunday.", "Diapaga"),
    ],
)
def test_control_words_or_a_town_overrun_stay_territorial(text, location):
    e = the_event(text)
    assert (e.sub_event_type, e.location) == ("Non-state actor overtakes territory", location)


def test_a_named_town_seized_stays_territorial():
    e = the_event("JNIM fighters seized Ber on Sunday after heavy fighting with the army.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Non-state actor overtakes territory", "JNIM",
                                                      "Malian armed forces")


# --- people evacuated are no transfer of territory -------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Some of the wounded were evacuated in a critical condition to the district hospital of Ouallam.",
        "The wounded were evacuated to Ouallam.",
        "Several injured people, evacuated by road to Ouallam, were in a critical condition.",
    ],
)
def test_the_wounded_evacuated_to_a_town_are_no_transfer(tail):
    e = the_event("Gunmen killed 21 civilians at the market in Banibangou on Sunday. " + tail)
    assert (e.sub_event_type, e.location) == ("Attack", "Bani Bangou")


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops evacuated Tessit on Monday, officials said.",
        "The military camp in Tessit was evacuated on Monday, officials said.",
        "The Malian army evacuated its camp in Tessit on Monday, officials said.",
    ],
)
def test_a_base_or_town_evacuated_by_its_garrison_is_a_transfer(text):
    e = the_event(text)
    assert (e.sub_event_type, e.actor1, e.location) == ("Non-violent transfer of territory", "Malian armed forces",
                                                        "Tessit")


# --- a government's decree dissolving or banning political life is Other -------------------------


@pytest.mark.parametrize(
    "text, government",
    [
        ("Mali's military government dissolved all political parties on Tuesday, a decree read on state "
         "television said.", "Government of Mali"),
        ("Niger's junta suspended the activities of political parties on Tuesday, a decree said.",
         "Government of Niger"),
        ("Burkina Faso's government banned all demonstrations on Tuesday, a decree said.",
         "Government of Burkina Faso"),
    ],
)
def test_a_decree_dissolving_or_banning_is_other(text, government):
    e = the_event(text)
    assert (e.event_type, e.sub_event_type, e.actor1) == ("Strategic developments", "Other", government)


def test_near_miss_a_deployment_stays_a_change_to_group_activity():
    e = the_event("Mali's government deployed two battalions to Gao on Tuesday, the army said.")
    assert e.sub_event_type == "Change to group/activity"


# --- weapons found or destroyed before use -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, location, country_forces",
    [
        ("On Monday, near Pissila, a reconnaissance mission discovered and destroyed a bomb-making workshop, "
         "the army said.", "Pissila", "Burkinabe armed forces"),
        ("Burkinabe soldiers seized a large weapons cache near Djibo on Monday, the army said.", "Djibo",
         "Burkinabe armed forces"),
        ("Malian troops dismantled an IED factory near Boni on Monday, the army said.", "Boni", "Malian armed forces"),
    ],
)
def test_weapons_found_or_destroyed_by_the_forces_are_disrupted_weapons_use(text, location, country_forces):
    e = the_event(text)
    assert (e.sub_event_type, e.actor1, e.location) == ("Disrupted weapons use", country_forces, location)


def test_weapons_a_group_takes_in_its_raid_are_part_of_the_raid():
    e = the_event("JNIM fighters killed 20 soldiers in Djibo on Monday and seized a weapons cache, the group said.")
    assert (e.sub_event_type, e.actor1, e.fatalities) == ("Armed clash", "JNIM", 20)
