"""Where an event happened, end to end (code_article): the place rules of analysis.coding.extract
(lists of towns, consequence clauses, the town told after the lead, journeys' ends, a town's
administrative area) and of analysis.coding.places (a unit's seat town, villages located by a
unit).

Texts are written for these tests; expected values checked by hand against the text and
data/reference/gazetteer.csv.
"""

from __future__ import annotations

import re
from datetime import date

from analysis.coding.extract import code_text
from analysis.coding.places import find_places
from analysis.records import Sentence

PUBLISHED = date(2025, 3, 12)  # a Wednesday: "Sunday" = 2025-03-09, "Monday" = 2025-03-10


def code(text: str):
    return code_text(text, PUBLISHED, outlet="Test Wire")


def where(text: str) -> list[tuple[str, str, bool]]:
    """(location, date, main) of each event, sorted."""
    return sorted((e.location, e.event_date, e.is_main) for e in code(text))


def places(text: str):
    sents = [Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]?", text))]
    return find_places(text, sents)


LEAD_MALI = "BAMAKO, March 11 (Reuters) - Gunmen killed five soldiers near Sofara in central Mali on Monday, the army said. "


# ------------------------------------------------------------------ a list of towns: one event per town


def test_background_list_of_towns_ending_in_several_other_towns_gives_one_event_per_named_town():
    text = LEAD_MALI + ("On January 5, jihadists attacked army positions in Kayes, Nioro du Sahel and several other "
                        "towns, the army said at the time.")
    assert where(text) == [("Kayes", "2025-01-05", False), ("Nioro", "2025-01-05", False),
                           ("Sofara", "2025-03-10", True)]


def test_background_list_of_three_towns_gives_three_events():
    text = LEAD_MALI + "Last year on July 1, militants launched attacks on Kayes, Diema and Sandare, killing several soldiers."
    assert where(text) == [("Diéma", "2024-07-01", False), ("Kayes", "2024-07-01", False),
                           ("Sandaré", "2024-07-01", False), ("Sofara", "2025-03-10", True)]


def test_separate_incident_at_two_towns_gives_two_events():
    text = LEAD_MALI + "Separately, militants attacked Diema and Nioro on Tuesday."
    assert [w for w in where(text) if w[0] != "Sofara"] == [("Diéma", "2025-03-11", False), ("Nioro", "2025-03-11", False)]


def test_headline_list_of_towns_still_splits():
    text = "BAMAKO, March 11 (Reuters) - Militants attacked army camps in Kayes, Nioro du Sahel and Diema on Monday, the army said."
    assert where(text) == [("Diéma", "2025-03-10", True), ("Kayes", "2025-03-10", True), ("Nioro", "2025-03-10", True)]


def test_a_comma_and_also_in_locates_a_town_it_is_no_list():
    # near miss: "Ouallam, also in Tillaberi" names one place (Tillaberi is the region's seat)
    text = ("NIAMEY, March 11 (Reuters) - Gunmen killed five soldiers near Tera on Monday, the army said. In July 2024, "
            "IS Sahel fighters killed 15 soldiers in an ambush near Ouallam, also in Tillaberi.")
    assert where(text) == [("Ouallam", "2024-07-15", False), ("Téra", "2025-03-10", True)]


# ------------------------------------------------------------------ a consequence clause names no event place


def test_place_of_a_consequence_clause_is_not_the_event_place():
    text = LEAD_MALI + ("JNIM announced a blockade on fuel imports in September 2024, and has since attacked hundreds of "
                        "tankers on the main roads, causing long queues at petrol stations in Bamako.")
    assert "Bamako" not in [w[0] for w in where(text)]


def test_sparking_shortages_in_a_town_leaves_the_attack_where_it_happened():
    text = LEAD_MALI + "In September 2024, militants burned 40 trucks near Kayes, sparking fuel shortages in Bamako."
    assert [w[0] for w in where(text)] == ["Kayes", "Sofara"]


def test_forcing_stations_to_close_in_a_town_is_no_place_of_the_headline():
    text = ("BAMAKO, March 11 (Reuters) - Militants set fire to fuel trucks on Monday, forcing petrol stations in Bamako "
            "to close, a union official said.")
    (e,) = code(text)
    assert e.location == "" and e.country == "Mali"


def test_killing_clause_still_places_the_event():
    # near miss: a killing told as a participle is the event itself
    text = "BAMAKO, March 11 (Reuters) - Militants attacked a convoy on Monday, killing 12 soldiers near Boni, the army said."
    assert [w[0] for w in where(text)] == ["Boni"]


def test_an_event_told_inside_the_consequence_clause_keeps_its_place():
    text = LEAD_MALI + "In September 2024, militants burned 40 trucks on the road to the capital, prompting protests in Kati."
    evs = [e for e in code(text) if e.location != "Sofara"]
    assert [(e.location, e.event_type) for e in evs] == [("Kati", "Protests")]


