"""Triggers: the lexicon, the matcher (longest match, voice, noun/verb) and the typing rules.

Every expected value was read off the sentence by hand.
"""

from __future__ import annotations

import pytest

from analysis.coding import text as T
from analysis.coding import triggers as TR

ACLED_SUB_EVENTS = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}


def triggers(sentence: str):
    doc = T.parse(sentence)
    return TR.find_triggers(doc, T.split_sentences(doc))


def test_lexicon_uses_acled_names_exactly():
    lex = TR.load_lexicon()
    for info in lex.types.values():
        assert info.sub_event_type in ACLED_SUB_EVENTS[info.event_type], info
        assert DISORDER[info.event_type] == info.disorder_type, info
    # every sub-event type Sahel news uses has a trigger family
    used = {lex.types[e.type].sub_event_type for e in lex.entries}
    for sub in ("Armed clash", "Attack", "Abduction/forced disappearance", "Air/drone strike",
                "Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack",
                "Looting/property destruction", "Government regains territory",
                "Non-violent transfer of territory", "Agreement", "Arrests", "Change to group/activity",
                "Headquarters or base established", "Other", "Peaceful protest", "Violent demonstration"):
        assert sub in used, sub


def test_active_and_passive_voice():
    (t,) = [t for t in triggers("Militants killed 42 troops.") if t.key == "kill"]
    assert (t.text, t.pos, t.passive) == ("killed", "verb", False)
    (t,) = [t for t in triggers("Soldiers were killed by jihadists.") if t.key == "kill"]
    assert t.passive is True
    # reduced relative: "civilians killed by drone strikes"
    ts = triggers("Civilians killed by drone strikes were buried on Monday.")
    assert next(t for t in ts if t.key == "kill").passive is True


def test_longest_match_wins_and_offsets_point_into_the_text():
    s = "A suicide attack hit the camp."
    ts = triggers(s)
    assert [t.key for t in ts][0] == "suicide_bomb"
    assert s[ts[0].start:ts[0].end] == "suicide attack"
    assert ts[0].sentence_index == 0


def test_noun_or_verb_for_forms_listed_as_both():
    ts = triggers("The attacks on the town continued.")
    attack = next(t for t in ts if t.text == "attacks")
    assert attack.pos == "noun"
    killing = next(t for t in triggers("Gunmen stormed the village, killing 20 people.") if t.text == "killing")
    assert killing.pos == "verb"


def test_phrases_with_gaps_and_quotes():
    ts = triggers("The army said it had taken “complete control” of the town.")
    assert any(t.key == "territory" and t.text.startswith("taken") for t in ts)
    ts = triggers("Three countries have withdrawn from the Economic Community of West African States (ECOWAS).")
    assert any(t.key == "other" for t in ts)
    ts = triggers("UN peacekeepers handed over the camp to the army.")
    assert [t.key for t in ts] == ["transfer"]
    ts = triggers("Mali, Burkina Faso and Niger signed a mutual defence pact.")
    assert {t.key for t in ts} == {"agreement"}


def test_modifier_is_not_a_trigger():
    assert not [t for t in triggers("Some 200 soldiers had been at the drone base.") if t.key == "air_strike"]


def _t(key: str, text: str = "x", pos: str = "verb") -> TR.TriggerMention:
    info = TR.type_info(key)
    return TR.TriggerMention(0, 1, text, info.event_type, info.sub_event_type, info.disorder_type,
                             key=key, pos=pos, strength=1.0 if key != "kill" else 0.5)


@pytest.mark.parametrize(
    "keys, kwargs, expected, civ",
    [
        # rule 5: an attack on an armed organised target is a battle ...
        (["attack"], {"target_inter": 1}, "Armed clash", False),
        (["attack"], {"armed_target_word": True}, "Armed clash", False),
        # ... on civilians an attack on civilians
        (["attack", "kill"], {"target_inter": 7, "civilian_victims": True, "deaths": True}, "Attack", True),
        # rule 4: the means names the event; a strike that killed civilians targets them
        (["air_strike", "kill"], {"agent_inter": 1, "target_inter": 7, "civilian_victims": True, "deaths": True},
         "Air/drone strike", True),
        (["kill", "ied"], {"target_inter": 8}, "Remote explosive/landmine/IED", False),
        # rule 4: remote violence during a battle is part of the battle
        (["kill", "air_strike"], {"agent_inter": 3, "target_inter": 1, "armed_target_word": True, "deaths": True},
         "Armed clash", False),
        (["armed_clash", "shelling"], {}, "Armed clash", False),
        # rule 3: an abduction without deaths
        (["attack", "abduction"], {"agent_inter": 3}, "Abduction/forced disappearance", True),
        # rule 2: territory by agent
        (["territory"], {"agent_inter": 1, "enemy_present": True}, "Government regains territory", False),
        (["territory", "attack"], {"agent_inter": 2, "target_inter": 1}, "Non-state actor overtakes territory", False),
        (["territory"], {"agent_inter": 1}, "Other", False),  # soldiers seizing a base: mutiny
        (["territory"], {"agent_inter": 1, "leader_held": True}, "Arrests", False),
        # rule 1: demonstrations
        (["peaceful_protest"], {}, "Peaceful protest", False),
        (["peaceful_protest", "protest_intervention"], {}, "Protest with intervention", False),
        (["peaceful_protest", "kill"], {"deaths": True}, "Excessive force against protesters", False),
        # rule 6: property destruction with no one harmed
        (["looting", "attack"], {}, "Looting/property destruction", False),
        (["arrests", "other"], {}, "Arrests", False),
    ],
)
def test_resolve_type_rules(keys, kwargs, expected, civ):
    res = TR.resolve_type([_t(k) for k in keys], **kwargs)
    assert res is not None
    assert res.info.sub_event_type == expected
    assert res.civilian_targeting is civ


def test_a_long_run_of_quote_marks_inside_a_phrase_is_skipped_without_recursion():
    # the matcher skips quotes inside a phrase ("taken “complete control” of"); 3,000 of them
    # exceeded Python's recursion limit (RecursionError) when each was one recursive call
    text = "The army said it had taken " + "“" * 3000 + "complete control of the town."
    ts = [t for t in triggers(text) if t.key == "territory"]
    assert len(ts) == 1 and ts[0].text.startswith("taken “") and ts[0].text.endswith("complete control of")
