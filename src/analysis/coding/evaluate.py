"""``python -m analysis evaluate``: score the coder against hand-coded gold events.

The procedure is the one of ``../shared/devset/README.md`` ("How to measure a coder with it"):

1. the coder runs on the corpus (``published`` from the manifest when non-empty, which
   :func:`analysis.corpus.iter_articles` does), without the human review file;
2. per article, predictions (every event whose ``article_ids`` lists the article) are matched
   one-to-one to gold events, greedily by score (:func:`match`). A pair is a candidate when the
   country is the same, the predicted date is within the gold precision (``day`` +-1 day,
   ``week`` +-7 days, ``month`` same calendar month, ``year`` same year) and the location
   matches: normalised equality (casefold, accents, hyphens and spaces stripped) or
   containment, or a spelling variant given in the gold comment ("also spelled X"), or a name
   the gazetteer records for the predicted place (a GeoNames alternate name or a
   ``place_aliases.csv`` spelling of the entry the coder named: gold "Dinangourou" for the
   gazetteer's Dinangorou; the coder writes the gazetteer's main name, as the spec asks); when the
   gold location is null, the admin1 must match (or the country alone when admin1 is null too);
3. detection: precision over predictions, recall over gold, F1, for all events and for main
   events only (gold ``main: true`` against predicted ``is_main`` rows, matched separately);
4. attributes of matched pairs (all events):

   - ``date``: within the gold precision *and* at least as precise as the gold (matching
     already requires the tolerance, so the figure measures whether the coder dated the event
     as precisely as the gold does; a finer date within the tolerance is right);
     ``date_exact``: the same ISO date, the stricter secondary figure;
   - ``admin1``, ``event_type``, ``sub_event_type``: equality (normalised);
   - ``location``: as in matching; a null gold location is right when the prediction names no
     place below the gold admin1 or country (no location, or the region itself);
   - ``actors``: actor1 and actor2 equal after mapping to canonical names (a parenthetical
     qualifier such as "(mutineers)" dropped; component groups mapped to their parent with
     ``part_of`` in the actor dictionary, e.g. Katiba Macina -> JNIM); Battles in either order;
   - ``foreign_actors``: right when both sets are empty or they overlap (mean Jaccard reported
     too);
   - ``fatalities``: right when the predicted best estimate lies in the gold
     ``[fatalities_low, fatalities_high]`` or the predicted range overlaps it; both null (no
     figure) counts as right, a figure on one side only as wrong;
   - ``main``: the pair agrees on whether the event is a main subject of the article (gold
     ``main``, predicted ``is_main``): a background event coded as news, or the reverse, is
     counted here even when both are found.

Then a list of misses: unmatched gold events, false positives and wrong fields (predicted vs
gold). ``--json PATH`` writes the scores and misses as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.coding.link import normalise_name, split_list
from analysis.errors import InputError

FIELDS = ("date", "date_exact", "admin1", "location", "event_type", "sub_event_type", "actors",
          "foreign_actors", "fatalities", "main")


# ------------------------------------------------------------------------------- loading


def _date(value, path, line=None) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(path, f"not an ISO date: {value!r}", line) from None


def _s(value) -> str:
    return "" if value is None else str(value).strip()


def _int_or_none(value):
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    return int(value)


def load_gold(gold_dir: str | Path) -> dict[str, list[dict]]:
    """``article id -> gold events`` from every ``*.yaml`` of ``gold_dir`` (devset format)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(gold_dir, "gold folder not found")
    out: dict[str, list[dict]] = {}
    for path in sorted(gold_dir.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}", mark.line + 1 if mark else None) from None
        article = _s(data.get("article")) or path.stem
        variants = _location_variants(text)
        events = []
        for i, ev in enumerate(data.get("events") or []):
            if not isinstance(ev, dict):
                raise InputError(path, f"event {i + 1} is not a mapping")
            missing = [k for k in ("date", "date_precision", "country", "event_type", "sub_event_type", "actor1") if k not in ev]
            if missing:
                raise InputError(path, f"event {i + 1} lacks {', '.join(missing)}")
            loc = _s(ev.get("location"))
            events.append({
                "date": _date(ev["date"], path), "date_precision": _s(ev["date_precision"]),
                "country": _s(ev["country"]), "admin1": _s(ev.get("admin1")), "location": loc,
                "location_variants": variants.get(loc, []),
                "event_type": _s(ev["event_type"]), "sub_event_type": _s(ev["sub_event_type"]),
                "actor1": _s(ev.get("actor1")), "actor2": _s(ev.get("actor2")),
                "fatalities_low": _int_or_none(ev.get("fatalities_low")),
                "fatalities_high": _int_or_none(ev.get("fatalities_high")),
                "foreign_actors": [_s(x) for x in (ev.get("foreign_actors") or [])],
                "main": bool(ev.get("main", True)), "evidence": _s(ev.get("evidence")),
            })
        comments = " ".join(line.split("#", 1)[1] for line in text.splitlines() if "#" in line)
        for ev in events:
            ev["_comments"] = comments  # for flagging false positives the gold notes as "not coded"
        out[article] = events
    return out


