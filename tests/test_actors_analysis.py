"""analysis.actors on tests/fixtures/tables; every expected number worked out by hand."""

from pathlib import Path

import math

import pytest
from matplotlib.figure import Figure

from analysis import actors, plots
from analysis import tables as tb

FIXTURE = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def t():
    return tb.read_dir(FIXTURE)


def test_actor_table(t):
    a = actors.actor_table(t.events)
    mafa = a.loc["Malian armed forces"]
    # E1 E2 E4 E5 as actor2, E6 as actor1; 12+42+4+47+21 killed, high 15+42+10+84+21
    assert (mafa["events"], mafa["as_actor1"], mafa["as_actor2"]) == (5, 1, 4)
    assert (mafa["fatalities"], mafa["fatalities_high"], mafa["civilian_targeting"]) == (126, 172, 1)
    jnim = a.loc["JNIM"]  # E1, E9, E4
    assert (jnim["events"], jnim["fatalities"], jnim["fatalities_high"]) == (3, 67, 95)
    wagner = a.loc["Wagner Group"]  # associate of the army in E4 and E5
    assert (wagner["events"], wagner["as_associate"], wagner["fatalities"]) == (2, 2, 51)
    assert a.index[0] == "Malian armed forces" and len(a) == 10
    assert a.loc["Civilians", "category"] == "Civilians"


def test_wagner_category_from_actor_dictionary(t):
    if "Wagner Group" not in actors.reference_actors():
        pytest.skip("actors.yaml without Wagner Group")
    assert actors.categories(t.events)["Wagner Group"] == 8


def test_interaction_matrix(t):
    m = actors.interaction_matrix(t.events)
    assert m.loc["State forces", "Rebel groups"] == 5  # E1 E2 E9 E4 E5
    assert m.loc["State forces", "Civilians"] == 1  # E6
    assert m.loc["Political militias", "Civilians"] == 1  # E7
    assert m.loc["State forces", actors.NO_SECOND] == 1  # E3
    assert m.loc["External/other forces", actors.NO_SECOND] == 1  # E8
    assert math.isnan(m.loc["Rebel groups", "State forces"])  # lowest code first: lower triangle empty
    assert m.sum().sum() == 9
    f = actors.interaction_matrix(t.events, "fatalities")
    assert f.loc["State forces", "Rebel groups"] == 156 and f.sum().sum() == 182


def test_network(t):
    g = actors.network(t.events)
    assert g.number_of_nodes() == 10 and g.number_of_edges() == 8
    assert g.edges["JNIM", "Malian armed forces"] == {"events": 2, "fatalities": 16}  # E1 12 + E4 4
    assert g.edges["Wagner Group", "CSP/FLA"] == {"events": 1, "fatalities": 47}
    assert g.edges["JNIM", "Wagner Group"]["fatalities"] == 4
    assert g.degree("Government of Mali") == 0 and g.nodes["Malian armed forces"]["events"] == 5


def test_civilian_targeting(t):
    c = actors.civilian_targeting(t.events)
    assert list(c.index) == ["Malian armed forces", "Unidentified armed group"]
    assert c.loc["Malian armed forces"].tolist() == [1, 21, 21, 21, 100]
    assert c.loc["Unidentified armed group"].tolist() == [1, 5, 5, 9, 100]


def test_claims_by_claimant(t):
    c = actors.claims_by_claimant(t.claims)
    row = c.loc[("Malian armed forces", "soldiers")]  # C01 12, C07 4, C09 47
    assert (row["claims"], row["events"], row["smallest"], row["largest"]) == (3, 3, 4, 47)
    assert c.loc[("Government of Mali", "soldiers"), "claims"] == 1  # the wounded figure (C04) is left out


def test_disputed_tolls_side_by_side(t):
    d = actors.disputed_tolls(t.claims, t.events)
    assert list(d["event_id"]) == ["E5", "E9", "E4", "E7", "E1"]  # gaps 37, 19, 6, 4, 3
    e5 = d.iloc[0]
    assert (e5["lowest"], e5["lowest_by"], e5["highest"], e5["highest_by"]) == (47, "Malian armed forces", 84, "CSP/FLA")
    assert e5["location"] == "Tinzaouaten, Kidal, Mali"
    assert "JNIM: at least 10 soldiers (claimed)" in d.set_index("event_id").loc["E4", "who said what"]


def test_different_victim_groups_are_not_a_dispute(t):
    cl = t.claims.copy()
    cl.loc[cl.claim_id == "C02", "victim_group"] = "Wagner"  # "12 soldiers" and "15 Wagner fighters": two tolls
    d = actors.disputed_tolls(cl, t.events)
    assert "E1" not in set(d["event_id"]) and set(d["victims"]) == {"soldiers", "civilians"}


def test_superseded_claims_are_not_disputes(t):
    cl = t.claims.copy()
    cl.loc[cl.claim_id == "C02", "superseded"] = True
    assert "E1" not in set(actors.disputed_tolls(cl, t.events)["event_id"])


def test_figures_and_empty_selection(t, tmp_path):
    src = plots.source_line(t)
    for f in (actors.plot_actors(t.events, src), actors.plot_interactions(t.events, src),
              actors.plot_network(t.events, src), actors.plot_civilian_targeting(t.events, src)):
        assert isinstance(f, Figure)
        plots.save(f, tmp_path / "f.png")
    net = actors.plot_network(t.events, src)
    assert "2 actor(s) without an opponent" in net.axes[0].get_title(loc="left")
    empty = t.events.iloc[:0]
    for f in (actors.plot_actors(empty, src), actors.plot_interactions(empty, src),
              actors.plot_network(empty, src), actors.plot_civilian_targeting(empty, src)):
        assert isinstance(f, plots.Note)
    assert actors.disputed_tolls(t.claims.iloc[:0], empty).empty


def test_two_figures_from_the_same_source_are_not_a_dispute(t):
    # E1: C01 and C02 are two sources; give C02's source the same name as C01's, so one source
    # tells two figures for one group: its largest stands for it and nothing is disputed
    cl = t.claims.copy()
    first = cl.loc[cl.claim_id == "C01", "claimant"].iloc[0]
    cl.loc[cl.claim_id == "C02", "claimant"] = first
    assert "E1" not in set(actors.disputed_tolls(cl, t.events)["event_id"])


def test_actor_table_view_has_reader_headers_and_same_numbers(t):
    table, view = actors.actor_table(t.events), actors.actor_table_view(t.events)
    assert view.shape == table.shape and list(view.index) == list(table.index)
    assert view.loc["Malian armed forces", ("events", "as actor 2")] == 4
    assert view.loc["Malian armed forces", ("fatalities of those events", "high")] == 172
    assert not any("_" in part for col in view.columns for part in col)
