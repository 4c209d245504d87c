"""Place mentions: finding, disambiguation, precision, and false positives.

Sentences are written for the tests (not copied from the seeds or the dev set); the expected
entries were checked by hand against data/reference/gazetteer.csv.
"""

from __future__ import annotations

import re
import time

import pytest

from analysis.coding.places import find_places
from analysis.records import PlaceMention, Sentence


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]?", text))]


def places(text: str) -> list[PlaceMention]:
    found = find_places(text, _sentences(text))
    for p in found:
        assert text[p.start:p.end] == p.text  # evidence offsets point into the text
    return found


def only(text: str, surface: str) -> PlaceMention:
    hits = [p for p in places(text) if p.text == surface]
    assert len(hits) == 1, (surface, places(text))
    return hits[0]


def test_named_town_in_central_mali():
    text = "Militants attacked Mopti, a city in central Mali, on Wednesday."
    mopti = only(text, "Mopti")
    assert (mopti.name, mopti.country, mopti.admin1, mopti.admin2) == ("Mopti", "Mali", "Mopti", "Mopti")
    assert mopti.geo_precision == 1 and mopti.feature == "P.PPLA" and mopti.qualifier == ""
    mali = only(text, "Mali")
    assert mali.feature == "country" and mali.geo_precision == 3 and mali.admin1 is None
    assert mali.qualifier == "central"


def test_sokolo_in_central_mali_is_the_segou_one():
    # five Sokolo in GeoNames (Ségou, two in Mopti, Sikasso, plus Songolon alias); the Niono one
    # is the only one with a population
    p = only("The army camp in Sokolo, in central Mali, came under fire.", "Sokolo")
    assert (p.gazetteer_id, p.admin1, p.admin2) == ("2450849", "Ségou", "Niono")


def test_region_in_sentence_picks_the_homonym():
    # "Tillia": a village in Tahoua region and a camp and a well in Agadez region
    p = only("Gunmen ambushed a patrol near Tillia, in the Tahoua region.", "Tillia")
    assert (p.admin1, p.admin2, p.feature) == ("Tahoua", "Tillia", "P.PPL")
    assert p.geo_precision == 2 and p.qualifier == "near"


def test_country_in_sentence_picks_the_homonym():
    # "Boni": villages in Mali, Burkina Faso and Niger
    p = only("The convoy was hit near the village of Boni in Burkina Faso.", "Boni")
    assert p.country == "Burkina Faso"
    p = only("The convoy was hit in Boni, Mali.", "Boni")
    assert p.country == "Mali"


def test_proximity_to_other_places_picks_the_homonym():
    # "Kaya" exists in Mali (three) and Burkina Faso (the regional capital and two villages):
    # next to Barsalogho and Kongoussi the Burkinabe town is meant
    found = places("Displaced people fled from Barsalogho to Kaya and Kongoussi.")
    kaya = next(p for p in found if p.text == "Kaya")
    assert kaya.country == "Burkina Faso" and kaya.admin1 == "Centre-Nord"


def test_kalumba_spelling_and_coordination():
    found = places("Attacks also hit Sokolo and Kalumba, also in central Mali.")
    kal = next(p for p in found if p.text == "Kalumba")
    assert kal.name == "Kaloumba" and kal.country == "Mali" and kal.geo_precision == 1


def test_tessit_resolves_to_corrected_point():
    p = only("Forty-two soldiers were killed in the northern Mali town of Tessit.", "Tessit")
    assert p.feature == "P.PPL" and p.longitude == pytest.approx(0.3)
    assert (p.admin1, p.admin2) == ("Gao", "Ansongo")


@pytest.mark.parametrize("spelling", ["Tinzaouaten", "Tin Zaouatine", "Ti-n-Zaouâtene", "Tin-Zaouaten"])
def test_tinzaouaten(spelling):
    p = only(f"Drones struck the town of {spelling} near the Algerian border.", spelling)
    assert (p.country, p.admin1, p.admin2, p.geo_precision) == ("Mali", "Kidal", "Abeibara", 1)


def test_near_gives_precision_2():
    p = only("Soldiers were ambushed near Gao on Sunday.", "Gao")
    assert (p.geo_precision, p.qualifier, p.admin1, p.feature) == (2, "near", "Gao", "P.PPLA")
    for text, q in [("Shells fell on the outskirts of Gao.", "outskirts"), ("Fighting in the Gao area.", "area"),
                    ("A camp 20 km from Gao was hit.", "km"), ("Troops patrolled around Gao.", "outside")]:
        p = only(text, "Gao")
        assert (p.geo_precision, p.qualifier) == (2, q), text


def test_region_gives_precision_3_and_admin1():
    p = only("An attack in the northeastern Menaka region killed six soldiers.", "Menaka")
    assert (p.geo_precision, p.feature, p.admin1, p.admin2) == (3, "A.ADM1", "Ménaka", None)
    p = only("Militants are active in the region of Tahoua.", "Tahoua")
    assert (p.geo_precision, p.admin1) == (3, "Tahoua")
    # the seat's name with "region" means the region
    p = only("A wedding was struck in Mali's Timbuktu region.", "Timbuktu")
    assert (p.geo_precision, p.admin1, p.feature) == (3, "Tombouctou", "A.ADM1")


def test_town_named_as_region_is_the_area_around_it():
    p = only("Losses were reported in the Tinzaouaten region, near the border.", "Tinzaouaten")
    assert (p.geo_precision, p.feature, p.admin1) == (2, "P.PPL", "Kidal")


def test_northern_mali_is_country_level():
    for text, q in [("Fighting continues in northern Mali.", "northern"),
                    ("Rebels hold the north of Mali.", "north"),
                    ("The French army was active in Mali's north.", "north")]:
        p = only(text, "Mali")
        assert (p.geo_precision, p.country, p.admin1, p.qualifier, p.feature) == (3, "Mali", None, q, "country")


