"""Linking ArticleEvents across articles into one row per real event."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from analysis.coding import link as L
from analysis.records import ArticleEvent, CasualtyClaim, Event, MentionRow

# Two towns 12 km apart and one 60 km away (coordinates made up for the test).
TOWN_A = dict(location="Alpha", admin1="Region One", latitude=14.00, longitude=-4.00, geo_precision=1)
TOWN_NEAR = dict(location="Beta", admin1="Region One", latitude=14.10, longitude=-3.95, geo_precision=1)
TOWN_FAR = dict(location="Gamma", admin1="Region One", latitude=14.50, longitude=-3.80, geo_precision=1)
REGION = dict(location="", admin1="Region One", latitude=None, longitude=None, geo_precision=3)


def ev(date="2022-07-27", precision="day", etype="Battles", sub="Armed clash", actor1="JNIM",
       actor2="Malian armed forces", main=True, place=TOWN_A, **kw) -> Event:
    tp = {"day": 1, "week": 2}.get(precision, 3)
    disorder = "Strategic developments" if etype == "Strategic developments" else "Political violence"
    inter = {"JNIM": 2, "Islamic State Sahel": 2, "Unidentified armed group": 2, "Malian armed forces": 1, "Civilians": 7, "": 0}
    i1, i2 = inter.get(actor1, 2), inter.get(actor2, 1)
    base = dict(event_id="", event_date=date, date_precision=precision, time_precision=tp, disorder_type=disorder,
                event_type=etype, sub_event_type=sub, actor1=actor1, actor2=actor2, inter1=i1, inter2=i2,
                interaction=L_interaction(i1, i2), country="Mali", is_main=main, confidence=0.6,
                evidence=kw.pop("evidence", f"{actor1} {sub} {date}"))
    base.update(place)
    base.update(kw)
    return Event(**base)


def L_interaction(a, b):
    from analysis.coding.schema import interaction_code
    return interaction_code(a, b)


def ae(article, event, claims=(), mentions=()) -> ArticleEvent:
    return ArticleEvent(article, event, list(claims), list(mentions))


def claim(count, claimant="Malian armed forces", victims="soldiers", start=0) -> CasualtyClaim:
    return CasualtyClaim(start=start, end=start + 10, quote=f"{count} killed", count=count, claimant=claimant,
                         claim_kind="official", victim_group=victims)


def test_same_event_in_two_articles_is_one_row():
    res = L.link([ae("b-art", ev(evidence="second")), ae("a-art", ev(evidence="first", main=False, confidence=0.5))],
                 sources={"a-art": "AFP", "b-art": "Reuters"})
    assert len(res.events) == 1
    row = res.events[0]
    assert row.article_ids == "a-art; b-art"
    assert row.sources == "AFP; Reuters"
    assert row.is_main is True
    assert row.evidence == "second | first"
    assert row.confidence == pytest.approx(1 - 0.4 * 0.5)


def test_one_event_per_town():
    res = L.link([ae("a", ev(place=TOWN_A)), ae("b", ev(place=TOWN_FAR))])
    assert len(res.events) == 2


def test_nearby_places_within_25_km_link():
    assert L.haversine_km(14.0, -4.0, 14.1, -3.95) < 25 < L.haversine_km(14.0, -4.0, 14.5, -3.8)
    res = L.link([ae("a", ev(place=TOWN_A, geo_precision=1)), ae("b", ev(place=TOWN_NEAR, geo_precision=2))])
    assert len(res.events) == 1
    assert res.events[0].location == "Alpha"  # the more precise place is kept


def test_region_contains_town_and_town_is_kept():
    res = L.link([ae("a", ev(place=REGION)), ae("b", ev(place=TOWN_A))])
    assert len(res.events) == 1
    assert res.events[0].location == "Alpha" and res.events[0].geo_precision == 1
    other_region = dict(REGION, admin1="Region Two")
    assert len(L.link([ae("a", ev(place=other_region)), ae("b", ev(place=TOWN_A))]).events) == 2


@pytest.mark.parametrize("d2, linked", [("2022-07-27", True), ("2022-07-28", True), ("2022-07-29", False)])
def test_day_dates_within_one_day_link(d2, linked):
    res = L.link([ae("a", ev(date="2022-07-27")), ae("b", ev(date=d2))])
    assert (len(res.events) == 1) is linked


def test_background_month_attaches_to_main_day_and_day_is_kept():
    res = L.link([ae("a", ev(date="2022-07-16", precision="month", main=False)), ae("b", ev(date="2022-07-22"))])
    assert len(res.events) == 1
    row = res.events[0]
    assert (row.event_date, row.date_precision, row.time_precision, row.is_main) == ("2022-07-22", "day", 1, True)
    # August is outside the July span
    assert len(L.link([ae("a", ev(date="2022-07-16", precision="month", main=False)), ae("b", ev(date="2022-08-02"))]).events) == 2


def test_background_mention_of_the_same_article_attaches_but_two_mains_do_not_merge():
    one = L.link([ae("a", ev()), ae("a", ev(main=False, precision="week", date="2022-07-27"))])
    assert len(one.events) == 1
    two = L.link([ae("a", ev()), ae("a", ev(actor1="Unidentified armed group"))])
    assert len(two.events) == 2


def test_battle_and_strike_link_as_battle_but_strategic_subtypes_stay_apart():
    res = L.link([ae("a", ev(etype="Explosions/Remote violence", sub="Air/drone strike")), ae("b", ev())])
    assert [(e.event_type, e.sub_event_type) for e in res.events] == [("Battles", "Armed clash")]
    sd = L.link([ae("a", ev(etype="Strategic developments", sub="Agreement", actor2="")),
                 ae("b", ev(etype="Strategic developments", sub="Non-violent transfer of territory", actor2=""))])
    assert len(sd.events) == 2
    vac = L.link([ae("a", ev(etype="Violence against civilians", sub="Attack", actor2="Civilians")), ae("b", ev())])
    assert len(vac.events) == 2  # an attack on civilians is not a battle


def test_strike_reported_as_attack_on_civilians_links_with_civilian_targeting():
    res = L.link([ae("a", ev(etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Malian armed forces", actor2="Civilians")),
                  ae("b", ev(etype="Violence against civilians", sub="Attack", actor1="Malian armed forces", actor2="Civilians"))])
    assert len(res.events) == 1
    assert res.events[0].event_type == "Explosions/Remote violence" and res.events[0].civilian_targeting


def test_actors_generic_links_specific_conflicting_does_not():
    res = L.link([ae("a", ev(actor1="Unidentified armed group")), ae("b", ev(actor1="JNIM"))])
    assert len(res.events) == 1 and res.events[0].actor1 == "JNIM" and res.events[0].inter1 == 2
    res = L.link([ae("a", ev(actor1="JNIM")), ae("b", ev(actor1="Islamic State Sahel"))])
    assert len(res.events) == 2
    # Battles coded in either order are the same actors
    res = L.link([ae("a", ev(actor1="JNIM", actor2="Malian armed forces")), ae("b", ev(actor1="Malian armed forces", actor2="JNIM"))])
    assert len(res.events) == 1


@dataclass
class FR:
    fatalities: int
    low: int | None
    high: int | None
    note: str = ""


def test_claims_merged_deduplicated_and_toll_recomputed():
    seen = []

    def fake_range(claims):
        seen.append(sorted((c.claimant, c.count) for c in claims))
        totals = {}
        for c in claims:
            totals[c.claimant] = totals.get(c.claimant, 0) + c.count
        return FR(min(totals.values()), min(totals.values()), max(totals.values()), "Disputed toll.")

    a = ae("a", ev(fatalities=6, fatalities_low=6, fatalities_high=6), [claim(6), claim(3, "local official", "civilians", 30)])
    b = ae("b", ev(fatalities=6, fatalities_low=6, fatalities_high=20), [claim(6, start=50), claim(20, "JNIM", "soldiers")])
    res = L.link([a, b], fatality_range=fake_range)
    row = res.events[0]
    # the army's 6, repeated by the second outlet, is one claim
    assert seen == [[("JNIM", 20), ("Malian armed forces", 6), ("local official", 3)]]
    assert (row.fatalities, row.fatalities_low, row.fatalities_high) == (3, 3, 20)
    assert row.notes.endswith("Disputed toll.")
    assert len(res.claims) == 4 and {c.event_id for c in res.claims} == {row.event_id}


def test_toll_of_the_article_that_gave_every_claim_stands():
    a = ae("a", ev(fatalities=6, fatalities_low=6, fatalities_high=6), [claim(6)])
    b = ae("b", ev(fatalities=6, fatalities_low=6, fatalities_high=20), [claim(6, start=50), claim(20, "JNIM", "soldiers")])
    row = L.link([a, b], fatality_range=lambda cs: 1 / 0).events[0]
    assert (row.fatalities, row.fatalities_low, row.fatalities_high) == (6, 6, 20)


def test_same_claims_keep_the_article_coders_toll():
    calls = []
    a = ae("a", ev(fatalities=22, fatalities_low=22, fatalities_high=22), [claim(66)])  # split of a 3-town toll
    b = ae("b", ev(fatalities=22, fatalities_low=22, fatalities_high=22), [claim(66)])
    row = L.link([a, b], fatality_range=lambda cs: calls.append(cs)).events[0]
    assert calls == [] and row.fatalities == 22


def test_event_ids_stable_content_derived_and_unique():
    items = [ae("a", ev()), ae("b", ev(place=TOWN_FAR))]
    first = [e.event_id for e in L.link(items).events]
    again = [e.event_id for e in L.link(list(reversed(items))).events]
    assert sorted(first) == sorted(again)
    assert all(i.startswith("20220727-") and len(i) == 17 for i in first)
    # an extra, older article reporting the same event does not move the id
    more = L.link([ae("0-older", ev(main=False))] + items).events
    assert sorted(e.event_id for e in more) == sorted(first)
    # two unlinked events with the same key are disambiguated deterministically
    clash = L.link([ae("a", ev(actor1="JNIM")), ae("b", ev(actor1="Islamic State Sahel"))]).events
    ids = [e.event_id for e in clash]
    assert ids[1] == ids[0] + "-2"


def test_mentions_get_the_event_id():
    m = MentionRow("a", "", 3, 10, 16, "trigger", "attack")
    res = L.link([ae("a", ev(), mentions=[m, m])])
    assert [(x.event_id, x.sentence_index) for x in res.mentions] == [(res.events[0].event_id, 3)]


def test_memory_stays_per_event_not_per_article():
    linker = L.Linker()
    for i in range(2000):
        linker.add(ae(f"copy-{i:05d}", ev(evidence="the same sentence"), [claim(6)]), "Outlet")
    assert len(linker.clusters) == 1
    cl = linker.clusters[0]
    assert len(cl.claims) == 1 and len(cl.evidence) == 1 and len(cl.claim_sets) == 1
    assert sum(len(v) for v in linker._index.values()) <= 3
    assert linker.finish()[0].confidence == L.MAX_CONFIDENCE


def test_split_list_single_item_shortcut_by_hand():
    from analysis.coding.link import split_list

    assert split_list("") == [] and split_list(None) == [] and split_list("   ") == []
    assert split_list(" Reuters ") == ["Reuters"]
    assert split_list("AFP; Reuters;; ") == ["AFP", "Reuters"]
    assert split_list(";") == []


def test_linker_place_keys_follow_the_merged_place():
    """The cluster's cached normalised place names are those of its (merged) event."""
    from analysis.coding.link import Linker, _place_keys, date_span

    assert date_span("2024-08-10", "week") == (L._iso("2024-08-07"), L._iso("2024-08-13"))
    linker = Linker()
    assert linker.add(ae("a", ev(place=REGION))) == linker.add(ae("b", ev(place=TOWN_A))) == 0
    cl = linker.clusters[0]
    assert cl.event.location == "Alpha"
    assert cl.place_keys == _place_keys(cl.event) == ("mali", "alpha", L.normalise_name(TOWN_A["admin1"]))


