"""The project gazetteer: Mali, Burkina Faso and Niger, built by code from ``../shared/reference``.

Build (``python -m analysis gazetteer``) reads the GeoNames country dumps and the OCHA /
geoBoundaries / Natural Earth boundaries from :data:`analysis.paths.SHARED_REFERENCE` and
writes into :data:`analysis.paths.REFERENCE`:

- ``gazetteer.csv``: one row per kept GeoNames feature (see *Filter*), with admin1/admin2
  precomputed, so coding never does geometry; ``source`` is empty for a row as GeoNames gives
  it, ``corrected: <fields>`` for a row changed by ``gazetteer_corrections.csv`` and
  ``added: <point>`` for a place of ``gazetteer_additions.csv`` (id ``add:<slug>``);
- ``boundaries/``: copies of the boundary files coding and maps need, plus the derived
  ``mali_adm1_regions11.geojson`` (the eleven Malian regions, see *Mali admin1*).

Corrections (``gazetteer_corrections.csv``) are applied at build time, to the raw rows, so the
committed ``gazetteer.csv`` is already corrected. Run-time (:func:`load`, cached) reads only
``data/reference``: ``gazetteer.csv``, ``countries.csv`` and ``place_aliases.csv``;
:func:`admin_for_point` reads ``data/reference/boundaries``.

Domain rules and caveats
------------------------
*Filter.* Kept: populated places (GeoNames class P except abandoned/destroyed/historical
PPLQ/PPLW/PPLH), administrative units (ADM1, ADM2, ADM3, PCLI), and the spot features news
names as places of events: camps (S.CMP: nomad, refugee and military camps), airports and
airfields, military installations, mines, dams, and wells (H.WLL, e.g. In-Atès). Dropped:
streams, wadis, hills, dunes, regions of the L class ("Dogon", "Mossi", "Gourma" are ethnic or
landscape names that would turn people into places). Non-Latin alternate names, airport codes
and names with digits are dropped.

*Mali admin1.* Eleven regions as GeoNames and ACLED use them (Kayes, Koulikoro, Sikasso, Ségou,
Mopti, Tombouctou, Gao, Kidal, Ménaka, Taoudénit, Bamako). GeoNames' own admin1 codes are
incomplete (about 1,200 Malian features carry "00" and most places of the Ménaka region still
carry Gao's code), and the OCHA 2015 adm1 frame has only nine regions, so admin1 is derived by
point-in-polygon from the OCHA cercles: the cercle of Ménaka is the Ménaka region and the
commune of Salam (Tombouctou cercle) is the Taoudénit region (it contains Taoudenni and
Araouane, the places GeoNames codes as Taoudénit); every other cercle keeps its 2015 region.
Points that fall just outside the simplified polygons (borders) take the nearest unit
within :data:`NEAREST_MAX_DEG`; beyond that GeoNames' admin1 code is the fallback.
*Burkina Faso*: the 13 pre-2025 regions (geoBoundaries) and the 45 provinces (Natural Earth)
as admin2. *Niger*: the 8 regions and 67 departments (OCHA). Region names come from
GeoNames' admin1 code list (``admin1Codes_ML_BF_NE.txt``), so "Hauts-Bassins", not
"High-Basins Region".

*Names.* Lookup keys fold case, accents, and every non-letter: "Ti-n-Zaouâtene",
"Tin Zaouatene" and "TINZAOUATENE" share the key ``tinzaouatene``. Administrative units are also
indexed under their bare name ("Province du Soum" -> "Soum", "Mopti Region" -> "Mopti"); the
place matcher (:mod:`analysis.coding.places`) decides between the town and the unit.

*Corrections* (``gazetteer_corrections.csv``) fix known errors in the dumps, one reason per
line (the Tessit longitude is sign-flipped in GeoNames; towns such as Gossi and Ber exist only
as a ruin or a marsh and are re-classified as populated places). *Additions*
(``gazetteer_additions.csv``) add places the dumps lack (Moura, Djenné cercle, the site of the
March 2022 killings), each with its source and reason; their coordinates are never typed but
taken from a named reference feature (the centroid of the OCHA commune a village is the seat
of, or a GeoNames point), and an addition whose name the dump has gained stops the build. *Aliases* (``place_aliases.csv``) add
news spellings to entries (Kalumba -> Kaloumba), again each with a reason.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis import paths
from analysis.errors import InputError

COUNTRIES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}

#: GeoNames feature codes kept (class -> codes; None = every code of the class but the dropped ones).
KEEP_FEATURES: dict[str, set[str] | None] = {
    "P": None,
    "A": {"ADM1", "ADM2", "ADM3", "PCLI"},
    "S": {"CMP", "AIRP", "AIRF", "AIRQ", "INSM", "MILB", "MN", "MNAU", "DAM", "PSTB"},
    "H": {"WLL", "WLLS"},
}
DROP_FEATURES = {"PPLQ", "PPLW", "PPLH"}

#: Boundary files copied into data/reference/boundaries (source name -> kept name).
BOUNDARY_FILES = [
    "mali_adm0_ocha_cod_simplified.geojson",
    "mali_adm1_ocha_cod_simplified.geojson",
    "mali_adm2_ocha_cod_simplified.geojson",
    "bfa_adm1_geoboundaries_simplified.geojson",
    "bfa_adm2_naturalearth_simplified.geojson",
    "ner_adm0_ocha_cod_simplified.geojson",
    "ner_adm1_ocha_cod_simplified.geojson",
    "ner_adm2_ocha_cod_simplified.geojson",
]
MALI_REGIONS11 = "mali_adm1_regions11.geojson"

#: How far (degrees) a point outside every polygon may be snapped to the nearest unit.
NEAREST_MAX_DEG = 0.15

GAZETTEER_COLUMNS = [
    "id", "name", "country", "admin1", "admin2", "lat", "lon",
    "feature_class", "feature_code", "population", "alternate_names", "source",
]
#: Columns of the raw GeoNames rows a correction may change.
_CORRECTABLE = {"name": 1, "lat": 4, "lon": 5, "feature_class": 6, "feature_code": 7, "admin1_code": 10,
                "population": 14}

_ADMIN_PREFIX = re.compile(
    r"^(?:cercle|province|d[ée]partement|department|r[ée]gion|commune|pr[ée]fecture)\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?",
    re.IGNORECASE,
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:cercle|province|department|region|commune|prefecture)$", re.IGNORECASE)


# ------------------------------------------------------------------------------ names


def strip_accents(text: str) -> str:
    """``"Ségou"`` -> ``"Segou"`` (NFKD, combining marks removed)."""
    if text.isascii():  # NFKD leaves ASCII as it is and it has no combining marks (most names: speed)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")  # the pieces of a name (load_from)


def name_key(text: str) -> str:
    """The lookup key of a name: accents stripped, casefolded, every non-letter removed.

    ``name_key("Ti-n-Zaouâtene") == name_key("Tin Zaouatene") == "tinzaouatene"``.
    """
    return _NON_ALNUM.sub("", strip_accents(text).casefold().replace("ß", "ss"))


def bare_admin_name(name: str) -> str:
    """The name of an administrative unit without its type word.

    ``"Province du Soum"`` -> ``"Soum"``, ``"Cercle d’ Abeïbara"`` -> ``"Abeïbara"``,
    ``"Mopti Region"`` -> ``"Mopti"``.
    """
    out = _ADMIN_PREFIX.sub("", name.strip())
    out = _ADMIN_SUFFIX.sub("", out).strip()
    return out or name


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "’‘ʼ" for c in name)


def _useful_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, no digits, not an airport code."""
    name = name.strip()
    if len(name) < 3 or not _latin(name) or any(c.isdigit() for c in name):
        return False
    if name.isupper() and len(name) <= 4:  # IATA / ICAO codes
        return False
    return not name.lower().startswith("http")


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Entry:
    """One gazetteer row."""

    id: str
    name: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    population: int
    alternate_names: tuple[str, ...] = ()

    @property
    def feature(self) -> str:
        """``"P.PPL"``, ``"A.ADM1"``, ... or ``"country"``."""
        if self.feature_class == "country":
            return "country"
        return f"{self.feature_class}.{self.feature_code}"

    @property
    def is_country(self) -> bool:
        return self.feature_class == "country"

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A"

    @property
    def is_populated(self) -> bool:
        return self.feature_class == "P"


