"""Issue 3 benchmark: JSON API harvest -> store -> map -> index.

A CKAN-like paged API (the ``mx-datos`` demo node, in a subprocess so that serving does not
share this process's interpreter) serves N package dicts; chm harvests them with the
``ckan`` profile and the declarative ``ckan`` mapping through ``run_node`` into a fresh
store and tantivy index. Prints records/s for the full harvest and the time of an
incremental re-harvest. Target: >= 5,000 records/s.

Usage: python bench/bench_json.py [--count 100000] [--page-size 1000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import ROOT, free_port, machine, peak_rss_mb, wait_port

SERVE = (
    "import sys, time\n"
    "from demo.json_node import start_json_node\n"
    "start_json_node('127.0.0.1', int(sys.argv[1]), int(sys.argv[2]))\n"
    "while True: time.sleep(3600)\n"
)


def parts(node: object, settings: object) -> tuple[float, float, int]:
    """The harvester alone, then the mapping alone over what it yielded (cold caches)."""
    from harvesters.base import HarvestWindow
    from harvesters.json_api import JsonApiHarvester
    from mappings.declarative import _normalised
    from mappings.registry import get_mapping

    t0 = time.perf_counter()
    raws, n = [], 0
    for page in JsonApiHarvester(node, settings.harvest).pages(HarvestWindow()):  # type: ignore[arg-type, attr-defined]
        n += len(page.records)
        if len(raws) < 20_000:  # a sample for the mapping figure (memory stays flat)
            raws.extend(page.records)
    h_secs = time.perf_counter() - t0
    mapping = get_mapping("ckan")
    _normalised.cache_clear()
    t1 = time.perf_counter()
    for raw in raws:
        mapping.map(raw, "2026-01-01T00:00:00Z")
    m_secs = (time.perf_counter() - t1) * n / max(1, len(raws))  # scaled to every record
    return h_secs, m_secs, n


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--page-size", type=int, default=1000)
    args = ap.parse_args()

    from core.config import HarvestSettings, IndexSettings, NodeConfig, SecuritySettings, Settings
    from index.tantivy_ import TantivyIndex
    from pipeline.run import run_node
    from store import Store

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVE, str(port), str(args.count)], cwd=ROOT)
    try:
        wait_port(port)
        tmp = Path(tempfile.mkdtemp(prefix="chm-bench-json-"))
        settings = Settings(
            path=tmp / "config.toml",
            db_path=tmp / "chm.sqlite",
            index=IndexSettings(path=tmp / "idx"),
            harvest=HarvestSettings(timeout=120.0),
            security=SecuritySettings(allow_private_hosts=True),
            raw={"matching": {"incremental": False}},  # matching has its own benchmark
            nodes=(),
        )
        store, index = Store(settings.db_path), TantivyIndex(tmp / "idx")
        node = NodeConfig(
            id="mx-datos", url=f"http://127.0.0.1:{port}/api/3/action/package_search",
            protocol="json", mapping="ckan", country="MX",
            options={"profile": "ckan", "page_size": args.page_size},
        )  # fmt: skip
        t0 = time.perf_counter()
        s = run_node(settings, store, index, node)
        full = time.perf_counter() - t0
        t1 = time.perf_counter()
        again = run_node(settings, store, index, node)
        incr = time.perf_counter() - t1
        docs = index.count() if hasattr(index, "count") else "?"
        h_secs, m_secs, n_raw = parts(node, settings)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"machine: {machine()}")
    print(f"JSON (CKAN profile, ckan mapping), {args.count:,} records, pages of {args.page_size}")
    print(f"  full harvest -> store -> map -> index: {s.status}, {s.added:,} added, "
          f"{s.rejected} rejected, {full:.1f} s = {s.added / full:,.0f} records/s "
          f"(target >= 5,000)")  # fmt: skip
    print(f"  indexed documents: {docs}")
    print(f"  of which, measured alone: harvester (fetch, decode, extract) {h_secs:.1f} s "
          f"= {n_raw / h_secs:,.0f} records/s; ckan mapping (first 20,000, scaled) {m_secs:.1f} s "
          f"= {n_raw / m_secs:,.0f} records/s (the rest is store, hashing, index)")  # fmt: skip
    print(f"  incremental re-harvest: {again.status}, {again.records} records, {incr:.2f} s")
    print(f"  peak RSS (harvester process): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
