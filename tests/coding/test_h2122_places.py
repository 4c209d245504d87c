"""Places of events (held-out sets 21 and 22, places class).

Texts of our own wording; expected values checked by reading them."""

from datetime import date

from analysis.coding.extract import code_text

_PUB = date(2024, 3, 8)


def _places(text: str, published: date = _PUB) -> list[str]:
    return [e.location for e in code_text(text, published, title="", outlet="x", article_id="text")]


def test_village_located_in_a_towns_area_is_a_place():
    # "X, in the Y area": a small village the gazetteer holds in Y's cercle is cued as a place by
    # the area it is located in, as "X, in the Y district" is; the event is at the village
    assert _places("Gunmen killed six villagers in central Mali on Tuesday. The attack on Zamaga, in the "
                   "Niono area, began at dawn, a local official said.") == ["Zamaga"]
    assert _places("Gunmen killed six villagers in central Mali on Tuesday. The attack on Zéréma, in the "
                   "Bankass area, began at dawn, a local official said.") == ["Zéréma"]


def test_village_not_in_the_named_area_is_no_cue():
    # negative: the area named does not hold the name's village: no cue, the area's town stays
    assert _places("Gunmen killed six villagers in central Mali on Tuesday. The attack on Zéréma, in the "
                   "Niono area, began at dawn, a local official said.") == ["Niono"]


def test_road_far_end_is_the_place_when_the_next_sentence_measures_from_it():
    # "on the road between X and Y" + "... about 10 kilometres from Y" / "near Y": the story
    # places the spot by the far end, so the event is at Y, not at the road's first end
    assert _places("Gunmen ambushed a bus on the road between Kayes and Diéma on Wednesday, killing three "
                   "passengers. The attackers stopped the bus about 10 kilometres from Diéma, a witness said.") == ["Diéma"]
    assert _places("Jihadists attacked a supply convoy on Monday on the road between Hombori and Douentza, "
                   "killing four drivers. The trucks were hit near Douentza, a transporter said.") == ["Douentza"]


def test_road_first_end_stays_when_the_far_end_is_named_otherwise():
    # negatives: the far end named again without a distance, or another town measured from
    assert _places("Gunmen ambushed a bus on the road between Kayes and Diéma on Wednesday, killing three "
                   "passengers. The bus had left Diéma in the morning, a witness said.") == ["Kayes"]
    assert _places("Gunmen ambushed a bus on the road between Kayes and Diéma on Wednesday, killing three "
                   "passengers. Diéma lies about 150 kilometres from Kayes.") == ["Kayes"]


def test_cargo_destination_goes_when_the_next_sentence_places_the_spot_near_another_town():
    # "attacked a convoy carrying food to X" + "The convoy was ambushed near Y, about 30 km from X":
    # the destination was the lead's only clue; the next sentence names the spot, measured from it
    assert _places("Jihadists on Tuesday attacked a convoy carrying food and medicine to Djibo, killing at "
                   "least ten soldiers, security sources said. The convoy was ambushed near Gaskindé, about "
                   "30 kilometres from Djibo, a source told AFP.") == ["Gaskindé"]
    assert _places("Gunmen on Monday attacked trucks supplying Diapaga, killing six drivers, a transporters' "
                   "union said. The vehicles were set on fire near Partiaga, some 25 km from Diapaga, the "
                   "union said.") == ["Partiaga"]


def test_cargo_destination_stays_the_only_clue_otherwise():
    # negatives: the destination named again as a place of its own, or no other town measured from it
    assert _places("Jihadists on Tuesday attacked a convoy carrying food and medicine to Djibo, killing at "
                   "least ten soldiers, security sources said. The army later sent reinforcements to Djibo, "
                   "a source told AFP.") == ["Djibo"]
    assert _places("Jihadists on Tuesday attacked a convoy carrying food and medicine to Djibo, killing at "
                   "least ten soldiers, security sources said. Djibo lies about 200 kilometres from Kaya.") == ["Djibo"]


