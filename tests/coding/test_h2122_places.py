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
