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
