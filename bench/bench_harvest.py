"""OAI-PMH benchmark: ``chm harvest`` end to end against plain-library ceilings, one run.

N oai_dc records of ``bench/_corpus.py`` (not the demo generator's: English, French and Spanish
text of varied lengths and subjects) are served by ``bench/_feed.py`` on 127.0.0.1. Printed,
each a process of its own (process start included; CPU of every process it started; peak RSS
of the largest process and of the whole tree):
  - the ceiling: requests + lxml, each record's Dublin Core fields mapped into a dict, no chm
    code (``bench/_ceilings.py oai``);
  - sickle alone, reading each record's ``.metadata`` (``bench/_ceilings.py sickle``);
  - ``chm harvest`` into a fresh store and index (harvest -> store -> map -> enrich -> index,
    matching after the run unless ``--no-matching``), then ``--full`` over the unchanged
    source, then an incremental run;
  - chm's ratio to each reference and the issue's targets, met or not.

``--paging-only``: OAI-PMH paging alone, three ways, over the demo node's pages: chm's own paging
      (``OaiPmhHarvester.pages``: one safe parse per page, next page prefetched), sickle's
      ``OAIResponseIterator`` driving the paging with a response class that parses each page
      once with chm's safe parser (chm's page extraction on top), and stock sickle
      (``ListRecords`` item iterator: ``Record`` objects, a page parsed at each ``.xml``).

``--profile``: only ``chm harvest`` into a fresh store, under py-spy (``pip install py-spy``;
      every process and thread of chm sampled), then the table of where its CPU went by
      function group (``bench/_spy.py``); the collapsed stacks stay in
      ``bench/out/profile-oai/``.

``--full-pairs N``: after the rows above, N more (ceiling, unchanged ``--full``) pairs, each
      pair's wall and CPU ratio printed, and their median (point 4's criterion on a busy machine).

Usage: python bench/bench_harvest.py [--records 100000] [--no-matching] [--no-enrich]
       python bench/bench_harvest.py --records 100000 --no-matching --full-pairs 5
       python bench/bench_harvest.py --paging-only --records 5000 --repeats 5
       python bench/bench_harvest.py --profile --records 20000 --no-matching
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

from lxml import etree

from bench._compare import OAI as OAI_SOURCE
from bench._compare import run, write_config
from bench._util import OUT, ROOT, machine, start_feed, start_oai_node

OAI = "{http://www.openarchives.org/OAI/2.0/}"


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


def profile(records: int, matching: bool, enrich: bool, rate: int) -> None:
    """``chm harvest`` (fresh store) under py-spy; print where its CPU went."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        raise SystemExit("--profile needs py-spy: pip install py-spy")
    work = OUT / "profile-oai"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    feed, url = start_feed(OAI_SOURCE.kind, records, OAI_SOURCE.page_size)
    try:
        config = write_config(OAI_SOURCE, work, url, matching=matching, enrich=enrich)
        raw, cpu = work / "stacks.txt", work / "cpu.json"
        chm = [sys.executable, "-m", "cli.main", "--config", str(config), "harvest", "bench",
               "--json"]  # fmt: skip
        cmd = [spy, "record", "--subprocesses", "--format", "raw", "-r", str(rate), "-o",
               str(raw), "--", sys.executable, str(ROOT / "bench" / "_spy.py"), "--exec",
               str(cpu), "--", *chm]  # fmt: skip
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
        if not lines or not raw.exists():
            raise SystemExit(f"the profiled harvest failed: {done.stderr[-2000:]}")
        summary = json.loads(lines[-1])
    finally:
        feed.terminate()
        feed.wait()
    from bench._spy import report

    print(f"machine: {machine()}")
    print(f"chm harvest of {records:,} oai_dc corpus records under py-spy ({rate} samples/s), "
          f"matching after the run {'on' if matching else 'off'}, enrichment "
          f"{'on' if enrich else 'off'}; status {summary['status']}")  # fmt: skip
    print(report(str(raw), str(cpu), int(summary["added"])))
    print(f"stacks: {raw} (python bench/_spy.py --top {raw} GROUP: its innermost frames)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", "--count", type=int, default=100_000, dest="records")
    ap.add_argument("--no-matching", action="store_true", help="switch matching after the run off")
    ap.add_argument("--no-enrich", action="store_true", help="harvest without the thesaurus")
    ap.add_argument("--full-pairs", type=int, default=0, metavar="N",
                    help="N more (ceiling, unchanged --full) pairs at the end")  # fmt: skip
    ap.add_argument("--paging-only", action="store_true", help="only OAI-PMH paging, three ways")
    ap.add_argument("--repeats", type=int, default=5, help="runs of each way with --paging-only")
    ap.add_argument("--profile", action="store_true", help="only chm harvest, under py-spy")
    ap.add_argument("--rate", type=int, default=200, help="py-spy samples/s with --profile")
    args = ap.parse_args()
    if args.profile:
        profile(args.records, not args.no_matching, not args.no_enrich, args.rate)
        return
    if not args.paging_only:
        run(OAI_SOURCE, args.records, matching=not args.no_matching,
            enrich=not args.no_enrich, full_pairs=args.full_pairs)  # fmt: skip
        return
    server, url = start_oai_node(args.records)
    try:
        print(f"machine: {machine()}")
        paging_cost(url, args.repeats)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