def test_burkina_faso_places():
    found = {p.text: p for p in places(
        "Gunmen attacked Djibo and Barsalogho in Burkina Faso, then Seytenga and Sitenga.")}
    assert (found["Djibo"].admin1, found["Djibo"].admin2) == ("Sahel", "Soum")
    assert found["Barsalogho"].admin1 == "Centre-Nord" and found["Barsalogho"].name == "Barsalogo"
    assert found["Seytenga"].gazetteer_id == found["Sitenga"].gazetteer_id == "2355472"
    assert found["Seytenga"].admin1 == "Sahel"
    assert found["Burkina Faso"].feature == "country"


def test_burkina_region_words_need_their_country():
    p = only("Thousands fled the Sahel region of Burkina Faso.", "Sahel")
    assert (p.feature, p.admin1, p.country, p.geo_precision) == ("A.ADM1", "Sahel", "Burkina Faso", 3)
    assert not [p for p in places("The violence threatens the broader Sahel region, as groups in Burkina Faso "
                                  "and Mali expand.") if p.text == "Sahel"]
    assert not [p for p in places("Jihadists roam the Sahel.") if p.text == "Sahel"]


def test_niger_places():
    found = {p.text: p for p in places(
        "Militants struck in the Tillabéri region of Niger, near Banibangou, while Agadez and Niamey were calm.")}
    t = found["Tillabéri"]
    assert (t.feature, t.admin1, t.geo_precision) == ("A.ADM1", "Tillabéri", 3)
    assert found["Banibangou"].admin2 == "Banibangou" and found["Banibangou"].admin1 == "Tillabéri"
    assert (found["Agadez"].feature, found["Agadez"].admin1) == ("P.PPLA", "Agadez")
    assert (found["Niamey"].feature, found["Niamey"].admin1) == ("P.PPLC", "Niamey")
    assert found["Niger"].feature == "country"
    p = only("An attack near Tillia killed soldiers.", "Tillia")
    assert p.admin1 == "Tahoua"  # the village with a population beats the Agadez camp and well


def test_admin2_of_malian_towns():
    found = {p.text: p for p in places("Troops moved from Kati to Bandiagara and then to Bourem.")}
    assert found["Kati"].admin2 == "Kati" and found["Kati"].admin1 == "Koulikoro"
    assert found["Bandiagara"].admin2 == "Bandiagara" and found["Bandiagara"].admin1 == "Mopti"
    assert found["Bourem"].feature == "P.PPLA2" and found["Bourem"].admin2 == "Bourem"


@pytest.mark.parametrize("text", [
    "Said the spokesman: nothing happened.",
    "Central authorities met on Monday.",
    "Colonel Assimi Goita spoke with Amadou Kouffa.",
    "President Ibrahim Boubacar Keita resigned on Tuesday.",
    "The Islamic State claimed it. To be sure, March was calm.",
    "Moussa Traore and Ali Sidibe addressed the Union.",
    "According to Boni, the convoy left at dawn.",  # Boni: a village, and a surname
    "Macina said the fighters would return.",  # Macina: a town, and Katiba Macina
    "Officials from Keita declined to comment.",  # a surname needs "in"/"at"/"near"/"village of"
])
def test_no_false_places(text):
    assert [p for p in places(text) if p.feature != "country"] == []


def test_niger_river_is_not_the_country():
    assert places("Boats sail on the Niger river at night.") == []
    assert places("The River Niger floods every year.") == []
    p = only("Trucks were heading towards neighbouring Niger.", "Niger")
    assert p.feature == "country" and p.country == "Niger"


def test_neighbouring_countries_are_mentions():
    found = {p.text: p for p in places("Fuel comes from Côte d'Ivoire, the Ivory Coast, via Guinea and Senegal; "
                                       "Algeria and Mauritania closed borders.")}
    assert found["Côte d'Ivoire"].country == found["Ivory Coast"].country == "Côte d'Ivoire"
    assert {found[k].feature for k in ("Guinea", "Senegal", "Algeria", "Mauritania")} == {"country"}


def test_surname_places_need_a_strong_cue():
    p = only("Gunmen attacked the village of Sare overnight.", "Sare")
    assert p.feature == "P.PPL" and p.country == "Burkina Faso"  # every populated Saré is in Burkina Faso
    assert [p.country for p in places("Clashes were reported in Keita, in Niger's Tahoua region.")
            if p.text == "Keita"] == ["Niger"]


def test_unlisted_village_takes_the_nearest_place_of_the_sentence():
    # "Tigarkat" and "Sogalabou" are not in the gazetteer (invented names): a settlement noun makes
    # them places, located at the nearest gazetteer place of the sentence
    found = places("A drone hit a wedding in Tigarkat, a locality situated between Gossi and Hombori "
                   "in Mali's Timbuktu region.")
    t = next(p for p in found if p.text == "Tigarkat")
    assert (t.feature, t.gazetteer_id, t.name, t.country, t.admin1, t.admin2) == (
        "unlisted", "", "Tigarkat", "Mali", "Tombouctou", "Gourma-Rharous")  # Gossi's
    assert t.geo_precision == 2
    found = places("Attacks hit the villages of Sogalabou, Sogalabi and Bakorat, in the Tahoua region of Niger.")
    names = [(p.text, p.feature) for p in found]
    assert ("Sogalabou", "unlisted") in names and ("Sogalabi", "unlisted") in names
    assert ("Bakorat", "H.WLL") in names  # in the gazetteer: a list after "villages of" is a cue
    assert {p.admin1 for p in found if p.country == "Niger" and p.feature != "country"} == {"Tahoua"}
    # no place in the sentence: nothing to locate it by, not coded
    assert places("The village of Sogalabou mourned.") == []


