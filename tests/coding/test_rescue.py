"""A rescue by the state's forces is no negotiated release and tells no abduction.

ACLED's Agreement for a hostage release is the captors' release (a deal, a ransom). Soldiers
freeing hostages in an operation are coded from the operation's fighting words; the people they
free ("three abducted teachers") are no abduction told on that day. Texts written for these tests.
"""

from __future__ import annotations

from datetime import date

from analysis.coding.extract import code_text

PUBLISHED = date(2025, 5, 13)  # a Tuesday: "on Sunday" is 2025-05-11


def coded(text: str):
    return code_text(text, PUBLISHED, outlet="Test Wire")


def test_forces_rescuing_abducted_people_is_the_fight_only():
    (ev,) = coded("Security forces rescued three abducted teachers in an operation near Ayorou on Sunday "
                  "and killed four gunmen, the defence ministry said.")
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Armed clash", "Nigerien armed forces", "Ayorou")
    assert str(ev.event_date) == "2025-05-11"


def test_soldiers_freeing_hostages_in_a_raid_is_a_battle_not_an_agreement():
    (ev,) = coded("Soldiers freed 12 hostages in a raid on a militant camp near Bosso on Sunday, the army said.")
    assert (ev.event_type, ev.sub_event_type, ev.actor1) == ("Battles", "Armed clash", "Nigerien armed forces")


def test_hostages_freed_by_troops_are_no_agreement():
    evs = coded("Nine hostages were freed by troops near Bosso on Sunday, the army said.")
    assert [e.sub_event_type for e in evs if e.sub_event_type == "Agreement"] == []


def test_captors_releasing_hostages_stay_an_agreement():
    (ev,) = coded("JNIM released two Italian hostages near Gao on Sunday, officials said.")
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Agreement", "JNIM", "Gao")
    (ev,) = coded("The kidnappers freed the hostages near Ayorou on Sunday after a ransom was paid.")
    assert ev.sub_event_type == "Agreement"


def test_an_abduction_told_stays_one():
    (ev,) = coded("Gunmen abducted three teachers near Ayorou on Sunday.")
    assert (ev.sub_event_type, ev.actor2) == ("Abduction/forced disappearance", "Civilians")
