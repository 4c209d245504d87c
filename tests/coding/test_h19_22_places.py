"""Places of events named beside reference places (the rounds tuned on the held-out sets h19-h22, places class).

Texts of our own wording; expected values checked by reading them."""

from datetime import date

from analysis.coding.extract import code_text

_PUB = date(2024, 3, 8)


def _places(text: str, published: date = _PUB) -> list[str]:
    return [e.location for e in code_text(text, published, title="", outlet="x", article_id="text")]


def test_road_ends_go_when_the_sentence_names_the_town_of_the_event():
    # "on the road between X and Y" only says where the road runs: the town named in the sentence
    # is the event's place, neither end of the road (also "between the towns/cities of X and Y")
    assert _places("Gunmen attacked the village of Toulfé on Monday, on the road between the towns of "
                   "Titao and Ouindigui, killing four civilians, a local official said.") == ["Toulfé"]
    assert _places("Jihadists overran an army camp in Hombori on Sunday, on the road between the cities of "
                   "Gossi and Douentza, killing 12 soldiers, the army said.") == ["Hombori"]


def test_road_first_end_stays_when_it_is_the_only_town():
    # negative: no other town in the sentence: the first end is the only clue (as before)
    assert _places("Gunmen ambushed a bus on the road between Kayes and Diéma on Wednesday, "
                   "killing three passengers.") == ["Kayes"]
    assert _places("Unidentified gunmen killed six traders on Tuesday on the road between the towns of "
                   "Kayes and Diéma, residents said.") == ["Kayes"]
    # a region named after the road is no town of the event
    assert _places("Suspected jihadists killed five civilians on Friday on the road between Abalak and "
                   "Tchintabaraden, in Niger's Tahoua region.") == ["Abalak"]


def _events(text: str, published: date):
    return [(e.event_date, e.location) for e in code_text(text, published, title="", outlet="x", article_id="text")]


def test_dateline_with_full_date_and_plain_hyphen_is_no_event_place_nor_date():
    # "Place, 3 May 2024 - ..." opens a dateline like "PLACE (AFP) -": where and when the story
    # was filed, not where or when the event happened
    assert _events("Niamey, 3 May 2024 - Six soldiers were killed on Wednesday when gunmen attacked the army "
                   "post of Ayorou, the army said.", date(2024, 5, 3)) == [("2024-05-01", "Ayorou")]
    assert _events("Ouagadougou, 14 June 2023 - Nine civilians were killed on Monday when armed men raided the "
                   "village of Toulfé, a local official said.", date(2023, 6, 14)) == [("2023-06-12", "Toulfé")]
    assert _events("Bamako, June 14, 2023 - Jihadists attacked an army post in Hombori on Monday, killing five "
                   "soldiers, the army said.", date(2023, 6, 14)) == [("2023-06-12", "Hombori")]


def test_date_and_hyphen_inside_a_sentence_is_no_dateline():
    # negative: a dated event in prose followed by a dash aside keeps its date
    assert _events("Gunmen killed four traders in Djibo on 12 March 2024 - the third attack this month - "
                   "residents said.", date(2024, 3, 15)) == [("2024-03-12", "Djibo")]


def test_journey_end_named_with_adjectives_before_its_town_noun():
    # "heading to the besieged northern town of X" names where the convoy was going, as "heading
    # to the town of X" does: the place it was hit is the event's
    assert _places("Jihadists attacked a supply convoy heading to the remote northern town of Arbinda on Monday, "
                   "killing ten soldiers, security sources said. The convoy was ambushed near Gorgadji, a "
                   "security source said.") == ["Gorgadji"]
    assert _places("Gunmen ambushed a bus travelling to the besieged town of Djibo on Monday, killing six "
                   "passengers, near Namsiguia, residents said.") == ["Namssiguia"]


def test_town_attacked_with_adjectives_stays_the_event_place():
    # negative: no journey word: the besieged town is the target
    assert _places("Jihadists attacked the besieged northern town of Djibo on Monday, killing ten soldiers, "
                   "security sources said.") == ["Djibo"]


def _where(text: str, published: date = date(2024, 3, 12)) -> list[tuple[str, str]]:
    return [(e.location, e.country) for e in code_text(text, published, title="", outlet="x", article_id="text")]


def test_hospital_where_the_wounded_died_later_is_no_event_place():
    # "died in hospital in X", "succumbed to their injuries at the hospital of X": where the
    # wounded died afterwards, not where they were attacked
    assert _where("Gunmen opened fire on a minibus in central Mali on Monday, killing six passengers, a local "
                  "official said. The toll rose to eight on Tuesday after two of the wounded died in hospital "
                  "in Mopti, he said.") == [("", "Mali")]
    assert _where("Jihadists ambushed an army patrol in northern Burkina Faso on Friday, killing four soldiers. "
                  "The death toll rose to seven on Saturday after three more soldiers succumbed to their "
                  "injuries at the regional hospital of Kaya, the army said.") == [("", "Burkina Faso")]