# ------------------------------------------------------------------ the town told in the sentence after the lead


def test_town_of_the_next_sentence_that_tells_the_day_again_places_the_headline():
    text = ("NIAMEY, Niger (AP) — Gunmen kidnapped an Italian priest from a parish in southwestern Niger near the border "
            "with Burkina Faso, church officials said Tuesday. The priest was taken late Sunday from the parish in Torodi, "
            "about 60 kilometers south of the capital, Niamey, by several armed men on motorcycles, an official said.")
    (e,) = code(text)
    assert (e.location, e.admin1, e.event_date) == ("Torodi", "Tillabéri", "2025-03-09")


def test_town_of_a_pronoun_sentence_with_the_day_places_the_headline():
    text = ("NIAMEY, Niger (AP) — Gunmen kidnapped an Italian priest in southwestern Niger, church officials said Tuesday. "
            "He was seized on Sunday night at his home in Torodi, a church official said.")
    (e,) = code(text)
    assert e.location == "Torodi"


def test_town_of_the_next_sentence_naming_the_perpetrator_places_the_headline():
    text = ("OUAGADOUGOU (Reuters) - Gunmen killed at least 20 civilians in northern Burkina Faso on Sunday, local sources "
            "said. The victims were travelling near Kaya when armed men stopped their vehicles.")
    (e,) = code(text)
    assert (e.location, e.geo_precision) == ("Kaya", 2)


def test_a_town_described_after_the_lead_does_not_place_the_headline():
    # near misses: a description of a town, an incident of another day
    lead = "OUAGADOUGOU (Reuters) - Gunmen killed at least 20 civilians in northern Burkina Faso on Sunday, local sources said. "
    (e,) = code(lead + "Kaya hosts thousands of displaced people.")
    assert e.location == "" and e.country == "Burkina Faso"
    assert where(lead + "Last month, militants killed 12 people in Kaya.") == [("", "2025-03-09", True),
                                                                               ("Kaya", "2025-02-15", False)]


# ------------------------------------------------------------------ a journey's end is not where the bomb went off


def test_bus_travelling_back_to_a_town_hit_near_the_market_village():
    text = ("OUAGADOUGOU, Burkina Faso (AP) — A bus carrying traders struck an explosive device on a road in northern "
            "Burkina Faso, killing at least 14 passengers, a local official said Tuesday. The bus was traveling Sunday "
            "afternoon back to Djibo from the weekly market in Tongomayel when it hit the bomb a few kilometers outside "
            "the village, the official said.")
    assert [w[0] for w in where(text)] == ["Tongomayel"]


def test_passengers_heading_home_to_a_town_name_no_place_of_the_blast():
    text = ("OUAGADOUGOU, Burkina Faso (AP) — A bus carrying traders hit a landmine near Tongomayel on Sunday, killing 14 "
            "people, officials said. The passengers were heading home to Djibo from the market.")
    assert [w[0] for w in where(text)] == ["Tongomayel"]


def test_coming_under_fire_close_to_a_town_is_no_journey():
    # near miss: "close to" after "coming under fire" is where it happened
    text = "OUAGADOUGOU, Burkina Faso (AP) — Soldiers coming under fire close to Kaya on Sunday killed 10 militants, the army said."
    assert [w[0] for w in where(text)] == ["Kaya"]


# ------------------------------------------------------------------ a department named after its town


def test_name_of_a_department_without_a_unit_word_is_its_seat_town():
    # GeoNames: "Matiacoali" is a name of the department (A.ADM3) only; the town is Matiakoali
    (p,) = places("Ground units clashed with a group of terrorists at Matiacoali on Tuesday.")
    assert (p.name, p.feature, p.admin1, p.admin2, p.gazetteer_id) == ("Matiakoali", "P.PPL", "Est", "Gourma", "2358020")


def test_department_named_with_its_unit_word_stays_the_department():
    (p,) = places("Gunmen attacked a school in the Matiacoali department on Tuesday.")
    assert (p.name, p.feature) == ("Matiacoali Department", "A.ADM3")


def test_town_area_of_a_province_is_found_and_the_province_is_no_second_place():
    text = ("OUAGADOUGOU, Jan. 12 (Xinhua) -- Units operating in the Kantchari area of Tapoa province dismantled a "
            "terrorist base on Jan. 9, killing several terrorists.")
    ps = places(text)
    assert [(p.name, p.qualifier) for p in ps] == [("Ouagadougou", ""), ("Kantchari", "area"),
                                                   ("Province de la Tapoa", "region")]
    assert {e.location for e in code(text)} == {"Kantchari"}


