"""analysis.briefing: every key judgment's numbers recomputed from the event table.

Two checks: hand-computed values on the full fixture (tests/fixtures/tables), and an
independent recomputation with plain pandas on several selections, so a judgment can never
state a number the tables do not give.
"""

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis import briefing, paths
from analysis import tables as tb

FIXTURE = Path(__file__).parent / "fixtures" / "tables"
FOREIGN_FIXTURE = FIXTURE / "foreign"  # foreign forces and foreign nationals (see tests/test_foreign.py)

# The actor dictionary read with plain yaml: name -> (kind, home country), for the recomputation.
_ACTORS = {a["name"]: (a.get("kind"), a.get("country"))
           for a in yaml.safe_load((paths.REFERENCE / "actors.yaml").read_text(encoding="utf-8"))["actors"]}


@pytest.fixture(scope="module")
def t():
    return tb.read_dir(FIXTURE)


@pytest.fixture(scope="module")
def ft():
    return tb.read_dir(FOREIGN_FIXTURE)


def _is_force(label: str, row) -> bool:
    """The rule of analysis.foreign, restated: an external armed or state actor by name, or the
    home country of one of the event's armed actors."""
    if _ACTORS.get(label, (None, None))[0] in ("pmc", "mission", "state_force", "government"):
        return True
    names = [n for c in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2") for n in row[c].split("; ") if n]
    return any(_ACTORS.get(n, (None, None))[1] == label and _ACTORS[n][0] not in ("civilians", "protesters", "rioters", "international")
               for n in names)


def _pct(a, b):
    return int(a * 100 / b + 0.5)


def recompute(ev: pd.DataFrame, cl: pd.DataFrame) -> dict[str, dict]:
    """The judgments' numbers, computed here from scratch (no analysis function used)."""
    out = {}
    best = ev["fatalities"].astype(int)
    low = ev["fatalities_low"].fillna(best).astype(int).combine(best, min)
    high = ev["fatalities_high"].fillna(best).astype(int).combine(best, max)
    n, total = len(ev), int(best.sum())
    out["scale"] = {"events": n, "fatalities": total, "low": int(low.sum()), "high": int(high.sum())}
    reg = ev[ev["admin1"] != ""].groupby(["country", "admin1"])["fatalities"].agg(["sum", "size"])
    if total and reg["sum"].max() > 0:
        top = reg.sort_values(["sum", "size"], ascending=False).iloc[0]
        out["deadliest_region"] = {"region": reg.sort_values(["sum", "size"], ascending=False).index[0][1],
                                   "region_fatalities": int(top["sum"]), "share": _pct(top["sum"], total), "region_events": int(top["size"])}
    vc = ev["event_type"].value_counts()
    out["event_types"] = {"type_events": int(vc.max()), "share": _pct(vc.max(), n)}
    civ = ev[ev["civilian_targeting"]]
    if len(civ):
        out["civilians"] = {"civ_events": len(civ), "share": _pct(len(civ), n), "civ_fatalities": int(civ["fatalities"].sum()),
                            "perpetrator_events": int(civ["actor1"].value_counts().max())}
    pairs = [(row["event_id"], label, _is_force(label, row)) for _, row in ev.iterrows()
             for label in row["foreign_actors"].split("; ") if label]
    forces = pd.DataFrame([p for p in pairs if p[2]], columns=["event_id", "label", "force"])
    nationals = sorted({p[1] for p in pairs if not p[2]})
    n_nat = len({p[0] for p in pairs if not p[2]})
    nat = {"nationals_events": n_nat, "nationals": ", ".join(nationals[:-1]) + (" and " if len(nationals) > 1 else "") + nationals[-1]} if nationals else {}
    if len(forces):
        out["foreign"] = {"foreign_events": forces["event_id"].nunique(), "share": _pct(forces["event_id"].nunique(), n),
                          "actor_events": int(forces["label"].value_counts().max()), **nat}
    elif nationals:
        out["foreign_nationals"] = {**nat, "events": n, "share": _pct(n_nat, n)}
    deaths = cl[(cl["killed_or_other"] == "killed") & ~cl["superseded"] & cl["event_id"].isin(ev["event_id"])]
    figures = deaths.groupby(["event_id", "victim_group"])["count"].agg(["nunique", "min", "max"])
    disputed = figures[figures["nunique"] > 1]
    if len(disputed):
        widest = disputed.assign(gap=disputed["max"] - disputed["min"]).sort_values("gap", ascending=False).iloc[0]
        out["disputed"] = {"disputed": disputed.index.get_level_values(0).nunique(), "with_claims": deaths["event_id"].nunique(),
                           "lowest": int(widest["min"]), "highest": int(widest["max"])}
    return out


def test_hand_computed_full_fixture(t):
    j = {x.key: x.values for x in briefing.key_judgments(t.events, t.claims)}
    assert list(j) == ["scale", "deadliest_region", "event_types", "civilians", "foreign", "disputed"]
    assert (j["scale"]["events"], j["scale"]["fatalities"], j["scale"]["low"], j["scale"]["high"]) == (9, 182, 182, 251)
    assert (j["scale"]["start"], j["scale"]["end"]) == ("27 July 2022", "25 August 2024")
    # Kidal: E5 47 + E6 21 = 68 of 182 = 37.4%
    assert (j["deadliest_region"]["region"], j["deadliest_region"]["region_fatalities"], j["deadliest_region"]["share"]) == ("Kidal", 68, 37)
    assert (j["event_types"]["type"], j["event_types"]["type_events"], j["event_types"]["share"]) == ("Battles", 5, 56)
    assert (j["civilians"]["civ_events"], j["civilians"]["share"], j["civilians"]["civ_fatalities"]) == (2, 22, 26)
    assert j["civilians"]["perpetrator"] == "Malian armed forces and Unidentified armed group"  # a tie, 1 each
    assert (j["foreign"]["foreign_events"], j["foreign"]["share"], j["foreign"]["actor"], j["foreign"]["actor_events"]) == (3, 33, "Wagner Group", 2)
    assert "nationals" not in j["foreign"]  # the fixture's foreign labels are all forces: no clause
    assert (j["disputed"]["disputed"], j["disputed"]["with_claims"], j["disputed"]["lowest"], j["disputed"]["highest"]) == (5, 7, 47, 84)
    assert j["disputed"]["place"] == "Tinzaouaten, Kidal, Mali"


@pytest.mark.parametrize(
    "params",
    [{}, {"admin1": "Kidal"}, {"start_date": "2023-01-01"}, {"include_background": False},
     {"min_date_precision": "day"}, {"end_date": "2022-12-31"}],
)
def test_every_number_matches_the_tables(t, params):
    sub = tb.select_tables(t, **params)
    judgments = briefing.key_judgments(sub.events, sub.claims)
    assert 1 <= len(judgments) <= 6
    expected = recompute(sub.events, sub.claims)
    got = {j.key: j for j in judgments}
    assert set(got) == set(expected)
    for key, values in expected.items():
        for name, value in values.items():
            assert got[key].values[name] == value, (params, key, name)
    for j in judgments:  # every number in the values is in the sentence
        for v in j.values.values():
            assert str(v) in j.text


def test_hand_computed_foreign_forces_and_nationals(ft):
    j = {x.key: x for x in briefing.key_judgments(ft.events, ft.claims)}
    f = j["foreign"]
    # forces in F1, F3, F6, F4 = 4 of 6 (66.7%); Wagner Group in F3 and F6; nationals in F2 and F4
    assert (f.values["foreign_events"], f.values["share"], f.values["actor"], f.values["actor_events"]) == (4, 67, "Wagner Group", 2)
    assert (f.values["nationals_events"], f.values["nationals"]) == (2, "Canada, India and Niger")
    assert f.text == ("Foreign forces took part in 4 of the 6 events (67%); the foreign force involved most often: "
                      "Wagner Group (2 events); foreign nationals (from Canada, India and Niger) were among the victims of 2 events.")
    assert "foreign_nationals" not in j


def test_nationals_without_forces(ft):
    ev = ft.events[ft.events["event_id"].isin(["F2", "F5"])]  # hostages (India; Niger) and a battle with no foreigner
    j = {x.key: x for x in briefing.key_judgments(ev, ft.claims)}
    assert "foreign" not in j
    assert j["foreign_nationals"].text == ("No foreign force took part in the selected events; foreign nationals "
                                           "(from India and Niger) were among the victims of 1 of the 2 events (50%).")
    none = ft.events[ft.events["event_id"] == "F5"]
    assert not {"foreign", "foreign_nationals"} & {x.key for x in briefing.key_judgments(none, ft.claims)}


@pytest.mark.parametrize("params", [{}, {"end_date": "2024-12-31"}, {"admin1": "Kayes"}, {"start_date": "2024-03-01", "end_date": "2024-04-01"}])
def test_every_number_matches_the_foreign_fixture(ft, params):
    sub = tb.select_tables(ft, **params)
    got = {j.key: j for j in briefing.key_judgments(sub.events, sub.claims)}
    expected = recompute(sub.events, sub.claims)
    assert set(got) == set(expected)
    for key, values in expected.items():
        for name, value in values.items():
            assert got[key].values[name] == value, (params, key, name)


def test_empty_selection_gives_one_sentence(t):
    sub = tb.select_tables(t, start_date="2030-01-01")
    j = briefing.key_judgments(sub.events, sub.claims, "2030-01-01")
    assert len(j) == 1 and j[0].text.startswith("No events match the selection")
    assert briefing.annex(sub.events).empty
    assert "0 events" in briefing.methods_box(sub.events)


def test_plurals_and_percent():
    assert briefing.Judgment("k", "{n:event}", {"n": 1}).text == "1 event"
    assert briefing.Judgment("k", "{n:event}", {"n": 0}).text == "0 events"
    assert briefing.percent(1, 8) == 13 and briefing.percent(1, 3) == 33 and briefing.percent(0, 0) == 0


def test_judgments_render_escaped():
    j = briefing.Judgments([briefing.Judgment("k", "{x} attacked", {"x": "<script>alert(1)</script>"})])
    assert "<script>" not in j._repr_html_() and "&lt;script&gt;" in j._repr_html_()


def test_annex_lists_every_event(t):
    a = briefing.annex(t.events)
    assert len(a) == 9 and list(a.columns) == ["Date", "Place", "Type", "Actors", "Fatalities", "Sources"]
    first = a.iloc[0]
    assert (first["Date"], first["Place"], first["Fatalities"], first["Sources"]) == ("2022-07-27", "Sokolo, Ségou, Mali", "12 (12-15)", "Voice of America")
    assert a.iloc[4]["Date"] == "2023" and a.iloc[4]["Place"] == "Gao, Mali (area)"  # E8: year precision, geo precision 3
    assert a.iloc[5]["Actors"] == "JNIM vs Malian armed forces (with Wagner Group)"
    assert a.iloc[7]["Date"] == "Aug 2024"  # E7: month precision


def test_methods_box_numbers(t):
    box = briefing.methods_box(t.events)
    # 7 events dated to the day (E7 month, E8 year), 9 with coordinates, 1 reviewed (E2)
    assert "9 events from 6 articles by 4 outlets; 7 dated to the day, 9 placed on the map, 1 checked" in box
    assert box.startswith("<blockquote")


def test_annex_names_unrecorded_outlets_in_words(t):
    ev = t.events.copy()
    ev.loc[ev.index[0], "sources"] = ""
    ev.loc[ev.index[0], "article_ids"] = "art-x;art-y"
    ev.loc[ev.index[1], "sources"] = ""
    ev.loc[ev.index[1], "article_ids"] = "art-z"
    cells = set(briefing.annex(ev)["Sources"])
    assert {"2 articles whose outlet is not recorded", "an article whose outlet is not recorded"} <= cells
    assert not any("(s)" in c for c in cells)
