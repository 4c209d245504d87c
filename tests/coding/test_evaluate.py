"""Matching and scoring of the evaluator on tiny hand-made gold and prediction sets."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding import evaluate as E


def g(d, loc, admin1="Mopti", precision="day", etype="Battles", sub="Armed clash", a1="JNIM", a2="Malian armed forces",
      low=None, high=None, foreign=(), main=True, variants=(), country="Mali"):
    return {"date": date.fromisoformat(d), "date_precision": precision, "country": country, "admin1": admin1,
            "location": loc, "location_variants": list(variants), "event_type": etype, "sub_event_type": sub,
            "actor1": a1, "actor2": a2, "fatalities_low": low, "fatalities_high": high,
            "foreign_actors": list(foreign), "main": main, "evidence": ""}


def p(eid, d, loc, admin1="Mopti", precision="day", etype="Battles", sub="Armed clash", a1="JNIM",
      a2="Malian armed forces", fat=0, low=None, high=None, foreign=(), main=True, country="Mali"):
    return {"event_id": eid, "date": date.fromisoformat(d), "date_precision": precision, "country": country,
            "admin1": admin1, "location": loc, "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "fatalities": fat, "fatalities_low": low, "fatalities_high": high, "foreign_actors": list(foreign),
            "main": main, "evidence": ""}


@pytest.mark.parametrize("precision, pred, ok", [
    ("day", "2022-07-28", True), ("day", "2022-07-29", False),
    ("week", "2022-08-03", True), ("week", "2022-08-04", False),
    ("month", "2022-07-01", True), ("month", "2022-08-01", False),
    ("year", "2022-01-01", True), ("year", "2023-01-01", False),
])
def test_date_within_precision(precision, pred, ok):
    assert E.date_within(date(2022, 7, 27), precision, date.fromisoformat(pred)) is ok


def test_location_rules():
    assert E.location_match(g("2022-07-27", "Anéfis"), p("x", "2022-07-27", "Anefis"))
    assert E.location_match(g("2022-07-27", "Tinzaouaten"), p("x", "2022-07-27", "Ti-n-Zaouâtene"))  # containment
    # a spelling the gazetteer does not record needs the gold's "also spelled" comment
    assert not E.location_match(g("2022-07-27", "Kaloumbo"), p("x", "2022-07-27", "Kaloumba"))
    assert E.location_match(g("2022-07-27", "Kaloumbo", variants=["Kaloumba"]), p("x", "2022-07-27", "Kaloumba"))
    # one the gazetteer records for the place the coder named (GeoNames alternate name, or a
    # place_aliases.csv spelling) is that place: the coder writes the gazetteer's main name
    assert E.location_match(g("2022-07-27", "Kalumba"), p("x", "2022-07-27", "Kaloumba"))
    assert E.location_match(g("2025-06-22", "Dinangourou"), p("x", "2025-06-22", "Dinangorou"))
    assert E.location_match(g("2019-03-23", "Ogossagou"), p("x", "2019-03-23", "Ogassagou-Peulh"))  # alias
    # near misses: another place's name, or the same name in another country
    assert not E.location_match(g("2025-06-22", "Bankass"), p("x", "2025-06-22", "Dinangorou"))
    assert not E.location_match(g("2025-06-22", "Dinangourou"), p("x", "2025-06-22", "Dinangorou", country="Niger"))
    assert E.location_match(g("2022-07-27", "", admin1="Ménaka"), p("x", "2022-07-27", "Anderamboukane", admin1="Menaka"))
    assert not E.location_match(g("2022-07-27", "", admin1="Gao"), p("x", "2022-07-27", "Tessit", admin1="Mopti"))
    assert E.location_match(g("2022-07-27", "", admin1=""), p("x", "2022-07-27", "", admin1=""))


def test_fatality_rules():
    gold = g("2022-07-27", "X", low=132, high=200)
    assert E.fatalities_right(gold, p("x", "2022-07-27", "X", fat=150, low=150, high=150))
    assert E.fatalities_right(gold, p("x", "2022-07-27", "X", fat=100, low=100, high=140))  # ranges overlap
    assert not E.fatalities_right(gold, p("x", "2022-07-27", "X", fat=100, low=100, high=120))
    assert not E.fatalities_right(gold, p("x", "2022-07-27", "X"))
    assert E.fatalities_right(g("2022-07-27", "X"), p("x", "2022-07-27", "X"))
    assert not E.fatalities_right(g("2022-07-27", "X"), p("x", "2022-07-27", "X", fat=3, low=3, high=3))


def test_matching_is_one_to_one_and_prefers_the_better_pair():
    gold = [g("2022-07-27", "Mopti", sub="Armed clash"), g("2022-07-27", "Mopti", etype="Strategic developments", sub="Other")]
    preds = [p("sd", "2022-07-27", "Mopti", etype="Strategic developments", sub="Other"), p("b", "2022-07-27", "Mopti")]
    assert E.match(gold, preds) == [(0, 1), (1, 0)]
    assert E.match(gold[:1], preds[1:] * 2) == [(0, 0)]
    assert E.match(gold, [p("x", "2022-07-27", "Mopti", country="Niger")]) == []


def test_scores_hand_computed():
    gold = {"art": [
        g("2022-07-27", "Mopti", low=10, high=20),                                               # G1
        g("2022-07-16", "Kati", admin1="Koulikoro", precision="month", etype="Violence against civilians",
          sub="Attack", a1="Unidentified armed group", a2="Civilians", main=False),              # G2
        g("2025-01-29", "", admin1="", etype="Strategic developments", sub="Other", a1="Government of Mali", a2="ECOWAS"),  # G3
        g("2022-07-27", "Kalumba", admin1="Koulikoro", low=5, high=5, variants=["Kaloumba"]),    # G4
        g("2022-07-20", "Kati", admin1="Koulikoro"),                                             # G5: missed
    ]}
    preds = {"art": [
        p("P1", "2022-07-28", "Mopti", admin1="Segou", a1="Malian armed forces", a2="JNIM", fat=15, low=15, high=15,
          foreign=["Wagner Group"]),
        p("P2", "2022-07-05", "Kati", admin1="Koulikoro", precision="week", etype="Violence against civilians",
          sub="Abduction/forced disappearance", a1="Unidentified armed group", a2="Civilians", main=False),
        p("P3", "2022-07-27", "Sokolo", admin1="Ségou"),                                          # false positive
        p("P4", "2025-01-29", "", admin1="", etype="Strategic developments", sub="Other", a1="Government of Mali", a2="ECOWAS"),
        p("P5", "2022-07-27", "Kaloumba", admin1="Koulikoro", precision="month", a1="Katiba Macina", fat=6, low=6, high=8),
    ], "other-article-without-gold": [p("P9", "2022-07-27", "Mopti")]}
    sc = E.score(gold, preds)
    assert sc.counts == {"articles": 1, "gold_events": 5, "predicted_events": 5, "matched": 4}
    assert sc.detection["all"]["precision"] == 0.8 and sc.detection["all"]["recall"] == 0.8 and sc.detection["all"]["f1"] == 0.8
    assert sc.detection["main"]["precision"] == 0.75 and sc.detection["main"]["recall"] == 0.75
    f = sc.fields
    assert f["pairs"] == 4
    assert f["date"] == 0.75          # P5 is month precision for a day event
    assert f["date_exact"] == 0.5     # P1 one day off, P2 a different day of the month
    assert f["admin1"] == 0.75        # P1 Segou
    assert f["location"] == 1.0
    assert f["event_type"] == 1.0
    assert f["sub_event_type"] == 0.75  # P2 abduction
    assert f["actors"] == 1.0           # Battles either order; Katiba Macina is part of JNIM
    assert f["foreign_actors"] == 0.75 and f["foreign_actors_jaccard"] == 0.75
    assert f["fatalities"] == 0.75      # P5 6-8 outside the gold 5
    assert f["main"] == 1.0             # G2/P2 both background, the other pairs both main
    kinds = sorted(m["kind"] for m in sc.misses)
    assert kinds == ["false positive", "unmatched gold", "wrong admin1", "wrong date", "wrong fatalities",
                     "wrong foreign_actors", "wrong sub_event_type"]
    text = E.format_scores(sc)
    assert "precision 0.800" in text and "unmatched gold" in text


def test_main_flag_of_a_matched_pair_is_scored():
    # the same event found, but coded as news where the gold calls it background
    gold = {"art": [g("2022-07-27", "Mopti"), g("2021-03-02", "Kati", admin1="Koulikoro", main=False)]}
    preds = {"art": [p("P1", "2022-07-27", "Mopti"), p("P2", "2021-03-02", "Kati", admin1="Koulikoro", main=True)]}
    sc = E.score(gold, preds)
    assert sc.counts["matched"] == 2 and sc.fields["main"] == 0.5
    assert [(m["kind"], m["predicted"], m["gold"]) for m in sc.misses] == [("wrong main", "main", "background")]


def test_load_gold_reads_variants_and_nulls(tmp_path):
    (tmp_path / "a1.yaml").write_text(
        "article: a1\nevents:\n  - date: 2023-10-07\n    date_precision: day\n    country: Mali\n    admin1: Gao\n"
        "    location: Anefis                 # also spelled Anéfis\n    event_type: Battles\n"
        "    sub_event_type: Armed clash\n    actor1: JNIM\n    actor2: null\n    fatalities_low: null\n"
        "    fatalities_high: null\n    foreign_actors: []\n    main: true\n    evidence: x\n", encoding="utf-8")
    gold = E.load_gold(tmp_path)
    ev = gold["a1"][0]
    assert ev["location_variants"] == ["Anéfis"] and ev["actor2"] == "" and ev["fatalities_low"] is None
    assert ev["date"] == date(2023, 10, 7)


def test_canonical_actor_names():
    assert E.canonical_actor("Malian armed forces (mutineers)") == E.canonical_actor("Malian armed forces")
    assert E.canonical_actor("Katiba Macina") == E.canonical_actor("JNIM")
    assert E.canonical_actor("") == ""


def test_false_positive_named_in_gold_comments_is_flagged_soft(tmp_path):
    (tmp_path / "a1.yaml").write_text(
        "article: a1\n# Not coded: the Boni incident (no date).\nevents:\n  - date: 2022-09-26\n"
        "    date_precision: day\n    country: Burkina Faso\n    admin1: Sahel\n    location: Gaskinde\n"
        "    event_type: Battles\n    sub_event_type: Armed clash\n    actor1: JNIM\n    actor2: Burkinabe armed forces\n"
        "    fatalities_low: null\n    fatalities_high: null\n    foreign_actors: []\n    main: true\n    evidence: x\n",
        encoding="utf-8")
    gold = E.load_gold(tmp_path)
    preds = {"a1": [p("boni", "2022-09-20", "Boni", admin1="Hauts-Bassins", country="Burkina Faso"),
                    p("x", "2022-09-20", "Djibo", admin1="Sahel", country="Burkina Faso")]}
    fps = {m["event_id"]: m["soft"] for m in E.score(gold, preds).misses if m["kind"] == "false positive"}
    assert fps == {"boni": True, "x": False}