def test_small_places_need_a_locative_cue():
    # "Bakorat" is only a well in GeoNames: accepted after "in", not alone at a sentence start
    assert [p.text for p in places("Gunmen killed herders in Bakorat.")] == ["Bakorat"]
    assert places("Bakorat said nothing.") == []


def test_sentence_index_and_dateline():
    text = "BAMAKO, Mali (AP) — Soldiers died. Later, the army retook Kidal."
    found = places(text)
    assert [(p.text, p.sentence_index) for p in found] == [("BAMAKO", 0), ("Mali", 0), ("Kidal", 1)]
    assert found[0].name == "Bamako" and found[2].feature == "P.PPLA"


def test_speed():
    """A ~3 kB article of ordinary news prose: CPU time per call (the coder's budget is 3 ms in all).

    Measured on an idle core: about 0.3 ms. The bound is loose because tests share busy machines.
    """
    sentences = [
        "Militants attacked army posts near Gao and in the Menaka region of northern Mali on Sunday, "
        "the army said in a statement read on state television.",
        "Colonel Assimi Goita met officials in Bamako on Monday to discuss the security situation.",
        "Burkina Faso and Niger, which are also ruled by military juntas, sent condolences.",
        "The attackers arrived on motorcycles and set fire to the market before fleeing towards the border.",
        "A local official, who asked not to be named, said at least twelve civilians had been killed.",
        "Humanitarian groups say the violence has displaced thousands of people over the past year.",
    ]
    text = " ".join(sentences * 5)  # ~3 kB
    assert 2500 < len(text) < 4000
    sents = _sentences(text)
    find_places(text, sents)
    t0 = time.process_time()
    for _ in range(50):
        find_places(text, sents)
    per_article = (time.process_time() - t0) / 50
    assert per_article < 0.003


# --- homonyms: exact primary name, the name's context in the whole article, the region's seat ---
# Boni: GeoNames has Boni in Mopti (Douentza, 2459917), Kayes (Kita), Burkina Faso (Tuy) and Niger
# (Ayerou), and "Boni" as an alternate name of Bouani (Ségou, Tominian, 2459856). "Boni" is also a
# surname, so it needs a strong locative cue (places.yaml needs_cue).

@pytest.mark.parametrize("text", [
    "A truck struck a mine on the road between Boni and Hombori in central Mali.",
    "Two soldiers died when their vehicle hit an explosive device near Boni. The wounded were taken to Douentza.",
    "Gunmen stopped a minibus outside Boni, in Mali, and the passengers walked to Hombori.",
])
def test_exact_name_near_the_other_places_beats_an_alternate_name(text):
    p = next(p for p in places(text) if p.text == "Boni")
    assert (p.gazetteer_id, p.name, p.admin1, p.admin2) == ("2459917", "Boni", "Mopti", "Douentza")


@pytest.mark.parametrize("text, country", [
    ("Jihadists attacked Boni, a village in Burkina Faso, on Sunday.", "Burkina Faso"),
    ("Residents fled the village of Boni in western Burkina Faso. Life in Boni had been calm for months.", "Burkina Faso"),
    ("Soldiers were ambushed near Boni in Niger, close to Ayorou.", "Niger"),
])
def test_boni_in_other_countries_follows_the_context(text, country):
    found = [p for p in places(text) if p.text == "Boni"]
    assert found and all(p.country == country and p.name == "Boni" for p in found)
    assert len(found) == text.count("Boni")


# Léré: three villages in Burkina Faso (Séno), one in Tombouctou (Niafunké, 2454104), one in Mopti (Koro).

def test_region_named_with_one_mention_resolves_every_mention():
    text = ("BAMAKO, Oct 3 (Reuters) - Soldiers and rebels fought for a second day in the town of Lere. "
            "Rebels attacked the army camp in Lere on Tuesday. "
            "Lere lies in the Timbuktu region, near the border with Mauritania.")
    found = [p for p in places(text) if p.text == "Lere"]
    assert len(found) == 3
    assert {(p.gazetteer_id, p.admin1, p.admin2) for p in found} == {("2454104", "Tombouctou", "Niafunke")}


def test_region_named_by_its_seat_picks_the_homonym():
    p = only("Clashes broke out in Léré, in the Tombouctou region, on Monday.", "Léré")
    assert (p.gazetteer_id, p.admin1) == ("2454104", "Tombouctou")
    p = only("Clashes broke out in Léré, in the Mopti region, on Monday.", "Léré")
    assert (p.gazetteer_id, p.admin1, p.admin2) == ("6866964", "Mopti", "Koro")


def test_country_of_the_other_places_picks_the_homonym():
    text = "OUAGADOUGOU (AFP) - Gunmen killed five herders in Léré on Friday, a local official said."
    p = only(text, "Léré")
    assert p.country == "Burkina Faso" and p.admin1 == "Sahel"
    text = "Gunmen killed five herders in Léré on Friday, officials in Timbuktu said."
    p = only(text, "Léré")
    assert p.country == "Mali"


def test_exact_name_beats_an_alternate_name_without_other_context():
    # Bouani, Boni (Mopti) and Boni (Kayes) all lie in Mali with no population: only the name differs
    p = only("Gunmen killed three men in Boni, in Mali.", "Boni")
    assert p.name == "Boni" and p.country == "Mali"


