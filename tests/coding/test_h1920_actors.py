"""Who did what to whom, and the event type, in wordings of army communiques and agency copy.
Texts written for these tests (2023-05-10 is a Wednesday; "on Monday" is 2023-05-08)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text

WED = date(2023, 5, 10)


def _only(text: str):
    events = code_text(text, WED)
    assert len(events) == 1, events
    return events[0]


# --------------------------------------------------------------- "an air operation" is an air strike
@pytest.mark.parametrize("text", [
    "The army said an air operation carried out on Monday near Djibo had neutralised some 30 terrorists.",
    "Burkina Faso's military said air operations near Djibo on Monday destroyed a terrorist camp and killed dozens of fighters.",
    "An aerial operation conducted on Monday near Djibo killed about 20 militants, the general staff said.",
])
def test_an_air_operation_is_an_air_strike(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (e.actor1, e.actor2) == ("Burkinabe armed forces", "Unidentified armed group")
    assert (e.event_date, e.location) == ("2023-05-08", "Djibo")


def test_air_and_ground_operations_stay_a_ground_fight():
    e = _only("Soldiers launched air and ground operations near Djibo on Monday, killing 12 militants, the army said.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


# --------------------------------------------------------------- the escort is the target, not the escorted
@pytest.mark.parametrize("text", [
    "Gendarmes escorting a convoy of traders were ambushed near Kaya on Monday, the army said.",
    "Soldiers guarding a group of civilians were attacked on Monday near Kaya by gunmen, killing three soldiers.",
    "On Monday, soldiers and volunteers protecting displaced families were ambushed near Kaya.",
])
def test_troops_escorting_civilians_are_the_target(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Burkinabe armed forces")
    assert (e.event_date, e.location) == ("2023-05-08", "Kaya")


@pytest.mark.parametrize("text", [
    "Three traders travelling with a convoy were ambushed near Kaya on Monday, a local source said.",
    "Civilians escorting a herd were attacked near Kaya on Monday by gunmen, killing five.",
])
def test_escorting_civilians_stay_civilians(text):
    e = _only(text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Civilians")
