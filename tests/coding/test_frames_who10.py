"""Who did what to whom (session 9, round 2): the layer of a device a claim names, the group in
an apposition of the claimant, a foreigner taken in an event that is also a fight, the force
that leaves a base (and who takes it over), the makers of a coup, the group a retaken town is
taken from, an incident told after "N months after", and the place of an office holder taken.

Short texts written for these tests, in wire style (2025-10-14 is a Tuesday); every expected
value checked by hand against the text and data/reference/actors.yaml.
"""

from __future__ import annotations

from datetime import date

from analysis.coding.extract import code_text

PUBLISHED = date(2025, 10, 14)
LEAD = "Nine soldiers were killed when Boko Haram fighters attacked a military position in Bosso on Sunday.\n\n"
MALI_LEAD = "Jihadists attacked an army camp in Tessit on Sunday, killing 17 soldiers, the army said.\n\n"
BF_LEAD = "Jihadists attacked an army camp in Djibo on Sunday, killing 17 soldiers, the army said.\n\n"
NIGER_LEAD = "The junta said on Monday it had nationalised the uranium miner.\n\n"


def events(text: str):
    return code_text(text, PUBLISHED, outlet="Test Wire")


def at(text: str, place: str):
    (ev,) = [e for e in events(text) if e.location == place]
    return ev


def roles(text: str, place: str) -> tuple[str, str]:
    ev = at(text, place)
    return ev.actor1, ev.actor2


# ------------------------------------------------- a claim names who laid the device a vehicle hit

def test_device_hit_by_a_patrol_is_laid_by_the_claimant():
    for claim in (", in an attack later claimed by the Islamic State West Africa Province.",
                  ", in an attack claimed by the Islamic State West Africa Province (ISWAP), a splinter faction of Boko Haram.",
                  ". The attack was claimed by the Islamic State West Africa Province (ISWAP), a splinter faction of Boko Haram."):
        text = LEAD + ("On Sept. 28, four soldiers were killed when their patrol vehicle struck an improvised explosive "
                       "device near Nguigmi" + claim)
        ev = at(text, "Nguigmi")
        assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
            "Remote explosive/landmine/IED", "Islamic State West Africa Province", "Nigerien armed forces"), claim
    # near miss: no claim, the device's layer is unnamed (the story's group within two weeks)
    ev = at(LEAD + "On Oct. 10, four soldiers were killed when their patrol vehicle struck a landmine near Nguigmi.",
            "Nguigmi")
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.actor2 == "Nigerien armed forces"


def test_the_claimants_parent_group_is_not_the_claimant():
    assert roles("Gunmen killed ten soldiers near Diffa on Monday. ISWAP, a splinter faction of Boko Haram, "
                 "claimed responsibility.", "Diffa")[0] == "Islamic State West Africa Province"
    assert roles("ISWAP, a Boko Haram offshoot, killed ten soldiers near Diffa on Monday.", "Diffa")[0] == \
        "Islamic State West Africa Province"
    # the one group a story names, once the apposition's is set aside
    assert roles("Jihadists killed ten soldiers near Diffa on Monday, security sources said. The region is a "
                 "stronghold of ISWAP, a splinter faction of Boko Haram.", "Diffa")[0] == "Islamic State West Africa Province"


# --------------------------------------------------------------- a foreign victim of a taking

def test_foreigner_taken_in_an_event_that_is_also_a_fight_is_involved():
    text = "Gunmen kidnapped an Indian engineer near Taparko on Monday. A security guard was wounded in an exchange of fire."
    assert at(text, "Taparko").foreign_actors == "India"
    assert at("An Indian engineer was kidnapped near Taparko on Monday.", "Taparko").foreign_actors == "India"
    # near miss: a Burkinabe victim in Burkina Faso is no foreign involvement
    assert at("Gunmen kidnapped a Burkinabe engineer near Taparko on Monday. A security guard was wounded "
              "in an exchange of fire.", "Taparko").foreign_actors == ""


# ------------------------------------------------------------- a foreign force leaving a base

def test_the_leaving_force_is_the_one_another_clause_names():
    ev = at(MALI_LEAD + "French forces left the country in August 2022, when the last soldiers pulled out of their "
            "base in Gao, after relations soured with the junta.", "Gao")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.foreign_actors) == (
        "Non-violent transfer of territory", "French armed forces", "Malian armed forces", "France")
    assert roles(MALI_LEAD + "The last French soldiers pulled out of their base in Gao in August 2022.", "Gao") == (
        "French armed forces", "Malian armed forces")


