""""An attack claimed by X" after a blast only labels it: the means (a mine, a roadside bomb, shells)
still types the event, and X is its perpetrator; a ground attack told as such is still a battle.
Texts written for these tests (2024-05-08 is a Wednesday; "on Monday" is 2024-05-06)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text

WED = date(2024, 5, 8)


def _only(text: str):
    events = code_text(text, WED)
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text", [
    "Six soldiers were killed on Monday when their vehicle struck a landmine near Boni, an attack claimed by JNIM, the army said.",
    "Six soldiers were killed on Monday when their vehicle hit an explosive device near Boni, an attack later claimed by JNIM.",
    "A roadside bomb killed six soldiers near Boni on Monday in an attack claimed by JNIM.",
    "A roadside bomb killed six soldiers near Boni on Monday, an attack that was claimed by JNIM.",
])
def test_a_blast_labelled_as_a_claimed_attack_stays_a_blast(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (e.actor1, e.actor2) == ("JNIM", "Malian armed forces")
    assert (e.event_date, e.location, e.fatalities) == ("2024-05-06", "Boni", 6)


@pytest.mark.parametrize("text", [
    "Jihadists shelled the army camp in Boni on Monday before launching a ground attack, killing 10 soldiers.",
    "Militants attacked the army post in Boni with mortars on Monday, killing 10 soldiers, in an attack claimed by JNIM.",
])
def test_a_ground_assault_with_shelling_is_still_a_battle(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor2 == "Malian armed forces" and e.fatalities == 10
