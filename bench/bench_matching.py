"""Matching benchmark (issue 9): quality on the labelled sets, and speed at 1,000,000 records.

Prints, and writes to ``bench/out/bench_matching.json``:

* precision@5 and hit rate@5 of needs -> offers on the demo labelled set (with and without
  the vocabulary); precision and recall of duplicate clusters on the demo pairs and on the
  hand-made pairs (tests/matching/data/, built as docs/matching.md explains);
* at ``--records`` (default 1,000,000) generated records (``demo.generator.generate_records``,
  enriched with the thesaurus, written straight into a Store): the full recompute, the
  incremental update after a 1,000-record run (500 changed records, 500 new ones), and the
  p50/p95 time to serve a record's matches (explained), cluster and links.

Targets: incremental < 10 s, full recompute < 15 min, matches served < 50 ms p95.

The assistance procedure (issue 18), ``--assistance``: on the hand-written labelled set
(tests/matching/assistance.py: requests, offers with eligibility, duplicates across languages)
hit@5 of needs, offers closed to the need's country in any top 5, duplicate recall and
precision; then, with ``--background N`` generated records around it, the incremental update
cost per changed record (100 changed records: 50 labelled offers and needs edited, 50
generated ones).

``--incremental-cost`` (issue 18 point 6, issue 20): the incremental update's CPU per changed
record at ``--records`` records, on a store built fast (``--templates`` enriched records
copied under new ids, countries and years, written straight through the store), after a full
recompute; a run then edits ``--changed``/2 records and adds as many.

``--first-run`` (issue 20): the first matching after a harvest into an empty store (a full
recompute, as the pipeline runs it) on ``--records`` benchmark-corpus records harvested once
with matching off (kept in ``bench/out/matching-first-run-N/``); CPU per record and peak RSS.

Usage: python bench/bench_matching.py [--records 1000000] [--workers 2] [--keep]
       python bench/bench_matching.py --first-run --records 100000 --workers 1
       python bench/bench_matching.py --assistance [--background 20000]
       python bench/bench_matching.py --incremental-cost --records 1000000 [--changed 1000]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._match_digest import dump
from bench._util import OUT, ROOT, _memory_kb, _tree, machine, start_feed
from demo.generator import NODES, DemoNode
from mappings.record import Record
from matching import cluster_of, links_for, matches_for
from matching.evaluate import (
    demo_records,
    evaluate_duplicates,
    evaluate_matching,
    load_labels,
    write_records,
)
from matching.update import recompute_all, update_after_run
from store import Store
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

_VOCAB: Any = None


def quality(vocab: Any, tmp: Path) -> dict[str, Any]:
    """The labelled-set figures."""
    from tests.matching.labels import DUPLICATE_COUNTS

    out: dict[str, Any] = {}
    for name, v in (("matching", vocab), ("matching_no_vocabulary", None)):
        store = Store(tmp / f"{name}.sqlite")
        write_records(store, demo_records(v))
        recompute_all(store, v)
        got = evaluate_matching(store, load_labels("match_labels.json"))
        got.pop("misses")
        out[name] = got
    store = Store(tmp / "dups.sqlite")
    write_records(store, demo_records(vocab, DUPLICATE_COUNTS))
    recompute_all(store, vocab)
    out["duplicates_demo"] = _dups(store, load_labels("duplicate_pairs.json"))
    hand = load_labels("duplicates_handmade.json")
    store = Store(tmp / "hand.sqlite")
    write_records(store, [Record.from_dict(r) for r in hand["records"]])
    recompute_all(store, None)
    out["duplicates_handmade"] = _dups(store, hand)
    return out


def assistance(vocab: Any, tmp: Path, background: int, workers: int = 1) -> dict[str, Any]:
    """The labelled assistance set's figures, and the incremental cost per changed record
    with ``background`` generated records in the store."""
    from tests.matching.assistance import build_store, measure, records
    from vocabulary.enrich import enrich

    store = build_store(tmp / "assistance.sqlite", vocab)
    got = measure(store)
    out: dict[str, Any] = {
        "matching": {k: v for k, v in got["matching"].items() if k not in ("misses",)},
        "duplicates": {k: v for k, v in got["duplicates"].items() if k != "wrong"},
        "duplicates_heldout": {k: v for k, v in got["duplicates_heldout"].items() if k != "wrong"},
    }
    from tests.matching.assistance import measure_second_heldout, measure_third_heldout

    for name, measure_set in (("second", measure_second_heldout), ("third", measure_third_heldout)):
        sets = measure_set(tmp / f"heldout-{name}.sqlite", vocab)
        out[f"duplicates_{name}_set"] = {
            k: {x: y for x, y in d.items() if x != "wrong"} for k, d in sets.items()
        }
    from tests.matching.assistance import measure_heldout

    for n in range(4, 13):  # the fourth to twelfth held-out sets, the same way
        sets = measure_heldout(n, tmp / f"heldout-{n}.sqlite", vocab)
        out[f"duplicates_set_{n}"] = {
            k: {x: y for x, y in d.items() if x != "wrong"} for k, d in sets.items()
        }
    if background:
        load(store, vocab, 0, background, 7, workers)
        recompute_all(store, vocab, workers=workers)
    since = store.records.max_seq()
    edited = []
    for r in records()[:50]:  # the labelled records, edited (a new sentence)
        desc = {k: v + " Updated." for k, v in r["description"].items()}
        edited.append(enrich(Record.from_dict({**r, "description": desc}), vocab))
    write_records(store, edited)
    if background:
        load(store, vocab, 0, 50, 99, 1)  # 50 generated records changed
    t = time.perf_counter()
    summary = update_after_run(store, vocab, since)
    seconds = time.perf_counter() - t
    out["incremental"] = {
        "records_in_store": store.records.count(),
        "changed": summary.changed,
        "seconds": round(seconds, 3),
        "ms_per_changed_record": round(1000 * seconds / max(summary.changed, 1), 2),
        "summary": summary.to_dict(),
    }
    after = measure(store)["matching"]
    out["matching_after_update"] = {k: after[k] for k in ("hit_rate_at_k", "ineligible_in_top_k")}
    store.close()
    return out


def _dups(store: Store, labels: dict[str, Any]) -> dict[str, Any]:
    got = evaluate_duplicates(store, labels)
    got["wrong"] = len(got["wrong"])
    return got


def _records(start: int, count: int, seed: int) -> Iterator[Record]:
    """Like ``generate_records`` but from record ``start`` on (ids as in generate_records)."""
    nodes = [DemoNode(n.id, n.lang, n.countries, n.seed + seed, n.host) for n in NODES.values()]
    for k in range(start, start + count):
        node = nodes[k % len(nodes)]
        r = node.record(k // len(nodes))
        yield Record(
            id=f"{node.id}:{r.identifier}", node=node.id, source_id=r.identifier,
            type=r.record_type, title=dict(r.titles), description={node.lang: r.descriptions[0]},
            subjects=list(r.subjects), countries=[r.country], languages=[node.lang],
            date=r.iso_date, status=r.status, url=r.identifiers[0],
            identifiers=list(r.identifiers[1:]), source_datestamp=r.datestamp,
        )  # fmt: skip


def _enriched_json(args: tuple[int, int, int]) -> list[tuple[str, str, bool, str]]:
    from vocabulary.enrich import enrich

    start, count, seed = args
    return [
        (r.id, r.node, False, enrich(r, _VOCAB).to_json()) for r in _records(start, count, seed)
    ]


def load(store: Store, vocab: Any, start: int, count: int, seed: int, workers: int) -> float:
    """Generate, enrich and write ``count`` records; returns seconds."""
    global _VOCAB
    _VOCAB = vocab
    t = time.perf_counter()
    step = 20_000
    jobs = [(s, min(step, start + count - s), seed) for s in range(start, start + count, step)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for rows in pool.imap(_enriched_json, jobs):
            store.records.write(rows, "2025-01-01T00:00:00Z")
    return time.perf_counter() - t


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 2)


def serving(store: Store, vocab: Any, samples: int = 1000) -> dict[str, Any]:
    """p50/p95 (ms) of matches_for, cluster_of, links_for on random needs and offers."""
    ids = [
        r[0]
        for r in store.conn.execute(
            "SELECT record_id FROM mx_features ORDER BY random() LIMIT ?", (samples,)
        )
    ]
    out: dict[str, Any] = {"samples": len(ids)}
    for name, fn in (
        ("matches", lambda i: matches_for(store, i, "fr", vocab)),
        ("cluster", lambda i: cluster_of(store, i)),
        ("links", lambda i: links_for(store, i)),
    ):
        times = []
        for rid in ids:
            t = time.perf_counter()
            fn(rid)
            times.append(time.perf_counter() - t)
        out[name] = {"p50_ms": _p(times, 0.5), "p95_ms": _p(times, 0.95)}
    return out


def scale(vocab: Any, n: int, workers: int, path: Path) -> dict[str, Any]:
    """Timings at ``n`` records."""
    store = Store(path)
    out: dict[str, Any] = {"records": n}
    out["load_seconds"] = round(load(store, vocab, 0, n, 7, workers), 1)
    summary = recompute_all(store, vocab, workers=workers)
    out["full_recompute"] = summary.to_dict()
    out["matches_rows"] = store.conn.execute("SELECT COUNT(*) FROM mx_matches").fetchone()[0]
    out["clustered_records"] = summary.clusters_touched
    since = store.records.max_seq()
    load(store, vocab, 0, 500, 99, 1)  # 500 records changed
    load(store, vocab, n, 500, 7, 1)  # 500 new records
    out["incremental_1000"] = update_after_run(store, vocab, since).to_dict()
    out["serving"] = serving(store, vocab)
    store.close()
    return out


_COUNTRIES = ("SN", "GH", "KE", "BR", "MX", "FR", "VN", "FJ", "BO", "MA", "IN", "PE", "TZ", "JM")


def synthetic_store(
    store: Store, vocab: Any, n: int, templates: int, workers: int, seed: int = 7
) -> float:
    """Write ``n`` records fast: ``templates`` generated records enriched with the thesaurus
    (the slow part), then copied under new ids with another country, year, node, url and a
    title of seven words drawn from the templates' words of its language, written straight
    through the store's repository.
    Returns seconds."""
    t = time.perf_counter()
    tmp = Store(Path(store.path).with_suffix(".templates.sqlite"))
    load(tmp, vocab, 0, templates, seed, workers)
    base = [json.loads(js) for (js,) in tmp.conn.execute("SELECT json FROM records")]
    tmp.close()
    Path(tmp.path).unlink(missing_ok=True)
    rng = random.Random(seed)
    # each language's title words: a copy's title is drawn from them, so that titles are as
    # distinct as a real network's (copying template titles gave buckets of 50 equal titles,
    # a degenerate case no real store has)
    pools: dict[str, list[str]] = {}
    for b in base:
        for lang, text in b["title"].items():
            pools.setdefault(lang, []).extend(w for w in text.split() if len(w) > 3)
    words = {lang: sorted(set(ws)) for lang, ws in pools.items()}
    batch: list[tuple[str, str, bool, str]] = []
    for i in range(n):
        rec = dict(base[i % len(base)])
        node = f"syn{i % 40}"
        rec["id"], rec["node"], rec["source_id"] = f"{node}:s{i}", node, f"s{i}"
        rec["countries"] = [rng.choice(_COUNTRIES)]
        # a title of its own (seven words of its language drawn at random) and identifiers
        # of its own, so the copies are not all duplicates of each other
        rec["title"] = {
            lang: " ".join(rng.sample(words[lang], min(7, len(words[lang]))))
            for lang in rec["title"]
        }
        rec["url"], rec["identifiers"] = f"https://syn.example.org/r/{i}", []
        rec["date"] = f"{rng.randint(2010, 2025)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        batch.append((rec["id"], node, False, json.dumps(rec)))
        if len(batch) >= 20_000:
            store.records.write(batch, "2025-01-01T00:00:00Z")
            batch = []
    if batch:
        store.records.write(batch, "2025-01-01T00:00:00Z")
    return time.perf_counter() - t


def incremental_cost(
    vocab: Any, n: int, changed: int, templates: int, workers: int, path: Path
) -> dict[str, Any]:
    """CPU of the incremental matching update per changed record, at ``n`` records: a
    synthetic store, a full recompute, then a run that edits ``changed // 2`` records (the
    description and concepts of another template) and adds the rest; only the update
    after that run is timed (CPU of this process: user + system)."""
    store = Store(path)
    out: dict[str, Any] = {"records": n}
    out["build_seconds"] = round(synthetic_store(store, vocab, n, templates, workers), 1)
    print(f"store of {n:,} records built in {out['build_seconds']} s", flush=True)
    c, t, w = time.process_time(), time.perf_counter(), _children_cpu()
    with RecomputeMemory() as memory:
        out["full_recompute"] = recompute_all(store, vocab, workers=workers).to_dict()
    out["full_recompute_cpu_seconds_this_process"] = round(time.process_time() - c, 1)
    out["full_recompute_cpu_seconds_workers"] = round(_children_cpu() - w, 1)
    out["full_recompute_wall_seconds"] = round(time.perf_counter() - t, 1)
    out["full_recompute_memory_mb"] = memory.figures()
    out["full_recompute_tables"] = dump(store, Path(path).with_suffix(".rows.jsonl"))
    print(
        f"full recompute: {out['full_recompute_wall_seconds']} s wall,"
        f" {out['full_recompute_cpu_seconds_this_process']} + "
        f"{out['full_recompute_cpu_seconds_workers']} CPU-s (this process + workers),"
        f" peak RSS {out['full_recompute_memory_mb']} MB; tables"
        f" {out['full_recompute_tables']}",
        flush=True,
    )
    since = store.records.max_seq()
    rng = random.Random(99)
    rows = [
        json.loads(js)
        for (js,) in store.conn.execute(
            "SELECT json FROM records WHERE rowid IN (SELECT rowid FROM records"
            " ORDER BY random() LIMIT ?)",
            (changed // 2 + changed - changed // 2,),
        )
    ]
    edits, news = rows[: changed // 2], rows[changed // 2 :]
    for a, b in zip(edits, reversed(rows), strict=False):  # another record's topics and text
        a.update(description=b["description"], concepts=b.get("concepts", []))
        a["concepts_inferred"] = b.get("concepts_inferred", [])
    for k, r in enumerate(news):
        r["id"], r["source_id"] = f"{r['node']}:new{k}", f"new{k}"
        r["countries"] = [rng.choice(_COUNTRIES)]
    store.records.write(
        [(r["id"], r["node"], False, json.dumps(r)) for r in edits + news], "2025-01-02T00:00:00Z"
    )
    c, t = time.process_time(), time.perf_counter()
    summary = update_after_run(store, vocab, since)
    cpu, wall = time.process_time() - c, time.perf_counter() - t
    out["incremental"] = {
        "changed": summary.changed,
        "cpu_seconds": round(cpu, 2),
        "cpu_ms_per_changed_record": round(1000 * cpu / max(summary.changed, 1), 2),
        "wall_seconds": round(wall, 2),
        "summary": summary.to_dict(),
    }
    out["peak_rss_mb_this_process"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    print(
        f"incremental update at {n:,} records: {summary.changed} changed records,"
        f" {cpu:.2f} CPU-s, {out['incremental']['cpu_ms_per_changed_record']} CPU-ms per"
        " changed record (CPU = user + system of this process)",
        flush=True,
    )
    store.close()
    return out


class RecomputeMemory:
    """Peak resident memory within a ``with`` block: this process's own (its VmHWM, reset
    when the block starts: whatever the store's build held before does not count), the
    largest forked worker's and the whole tree's (the sum of VmRSS, sampled every 50 ms)."""

    def __init__(self) -> None:
        self.largest_worker = 0
        self.tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> RecomputeMemory:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # resets VmHWM (Linux >= 4.0)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.05):
            tree = 0
            for pid in _tree(me):
                rss, hwm = _memory_kb(pid)
                tree += rss
                if pid != me:
                    self.largest_worker = max(self.largest_worker, hwm)
            self.tree = max(self.tree, tree)

    def figures(self) -> dict[str, int]:
        """MB: this process's peak (VmHWM), the largest worker's, the tree's (sampled)."""
        return {
            "this_process": _memory_kb(os.getpid())[1] // 1024,
            "largest_worker": self.largest_worker // 1024,
            "tree": self.tree // 1024,
        }