@pytest.mark.parametrize("text, expected", [
    # the region named by its seat's (English) name: GeoNames' region is "Tombouctou Region"
    ("Rebels overran the army camp at Léré. The town of Léré lies in the Timbuktu region.", ("Mali", "Tombouctou", "Niafunke")),
    ("Rebels overran the army camp at Léré. The town of Léré lies in the Mopti region.", ("Mali", "Mopti", "Koro")),
    ("Rebels overran the army camp at Léré on Monday. Léré, in Burkina Faso, had been attacked before.",
     ("Burkina Faso", "Sahel", "Séno")),
])
def test_context_of_one_mention_holds_for_the_others(text, expected):
    # no dateline and nothing else in the first sentence: only the second one tells which Léré
    found = [p for p in places(text) if p.text == "Léré"]
    assert len(found) == 2
    assert {(p.country, p.admin1, p.admin2) for p in found} == {expected}


# --- the article's context over a weak prior; a place's own phrase; places of other countries ---
# Koutougou: a camp in Soum (Sahel, 2358646), a village in Boulkiemdé (Centre-Ouest, 10343714) and
# one in Niger; none has a population, so only the feature (village over camp) told them apart.
# Bouna: five villages in Burkina Faso (Loroum 2361921, Séno, Sourou 2361923, Nayala, Mouhoun) and
# two in Mali, none with a population. Koudougou: the Centre-Ouest city (PPLA, 160,239), a village
# in Oubritenga and a camp in Soum (2358947).

@pytest.mark.parametrize("text, gid", [
    ("OUAGADOUGOU (AFP) - The army launched an offensive in the province of Soum last week. "
     "Soldiers later struck a base in the Koutougou area, the army said.", "2358646"),
    ("The army has stepped up operations in the province of Sourou. "
     "On Sunday gunmen killed nine herders in Bouna, residents said.", "2361923"),
])
def test_province_named_in_the_article_outweighs_the_feature_prior(text, gid):
    p = next(p for p in places(text) if p.text in ("Koutougou", "Bouna"))
    assert p.gazetteer_id == gid


def test_region_named_in_the_article_picks_the_homonym():
    text = "Insecurity has spread across the Boucle du Mouhoun region. Gunmen killed nine herders in Bouna on Sunday."
    p = only(text, "Bouna")
    assert (p.country, p.admin1) == ("Burkina Faso", "Boucle du Mouhoun")
    # near misses: nothing named, seven Bounas score the same (no population): places.yaml's
    # tie-break prior takes the one in a conflict region of the focus country (Mopti, Mali), no
    # longer the smallest id (2361921, Loroum in Burkina Faso); a province named elsewhere does
    # not turn a city of 160,000 into a camp
    assert only("Gunmen killed nine herders in Bouna on Sunday.", "Bouna").gazetteer_id == "2459702"
    p = only("The army has stepped up operations in the province of Soum. Displaced people reached "
             "Koudougou on Sunday.", "Koudougou")
    assert (p.gazetteer_id, p.admin1, p.feature) == ("2358946", "Centre-Ouest", "P.PPLA")


def test_the_capital_anchors_nearness_only_as_a_reference_point():
    # Boni (Kita, Kayes) lies ~170 km from Bamako, Boni (Douentza, Mopti) ~600 km: a dateline says
    # where the story was filed, so it does not pull Boni towards Bamako (equals: the smaller id)
    p = only("BAMAKO (Reuters) - Jihadists killed soldiers in Boni on Sunday.", "Boni")
    assert (p.gazetteer_id, p.admin1) == ("2459917", "Mopti")
    # "150 km from Bamako": the capital as a reference point still anchors
    p = only("Jihadists killed soldiers in Boni, 150 km from Bamako, on Sunday.", "Boni")
    assert (p.gazetteer_id, p.admin1) == ("2459918", "Kayes")


@pytest.mark.parametrize("text", [
    "Jihadists attacked an army base in Koudougou, in Soum province, on Sunday.",
    "Jihadists attacked an army base in Koudougou, in the province of Soum.",
    "Jihadists attacked an army base near Koudougou, a village in the Soum province.",
])
def test_unit_in_the_place_own_phrase_outweighs_population(text):
    p = only(text, "Koudougou")
    assert (p.gazetteer_id, p.admin1, p.admin2) == ("2358947", "Sahel", "Soum")


def test_unit_in_a_list_does_not_locate_the_first_name():
    # near miss: "Koudougou and Djibo, in Soum province": the province follows Djibo, not Koudougou
    p = only("Jihadists attacked Koudougou and Djibo, in Soum province, on Sunday.", "Koudougou")
    assert p.gazetteer_id == "2358946"


@pytest.mark.parametrize("text, country", [
    ("Gunmen attacked the village of Dori, in Mali's Mopti region.", "Mali"),
    ("Gunmen killed five people in Dori, in the Mopti region of Mali.", "Mali"),
    ("Gunmen killed five people in Dori, Niger, on Sunday.", "Niger"),
])
def test_country_in_the_place_own_phrase(text, country):
    # Dori: the Burkinabe regional capital (46,512) and villages in Mali (Mopti) and Niger (Say)
    p = only(text, "Dori")
    assert p.country == country and p.feature == "P.PPL"


@pytest.mark.parametrize("text", [
    "Suspected jihadists killed two soldiers near Karimama in northern Benin.",
    "Gunmen stormed Benin's Karimama on Sunday.",
    "Gunmen attacked Kaya and Karimama, Benin.",
    "Gunmen attacked the village of Karimama, Benin, on Sunday.",
    "The attackers fled to Kafolo, a village in northern Côte d'Ivoire.",
    "The attackers struck in Kafolo (Côte d'Ivoire) at dawn.",
    "The attackers struck Kafolo, in the north of Côte d'Ivoire, at dawn.",
])
def test_place_of_another_country_is_not_a_homonym_of_ours(text):
    # Karimama (Benin) has a homonym in Burkina Faso (Gnagna); "Kafolo" is a GeoNames alternate
    # name of Kafola (Koulikoro, Mali): the phrase says the place lies in another country
    found = places(text)
    assert not [p for p in found if p.text in ("Karimama", "Kafolo")]
    assert [p.feature for p in found if p.text in ("Benin", "Côte d'Ivoire")] == ["country"]
    assert all(p.country == "Burkina Faso" for p in found if p.text == "Kaya")  # the other place stays


