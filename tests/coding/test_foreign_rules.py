"""code_article: who counts among an event's associated and foreign actors (extract._to_event).

Short texts written for these tests in wire style; every expected value was checked by hand
against the text and data/reference/actors.yaml.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_article, code_text
from analysis.records import Article

PUBLISHED = date(2023, 11, 8)  # a Wednesday


def main_event(text: str):
    evs = code_text(text, PUBLISHED, outlet="Test Wire")
    return next(e for e in evs if e.is_main)


# ---------------------------------------------------------------- a foreign company is hit


@pytest.mark.parametrize("text, foreign", [
    # a company's nationality by the country's possessive, an adjective, "-owned"
    ("Gunmen ambushed a convoy carrying workers of Canada's Semafo near Boungou on Tuesday, killing 39 people.",
     "Canada"),
    ("Gunmen attacked a convoy of the Canadian mining company Semafo near Boungou on Tuesday, killing 39 people.",
     "Canada"),
    ("Gunmen kidnapped five employees of a Chinese company in Kayes on Saturday.", "China"),
    ("Gendarmes arrested four guards working for the Chinese-owned firm that runs the pipeline near Gaya "
     "on Tuesday.", "China"),
])
def test_a_foreign_company_hit_by_the_event_is_a_foreign_actor(text, foreign):
    assert main_event(text).foreign_actors == foreign


@pytest.mark.parametrize("text", [
    # near misses: a thing made abroad, a foreign commentator, a firm told as the place, a firm of
    # a city (no country), the company speaking
    "Gunmen armed with Chinese-made weapons attacked a village near Kayes on Saturday, killing three people.",
    "Gunmen attacked a village near Kayes on Saturday, killing three people, a Canadian analyst said.",
    "Gunmen attacked a village near a Chinese company's gold mine near Kayes on Saturday, killing three people.",
    "Gunmen attacked a village near Kayes on Saturday, killing three people, the Canadian mining company said.",
])
def test_a_foreign_company_that_is_not_hit_is_no_foreign_actor(text):
    e = main_event(text)
    assert (e.location, e.actor2, e.foreign_actors) == ("Kayes", "Civilians", "")


def test_a_foreign_victim_counts_when_no_target_was_resolved():
    # an abduction whose victim no role names ("seized" a woman): her nationality still counts
    e = main_event("Kidnappers abducted a Swiss woman in Agadez on Saturday.")
    assert (e.sub_event_type, e.foreign_actors) == ("Abduction/forced disappearance", "Switzerland")


# ---------------------------------------------------------------- a joint force of several states


@pytest.mark.parametrize("text, assoc, foreign", [
    ("Aircraft from Mali, Burkina Faso and Niger conducted joint strikes against Islamic State Sahel positions "
     "near Tin-Akoff on Monday, killing 54 terrorists.", {"Malian armed forces", "Nigerien armed forces"},
     {"Mali", "Niger"}),
    ("Mali, Burkina Faso and Niger formed an alliance in 2023. On Monday, aircraft from the three countries "
     "conducted joint strikes against Islamic State Sahel positions around Tin-Akoff, killing 54 terrorists.",
     {"Malian armed forces", "Nigerien armed forces"}, {"Mali", "Niger"}),
    ("Troops from Niger and Burkina Faso killed 20 terrorists near Djibo on Monday.",
     {"Nigerien armed forces"}, {"Niger"}),
])
def test_a_joint_force_is_led_by_the_host_with_its_partners_foreign(text, assoc, foreign):
    e = main_event(text)
    assert e.actor1 == "Burkinabe armed forces"
    assert set(e.assoc_actor_1.split("; ")) == assoc
    assert set(e.foreign_actors.split("; ")) == foreign


def test_countries_named_elsewhere_in_the_sentence_are_no_partners():
    e = main_event("Burkinabe troops killed 20 terrorists near Djibo on Monday, weeks after Malian and Nigerien "
                   "leaders met.")
    assert (e.actor1, e.assoc_actor_1, e.foreign_actors) == ("Burkinabe armed forces", "", "")


# ---------------------------------------------------------------- a foreign state's strike


@pytest.mark.parametrize("text", [
    "In January 2021 a French air strike near Bounti hit a wedding party, killing 19 civilians, according to a "
    "UN inquiry.",
    "French jets struck a gathering near Bounti on Monday, killing 19 civilians.",
])
def test_a_strike_with_a_nationality_is_that_countrys_force(text):
    e = main_event(text)
    assert (e.sub_event_type, e.actor1, e.actor2, e.foreign_actors) == (
        "Air/drone strike", "French armed forces", "Civilians", "France")


def test_a_strike_without_a_nationality_stays_the_event_countrys():
    e = main_event("An air strike near Bounti killed 19 civilians on Monday, the army said.")
    assert (e.actor1, e.foreign_actors) == ("Malian armed forces", "")


# ---------------------------------------------------------------- a foreign state signs an agreement


@pytest.mark.parametrize("text, actor1", [
    ("Niger's government and Russia signed a military cooperation agreement in Niamey on Monday.",
     "Government of Niger"),
    ("The junta signed a defence agreement with Russia in Bamako on Monday.", "Government of Mali"),
    ("Burkina Faso and Russia signed a nuclear deal in Ouagadougou on Monday.", "Government of Burkina Faso"),
])
def test_a_country_that_signs_an_agreement_is_its_government(text, actor1):
    e = main_event(text)
    assert (e.sub_event_type, e.actor1, e.actor2, e.foreign_actors) == (
        "Agreement", actor1, "Government of Russia", "Russia")


# ---------------------------------------------------------------- an unnamed army in a claim


def test_an_unnamed_army_in_a_groups_claim_is_never_a_foreign_force():
    # "JNIM claimed to have killed 20 soldiers": the soldiers of the attack's country; a later
    # incident in a neighbour does not make them that neighbour's foreign force
    evs = [ae.event for ae in code_article(Article(
        id="t", published=PUBLISHED, outlet="Test Wire",
        text="Jihadists press offensives across Mali and Burkina Faso\n\nJNIM attacked a Malian army position at "
             "Hombori on Saturday. JNIM claimed to have killed 20 soldiers.\n\nIn Burkina Faso, JNIM ambushed an "
             "army convoy near Sebba on Monday. The group said it killed 34 soldiers."))]
    by_place = {e.location: e for e in evs}
    assert (by_place["Hombori"].actor2, by_place["Hombori"].foreign_actors) == ("Malian armed forces", "")
    assert (by_place["Sebba"].actor2, by_place["Sebba"].foreign_actors) == ("Burkinabe armed forces", "")


def test_the_armed_forces_of_the_n_countries_are_each_countrys():
    e = main_event("Mali, Burkina Faso and Niger formed an alliance in 2023. On Monday, the armed forces of the "
                   "three countries conducted joint strikes against Islamic State Sahel positions around Tin-Akoff, "
                   "killing 54 terrorists.")
    assert e.actor1 == "Burkinabe armed forces"
    assert set(e.foreign_actors.split("; ")) == {"Mali", "Niger"}


def test_a_foreign_force_listed_with_the_agent_in_a_headline_is_its_partner():
    # the body names only the army's side ("the army said it neutralised terrorists"); the
    # headline lists the Russian force with the troops accused
    e = main_event("Malian troops and Russian fighters accused of market killings in Sofara\n\nAt least 24 men were "
                   "killed at the market in Sofara on Tuesday, witnesses said. The army said it neutralised "
                   "terrorists in the area.")
    assert (e.actor1, e.assoc_actor_1, e.foreign_actors) == ("Malian armed forces", "Wagner Group", "Wagner Group")


def test_a_group_listed_with_the_agent_is_no_partner():
    e = main_event("Malian troops and JNIM clashed near Sofara on Tuesday, leaving 24 dead.")
    assert (e.assoc_actor_1, e.foreign_actors) == ("", "")


def test_a_foreign_force_listed_with_the_target_army_is_its_partner():
    e = main_event("The FLA said its fighters clashed on Sunday with a column of Malian troops and Russian "
                   "paramilitaries from the Africa Corps near Aguelhok, killing 12 soldiers.")
    assert (e.actor1, e.actor2, e.assoc_actor_2, e.foreign_actors) == (
        "CSP/FLA", "Malian armed forces", "Africa Corps", "Africa Corps")
    # near miss: a foreign force named in another part of the sentence (its departure) is no party
    e = main_event("JNIM fighters clashed with Malian troops near Aguelhok on Sunday, killing 12 soldiers, weeks "
                   "after Russia's Africa Corps left the town.")
    assert (e.assoc_actor_2, e.foreign_actors) == ("", "")


@pytest.mark.parametrize("clause, countries", [
    # a compound adjective names a thing, not a person
    ("rebels sabotaged the pipeline to protest against the Chinese-operated oil project", []),
    ("the attackers seized the Chinese-made rifles of the guards", []),
    # near misses that still name people
    ("the three Chinese were seized at the mine", ["China"]),
    ("gunmen kidnapped two Chinese nationals near the site", ["China"]),
])
def test_victim_nationalities_need_people(clause, countries):
    from analysis.coding.extract import victim_nationalities

    assert victim_nationalities(clause, "Niger") == countries


@pytest.mark.parametrize("clause, countries", [
    # a private military or security firm is an armed force (an actor of its own), not a firm hit
    ("the army of Mali and the Russian private military firm Wagner both reported losses", []),
    ("rebels ambushed guards of a Turkish private security company near the mine", []),
    # near miss: a firm whose people were hit
    ("gunmen kidnapped two employees of a Turkish construction company", ["Turkey"]),
])
def test_a_private_military_firm_is_no_company_hit(clause, countries):
    from analysis.coding.actors import company_nationalities

    assert company_nationalities(clause, "Mali") == countries


def test_a_third_signatory_is_listed_once():
    # the first two signatories are actor1 and actor2, the third an associate of actor2 only
    ev = main_event("Mali, Burkina Faso and Niger signed a defence pact in Niamey on Monday.")
    assert (ev.actor1, ev.actor2) == ("Government of Mali", "Government of Burkina Faso")
    assert (ev.assoc_actor_1, ev.assoc_actor_2) == ("", "Government of Niger")
