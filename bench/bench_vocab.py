"""Vocabulary benchmark (issue 4): load times, resolver throughput, concept coverage.

Prints, and writes to ``bench/out/bench_vocab.json``:

* load time of the project thesaurus, of the largest fixture vocabulary (qSKOS stw.rdf) and of
  a synthetic 5,000-concept vocabulary, cold (rdflib parse + index build) and cached (pickle);
* resolver throughput in subject strings/s: a realistic stream with repeats (memoised, as in a
  harvest) and a stream of distinct strings (memo cleared, every string normalised);
* the share of demo records (``demo.generator`` -> ``OaiDcMapping`` -> ``enrich``) that get at
  least one topic concept (target >= 90 %), and how many from subjects alone;
* the same share for the recorded OAI-PMH and CKAN JSON fixture records (other domains: an
  honest floor, not a target).

Usage: python bench/bench_vocab.py [--demo-per-node 2000] [--lookups 200000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT, machine
from vocabulary import text
from vocabulary.enrich import enrich
from vocabulary.gaps import GapCounter
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS
from vocabulary.resolver import Vocabulary

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
STW = FIXTURES / "skos" / "qskos-tests" / "stw.rdf"


def timed_load(files: list[Path], cache_dir: Path) -> dict[str, Any]:
    """Cold load (no cache), then a cache write and a cached load."""
    t0 = time.perf_counter()
    vocab = load_vocabulary(files, cache=False)
    cold = time.perf_counter() - t0
    load_vocabulary(files, cache_dir=cache_dir)  # writes the pickle
    t0 = time.perf_counter()
    load_vocabulary(files, cache_dir=cache_dir)
    cached = time.perf_counter() - t0
    return {"concepts": len(vocab), "cold_s": round(cold, 3), "cached_s": round(cached, 4)}


def synthetic_vocabulary(path: Path, n: int = 5000) -> Path:
    """A 5,000-concept SKOS Turtle file (3 languages, 3 levels) for the 'large vocabulary' case."""
    rng = random.Random(4)
    words = [
        "agua",
        "suelo",
        "water",
        "soil",
        "air",
        "forêt",
        "risque",
        "waste",
        "métal",
        "chemical",
        "plant",
        "animal",
        "sea",
        "river",
        "city",
        "farm",
        "energy",
        "policy",
    ]
    lines = [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix ex: <http://example.org/big/> .",
        "ex:s a skos:ConceptScheme .",
    ]
    for i in range(n):
        label = " ".join(rng.choice(words) for _ in range(3)) + f" {i}"
        parent = f" ; skos:broader ex:c{(i - 1) // 10}" if i else " ; skos:topConceptOf ex:s"
        lines.append(
            f'ex:c{i} a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "{label}"@en, '
            f'"{label} fr"@fr, "{label} es"@es ; skos:altLabel "alt {label}"@en{parent} .'
        )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _variants(vocab: Vocabulary, n: int) -> list[str]:
    rng = random.Random(7)
    labels = [lab for c in vocab.concepts.values() for lab in c.pref.values()]
    labels += [a for c in vocab.concepts.values() for v in c.alt.values() for a in v]
    noise = ["", " ", "; ", " -- ", ", ", "  "]
    out = []
    for i in range(n):
        base = rng.choice(labels)
        base = base.upper() if i % 3 == 0 else base.lower() if i % 3 == 1 else base
        extra = rng.choice(labels) if i % 4 == 0 else f"x{i}"
        out.append(f"{base}{rng.choice(noise)}{extra}")
    return out


def _clear_caches(vocab: Vocabulary) -> None:
    """Forget every memoised string so a measurement starts cold."""
    vocab._memo.clear()
    vocab._part_memo.clear()
    for fn in (text.fold, text.key, text.stem_key, text.stem_token):
        fn.cache_clear()


def throughput(vocab: Vocabulary, n: int) -> dict[str, Any]:
    """Subject strings per second: repeated stream (memoised) and distinct strings (cold)."""
    realistic = (
        [
            "POPs; mercury",
            "plaguicidas",
            "BIOSÉCURITÉ",
            "déchets dangereux",
            "Produits chimiques -- gestion",
            "capacity building",
            "formación",
            "unknown local term",
        ]
        * (n // 8 + 1)
    )[:n]
    t0 = time.perf_counter()
    for s in realistic:
        vocab.lookup(s)
    repeated = n / (time.perf_counter() - t0)
    distinct = _variants(vocab, n // 4)
    _clear_caches(vocab)
    t0 = time.perf_counter()
    for s in distinct:
        vocab.lookup(s)
    cold = len(distinct) / (time.perf_counter() - t0)
    return {
        "repeated_per_s": round(repeated),
        "distinct_per_s": round(cold),
        "distinct_strings": len(distinct),
    }


def demo_subject_throughput(vocab: Vocabulary, records: list[Any]) -> dict[str, Any]:
    """Every subject string of the demo records, in harvest order, memo empty at the start."""
    subjects = [s for r in records for s in r.subjects]
    _clear_caches(vocab)
    t0 = time.perf_counter()
    for s in subjects:
        vocab.lookup(s)
    rate = len(subjects) / (time.perf_counter() - t0)
    return {"subjects": len(subjects), "distinct": len(set(subjects)), "per_s": round(rate)}


def _share(records: list[Any], vocab: Vocabulary, gaps: GapCounter) -> dict[str, Any]:
    total = with_topic = from_subjects = 0
    for r in records:
        e = enrich(r, vocab, gaps)
        topics = [c for c in e.concepts if vocab.scheme_kind(c) == "topic"]
        total += 1
        with_topic += bool(topics)
        from_subjects += any(c not in e.concepts_inferred for c in topics)
    return {
        "records": total,
        "with_topic_concept": round(with_topic / total, 4) if total else None,
        "from_subjects_only": round(from_subjects / total, 4) if total else None,
    }


def demo_records(per_node: int) -> list[Any] | None:
    """Mapped demo records, or None when demo.generator / the oai_dc mapping are missing."""
    try:
        from demo.generator import NODES
        from mappings.base import RawRecord
        from mappings.oai_dc import OaiDcMapping
    except ImportError:
        return None
    mapping = OaiDcMapping()
    out = []
    for node_id, node in NODES.items():
        for i in range(per_node):
            raw = RawRecord(node_id, node.identifier(i), None, False, "oai_dc", node.oai_dc_xml(i))
            out.append(mapping.map(raw))
    return out


def fixture_oai_records() -> list[Any]:
    """Every <record> of the recorded oai_dc / nsdl_dc ListRecords and GetRecord responses."""
    from lxml import etree

    from mappings.base import MappingError, RawRecord
    from mappings.oai_dc import OaiDcMapping

    mapping = OaiDcMapping()
    out = []
    for path in sorted((FIXTURES / "oai-pmh").glob("*/*Record*.xml")):
        try:
            root = etree.parse(str(path)).getroot()
        except etree.XMLSyntaxError:
            continue
        for el in root.iter("{http://www.openarchives.org/OAI/2.0/}record"):
            raw = RawRecord("fixture", "", None, False, "oai_dc", etree.tostring(el))
            try:
                rec = mapping.map(raw)
            except MappingError:
                continue
            if rec.title:
                out.append(rec)
    return out


def fixture_ckan_records() -> list[Any]:
    """CKAN package dicts from the JSON fixtures, mapped with the declarative ckan mapping."""
    try:
        from mappings.base import MappingError, RawRecord
        from mappings.registry import get_mapping

        mapping = get_mapping("ckan")
    except Exception:  # the declarative loader belongs to another issue
        return []
    out = []
    for path in sorted((FIXTURES / "json").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        result = data.get("result", data) if isinstance(data, dict) else data
        items = result.get("results", [result]) if isinstance(result, dict) else result
        for i, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict) or ("title" not in item and "name" not in item):
                continue
            raw = RawRecord(
                "ckan", f"{path.stem}-{i}", None, False, "json", json.dumps(item).encode()
            )
            try:
                out.append(mapping.map(raw))
            except MappingError:
                continue
    return out


def main() -> None:
    """Run everything and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo-per-node", type=int, default=2000)
    ap.add_argument("--lookups", type=int, default=200_000)
    args = ap.parse_args()
    results: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        results["load_thesaurus"] = timed_load([PROJECT_THESAURUS], tmpdir / "c1")
        if STW.exists():
            results["load_stw_fixture"] = timed_load([STW], tmpdir / "c2")
        big = synthetic_vocabulary(tmpdir / "big.ttl")
        results["load_synthetic_5000"] = timed_load([big], tmpdir / "c3")
    vocab = load_vocabulary([PROJECT_THESAURUS], cache=False)
    results["throughput"] = throughput(vocab, args.lookups)
    gaps = GapCounter()
    demo = demo_records(args.demo_per_node)
    if demo is not None:
        results["throughput_demo_subjects"] = demo_subject_throughput(vocab, demo)
        results["demo"] = _share(demo, vocab, gaps)
        results["demo_top_gaps"] = [f"{n}:{t} ({c})" for (n, t, _), c in gaps.items()[:10]]
    results["fixture_oai_pmh"] = _share(fixture_oai_records(), vocab, GapCounter())
    results["fixture_ckan_json"] = _share(fixture_ckan_records(), vocab, GapCounter())
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_vocab.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
