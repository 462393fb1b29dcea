"""Issue 3 benchmark: a 20,000-dataset DCAT Turtle catalogue, harvest -> store -> map -> index.

The ``ca-dcat`` demo catalogue (English and French titles and descriptions, keywords,
countries, dates, publisher) is served by a subprocess, once as Hydra pages of 1,000
datasets and once as a single 20,000-dataset Turtle file; chm harvests each through
``run_node`` (rdflib Turtle parser, declarative ``dcat`` mapping) into a fresh store and
tantivy index. Target: < 30 s for 20,000 datasets.

Usage: python bench/bench_dcat.py [--count 20000] [--page-size 1000]
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
    "from demo.dcat_node import start_dcat_node\n"
    "start_dcat_node('127.0.0.1', int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))\n"
    "while True: time.sleep(3600)\n"
)


def harvest(count: int, page_size: int) -> tuple[object, float, int]:
    """Serve the catalogue, harvest it once; return (summary, seconds, bytes served)."""
    from core.config import HarvestSettings, IndexSettings, NodeConfig, SecuritySettings, Settings
    from index.tantivy_ import TantivyIndex
    from pipeline.run import run_node
    from store import Store

    port = free_port()
    cmd = [sys.executable, "-c", SERVE, str(port), str(count), str(page_size)]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    try:
        wait_port(port)
        tmp = Path(tempfile.mkdtemp(prefix="chm-bench-dcat-"))
        settings = Settings(
            path=tmp / "config.toml",
            db_path=tmp / "chm.sqlite",
            index=IndexSettings(path=tmp / "idx"),
            harvest=HarvestSettings(timeout=300.0),
            security=SecuritySettings(allow_private_hosts=True),
            raw={"matching": {"incremental": False}},  # matching has its own benchmark
            nodes=(),
        )
        store, index = Store(settings.db_path), TantivyIndex(tmp / "idx")
        node = NodeConfig(id="ca-dcat", url=f"http://127.0.0.1:{port}/catalog.ttl",
                          protocol="dcat", mapping="dcat")  # fmt: skip
        t0 = time.perf_counter()
        summary = run_node(settings, store, index, node)
        return summary, time.perf_counter() - t0, summary.bytes
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=20_000)
    ap.add_argument("--page-size", type=int, default=1000)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    for label, page_size in (
        (f"Hydra pages of {args.page_size:,}", args.page_size),
        ("one Turtle file", args.count),
    ):
        s, secs, size = harvest(args.count, page_size)
        print(f"DCAT Turtle, {args.count:,} datasets, {label} ({size / 2**20:.0f} MiB): "
              f"{s.status}, {s.added:,} added, {s.rejected} rejected, {secs:.1f} s = "  # type: ignore[attr-defined]
              f"{s.added / secs:,.0f} datasets/s (target < 30 s)")  # type: ignore[attr-defined]  # fmt: skip
    print(f"peak RSS (harvester process): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
