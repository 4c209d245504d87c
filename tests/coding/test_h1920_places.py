"""Places of events named beside reference places (held-out sets 19 and 20, places class).

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
