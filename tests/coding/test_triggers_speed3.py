"""triggers.resolve_type builds its Resolution without the dataclass constructor: compared with it."""

from __future__ import annotations

from analysis.coding import triggers as TR
from analysis.records import TriggerMention


def test_resolution_is_the_constructors():
    types = TR.load_lexicon().types
    head = TriggerMention(0, 8, "attacked", "Violence against civilians", "Attack", "Political violence",
                          sentence_index=0, lemma="attacked", key="attack", pos="verb")
    for key in ("attack", "looting", "armed_clash"):
        for civ in (False, True):
            fast = TR._resolution(types, key, head, "rule", civ)
            plain = TR.Resolution(key, types[key], head, civ, "rule")
            assert fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)
            assert list(vars(fast)) == list(vars(plain))
