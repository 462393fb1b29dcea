"""Issue 2 benchmark: OAI-PMH harvest -> store -> map -> index, against the raw ceiling.

Prints, in one run, on N oai_dc records served by a local demo OAI-PMH node:
  (a) the raw ceiling: the same pages fetched and parsed with requests + lxml and mapped,
      nothing stored;
  (b) chm's end-to-end rate (``chm harvest`` in a child process: peak RSS measured there);
  (c) an incremental re-harvest of the unchanged node;
  (d) OAI-PMH paging alone, three ways, over the same pages: chm's own paging
      (``OaiPmhHarvester.pages``: one safe parse per page, next page prefetched), sickle's
      ``OAIResponseIterator`` driving the paging with a response class that parses each page
      once with chm's safe parser (chm's page extraction on top), and stock sickle
      (``ListRecords`` item iterator: ``Record`` objects, a page parsed at each ``.xml``).
Targets: (b) >= 5,000 records/s and >= 0.2 x (a); peak RSS < 300 MB; (c) < 2 s.

Usage: python bench/bench_harvest.py [--count 100000] [--live-render]
       python bench/bench_harvest.py --paging-only --count 5000 --repeats 5
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests
from lxml import etree

from bench._util import OUT, ROOT, machine, start_oai_node

OAI = "{http://www.openarchives.org/OAI/2.0/}"


def raw_ceiling(url: str) -> tuple[int, float]:
    """Fetch every page, parse with lxml, map every record; store nothing."""
    from mappings.base import RawRecord
    from mappings.registry import get_mapping

    mapping = get_mapping("oai_dc")
    session = requests.Session()
    params: dict[str, str] = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    n = 0
    t0 = time.perf_counter()
    while True:
        root = etree.fromstring(session.get(url, params=params, timeout=60).content)
        lr = root.find(OAI + "ListRecords")
        for rec in lr.iterchildren(OAI + "record"):
            header = rec.find(OAI + "header")
            sid = header.findtext(OAI + "identifier")
            raw = RawRecord("bench", sid, header.findtext(OAI + "datestamp"), False, "oai_dc",
                            b"", url, parsed=rec)  # fmt: skip
            mapping.map_raw_fast(raw, "2026-01-01T00:00:00Z")
            n += 1
        token = (lr.findtext(OAI + "resumptionToken") or "").strip()
        if not token:
            break
        params = {"verb": "ListRecords", "resumptionToken": token}
    return n, time.perf_counter() - t0


def chm_harvest(config: Path, extra: list[str]) -> tuple[dict, float, float]:
    """Run ``chm harvest`` in a child process; return (summary, seconds, child peak RSS MB)."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "cli.main",
            "--config",
            str(config),
            "harvest",
            "bench",
            "--json",
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"chm harvest failed: {proc.stderr[-2000:]}")
    rss_kb = float(proc.stderr.strip().splitlines()[-1])
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    return summary, secs, rss_kb / 1024


class _Parses:
    """Counts calls of chm's safe XML parser (harvesters.oai_pmh.parse_xml)."""

    def __init__(self) -> None:
        import harvesters.oai_pmh as oai

        self.module, self.original, self.calls = oai, oai.parse_xml, 0

    def __enter__(self) -> _Parses:
        def counting(body: bytes) -> etree._Element:
            self.calls += 1
            return self.original(body)

        self.module.parse_xml = counting
        return self

    def __exit__(self, *exc: object) -> None:
        self.module.parse_xml = self.original


def paging_chm(url: str) -> tuple[int, int]:
    """chm pages itself: (records, safe parses)."""
    from core.config import HarvestSettings, NodeConfig
    from harvesters.base import HarvestWindow
    from harvesters.oai_pmh import OaiPmhHarvester

    with _Parses() as parses:
        h = OaiPmhHarvester(NodeConfig(id="bench", url=url), HarvestSettings(timeout=60))
        n = sum(len(page.records) for page in h.pages(HarvestWindow()))
    return n, parses.calls