def _children_cpu() -> float:
    """User + system seconds of this process's waited-for children (forked workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def corpus_store(n: int, work: Path) -> Path:
    """A store of ``n`` benchmark-corpus records (``bench/_corpus.py`` oai_dc served by
    ``bench/_feed.py``) harvested by ``chm harvest`` with matching off; reused when it exists
    (``work/chm.sqlite``). Returns the store's path."""
    path = work / "chm.sqlite"
    if path.is_file():
        return path
    work.mkdir(parents=True, exist_ok=True)
    feed, url = start_feed("oai", n, 500)
    try:
        config = work / "config.toml"
        config.write_text(
            '[storage]\npath = "chm.sqlite"\n[index]\npath = "index"\n'
            "[security]\nallow_private_hosts = true\n[matching]\nincremental = false\n"
            f'[vocabulary]\nfiles = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]\n'
            f'[[nodes]]\nid = "bench"\nurl = "{url}"\ncountry = "FR"\n',
            encoding="utf-8",
        )
        cmd = [sys.executable, "-m", "cli.main", "--config", str(config), "harvest", "bench"]
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    finally:
        feed.terminate()
        feed.wait()
    return path


def first_run(vocab: Any, n: int, workers: int) -> dict[str, Any]:
    """The first matching of a harvest into an empty store (what the pipeline runs after the
    first run: a full recompute), on a copy of a corpus store: CPU (user + system, this
    process and its workers) and peak RSS of this process."""
    src = corpus_store(n, OUT / f"matching-first-run-{n}")
    dst = src.with_name("recompute.sqlite")
    shutil.copyfile(src, dst)
    store = Store(dst)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c, w, t = time.process_time(), _children_cpu(), time.perf_counter()
    summary = recompute_all(store, vocab, workers=workers)
    cpu = time.process_time() - c + _children_cpu() - w
    out = {
        "records": store.records.count(),
        "workers": workers,
        "cpu_seconds": round(cpu, 1),
        "cpu_us_per_record": round(cpu * 1e6 / max(1, store.records.count())),
        "wall_seconds": round(time.perf_counter() - t, 1),
        "peak_rss_mb_before": round(rss0),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "matches_rows": store.conn.execute("SELECT COUNT(*) FROM mx_matches").fetchone()[0],
        "summary": summary.to_dict(),
    }
    store.close()
    dst.unlink(missing_ok=True)
    print(
        f"first-run matching of {out['records']:,} corpus records: {out['cpu_us_per_record']}"
        f" CPU-us per record (user + system), peak RSS {out['peak_rss_mb']} MB",
        flush=True,
    )
    return out