@pytest.mark.parametrize("text, surface, country", [
    # near misses: near a border is not in the other country; a study country locates it
    ("Gunmen attacked the village of Karimama, near the border with Benin.", "Karimama", "Burkina Faso"),
    ("Gunmen attacked the village of Kafolo, in southern Mali.", "Kafolo", "Mali"),
    ("Troops were deployed in Djibo, Mali and Niger.", "Djibo", "Burkina Faso"),
    ("Rebels held Kidal, Algeria-brokered talks said.", "Kidal", "Mali"),
    ("Attacks hit Djibo and elsewhere in Benin.", "Djibo", "Burkina Faso"),
])
def test_other_country_near_a_place_but_not_locating_it(text, surface, country):
    assert only(text, surface).country == country


@pytest.mark.parametrize("text, country", [
    ("Malian soldiers fought jihadists in Boni on Saturday.", "Mali"),
    ("Soldiers fought jihadists in Boni on Saturday, the Malian army said.", "Mali"),
    ("Nigerien troops fought jihadists in Boni on Saturday.", "Niger"),
])
def test_demonym_tells_the_article_country(text, country):
    assert only(text, "Boni").country == country


def test_nigerian_is_not_nigerien():
    # near miss: Nigeria's adjective says nothing of our three countries (the same as without it)
    plain = only("Soldiers fought jihadists in Boni on Saturday.", "Boni")
    p = only("Soldiers fought jihadists in Boni on Saturday, Nigerian media said.", "Boni")
    assert p.gazetteer_id == plain.gazetteer_id


def test_place_of_another_country_holds_for_its_other_mentions():
    # one sense per article: the later bare mention is the Benin place too; a mention located in
    # Burkina Faso in its own phrase stays
    text = ("Jihadists killed two soldiers near Karimama in northern Benin. The attack on Karimama was "
            "claimed by JNIM.")
    assert not [p for p in places(text) if p.text == "Karimama"]
    text += " Gunmen also attacked the village of Karimama, in Burkina Faso's Gnagna province."
    found = [p for p in places(text) if p.text == "Karimama"]
    assert [(p.country, p.admin2, p.sentence_index) for p in found] == [("Burkina Faso", "Gnagna", 2)]


@pytest.mark.parametrize("text, surface, gid", [
    # two unambiguous places of Soum province (Nassoumbou, Tongomayel): the camp there, not the
    # Centre-Ouest village (feature rank only: neither has a population)
    ("Jihadists attacked Nassoumbou and Tongomayel last week. On Sunday soldiers struck a base in "
     "the Koutougou area.", "Koutougou", "2358646"),
    # Tougan and Gomboro lie in Sourou province: the Bouna of Sourou among five populationless ones
    ("Gunmen raided Tougan and Gomboro on Friday. On Sunday they killed nine herders in Bouna.", "Bouna", "2361923"),
])
def test_province_holding_the_article_places_picks_the_homonym(text, surface, gid):
    assert only(text, surface).gazetteer_id == gid


def test_one_place_is_not_an_area():
    # near miss: Djibo alone (Soum) does not make Soum the article's area; as before, the village
    # wins (Djibo is ~220 km from the Centre-Ouest Koutougou, ~80 km from the camp: closeness
    # alone, 10 against 5, does not outweigh village over camp)
    p = only("Jihadists attacked Djibo last week. On Sunday soldiers struck a base in the Koutougou area.",
             "Koutougou")
    assert p.gazetteer_id == "10343714"


# --- spelling variants of villages the gazetteer holds (a place slot and the transliteration skeleton)

@pytest.mark.parametrize("text, surface, gid, precision", [
    # Ouankoro (Bankass cercle) is "Ouenkoro", "Wankoro" in GeoNames: "Wankorro" doubles the r
    ("Gunmen surrounded the village of Wankorro at dawn.", "Wankorro", "2452298", 1),
    # Dinangorou (Koro cercle): a doubled n
    ("A truck struck a mine near Dinanngorou on Monday.", "Dinanngorou", "2458786", 2),
    # Ogossogou (Mopti region): "-ou" written "-u"
    ("About 160 villagers were killed in Ogossogu in 2019.", "Ogossogu", "6867217", 1),
    # one vowel differs from Ouankoro's spelling "Ouenkoro" (and "ou" = "o" = "u" is not assumed)
    ("Dozo hunters attacked the village of Ouenkorro on Wednesday.", "Ouenkorro", "2452298", 1),
])
def test_spelling_variant_in_a_place_slot(text, surface, gid, precision):
    p = only(text, surface)
    assert (p.gazetteer_id, p.country, p.admin1, p.geo_precision) == (gid, "Mali", "Mopti", precision)
    assert p.name == surface and p.feature == "P.PPL"  # the article's spelling, the gazetteer's point


@pytest.mark.parametrize("text", [
    "Wankorro was quiet on Monday.",                       # no place slot
    "The delegation flew in from Washington and met officials in Brussels.",  # no village written alike
    "Gunmen attacked the village of Kogoso on Monday.",    # two villages called Kogosso: ambiguous
    "The talks were held in Ouenkorro Traore's house.",    # a capitalised word follows: a person's name
])
def test_spelling_variant_near_misses(text):
    assert [p for p in places(text) if p.gazetteer_id] == []


# --- a country named as a reference point: "near the border with X", "towards X"