def paging_sickle_parse_once(url: str) -> tuple[int, int]:
    """sickle's OAIResponseIterator drives the paging; each page parsed once (cached)."""
    from functools import cached_property

    from sickle import Sickle
    from sickle.iterator import OAIResponseIterator
    from sickle.response import OAIResponse

    from core.config import HarvestSettings, NodeConfig
    from harvesters.http import FetchResult, HttpClient
    from harvesters.oai_pmh import OaiPmhHarvester, parse_oai

    class ParsedOnce(OAIResponse):  # type: ignore[misc]
        def __init__(self, fetched: FetchResult, params: dict[str, object]) -> None:
            self.params, self.fetched, self.http_response = params, fetched, None

        @cached_property
        def xml(self) -> etree._Element:
            return parse_oai(self.fetched)

    class PagingSickle(Sickle):  # type: ignore[misc]
        def __init__(self, endpoint: str, client: HttpClient) -> None:
            super().__init__(endpoint, iterator=OAIResponseIterator, max_retries=0)
            self.client = client

        def harvest(self, **kwargs: object) -> ParsedOnce:
            return ParsedOnce(self.client.get(self.endpoint, params=kwargs), kwargs)

    with _Parses() as parses:
        client = HttpClient(HarvestSettings(timeout=60))
        harvester = OaiPmhHarvester(NodeConfig(id="bench", url=url), client.settings, client)
        sickle = PagingSickle(url, client)
        n = 0
        for resp in sickle.ListRecords(metadataPrefix="oai_dc"):
            page, _ = harvester._parse_page(resp.xml, resp.fetched)
            n += len(page.records)
    return n, parses.calls


def paging_sickle_stock(url: str) -> tuple[int, int]:
    """Stock sickle: ListRecords' item iterator, one ``Record`` per record (parses not
    counted: sickle parses with its own ``recover=True`` parser, three times a page)."""
    from sickle import Sickle

    records = Sickle(url, timeout=60).ListRecords(metadataPrefix="oai_dc", ignore_deleted=False)
    return sum(1 for _ in records), 0


def paging_cost(url: str, repeats: int) -> None:
    """(d): best and median seconds of each way over ``repeats`` runs, interleaved."""
    import statistics

    ways = {
        "chm pages itself": paging_chm,
        "sickle iterator, parse once": paging_sickle_parse_once,
        "stock sickle items": paging_sickle_stock,
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    counts: dict[str, tuple[int, int]] = {}
    for _ in range(repeats):
        for name, way in ways.items():
            t0 = time.perf_counter()
            counts[name] = way(url)
            times[name].append(time.perf_counter() - t0)
    for name, secs in times.items():
        n, parses = counts[name]
        parsed = f", {parses} safe parses" if parses else ""
        print(
            f"(d) {name:28s}: {n:,} records; best {min(secs):.3f}s, median "
            f"{statistics.median(secs):.3f}s ({n / min(secs):,.0f} records/s best{parsed})"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--paging-only", action="store_true", help="only (d), OAI-PMH paging")
    ap.add_argument("--repeats", type=int, default=5, help="runs of each way in (d)")
    ap.add_argument(
        "--live-render",
        action="store_true",
        help="the node renders every record on each request (costs this machine ~40 us of "
        "CPU per record, which a remote node would not) instead of serving stored XML",
    )
    args = ap.parse_args()
    work = OUT / "harvest"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    server, url = start_oai_node(args.count, prerender=not args.live_render)
    try:
        if args.paging_only:
            print(f"machine: {machine()}")
            paging_cost(url, args.repeats)
            return
        n, secs = raw_ceiling(url)
        ceiling = n / secs
        print(f"machine: {machine()}")
        print(f"(a) raw ceiling: {n:,} records in {secs:.1f}s = {ceiling:,.0f} records/s")
        config = work / "config.toml"
        config.write_text(
            f'[storage]\npath = "chm.sqlite"\n[index]\npath = "index"\n'
            "[security]\nallow_private_hosts = true  # the bench node runs on 127.0.0.1\n"
            "[matching]\nincremental = false  # issue 2 measures harvest-store-map-index\n"
            f'[vocabulary]\nfiles = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]\n'
            f'[[nodes]]\nid = "bench"\nurl = "{url}"\ncountry = "FR"\n',
            encoding="utf-8",
        )
        summary, secs, rss = chm_harvest(config, [])
        rate = summary["added"] / secs
        print(
            f"(b) chm end-to-end: {summary['added']:,} records in {secs:.1f}s = {rate:,.0f} "
            f"records/s ({rate / ceiling:.2f} x ceiling), peak RSS {rss:.0f} MB, "
            f"status {summary['status']}"
        )
        summary2, secs2, _ = chm_harvest(config, [])
        print(
            f"(c) incremental re-harvest of the unchanged node: {secs2:.2f}s "
            f"({summary2['added']} added, {summary2['unchanged']} unchanged)"
        )
        paging_cost(url, args.repeats)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
