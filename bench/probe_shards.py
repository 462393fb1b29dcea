"""Would the embedded index as N shards (one per core) make a query's critical path shorter?

A measurement, not a feature: builds the bench index of ``bench_search.py`` and, in the same
pass, the same records split into ``--shards`` indexes by a stable hash of the record id; then
runs the bench's 200 queries on both and measures, per query, the CPU time of each thread
(``time.thread_time`` inside the thread: tantivy's work for a call runs on the calling OS
thread, with the GIL released):

- one index as chm searches it now: the hits (top 20 by score or by date, exact count) on
  the calling thread, the facet aggregation on a second thread;
- N shards, one thread per shard running that shard's hits then its facets;
- N shards, two threads per shard (hits and facets apart).

The *critical path* of a query is its largest per-thread CPU time: the wall time it would
take with a free core per thread. On C cores the wall time is also at least the sum of the
threads' CPU divided by C, so both figures are printed. CPU time, not wall time: the
machine this was written on is shared and loaded.

``--relevance`` instead runs the judged relevance set (``tests/search/relevance``) with its
records split into shards, hits merged by score (per-shard statistics), and prints its
figures beside the single index's.

Usage: python bench/probe_shards.py [--count 250000] [--shards 2] [--rebuild] [--relevance]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT
from bench.bench_search import COMMIT_EVERY, THESAURUS, queries, record_source
from index.base import SearchQuery
from index.query import check_query, parse_text
from index.tantivy_ import QueryBuilder, TantivyIndex
from mappings.record import Record
from vocabulary.enrich import enrich


def shard_of(record_id: str, shards: int) -> int:
    """A stable shard number for a record id."""
    digest = hashlib.blake2b(record_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


def build(path: Path, count: int, shards: int) -> None:
    """The whole index and its ``shards`` parts, from one pass over the records."""
    paths = [path, *(Path(f"{path}-shard{i}of{shards}") for i in range(shards))]
    for p in paths:
        shutil.rmtree(p, ignore_errors=True)
    indexes = [TantivyIndex(p) for p in paths]
    for index in indexes:
        index.concept_ancestors = THESAURUS.broader_closure
    batch: list[Record] = []
    n, t0 = 0, time.perf_counter()
    for record in itertools.chain(record_source(count), [None]):
        if record is not None:
            batch.append(enrich(record, THESAURUS))
        if len(batch) == COMMIT_EVERY or (record is None and batch):
            n += indexes[0].upsert(batch)
            parts: list[list[Record]] = [[] for _ in range(shards)]
            for rec in batch:
                parts[shard_of(rec.id, shards)].append(rec)
            for index, part in zip(indexes[1:], parts, strict=True):
                index.upsert(part)
            for index in indexes:
                index.commit(last_seq=n)
            batch = []
            print(f"  {n:,} records, {time.perf_counter() - t0:.0f} s", flush=True)
    for index in indexes:
        index.close()


class Timed(threading.Thread):
    """Runs ``calls`` one after the other; ``cpu`` is the thread's CPU time (s)."""

    def __init__(self, calls: list[Callable[[], Any]]) -> None:
        super().__init__()
        self.calls, self.cpu, self.results = calls, 0.0, []  # type: ignore[var-annotated]

    def run(self) -> None:
        t0 = time.thread_time()
        self.results = [call() for call in self.calls]
        self.cpu = time.thread_time() - t0


def calls_for(index: TantivyIndex, query: SearchQuery) -> tuple[Callable[[], Any], ...]:
    """(hits, facets) of one query on one index, as ``TantivyIndex.search`` asks them."""
    check_query(query)
    parsed = parse_text(query.text, query.expander)
    built = QueryBuilder(index._schema, index.concept_roots, index._word_memo).build(query, parsed)
    searcher = index._index.searcher()
    size = query.facet_size
    request = {
        name: {"terms": {"field": name, "size": size, "segment_size": max(size * 10, 1000)}}
        for name in query.facets
    }
    if query.sort == "relevance":

        def hits() -> Any:
            return searcher.search(built, query.limit, count=True)
    else:
        asc = query.sort == "date"
        import tantivy

        def hits() -> Any:
            return searcher.search(
                built, query.limit + 1, count=True,
                order_by_field="sort_asc" if asc else "sort_desc",
                order=tantivy.Order.Asc if asc else tantivy.Order.Desc,
            )  # fmt: skip

    def facets() -> Any:
        return searcher.aggregate(built, request)

    return hits, facets


def run(layout: list[list[Callable[[], Any]]]) -> list[Timed]:
    """Start one thread per list of calls; wait for all."""
    threads = [Timed(calls) for calls in layout]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return threads