def test_town_area_of_another_province_is_not_that_town():
    # near miss: Djibo lies in Soum province, not in Tapoa
    ps = places("Gunmen killed five people in the Djibo area of Tapoa province on Jan. 9.")
    assert [p.name for p in ps] == ["Province de la Tapoa"]


def test_town_with_its_province_after_a_comma_is_one_place():
    text = "OUAGADOUGOU, Jan. 12 (Xinhua) -- Gunmen killed five people near Kantchari, Tapoa province, on Jan. 9."
    assert [(e.location, e.geo_precision) for e in code(text)] == [("Kantchari", 2)]


# ------------------------------------------------------------------ villages located by their unit


def test_villages_the_gazetteer_lacks_located_by_their_province():
    # neither Nondin nor a Soro of Yatenga province is in GeoNames (three Soro lie in Boucle du Mouhoun)
    text = ("OUAGADOUGOU (Reuters) - Soldiers killed 12 civilians near Kaya on Sunday, residents said. In a report last "
            "year, HRW said soldiers executed at least 223 villagers in Nondin and Soro in the northern Yatenga province "
            "on Feb. 25, 2024.")
    ps = [p for p in places(text) if p.feature == "unlisted"]
    assert [(p.name, p.country, p.admin1, p.admin2, p.geo_precision) for p in ps] == [
        ("Nondin", "Burkina Faso", "Nord", "Yatenga", 2), ("Soro", "Burkina Faso", "Nord", "Yatenga", 2)]
    assert sorted((e.location, e.admin1, e.event_date) for e in code(text) if not e.is_main) == [
        ("Nondin", "Nord", "2024-02-25"), ("Soro", "Nord", "2024-02-25")]


def test_village_of_the_province_in_the_gazetteer_takes_its_entry():
    ps = places("Soldiers executed 30 villagers in Nondin and Kosoro in the Yatenga province.")
    assert [(p.name, p.feature, p.gazetteer_id) for p in ps if p.name != "Province du Yatenga"] == [
        ("Nondin", "unlisted", ""), ("Kosoro", "P.PPL", "2359033")]


def test_month_before_a_province_is_no_village():
    # near miss: "in January in the Yatenga province"
    ps = places("Soldiers executed 30 villagers in January in the Yatenga province.")
    assert [p.name for p in ps] == ["Province du Yatenga"]


def test_background_list_joint_toll_goes_to_the_first_named_town():
    text = LEAD_MALI + "On January 5, jihadists killed 30 civilians in Diema and Sandare, the army said at the time."
    bg = sorted((e.location, e.fatalities_low, e.fatalities_high) for e in code(text) if not e.is_main)
    assert bg == [("Diéma", 30, 30), ("Sandaré", None, None)]


def test_source_worker_in_a_town_is_no_place_of_the_blast():
    text = ("OUAGADOUGOU, Burkina Faso (AP) — A bus struck an explosive device near Tongomayel in northern Burkina Faso "
            "on Sunday, killing at least 14 passengers, a local official said Tuesday. A humanitarian worker in Djibo "
            "who helped evacuate the wounded said 19 people had died.")
    assert [(e.location, e.fatalities_low, e.fatalities_high) for e in code(text)] == [("Tongomayel", 14, 19)]


def test_town_of_the_scene_setting_lead_places_an_incident_told_in_a_region():
    text = ("The first shots rang out before dawn, when the gendarmes at the post in Tougan, a market town in Burkina "
            "Faso's Boucle du Mouhoun region, were still asleep.\n\nBy the time the shooting stopped, at least 14 "
            "gendarmes had been killed, survivors said.\n\nThe attack took place on Sunday.")
    (e,) = code(text)
    assert (e.location, e.admin1, e.event_date) == ("Tougan", "Boucle du Mouhoun", "2025-03-09")


def test_town_of_the_next_sentence_places_an_incident_told_in_its_region():
    text = ("OUAGADOUGOU (Reuters) - Gunmen killed at least 20 civilians in Burkina Faso's Centre-Nord region on Sunday, "
            "local sources said. The victims were travelling near Kaya when armed men stopped their vehicles.")
    (e,) = code(text)
    assert (e.location, e.admin1) == ("Kaya", "Centre-Nord")


def test_town_of_another_region_does_not_place_an_incident_told_in_a_region():
    # near miss: Djibo lies in the Sahel region, not in Centre-Nord
    text = ("OUAGADOUGOU (Reuters) - Gunmen killed at least 20 civilians in Burkina Faso's Centre-Nord region on Sunday, "
            "local sources said. The victims were travelling near Djibo when armed men stopped their vehicles.")
    (e,) = code(text)
    assert (e.location, e.admin1) == ("", "Centre-Nord")
