"""OpenSearch beside tantivy, in one run: harvest -> index rate and search latency.

For each size (default 100,000 and 1,000,000 records) and each backend (the embedded tantivy
index, then a local OpenSearch 2.19 node), it:

  (a) runs ``chm harvest`` in a process of its own over N oai_dc records of the benchmark
      corpus (``bench/_corpus.py``: en/fr/es records of varied length and subjects), served
      from pre-rendered pages by ``bench/_feed.py`` in another process; chm's whole pipeline
      (harvest -> store -> map -> complete -> enrich with the thesaurus -> index, commits every
      ``[harvest] index_commit_every``), matching after the run switched off (it has its own
      benchmark, ``bench_matching.py``, and on a first run it recomputes every need against
      every offer). It reports records/s over the process's wall time and the CPU time (user +
      system) per record of each process separately: chm (with its mapping workers), the
      OpenSearch JVM, and the feed;
  (b) runs the 200 mixed queries of bench_search.py (terms, AND, OR, phrases, prefixes,
      filters, ranges, date sorts; top 20 with highlights and three facets) once untimed (a
      JVM compiles its hot search code during its first few hundred queries; tantivy's file
      cache fills), then again timed, and reports p50 / p95 / max in ms, and the CPU of this
      process and of the JVM per query.

The OpenSearch node is the test node (tests/servers/opensearch_node, ``make search-node``)
started with the full JIT and ``--heap`` (default 2g), one shard, no replica: a single
machine, as tantivy is. ``--url`` measures an existing cluster instead (credentials from the
environment as for chm itself; its CPU is not measured). Figures go to
bench/out/bench_opensearch-<N>.json; bench/README.md says how to read them.

``--compare N`` checks instead that both backends find the same records: N corpus records are
mapped and enriched as a harvest does (``bench_map_cpu.py``'s mapper), indexed in an in-memory
tantivy index and in OpenSearch, and the benchmark's queries are run on both; every query whose
total or facet counts differ is printed with a few ids found by one backend only.

``--no-lexicon`` expands the queries without the domain lexicon (as ``bench_search.py
--no-lexicon``): the bench's words are all lexicon or thesaurus words, so the bilingual
dictionaries translate them instead, and the words they do not know get cognate forms, which
OpenSearch looks up in its index (one ``size: 0`` request per query that has any). With
``--compare``, ``--cognate-passes P`` then times P pairs of passes over the queries on the
same node and index, ``CHM_COGNATES=off`` and on alternated: CPU of this process and of the
JVM per query, wall p50 / p95, and how many queries asked for forms.

Usage: python bench/bench_opensearch.py [--count 100000 --count 1000000] [--queries 200]
       [--heap 2g] [--url http://host:9200] [--backends tantivy,opensearch] [--profile]
       [--no-lexicon]
       python bench/bench_opensearch.py --compare 3000 [--url http://host:9200] [--no-lexicon]
       [--cognate-passes 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT, ROOT, machine, measure, peak_rss_mb, start_feed
from bench.bench_search import queries, run_queries
from core.config import Settings, load_settings
from index.registry import open_backend

PAGE_SIZE = 500
TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int | None) -> float:
    """User + system CPU seconds of a live process so far (0 when unknown)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def self_cpu() -> float:
    """User + system CPU seconds of this process (not its children)."""
    t = os.times()
    return t.user + t.system


def config(folder: Path, backend: str, feed_url: str, url: str | None, alias: str) -> Settings:
    """A config.toml for one measured run."""
    folder.mkdir(parents=True, exist_ok=True)
    index = f'[index]\nbackend = "{backend}"\npath = "index"'
    if backend == "opensearch":
        index += f'\nurl = "{url}"\n[opensearch]\nindex = "{alias}"\nshards = 1\nreplicas = 0'
    text = "\n".join([
        '[storage]\npath = "chm.sqlite"', index,
        "[security]\nallow_private_hosts = true  # the feed runs on 127.0.0.1",
        "[matching]\nincremental = false  # matching has its own benchmark",
        f'[vocabulary]\nfiles = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]',
        f'[[nodes]]\nid = "bench"\nprotocol = "oai-pmh"\nurl = "{feed_url}"\ncountry = "FR"',
    ])  # fmt: skip
    (folder / "config.toml").write_text(text + "\n", encoding="utf-8")
    return load_settings(folder / "config.toml")