@pytest.mark.parametrize("text, expected", [
    ("Militants killed 18 soldiers near the border with Burkina Faso on Tuesday.", {"Burkina Faso": "border"}),
    ("Gunmen attacked a post near the Mali-Niger border.", {"Mali": "border", "Niger": "border"}),
    ("The attackers fled towards Niger after the raid.", {"Niger": "towards"}),
    ("The assailants fled into neighbouring Burkina Faso.", {"Burkina Faso": "towards"}),
    ("Survivors escaped to Mali on foot.", {"Mali": "towards"}),
    ("Jihadists roam the tri-border area of Mali, Niger and Burkina Faso.",
     {"Mali": "border", "Niger": "border", "Burkina Faso": "border"}),
    ("Tillaberi, which borders both Mali and Burkina Faso, is the epicentre.", {"Mali": "border", "Burkina Faso": "border"}),
    # countries that describe a zone (frames drops them from the event's places)
    ("The force operates in the zone shared by Mali, Burkina Faso and Niger.",
     {"Mali": "zone", "Burkina Faso": "zone", "Niger": "zone"}),
    ("Bandits roam a region straddling Mali and Niger.", {"Mali": "zone", "Niger": "zone"}),
])
def test_country_named_as_a_reference_point(text, expected):
    got = {p.text: p.qualifier for p in places(text) if p.feature == "country"}
    assert got == expected
    assert all(p.geo_precision == 3 for p in places(text) if p.feature == "country")


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed ten people in northern Burkina Faso.", {"Burkina Faso": "northern"}),
    ("Attacks in Mali and Niger killed 12 people.", {"Mali": "", "Niger": ""}),
    ("The border town of Tera in Niger was attacked.", {"Niger": ""}),
])
def test_country_as_the_place_is_no_reference(text, expected):
    assert {p.text: p.qualifier for p in places(text) if p.feature == "country"} == expected


def test_flight_verbs_are_one_list_for_countries_and_towns():
    # places.yaml flight_verbs: a country fled to is a reference ("towards"), a town fled to is
    # no place of the event (extract._FLED_TO); both read the one list
    from analysis.coding import extract as X
    from analysis.coding import places as P
    verbs = P.flight_verbs()
    assert {"fled", "escaped", "sought refuge", "took refuge"} <= verbs
    for v in sorted(verbs):
        assert {p.text: p.qualifier for p in places(f"Hundreds of people {v} to Niger.")} == {"Niger": "towards"}, v
        assert X._FLED_TO.search(f"Hundreds of people {v} to the town of ") and X._FLED_HINT.search(v), v
    assert X._FLED_TO.search("Residents fled their homes for ")
    assert not X._FLED_TO.search("Residents fled from ")  # where they fled from is where it happened


def test_settlement_and_road_nouns_are_one_list():
    # places.yaml settlement_nouns / road_nouns: every pattern of places, extract and frames that
    # names a settlement or a road reads them (plus its own extras, such as "city")
    from analysis.coding import extract as X
    from analysis.coding import frames as F
    from analysis.coding import places as P
    one = {"village", "town", "locality", "hamlet", "settlement", "commune", "municipality"}
    assert P.settlement_nouns("one") == one
    assert P.settlement_nouns("many") == {"villages", "towns", "localities", "hamlets", "settlements", "communes"}
    assert P.TOWN_NOUNS == one | {"city"} and F._ANAPHOR_PLACE == P.TOWN_NOUNS
    assert P.settlement_nouns() | {"city", "district"} == F._PLACE_NOUNS and P.settlement_nouns() <= X._COORD_WORDS
    for noun in sorted(one):
        assert X._ATTACHED.fullmatch(f" near the {noun} of "), noun
        assert P._SLOT_BEFORE.search(f"attacked the {noun} of "), noun
        assert P._APPOSITION.match(f", a small {noun} in the north"), noun
    assert X._SUMMARY_MANY.search("in three hamlets") and X._SUMMARY_MANY.search("in four localities")
    assert {"road", "axis", "highway", "corridor"} <= P.road_nouns()
    for noun in sorted(P.road_nouns()):
        assert X._ROAD_AFTER.match(f" {noun}") and X._ROAD_BETWEEN.search(f"on the {noun} between "), noun
        assert X._SAME_PLACE.search(f"on the same {noun}"), noun


def test_reference_country_is_not_the_sentence_country_of_a_homonym():
    # "Boni": villages in Mali (Douentza), Burkina Faso and Niger; the country across the border
    # does not pull the village into it, the country named as the place does
    p = only("Soldiers were attacked in Boni, near the border with Burkina Faso, in Mali.", "Boni")
    assert p.country == "Mali"
    p = only("Soldiers were attacked in Boni, in Burkina Faso.", "Boni")
    assert p.country == "Burkina Faso"


def test_place_from_the_gazetteer_additions():
    # Moura (Djenné cercle) is not in the GeoNames dump: data/reference/gazetteer_additions.csv
    p = only("In March 2022, hundreds of people were killed in Moura, in the Mopti region.", "Moura")
    assert (p.gazetteer_id, p.admin1, p.admin2, p.geo_precision) == ("add:moura", "Mopti", "Djenne", 1)


@pytest.mark.parametrize("text", ["Soldiers were attacked in the Torodi department.",
                                  "Soldiers were attacked in the Torodi département.",
                                  "Soldiers were attacked in the Bankass circle."])
def test_an_administrative_word_after_a_name_makes_it_a_region(text):
    # (extract reads this qualifier: "Makalondi, in the Torodi department" is Makalondi's area)
    (p,) = [p for p in places(text) if p.text in ("Torodi", "Bankass")]
    assert p.qualifier == "region"