def test_spans_at_the_calendar_ends_stop_there():
    """Events dated at 0001-01-01 or 9999-12-31 (a placeholder publication date): their spans are
    cut at the calendar's ends instead of raising OverflowError, and they still link."""
    from datetime import date

    assert L.date_span("0001-01-01", "week") == (date(1, 1, 1), date(1, 1, 4))
    assert L.date_span("9999-12-31", "week") == (date(9999, 12, 28), date(9999, 12, 31))
    # a range of 01-02 to 01-05 is symmetric around its middle: three days before is cut at 01-01
    assert L.date_span("0001-01-02", "week", "0001-01-05") == (date(1, 1, 1), date(1, 1, 5))
    first, second, third = ((date(1, 1, d), date(1, 1, d), "day") for d in (1, 2, 3))
    assert L.dates_compatible(first, second) and not L.dates_compatible(first, third)
    for day in ("0001-01-01", "9999-12-31"):
        for precision in ("day", "week"):
            res = L.link([ae("a", ev(date=day, precision=precision)), ae("b", ev(date=day, precision=precision))])
            assert [e.event_date for e in res.events] == [day]


# ------------------------------------------------ one article's events at two named places


def test_one_articles_background_events_at_two_nearby_named_towns_stay_two():
    # "in Nodin and Soro": two towns of a list, within 25 km (or at one point of their province)
    res = L.link([ae("art", ev(main=False, place=TOWN_A)), ae("art", ev(main=False, place=TOWN_NEAR))])
    assert sorted(e.location for e in res.events) == ["Alpha", "Beta"]
    same_point = dict(TOWN_NEAR, latitude=TOWN_A["latitude"], longitude=TOWN_A["longitude"])
    res = L.link([ae("art", ev(main=False, place=TOWN_A)), ae("art", ev(main=False, place=same_point))])
    assert len(res.events) == 2


def test_near_misses_one_articles_same_town_or_region_and_another_articles_nearby_town_still_link():
    # the same town told again by the same article as background: one event
    assert len(L.link([ae("art", ev(place=TOWN_A)), ae("art", ev(main=False, place=TOWN_A))]).events) == 1
    # a region-level background mention of the same article: contained, one event
    assert len(L.link([ae("art", ev(place=TOWN_A)), ae("art", ev(main=False, place=REGION))]).events) == 1
    # another outlet placing the same attack at a town 12 km away: one event
    assert len(L.link([ae("a", ev(place=TOWN_A)), ae("b", ev(place=TOWN_NEAR))]).events) == 1