def test_unnamed_village_near_a_town_is_the_village_the_next_sentence_names():
    # "a raid on a village near (the town of) X" + "raided Y, about 20 km west of X": Y is that
    # village, X only the landmark the lead located it by (no second event at X)
    assert _places("Jihadists killed eight herders in an attack on a small village near Diffa, local "
                   "authorities said on Thursday. The assailants raided Chétimari, some 20 km west of Diffa, "
                   "late on Tuesday, a resident said.") == ["Chétimari"]
    assert _places("Gunmen killed six civilians during an overnight raid on a village near the town of "
                   "Kongoussi, officials said on Thursday. The attackers stormed Bourzanga, about 40 km north "
                   "of Kongoussi, overnight Tuesday to Wednesday, a local official said.") == ["Bourzanga"]


def test_a_post_near_a_town_keeps_the_town():
    # negatives: no unnamed village (an army post near the town), or no village named after it
    assert _places("Gunmen attacked an army post near Kongoussi on Tuesday, killing four soldiers. Residents "
                   "of Bourzanga, about 40 km north of Kongoussi, said they heard gunfire.") == ["Kongoussi"]
    assert _places("Gunmen killed six civilians during a raid on a village near the town of Kongoussi on "
                   "Tuesday, officials said. Kongoussi lies about 40 km south of Bourzanga.") == ["Kongoussi"]


def test_event_in_a_department_or_cercle_is_at_the_town_it_is_named_after():
    # "in the X department", "in the X cercle" (Niger, Mali): the unit is named after its seat, the
    # location ACLED gives an event told only by such a unit
    assert _places("Gunmen on Sunday attacked two villages in the Torodi department, killing 30 civilians, "
                   "officials said.") == ["Torodi"]
    assert _places("Jihadists killed 12 herders in the Niono cercle on Tuesday, local officials said.") == ["Niono"]
    # (GeoNames puts the Say department's point in Torodi's: the seat is found by its admin2's name)
    evs = code_text("Jihadists killed 12 herders in the Say department on Tuesday, local officials said.",
                    _PUB, title="", outlet="x", article_id="text")
    assert [(e.location, e.admin2) for e in evs] == [("Say", "Say")]


def test_province_and_region_keep_no_location():
    # negatives: a Burkina province is named for its land (Soum province's seat is Djibo, not its
    # village Soum); a region names no location (dev-set convention)
    assert _places("Jihadists killed 12 herders in the Soum province on Tuesday, local officials said.") == [""]
    assert _places("Jihadists killed 12 herders in the Tahoua region on Tuesday, local officials said.") == [""]


def test_toll_over_incidents_on_record_is_a_tally_not_events_in_its_regions():
    # "N civilians were killed in M security incidents recorded in the X and Y regions in
    # January": a report's tally, no incident at region level in each region
    assert _places("According to the monthly report, 95 civilians were killed in 41 security incidents "
                   "recorded in the Mopti and Ségou regions in January, the UN mission said.") == []
    assert _places("The report said 210 people died in more than 60 attacks documented in the Sahel region "
                   "between October and December.") == []


def test_incidents_told_with_their_day_stay_events():
    # negative: two attacks told by their day and town, nothing recorded: an incident
    assert _places("Gunmen killed 15 civilians in two attacks on villages near Djibo on Sunday, residents said.") == ["Djibo"]


def test_road_told_with_a_heading_names_its_far_ends_only():
    # "the road from X north to Y and Z": a heading between the ends; Y and Z (a list) only name
    # where the road leads, so "the town" the army retook is X, not Y and Z
    assert _places("The road from Gao south to Ansongo and Labbezanga is a lifeline for the army, which has "
                   "held Gao since it retook the town from jihadists in January 2013.") == ["Gao"]
    assert _places("The highway from Mopti east to Douentza and Hombori is a lifeline for the army, which has "
                   "controlled Mopti since it recaptured the town from rebels in February 2013.") == ["Mopti"]


