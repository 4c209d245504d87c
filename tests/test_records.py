"""records.filled: the coder's fast record builder gives what the constructor gives."""

import pickle
from dataclasses import dataclass

from analysis.records import Quantity, Sentence, filled


def test_filled_equals_the_frozen_constructor():
    kw = dict(start=3, end=5, text="42", value=42, qualifier="at least", vague=False, unit="", high=None)
    fast, plain = filled(Quantity, **kw), Quantity(**kw)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    # a mapping or pairs as the positional argument, as dict.update takes them
    assert filled(Sentence, zip(("index", "start", "end", "text"), (0, 0, 4, "Gao."))) == Sentence(0, 0, 4, "Gao.")


def test_filled_keeps_records_frozen():
    s = filled(Sentence, index=1, start=0, end=3, text="Gao")
    try:
        s.text = "Kidal"
    except AttributeError:
        pass
    else:
        raise AssertionError("a filled frozen record accepted an assignment")
    assert s.text == "Gao"


def test_classes_with_post_init_or_slots_go_through_their_constructor():
    @dataclass
    class Checked:
        n: int

        def __post_init__(self):
            self.n = self.n * 2

    @dataclass(slots=True)
    class Slotted:
        n: int

    assert filled(Checked, n=2).n == 4  # __post_init__ ran
    assert filled(Slotted, n=2) == Slotted(2)


def test_filled_records_own_their_fields():
    # the keyword dict becomes the instance dict; a mapping given positionally is copied
    kw = dict(index=1, start=0, end=3, text="Gao")
    by_kw, by_map = filled(Sentence, **kw), filled(Sentence, kw)
    kw["text"] = "Kidal"
    assert by_kw.text == "Gao" and by_map.text == "Gao"
    assert by_kw.__dict__ is not by_map.__dict__
    # a non-frozen dataclass: equal to its constructor's, and its instances stay independent
    from analysis.records import MentionRow

    a = filled(MentionRow, article_id="a", event_id="", sentence_index=0, start_char=1, end_char=2, role="trigger", text="x")
    b = filled(MentionRow, article_id="a", event_id="", sentence_index=0, start_char=1, end_char=2, role="trigger", text="x")
    assert a == MentionRow("a", "", 0, 1, 2, "trigger", "x") and repr(a) == repr(MentionRow("a", "", 0, 1, 2, "trigger", "x"))
    a.event_id = "E1"
    assert b.event_id == "" and a.event_id == "E1"


@dataclass(frozen=True)
class Tagged(Sentence):
    tag: str = ""


def test_filled_subclass_of_a_record():
    # the instance-dict setter is found on the record base class
    t = filled(Tagged, index=0, start=0, end=3, text="Gao", tag="x")
    assert t == Tagged(0, 0, 3, "Gao", "x") and repr(t) == repr(Tagged(0, 0, 3, "Gao", "x"))
    assert pickle.loads(pickle.dumps(t)) == t
