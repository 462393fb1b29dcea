"""OpenSearch beside tantivy, in one run: harvest -> index rate and search latency.

For each size (default 100,000 and 1,000,000 records) and each backend (the embedded tantivy
index, then a local OpenSearch 2.19 node), it:

  (a) harvests N oai_dc records from a local demo OAI-PMH node through chm's own pipeline
      (``run_node``: harvest -> store -> map -> enrich -> index, commits as configured), and
      reports records/s from the first request to the last index commit;
  (b) runs the 200 mixed queries of bench_search.py (terms, AND, OR, phrases, prefixes,
      filters, ranges, date sorts; top 20 with highlights and three facets) and reports
      p50 / p95 / max in ms.

The OpenSearch node is the test node (tests/servers/opensearch_node, ``make search-node``)
started with a fuller JIT and ``--heap`` (default 2g), one shard, no replica: a single
machine, as tantivy is. ``--url`` measures an existing cluster instead (credentials from the
environment as for chm itself). Figures go to bench/out/bench_opensearch-<N>.json and
bench/README.md.

Usage: python bench/bench_opensearch.py [--count 100000 --count 1000000] [--queries 200]
       [--heap 2g] [--url http://host:9200] [--backends tantivy,opensearch]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT, machine, peak_rss_mb, start_oai_node
from bench.bench_search import queries, run_queries
from core.config import Settings, load_settings
from index.base import IndexBackend
from index.registry import open_backend
from pipeline.run import run_node
from store import Store


def config(folder: Path, backend: str, oai_url: str, url: str | None, alias: str) -> Settings:
    """A config.toml for one measured run."""
    folder.mkdir(parents=True, exist_ok=True)
    index = f'[index]\nbackend = "{backend}"\npath = "index"'
    if backend == "opensearch":
        index += f'\nurl = "{url}"\n[opensearch]\nindex = "{alias}"\nreplicas = 0'
    text = "\n".join([
        '[storage]\npath = "chm.sqlite"', index,
        "[security]\nallow_private_hosts = true",
        f'[[nodes]]\nid = "fr-chm"\nprotocol = "oai-pmh"\nurl = "{oai_url}"',
    ])  # fmt: skip
    (folder / "config.toml").write_text(text + "\n", encoding="utf-8")
    return load_settings(folder / "config.toml")


def harvest(settings: Settings) -> tuple[IndexBackend, dict[str, Any]]:
    """Harvest the demo node into a new store and index; return the index and the figures."""
    store = Store(settings.db_path)
    index = open_backend(settings)
    t0 = time.perf_counter()
    summary = run_node(settings, store, index, settings.node("fr-chm"))
    seconds = time.perf_counter() - t0
    store.close()
    if summary.status != "success":
        raise SystemExit(f"harvest failed: {summary.error}")
    n = summary.added
    return index, {"records": n, "seconds": round(seconds, 1),
                   "records_per_s": round(n / seconds)}  # fmt: skip


def measure(count: int, backends: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Both backends on one size, one after the other, on the same demo node."""
    proc, oai_url = start_oai_node(count)
    figures: dict[str, Any] = {"count": count}
    node = None
    try:
        for backend in backends:
            folder = OUT / f"bench_opensearch-{count}-{backend}"
            shutil.rmtree(folder, ignore_errors=True)
            url = args.url
            if backend == "opensearch" and url is None:
                from tests.servers.opensearch import SearchNode, build

                build()
                node = SearchNode(folder / "node", heap=args.heap, quick_start=False).start()
                url = node.url
            alias = f"chm-bench-{uuid.uuid4().hex[:8]}"
            print(f"{backend}: harvesting {count:,} records", flush=True)
            index, rate = harvest(config(folder, backend, oai_url, url, alias))
            print(f"  {rate}", flush=True)
            search = run_queries(index, queries(args.queries))  # type: ignore[arg-type]
            print(f"  search {json.dumps(search)}", flush=True)
            figures[backend] = {"harvest": rate, "search": search}
            if backend == "opensearch" and args.url is not None:
                index.clear()  # leave the measured cluster as it was (an empty alias)
            index.close()
            if node is not None:
                node.stop()
                node = None
    finally:
        if node is not None:
            node.stop()
        proc.terminate()
        proc.wait()
    figures["peak_rss_mb"] = round(peak_rss_mb())
    return figures


def main() -> None:
    """Measure every size, print a table, save the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, action="append")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--url", default=None)
    ap.add_argument("--backends", default="tantivy,opensearch")
    args = ap.parse_args()
    print(machine())
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    rows = []
    for count in args.count or [100_000, 1_000_000]:
        figures = measure(count, backends, args)
        (OUT / f"bench_opensearch-{count}.json").write_text(json.dumps(figures, indent=1))
        for backend in backends:
            f = figures[backend]
            rows.append(f"| {count:,} | {backend} | {f['harvest']['records_per_s']:,} | "
                        f"{f['search']['p50_ms']:.1f} | {f['search']['p95_ms']:.1f} |")  # fmt: skip
    print("\n| records | backend | harvest -> index (records/s) | search p50 (ms) | p95 (ms) |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