def harvest(folder: Path, jvm: int | None, feed: int, profile: bool) -> dict[str, Any]:
    """``chm harvest`` in its own process; its rate and every process's CPU per record."""
    cmd = [sys.executable, "-m", "cli.main", "--config", str(folder / "config.toml"),
           "harvest", "bench", "--json"]  # fmt: skip
    if profile:
        cmd[1:1] = ["-m", "cProfile", "-o", str(folder / "harvest.prof")]
    jvm0, feed0 = cpu_of(jvm), cpu_of(feed)
    m = measure(cmd)
    jvm_cpu, feed_cpu = cpu_of(jvm) - jvm0, cpu_of(feed) - feed0
    if m.returncode != 0:
        raise SystemExit(f"chm harvest failed ({m.returncode}): {m.stderr[-3000:]}")
    summary = json.loads(m.stdout.strip().splitlines()[-1])
    if summary.get("status") != "success":
        raise SystemExit(f"harvest did not succeed: {summary}")
    n = int(summary["added"])
    per = 1e6 / max(1, n)
    return {"records": n, "seconds": round(m.wall, 1), "records_per_s": round(n / m.wall),
            "cpu_us_per_record": {"chm": round(m.cpu * per), "jvm": round(jvm_cpu * per),
                                  "feed": round(feed_cpu * per)},
            "peak_rss_mb": {"chm_largest": round(m.peak_largest_mb),
                            "chm_tree": round(m.peak_tree_mb)}}  # fmt: skip