# ------------------------------------------ "X, about 30 km from Y": X lies within reach of Y


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned a truck near Kobe, about 30km from the city of Gao, on Friday.",
        "Militants raided the village of Kobe, some 40 kilometres (25 miles) north of Gao.",
    ],
)
def test_a_place_said_to_lie_km_from_a_town_the_gazetteer_has_not_there_is_unlisted_at_it(text):
    # the gazetteer's three Kobé lie in Tombouctou region, 300+ km from Gao: none is this one
    kobe, gao = only(text, "Kobe"), only(text, "Gao")
    assert (kobe.name, kobe.country, kobe.admin1, kobe.admin2) == ("Kobe", "Mali", "Gao", "Gao")
    assert (kobe.latitude, kobe.longitude) == (gao.latitude, gao.longitude)
    assert (kobe.geo_precision, kobe.feature, kobe.gazetteer_id) == (2, "unlisted", "")


def test_a_place_said_to_lie_km_from_a_town_takes_the_homonym_within_reach():
    # Djibo and Arbinda pull Bougue towards the Soum one (Burkina Faso); "25 km from Mopti" says the
    # Mopti one (about 23 km from it)
    text = ("In Burkina Faso, near Djibo and Arbinda, militants struck on Sunday. Gunmen killed four herders "
            "in Bougue, some 25 kilometres from Mopti.")
    b = only(text, "Bougue")
    assert (b.name, b.country, b.admin1, b.admin2, b.feature) == ("Bougué", "Mali", "Mopti", "Mopti", "P.PPL")


@pytest.mark.parametrize(
    "text",
    [
        # the distance agrees with the gazetteer's place
        "Soldiers clashed with militants near Kobe, about 350 km from Gao.",
        # no distance given
        "Gunmen burned a truck near Kobe and Gao.",
        # a reference without a population or a seat in the gazetteer is no yardstick
        "Soldiers clashed with militants near Kobe, about 30 km from Tessit.",
    ],
)
def test_near_misses_of_the_distance_rule_keep_the_gazetteer_place(text):
    kobe = only(text, "Kobe")
    assert (kobe.name, kobe.admin1, kobe.admin2, kobe.feature) == ("Kobé", "Tombouctou", "Dire", "P.PPL")


@pytest.mark.parametrize("text", [
    "About 160 Fulani villagers were killed in Ogossagou in March 2019.",
    "The massacre at Ogossagou, in central Mali, shocked the country.",
])
def test_ogossagou_is_the_bankass_village_of_the_2019_massacre(text):
    # place_aliases.csv: the news spelling names GeoNames 12232587 (Ogassagou-Peulh), which the OCHA
    # cercle boundaries put in Bankass, where reports place the massacre; not 6867217 Ogossogou,
    # 25 km north in Bandiagara
    [p] = [p for p in places(text) if p.text == "Ogossagou"]
    assert (p.name, p.admin1, p.admin2) == ("Ogassagou-Peulh", "Mopti", "Bankass")


def test_the_gazetteer_spelling_ogossogou_is_still_the_bandiagara_village():
    [p] = [p for p in places("Soldiers patrolled the village of Ogossogou on Monday.") if p.text == "Ogossogou"]
    assert (p.name, p.admin2) == ("Ogossogou", "Bandiagara")


@pytest.mark.parametrize("text", [
    "Islamic State fighters raided Tessit on Sunday.",
    "Jihadists overran Tessit overnight.",
    "Gunmen torched Tessit and looted its shops.",
    "The militants besieged Tessit for a week.",
])
def test_an_attack_verb_s_object_is_a_weak_place(text):
    # places.yaml locative_before: the verbs of an attack on a place take it as their object
    p = only(text, "Tessit")
    assert (p.name, p.admin1) == ("Tessit", "Gao")


@pytest.mark.parametrize("text", [
    "Militants killed Tessit residents.",  # no cue: a weak name before a noun
    "The troops raided Macina on Monday.",  # a needs_cue name wants a strong locative ("in", "near")
])
def test_near_misses_of_the_attack_verb_cue(text):
    assert [p for p in places(text) if p.text in ("Tessit", "Macina")] == []


def test_a_homonym_the_text_says_nothing_of_is_taken_in_the_conflict_theatre():
    # four Bonis without a population (Mopti/Douentza, Kayes/Kita, Tillabéri/Ayerou,
    # Hauts-Bassins/Tuy): equal scores; places.yaml conflict_regions and focus_country break the
    # tie (the Mali theatre first), not the lowest GeoNames id
    p = only("Militants killed 12 civilians in the village of Boni on Sunday.", "Boni")
    assert (p.admin1, p.admin2) == ("Mopti", "Douentza")


@pytest.mark.parametrize("text, admin1", [
    # any textual evidence outweighs the tie-break prior
    ("Militants killed 12 civilians in the village of Boni, in the Kayes region, on Sunday.", "Kayes"),
    ("Militants killed 12 civilians in Boni, in Burkina Faso, on Sunday.", "Hauts-Bassins"),
    ("Militants killed 12 civilians in the village of Boni in western Niger on Sunday.", "Tillabéri"),
    ("Soldiers patrolled Kita on Monday. Militants killed 12 civilians in the village of Boni on Sunday.", "Kayes"),
])
def test_the_tie_break_prior_never_outweighs_the_text(text, admin1):
    assert only(text, "Boni").admin1 == admin1


