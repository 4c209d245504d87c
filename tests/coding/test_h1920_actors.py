"""Who did what to whom, and the event type, in wordings of army communiques and agency copy.
Texts written for these tests (2023-05-10 is a Wednesday; "on Monday" is 2023-05-08)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text

WED = date(2023, 5, 10)


def _only(text: str):
    events = code_text(text, WED)
    assert len(events) == 1, events
    return events[0]


# --------------------------------------------------------------- "an air operation" is an air strike
@pytest.mark.parametrize("text", [
    "The army said an air operation carried out on Monday near Djibo had neutralised some 30 terrorists.",
    "Burkina Faso's military said air operations near Djibo on Monday destroyed a terrorist camp and killed dozens of fighters.",
    "An aerial operation conducted on Monday near Djibo killed about 20 militants, the general staff said.",
])
def test_an_air_operation_is_an_air_strike(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (e.actor1, e.actor2) == ("Burkinabe armed forces", "Unidentified armed group")
    assert (e.event_date, e.location) == ("2023-05-08", "Djibo")


def test_air_and_ground_operations_stay_a_ground_fight():
    e = _only("Soldiers launched air and ground operations near Djibo on Monday, killing 12 militants, the army said.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


# --------------------------------------------------------------- the escort is the target, not the escorted
@pytest.mark.parametrize("text", [
    "Gendarmes escorting a convoy of traders were ambushed near Kaya on Monday, the army said.",
    "Soldiers guarding a group of civilians were attacked on Monday near Kaya by gunmen, killing three soldiers.",
    "On Monday, soldiers and volunteers protecting displaced families were ambushed near Kaya.",
])
def test_troops_escorting_civilians_are_the_target(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Burkinabe armed forces")
    assert (e.event_date, e.location) == ("2023-05-08", "Kaya")


@pytest.mark.parametrize("text", [
    "Three traders travelling with a convoy were ambushed near Kaya on Monday, a local source said.",
    "Civilians escorting a herd were attacked near Kaya on Monday by gunmen, killing five.",
])
def test_escorting_civilians_stay_civilians(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Civilians")


# --------------------------------------------------------------- a convoy meeting a device is the target
@pytest.mark.parametrize("text, target", [
    ("On Monday, a UN convoy struck an improvised explosive device near Aguelhok, wounding three peacekeepers.", "MINUSMA"),
    ("On Monday, the convoy carrying the departing troops hit a landmine near Aguelhok, wounding four peacekeepers, "
     "the mission said.", "MINUSMA"),
    ("A convoy carrying Malian soldiers hit a roadside bomb near Aguelhok on Monday, the army said.", "Malian armed forces"),
])
def test_a_convoy_that_hits_a_device_is_its_target(text, target):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", target)
    assert (e.event_date, e.location) == ("2023-05-08", "Aguelhok")


def test_a_convoy_of_traders_that_hits_a_mine_is_civilian():
    e = _only("On Monday, a convoy carrying traders hit a landmine near Aguelhok, killing five people.")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Civilians")


def test_the_first_victims_told_after_the_blast_name_a_generic_convoys_troops_only_if_named():
    e = _only("On Monday, an army convoy hit a landmine near Gao, killing two soldiers and wounding a Wagner instructor.")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Malian armed forces")


# --------------------------------------------------------------- "fighters of the group" point back
@pytest.mark.parametrize("text", [
    "JNIM has stepped up its attacks on fuel convoys. On Monday, fighters of the group set fire to a dozen "
    "tankers near Kayes, drivers said.",
    "JNIM has stepped up its attacks on fuel convoys. On Monday, the group's fighters set fire to a dozen "
    "tankers near Kayes, drivers said.",
    "JNIM has stepped up its attacks on fuel convoys. On Monday, militants from the group burned a dozen "
    "tankers near Kayes, drivers said.",
])
def test_fighters_of_the_group_are_the_group_named_before(text):
    e = _only(text)
    assert e.actor1 == "JNIM"
    assert (e.event_date, e.location) == ("2023-05-08", "Kayes")


def test_bare_fighters_after_an_opener_stay_unidentified():
    e = _only("JNIM has stepped up its attacks on fuel convoys. On Monday, fighters set fire to a dozen "
              "tankers near Kayes, drivers said.")
    assert e.actor1 == "Unidentified armed group"


# --------------------------------------------------------------- a group said to be silent is not credited
@pytest.mark.parametrize("silence", [
    "The JNIM group, which is active in the area, has not commented.",
    "JNIM, the main jihadist group in the region, did not comment.",
    "The al-Qaeda-linked group JNIM operates in the area; the group has not yet commented.",
])
def test_a_silent_group_is_not_credited_with_a_strike_on_terrorists(silence):
    e = _only("On Monday, army drones struck a terrorist hideout near Djibo, killing about 30 terrorists, "
              "the army said. " + silence)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (e.actor1, e.actor2) == ("Burkinabe armed forces", "Unidentified armed group")


def test_a_group_named_in_the_story_is_still_credited_without_the_silence():
    e = _only("On Monday, army drones struck a terrorist hideout near Djibo, killing about 30 terrorists, "
              "the army said. The JNIM group is active in the area.")
    assert e.actor2 == "JNIM"


# --------------------------------------------------------------- victims' nationalities told just after
@pytest.mark.parametrize("text, countries", [
    ("Gunmen abducted two aid workers near Abalak on Monday, security sources said. The two, a Cameroonian "
     "and a Nigerien, worked for a medical charity.", ["Cameroon"]),
    ("Gunmen abducted three aid workers near Abalak on Monday, security sources said. The hostages - a Belgian "
     "national and two Nigeriens - were driving back from a clinic.", ["Belgium"]),
    ("Gunmen abducted a Colombian nun near Abalak on Monday, security sources said.", ["Colombia"]),
    ("Gunmen abducted a Cameroonian and two Nigeriens near Abalak on Monday.", ["Cameroon"]),
])
def test_foreign_victims_named_in_the_next_sentence(text, countries):
    e = _only(text)
    assert (e.sub_event_type, e.actor2) == ("Abduction/forced disappearance", "Civilians")
    assert e.foreign_actors.split("; ") == countries


@pytest.mark.parametrize("text", [
    "Gunmen abducted two aid workers near Abalak on Monday. The two were employed by a French charity.",
    "Gunmen abducted three aid workers near Abalak on Monday, security sources said. A Dutch charity said it "
    "was in contact with the authorities.",
])
def test_a_foreign_employer_is_no_victim(text):
    assert _only(text).foreign_actors == ""


# --------------------------------------------------------------- a perpetrator named by an accusation
@pytest.mark.parametrize("text", [
    "At least nine herders were killed on Monday in Golonga, according to residents who accuse members of "
    "the VDP of carrying out the killings.",
    "At least nine herders were killed on Monday in Golonga, residents said, accusing VDP volunteers of the killings.",
    "Residents accused the VDP of killing nine herders in Golonga on Monday.",
])
def test_the_accused_of_the_killing_is_its_perpetrator(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.actor1, e.actor2) == ("VDP", "Civilians")
    assert (e.event_date, e.location) == ("2023-05-08", "Golonga")


def test_an_accusation_of_no_violent_act_names_no_perpetrator():
    e = _only("Gunmen killed nine herders in Golonga on Monday. Residents accused the army of failing to protect them.")
    assert e.actor1 == "Unidentified armed group"


def test_men_accused_of_links_are_the_detainees_not_a_party():
    e = _only("Soldiers detained ten men accused of collaborating with JNIM near Djibo on Monday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Arrests", "Burkinabe armed forces", "Civilians")


# --------------------------------------------------------------- rounding up before killing is one attack
@pytest.mark.parametrize("text", [
    "Gunmen arrived in Golonga on Monday and rounded up the men of the hamlet before opening fire.",
    "On Monday, armed men rounded up villagers in Golonga and then shot them, residents said.",
])
def test_a_round_up_before_the_shooting_is_the_attack(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.event_date, e.location) == ("2023-05-08", "Golonga")


def test_an_arrest_with_no_violence_after_it_stays_an_arrest():
    e = _only("On Monday, soldiers rounded up a dozen men in Golonga and took them to the gendarmerie.")
    assert e.sub_event_type == "Arrests"


def test_a_standing_charge_names_no_perpetrator():
    e = _only("Gunmen killed nine herders in Golonga on Monday. Rights groups have accused the army and its "
              "Russian allies of killing hundreds of civilians since 2022.")
    assert e.actor1 == "Unidentified armed group"
    assert e.foreign_actors == ""


# --------------------------------------------------------------- the past of people freed is no arrest
@pytest.mark.parametrize("text", [
    "The junta released 30 detainees on Monday, some of whom were arrested during operations near Djenne.",
    "The junta freed 40 prisoners in Bamako on Monday, most of them detained near Djenne last year.",
])
def test_the_arrest_of_people_released_is_a_description(text):
    assert all(e.sub_event_type != "Arrests" for e in code_text(text, WED))


@pytest.mark.parametrize("text", [
    "Soldiers detained 12 men near Djenne on Monday, most of them herders.",
    "Soldiers arrested 12 men near Djenne on Monday; most of them were released later.",
])
def test_an_arrest_told_with_its_detainees_stays_an_arrest(text):
    e = _only(text)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Arrests", "Malian armed forces", "Civilians")


# --------------------------------------------------------------- "its armoured vehicle" is the force's
@pytest.mark.parametrize("text, owner", [
    ("Wagner already knew this road. On Monday, one of its armoured vehicles was hit by a roadside bomb outside "
     "Ansongo, and three of its men were killed.", "Wagner Group"),
    ("The army has lost dozens of men on this road. On Monday, one of its military trucks struck a landmine "
     "outside Ansongo.", "Malian armed forces"),
])
def test_a_military_vehicle_of_its_owner_is_the_owners(text, owner):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", owner)


def test_a_civilian_vehicle_stays_civilian():
    e = _only("A bus hit a landmine outside Ansongo on Monday. Its driver and two passengers died.")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Civilians")


def test_their_goods_on_a_truck_make_no_owner():
    e = _only("JNIM fighters have blockaded the town for months. On Monday, a truck carrying traders and their "
              "goods hit a homemade bomb outside Ansongo, killing four people.")
    assert e.actor2 == "Civilians"


# --------------------------------------------------------------- the hostages are no party to their release
def test_hostages_handed_over_are_no_party_the_captors_and_the_government_are():
    evs = code_text("JNIM has kidnapped dozens of local officials in central Mali. On Monday, the two hostages were "
                    "handed over to a delegation of religious leaders near Niono, mediators said.", WED)
    e = next(e for e in evs if e.sub_event_type == "Agreement")
    assert (e.actor1, e.actor2, e.location, e.event_date) == ("Government of Mali", "JNIM", "Niono", "2023-05-08")


def test_a_release_with_no_captor_named_has_the_government_only():
    e = _only("On Monday, the two hostages were handed over to a delegation of religious leaders near Niono, "
              "mediators said.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Agreement", "Government of Mali", "")


def test_a_group_releasing_hostages_stays_actor1():
    e = _only("JNIM freed two hostages near Niono on Monday, mediators said.")
    assert (e.sub_event_type, e.actor1) == ("Agreement", "JNIM")


# --------------------------------------------------------------- "The May 3 assault" is the one told before
@pytest.mark.parametrize("text", [
    "The attack comes weeks after JNIM fighters struck Djibo. The April 3 assault on the army camp there killed "
    "more than 40 soldiers, security sources said.",
    "Last month, Islamic State fighters raided Djibo. That raid on the army camp killed 12 soldiers on April 3, "
    "security sources said.",
])
def test_an_event_told_as_known_is_the_group_of_the_sentence_before(text):
    pub = date(2023, 5, 10)
    e = next(e for e in code_text(text, pub) if e.event_date == "2023-04-03")
    assert e.actor1 in ("JNIM", "Islamic State Sahel")
    assert e.actor2 == "Burkinabe armed forces"


@pytest.mark.parametrize("text", [
    "JNIM and Islamic State both operate around Djibo, analysts say. The April 3 assault on the army camp in Djibo "
    "killed more than 40 soldiers, security sources said.",
    "JNIM has long been active in the north, analysts say. An assault on the army camp in Djibo on April 3 killed "
    "more than 40 soldiers, security sources said.",
])
def test_no_single_group_or_no_reference_back_stays_unidentified(text):
    e = _only(text)
    assert (e.event_date, e.actor1) == ("2023-04-03", "Unidentified armed group")


def test_a_claimants_conjunction_that_is_no_reference_back():
    e = _only("The Azawad Liberation Front said on Monday that its fighters hold the north. The group claimed that "
              "a strike on Friday on a weekly market at Lerneb killed seven civilians.")
    assert (e.sub_event_type, e.actor2) == ("Air/drone strike", "Civilians")
    assert e.actor1 != "CSP/FLA"