def measure(whole: TantivyIndex, parts: list[TantivyIndex], rounds: int = 3) -> list[dict]:
    """Per query: thread CPU times (ms) of the three layouts, median of ``rounds``."""
    rows = []
    for i, query in enumerate(queries(200)):
        h1, f1 = calls_for(whole, query)
        shard_calls = [calls_for(p, query) for p in parts]
        samples: dict[str, list[tuple[float, float]]] = {"one": [], "per_shard": [], "split": []}
        total = 0
        for _ in range(rounds):
            t = run([[h1], [f1]])
            total = int(t[0].results[0].count)
            cpus = [x.cpu * 1000 for x in t]
            samples["one"].append((max(cpus), sum(cpus)))
            t = run([[h, f] for h, f in shard_calls])
            got = sum(int(x.results[0].count) for x in t)
            assert got == total, (query.text, got, total)
            cpus = [x.cpu * 1000 for x in t]
            samples["per_shard"].append((max(cpus), sum(cpus)))
            t = run([[c] for pair in shard_calls for c in pair])
            cpus = [x.cpu * 1000 for x in t]
            samples["split"].append((max(cpus), sum(cpus)))
        row: dict[str, Any] = {"i": i, "text": query.text, "sort": query.sort, "hits": total}
        for name, vals in samples.items():
            row[name] = (statistics.median(v[0] for v in vals),
                         statistics.median(v[1] for v in vals))  # fmt: skip
        rows.append(row)
    return rows


def p95(values: list[float]) -> float:
    s = sorted(values)
    return s[max(0, int(0.95 * len(s)) - 1)]


def report(rows: list[dict], size: int) -> None:
    import os

    print(f"load average {os.getloadavg()[0]:.1f}; CPU ms (thread_time), median of 3 runs")
    print(f"{'layout':28} {'crit mean':>9} {'crit p95':>9} {'sum mean':>9} {'sum p95':>8}")
    for name, label in (("one", "1 index (hits | facets)"),
                        ("per_shard", "shards, 1 thread per shard"),
                        ("split", "shards, hits | facets each")):  # fmt: skip
        crit = [r[name][0] for r in rows]
        tot = [r[name][1] for r in rows]
        print(f"{label:28} {statistics.mean(crit):>9.2f} {p95(crit):>9.2f} "
              f"{statistics.mean(tot):>9.2f} {p95(tot):>8.2f}")  # fmt: skip
    big = [r for r in rows if r["hits"] / size >= 0.05]
    if big:
        print(f"queries matching >= 5% of the index ({len(big)}):")
        for name in ("one", "per_shard", "split"):
            print(f"  {name:10} crit mean {statistics.mean(r[name][0] for r in big):.2f} "
                  f"sum mean {statistics.mean(r[name][1] for r in big):.2f}")  # fmt: skip


def relevance(shards: int) -> None:
    """The judged set with its records split into shards, hits merged by score."""
    from dataclasses import replace

    import tests.search.relevance.evaluate as ev

    vocab = ev.load_vocabulary([ev.PROJECT_THESAURUS])
    records = ev.judged_records(vocab) + ev.background_records(vocab)
    parts = [TantivyIndex(None) for _ in range(shards)]
    for i, part in enumerate(parts):
        part.concept_ancestors = vocab.broader_closure
        part.upsert([r for r in records if shard_of(r.id, shards) == i])
        part.commit()

    class Merged:
        def search(self, query: SearchQuery) -> Any:
            results = [p.search(query) for p in parts]
            hits = sorted((h for r in results for h in r.hits), key=lambda h: -h.score)
            return replace(results[0], hits=hits[: query.limit],
                           total=sum(r.total for r in results))  # fmt: skip

        def count(self) -> int:
            return sum(p.count() for p in parts)

        def close(self) -> None:
            for p in parts:
                p.close()

    def build_index(_vocab: Any, _pool: Any = None) -> tuple[Any, dict[str, str]]:
        langs = {r.id: (r.languages[0] if r.languages else "und") for r in records}
        return Merged(), langs

    one = ev.evaluate()
    ev.build_index = build_index  # type: ignore[assignment]
    many = ev.evaluate()
    print(f"{'lang':5} {'':8} {'nDCG@10':>8} {'P':>6} {'R':>6} {'cross P':>8} {'cross R':>8}")
    for lang in ("en", "fr", "es", "all"):
        for name, s in (("1 index", one[lang]), (f"{shards} shards", many[lang])):
            print(
                f"{lang:5} {name:8} {s['ndcg@10']:>8.3f} {s['precision']:>6.3f} "
                f"{s['recall']:>6.3f} {s['cross_precision']:>8.3f} {s['cross_recall']:>8.3f}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=250_000)
    ap.add_argument("--shards", type=int, default=2)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--relevance", action="store_true")
    args = ap.parse_args()
    if args.relevance:
        relevance(args.shards)
        return
    path = OUT / f"tantivy-{args.count}"
    if args.rebuild or not Path(f"{path}-shard0of{args.shards}").exists():
        build(path, args.count, args.shards)
    whole = TantivyIndex(path)
    parts = [TantivyIndex(f"{path}-shard{i}of{args.shards}") for i in range(args.shards)]
    for index in (whole, *parts):
        index.concept_ancestors = THESAURUS.broader_closure
    print(f"segments: whole {whole._index.searcher().num_segments}, shards "
          f"{[p._index.searcher().num_segments for p in parts]}")  # fmt: skip
    rows = measure(whole, parts)
    import json

    (OUT / f"probe_shards-{args.count}.json").write_text(json.dumps(rows, indent=1))
    report(rows, whole.count())


if __name__ == "__main__":
    main()
