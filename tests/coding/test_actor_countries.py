"""Every country the gazetteer can place an event in has a government and forces in the actor
dictionary, and the events of those countries are coded with them.

Without them "the army" / "the government" of an event in e.g. Benin or Guinea resolved to
nothing and the event was silently not coded (extract: an event without actor1 is dropped), or
it was coded with an empty side. The sentences below were written for these tests in the way
wire copy tells such events; every expected value was checked by hand against the sentence,
data/reference/actors.yaml and data/reference/countries.csv.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis import paths
from analysis.coding import actors as A
from analysis.coding.extract import code_text
from analysis.coding.gazetteer import _read_csv_rows
from analysis.records import Sentence

PUBLISHED = date(2023, 11, 8)  # a Wednesday

# Foreign states the dictionary knows besides the gazetteer's countries: their forces or
# government act in Sahel events (Barkhane, AFRICOM, Wagner / Africa Corps, the Kremlin).
KNOWN_FOREIGN_STATES = {"France", "United States", "Russia"}


def _gazetteer_countries() -> list[str]:
    rows = _read_csv_rows(paths.REFERENCE / "countries.csv", ["id", "name", "lat", "lon", "reason"])
    return [r["name"] for r in rows]


def code(text: str):
    return code_text(text, PUBLISHED, outlet="Test Wire")


def one(text: str):
    evs = code(text)
    assert len(evs) == 1, [(e.country, e.sub_event_type, e.actor1, e.actor2) for e in evs]
    return evs[0]


# ------------------------------------------------------------------------- consistency


def test_the_gazetteer_lists_the_sixteen_countries():
    names = _gazetteer_countries()
    assert len(names) == len(set(names)) == 16
    assert {"Mali", "Burkina Faso", "Niger", "Benin", "Guinea", "Guinea-Bissau", "Côte d'Ivoire"} <= set(names)


@pytest.mark.parametrize("country", _gazetteer_countries())
def test_every_gazetteer_country_has_one_government_and_a_state_force(country):
    d = A.load_dictionary()
    entry = d.countries.get(country)
    assert entry is not None, f"{country}: no `countries:` entry in actors.yaml"
    govs = [a for a in d.actors.values() if a.kind == "government" and a.country == country]
    assert [g.name for g in govs] == [entry.government], country  # exactly one, and it is the one used
    forces = [a for a in d.actors.values() if a.kind == "state_force" and a.country == country]
    assert forces, country
    # "the army" of an event in the country is one of its own forces
    rule = next(r for r in entry.forces if r.applies(country, PUBLISHED))
    assert rule.actor in {f.name for f in forces}
    for actor in [entry.government, rule.actor]:
        assert d.actors[actor].inter == 1
        assert A.inter_code(actor, country) == 1 and not A.is_foreign(actor, country)
        assert A.inter_code(actor, "Mali" if country != "Mali" else "Niger") == 8  # abroad: External
        assert A.foreign_label(actor) == country
    # news refers to the country by its name and a nationality adjective
    assert entry.names and entry.adjectives


def test_every_state_actor_belongs_to_a_gazetteer_country_or_a_known_foreign_state():
    d = A.load_dictionary()
    allowed = set(_gazetteer_countries()) | KNOWN_FOREIGN_STATES
    for a in d.actors.values():
        if a.kind in ("state_force", "government"):
            assert a.country in allowed, a.name
            assert a.country in d.countries, a.name  # its country entry resolves "French troops"
        elif a.country is not None:
            assert a.country in allowed, a.name  # Wagner Group: Russia; VDP: Burkina Faso


def test_every_country_entry_points_at_its_own_actors():
    d = A.load_dictionary()
    for c in d.countries.values():
        if c.government is not None:
            assert d.actors[c.government].country == c.name, c.name
        for rule in c.forces:
            home = d.actors[rule.actor].country
            assert home == c.name or d.actors[rule.actor].kind == "pmc", c.name  # Russia: Wagner


# ------------------------------------------------------------------------ mentions


def _find(text: str, country: str) -> list[tuple[str, str, bool]]:
    sents = [Sentence(0, 0, len(text), text)]
    return [(m.text, m.actor, m.generic) for m in A.find_actors(text, sents, country=country, when=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Beninese soldiers repelled the attack.", "Benin", [("Beninese soldiers", "Beninese armed forces", False)]),
        ("Togo's army said it repelled the attack.", "Togo", [("Togo's army", "Togolese armed forces", False)]),
        ("Nigerian troops crossed the border.", "Niger", [("Nigerian troops", "Nigerian armed forces", False)]),
        ("The Ivorian army reinforced the border.", "Mali", [("Ivorian army", "Ivorian armed forces", False)]),
        ("The Mauritanian army denied it.", "Mali", [("Mauritanian army", "Mauritanian armed forces", False)]),
        ("The Guinean junta dissolved parliament.", "Guinea", [("Guinean junta", "Government of Guinea", False)]),
        ("Bissau-Guinean troops surrounded the palace.", "Guinea-Bissau",
         [("Bissau-Guinean troops", "Bissau-Guinean armed forces", False)]),
        ("Guinea-Bissau's army took power.", "Guinea-Bissau", [("Guinea-Bissau's army", "Bissau-Guinean armed forces", False)]),
        ("The authorities in Conakry denied it.", "Mali", [("authorities", "Government of Guinea", False)]),
        ("Mamadi Doumbouya was sworn in.", "Guinea", [("Mamadi Doumbouya", "Government of Guinea", False)]),
        ("The army said it killed ten assailants.", "Benin",
         [("army", "Beninese armed forces", True), ("assailants", "Unidentified armed group", True)]),
        ("The government declared three days of mourning.", "Côte d'Ivoire",
         [("government", "Government of Côte d'Ivoire", True)]),
        # Libya, Sudan: the nationality names the state's forces at home only ("Sudanese fighters"
        # raiding gold mines in northern Niger are no army)
        ("Sudanese fighters attacked the mine.", "Niger", []),
        ("Sudanese fighters attacked the mine.", "Sudan", [("Sudanese fighters", "Sudanese armed forces", False)]),
        ("The army shelled the town.", "Libya", [("army", "Libyan armed forces", True)]),
        ("Chad's government sent troops.", "Chad",
         [("Chad's government", "Government of Chad", False), ("troops", "Chadian armed forces", True)]),
    ],
)
def test_nationalities_names_and_capitals_of_the_other_countries(text, country, expected):
    assert _find(text, country) == expected


# ------------------------------------------------------------------------- events


def test_soldiers_killed_in_northern_benin_are_the_beninese_forces():
    e = one("Eight Beninese soldiers were killed on Tuesday when gunmen attacked an army post in northern Benin.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Beninese armed forces")
    assert (e.inter1, e.inter2, e.interaction) == (3, 1, 13)
    assert (e.country, e.location, e.geo_precision) == ("Benin", "", 3)
    assert (e.event_date, e.fatalities, e.foreign_actors) == ("2023-11-07", 8, "")


def test_jnim_attack_in_benin_without_a_nationality_gets_the_army_of_the_event_country():
    e = one("JNIM claimed responsibility for an attack on an army post in northern Benin on Tuesday "
            "that killed eight soldiers.")
    assert (e.actor1, e.actor2, e.interaction) == ("JNIM", "Beninese armed forces", 12)
    assert (e.country, e.fatalities) == ("Benin", 8)


def test_togolese_army_operation_is_coded_with_the_togolese_forces():
    e = one("Togolese soldiers killed 12 jihadists in northern Togo on Thursday, the army said.")
    assert (e.event_type, e.actor1, e.actor2, e.interaction) == ("Battles", "Togolese armed forces", "Unidentified armed group", 13)
    assert (e.country, e.fatalities, e.event_date) == ("Togo", 12, "2023-11-02")


def test_coup_in_guinea_is_coded_with_the_guinean_forces():
    e = one("Guinean soldiers staged a coup in Guinea on Sunday.")
    assert (e.disorder_type, e.event_type) == ("Strategic developments", "Strategic developments")
    assert (e.actor1, e.inter1, e.country, e.event_date) == ("Guinean armed forces", 1, "Guinea", "2023-11-05")
    assert e.foreign_actors == ""


def test_president_arrested_in_a_coup_in_guinea_is_the_government():
    e = one("Soldiers seized power in Guinea on Sunday and arrested President Alpha Conde, the army said.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.interaction) == (
        "Arrests", "Guinean armed forces", "Government of Guinea", 11)


def test_strategic_developments_in_cote_divoire_are_now_coded():
    # these were dropped while the dictionary named no government or forces for the country
    coup = one("A coup took place in Ivory Coast on Friday, the foreign ministry said.")
    assert (coup.actor1, coup.country, coup.geo_precision) == ("Ivorian armed forces", "Côte d'Ivoire", 3)
    pact = one("Ivory Coast signed a defence agreement on Friday.")
    assert (pact.sub_event_type, pact.actor1, pact.country) == ("Agreement", "Government of Côte d'Ivoire", "Côte d'Ivoire")


def test_air_strike_without_author_in_cote_divoire_is_the_state_forces():
    # as in the study countries: only states fly strike aircraft and armed drones there
    e = one("A drone strike killed five civilians in Ivory Coast on Friday.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.interaction) == (
        "Air/drone strike", "Ivorian armed forces", "Civilians", 17)


def test_nigerien_nigerian_joint_operation_lists_nigeria_as_a_foreign_actor():
    e = one("Nigerien and Nigerian troops killed 20 Boko Haram fighters on the border between Niger "
            "and Nigeria on Monday.")
    assert (e.actor1, e.actor2, e.interaction) == ("Nigerien armed forces", "Boko Haram", 12)
    assert e.assoc_actor_1 == "Nigerian armed forces"
    assert (e.country, e.foreign_actors, e.fatalities) == ("Niger", "Nigeria", 20)


def test_nigerian_troops_in_niger_are_an_external_force():
    e = one("Nigerian troops killed 12 militants near Diffa in Niger on Monday, the Nigerien army said.")
    assert (e.actor1, e.inter1, e.actor2, e.interaction) == ("Nigerian armed forces", 8, "Unidentified armed group", 38)
    assert (e.country, e.location, e.foreign_actors) == ("Niger", "Diffa", "Nigeria")


def test_agreement_of_two_countries_is_one_event_between_their_governments():
    # an agreement signed together is one event, the parties its two actors (ACLED), in the first
    # party's country when the text names no place; the other government acts outside its
    # country there: inter 8 and a foreign actor. (Unilateral acts of several countries, such as
    # withdrawing from ECOWAS, stay one event per country: test_extract.)
    evs = code("Niger and Nigeria signed a security agreement on Monday.")
    assert [(e.country, e.actor1, e.inter1, e.actor2, e.inter2, e.foreign_actors) for e in evs] == [
        ("Niger", "Government of Niger", 1, "Government of Nigeria", 8, "Nigeria"),
    ]


# ------------------------------------------------- nationals in an armed group's claim


def test_nationals_of_a_country_at_war_in_a_group_claim_are_its_soldiers():
    # JNIM fights the Beninese army: its communiqués count enemy losses by nationality
    e = one("JNIM said it killed 30 Beninese in an attack in northern Benin on Tuesday.")
    assert (e.event_type, e.actor1, e.actor2, e.country, e.fatalities) == (
        "Battles", "JNIM", "Beninese armed forces", "Benin", 30)
    assert not e.civilian_targeting


@pytest.mark.parametrize("text", ["JNIM said it killed two Mauritanians near Nioro on Tuesday.",
                                  "JNIM said it killed two Mauritanians in an attack in Mauritania on Tuesday."])
def test_nationals_of_a_neighbour_not_at_war_stay_civilians(text):
    # Mauritania has forces in the dictionary now, but is not at war with JNIM (at_war: false):
    # "two Mauritanians" are civilians, not the Malian or Mauritanian army
    e = one(text)
    assert (e.event_type, e.actor1, e.actor2, e.fatalities) == ("Violence against civilians", "JNIM", "Civilians", 2)
    assert e.civilian_targeting


def test_at_war_must_be_a_boolean(tmp_path):
    from analysis.errors import InputError

    text = A.ACTORS_FILE.read_text(encoding="utf-8")
    bad = tmp_path / "actors.yaml"
    bad.write_text(text.replace("    government: Government of Ghana\n    at_war: false",
                                "    government: Government of Ghana\n    at_war: maybe", 1), encoding="utf-8")
    with pytest.raises(InputError, match="at_war"):
        A.load_dictionary(bad)
    assert A.load_dictionary().countries["Ghana"].at_war is False
    assert A.load_dictionary().countries["Benin"].at_war is True
