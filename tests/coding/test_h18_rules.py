"""Rules of the h18 round, each checked on short texts written for these tests (wire style;
2024-03-12 is a Tuesday); every expected value checked by hand against the text.

- Two named non-state armed groups as the coordinated subject of a reciprocal verb with no object
  ("fighters of the Islamic State and of JNIM clashed", "JNIM and rival Islamic State fighters
  fought") fought each other: they are the two sides (the army is no side). The members' noun
  left out before a second "of" ("fighters of X and of Y") keeps Y a subject, and "rival" may
  stand between the conjuncts.
- "Units of the army and of the VDP launched ...": "units" is a members' noun like "elements" or
  "troops" (the phrase is the subject, not a phrase of another noun), so the army, named first,
  is actor1 and the VDP an associated actor.
"""

from __future__ import annotations

from datetime import date

from analysis.coding.extract import code_text

PUBLISHED = date(2024, 3, 12)


def events(text: str, title: str = ""):
    return code_text(text, PUBLISHED, title=title, outlet="Test Wire", article_id="text")


def of_type(text: str, sub: str, title: str = ""):
    return [e for e in events(text, title) if e.sub_event_type == sub]


# --------------------------------------------------------------------------- rival groups clash


def test_fighters_of_two_groups_clashed():
    text = ("BAMAKO, March 12 - Fighters of the Islamic State in the Sahel and of JNIM clashed on Sunday "
            "near Tessit, in the Gao region, local sources said.")
    (ev,) = of_type(text, "Armed clash")
    assert {ev.actor1, ev.actor2} == {"Islamic State Sahel", "JNIM"}


def test_members_of_two_groups_with_rival_fought():
    text = ("BAMAKO, March 12 - Members of the Islamic State and of the rival JNIM fought near Menaka on "
            "Sunday, residents said.")
    (ev,) = of_type(text, "Armed clash")
    assert {ev.actor1, ev.actor2} == {"Islamic State Sahel", "JNIM"}


def test_group_and_rival_group_clashed():
    text = ("NIAMEY, March 12 - JNIM and rival Islamic State fighters clashed near Ansongo on Sunday, "
            "leaving 15 dead, a local official said.")
    (ev,) = of_type(text, "Armed clash")
    assert {ev.actor1, ev.actor2} == {"Islamic State Sahel", "JNIM"}


def test_two_groups_clashing_with_the_army_are_one_side():
    text = ("BAMAKO, March 12 - JNIM and FLA fighters clashed with the army near Kidal on Sunday, "
            "security sources said.")
    (ev,) = of_type(text, "Armed clash")
    assert "Malian armed forces" in (ev.actor1, ev.actor2)
    assert "JNIM" in (ev.actor1, ev.actor2)


def test_one_group_clashing_keeps_the_army_opponent():
    text = ("BAMAKO, March 12 - Fighters of JNIM clashed on Sunday near Tessit, in the Gao region, "
            "local sources said.")
    (ev,) = of_type(text, "Armed clash")
    assert (ev.actor1, ev.actor2) == ("JNIM", "Malian armed forces")


# --------------------------------------------------------------------------- units of the army


def test_units_of_the_army_and_of_the_vdp():
    text = ("OUAGADOUGOU, March 12 - Units of the army and of the Volunteers for the Defence of the Homeland "
            "(VDP) clashed with a group of assailants on Sunday near Titao, a security source said.")
    (ev,) = of_type(text, "Armed clash")
    assert (ev.actor1, ev.actor2) == ("Burkinabe armed forces", "Unidentified armed group")


def test_units_of_the_army_attacked():
    text = ("OUAGADOUGOU, March 12 - Units of the Burkinabe army attacked a jihadist camp near Djibo on "
            "Sunday, the army said.")
    (ev,) = events(text)
    assert ev.actor1 == "Burkinabe armed forces"


def test_units_in_a_phrase_of_another_noun_are_no_subject():
    text = ("BAMAKO, March 12 - Gunmen attacked a convoy of units of the army near Boni on Sunday, killing "
            "four soldiers, the army said.")
    evs = events(text)
    assert evs and all(e.actor1 != "Malian armed forces" for e in evs)