def test_the_base_goes_to_the_hosts_forces_not_its_government():
    for text in ("His government ordered French troops to leave, and the last French soldiers pulled out of their "
                 "base at Kamboinse in February 2023.",
                 "French troops handed over their base in Kamboinse to the government in February 2023."):
        assert roles(BF_LEAD + text, "Kamboinsé") == ("French armed forces", "Burkinabe armed forces"), text


# ------------------------------------------------------------------------------------ a coup

def test_coup_makers_are_the_forces_and_the_overthrown_government_the_target():
    for text in ("Relations collapsed after army officers led by General Abdourahamane Tiani toppled President "
                 "Mohamed Bazoum in Niamey on July 26, 2023.",
                 "Relations collapsed after soldiers toppled President Mohamed Bazoum in Niamey on July 26, 2023.",
                 "President Mohamed Bazoum was overthrown by his presidential guard in Niamey on July 26, 2023.",
                 "General Abdourahamane Tiani seized power in Niamey on July 26, 2023."):
        assert roles(NIGER_LEAD + text, "Niamey") == ("Nigerien armed forces", "Government of Niger"), text


def test_a_government_acting_on_its_own_members_is_no_coup():
    # near miss: the junta removing its prime minister stays the government's act
    assert roles(NIGER_LEAD + "Niger's junta ousted the prime minister in Niamey on Friday.", "Niamey")[0] == \
        "Government of Niger"


# ---------------------------------------------------------------------- a town retaken

def test_retaken_town_is_taken_from_the_group_the_story_names():
    assert roles("Soldiers retook Arbinda on Saturday after clashes in which four soldiers were killed. The town "
                 "had been cut off since mid-2025 by fighters of JNIM.", "Aribinda") == ("Burkinabe armed forces", "JNIM")
    assert roles("The army recaptured Arbinda from JNIM on Saturday.", "Aribinda") == ("Burkinabe armed forces", "JNIM")
    # near miss: two groups named, none said to hold the town
    assert roles("Soldiers retook Arbinda on Saturday. JNIM and the Islamic State both operate in the area.",
                 "Aribinda") == ("Burkinabe armed forces", "Unidentified armed group")


# ------------------------------------------------------------ "N months after" another incident

def test_an_incident_told_after_n_months_after_is_its_own():
    evs = events("Gunmen kidnapped a nun in Makalondi on Monday. In April, a Swiss woman was kidnapped from her home "
                 "in the northern city of Agadez, three months after an Austrian woman was seized by armed men in the "
                 "same city in January.")
    agadez = sorted((e.event_date, e.foreign_actors) for e in evs if e.location == "Agadez")
    assert agadez == [("2025-01-15", "Austria"), ("2025-04-15", "Switzerland")]
    evs = events("Gunmen kidnapped a nun in Makalondi on Monday. In April, a Swiss woman was kidnapped in Agadez, "
                 "two weeks after an Italian priest was abducted in Niamey.")
    assert {(e.location, e.foreign_actors) for e in evs} >= {("Agadez", "Switzerland"), ("Niamey", "Italy")}
    # near miss: "days after she had been threatened" tells no other incident
    evs = events("Gunmen kidnapped a nun in Makalondi on Monday. A Swiss woman was kidnapped in Agadez in April, "
                 "days after she had been threatened.")
    assert [e.location for e in evs] == ["Makalondi", "Agadez"]


# ------------------------------------------------------------ the place of an office holder taken

def test_the_office_holders_town_is_the_place_of_his_abduction():
    assert at("Gunmen on motorbikes have abducted the mayor of Dargol, a rural commune in Niger's Tillabéri region "
              "close to the border with Burkina Faso and Mali, local sources say.", "Dargol").sub_event_type == \
        "Abduction/forced disappearance"
    assert at("Gunmen abducted the mayor of Dargol on Wednesday night.", "Dargol").actor1 == "Unidentified armed group"
    # near miss: another town is where the arrest happened
    assert [e.location for e in events("Police arrested the governor of Tillaberi in Niamey on Wednesday.")] == ["Niamey"]
