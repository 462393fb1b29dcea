"""Paired CPU of ``chm harvest`` from two checkouts of chm: OAI-PMH, JSON (CKAN) or DCAT.

For the sources of ``bench/bench_harvest.py`` (``--source oai``, also run as
``bench/_ab_harvest.py``), ``bench/bench_json.py`` and ``bench/bench_dcat.py``: each
checkout (a directory holding chm's packages, e.g. ``git archive`` of a commit unpacked, and
this worktree) harvests the same N corpus records from
one ``bench/_feed.py`` into a fresh store and index (matching after the run off unless
``--matching``; enrichment on), one after the other, the order alternating pair by pair; this
venv's Python runs them all, each checkout's bytecode written first (not measured). Printed
per run: user and system CPU of chm's process tree (``wait4``), CPU per record, wall, the
largest process's peak RSS, a digest of what was stored (raw records and records: the
same in every run when the checkouts give the same results) and the load average; then each
checkout's runs, median and best. Wall times on a shared machine mean nothing: compare CPU,
run by run.

Usage: python bench/_ab_source.py --source ckan --records 20000 --pairs 3 BEFORE_DIR .
       git archive 455d120 | tar -x -C /tmp/before   # a checkout of an earlier commit
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._ceilings import CHM_PACKAGES
from bench._compare import CKAN, DCAT, OAI, Source, write_config
from bench._util import machine, start_feed

SOURCES = {"ckan": CKAN, "dcat": DCAT, "oai": OAI}


def _harvest(
    code: Path, work: Path, source: Source, url: str, matching: bool
) -> tuple[float, float, int, str]:
    """One fresh harvest by the checkout at ``code``: (user s, system s, the largest process's
    peak RSS in KB, status), from ``wait4`` of the harvest process (its workers included)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    config = write_config(source, work, url, matching=matching, enrich=True)
    out, err = work / "stdout", work / "stderr"
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli.main", "--config", str(config), "harvest", "bench",
             "--json"], cwd=code, stdout=fo, stderr=fe,
        )  # fmt: skip
        _pid, _status, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0  # reaped here: Popen must not wait for it again
    lines = [ln for ln in out.read_text().splitlines() if ln.startswith("{")]
    status = json.loads(lines[-1])["status"] if lines else "failed: " + err.read_text()[-300:]
    if lines:
        status += f"; store digest {store_digest(work / 'chm.sqlite')}"
    shutil.rmtree(work, ignore_errors=True)
    return usage.ru_utime, usage.ru_stime, usage.ru_maxrss, status


def store_digest(path: Path) -> str:
    """What a harvest stored, as a short SHA-256: every raw record (id, datestamp, format,
    payload bytes, content hash, mapping error) and every record's JSON but its
    ``harvested_at``. Two checkouts that harvest the same feed into the same results print the
    same digest."""
    digest = hashlib.sha256()
    with sqlite3.connect(path) as db:
        for row in db.execute(
            "SELECT source_id, datestamp, deleted, format, payload, hash, map_error "
            "FROM raw_records ORDER BY source_id"
        ):
            digest.update(repr(row).encode())
        for (text,) in db.execute("SELECT json FROM records ORDER BY id"):
            record = json.loads(text)
            record.pop("harvested_at", None)
            digest.update(json.dumps(record, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="checkouts of chm to compare")
    ap.add_argument("--source", choices=sorted(SOURCES), default="ckan")
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--pairs", type=int, default=2, help="runs of each checkout")
    ap.add_argument("--matching", action="store_true", help="matching after the run on")
    args = ap.parse_args()
    source = SOURCES[args.source]
    for code in args.dirs:  # bytecode written once, as installing chm does (not measured)
        subprocess.run([sys.executable, "-m", "compileall", "-q", *CHM_PACKAGES], cwd=code,
                       capture_output=True, check=False)  # fmt: skip
    feed, url = start_feed(source.kind, args.records, source.page_size)
    per_record: dict[Path, list[float]] = {d: [] for d in args.dirs}
    print(f"machine: {machine()}; {args.records:,} {source.label} corpus records, matching "
          f"{'on' if args.matching else 'off'}")  # fmt: skip
    try:
        with tempfile.TemporaryDirectory(prefix="chm-ab-") as tmp:
            for i in range(args.pairs):
                for n, code in enumerate(args.dirs if i % 2 == 0 else args.dirs[::-1]):
                    t0 = time.time()
                    user, system, rss, status = _harvest(
                        code.resolve(), Path(tmp) / str(n), source, url, args.matching
                    )
                    us = (user + system) / args.records * 1e6
                    per_record[code].append(us)
                    print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC  {code}: user "
                          f"{user:.2f} s, system {system:.2f} s = {us:,.0f} CPU us/record; "
                          f"wall {time.time() - t0:.1f} s; largest process "
                          f"{rss / 1024:.0f} MB; {status}; "
                          f"load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    finally:
        feed.terminate()
        feed.wait()
    for code, runs in per_record.items():
        print(f"{code}: runs {', '.join(f'{r:,.0f}' for r in runs)} CPU us/record; median "
              f"{statistics.median(runs):,.0f}, best {min(runs):,.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
