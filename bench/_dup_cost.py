"""CPU cost of the duplicate rules on the labelled records, and a digest of every answer.

Reads the records of every labelled duplicate set (``tests/matching/assistance.py`` and
``tests/matching/duplicates_heldout*.py``), enriched as a harvest enriches them, then times
(CPU time of this process, ``time.process_time``: the machine is shared, wall time means
nothing) three steps of :mod:`matching.duplicates`:

* ``dup_features`` of every record (per record);
* ``title_keys`` of every record (per record; keys per record);
* ``title_match`` of every pair of records (per pair: far more pairs than blocking lets
  through, so an upper bound of what a compared pair costs), and of the pairs that share a
  blocking key (what the recompute compares).

It prints a SHA-256 of the stored features (their JSON, as ``dup_features`` rows hold it), of
the keys and of every pair's answer: two versions of the code that give the same digests give
the same duplicates on these records. ``--repeats`` runs the comparison several times and
keeps each run's figure (run two versions interleaved and compare the spread).

``--store STORE --limit N`` times instead the duplicate part of a full recompute on the first
N records of a store (features, keys and the stored JSON, then the buckets compared on
features read back from that JSON), with digests of the features, keys and edges.

Usage: python bench/_dup_cost.py [--repeats 3] [--profile FILE]
       python bench/_dup_cost.py --store bench/out/matching-first-run-20000/chm.sqlite --limit 5000
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib
import json
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mappings.record import Record
from matching import duplicates as dup
from vocabulary.enrich import enrich
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

SETS = ("", *(str(n) for n in range(3, 15)))
"""The labelled duplicate sets read (a set not written yet is skipped)."""


def labelled_records(vocabulary: Any) -> list[dict[str, Any]]:
    """Every record of the labelled duplicate sets, enriched, as the store holds them."""
    from tests.matching.assistance import records

    recs = list(records())
    for suffix in SETS:
        try:
            mod = importlib.import_module(f"tests.matching.duplicates_heldout{suffix}")
        except ImportError:
            continue
        recs += mod.RECORDS
    seen: dict[str, dict[str, Any]] = {}
    for r in recs:
        seen.setdefault(r["id"], r)
    return [json.loads(enrich(Record.from_dict(r), vocabulary).to_json()) for r in seen.values()]


def store_records(path: Path, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` live records of a store (e.g. the corpus store of
    ``bench_matching.py --first-run``), as the recompute reads them."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT json FROM records WHERE deleted=0 ORDER BY rowid LIMIT ?", (limit,)
    ).fetchall()
    conn.close()
    return [json.loads(js) for (js,) in rows]


def store_run(vocab: Any, path: Path, limit: int, prof: Any) -> dict[str, Any]:
    """The duplicate part of a full recompute over a store's records, in memory: features,
    keys and the features' JSON per record, then every bucket of 2..``TITLE_BUCKET_MAX``
    members compared pair by pair on features read back from that JSON (what the recompute
    does through SQLite)."""
    recs = store_records(path, limit)
    dup.dup_features(recs[0], vocab)
    if prof:
        prof.enable()
    c = time.process_time()
    feats = [dup.dup_features(r, vocab) for r in recs]
    features_cpu = time.process_time() - c
    c = time.process_time()
    stored: dict[str, str] = {}
    buckets: dict[str, list[str]] = {}
    for f in feats:
        if f.titles:
            stored[f.id] = json.dumps(f.to_json_dict())
            for k in dup.title_keys(f):
                buckets.setdefault(k, []).append(f.id)
    keys_cpu = time.process_time() - c
    c = time.process_time()
    edges: dict[tuple[str, str], str] = {}
    compared = 0
    words = Counter(w for f in feats if f.titles for w in f.known)  # as dup_words counts them
    with dup.store_frequencies(words, sum(1 for f in feats if f.titles)):
        for ids in buckets.values():
            if not 2 <= len(ids) <= dup.TITLE_BUCKET_MAX:
                continue
            loaded = {i: dup.DupFeatures.from_json_dict(json.loads(stored[i])) for i in ids}
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    compared += 1
                    why = dup.title_match(loaded[a], loaded[b])
                    if why:
                        edges.setdefault((min(a, b), max(a, b)), why)
    compare_cpu = time.process_time() - c
    if prof:
        prof.disable()
    n = len(recs)
    return {
        "records": n,
        "features_us_per_record": round(features_cpu * 1e6 / n),
        "keys_and_json_us_per_record": round(keys_cpu * 1e6 / n),
        "buckets_us_per_record": round(compare_cpu * 1e6 / n),
        "total_us_per_record": round((features_cpu + keys_cpu + compare_cpu) * 1e6 / n),
        "pairs_in_buckets": compared,
        "edges": len(edges),
        "sha256": {
            "features": hashlib.sha256("\n".join(stored.values()).encode()).hexdigest()[:16],
            "keys": hashlib.sha256(json.dumps(sorted(buckets.items())).encode()).hexdigest()[:16],
            "edges": hashlib.sha256(json.dumps(sorted(edges.items())).encode()).hexdigest()[:16],
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--profile", type=Path)
    ap.add_argument("--store", type=Path, help="time the recompute's duplicate part on a store")
    ap.add_argument("--limit", type=int, default=5000)
    args = ap.parse_args()
    vocab = load_vocabulary([PROJECT_THESAURUS])
    if args.store:
        prof = cProfile.Profile(time.process_time) if args.profile else None
        print(json.dumps(store_run(vocab, args.store, args.limit, prof), indent=1))
        if prof:
            prof.dump_stats(str(args.profile))
        return
    recs = labelled_records(vocab)
    dup.dup_features(recs[0], vocab)  # per-vocabulary tables built once, outside the timing

    c = time.process_time()
    feats = [dup.dup_features(r, vocab) for r in recs]
    features_cpu = time.process_time() - c
    c = time.process_time()
    keys = [dup.title_keys(f) if f.titles else [] for f in feats]
    keys_cpu = time.process_time() - c

    h_feat = hashlib.sha256()
    for f in feats:
        h_feat.update((json.dumps(f.to_json_dict()) + "\n").encode())
    h_keys = hashlib.sha256(json.dumps(keys).encode())

    with_titles = [f for f in feats if f.titles]
    pairs = list(combinations(with_titles, 2))
    buckets: dict[str, list[int]] = {}
    for i in range(len(feats)):
        for k in keys[i]:
            buckets.setdefault(k, []).append(i)
    blocked = sorted(
        {
            (m[x], m[y])
            for m in buckets.values()
            if 2 <= len(m) <= dup.TITLE_BUCKET_MAX
            for x in range(len(m))
            for y in range(x + 1, len(m))
        }
    )
    runs = []
    answers: list[str | None] = []
    prof = cProfile.Profile(time.process_time) if args.profile else None
    for _ in range(args.repeats):
        dup.cognate.cache_clear()
        c = time.process_time()
        if prof:
            prof.enable()
        answers = [dup.title_match(a, b) for a, b in pairs]
        if prof:
            prof.disable()
        all_cpu = time.process_time() - c
        dup.cognate.cache_clear()
        c = time.process_time()
        for i, j in blocked:
            dup.title_match(feats[i], feats[j])
        blocked_cpu = time.process_time() - c
        runs.append(
            {
                "all_pairs_us": round(all_cpu * 1e6 / max(1, len(pairs)), 2),
                "blocked_pairs_us": round(blocked_cpu * 1e6 / max(1, len(blocked)), 2),
            }
        )
    if prof:
        prof.dump_stats(str(args.profile))
    h_pairs = hashlib.sha256(json.dumps(answers).encode())
    print(
        json.dumps(
            {
                "records": len(recs),
                "features_ms_per_record": round(features_cpu * 1e3 / len(recs), 3),
                "keys_ms_per_record": round(keys_cpu * 1e3 / len(recs), 3),
                "keys_per_record": round(sum(map(len, keys)) / len(recs), 2),
                "pairs": len(pairs),
                "blocked_pairs": len(blocked),
                "edges": sum(1 for a in answers if a),
                "runs": runs,
                "sha256": {
                    "features": h_feat.hexdigest()[:16],
                    "keys": h_keys.hexdigest()[:16],
                    "pairs": h_pairs.hexdigest()[:16],
                },
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
