"""One harvest benchmark run: chm end to end against plain-library ceilings, same data, same run.

Used by ``bench_harvest.py`` (OAI-PMH oai_dc), ``bench_json.py`` (CKAN) and ``bench_dcat.py``.
Every measured thing is its own process started by :func:`bench._util.measure`: wall time
from process start to exit, CPU of the process and all its descendants (``getrusage``
children), the largest process's peak RSS and the whole tree's sampled peak.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench._ceilings import CHM_PACKAGES
from bench._util import OUT, ROOT, Measured, machine, measure, start_feed


@dataclass(frozen=True)
class Source:
    """What a benchmark harvests and which ceilings it is compared with."""

    kind: str  # _feed.py kind
    label: str
    page_size: int
    node_toml: str  # protocol / mapping / options lines of the [[nodes]] table
    ceilings: tuple[tuple[str, str], ...]  # (_ceilings.py mode, label)
    targets: tuple[float, float, float]  # records/s, x ceiling, CPU us per record


OAI = Source(
    "oai", "OAI-PMH oai_dc", 500, "",
    (("oai", "ceiling: requests + lxml, DC fields mapped"), ("sickle", "sickle alone, .metadata")),
    (10_000, 0.25, 200),
)  # fmt: skip
CKAN = Source(
    "ckan", "JSON (CKAN package_search)", 1000,
    'protocol = "json"\nmapping = "ckan"\n[nodes.options]\nprofile = "ckan"\npage_size = 1000\n',
    (("ckan", "ceiling: requests + orjson, fields mapped"),),
    (10_000, 0.25, 200),
)  # fmt: skip
DCAT = Source(
    "dcat", "DCAT Turtle (Hydra pages)", 1000, 'protocol = "dcat"\nmapping = "dcat"\n',
    (("dcat", "ceiling: requests + rdflib, fields mapped"),),
    (5_000, 0.25, 400),
)  # fmt: skip

HEADER = (f"{'':44s} {'records':>9s} {'wall s':>7s} {'records/s':>10s} {'CPU us/rec':>10s} "
          f"{'largest MB':>10s} {'tree MB':>8s}")  # fmt: skip


def _row(label: str, n: int, m: Measured) -> str:
    return (f"{label:44s} {n:9,d} {m.wall:7.2f} {n / m.wall:10,.0f} {m.per_record_us(n):10,.0f} "
            f"{m.peak_largest_mb:10.0f} {m.peak_tree_mb:8.0f}")  # fmt: skip


def _ceiling(mode: str, url: str) -> tuple[int, Measured]:
    m = measure([sys.executable, str(ROOT / "bench" / "_ceilings.py"), mode, url])
    if m.returncode:
        raise SystemExit(f"ceiling {mode} failed: {m.stderr[-2000:]}")
    return int(json.loads(m.stdout.strip().splitlines()[-1])["records"]), m


def _chm(config: Path, *extra: str) -> tuple[dict[str, object], Measured]:
    cmd = [sys.executable, "-m", "cli.main", "--config", str(config), "harvest", "bench", "--json"]
    m = measure([*cmd, *extra])
    if m.returncode not in (0, 1):
        raise SystemExit(f"chm harvest failed: {m.stderr[-2000:]}")
    return json.loads(m.stdout.strip().splitlines()[-1]), m


def compile_chm() -> None:
    """Write chm's bytecode once (not measured), as installing chm does: where
    ``PYTHONDONTWRITEBYTECODE`` is set, as on the benchmark machine, every ``chm`` process
    would otherwise compile its modules from source at start (imports 0.39 -> 0.24 CPU-s),
    which the ceilings' libraries, installed with their bytecode, never do."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", *CHM_PACKAGES], cwd=ROOT,
                   capture_output=True, check=False)  # fmt: skip


def write_config(source: Source, work: Path, url: str, *, matching: bool, enrich: bool) -> Path:
    """``work/config.toml``: a store and index under ``work``, the feed at ``url`` as node
    "bench"; returns its path."""
    vocab = f'files = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]' if enrich else "files = []"
    config = work / "config.toml"
    config.write_text(
        f'[storage]\npath = "chm.sqlite"\n[index]\npath = "index"\n'
        "[security]\nallow_private_hosts = true  # the feed runs on 127.0.0.1\n"
        f"[matching]\nincremental = {'true' if matching else 'false'}\n"
        f"[vocabulary]\n{vocab}\n"
        f'[[nodes]]\nid = "bench"\nurl = "{url}"\ncountry = "FR"\n{source.node_toml}',
        encoding="utf-8",
    )
    return config