_VARIANT = re.compile(r"^\s*(?:-\s*)?location:\s*([^#\n]+?)\s*#.*?also spelled\s+([^;,)\n]+)", re.M)


def _location_variants(text: str) -> dict[str, list[str]]:
    """Spelling variants a gold file notes in a comment: ``location: Anefis  # also spelled Anéfis``."""
    out: dict[str, list[str]] = {}
    for m in _VARIANT.finditer(text):
        out.setdefault(m.group(1).strip(), []).extend(v.strip() for v in re.split(r"\s*/\s*|\s+or\s+", m.group(2)) if v.strip())
    return out


def predictions_by_article(events) -> dict[str, list[dict]]:
    """Events table rows (DataFrame) -> ``article id -> predicted events`` (a row may serve several)."""
    out: dict[str, list[dict]] = {}
    for rec in events.to_dict("records"):
        low, high = rec.get("fatalities_low"), rec.get("fatalities_high")
        pred = {
            "event_id": rec["event_id"], "date": date.fromisoformat(rec["event_date"]),
            "date_precision": rec["date_precision"], "country": _s(rec["country"]),
            "admin1": _s(rec["admin1"]), "location": _s(rec["location"]),
            "event_type": rec["event_type"], "sub_event_type": rec["sub_event_type"],
            "actor1": _s(rec["actor1"]), "actor2": _s(rec["actor2"]),
            "fatalities": int(rec.get("fatalities") or 0),
            "fatalities_low": None if low is None or low != low or str(low) == "<NA>" else int(low),
            "fatalities_high": None if high is None or high != high or str(high) == "<NA>" else int(high),
            "foreign_actors": split_list(rec.get("foreign_actors", "")), "main": bool(rec["is_main"]),
            "evidence": _s(rec.get("evidence")),
        }
        for aid in split_list(rec["article_ids"]):
            out.setdefault(aid, []).append(pred)
    return out


# ------------------------------------------------------------------------------ matching


def date_within(gold_date: date, precision: str, pred_date: date) -> bool:
    """The predicted date is within the gold precision (README: day +-1, week +-7, month, year)."""
    if precision == "day":
        return abs((pred_date - gold_date).days) <= 1
    if precision == "week":
        return abs((pred_date - gold_date).days) <= 7
    if precision == "month":
        return (pred_date.year, pred_date.month) == (gold_date.year, gold_date.month)
    return pred_date.year == gold_date.year


def location_match(gold: dict, pred: dict) -> bool:
    """Location criterion of the README (normalised equality or containment; admin1 when gold has none)."""
    if gold["location"]:
        p = normalise_name(pred["location"])
        if not p:
            return False
        for g in [gold["location"], *gold.get("location_variants", [])]:
            g = normalise_name(g)
            if g and (g == p or g in p or p in g):
                return True
        return _gazetteer_variant(gold["location"], pred["location"], pred["country"])
    if gold["admin1"]:
        return normalise_name(pred["admin1"]) == normalise_name(gold["admin1"])
    return True


@lru_cache(maxsize=4096)
def _gazetteer_variant(gold_location: str, pred_location: str, country: str) -> bool:
    """Whether the gold's spelling is one of the gazetteer's names of the place the coder named:
    an entry of ``country`` whose main name is ``pred_location`` and whose names (main, alternate
    or alias) include ``gold_location``. Without a gazetteer (no ``data/reference``), no."""
    try:
        from analysis.coding.gazetteer import load

        entries = load().lookup(gold_location)
    except InputError:
        return False
    p = normalise_name(pred_location)
    return any(e.country == country and normalise_name(e.name) == p for e in entries)


