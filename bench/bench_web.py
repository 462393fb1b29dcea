"""Web benchmark (issue "Search for people"): the search page and a streamed CSV export on a
large tantivy index.

Reuses ``bench/out/tantivy-<N>/`` built by ``bench/bench_search.py`` (builds it if missing).

1. Search page: 200 mixed queries (the search benchmark's mix, as URL parameters) rendered as
   HTML at ``/`` with all seven facets, the concept tree, charts and highlights. Server time
   is measured inside the ASGI app (from request in to last body byte out); p50 / p95 / max.
   Target: p95 < 100 ms at 1,000,000 records.
2. CSV export: ``GET /api/export?format=csv`` over real HTTP (uvicorn on 127.0.0.1), read as a
   stream and stopped after 100,000 records. Prints the time and the process RSS sampled every
   50 ms (the server runs in this process): at 10,000 rows and the peak up to 100,000.
   Target: < 10 s, flat memory.

Usage: python bench/bench_web.py [--count 1000000] [--queries 200] [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT, machine
from bench.bench_search import build, queries
from index.base import SearchQuery
from index.tantivy_ import TantivyIndex
from search_api.app import create_app
from store import Store

THESAURUS = Path(__file__).resolve().parents[1] / "vocabulary" / "thesaurus.ttl"


class BenchContext:
    """What create_app needs: an index, an (empty) store, the vocabulary, no nodes."""

    def __init__(self, index: TantivyIndex, store: Store) -> None:
        from types import SimpleNamespace

        from vocabulary.loader import load_vocabulary

        self.index = index
        self.store = store
        self.vocabulary = load_vocabulary([THESAURUS])
        self.settings = SimpleNamespace(nodes=(), server_host="127.0.0.1", server_port=0)


class Timed:
    """ASGI wrapper recording the server time of every HTTP request."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.times: list[float] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        start = time.perf_counter()
        await self.app(scope, receive, send)
        if scope["type"] == "http":
            self.times.append(time.perf_counter() - start)


def query_params(q: SearchQuery) -> dict[str, Any]:
    """A benchmark SearchQuery as the search page's URL parameters."""
    params: dict[str, Any] = {"q": q.text, "sort": q.sort, "lang": q.lang}
    for name, values in q.filters.items():
        params[name] = ",".join(values)
    for name in ("year_from", "year_to", "date_from"):
        if getattr(q, name) is not None:
            params[name] = getattr(q, name)
    return {k: v for k, v in params.items() if v not in ("", None)}


def bench_pages(app: Any, n: int) -> dict[str, float]:
    """Render the search page for ``n`` mixed queries; server-time percentiles in ms."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    timed = Timed(app)
    sizes: list[int] = []
    with TestClient(timed) as client:
        for q in queries(20, seed=99):  # warm-up
            client.get("/?" + urlencode(query_params(q)))
        timed.times.clear()
        for q in queries(n):
            response = client.get("/?" + urlencode(query_params(q)))
            assert response.status_code == 200, response.text[:300]
            sizes.append(len(response.content))
    ms = sorted(t * 1000 for t in timed.times)
    return {
        "pages": len(ms),
        "p50_ms": statistics.median(ms),
        "p95_ms": ms[int(0.95 * (len(ms) - 1))],
        "max_ms": ms[-1],
        "max_page_kb": max(sizes) / 1024,
        "mean_page_kb": statistics.mean(sizes) / 1024,
    }


def rss_mb() -> float:
    """This process's resident set size now."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def anon_mb() -> float:
    """The anonymous part of it (heap): the index's memory-mapped files read during an
    export are resident too, but the kernel drops them as it needs."""
    with open("/proc/self/status", encoding="ascii") as fh:
        kb = next(int(line.split()[1]) for line in fh if line.startswith("RssAnon"))
    return kb / 1e3


def bench_export(app: Any, rows: int) -> dict[str, float]:
    """Stream a CSV export over HTTP and stop after ``rows`` records."""
    import requests

    from tests.servers.app_server import LiveServer

    server = LiveServer(app).start()
    samples: list[tuple[int, float, float]] = []
    done = threading.Event()
    got = [0]

    def sample() -> None:
        while not done.is_set():
            samples.append((got[0], rss_mb(), anon_mb()))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    before, anon_before = rss_mb(), anon_mb()
    start = time.perf_counter()
    sampler.start()
    with requests.get(server.url + "/api/export?format=csv", stream=True, timeout=60) as r:
        r.raise_for_status()
        for _line in r.iter_lines():
            got[0] += 1
            if got[0] > rows:  # header + rows
                break
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    server.stop()
    at_10k = [(mb, anon) for n, mb, anon in samples if n >= rows // 10]
    return {
        "rows": got[0] - 1,
        "seconds": seconds,
        "rows_per_s": (got[0] - 1) / seconds,
        "rss_before_mb": before,
        "rss_at_10pct_mb": at_10k[0][0] if at_10k else before,
        "rss_peak_mb": max(mb for _, mb, _ in samples),
        "anon_before_mb": anon_before,
        "anon_at_10pct_mb": at_10k[0][1] if at_10k else anon_before,
        "anon_peak_mb": max(anon for _, _, anon in samples),
    }


def main() -> None:
    """Reuse (or build) the index, run both benchmarks, print and save the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    path = OUT / f"tantivy-{args.count}"
    print(machine())
    if not path.exists():
        print(f"building {path} ({args.count:,} records)")
        build(path, args.count)
    index = TantivyIndex(path)
    print(f"index {path}: {index.count():,} records")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "empty.sqlite")
        app = create_app(BenchContext(index, store))  # type: ignore[arg-type]
        figures = {"count": index.count(), "search_page": bench_pages(app, args.queries)}
        print("search page:", json.dumps(figures["search_page"], indent=1))
        figures["csv_export"] = bench_export(app, args.rows)
        print("csv export:", json.dumps(figures["csv_export"], indent=1))
        store.close()
    index.close()
    (OUT / f"bench_web-{args.count}.json").write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