def measure_size(count: int, backends: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Every backend on one size, one after the other, from the same feed."""
    feed, feed_url = start_feed("oai", count, PAGE_SIZE)
    figures: dict[str, Any] = {"count": count}
    node = None
    try:
        for backend in backends:
            folder = OUT / f"bench_opensearch-{count}-{backend}"
            shutil.rmtree(folder, ignore_errors=True)
            url, jvm = args.url, None
            if backend == "opensearch" and url is None:
                from tests.servers.opensearch import SearchNode, build

                build()
                node = SearchNode(folder / "node", heap=args.heap, quick_start=False).start()
                url, jvm = node.url, node.proc.pid if node.proc else None
            alias = f"chm-bench-{uuid.uuid4().hex[:8]}"
            settings = config(folder, backend, feed_url, url, alias)
            print(f"{backend}: harvesting {count:,} records", flush=True)
            rate = harvest(folder, jvm, feed.pid, args.profile)
            print(f"  {rate}", flush=True)
            index = open_backend(settings)
            qs = bench_queries(args)
            for q in qs:  # once untimed: the JVM compiles its search code, caches fill
                index.search(q)
            cpu0, jvm0 = self_cpu(), cpu_of(jvm)
            search: dict[str, Any] = dict(run_queries(index, qs))  # type: ignore[arg-type]
            search["cpu_ms_per_query"] = {
                "bench": round((self_cpu() - cpu0) * 1000 / len(qs), 2),
                "jvm": round((cpu_of(jvm) - jvm0) * 1000 / len(qs), 2),
            }
            print(f"  search {json.dumps(search)}", flush=True)
            figures[backend] = {"harvest": rate, "search": search}
            if backend == "opensearch" and args.url is not None:
                index.clear()  # type: ignore[attr-defined]  # leave the measured cluster as it was (an empty alias)
            index.close()
            if node is not None:
                node.stop()
                node = None
    finally:
        if node is not None:
            node.stop()
        feed.terminate()
        try:
            feed.wait(10)
        except subprocess.TimeoutExpired:
            feed.kill()
    figures["peak_rss_mb_bench"] = round(peak_rss_mb())
    return figures


def compare(count: int, args: argparse.Namespace) -> int:
    """Same records, same queries, both backends: print every query whose total or facet
    counts differ; return how many differ."""
    import dataclasses

    from bench.bench_map_cpu import payloads
    from bench.bench_search import THESAURUS
    from core.config import NodeConfig
    from index.cluster import EsOptions
    from index.opensearch_ import OpenSearchIndex
    from index.tantivy_ import TantivyIndex
    from mappings.base import RawRecord
    from pipeline.mapper import RecordMapper

    mapper = RecordMapper(NodeConfig(id="bench", url="http://x", country="FR"), THESAURUS)
    stamp = "2026-01-01T00:00:00Z"
    records = [
        mapper.map_one(RawRecord("bench", sid, stamp, False, "oai_dc", payload), stamp)
        for sid, payload in payloads(count)
    ]
    node, url = None, args.url
    if url is None:
        from tests.servers.opensearch import SearchNode, build

        build()
        quick = not args.cognate_passes  # a timed run gets the full JIT, as measure_size's
        node = SearchNode(OUT / "compare-node", heap=args.heap, quick_start=quick).start()
        url = node.url
    alias = f"chm-compare-{uuid.uuid4().hex[:8]}"
    search = OpenSearchIndex.connect(url, EsOptions(index=alias, replicas=0))
    tantivy = TantivyIndex(None)
    differ = 0
    try:
        for backend in (tantivy, search):
            backend.concept_ancestors = THESAURUS.broader_closure
            backend.upsert(records)
            backend.commit()
        qs = bench_queries(args)
        totals = [0, 0]
        for i, q in enumerate(qs):
            q = dataclasses.replace(q, limit=1000, highlight=False)
            a, b = tantivy.search(q), search.search(q)
            totals[0] += a.total
            totals[1] += b.total
            if a.total == b.total and a.facets == b.facets:
                continue
            differ += 1
            ia, ib = {h.id for h in a.hits}, {h.id for h in b.hits}
            row = {"query": i, "text": q.text, "filters": q.filters, "tantivy": a.total,
                   "opensearch": b.total, "only_tantivy": sorted(ia - ib)[:5],
                   "only_opensearch": sorted(ib - ia)[:5]}  # fmt: skip
            print(json.dumps(row, ensure_ascii=False))
        print(f"{differ} of {len(qs)} queries differ; mean hits tantivy "
              f"{totals[0] / len(qs):,.1f}, OpenSearch {totals[1] / len(qs):,.1f}")  # fmt: skip
        if args.cognate_passes:
            cognate_cost(search, qs, args.cognate_passes, node)
    finally:  # leave the cluster as it was: this run's indices and template deleted
        for name in search.client.indices.get(index=f"{alias}-v*"):
            search.client.indices.delete(index=name)
        search.client.indices.delete_index_template(name=f"{alias}-template")
        search.close()
        if node is not None:
            node.stop()
    return differ


def bench_queries(args: argparse.Namespace) -> list[Any]:
    """bench_search.py's queries; with ``--no-lexicon`` expanded without the domain lexicon
    (the dictionaries translate, cognate forms come for the words they do not know)."""
    import dataclasses

    qs = queries(args.queries)
    if not args.no_lexicon:
        return qs
    from bench.bench_search import THESAURUS
    from vocabulary.search import Lexicon, QueryExpander

    bare = QueryExpander(THESAURUS, lexicon=Lexicon())
    return [dataclasses.replace(q, expander=bare) for q in qs]


def cognate_cost(index: Any, qs: list[Any], passes: int, node: Any) -> dict[str, Any]:
    """``passes`` pairs of timed passes over ``qs`` on ``index``, ``CHM_COGNATES=off`` then
    on (after one untimed pass of each): CPU ms per query of this process and of the JVM
    (when the node is ours), wall p50 / p95 ms, mean total, the look-up requests, and the
    mean wall and CPU of the queries that have forms to look up (the same queries in both
    states: those that asked in the untimed pass with cognates on)."""
    import statistics
    import time

    from vocabulary.dictionary import COGNATES_ENV

    jvm = node.proc.pid if node is not None and node.proc else None
    look_up, asked = index.known_words, [0]

    def counted(pairs: Any) -> Any:
        asked[0] += 1
        return look_up(pairs)

    index.known_words = counted
    before = os.environ.get(COGNATES_ENV)
    rows: dict[str, list[dict[str, float]]] = {"off": [], "on": []}
    asking: set[int] = set()  # queries that asked for forms (seen in the untimed pass)
    try:
        for n in range(passes + 1):
            for state in ("off", "on"):
                os.environ[COGNATES_ENV] = state
                asked[0], times, cpus, totals = 0, [], [], []
                cpu0, jvm0 = self_cpu(), cpu_of(jvm)
                for i, q in enumerate(qs):
                    before_q, t0, c0 = asked[0], time.perf_counter(), time.process_time()
                    totals.append(index.search(q).total)
                    times.append((time.perf_counter() - t0) * 1000)
                    cpus.append((time.process_time() - c0) * 1000)
                    if asked[0] > before_q:
                        asking.add(i)
                if n == 0:
                    continue  # untimed: the JVM compiles the look-up's code, caches fill
                mine = [times[i] for i in sorted(asking)] or [0.0]
                row = {"bench_cpu_ms": (self_cpu() - cpu0) * 1000 / len(qs),
                       "jvm_cpu_ms": (cpu_of(jvm) - jvm0) * 1000 / len(qs),
                       "p50_ms": statistics.median(times),
                       "p95_ms": sorted(times)[max(0, int(0.95 * len(times)) - 1)],
                       "asking_wall_ms": statistics.mean(mine),
                       "asking_cpu_ms": statistics.mean([cpus[i] for i in asking] or [0.0]),
                       "mean_hits": statistics.mean(totals), "asked": asked[0],
                       "load": os.getloadavg()[0]}  # fmt: skip
                rows[state].append(row)
                print(f"  cognates {state:3}: CPU/query bench {row['bench_cpu_ms']:.2f} ms, JVM "
                      f"{row['jvm_cpu_ms']:.2f} ms; wall p50 {row['p50_ms']:.1f} p95 "
                      f"{row['p95_ms']:.1f} ms; the {len(asking)} queries with forms to look "
                      f"up: wall {row['asking_wall_ms']:.1f} ms, bench CPU "
                      f"{row['asking_cpu_ms']:.2f} ms; mean hits {row['mean_hits']:,.1f}; "
                      f"{row['asked']} look-up requests; load {row['load']:.1f}",
                      flush=True)  # fmt: skip
    finally:
        index.known_words = look_up
        if before is None:
            os.environ.pop(COGNATES_ENV, None)
        else:
            os.environ[COGNATES_ENV] = before
    out = {"passes": rows}
    (OUT / "bench_opensearch-cognates.json").write_text(json.dumps(out, indent=1))
    return out


def main() -> None:
    """Measure every size, print a table, save the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, action="append")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--url", default=None)
    ap.add_argument("--backends", default="tantivy,opensearch")
    ap.add_argument("--profile", action="store_true",
                    help="cProfile the harvest process (bench/out/.../harvest.prof)")  # fmt: skip
    ap.add_argument("--compare", type=int, default=None, metavar="N",
                    help="do both backends find the same records? (N corpus records)")  # fmt: skip
    ap.add_argument("--no-lexicon", action="store_true",
                    help="expand without the domain lexicon: the dictionaries translate the "
                         "bench's words and cognate forms come for the rest")  # fmt: skip
    ap.add_argument(
        "--cognate-passes",
        type=int,
        default=0,
        metavar="P",
        help="with --compare: P timed pairs of passes, cognates off / on",
    )
    args = ap.parse_args()
    if args.compare:
        raise SystemExit(1 if compare(args.compare, args) else 0)
    print(machine())
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    rows = []
    for count in args.count or [100_000, 1_000_000]:
        figures = measure_size(count, backends, args)
        (OUT / f"bench_opensearch-{count}.json").write_text(json.dumps(figures, indent=1))
        for backend in backends:
            h, s = figures[backend]["harvest"], figures[backend]["search"]
            cpu = h["cpu_us_per_record"]
            rows.append(f"| {count:,} | {backend} | {h['records_per_s']:,} ({h['seconds']} s) | "
                        f"{cpu['chm']:,} / {cpu['jvm']:,} / {cpu['feed']:,} | "
                        f"{s['p50_ms']:.1f} | {s['p95_ms']:.1f} | {s['max_ms']:.0f} |")  # fmt: skip
    print(
        "\n| records | backend | harvest -> index, records/s (wall) | CPU µs/record chm / JVM "
        "/ feed | search p50 (ms) | p95 (ms) | max (ms) |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
