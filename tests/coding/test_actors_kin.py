"""A group named only to say what another named group is a branch, a faction or an offshoot of
(session 9, round 2): "ISWAP, a splinter faction of Boko Haram" names one actor, ISWAP.

Short texts written for these tests, in wire style; every expected value checked by hand
against the text and data/reference/actors.yaml (ISWAP: Islamic State West Africa Province;
"Islamic State" alone: Islamic State Sahel; "al-Qaeda": JNIM).
"""

from __future__ import annotations

from datetime import date

from analysis.coding import actors as A
from analysis.coding import text as T

WHEN = date(2025, 10, 14)


def found(text: str, country: str = "Niger") -> list[tuple[str, str]]:
    sents = T.split_sentences(T.parse(text))
    return [(m.text, m.actor) for m in A.find_actors(text, sents, country=country, when=WHEN)]


def actors(text: str, country: str = "Niger") -> list[str]:
    return [a for _, a in found(text, country)]


def test_the_kin_after_the_name_is_no_actor():
    # an apposition of the parent group, after an acronym in brackets too
    assert actors("The attack was claimed by the Islamic State West Africa Province (ISWAP), a splinter "
                  "faction of Boko Haram.") == ["Islamic State West Africa Province"] * 2
    assert actors("ISWAP, which broke away from Boko Haram in 2016, killed ten soldiers.") == [
        "Islamic State West Africa Province", "Nigerien armed forces"]
    assert actors("The region is a stronghold of IS Sahel, a rival of JNIM.", "Mali") == ["Islamic State Sahel"]


def test_the_kin_inside_the_description_is_no_actor():
    assert actors("ISWAP, a Boko Haram offshoot, killed ten soldiers.") == [
        "Islamic State West Africa Province", "Nigerien armed forces"]
    assert actors("ISWAP, an Islamic State affiliate, killed ten soldiers.") == [
        "Islamic State West Africa Province", "Nigerien armed forces"]


def test_the_kin_before_the_name_is_no_actor():
    assert actors("The Boko Haram splinter group ISWAP killed ten soldiers.") == [
        "Islamic State West Africa Province", "Nigerien armed forces"]
    assert actors("Boko Haram's splinter faction ISWAP killed ten soldiers.") == [
        "Islamic State West Africa Province", "Nigerien armed forces"]


def test_lists_rivals_and_partners_keep_both_groups():
    # near misses: a list, a rival named as the other side, a partner
    assert actors("Clashes between JNIM, IS Sahel and Boko Haram killed ten.", "Mali") == [
        "JNIM", "Islamic State Sahel", "Boko Haram"]
    assert actors("Clashes between JNIM and its rival IS Sahel killed ten.", "Mali") == ["JNIM", "Islamic State Sahel"]
    assert actors("ISWAP, a splinter faction of Boko Haram and JNIM, fought.") == [
        "Islamic State West Africa Province", "Boko Haram", "JNIM"]
    assert actors("FLA fighters, allied with JNIM, attacked the army.", "Mali") == [
        "CSP/FLA", "JNIM", "Malian armed forces"]