def run(
    source: Source, records: int, matching: bool = True, enrich: bool = True, full_pairs: int = 0
) -> None:
    """Serve ``records`` records of the benchmark corpus and print every figure; with
    ``full_pairs``, that many more (ceiling, unchanged ``--full``) pairs at the end, each pair's
    wall and CPU ratio printed (the unchanged re-harvest's criterion is a ratio of two walls of
    the same run: pairs show its spread on a busy machine)."""
    work = OUT / f"harvest-{source.kind}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    feed, url = start_feed(source.kind, records, source.page_size)
    try:
        print(f"machine: {machine()}")
        print(f"{source.label}: {records:,} records of bench/_corpus.py (en/fr/es, varied "
              f"lengths and subjects), pages of {source.page_size}, served by bench/_feed.py "
              f"on 127.0.0.1; matching after the run {'on' if matching else 'off'}, "
              f"enrichment {'on' if enrich else 'off'}")  # fmt: skip
        print(HEADER)
        compile_chm()
        refs: list[tuple[str, int, Measured]] = []
        for mode, label in source.ceilings:
            n, m = _ceiling(mode, url)
            refs.append((label, n, m))
            print(_row(label, n, m), flush=True)
        config = write_config(source, work, url, matching=matching, enrich=enrich)
        summary, m = _chm(config)
        added = int(summary["added"])  # type: ignore[call-overload]
        print(_row("chm harvest, fresh store (end to end)", added, m), flush=True)
        again, m2 = _chm(config, "--full")
        print(_row("chm harvest --full, nothing changed", records, m2), flush=True)
        _, m3 = _chm(config)
        print(_row("chm harvest, incremental, nothing new", records, m3).replace(
            f"{records / m3.wall:10,.0f}", f"{'':>10s}"))  # fmt: skip
        rate = added / m.wall
        print(f"chm status {summary['status']}, {added:,} added, {summary.get('rejected', 0)} "
              f"rejected; --full: {again.get('unchanged', '?')} unchanged")  # fmt: skip
        for label, n, ref in refs:
            cpu_ratio = m.per_record_us(added) / ref.per_record_us(n)
            print(f"chm / {label.split(',')[0]}: {rate / (n / ref.wall):.2f} x the rate, "
                  f"{cpu_ratio:.1f} x the CPU per record")  # fmt: skip
        n0, ref0 = refs[0][1], refs[0][2]
        rate_t, ratio_t, cpu_t = source.targets
        ratio = rate * ref0.wall / n0
        print(f"targets: {rate_t:,.0f} records/s: {'met' if rate >= rate_t else 'NOT met'}; "
              f">= {ratio_t} x ceiling: {'met' if ratio >= ratio_t else 'NOT met'}; "
              f"CPU <= {cpu_t:.0f} us/record: "
              f"{'met' if m.per_record_us(added) <= cpu_t else 'NOT met'}; "
              f"largest < 250 MB and tree < 400 MB: "
              f"{'met' if m.peak_largest_mb < 250 and m.peak_tree_mb < 400 else 'NOT met'}; "
              f"unchanged --full within 1.3 x the ceiling's wall: "
              f"{'met' if m2.wall <= 1.3 * ref0.wall else 'NOT met'} "
              f"({m2.wall / ref0.wall:.2f} x)")  # fmt: skip
        if full_pairs:
            _full_pairs(source, url, config, records, full_pairs)
    finally:
        feed.terminate()
        feed.wait()


def _full_pairs(source: Source, url: str, config: Path, records: int, pairs: int) -> None:
    """(ceiling, chm --full over the unchanged source) ``pairs`` times, back to back."""
    mode, label = source.ceilings[0]
    walls: list[float] = []
    for i in range(pairs):
        n, ref = _ceiling(mode, url)
        _, m = _chm(config, "--full")
        walls.append(m.wall / ref.wall)
        cpu = m.per_record_us(records) / ref.per_record_us(n)
        print(f"pair {i + 1}: {label.split(',')[0]} {ref.wall:.2f} s, {ref.per_record_us(n):.0f} "
              f"us/record; --full unchanged {m.wall:.2f} s, {m.per_record_us(records):.0f} "
              f"us/record: {walls[-1]:.2f} x the wall, {cpu:.2f} x the CPU",
              flush=True)  # fmt: skip
    mid, low, high = statistics.median(walls), min(walls), max(walls)
    print(f"unchanged --full / ceiling wall over {pairs} pairs: median {mid:.2f} x "
          f"(from {low:.2f} to {high:.2f})")  # fmt: skip