@dataclass
class Gazetteer:
    """All entries, indexed by :func:`name_key`."""

    entries: list[Entry]
    by_key: dict[str, tuple[int, ...]]
    by_id: dict[str, int]
    alias_keys: frozenset[str] = frozenset()  # keys that came from place_aliases.csv
    alias_ids: dict[str, frozenset[str]] = field(default_factory=dict)  # alias key -> entry ids
    admin1_entry: dict[tuple[str, str], int] = field(default_factory=dict)  # (country, admin1) -> ADM1 row
    country_entry: dict[str, int] = field(default_factory=dict)  # country -> its country row
    max_words: int = 1
    prefixes: frozenset[str] = frozenset()  # keys of the first pieces of multi-word names

    def lookup(self, name: str) -> list[Entry]:
        """Every entry one of whose names has the same key as ``name`` (homonyms included)."""
        return [self.entries[i] for i in self.by_key.get(name_key(name), ())]

    def get(self, entry_id: str) -> Entry:
        """The entry with GeoNames id (or country id) ``entry_id``."""
        return self.entries[self.by_id[entry_id]]

    def admin1_of(self, country: str, admin1: str) -> Entry | None:
        """The ADM1 entry of region ``admin1`` of ``country`` (its representative point)."""
        i = self.admin1_entry.get((country, admin1))
        return None if i is None else self.entries[i]

    def country(self, country: str) -> Entry | None:
        """The country entry (``feature == "country"``) of ``country``."""
        i = self.country_entry.get(country)
        return None if i is None else self.entries[i]

    def __len__(self) -> int:
        return len(self.entries)


