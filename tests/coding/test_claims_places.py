"""Tolls of a list of towns told town by town: each figure is its town's event's, not split.

Short texts written for these tests (code_article end to end); expected values checked by hand.
Publication: Thursday 12 June 2025 (Tuesday is 10 June).
"""

from __future__ import annotations

from datetime import date

from analysis.coding.extract import code_text


def tolls(text: str) -> dict[str, tuple]:
    evs = code_text(text, date(2025, 6, 12), outlet="Test Wire")
    out = {e.location: (e.fatalities, e.fatalities_low, e.fatalities_high) for e in evs}
    assert len(out) == len(evs), [(e.location, e.sub_event_type) for e in evs]
    return out


def test_per_town_figures_in_a_later_sentence_go_to_their_towns_and_one_row_per_town():
    text = ("Soldiers entered the villages of Gomboro, Kassan and Toeni in Sourou province on March 11 and shot "
            "residents. Witnesses said 29 people were killed in Gomboro and 19 in Kassan.")
    assert tolls(text) == {"Gomboro": (29, 29, 29), "Kassan": (19, 19, 19), "Toéni": (0, None, None)}


def test_a_joint_toll_gives_way_to_the_towns_own_figures():
    text = ("Gunmen attacked the villages of Gomboro and Kassan in Sourou province on Tuesday, killing 40 people. "
            "Residents said 25 were killed in Gomboro and 15 in Kassan.")
    assert tolls(text) == {"Gomboro": (25, 25, 25), "Kassan": (15, 15, 15)}


def test_per_town_figures_in_the_lists_own_sentence():
    text = ("On Tuesday, jihadists attacked Gomboro and Kassan in Sourou province, killing some 70 people in "
            "Gomboro and about 30 in Kassan.")
    assert tolls(text) == {"Gomboro": (70, 70, 70), "Kassan": (30, 30, 30)}


def test_near_miss_a_joint_toll_alone_is_still_split_evenly():
    text = "Gunmen attacked the villages of Gomboro and Kassan in Sourou province on Tuesday, killing 40 people."
    assert tolls(text) == {"Gomboro": (20, 20, 20), "Kassan": (20, 20, 20)}
