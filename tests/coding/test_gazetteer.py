"""The gazetteer: build, corrections, spellings, admin units by point-in-polygon.

Expected values were checked by hand against ../shared/reference (GeoNames rows, boundary
files) and data/reference/gazetteer_corrections.csv / place_aliases.csv.
"""

from __future__ import annotations

import csv
import filecmp
import io

import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.coding import gazetteer as gz
from analysis.errors import InputError


@pytest.fixture(scope="module")
def gaz():
    return gz.load()


def _corrections() -> list[dict[str, str]]:
    text = (paths.REFERENCE / "gazetteer_corrections.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO("".join(ln for ln in text.splitlines(True) if not ln.startswith("#")))))


def test_name_key_folds_accents_case_hyphens_spaces():
    assert gz.name_key("Ti-n-Zaouâtene") == gz.name_key("Tinzaouatene") == gz.name_key("TIN ZAOUATENE")
    assert gz.name_key("Ségou") == "segou"
    assert gz.name_key("Côte d’Ivoire") == gz.name_key("Cote d'Ivoire")
    assert gz.name_key("Ségou") != gz.name_key("Sogou")


def test_bare_admin_names():
    assert gz.bare_admin_name("Province du Soum") == "Soum"
    assert gz.bare_admin_name("Cercle d’ Abeïbara") == "Abeïbara"
    assert gz.bare_admin_name("Département de Tillabéri") == "Tillabéri"
    assert gz.bare_admin_name("Tera Department") == "Tera"


def test_tessit_longitude_corrected_with_reason(gaz):
    # GeoNames 10343856 "Tessit" has lon -0.3 (sign-flipped); the camp "Tessi" is at 0.2925
    tessit = gaz.get("10343856")
    assert tessit.lon == pytest.approx(0.3)
    assert tessit.lat == pytest.approx(15.21667)
    assert (tessit.admin1, tessit.admin2) == ("Gao", "Ansongo")  # Ansongo cercle, Gao region
    rows = [c for c in _corrections() if c["id"] == "10343856"]
    assert len(rows) == 1 and rows[0]["field"] == "lon" and float(rows[0]["new"]) > 0
    assert "sign" in rows[0]["reason"] and "Tessi" in rows[0]["reason"]
    assert {e.id for e in gaz.lookup("Tessit")} == {"10343856", "2449881"}  # town and camp


def test_every_correction_has_a_reason_and_is_applied(gaz):
    rows = _corrections()
    assert rows
    for c in rows:
        assert c["reason"].strip(), c
    # Gossi and Ber exist in GeoNames only as a ruin / a marsh: re-classified as towns
    assert gaz.get("2457016").feature == "P.PPL" and gaz.get("2457016").admin2 == "Gourma-Rharous"
    assert gaz.get("2460127").feature == "P.PPL" and gaz.get("2460127").admin1 == "Tombouctou"


def test_stale_correction_fails_loudly(tmp_path):
    bad = tmp_path / "corr.csv"
    bad.write_text("id,field,old,new,reason\n10343856,lon,-9.9,0.3,test\n", encoding="utf-8")
    rows = {"ML": [["10343856", "Tessit", "", "", "15.2", "-0.3"] + [""] * 13]}
    with pytest.raises(InputError, match="expected"):
        gz._apply_corrections(rows, bad)
    bad.write_text("id,field,old,new,reason\n10343856,lon,-0.3,0.3,\n", encoding="utf-8")
    with pytest.raises(InputError, match="reason"):
        gz._apply_corrections(rows, bad)


@pytest.mark.parametrize("spelling", ["Ti-n-Zaouâtene", "Tinzaouaten", "Tinzaouatene", "Tin Zaouaten",
                                      "Tin-Zaouaten", "Tin Zaouatine", "TINZAOUATEN"])
def test_tinzaouaten_spellings(gaz, spelling):
    hits = gaz.lookup(spelling)
    assert [e.id for e in hits] == ["2476086"]
    assert (hits[0].country, hits[0].admin1, hits[0].admin2) == ("Mali", "Kidal", "Abeibara")


@pytest.mark.parametrize("alias,gid,admin1", [
    ("Kalumba", "2455856", "Koulikoro"),       # GeoNames "Kaloumba"
    ("Seytenga", "2355472", "Sahel"),          # GeoNames "Sitenga"
    ("Barsalogho", "2362735", "Centre-Nord"),  # GeoNames "Barsalogo"
    ("Solhan", "2356040", "Sahel"),
    ("Arbinda", "2363174", "Sahel"),
    ("Chinégodar", "2446376", "Tillabéri"),
])
def test_news_spellings(gaz, alias, gid, admin1):
    assert gid in {e.id for e in gaz.lookup(alias)}
    assert gaz.get(gid).admin1 == admin1
    assert gid in gaz.alias_ids.get(gz.name_key(alias), ()) or gz.name_key(alias) in {
        gz.name_key(n) for n in gaz.get(gid).alternate_names}


def test_admin1_names_follow_the_conventions(gaz):
    by_country: dict[str, set[str]] = {}
    for e in gaz.entries:
        if e.admin1:
            by_country.setdefault(e.country, set()).add(e.admin1)
    assert by_country["Mali"] == {"Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Tombouctou", "Gao",
                                  "Kidal", "Ménaka", "Taoudénit", "Bamako"}
    assert by_country["Burkina Faso"] == {
        "Boucle du Mouhoun", "Cascades", "Centre", "Centre-Est", "Centre-Nord", "Centre-Ouest", "Centre-Sud",
        "Est", "Hauts-Bassins", "Nord", "Plateau-Central", "Sahel", "Sud-Ouest"}
    assert by_country["Niger"] == {"Agadez", "Diffa", "Dosso", "Maradi", "Niamey", "Tahoua", "Tillabéri", "Zinder"}
    # one ADM1 entry per region, usable as its representative point
    assert gaz.admin1_of("Mali", "Ménaka").name == "Ménaka Region"
    assert gaz.admin1_of("Niger", "Tillabéri").feature == "A.ADM1"


def test_towns_have_precomputed_admin_units(gaz):
    def one(name, country):
        return next(e for e in gaz.lookup(name) if e.country == country and e.feature_class == "P"
                    and e.population > 0)
    assert (one("Kati", "Mali").admin1, one("Kati", "Mali").admin2) == ("Koulikoro", "Kati")
    assert one("Ménaka", "Mali").admin1 == "Ménaka"  # OCHA 2015 has it inside Gao
    assert one("Djibo", "Burkina Faso").admin1 == "Sahel" and one("Djibo", "Burkina Faso").admin2 == "Soum"
    assert one("Agadez", "Niger").admin1 == "Agadez"
    assert gaz.get("2450173").admin1 == "Taoudénit"  # Taoudenni, inside the 2015 Tombouctou region


@pytest.mark.parametrize("lat,lon,country,expected", [
    (15.21667, 0.3, None, ("Gao", "Ansongo")),             # Tessit (corrected)
    (15.9182, 2.4022, "Mali", ("Ménaka", "Menaka")),       # Ménaka town
    (22.67443, -3.97891, None, ("Taoudénit", "Tombouctou")),  # Taoudenni
    (16.77348, -3.00742, None, ("Tombouctou", "Tombouctou")),  # Timbuktu
    (14.35005, -3.61038, None, ("Mopti", "Bandiagara")),   # Bandiagara
    (12.65, -8.0, None, ("Bamako", "Bamako")),
    (14.0994, -1.62554, "Burkina Faso", ("Sahel", "Soum")),  # Djibo
    (13.41389, -1.05583, None, ("Centre-Nord", "Sanmatenga")),  # Barsalogo
    (13.51366, 2.1098, "Niger", ("Niamey", "Ville de Niamey")),
    (16.12333, 4.78972, None, ("Tahoua", "Tillia")),       # Tillia
])
def test_admin_for_point(lat, lon, country, expected):
    assert gz.admin_for_point(lat, lon, country) == expected


def test_admin_for_point_outside():
    assert gz.admin_for_point(48.85, 2.35) == (None, None)  # Paris
    assert gz.admin_for_point(15.9182, 2.4022, "Niger") == (None, None)  # Ménaka is not in Niger


def test_gazetteer_file_is_small_and_documented():
    g = paths.REFERENCE / "gazetteer.csv"
    assert g.stat().st_size < 4_500_000
    readme = (paths.REFERENCE / "README.md").read_text(encoding="utf-8")
    for section in ("## gazetteer.csv", "## gazetteer_corrections.csv", "## place_aliases.csv",
                    "## boundaries/", "## places.yaml", "## countries.csv"):
        assert section in readme
    assert "GeoNames (geonames.org), CC BY 4.0" in readme


def test_cli_rebuild_is_byte_identical(tmp_path, capsys):
    """`python -m analysis gazetteer` rebuilds the committed files exactly (never writes data/reference)."""
    out = tmp_path / "ref"
    assert main(["gazetteer", "--out", str(out)]) == 0
    assert "entries" in capsys.readouterr().out
    assert filecmp.cmp(out / "gazetteer.csv", paths.REFERENCE / "gazetteer.csv", shallow=False)
    built = sorted(p.name for p in (out / "boundaries").iterdir())
    assert built == sorted([*gz.BOUNDARY_FILES, gz.MALI_REGIONS11])
    for name in built:
        assert filecmp.cmp(out / "boundaries" / name, paths.REFERENCE / "boundaries" / name, shallow=False), name


def test_cli_missing_shared_reference_is_a_one_line_error(tmp_path, capsys):
    assert main(["gazetteer", "--out", str(tmp_path / "o"), "--shared", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_load_is_cached(gaz):
    assert gz.load() is gaz


def test_alias_to_unknown_id_is_a_clear_error(tmp_path):
    ref = tmp_path / "ref"
    ref.mkdir()
    for name in ("gazetteer.csv", "countries.csv"):
        (ref / name).symlink_to(paths.REFERENCE / name)
    (ref / "place_aliases.csv").write_text("# news spellings\nalias,id,reason\nFoo,999999999,test\n",
                                          encoding="utf-8")
    with pytest.raises(InputError, match="Foo.*unknown id"):
        gz.load_from(ref)
    (ref / "place_aliases.csv").write_text("alias,id,reason\nFoo,2455856,\n", encoding="utf-8")
    with pytest.raises(InputError, match="reason"):
        gz.load_from(ref)


def _additions() -> list[dict[str, str]]:
    return gz._read_csv_rows(paths.REFERENCE / "gazetteer_additions.csv", [])


def test_moura_added_from_the_ocha_commune_it_is_the_seat_of(gaz):
    # Moura (Djenné cercle), site of the March 2022 killings, is missing from the GeoNames dump;
    # gazetteer_additions.csv places it at the centroid of its commune Togué Mourari (OCHA ML050512),
    # checked by hand with shapely on ../shared/reference/boundaries/mali_adm3_ocha_cod_simplified.geojson
    hits = gaz.lookup("Moura")
    assert [e.id for e in hits] == ["add:moura"] and [e.id for e in gaz.lookup("Mourrah")] == ["add:moura"]
    m = hits[0]
    assert (m.country, m.admin1, m.admin2, m.feature) == ("Mali", "Mopti", "Djenne", "P.PPL")
    assert (m.lat, m.lon) == (pytest.approx(14.32288), pytest.approx(-4.66109))
    row = next(r for r in csv.DictReader(open(paths.REFERENCE / "gazetteer.csv", encoding="utf-8"))
               if r["id"] == "add:moura")
    assert row["source"] == "added: ocha_adm3:ML050512"


def test_every_addition_has_a_source_a_reason_and_a_reference_point():
    rows = _additions()
    assert rows
    for a in rows:
        assert a["id"].startswith("add:") and a["source"].strip() and a["reason"].strip(), a
        assert a["point"].split(":")[0] in gz._ADDITION_POINTS, a


def test_stale_or_unlocated_addition_fails_loudly(tmp_path):
    head = "id,name,alternate_names,country,feature_class,feature_code,point,source,reason\n"
    add = tmp_path / "add.csv"
    kept = [{"id": "1", "name": "Moura", "country": "Mali", "feature_class": "P", "alternate_names": ""}]
    add.write_text(head + "add:moura,Moura,,ML,P,PPL,geonames:6764547,test,test\n", encoding="utf-8")
    rows = {"ML": [["6764547", "Mayo Moura", "", "", "14.25089", "-4.66794", "H", "STM", "ML"] + [""] * 10]}
    with pytest.raises(InputError, match="drop the addition"):  # the dump now has a Moura
        gz._additions(add, rows, paths.SHARED_REFERENCE / "boundaries", kept)
    got = gz._additions(add, rows, paths.SHARED_REFERENCE / "boundaries", [])  # a GeoNames point
    assert (got[0]["lat"], got[0]["lon"], got[0]["source"]) == (14.25089, -4.66794, "added: geonames:6764547")
    add.write_text(head + "add:moura,Moura,,ML,P,PPL,ocha_adm3:ML999999,test,test\n", encoding="utf-8")
    with pytest.raises(InputError, match="no commune"):
        gz._additions(add, rows, paths.SHARED_REFERENCE / "boundaries", [])
    add.write_text(head + "add:moura,Moura,,ML,P,PPL,14.3:-4.6,test,test\n", encoding="utf-8")
    with pytest.raises(InputError, match="point"):  # coordinates are never typed in
        gz._additions(add, rows, paths.SHARED_REFERENCE / "boundaries", [])
    add.write_text(head + "add:moura,Moura,,ML,P,PPL,ocha_adm3:ML050512,,test\n", encoding="utf-8")
    with pytest.raises(InputError, match="source"):
        gz._additions(add, rows, paths.SHARED_REFERENCE / "boundaries", [])