def test_people_who_died_in_a_town_name_the_event_place():
    # negative: "died in X" without a hospital is where they were killed
    assert _where("Twelve people died in Mopti on Monday when gunmen attacked a hospital, a local official "
                  "said.") == [("Mopti", "Mali")]


def test_placeless_lead_takes_the_town_where_its_vehicle_was_stopped():
    # "opened fire on a car ..." + "The car was stopped outside the town of X": the next sentence
    # goes on about the incident by its subject (a three-letter noun as a longer one)
    assert _where("Armed men opened fire on a car carrying traders in central Mali on Sunday, killing three "
                  "people. The car was stopped outside the town of Boni, residents said.") == [("Boni", "Mali")]
    assert _where("Gunmen opened fire on a passenger bus in western Mali on Sunday, killing seven people. "
                  "The bus, travelling from Kayes to Bamako, was stopped near the village of Sandaré, a "
                  "local official said.") == [("Sandaré", "Mali")]


def test_placeless_lead_takes_no_town_of_another_subject():
    # negative: "The one survivor" is not the bus, and the town is not the incident's
    assert _where("Armed men opened fire on a minibus in central Mali on Sunday, killing three people. The one "
                  "survivor was found near the town of Boni two days later, residents said.") == [("", "Mali")]


def test_place_a_distance_is_compared_with_is_no_event_place():
    # "the deadliest attack so close to the capital", "rarely struck this close to X": a yardstick
    assert _where("Gunmen ambushed a customs patrol in Burkina Faso on Monday, killing five officers, in the "
                  "deadliest attack so close to the capital this year. The patrol was attacked near Ziniaré, "
                  "officials said.") == [("Ziniaré", "Burkina Faso")]
    assert _where("Jihadists have rarely struck this close to Niamey. Gunmen attacked an army post in Niger on "
                  "Sunday, killing four soldiers.") == [("", "Niger")]


def test_close_to_a_town_without_a_comparison_is_the_event_place():
    # negative: "close to the capital, X" locates the post
    assert _where("Gunmen attacked a police post close to the capital, Bamako, on Monday, killing three "
                  "officers.") == [("Bamako", "Mali")]


def _placed(text: str) -> list[tuple[str, str]]:
    return [(e.event_date, e.location) for e in code_text(text, date(2024, 3, 12), title="", outlet="x",
                                                          article_id="text")]


def test_incident_in_an_area_told_again_at_a_town_of_it_is_that_towns():
    # "a village in the X area" + the same day's killing at a town near X: one incident, at the town
    assert _placed("Armed men attacked a village in the Djibo area on Monday, killing 14 civilians, a local "
                   "official said.\n\nFourteen people were killed in Gaskindé when the attackers opened fire on "
                   "the market on Monday, he said.") == [("2024-03-11", "Gaskindé")]
    assert _placed("Gunmen raided a village in the Bankass area of central Mali on Sunday, killing nine "
                   "civilians, the mayor said. Nine people were killed in Kani-Bonzon on Sunday, he said.") \
        == [("2024-03-10", "Kani-Bonzon")]


def test_incident_in_an_area_keeps_its_place_beside_another_days_or_a_far_towns():
    # negatives: another day's incident at a town of the area, and the same day's far away
    assert _placed("Gunmen raided a village in the Bankass area of central Mali on Sunday, killing nine "
                   "civilians, the mayor said. Two days earlier, gunmen killed four traders in Kani-Bonzon, "
                   "he said.") == [("2024-03-10", "Bankass"), ("2024-03-08", "Kani-Bonzon")]
    assert _placed("Gunmen raided a village in the Bankass area of central Mali on Sunday, killing nine "
                   "civilians, the mayor said. On Sunday, gunmen also killed four traders in Gao, "
                   "he said.") == [("2024-03-10", "Bankass"), ("2024-03-10", "Gao")]


def _mentions(text: str) -> list[tuple[str, str, str]]:
    from analysis.coding import places as P
    from analysis.coding import text as T

    return [(p.name, p.feature, p.qualifier) for p in P.find_places(text, T.split_sentences(text))]


def test_names_listed_before_a_plural_unit_word_are_units():
    # "the Segou and Mopti regions": each name of the list is a region, not its capital city
    assert _mentions("Most of them were arrested in the Segou and Mopti regions, the official said.") == [
        ("Ségou Region", "A.ADM1", "region"), ("Mopti Region", "A.ADM1", "region")]
    assert _mentions("Attacks rose in the Tahoua, Tillabéri and Dosso regions last year.") == [
        ("Tahoua Region", "A.ADM1", "region"), ("Tillabéri Region", "A.ADM1", "region"),
        ("Dosso Region", "A.ADM1", "region")]
    # the events of such a list are the regions' (one each, as for a list of towns)
    assert [(e.location, e.admin1) for e in code_text(
        "Gunmen killed four soldiers in the Tahoua and Tillabéri regions on Monday, the army said.", _PUB,
        title="", outlet="x", article_id="text")] == [("", "Tahoua"), ("", "Tillabéri")]


