"""Triggers, session 9 round 2 (gaps of h13): a kidnapping's exchange of fire, kidnappings told
victim-first in the passive, civilians taken in a battle, a rally for a political anniversary, a
crowd met by force, a summit's decision, a town secured or entered after fighting, a force
departing from its base, a base dismantled in a fight. Every text was written for this test
(2-3 phrasings per rule and a near miss that must not change); the expected values were read off
the sentence by hand. Whole short articles go through the coder (code_article), so each rule is
checked with the roles, places and dates the other modules give it.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding import text as T
from analysis.coding import triggers as TR
from analysis.coding.extract import code_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def coded(text: str):
    return code_text(text, PUBLISHED, outlet="Test Wire")


def rows(text: str) -> list[tuple[str, str, str]]:
    return sorted((e.sub_event_type, e.location, e.actor2) for e in coded(text))


def _keys(sentence: str) -> list[tuple[str, str]]:
    doc = T.parse(sentence)
    return [(t.key, t.text) for t in TR.find_triggers(doc, T.split_sentences(doc))]


# ----------------------------------------------------------------- 1. a kidnapping's exchange of fire

@pytest.mark.parametrize("text", [
    "Gunmen kidnapped an Italian engineer near Kayes on Monday, security sources said. A security guard was "
    "wounded in an exchange of fire.",
    "Gunmen abducted two Chinese workers at a mine near Kayes on Monday. Their bodyguards exchanged fire with the "
    "kidnappers and one guard was wounded.",
    "Armed men kidnapped a German aid worker in Kayes on Monday. Shots were exchanged with his guards before the "
    "attackers fled with him.",
])
def test_guards_resisting_kidnappers_leave_an_abduction(text):
    assert rows(text) == [("Abduction/forced disappearance", "Kayes", "Civilians")]


@pytest.mark.parametrize("text", [
    # a force named in the fire, or an armed target hit: the forces fought (and the workers taken
    # are the abduction beside the clash)
    "Gunmen abducted two Chinese workers at a mine near Kayes on Monday. Gendarmes exchanged fire with the "
    "kidnappers and one gendarme was wounded.",
    "Armed men attacked a convoy near Kayes on Monday and took away five drivers. A soldier was wounded in an "
    "exchange of fire.",
])
def test_a_force_in_the_fire_makes_a_battle(text):
    assert [r[0] for r in rows(text)] == ["Abduction/forced disappearance", "Armed clash"]


# ----------------------------------------------------------------- 2. kidnappings told victim-first

@pytest.mark.parametrize("sentence, text", [
    ("In January 2019, Canadian geologist Kirk Woodman was taken by gunmen from a mining camp.", "taken"),
    ("Australian doctor Ken Elliott and his wife Jocelyn were seized in Djibo in January 2016.", "seized"),
    ("In May 2018, two Italian nuns were captured by jihadists near Gorom-Gorom.", "captured"),
    ("The mayor was taken by armed men from his home.", "taken"),
])
def test_a_person_taken_by_an_armed_agent_is_an_abduction(sentence, text):
    assert ("abduction", text) in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The wounded were taken by ambulance to Djibo.",
    "Several villagers were taken by soldiers to Djibo for questioning.",
    "In May 2018, the town of Gorom-Gorom was captured by jihadists.",
    "The soldiers seized a couple of motorbikes.",
    "Customs officers seized the geologist's car.",
])
def test_a_person_taken_near_misses(sentence):
    assert "abduction" not in [k for k, _ in _keys(sentence)]


def test_background_kidnappings_told_victim_first_are_coded():
    text = ("Gunmen kidnapped an Indian engineer near Taparko in Burkina Faso on Monday, sources said.\n\n"
            "Australian doctor Ken Elliott and his wife Jocelyn were seized in Djibo in January 2016 by militants.\n\n"
            "In January 2019, Canadian geologist Kirk Woodman was taken by gunmen near Tiabongou.")
    got = sorted((e.event_date[:7], e.location, e.sub_event_type) for e in coded(text))
    assert got == [("2016-01", "Djibo", "Abduction/forced disappearance"),
                   ("2019-01", "Tantiabongou", "Abduction/forced disappearance"),
                   ("2025-03", "Taparko", "Abduction/forced disappearance")]


# ----------------------------------------------------------------- 3. civilians taken in a battle

@pytest.mark.parametrize("text", [
    "Jihadists ambushed an army-escorted convoy of fuel trucks near Kayes on Sunday, setting vehicles ablaze and "
    "abducting several drivers, sources said.",
    "Jihadists ambushed an army-escorted convoy near Kayes on Sunday, sources said. The army said two soldiers "
    "were killed. At least nine drivers were taken away by the gunmen, a union official said.",
    "Gunmen attacked a military convoy near Kayes on Sunday, killing three soldiers. They also kidnapped five "
    "civilian truck drivers.",
])
def test_civilians_taken_in_a_battle_are_an_abduction_beside_it(text):
    evs = coded(text)
    assert sorted((e.sub_event_type, e.location, e.actor2, e.event_date, e.is_main) for e in evs) == [
        ("Abduction/forced disappearance", "Kayes", "Civilians", "2025-03-09", True),
        ("Armed clash", "Kayes", "Malian armed forces", "2025-03-09", True)]
    assert next(e for e in evs if e.sub_event_type.startswith("Abduction")).fatalities_low is None


@pytest.mark.parametrize("text", [
    # soldiers captured in the fight are part of it
    "Jihadists attacked an army patrol near Kayes on Sunday, kidnapping two soldiers.",
    # civilians also killed in the battle: one event, the taking told with its toll
    "Jihadists ambushed an army-escorted convoy near Kayes on Sunday. The army said two soldiers and three "
    "drivers were killed. More than fifteen drivers were taken away by the gunmen, a union official said.",
])
def test_civilians_taken_in_a_battle_near_misses(text):
    assert [r[0] for r in rows(text)] == ["Armed clash"]


def test_an_attack_on_civilians_taking_people_stays_one_abduction():
    assert rows("Gunmen attacked a bus near Kayes on Sunday and kidnapped five passengers.") == [
        ("Abduction/forced disappearance", "Kayes", "Civilians")]


def test_civilians_taken_reads_the_object_of_the_abduction_word():
    text = "They seized two drivers, kidnapping two soldiers, and took away their weapons."
    doc = T.parse(text)
    found = {t.text: t for t in TR.find_triggers(doc, T.split_sentences(doc)) if t.key == "abduction"}
    assert TR.civilians_taken(text, found["seized"])
    assert not TR.civilians_taken(text, found["kidnapping"])


# ----------------------------------------------------------------- 4. a rally for a political turn

@pytest.mark.parametrize("sentence", [
    "Thousands of people gathered in Niamey on Saturday to celebrate the second anniversary of the coup.",
    "Hundreds of supporters gathered in Bamako on Friday to show their support for the transitional authorities.",
    "Thousands of residents massed in Ouagadougou on Sunday to hail the new military leaders.",
    "Thousands of people gathered in Niamey to celebrate the departure of the last French troops.",
])
def test_a_crowd_celebrating_a_political_turn_is_a_rally(sentence):
    assert _keys(sentence)[0][0] == "peaceful_protest"


@pytest.mark.parametrize("sentence", [
    "Thousands of people gathered in Bamako on Saturday to celebrate Tabaski.",
    "Hundreds of people gathered in Bamako on Sunday to celebrate the national team's victory.",
    "Officials gathered in Niamey on Saturday to mark the anniversary of the AES.",
])
def test_a_crowd_celebrating_a_feast_is_no_rally(sentence):
    assert "peaceful_protest" not in [k for k, _ in _keys(sentence)]  # (a bare crowd, "gathering": no event)
    assert coded(sentence) == []


# ----------------------------------------------------------------- 5. a crowd met by force; a summit

@pytest.mark.parametrize("text", [
    "On Monday, dozens of his supporters gathered outside the gendarmerie camp in Bamako, before security forces "
    "dispersed them with tear gas.",
    "Hundreds of youths massed in front of the town hall in Kati on Monday before police fired tear gas.",
    "On Monday, residents who had assembled at the prefecture in Kati were dispersed by gendarmes.",
])
def test_a_crowd_met_by_force_is_a_protest_with_intervention(text):
    (e,) = coded(text)
    assert (e.sub_event_type, e.actor1, e.event_date) == ("Protest with intervention", "Protesters", "2025-03-10")


@pytest.mark.parametrize("text", [
    "Hundreds of people gathered at the mosque in Bamako on Friday.",
    "On Monday, hundreds of residents gathered in Kati to watch the match.",
])
def test_a_crowd_alone_is_no_event(text):
    assert coded(text) == []


@pytest.mark.parametrize("sentence, text", [
    ("At a summit in Bamako in December, AES leaders launched a joint unified force.", "launched"),
    ("The heads of state decided at their summit in Niamey in July to create a confederation.", "decided"),
    ("ECOWAS leaders endorsed the plan during a summit in Abuja.", "endorsed"),
])
def test_a_summits_decision_is_an_agreement(sentence, text):
    assert ("agreement", text) in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The army launched an operation near Mopti in December.",
    "Ahead of a summit in Bamako, jihadists launched an attack on Kati.",
    "The government created a new region in December.",
])
def test_a_decision_without_a_summit_is_no_agreement(sentence):
    assert "agreement" not in [k for k, _ in _keys(sentence)]


# ----------------------------------------------------------------- 6. a town secured or entered after fighting

@pytest.mark.parametrize("text", [
    "The army said on Monday its troops had \"secured\" the town of Arbinda after a week-long offensive against "
    "terrorist groups.",
    "The army said on Monday it had secured Djibo and its surroundings after an offensive against the jihadists.",
    "\"Arbinda is now under the total control of our forces,\" the army said on Monday.",
    "On Monday, Burkinabe troops entered Arbinda after clashes with jihadists.",
])
def test_a_town_secured_after_fighting_is_regained(text):
    (e,) = coded(text)
    assert (e.sub_event_type, e.actor1, e.location) == ("Government regains territory", "Burkinabe armed forces",
                                                        "Aribinda" if "rbinda" in text else "Djibo")


@pytest.mark.parametrize("text", [
    "On Monday, soldiers entered the town of Djibo.",
    "On March 3, a military convoy entered Diafarabe during the weekly market.",
    "Security forces secured the area near Djibo on Monday.",
    "The government secured the release of two hostages on Monday.",
])
def test_a_town_entered_or_secured_without_a_fight_is_no_event(text):
    assert coded(text) == []


def test_the_rebels_control_is_no_regained_town():
    assert "gov_regains" not in [k for k, _ in _keys("Kidal is now under the control of the rebels.")]


# ----------------------------------------------------------------- 7. a force departing from its base; a base dismantled

@pytest.mark.parametrize("sentence, text", [
    ("The last of around 1,500 French soldiers departed from their air base in Niamey on Dec. 22, 2023.",
     "departed from their air base"),
    ("French troops departed from the air base in Niamey on Friday.", "departed from the air base"),
    ("The contingent departed the Tessalit camp on Monday.", "departed the Tessalit camp"),
])
def test_a_force_departing_from_its_base_is_a_transfer(sentence, text):
    assert ("transfer", text) in _keys(sentence)


def test_a_delegation_departing_from_a_base_is_none():
    assert "transfer" not in [k for k, _ in _keys("The delegation departed from the base after the talks.")]


@pytest.mark.parametrize("text", [
    "Units operating near Kantchari dismantled a terrorist base on Monday, killing \"several\" terrorists and "
    "recovering weapons and motorcycles.",
    "On Monday, soldiers dismantled a jihadist camp near Kantchari, killing 12 fighters and seizing a weapons cache.",
])
def test_a_base_dismantled_in_a_fight_is_the_fight(text):
    assert [r[0] for r in rows(text)] == ["Armed clash"]


def test_a_base_dismantled_without_a_fight_stays_disrupted_weapons():
    assert [r[0] for r in rows("Troops dismantled a jihadist base near Kantchari on Monday and seized weapons.")] \
        == ["Disrupted weapons use"]


# ----------------------------------------------------------------- 8. a company nationalised

@pytest.mark.parametrize("sentence, text", [
    ("Niger's military government said on Thursday it was nationalising Somair, the uranium miner.", "nationalising"),
    ("Burkina Faso nationalised two gold mines in August.", "nationalised"),
    ("A Malian court placed Barrick's Loulo-Gounkoto gold complex under provisional administration on Monday.",
     "placed Barrick's Loulo-Gounkoto gold complex under provisional administration"),
])
def test_a_company_taken_over_by_the_state_is_strategic_other(sentence, text):
    assert ("other", text) in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The nationalist movement held a congress in Bamako on Monday.",
    "The wounded were placed under observation at the hospital.",
])
def test_a_company_taken_over_near_misses(sentence):
    assert "other" not in [k for k, _ in _keys(sentence)]


# ----------------------------------------------------------------- "by decree": the means, not an agent

@pytest.mark.parametrize("text", [
    "Burkina Faso's junta on Thursday dissolved all political parties by decree.",
    "Mali's military government on Monday dissolved all political parties and associations by a presidential decree.",
    "Niger's junta on Tuesday suspended the activities of political parties by ordinance.",
])
def test_a_decree_told_with_by_decree_is_coded(text):
    events = coded(text)
    assert events, text
    assert all(e.sub_event_type == "Other" and e.actor1.startswith("Government of") for e in events), events


def test_by_decree_is_no_passive_but_by_gunmen_is():
    def passive(sentence):
        doc = T.parse(sentence)
        return [t.passive for t in TR.find_triggers(doc, T.split_sentences(doc))]
    assert passive("The junta dissolved all political parties on Thursday by decree.") == [False]
    assert passive("Twelve civilians killed on Monday by gunmen were buried in Djibo.")[:1] == [True]