def candidate(gold: dict, pred: dict) -> bool:
    """Whether a prediction may be matched to a gold event at all."""
    return (normalise_name(gold["country"]) == normalise_name(pred["country"])
            and date_within(gold["date"], gold["date_precision"], pred["date"])
            and location_match(gold, pred))


def _parents() -> dict[str, str]:
    try:
        from analysis.coding.actors import load_dictionary

        d = load_dictionary()
    except Exception:  # noqa: BLE001 - evaluation works without the dictionary (names as given)
        return {}
    return {normalise_name(name): normalise_name(e.part_of) for name, e in d.actors.items() if e.part_of}


_PARENTS: dict[str, str] | None = None


def canonical_actor(name: str) -> str:
    """An actor name for comparison: normalised, component groups mapped to their parent."""
    global _PARENTS
    if _PARENTS is None:
        _PARENTS = _parents()
    # "Malian armed forces (mutineers)": a parenthetical qualifies the canonical name.
    n = normalise_name(re.sub(r"\s*\([^)]*\)", "", name or ""))
    return _PARENTS.get(n, n)


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def field_results(gold: dict, pred: dict) -> dict[str, bool]:
    """Which attributes of a matched pair are right (see the module docstring)."""
    g1, g2 = canonical_actor(gold["actor1"]), canonical_actor(gold["actor2"])
    p1, p2 = canonical_actor(pred["actor1"]), canonical_actor(pred["actor2"])
    actors = (g1, g2) == (p1, p2) or (gold["event_type"] == "Battles" and (g1, g2) == (p2, p1))
    if gold["location"]:
        loc = location_match(gold, pred)
    else:
        # Right when the prediction names nothing below the region: no location, or the
        # region/country itself ("Ménaka Region" for admin1 Ménaka).
        p = normalise_name(pred["location"])
        areas = [a for a in (normalise_name(gold["admin1"]), normalise_name(gold["country"])) if a]
        loc = not p or any(a in p or p in a for a in areas)
    gf = {normalise_name(x) for x in gold["foreign_actors"]}
    pf = {normalise_name(x) for x in pred["foreign_actors"]}
    foreign = (not gf and not pf) or bool(gf & pf)
    return {
        "date": date_within(gold["date"], gold["date_precision"], pred["date"])
        and _RANK.get(pred["date_precision"], 3) <= _RANK.get(gold["date_precision"], 3),
        "date_exact": pred["date"] == gold["date"],
        "admin1": normalise_name(gold["admin1"]) == normalise_name(pred["admin1"]),
        "location": loc,
        "event_type": gold["event_type"] == pred["event_type"],
        "sub_event_type": gold["sub_event_type"] == pred["sub_event_type"],
        "actors": actors,
        "foreign_actors": foreign,
        "fatalities": fatalities_right(gold, pred),
        "main": bool(gold["main"]) == bool(pred["main"]),
    }


def jaccard(a: list[str], b: list[str]) -> float:
    """Set overlap of two actor lists (1.0 when both are empty)."""
    sa, sb = {normalise_name(x) for x in a}, {normalise_name(x) for x in b}
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def fatalities_right(gold: dict, pred: dict) -> bool:
    """Best estimate in the gold range, or overlapping ranges; both null is right."""
    gl, gh = gold["fatalities_low"], gold["fatalities_high"]
    pl, ph = pred["fatalities_low"], pred["fatalities_high"]
    if gl is None and gh is None:
        return pl is None and ph is None
    gl = gh if gl is None else gl
    gh = gl if gh is None else gh
    if pl is None and ph is None:
        return False
    pl = ph if pl is None else pl
    ph = pl if ph is None else ph
    best = pred.get("fatalities", pl)
    return gl <= best <= gh or (pl <= gh and gl <= ph)


def _pair_score(gold: dict, pred: dict) -> float:
    f = field_results(gold, pred)
    score = sum(1.0 for k in ("event_type", "sub_event_type", "actors", "date_exact", "location") if f[k])
    score += 0.5 * f["fatalities"] + 0.5 * f["main"]
    if normalise_name(gold["location"]) and normalise_name(gold["location"]) == normalise_name(pred["location"]):
        score += 0.5
    return score