def _save(result: dict[str, Any], name: str) -> None:
    """Write a run's figures to bench/out/<name>."""
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    """Run and print the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", action="store_true", help="keep the store in bench/out/")
    ap.add_argument("--skip-quality", action="store_true")
    ap.add_argument("--assistance", action="store_true", help="the labelled assistance set only")
    ap.add_argument("--background", type=int, default=20_000)
    ap.add_argument(
        "--incremental-cost",
        action="store_true",
        help="only the incremental update's CPU per changed record at --records (synthetic store)",
    )
    ap.add_argument("--changed", type=int, default=1000, help="records a run changes")
    ap.add_argument("--templates", type=int, default=5000, help="distinct enriched records")
    ap.add_argument(
        "--first-run",
        action="store_true",
        help="only the first matching after a harvest of --records corpus records (CPU, RSS)",
    )
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")  # recompute phase times
    random.seed(1)
    vocab = load_vocabulary([PROJECT_THESAURUS])
    result: dict[str, Any] = {"machine": machine()}
    if args.first_run:
        result["first_run"] = first_run(vocab, args.records, args.workers)
        print(json.dumps(result["first_run"], indent=1))
        _save(result, f"bench_matching-first-run-{args.records}.json")
        return
    if args.incremental_cost:
        with tempfile.TemporaryDirectory() as tmp:
            got = incremental_cost(
                vocab,
                args.records,
                args.changed,
                args.templates,
                args.workers,
                Path(tmp) / "s.sqlite",
            )
        result["incremental_cost"] = got
        print(json.dumps(got, indent=1))
        _save(result, f"bench_matching-incremental-{args.records}.json")
        return
    if args.assistance:
        with tempfile.TemporaryDirectory() as tmp:
            result["assistance"] = assistance(vocab, Path(tmp), args.background, args.workers)
        print(json.dumps(result["assistance"], indent=1))
        OUT.mkdir(parents=True, exist_ok=True)
        name = f"bench_matching-assistance-{args.background}.json"
        (OUT / name).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        return
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_quality:
            result["quality"] = quality(vocab, Path(tmp))
            print(json.dumps(result["quality"], indent=1))
        path = OUT / f"matching-{args.records}.sqlite" if args.keep else Path(tmp) / "big.sqlite"
        result["scale"] = scale(vocab, args.records, args.workers, path)
    print(json.dumps(result["scale"], indent=1))
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"bench_matching-{args.records}.json"
    (OUT / name).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
