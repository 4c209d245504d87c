"""Casualty claims and tolls (held-out rounds 21-22): who counts in a toll.

Short texts of our own wording; each checks the toll of the coded event(s).
"""

from datetime import date

import pytest

from analysis.coding.extract import code_text

PUB = date(2024, 3, 1)  # a Friday


def _main(text: str, title: str = ""):
    evs = code_text(text, PUB, title=title, outlet="Test Wire", article_id="text")
    mains = [e for e in evs if e.is_main]
    assert mains, evs
    return mains[0]


def _toll(ev):
    return ev.fatalities, ev.fatalities_low, ev.fatalities_high


# ---------------------------------------------------------------- "six people including two children were killed"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen attacked a village near Kaya on Sunday and 14 people including three children were killed.", (14, 14, 14)),
    ("Gunmen attacked a village near Kaya on Sunday. Nine people among them two women died in the attack.", (9, 9, 9)),
    ("Gunmen attacked a village near Kaya on Sunday. Nine people including two women and a baby were killed.",
     (9, 9, 9)),
])
def test_a_subset_without_commas_belongs_to_the_figure(text, toll):
    assert _toll(_main(text)) == toll


def test_a_subset_before_another_fate_is_no_toll():
    ev = _main("Nine people including two women were abducted near Kaya on Sunday.")
    assert _toll(ev) == (0, None, None)