def test_towns_retaken_as_a_list_stay_two_places():
    # negative: no road, the list names the places of the act
    assert sorted(_places("Troops retook Ansongo and Labbezanga from jihadists in January 2013, the army "
                          "said.")) == ["Ansongo", "Labézanga"]


def test_a_roads_one_named_end_goes_when_the_next_sentence_names_the_spot():
    # "fighting for control of the road linking X to <no place>" + "... ambushed a column near Y":
    # X only names the road; the fighting is the ambush near Y, no second event at X
    assert _places("Heavy fighting broke out on Monday for control of the road linking Kidal to the Algerian "
                   "border. Rebels ambushed an army column near Anefis, killing nine soldiers, the army "
                   "said.") == ["Anefis i-n-Darane"]
    assert _places("Clashes erupted on Monday over the highway linking Douentza to the north. Rebels attacked a "
                   "convoy near Boni, killing five soldiers, a source said.") == ["Boni"]


def test_a_roads_one_named_end_stays_without_a_spot():
    # negatives: nothing after it, or a next sentence naming a town without a spot near it
    assert _places("Heavy fighting broke out on Monday for control of the road linking Douentza to the north, "
                   "killing nine soldiers, the army said.") == ["Douentza"]
    assert _places("Clashes erupted on Monday over the highway linking Douentza to the north. Residents of Boni "
                   "said the fighting left five soldiers dead.") == ["Douentza"]


def test_a_journeys_start_is_the_clue_when_its_end_has_no_name():
    # "the vehicle was travelling from X toward a camp for displaced people when the device
    # exploded", after a lead placing the blast in a region only: X is the one town of the journey
    assert _places("Three traders were killed when their truck hit a landmine on Tuesday in the Mopti region, a "
                   "local official said. The truck was travelling from Douentza to a weekly market when the mine "
                   "exploded, he said.") == ["Douentza"]
    assert _places("Four passengers were killed when a bus struck an explosive device on Monday in the Sahel "
                   "region of Burkina Faso. The bus was travelling from Dori toward a camp for displaced people "
                   "when the device went off, a source said.") == ["Dori"]


def test_a_journey_between_two_towns_or_a_placed_blast_keep_no_start():
    # negatives: a journey named by both its ends; a blast the lead already places at a town
    assert _places("Four passengers were killed when a bus struck an explosive device on Monday in the Sahel "
                   "region of Burkina Faso. The bus was travelling from Dori to Sebba when the device went off, "
                   "a source said.") == [""]
    assert _places("Four passengers were killed when a bus struck an explosive device on Monday near Sebba. The "
                   "bus was travelling north from Dori, a source said.") == ["Sebba"]


def test_a_military_detachment_or_barracks_of_a_village_names_a_place():
    # "the military detachment of X", "the gendarmerie barracks of X": place nouns like "post",
    # "base", "garrison", so a small village the gazetteer holds is the event's place
    pub = date(2023, 3, 12)
    assert _places("Eleven soldiers were killed on Monday in an attack on the military detachment of Yobiri, "
                   "a security source said.", pub) == ["Yobiri"]
    assert _places("Gunmen attacked the gendarmerie barracks of Yitenga on Monday, killing four gendarmes, a "
                   "source said.", pub) == ["Yitenga"]


def test_a_detachment_of_fighters_names_no_place():
    # negative: "a detachment of Wagner fighters" is a unit of men, no place
    assert _places("Eleven soldiers were killed on Monday in an attack on a detachment of Wagner fighters, a "
                   "security source said.", date(2023, 3, 12)) == []


def test_news_spelling_of_in_chinnana():
    # place_aliases.csv: "Inchinanane" is the news spelling of GeoNames' In Chinnana (Ménaka)
    assert _places("Islamic State fighters attacked Inchinanane on Sunday, killing 12 civilians, local "
                   "officials said.") == ["In Chinnana"]
