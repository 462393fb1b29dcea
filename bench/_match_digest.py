"""Dump, digest and profile a full matching recompute, to compare code before and after.

Runs ``recompute_all`` on a copy of a store (e.g. the corpus store ``bench_matching.py
--first-run`` harvests into ``bench/out/matching-first-run-N/chm.sqlite``), then writes every
row of the derived matching tables, sorted, to ``--dump`` (one JSON line per row) and prints
the SHA-256 of each table. Two dumps of the same store made by two versions of the code must
be byte-identical (``cmp``). ``--profile FILE`` also writes a cProfile (CPU time) of the
recompute. ``--memory`` prints, at the end of each phase of the recompute (the pass over the
records, the heads of the posting lists, matching, the duplicate edges, the clusters), the
process's resident memory and its highest within the phase (sampled every 20 ms); with
``--tracemalloc`` also the Python memory traced at that moment and at its highest within the
phase, and the lines that held most at the end of the biggest phase.

Usage: python bench/_match_digest.py STORE --dump out.jsonl [--workers 1] [--profile p.prof]
       [--memory [--tracemalloc]]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import resource
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching.update import recompute_all
from store import Store
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

TABLES = {
    "mx_matches": "record_id, other_id",
    "mx_features": "record_id",
    "mx_postings": "key, role, year, record_id",
    "dup_edges": "a, b",
    "dup_clusters": "record_id",
    "id_postings": "key, record_id",
    "title_postings": "key, record_id",
    "dup_features": "record_id",
}


def dump(store: Store, out: Path) -> dict[str, str]:
    """Every row of :data:`TABLES`, sorted, to ``out``; the SHA-256 of each table."""
    digests = {}
    with out.open("w", encoding="utf-8") as fh:
        for table, order in TABLES.items():
            h = hashlib.sha256()
            for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                line = json.dumps([table, *row], ensure_ascii=False) + "\n"
                h.update(line.encode())
                fh.write(line)
            digests[table] = h.hexdigest()[:16]
    return digests


def _rss() -> tuple[int, int, int]:
    """(VmRSS, RssAnon, RssFile) of this process in MB."""
    out = dict.fromkeys(("VmRSS", "RssAnon", "RssFile"), 0)
    with open("/proc/self/status") as fh:
        for line in fh:
            key = line.split(":", 1)[0]
            if key in out:
                out[key] = int(line.split()[1]) // 1024
    return out["VmRSS"], out["RssAnon"], out["RssFile"]


def _rss_json() -> str:
    rss, anon, file = _rss()
    return json.dumps({"rss": rss, "anon": anon, "file": file})


class PhaseMemory:
    """Resident memory (and traced Python memory) at the end of each phase of the recompute
    and its highest within the phase: wraps the functions of :mod:`matching.full`."""

    PHASES = ("_scan", "HeadIndex", "_match_all", "_dup_edges", "_write_clusters")

    def __init__(self, traced: bool) -> None:
        import matching.full as full

        self.traced = traced
        self.rows: list[dict[str, object]] = []
        self.top = 0
        self.snap: tracemalloc.Snapshot | None = None
        self.biggest = 0
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()
        for name in self.PHASES:
            setattr(full, name, self._wrap(name, getattr(full, name)))

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.top = max(self.top, _rss()[0])

    def _wrap(self, name: str, fn: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.top = _rss()[0]
            if self.traced:
                tracemalloc.reset_peak()
            out = fn(*args, **kwargs)
            rss, anon, file = _rss()
            row: dict[str, object] = {"phase": name, "rss": rss, "anon": anon, "file": file,
                                      "rss_top": max(self.top, rss)}  # fmt: skip
            if self.traced:
                now, peak = tracemalloc.get_traced_memory()
                row.update(traced=round(now / 2**20, 1), traced_top=round(peak / 2**20, 1))
                if now > self.biggest:
                    self.biggest, self.snap = now, tracemalloc.take_snapshot()
            self.rows.append(row)
            print("  phase", json.dumps(row), flush=True)
            return out

        return wrapped

    def report(self, top: int = 15) -> None:
        if self.snap is None:
            return
        print(f"  lines holding most at the end of the biggest phase ({self.biggest / 2**20:.1f}"
              " MB traced):")  # fmt: skip
        for stat in self.snap.statistics("lineno")[:top]:
            print(f"    {stat.size / 2**20:7.2f} MB {stat.count:>9} blocks  {stat.traceback}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store", type=Path)
    ap.add_argument("--dump", type=Path, required=True)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--profile", type=Path)
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--tracemalloc", action="store_true")
    args = ap.parse_args()
    if args.tracemalloc:
        tracemalloc.start(4)
    print("before the vocabulary", _rss_json())
    phases = PhaseMemory(args.tracemalloc) if args.memory or args.tracemalloc else None
    vocab = load_vocabulary([PROJECT_THESAURUS])
    print("vocabulary loaded", _rss_json())
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.sqlite"
        shutil.copyfile(args.store, copy)
        store = Store(copy)
        prof = cProfile.Profile(time.process_time) if args.profile else None
        c = time.process_time()
        if prof:
            prof.enable()
        recompute_all(store, vocab, workers=args.workers)
        if prof:
            prof.disable()
            prof.dump_stats(str(args.profile))
        cpu = time.process_time() - c
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        digests = dump(store, args.dump)
        store.close()
    if phases is not None:
        phases.report()
    print(
        json.dumps(
            {
                "cpu_main_s": round(cpu, 2),
                "cpu_children_s": round(ch.ru_utime + ch.ru_stime, 2),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                "tables": digests,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