# ------------------------------------------------------------------------------- build


def _read_geonames(path: Path) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 19:
                raise InputError(path, f"expected 19 tab-separated GeoNames columns, got {len(cols)}", n)
            rows.append(cols)
    return rows


def _read_admin1_names(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            code, name, *_ = line.rstrip("\n").split("\t")
            cc, a1 = code.split(".", 1)
            out[(cc, a1)] = name
    return out


def _apply_ne_updates(rows: list[list[str]], path: Path) -> None:
    """Apply the 2015-2018 GeoNames changes for Niger (whosonfirst extract) in place."""
    by_id = {r[0]: r for r in rows}
    with open(path, encoding="utf-8", newline="") as fh:
        for u in csv.DictReader(fh, delimiter="\t"):
            row = by_id.get(u["geonameid"])
            if row is None:
                row = [u["geonameid"], "", "", ""] + [""] * 15
                rows.append(row)
                by_id[row[0]] = row
            row[1], row[2] = u["name"], u["asciiname"]
            row[4], row[5] = u["latitude"], u["longitude"]
            row[6], row[7], row[8] = u["feature_class"], u["feature_code"], u["country_code"]
            row[10], row[14] = u["admin1_code"], u["population"] or "0"


def _kept(fclass: str, fcode: str) -> bool:
    if fcode in DROP_FEATURES or fclass not in KEEP_FEATURES:
        return False
    codes = KEEP_FEATURES[fclass]
    return codes is None or fcode in codes


def _load_geojson(path: Path):
    from shapely.geometry import shape

    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return [(f["properties"], shape(f["geometry"])) for f in data["features"]]


def _mali_regions11(shared_bounds: Path, admin1_names: dict[tuple[str, str], str]):
    """The eleven Malian regions from the OCHA 2015 cercles and the Salam commune."""
    from shapely import union_all

    names_by_key = {name_key(v): v for (cc, _), v in admin1_names.items() if cc == "ML"}
    names_by_key["koulikouro"] = names_by_key["koulikoro"]  # OCHA misspelling
    adm2 = _load_geojson(shared_bounds / "mali_adm2_ocha_cod_simplified.geojson")
    adm3 = _load_geojson(shared_bounds / "mali_adm3_ocha_cod_simplified.geojson")
    salam = union_all([g for p, g in adm3 if p["admin2Name"] == "Tombouctou" and p["admin3Name"] == "Salam"])
    groups: dict[str, list] = {}
    for p, g in adm2:
        region = names_by_key[name_key(p["admin1Name"])]
        if name_key(p["admin2Name"]) == "menaka":
            region = names_by_key["menaka"]
        groups.setdefault(region, []).append(g)
    regions = {}
    for region, geoms in groups.items():
        geom = union_all(geoms)
        if region == names_by_key["tombouctou"]:
            geom = geom.difference(salam)
        regions[region] = geom
    regions[names_by_key["taoudenit"]] = salam
    return dict(sorted(regions.items()))


def _write_regions11(regions, path: Path) -> None:
    from shapely.geometry import mapping
    import shapely

    feats = []
    for name, geom in regions.items():
        geom = shapely.set_precision(geom, 1e-5)
        feats.append({"type": "Feature", "properties": {"admin0Name": "Mali", "admin1Name": name},
                      "geometry": mapping(geom)})
    atomic_write_text(path, json.dumps({"type": "FeatureCollection", "features": feats},
                                       ensure_ascii=False, separators=(",", ":")) + "\n")


class _AdminIndex:
    """Point-in-polygon over admin units: (country, admin1, admin2) for a point."""

    def __init__(self, units: list[tuple[str, str, str | None, object]]):
        from shapely import STRtree
        from shapely.prepared import prep

        self.units = units
        self.tree = STRtree([u[3] for u in units])
        self.prepared = [prep(u[3]) for u in units]

    def query(self, lat: float, lon: float, country: str | None = None):
        from shapely.geometry import Point

        pt = Point(lon, lat)
        for i in sorted(self.tree.query(pt)):
            c, a1, a2, _ = self.units[i]
            if (country is None or c == country) and self.prepared[i].contains(pt):
                return c, a1, a2
        best, best_d = None, NEAREST_MAX_DEG
        for i in sorted(self.tree.query(pt.buffer(NEAREST_MAX_DEG))):
            c, a1, a2, g = self.units[i]
            if country is not None and c != country:
                continue
            d = g.distance(pt)
            if d <= best_d:
                best, best_d = (c, a1, a2), d
        return best


def _admin_units(bounds: Path, admin1_names) -> list[tuple[str, str, str | None, object]]:
    """(country, admin1, admin2, geometry) for the finest units of the three countries.

    Mali: cercle polygons intersected with the eleven regions (Tombouctou cercle is split into
    Tombouctou and Taoudénit); Burkina Faso: provinces; Niger: departments.
    """
    units = []
    regions = _load_geojson(bounds / MALI_REGIONS11)
    for p, g in _load_geojson(bounds / "mali_adm2_ocha_cod_simplified.geojson"):
        for rp, rg in regions:
            if rg.intersects(g):
                part = rg.intersection(g)
                if part.area > 1e-6:
                    units.append(("Mali", rp["admin1Name"], p["admin2Name"], part))
    for p, g in _load_geojson(bounds / "bfa_adm2_naturalearth_simplified.geojson"):
        units.append(("Burkina Faso", admin1_names[("BF", p["geonames_admin1"])], p["adm2_name"], g))
    for p, g in _load_geojson(bounds / "ner_adm2_ocha_cod_simplified.geojson"):
        units.append(("Niger", admin1_names[("NE", p["geonames_admin1"])], p["ADM2_FR"], g))
    return units


def _read_csv_rows(path: Path, required: list[str]) -> list[dict[str, str]]:
    """Rows of a commented CSV (lines starting with ``#`` are comments)."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("".join(lines)))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(path, f"missing column(s) {', '.join(missing)}", 1)
    rows = []
    for row in reader:
        if not any((v or "").strip() for v in row.values()):
            continue
        for c in required:
            if not (row.get(c) or "").strip():
                raise InputError(path, f"empty {c!r} in row {dict(row)}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def build(out_dir: Path | None = None, shared: Path | None = None, corrections: Path | None = None,
          additions: Path | None = None) -> Path:
    """Rebuild ``gazetteer.csv`` and ``boundaries/`` in ``out_dir`` from ``shared``.

    ``corrections`` (default ``data/reference/gazetteer_corrections.csv``) is applied to the
    GeoNames rows before filtering, so a correction can also turn a mis-classified feature into
    a populated place. ``additions`` (default ``data/reference/gazetteer_additions.csv``, see
    :func:`_additions`) adds places the dumps lack, after the GeoNames rows of their country.
    Deterministic: same inputs, same bytes. Returns the gazetteer CSV's path.
    """
    out_dir = Path(out_dir or paths.REFERENCE)
    shared = Path(shared or paths.SHARED_REFERENCE)
    gn, sb = shared / "geonames", shared / "boundaries"
    for need in [gn / "ML.txt", gn / "BF.txt", gn / "NE.txt", gn / "admin1Codes_ML_BF_NE.txt", sb]:
        if not need.exists():
            raise InputError(need, "missing reference file (see data/reference/README.md)")
    bounds_out = out_dir / "boundaries"
    bounds_out.mkdir(parents=True, exist_ok=True)
    for name in BOUNDARY_FILES:
        _atomic_copy(sb / name, bounds_out / name)
    admin1_names = _read_admin1_names(gn / "admin1Codes_ML_BF_NE.txt")
    _write_regions11(_mali_regions11(sb, admin1_names), bounds_out / MALI_REGIONS11)
    index = _AdminIndex(_admin_units(bounds_out, admin1_names))

    rows_by_cc = {}
    for cc in COUNTRIES:
        rows = _read_geonames(gn / f"{cc}.txt")
        if cc == "NE" and (gn / "NE_updates_2015-2018_from_whosonfirst.tsv").exists():
            _apply_ne_updates(rows, gn / "NE_updates_2015-2018_from_whosonfirst.tsv")
        rows_by_cc[cc] = rows

    corrected = _apply_corrections(rows_by_cc, Path(corrections or paths.REFERENCE / "gazetteer_corrections.csv"))

    out_rows = []
    for cc, rows in rows_by_cc.items():
        country = COUNTRIES[cc]
        for r in rows:
            gid, name, _ascii, alts, lat, lon, fclass, fcode = r[:8]
            if r[8] != cc or not _kept(fclass, fcode):
                continue
            lat_f, lon_f = float(lat), float(lon)
            if fcode == "PCLI":
                continue  # countries come from countries.csv with one spelling table
            if fcode == "ADM1":
                a1 = admin1_names.get((cc, r[10]))
                hit = (country, a1, None)
            else:
                hit = index.query(lat_f, lon_f, country)
                if hit is None:
                    a1 = admin1_names.get((cc, r[10]))
                    hit = (country, a1, None)
            if fcode == "ADM1":
                name = f"{hit[1] or bare_admin_name(name)} Region"
            names, seen = [], {name_key(name)}
            for alt in sorted(set(a.strip() for a in alts.split(",") if a.strip())):
                if _useful_alternate(alt) and name_key(alt) not in seen:
                    seen.add(name_key(alt))
                    names.append(alt)
            if fclass == "A":
                bare = bare_admin_name(name)
                if name_key(bare) not in seen:
                    names.insert(0, bare)
            out_rows.append({
                "id": gid, "name": name, "country": country,
                "admin1": hit[1] or "", "admin2": "" if fcode == "ADM1" else (hit[2] or ""),
                "lat": f"{lat_f:.5f}", "lon": f"{lon_f:.5f}",
                "feature_class": fclass, "feature_code": fcode,
                "population": str(int(r[14] or 0)), "alternate_names": "|".join(names),
                "source": f"corrected: {', '.join(corrected[gid])}" if gid in corrected else "",
            })
    out_rows.sort(key=lambda d: (d["country"], int(d["id"])))
    added = _additions(Path(additions or paths.REFERENCE / "gazetteer_additions.csv"), rows_by_cc, sb, out_rows)
    for d in added:
        hit = index.query(d["lat"], d["lon"], d["country"]) or (d["country"], None, None)
        d.update(admin1=hit[1] or "", admin2=hit[2] or "", lat=f"{d['lat']:.5f}", lon=f"{d['lon']:.5f}")
    # additions after the GeoNames rows of their country, in file order (stable sort; their ids are no numbers)
    out_rows = sorted(out_rows + added, key=lambda d: (d["country"], d["id"].startswith("add:")))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=GAZETTEER_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(out_rows)
    target = out_dir / "gazetteer.csv"
    atomic_write_text(target, buf.getvalue())
    return target


#: ``point`` kinds of ``gazetteer_additions.csv``: where an added place's coordinates come from.
_ADDITION_POINTS = ("ocha_adm3", "geonames")


def _additions(path: Path, rows_by_cc: dict[str, list[list[str]]], shared_bounds: Path,
               kept: list[dict[str, str]]) -> list[dict]:
    """The rows of ``gazetteer_additions.csv``: places the GeoNames dumps lack (Moura, Mopti).

    Every line names its ``source`` and ``reason``; coordinates are never typed in the file but
    taken from the reference feature ``point`` names: ``ocha_adm3:<pcode>`` the centroid of that
    Malian commune (OCHA adm3 boundaries; a village that is the seat of its commune),
    ``geonames:<id>`` the point of that GeoNames row. An unknown point, or a populated place of
    the same name already kept for the country (a stale addition), stops the build with an
    error naming the line. Returns gazetteer rows with float ``lat``/``lon`` (admin units to fill).
    """
    rows = _read_csv_rows(path, ["id", "name", "country", "feature_class", "feature_code", "point",
                                 "source", "reason"])
    if not rows:
        return []
    by_id = {r[0]: r for rs in rows_by_cc.values() for r in rs}
    communes = populated = None
    out = []
    for a in rows:
        cc, kind, _, ref = a["country"], *a["point"].partition(":")
        if cc not in COUNTRIES or not a["id"].startswith("add:"):
            raise InputError(path, f"{a['id']}: id must start with 'add:' and country be one of "
                                   f"{', '.join(COUNTRIES)}")
        if kind not in _ADDITION_POINTS or not ref:
            raise InputError(path, f"{a['id']}: point {a['point']!r} is not one of "
                                   f"{', '.join(k + ':<ref>' for k in _ADDITION_POINTS)}")
        names = [a["name"], *(n.strip() for n in a.get("alternate_names", "").split("|") if n.strip())]
        country = COUNTRIES[cc]
        if populated is None:  # (country, name key) of every kept populated place, names and alternates
            populated = {(d["country"], name_key(n)): d for d in kept if d["feature_class"] == "P"
                         for n in (d["name"], *d["alternate_names"].split("|")) if n}
        for n in names:
            d = populated.get((country, name_key(n)))
            if d is not None:
                raise InputError(path, f"{a['id']}: {d['name']!r} ({d['id']}) is in the GeoNames rows now: "
                                       f"drop the addition")
        if kind == "geonames":
            r = by_id.get(ref)
            if r is None or r[8] != cc:
                raise InputError(path, f"{a['id']}: no GeoNames row {ref!r} in {cc}.txt")
            lat, lon = float(r[4]), float(r[5])
        else:
            if cc != "ML":
                raise InputError(path, f"{a['id']}: ocha_adm3 points are Malian communes")
            if communes is None:
                communes = {p["admin3Pcod"]: g for p, g in
                            _load_geojson(shared_bounds / "mali_adm3_ocha_cod_simplified.geojson")}
            g = communes.get(ref)
            if g is None:
                raise InputError(path, f"{a['id']}: no commune {ref!r} in mali_adm3_ocha_cod_simplified.geojson")
            pt = g.centroid if g.contains(g.centroid) else g.representative_point()
            lat, lon = round(pt.y, 5), round(pt.x, 5)
        out.append({
            "id": a["id"], "name": a["name"], "country": country, "lat": lat, "lon": lon,
            "feature_class": a["feature_class"], "feature_code": a["feature_code"], "population": "0",
            "alternate_names": "|".join(names[1:]), "source": f"added: {a['point']}",
        })
    return out


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _atomic_copy(src: Path, dst: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -------------------------------------------------------------------------------- load


def _apply_corrections(rows_by_cc: dict[str, list[list[str]]], path: Path) -> dict[str, list[str]]:
    """Apply ``gazetteer_corrections.csv`` (``id,field,old,new,reason``) to raw GeoNames rows.

    ``old`` must equal the value found, so a correction that no longer applies (the dump was
    updated) fails loudly instead of silently overwriting. Returns id -> corrected fields.
    """
    by_id = {r[0]: r for rows in rows_by_cc.values() for r in rows}
    done: dict[str, list[str]] = {}
    for c in _read_csv_rows(path, ["id", "field", "new", "reason"]):
        row = by_id.get(c["id"])
        if row is None:
            raise InputError(path, f"unknown GeoNames id {c['id']!r}")
        col = _CORRECTABLE.get(c["field"])
        if col is None:
            raise InputError(path, f"{c['id']}: field {c['field']!r} cannot be corrected "
                                   f"(one of {', '.join(sorted(_CORRECTABLE))})")
        found = row[col]
        same = found == c.get("old", "")
        if c["field"] in ("lat", "lon", "population") and c.get("old", ""):
            same = float(found or 0) == float(c["old"])
        if c.get("old", "") and not same:
            raise InputError(path, f"{c['id']} {c['field']}: expected {c['old']!r}, found {found!r}")
        row[col] = c["new"]
        done.setdefault(c["id"], []).append(c["field"])
    return done


def load_from(reference: Path) -> Gazetteer:
    """Load the gazetteer from a reference folder (see :func:`load` for the cached default).

    Speed (once per process, ~44k rows): rows are read with ``csv.reader`` (no dict per row),
    and the keys of names and name pieces, which repeat a lot, are computed once each.
    (Entries keep their constructor: :func:`analysis.records.filled` would be faster but gives
    each entry a dict of its own, ~15 MB more for the process.)
    """
    gpath = reference / "gazetteer.csv"
    if not gpath.exists():
        raise InputError(gpath, "gazetteer missing: run `python -m analysis gazetteer`")
    with open(gpath, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None) or []
        col = {c: k for k, c in enumerate(header)}
        # a later row with the same id replaces the earlier one, in the earlier one's place
        rows = {r[col["id"]]: r for r in reader if r}
    i_id, i_name, i_country, i_a1, i_a2, i_lat, i_lon, i_fc, i_fcode, i_pop, i_alt = (
        col[c] for c in GAZETTEER_COLUMNS[:-1])
    entries: list[Entry] = []
    for r in rows.values():
        entries.append(Entry(
            id=r[i_id], name=r[i_name], country=r[i_country],
            admin1=r[i_a1] or None, admin2=r[i_a2] or None,
            lat=float(r[i_lat]), lon=float(r[i_lon]),
            feature_class=r[i_fc], feature_code=r[i_fcode],
            population=int(r[i_pop] or 0),
            alternate_names=tuple(a for a in r[i_alt].split("|") if a) if r[i_alt] else (),
        ))
    for c in _read_csv_rows(reference / "countries.csv", ["id", "name", "lat", "lon", "reason"]):
        entries.append(Entry(
            id=c["id"], name=c["name"], country=c["name"], admin1=None, admin2=None,
            lat=float(c["lat"]), lon=float(c["lon"]), feature_class="country", feature_code="country",
            population=0, alternate_names=tuple(a for a in c.get("aliases", "").split("|") if a),
        ))
    by_id = {e.id: i for i, e in enumerate(entries)}
    # aliases: add a spelling to an entry
    alias_keys = set()
    alias_ids: dict[str, set[str]] = {}
    for a in _read_csv_rows(reference / "place_aliases.csv", ["alias", "id", "reason"]):
        if a["id"] not in by_id:
            raise InputError(reference / "place_aliases.csv", f"alias {a['alias']!r}: unknown id {a['id']!r}")
        i = by_id[a["id"]]
        e = entries[i]
        entries[i] = Entry(**{**e.__dict__, "alternate_names": e.alternate_names + (a["alias"],)})
        alias_keys.add(name_key(a["alias"]))
        alias_ids.setdefault(name_key(a["alias"]), set()).add(a["id"])

    by_key: dict[str, list[int]] = {}
    prefixes: set[str] = set()
    max_words = 1
    keys_of: dict[str, str] = {}  # name or piece -> name_key (speed: they repeat a lot)
    for i, e in enumerate(entries):
        keys = []
        for n in (e.name, *e.alternate_names):
            k = keys_of.get(n)
            if k is None:
                k = keys_of[n] = name_key(n)
            if k and k not in keys:
                keys.append(k)
                pieces = _LETTERS.findall(n)
                max_words = max(max_words, len(pieces))
                acc = ""
                for piece in pieces[:-1]:
                    pk = keys_of.get(piece)
                    if pk is None:
                        pk = keys_of[piece] = name_key(piece)
                    acc += pk
                    prefixes.add(acc)
        for k in keys:
            bucket = by_key.get(k)
            if bucket is None:
                by_key[k] = [i]
            else:
                bucket.append(i)
    admin1_entry = {(e.country, e.admin1): i for i, e in enumerate(entries)
                    if e.feature_code == "ADM1" and e.admin1}
    country_entry = {e.country: i for i, e in enumerate(entries) if e.is_country}
    return Gazetteer(
        entries=entries, by_key={k: tuple(v) for k, v in by_key.items()}, by_id=by_id,
        alias_keys=frozenset(alias_keys), alias_ids={k: frozenset(v) for k, v in alias_ids.items()},
        admin1_entry=admin1_entry, country_entry=country_entry,
        max_words=min(max_words, 6), prefixes=frozenset(prefixes),
    )


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The project gazetteer from ``data/reference`` (built once per process, then cached)."""
    return load_from(paths.REFERENCE)


@lru_cache(maxsize=4)
def _admin_index(reference: Path) -> _AdminIndex:
    bounds = reference / "boundaries"
    admin1_names = {}
    for p, _ in _load_geojson(bounds / "bfa_adm1_geoboundaries_simplified.geojson"):
        admin1_names[("BF", p["geonames_admin1"])] = p["adm1_name"]
    for p, _ in _load_geojson(bounds / "ner_adm1_ocha_cod_simplified.geojson"):
        admin1_names[("NE", p["geonames_admin1"])] = p["ADM1_FR"]
    return _AdminIndex(_admin_units(bounds, admin1_names))


def admin_for_point(lat: float, lon: float, country: str | None = None,
                    reference: Path | None = None) -> tuple[str | None, str | None]:
    """(admin1, admin2) of a WGS84 point by point-in-polygon on ``data/reference/boundaries``.

    ``country`` ("Mali", "Burkina Faso", "Niger") restricts the search to that country.
    A point just outside every polygon (simplified borders) takes the nearest unit within
    :data:`NEAREST_MAX_DEG` degrees; a point farther away gives ``(None, None)``.
    """
    hit = _admin_index(Path(reference or paths.REFERENCE)).query(lat, lon, country)
    return (None, None) if hit is None else (hit[1], hit[2])


# --------------------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m analysis gazetteer``."""
    parser.add_argument("--out", type=Path, default=paths.REFERENCE,
                        help="folder to write gazetteer.csv and boundaries/ into (default: data/reference)")
    parser.add_argument("--shared", type=Path, default=paths.SHARED_REFERENCE,
                        help="the original reference data (default: ../shared/reference)")
    parser.add_argument("--corrections", type=Path, default=paths.REFERENCE / "gazetteer_corrections.csv",
                        help="corrections applied to the GeoNames rows (default: data/reference/gazetteer_corrections.csv)")
    parser.add_argument("--additions", type=Path, default=paths.REFERENCE / "gazetteer_additions.csv",
                        help="places the GeoNames dumps lack (default: data/reference/gazetteer_additions.csv)")


def run(args: argparse.Namespace) -> int:
    """Rebuild the gazetteer and print a one-line summary."""
    target = build(args.out, args.shared, args.corrections, getattr(args, "additions", None))
    with open(target, encoding="utf-8") as fh:
        n = sum(1 for _ in fh) - 1
    print(f"gazetteer: {n} entries -> {target} ({target.stat().st_size / 1e6:.1f} MB); "
          f"boundaries -> {target.parent / 'boundaries'}")
    return 0
