"""Actor mentions in multi-country stories and in lists (round 2), on short texts written in
news style: the real sentence splitter and place finder feed find_actors, as extract does.

Every expected value was checked by hand against the text and data/reference/actors.yaml.
"""

from __future__ import annotations

from datetime import date

from analysis.coding import actors as A
from analysis.coding import places as places_mod
from analysis.coding import text as text_mod


def _found(text: str, country: str, with_places: bool = True) -> list[tuple[str, str]]:
    sents = text_mod.split_sentences(text_mod.parse(text))
    places = places_mod.find_places(text, sents) if with_places else None
    ms = A.find_actors(text, sents, country=country, when=date(2024, 10, 30), places=places)
    return [(m.text, m.actor) for m in ms]


def _actors_of(text: str, country: str, word: str, **kw) -> list[str]:
    return [a for t, a in _found(text, country, **kw) if t == word]


# ------------------------------------------- an unnamed state force: its own sentence's country

ROUNDUP = ("Burkina Faso\nJNIM kept up attacks in the north. Militants on 3 Oct attacked an army post "
           "in Djibo, killing 11 soldiers.\n\nNiger\nISSP militants on 6 Oct attacked an army post in "
           "Tera, killing nine soldiers; the army said air support killed 40 attackers.")


def test_roundup_section_force_is_its_sections_country():
    niger_part = ROUNDUP.index("\n\nNiger")
    sents = text_mod.split_sentences(text_mod.parse(ROUNDUP))
    ms = A.find_actors(ROUNDUP, sents, country="Burkina Faso", when=date(2024, 10, 30),
                       places=places_mod.find_places(ROUNDUP, sents))
    before = {m.actor for m in ms if m.text in ("army", "soldiers") and m.start < niger_part}
    after = {m.actor for m in ms if m.text in ("army", "soldiers") and m.start > niger_part}
    assert before == {"Burkinabe armed forces"}
    assert after == {"Nigerien armed forces"}


def test_in_neighbouring_country_sentence():
    text = ("Gunmen killed 12 civilians near Djibo on Sunday, residents said. "
            "In neighbouring Niger, soldiers repelled an attack on a post in Tera, the defence ministry said.")
    assert _actors_of(text, "Burkina Faso", "soldiers") == ["Nigerien armed forces"]


def test_sentence_without_place_takes_paragraph_opening_in_country():
    text = ("Gunmen killed 12 civilians near Djibo on Sunday, residents said.\n\n"
            "In Niger, ISSP fighters attacked a post in Tera on Monday. The army said it killed 30 of the "
            "attackers.")
    assert _actors_of(text, "Burkina Faso", "army") == ["Nigerien armed forces"]


def test_heading_before_blank_line_names_the_section():
    text = ("MALI\n\nJNIM fighters ambushed a convoy near Boni on Monday, killing four soldiers.\n\n"
            "NIGER\n\nThe army said 10 soldiers died in an ambush on Tuesday.")
    got = _found(text, "Mali")
    assert [a for t, a in got if t == "army"] == ["Nigerien armed forces"]
    assert [a for t, a in got if t == "soldiers"] == ["Malian armed forces", "Nigerien armed forces"]


def test_single_country_story_unchanged():
    text = "The army said soldiers repelled an attack near Djibo on Sunday, killing 20 assailants."
    assert _actors_of(text, "Burkina Faso", "army") == ["Burkinabe armed forces"]
    assert _actors_of(text, "Burkina Faso", "soldiers") == ["Burkinabe armed forces"]


def test_sentence_naming_article_country_and_a_neighbour_unchanged():
    text = "Soldiers repelled an attack near Djibo, days after an ambush in neighbouring Niger killed 20."
    assert _actors_of(text, "Burkina Faso", "Soldiers") == ["Burkinabe armed forces"]


def test_earlier_sentence_naming_a_neighbour_is_no_section():
    text = ("Gunmen killed 12 people near Djibo on Sunday. The attack came days after an ambush in "
            "neighbouring Niger killed 20. The army said it was hunting the attackers.")
    assert _actors_of(text, "Burkina Faso", "army") == ["Burkinabe armed forces"]


def test_named_nationality_keeps_its_country():
    text = "Niger\nMalian soldiers crossed into Tera district on Monday, the army said."
    assert _actors_of(text, "Burkina Faso", "Malian soldiers") == ["Malian armed forces"]


def test_without_places_the_article_country_stands():
    assert _actors_of(ROUNDUP, "Burkina Faso", "army", with_places=False) == ["Burkinabe armed forces"] * 3


# --------------------------------------------- a list item ends the window of "gunmen"/"militants"

def test_list_item_ends_window_before_a_later_attribution():
    text = ("Attacks in May:\n- 7 May, Mopti region: Gunmen killed 12 soldiers near Boni.\n"
            "- 9 May, Gao region: an attack blamed on Islamic State killed four civilians in Ansongo.")
    assert _actors_of(text, "Mali", "Gunmen") == [A.UNIDENTIFIED]


def test_bullet_item_ends_window_after_an_earlier_group():
    text = ("Attacks in May:\n\u2022 3 May: JNIM fighters ambushed a convoy near Boni.\n"
            "\u2022 5 May: Gunmen killed four civilians in Ansongo.")
    assert _actors_of(text, "Mali", "Gunmen") == [A.UNIDENTIFIED]


def test_star_item_ends_window():
    text = ("Attacks in May:\n* 3 May: JNIM fighters ambushed a convoy near Boni.\n"
            "* 5 May: Militants killed four civilians in Ansongo.")
    assert _actors_of(text, "Mali", "Militants") == [A.UNIDENTIFIED]


def test_same_item_keeps_its_group():
    text = ("Attacks in May:\n- 3 May: JNIM fighters ambushed a convoy near Boni. Gunmen also burned three "
            "trucks.\n- 5 May: Soldiers killed four suspects in Ansongo.")
    assert _actors_of(text, "Mali", "Gunmen") == ["JNIM"]


def test_prose_keeps_its_group():
    text = "JNIM fighters ambushed a convoy near Boni on Tuesday. Gunmen also burned three trucks."
    assert _actors_of(text, "Mali", "Gunmen") == ["JNIM"]


def test_country_named_as_a_party_is_no_place_of_the_force():
    text = "The army said it was coordinating its operations with Niger, according to a statement."
    assert _actors_of(text, "Mali", "army") == ["Malian armed forces"]
    text = "In northern Niger, the army said it killed 20 militants."
    assert _actors_of(text, "Mali", "army") == ["Nigerien armed forces"]