def test_a_region_word_named_as_the_region_of_the_place_before_it_locates_it():
    # "Boungou, in the Est region": the region word (region_words_only: "Est", "Sahel", "Nord")
    # is the unit when the place before it has a homonym there; it outweighs an alternate name
    # (Toungou, Centre-Sud, has the alternate name Boungou) and a far anchor (Houndé)
    lead = "Houndé, in the Tuy province, is a mine; Endeavour sold its Boungou assets in 2022. "
    for tail in ("Gunmen ambushed a convoy near Boungou, in the Est region.",
                 "Gunmen ambushed a convoy near the Boungou mine in the Est region.",
                 "Gunmen ambushed a convoy near Boungou (Est region)."):
        ps = [p for p in places(lead + tail) if p.name == "Boungou"]
        assert ps and all(p.admin1 == "Est" for p in ps), tail
    p = only("Gunmen killed 12 people in Solhan, in the Sahel region, on Monday.", "Solhan")
    assert p.admin1 == "Sahel"
    # near miss: a place with no homonym in that region does not make "Sahel" a unit
    assert not [p for p in places("Gunmen killed 12 people in Gao, in the broader Sahel region, on Monday.")
                if p.feature != "unlisted" and p.name == "Sahel"]


def test_a_bearing_of_a_place_is_a_locative_cue():
    # "just east of X", "20 km north of X": a small village needs a cue; a bearing from it is one
    for t in ("The convoy came under fire just east of Diboli on Monday.",
              "The convoy came under fire 20 km north of Diboli on Monday."):
        assert only(t, "Diboli").admin1 == "Kayes"


@pytest.mark.parametrize("text, surface, admin1", [
    ("Gunmen on motorbikes abducted the mayor of Dargol on Wednesday night.", "Dargol", "Tillabéri"),
    ("The village chief of Kouakourou was abducted on Monday.", "Kouakourou", "Mopti"),
    ("Unknown men shot dead the imam of Kouakourou after prayers.", "Kouakourou", "Mopti"),
    ("The prefect of Tillia said the convoy was ambushed.", "Tillia", "Tahoua"),
])
def test_an_office_of_a_place_is_a_locative_cue(text, surface, admin1):
    # "the mayor/prefect/imam/village chief of X": X is a place (a weak name needs this cue)
    p = only(text, surface)
    assert (p.admin1, p.geo_precision) == (admin1, 1)


def test_an_office_cue_does_not_name_a_person_or_an_uncued_weak_name():
    # a name usually a person's (needs_cue) is not made a place by an office: "the chief of Moussa"
    assert [p.text for p in places("The chief of Moussa spoke to reporters.")] == []
    # not an office word: "the head of Dargol" names no place; nor does the bare weak name
    assert [p.text for p in places("The head of Dargol spoke to reporters.")] == []
    assert [p.text for p in places("Dargol spoke to reporters on Monday.")] == []


@pytest.mark.parametrize(
    "text, surface, name, qualifier, precision",
    [
        # the title alone, the country from the sentence
        ("Police fired tear gas at a protest in the capital, Mali's government said.", "the capital",
         "Bamako", "", 1),
        # a demonym or a possessive names the country
        ("A suicide bomber struck a market in the Nigerien capital on Friday.", "the Nigerien capital",
         "Niamey", "", 1),
        ("Protesters gathered in Burkina Faso's capital on Monday.", "capital", "Ouagadougou", "", 1),
        ("Clashes broke out in the capital of Niger.", "the capital", "Niamey", "", 1),
        # a qualifier as for a name
        ("Gunmen attacked a checkpoint 30 km from the capital, the Burkinabe army said.", "the capital",
         "Ouagadougou", "km", 2),
    ],
)
def test_the_national_capital_named_by_its_title(text, surface, name, qualifier, precision):
    p = only(text, surface)
    assert (p.name, p.qualifier, p.geo_precision, p.feature) == (name, qualifier, precision, "P.PPLC")


def test_the_capital_takes_the_country_of_the_article_when_its_sentence_names_none():
    text = "The Malian army said it had killed 20 militants. Protests broke out in the capital."
    assert (only(text, "the capital").name, only(text, "the capital").country) == ("Bamako", "Mali")


@pytest.mark.parametrize(
    "text",
    [
        "Troops in the capital, Niamey, fired tear gas.",  # named in its own phrase: the name is the mention
        "Soldiers fled to the regional capital, Fada N'Gourma.",  # a regional capital
        "Gunmen attacked Kaya, the capital of the Centre-Nord region of Burkina Faso.",  # a region's capital
        "Soldiers were deployed near the Senegalese capital.",  # another country's
        "The bank's capital rose. Capital punishment was abolished in Mali.",  # no place
        "Reports said protesters marched towards the capital.",  # no country anywhere: which capital?
    ],
)
def test_the_capital_near_misses(text):
    assert [p.name for p in places(text) if p.feature == "P.PPLC" and p.text != p.name] == []


@pytest.mark.parametrize(
    "text, ref, other",
    [
        ("Gunmen ambushed a patrol near Tillia, 40 miles from the border with Mali, Niger's defence ministry said.",
         "Mali", "Niger"),
        ("Troops clashed with rebels near the border with Niger, Mali's army said on Monday.", "Niger", "Mali"),
    ],
)
def test_a_possessive_country_after_a_reference_opens_the_next_clause(text, ref, other):
    assert only(text, ref).qualifier == "border"
    assert only(text, other).qualifier == ""


def test_a_reference_list_still_shares_its_qualifier():
    text = "Jihadists roam the tri-border area of Mali, Niger and Burkina Faso."
    assert [only(text, c).qualifier for c in ("Mali", "Niger", "Burkina Faso")] == ["border"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists torched fuel trucks on the roads to the capital, Mali's army said.",
        "Thousands of Burkinabe villagers have fled to the capital since March.",
        "Reinforcements were flown in from the capital after the attack in Mali.",
    ],
)
def test_the_capital_as_a_journeys_end_is_no_mention(text):
    assert [p.name for p in places(text) if p.feature == "P.PPLC"] == []
