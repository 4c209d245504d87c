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
- The army's response to an attack on civilians, told in a later sentence with the army as the
  clause's agent ("Troops pursued the assailants, killing 12 of them", "soldiers tracked down the
  attackers and killed eight of them"), is a battle of its own, not part of the attack; a
  participle after a comma ("..., killing 12 of them") has the clause's subject as its agent
  (not the object of the verb before it), and "them" is that object.
- A clash verb in "-ing" right after a collective body ("a regional coalition fighting the
  jihadists", "an alliance fighting rebels") describes what the body does: no event.
- Escaped inmates caught again ("14 escapees were arrested", "police rearrested nine escaped
  inmates", "fugitive prisoners detained") are no civilians held: the arrest's actor2 stays empty
  (other detainees default to Civilians as before); "rearrested" is an arrest verb.
- Civilians killed in the passive "during an army patrol / a military operation / a Malian army
  sweep" with no "by" agent: the state force whose operation it was is the agent (not when the
  victims are soldiers: then the patrol was the target).
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


# --------------------------------------------------------------------------- the army's response


def test_pursuit_after_raid_is_its_own_battle():
    text = ("NIAMEY, March 12 - Gunmen killed seven villagers in a raid on a village near Diffa on Sunday, "
            "the governor said. Soldiers from a nearby base pursued the attackers, killing 10 of them, "
            "he added.")
    evs = events(text)
    vac = [e for e in evs if e.event_type == "Violence against civilians"]
    bat = [e for e in evs if e.event_type == "Battles"]
    assert len(vac) == 1 and len(bat) == 1
    assert (vac[0].actor1, vac[0].actor2, vac[0].fatalities_low) == ("Unidentified armed group", "Civilians", 7)
    assert (bat[0].actor1, bat[0].actor2, bat[0].fatalities_low) == ("Nigerien armed forces", "Unidentified armed group", 10)


def test_tracked_down_and_killed_after_attack():
    text = ("BAMAKO, March 12 - JNIM fighters killed 11 civilians at a market near Bandiagara on Sunday, "
            "local officials said. Troops later tracked down the attackers and killed six of them, the army said.")
    evs = events(text)
    bat = [e for e in evs if e.event_type == "Battles"]
    assert len(bat) == 1
    assert (bat[0].actor1, bat[0].actor2) == ("Malian armed forces", "JNIM")
    vac = [e for e in evs if e.event_type == "Violence against civilians"]
    assert len(vac) == 1 and vac[0].fatalities_low == 11


def test_participle_after_pursuit_has_the_subject_as_agent():
    text = "NIAMEY, March 12 - Soldiers pursued the attackers on Sunday near Bosso, killing 12 of them, the army said."
    (ev,) = events(text)
    assert (ev.actor1, ev.event_type, ev.fatalities_low) == ("Nigerien armed forces", "Battles", 12)


def test_attack_on_soldiers_is_not_split():
    # the state forces are the victims here, not a response: one battle
    text = ("NIAMEY, March 12 - Gunmen attacked an army post near Torodi on Sunday, killing 12 soldiers, "
            "the army said. Troops repelled the assault, it added.")
    evs = [e for e in events(text) if e.event_type == "Battles"]
    assert len(evs) == 1 and evs[0].actor1 == "Unidentified armed group"


def test_coalition_fighting_jihadists_is_no_event():
    text = ("NIAMEY, March 12 - Gunmen killed five herders near Bosso on Sunday, the governor said. Niger is "
            "part of a regional coalition fighting the jihadists around Lake Chad.")
    evs = events(text)
    assert len(evs) == 1
    assert (evs[0].event_type, evs[0].actor1) == ("Violence against civilians", "Unidentified armed group")


# --------------------------------------------------------------------------- escapees rearrested


def arrests(text: str):
    return of_type(text, "Arrests")


def test_escapees_arrested_have_no_actor2():
    (ev,) = arrests("BAMAKO, March 12 - The army said on Monday that 14 escapees had been arrested at a "
                    "checkpoint near Diabaly.")
    assert (ev.actor1, ev.actor2) == ("Malian armed forces", "")


def test_escaped_inmates_rearrested():
    (ev,) = arrests("NIAMEY, March 12 - Police rearrested nine escaped inmates near Koutoukale on Monday, "
                    "officials said.")
    assert (ev.actor1, ev.actor2) == ("Nigerien armed forces", "")


def test_fugitive_prisoners_detained():
    (ev,) = arrests("OUAGADOUGOU, March 12 - Gendarmes detained six fugitive prisoners near Kaya on Sunday, "
                    "the security ministry said.")
    assert ev.actor2 == ""


def test_other_detainees_stay_civilians():
    (ev,) = arrests("NIAMEY, March 12 - Police arrested nine traders near Koutoukale on Monday, officials said.")
    assert ev.actor2 == "Civilians"


# --------------------------------------------------------------------------- killed during an army patrol


def test_executed_during_an_army_patrol():
    (ev,) = events("BAMAKO, March 12 - Eleven herders were executed near Niafunke on Sunday during an army "
                   "patrol, residents said.")
    assert (ev.event_type, ev.actor1, ev.actor2) == ("Violence against civilians", "Malian armed forces", "Civilians")


def test_shot_during_a_military_operation():
    (ev,) = events("BAMAKO, March 12 - Five villagers were shot dead during a military operation near Djenne "
                   "on Sunday, residents said.")
    assert (ev.actor1, ev.actor2) == ("Malian armed forces", "Civilians")


def test_soldiers_killed_during_a_patrol_are_the_target():
    (ev,) = events("BAMAKO, March 12 - Five soldiers were killed during an army patrol near Djenne on Sunday.")
    assert ev.actor2 == "Malian armed forces" and ev.actor1 != "Malian armed forces"


def test_killed_without_an_operation_stays_unidentified():
    (ev,) = events("BAMAKO, March 12 - Five villagers were killed near Djenne on Sunday, residents said.")
    assert (ev.actor1, ev.actor2) == ("Unidentified armed group", "Civilians")
