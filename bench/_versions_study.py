"""What indexing the text of a record's other-language versions could add to cross-language
recall on the judged relevance sets (a study, not a benchmark of chm as it is).

For each named set, over the set's own pool (tests/search/relevance/evaluate.py: the
hand-written records of the set and the sets before it, plus the real fixtures' records as
background, enriched as a harvest enriches them), this

1. runs every query through the search path the relevance bench uses (``run_query``);
2. writes the same records into a store and runs chm's duplicate detection on it
   (``matching.update.recompute_all``, what ``chm match recompute`` runs), which links
   the versions of one text in several languages into clusters;
3. adds to each query's result the cluster members of every record it found: an upper
   bound of what "a record's search text includes its versions' text" finds (a query that
   finds a version would find every linked version; AND-ed terms split between a record's
   own text and its versions' text could add a little more, which this does not count);
4. prints, per query language, cross-language recall and precision and precision over the
   whole result before and after, every relevant record the query missed with whether a
   record it found is a linked version of it, and the linked versions added that are not
   judged relevant (the false positives).

Usage: python bench/_versions_study.py [--set set1 ... set19]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.search.relevance.evaluate import (
    POOLS,
    SETS,
    background_records,
    build_index,
    judged_records,
    load_queries,
    run_query,
    score,
    summarise,
)

DEVELOPMENT = tuple(f"set{i}" for i in range(1, 20))


def clusters_of(vocab: Any, pool: Any) -> dict[str, set[str]]:
    """Record id -> the ids of the other records of its duplicate cluster (chm's matching)."""
    from matching.update import recompute_all
    from store import Store

    records = judged_records(vocab, pool) + background_records(vocab)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "chm.sqlite")
        try:
            store.records.write(
                ((r.id, r.node, False, r.to_json()) for r in records), "2025-01-01T00:00:00Z"
            )
            recompute_all(store, vocab)
            rows = store.conn.execute("SELECT record_id, cluster_id FROM dup_clusters").fetchall()
        finally:
            store.close()
    members: dict[str, set[str]] = defaultdict(set)
    for rid, cid in rows:
        members[cid].add(rid)
    return {rid: members[cid] - {rid} for rid, cid in rows}


def study(names: tuple[str, ...]) -> int:
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    vocab = load_vocabulary([PROJECT_THESAURUS])
    before_all: list[Any] = []
    after_all: list[Any] = []
    missed_lines: list[str] = []
    false_lines: list[str] = []
    counts: dict[str, int] = defaultdict(int)
    cache: dict[int, tuple[Any, dict[str, str], dict[str, set[str]]]] = {}
    for name in names:
        pool = POOLS[name]
        if id(pool) not in cache:
            index, langs = build_index(vocab, pool)
            cache[id(pool)] = (index, langs, clusters_of(vocab, pool))
            clustered = cache[id(pool)][2]
            cross = sum(
                1 for r, vs in clustered.items() if any(langs.get(v) != langs.get(r) for v in vs)
            )
            print(
                f"{name}: {index.count()} records, {len(clustered)} in a cluster, "
                f"{cross} linked to another language",
                flush=True,
            )
        index, langs, linked = cache[id(pool)]
        for judged in load_queries(SETS[name]):
            ranked = run_query(index, vocab, judged.text)
            found = set(ranked)
            added = sorted({v for rid in ranked for v in linked.get(rid, ())} - found)
            before_all.append((judged, score(judged, ranked, langs)))
            after_all.append((judged, score(judged, ranked + added, langs)))
            for rid in sorted(set(judged.grades) - found):
                if langs.get(rid) == judged.lang:
                    continue
                via = sorted(linked.get(rid, set()) & found)
                counts["missed cross"] += 1
                counts["recoverable" if via else "not linked to a hit"] += 1
                if linked.get(rid) and not via:
                    counts["linked, but not to a hit"] += 1
                missed_lines.append(
                    f"  {name} {judged.id} [{judged.lang}] {judged.text!r}: missed {rid} "
                    f"[{langs.get(rid)}] " + (f"<- version of hit {via}" if via else "(no)")
                )
            for rid in added:
                kind = "relevant" if rid in judged.grades else "not judged relevant"
                cross = "cross" if langs.get(rid) != judged.lang else "same-language"
                counts[f"added {cross} {kind}"] += 1
                if rid not in judged.grades:
                    false_lines.append(
                        f"  {name} {judged.id} [{judged.lang}] {judged.text!r}: +{rid} "
                        f"[{langs.get(rid)}]"
                    )
    for index, _langs, _linked in cache.values():
        index.close()
    before, after = summarise(before_all), summarise(after_all)
    print(f"sets: {' '.join(names)}")
    print(f"{'lang':5} {'q':>4} {'cross R':>16} {'cross P':>16} {'P':>16} {'R':>16}")
    for lang in ("en", "fr", "es", "all"):
        b, a = before[lang], after[lang]
        cells = [
            f"{b[k]:.4f}->{a[k]:.4f}"
            for k in ("cross_recall", "cross_precision", "precision", "recall")
        ]
        print(f"{lang:5} {b['queries']:>4} " + " ".join(f"{c:>16}" for c in cells))
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    print("\nmissed relevant records in another language:")
    print("\n".join(missed_lines))
    print("\nlinked versions added that are not judged relevant:")
    print("\n".join(false_lines))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", nargs="+", choices=DEVELOPMENT, default=DEVELOPMENT, help="development sets"
    )
    args = parser.parse_args()
    return study(tuple(args.set))


if __name__ == "__main__":
    raise SystemExit(main())