def match(gold: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by score among candidate pairs; returns (gold index, pred index)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            if candidate(g, p):
                pairs.append((-_pair_score(g, p), gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


# ------------------------------------------------------------------------------- scoring


@dataclass
class Scores:
    """Detection and attribute scores with the list of misses."""

    counts: dict = field(default_factory=dict)
    detection: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"counts": self.counts, "detection": self.detection, "fields": self.fields, "misses": self.misses}


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "matched": tp_gold, "gold": n_gold, "predicted": n_pred}


def _describe(ev: dict) -> str:
    where = "/".join(x for x in (ev["country"], ev["admin1"], ev["location"]) if x)
    return (f"{ev['date'].isoformat()} {ev['date_precision']} | {where} | {ev['event_type']}/{ev['sub_event_type']} | "
            f"{ev['actor1']} vs {ev['actor2'] or '-'}")


def _field_value(ev: dict, name: str) -> str:
    if name in ("date", "date_exact"):
        return f"{ev['date'].isoformat()} ({ev['date_precision']})"
    if name == "actors":
        return f"{ev['actor1']} vs {ev['actor2'] or '-'}"
    if name == "foreign_actors":
        return ", ".join(ev["foreign_actors"]) or "-"
    if name == "main":
        return "main" if ev["main"] else "background"
    if name == "fatalities":
        best = f"{ev['fatalities']} " if "fatalities" in ev else ""
        return f"{best}[{ev['fatalities_low']}, {ev['fatalities_high']}]"
    return ev.get(name) or "-"


def match_articles(gold: dict[str, list[dict]], events) -> dict[str, tuple[list[dict], dict[int, int]]]:
    """Per gold article: its predictions and the one-to-one pairs ``{gold index: prediction index}``.

    The matcher of :func:`score`, exposed for tests that check a gold set event by event.
    """
    preds = predictions_by_article(events)
    return {article: (preds.get(article, []), dict(match(g, preds.get(article, []))))
            for article, g in gold.items()}


def missing_event(gold_event: dict, preds: list[dict], pairs: dict[int, int], i: int) -> str | None:
    """Why gold event ``i`` has no matching prediction, or None when it has one."""
    if i in pairs:
        return None
    return f"no prediction matches {_describe(gold_event)}; predicted: {[_describe(p) for p in preds]}"


def wrong_field(gold_event: dict, pred: dict, name: str) -> str | None:
    """What is wrong with field ``name`` of a matched prediction, or None when it is right."""
    if field_results(gold_event, pred)[name]:
        return None
    return f"{name}: predicted {_field_value(pred, name)}, gold {_field_value(gold_event, name)}"


def false_positives(preds: list[dict], pairs: dict[int, int]) -> list[str]:
    """The predictions of an article that match no gold event, described."""
    used = set(pairs.values())
    return [_describe(p) for j, p in enumerate(preds) if j not in used]


def score(gold: dict[str, list[dict]], preds: dict[str, list[dict]]) -> Scores:
    """Score predictions against gold, article by article (only articles that have a gold file)."""
    sc = Scores()
    n_gold = n_pred = tp = 0
    m_gold = m_pred = m_tp_g = m_tp_p = 0
    right = {f: 0 for f in FIELDS}
    jac = 0.0
    n_pairs = 0
    for article in sorted(gold):
        g_events, p_events = gold[article], preds.get(article, [])
        pairs = match(g_events, p_events)
        n_gold += len(g_events)
        n_pred += len(p_events)
        tp += len(pairs)
        g_main = [g for g in g_events if g["main"]]
        p_main = [p for p in p_events if p["main"]]
        mp = match(g_main, p_main)
        m_gold += len(g_main)
        m_pred += len(p_main)
        m_tp_g += len(mp)
        m_tp_p += len(mp)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            n_pairs += 1
            res = field_results(g_events[gi], p_events[pi])
            jac += jaccard(g_events[gi]["foreign_actors"], p_events[pi]["foreign_actors"])
            for f in FIELDS:
                right[f] += res[f]
                if not res[f] and f != "date_exact":
                    sc.misses.append({"kind": f"wrong {f}", "article": article, "event_id": p_events[pi]["event_id"],
                                      "predicted": _field_value(p_events[pi], f), "gold": _field_value(g_events[gi], f)})
        for gi, g in enumerate(g_events):
            if gi not in matched_g:
                sc.misses.append({"kind": "unmatched gold", "article": article, "event_id": "",
                                  "predicted": "", "gold": _describe(g) + ("" if g["main"] else " (background)"),
                                  "evidence": g["evidence"]})
        comments = normalise_name(g_events[0].get("_comments", "")) if g_events else ""
        for pi, p in enumerate(p_events):
            if pi not in matched_p:
                # README: check the gold's "not coded" comments before counting a false positive.
                loc = normalise_name(p["location"])
                soft = bool(loc) and loc in comments
                sc.misses.append({"kind": "false positive", "article": article, "event_id": p["event_id"],
                                  "predicted": _describe(p) + ("" if p["main"] else " (background)")
                                  + (" [place named in the gold's comments: check its notes]" if soft else ""),
                                  "gold": "", "evidence": p["evidence"][:200], "soft": soft})
    sc.counts = {"articles": len(gold), "gold_events": n_gold, "predicted_events": n_pred, "matched": tp}
    sc.detection = {"all": _prf(tp, n_pred, tp, n_gold), "main": _prf(m_tp_p, m_pred, m_tp_g, m_gold)}
    sc.fields = {f: round(right[f] / n_pairs, 4) if n_pairs else 0.0 for f in FIELDS}
    sc.fields["foreign_actors_jaccard"] = round(jac / n_pairs, 4) if n_pairs else 0.0
    sc.fields["pairs"] = n_pairs
    return sc


def format_scores(sc: Scores, misses: bool = True) -> str:
    """The report printed by the command."""
    lines = []
    c = sc.counts
    lines.append(f"evaluated {c['articles']} articles: {c['gold_events']} gold events, {c['predicted_events']} predicted, {c['matched']} matched")
    for name in ("all", "main"):
        d = sc.detection[name]
        lines.append(f"events ({name:>4}): precision {d['precision']:.3f}  recall {d['recall']:.3f}  F1 {d['f1']:.3f}"
                     f"  ({d['matched']}/{d['gold']} gold, {d['predicted']} predicted)")
    lines.append(f"field accuracy over {sc.fields['pairs']} matched pairs:")
    labels = {"date": "date (within precision)", "date_exact": "date (exact day)", "foreign_actors": "foreign_actors (overlap)",
              "main": "main or background"}
    for f in FIELDS:
        lines.append(f"  {labels.get(f, f):<26} {sc.fields[f]:.3f}")
    lines.append(f"  {'foreign_actors (Jaccard)':<26} {sc.fields['foreign_actors_jaccard']:.3f}")
    if misses:
        lines.append(f"misses ({len(sc.misses)}):")
        for m in sc.misses:
            if m["kind"] == "unmatched gold":
                lines.append(f"  unmatched gold   {m['article']}: {m['gold']}")
            elif m["kind"] == "false positive":
                lines.append(f"  false positive   {m['article']} {m['event_id']}: {m['predicted']}")
            else:
                lines.append(f"  {m['kind']:<16} {m['article']} {m['event_id']}: predicted {m['predicted']!s} | gold {m['gold']!s}")
    return "\n".join(lines)


def evaluate(corpus_dir: str | Path, gold_dir: str | Path | None = None, out_dir: str | Path | None = None,
             jobs: int = 1) -> Scores:
    """Code ``corpus_dir`` (no review file) and score it against ``gold_dir`` (default ``<corpus>/gold``)."""
    from analysis.coding.pipeline import code_corpus
    from analysis.coding.schema import read_events

    corpus_dir = Path(corpus_dir)
    gold = load_gold(gold_dir or corpus_dir / "gold")
    with tempfile.TemporaryDirectory(prefix="sahel-eval-") as tmp:
        out = Path(out_dir) if out_dir else Path(tmp)
        code_corpus(corpus_dir, out, review_file=None, jobs=jobs, quiet=True)
        events = read_events(out)
    return score(gold, predictions_by_article(events))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m analysis evaluate``."""
    parser.add_argument("--corpus", required=True, help="corpus folder (manifest.csv, articles/, gold/)")
    parser.add_argument("--gold", default=None, help="gold folder (default: <corpus>/gold)")
    parser.add_argument("--json", default=None, help="also write the scores and misses as JSON to this path")
    parser.add_argument("--out", default=None, help="keep the coded tables in this folder (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=1, help="processes coding articles in parallel")
    parser.add_argument("--no-misses", action="store_true", help="print the scores only")


def run(args: argparse.Namespace) -> int:
    """Run the command: print the scores and misses; write JSON when asked."""
    sc = evaluate(args.corpus, args.gold, out_dir=args.out, jobs=args.jobs)
    print(format_scores(sc, misses=not args.no_misses))
    if args.json:
        path = Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(sc.as_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(path)
        print(f"scores written to {path}", file=sys.stderr)
    return 0