def test_towns_listed_without_a_unit_word_stay_towns():
    # negative: no unit word after the list
    assert _mentions("Gunmen killed five people in Segou and Mopti on Monday.") == [
        ("Ségou", "P.PPLA", ""), ("Mopti", "P.PPLA", "")]


def test_small_place_named_before_a_site_noun_after_in_the():
    # "in the X giraffe reserve", "at the X gold mine", "the X reserve": a village the gazetteer
    # holds without population is a place when a site noun follows it (one or two words between)
    assert _mentions("Fighters killed six aid workers in the Kouré giraffe reserve on Sunday.") == [
        ("Kouré", "P.PPL", "")]
    assert _mentions("A guard was abducted at the Tambao manganese mine last year.") == [("Tambao", "P.PPLL", "")]


def test_a_person_named_before_a_site_noun_is_no_place():
    # negative: a name that needs a strong cue (usually a person's) stays no place
    assert _mentions("He was killed in the Moussa family home.") == []


def test_capital_named_for_its_government_is_no_event_place():
    # "Niamey's junta said", "Ouagadougou's grievance": the government, not where it happened
    assert _where("Niamey's junta said on Tuesday that gunmen had killed 12 villagers on Monday.") == [("", "Niger")]
    assert _where("Ouagadougou's grievance is political. Soldiers fought jihadists for hours in 2022, officials "
                  "said.") == [("", "Burkina Faso")]


def test_capital_with_a_place_of_its_own_stays_the_event_place():
    # negative: "Bamako's airport" is in Bamako
    assert _where("Gunmen attacked a checkpoint at Bamako's airport on Monday, killing two gendarmes.") \
        == [("Bamako", "Mali")]


def test_place_a_statement_was_issued_in_is_no_event_place():
    # "said in a statement issued in X", "a communique read out in X": where the story is told
    assert _where("Gunmen killed 12 soldiers on Monday in an attack on an army post in western Niger, the army said "
                  "in a statement issued in Niamey.") == [("", "Niger")]
    assert _where("Jihadists killed nine civilians in northern Burkina Faso on Sunday, according to a communique "
                  "read out in Ouagadougou on Monday.") == [("", "Burkina Faso")]


def test_statement_about_an_attack_in_a_town_keeps_the_town():
    # negative: the town of the attack, not the statement's, is named
    assert _where("Gunmen attacked a police station in Niamey on Monday, killing two officers, the interior "
                  "ministry said in a statement.") == [("Niamey", "Niger")]


def test_two_towns_a_place_lies_between_are_no_list_of_places():
    # "between X and Y" (no road word) names one place near both, not two events; with another
    # town in the sentence, that town is the place
    assert _where("Jihadists attacked an army convoy near Boni on Monday, in the area between Hombori and "
                  "Douentza, killing 10 soldiers.") == [("Boni", "Mali")]
    assert _where("Jihadists attacked an army convoy on Monday between Hombori and Douentza, killing 10 "
                  "soldiers.") == [("Hombori", "Mali")]


def test_towns_listed_with_and_stay_a_list():
    # negative: "attacked X and Y" is two places
    assert _where("Jihadists attacked army posts in Hombori and Douentza on Monday, killing 10 soldiers.") \
        == [("Douentza", "Mali"), ("Hombori", "Mali")]


def test_national_capital_a_source_speaks_from_is_never_the_event_place():
    # "the government said in Bamako", "an official in Bamako told AFP", "told state television in X":
    # the capital is where officials speak, no clue to the event's place even when it is the only town
    assert _where("Gunmen killed 20 civilians in central Mali on Sunday, the government said in Bamako.") \
        == [("", "Mali")]
    assert _where("Gunmen killed 20 civilians in central Mali on Sunday, a security official in Bamako told "
                  "AFP.") == [("", "Mali")]
    assert _where("Gunmen killed 20 civilians in central Mali on Sunday, government spokesman Abdoulaye Maiga "
                  "told state television in Bamako.") == [("", "Mali")]


def test_local_source_town_stays_the_only_clue():
    # negative: a source in a provincial town is a clue when no other place is named (as before)
    assert _where("Gunmen killed eight villagers on Sunday, a security source in Djibo told AFP.") \
        == [("Djibo", "Burkina Faso")]


def test_capital_fronting_a_speech_clause_is_no_event_place():
    # "In Niamey, the junta announced that ...": where it was said
    assert _where("In Niamey, the junta announced that jihadists had killed 12 soldiers near the Malian border "
                  "on Sunday.") == [("", "Niger")]
    assert _where("In Bamako, the government said gunmen had killed 20 civilians in central Mali on Sunday.") \
        == [("", "Mali")]


def test_capital_fronting_the_incident_is_its_place():
    # negatives: the incident itself is told in the capital (also with an aside "police said,")
    assert _where("In Bamako, gunmen attacked a police station on Sunday, killing two officers, the police "
                  "said.") == [("Bamako", "Mali")]
    assert _where("In Bamako, police said, gunmen attacked a police station on Sunday, killing two officers.") \
        == [("Bamako", "Mali")]


# ==================================================== the second round (sets h21/h22)

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
