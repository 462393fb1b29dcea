"""Dump, digest and profile a full matching recompute, to compare code before and after.

Runs ``recompute_all`` on a copy of a store (e.g. the corpus store ``bench_matching.py
--first-run`` harvests into ``bench/out/matching-first-run-N/chm.sqlite``), then writes every
row of the derived matching tables, sorted, to ``--dump`` (one JSON line per row) and prints
the SHA-256 of each table (``dup_features`` by its rows' dicts, packed or not). Two dumps of
the same store made by two versions of the code must be byte-identical (``cmp``). ``--profile
FILE`` also writes a cProfile (CPU time) of the recompute. ``--memory`` prints, at the end of
each phase of the recompute (the pass over the records, the heads of the posting lists,
matching, the duplicate edges, the clusters), the process's resident memory and its highest
within the phase (sampled every 20 ms); with ``--tracemalloc`` also the Python memory traced at
that moment and at its highest within the phase, and the lines that held most at the end of the
biggest phase. ``--every S`` prints a line every S seconds: the phase running, resident memory
(anonymous, file), Python's allocated blocks, glibc's heap in use and held, SQLite's memory in
use and its high-water mark (of every connection of the process), and the traced Python memory
with ``--tracemalloc``: what grows, Python objects or C memory. ``--snapshots DIR`` (with
``--tracemalloc``) also writes a snapshot at each line, to compare two with ``python
bench/_traced.py --compare A.snap B.snap``.

Usage: python bench/_match_digest.py STORE --dump out.jsonl [--workers 1] [--profile p.prof]
       [--memory [--tracemalloc] [--every S [--snapshots DIR]]]
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import hashlib
import json
import resource
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
import zlib
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
                if table == "dup_features":  # its dict, however the row holds it
                    row = (row[0], _features_data(row[1]))
                line = json.dumps([table, *row], ensure_ascii=False) + "\n"
                h.update(line.encode())
                fh.write(line)
            digests[table] = h.hexdigest()[:16]
    return digests


def _features_data(data: bytes | str) -> Any:
    """A ``dup_features`` row's dict: from its packed bytes (``matching.store.pack``) or the
    JSON text rows were before, so that dumps of both layouts compare."""
    return json.loads(zlib.decompress(data) if isinstance(data, bytes) else data)


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


def _sqlite_mb() -> tuple[float, float]:
    """(bytes in use, high-water mark) of SQLite's allocator in this process, in MB ((0, 0)
    when the library is not reachable by name)."""
    try:
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        return 0.0, 0.0
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    return lib.sqlite3_memory_used() / 2**20, lib.sqlite3_memory_highwater(0) / 2**20


class PhaseMemory:
    """Resident memory (and traced Python memory) at the end of each phase of the recompute
    and its highest within the phase: wraps the functions of :mod:`matching.full`."""

    PHASES = ("_scan", "HeadIndex", "_match_all", "_dup_edges", "_write_clusters")

    def __init__(self, traced: bool, every: float = 0.0, snapshots: Path | None = None) -> None:
        import matching.full as full

        self.traced = traced
        self.phase = "-"
        self.t0 = time.monotonic()
        self.snapshots = snapshots
        self.rows: list[dict[str, object]] = []
        self.top = 0
        self.snap: tracemalloc.Snapshot | None = None
        self.biggest = 0
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()
        if every > 0:
            threading.Thread(target=self._timeline, args=(every,), daemon=True).start()
        for name in self.PHASES:
            setattr(full, name, self._wrap(name, getattr(full, name)))

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.top = max(self.top, _rss()[0])

    def _timeline(self, every: float) -> None:
        from bench._traced import _heap_mb

        n = 0
        while not self._stop.wait(every):
            rss, anon, file = _rss()
            used, held = _heap_mb()
            lite, lite_top = _sqlite_mb()
            row = {"t": round(time.monotonic() - self.t0), "phase": self.phase, "rss": rss,
                   "anon": anon, "file": file, "py_blocks": sys.getallocatedblocks(),
                   "malloc_used": round(used, 1), "malloc_held": round(held, 1),
                   "sqlite": round(lite, 1), "sqlite_top": round(lite_top, 1)}  # fmt: skip
            if self.traced:
                row["traced"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
                if self.snapshots is not None:
                    n += 1
                    self.snapshots.mkdir(parents=True, exist_ok=True)
                    tracemalloc.take_snapshot().dump(str(self.snapshots / f"{n:04d}.snap"))
            print("  every", json.dumps(row), flush=True)

    def _wrap(self, name: str, fn: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.phase = name
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
            self.phase = f"after {name}"
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
    ap.add_argument("--every", type=float, default=0.0)
    ap.add_argument("--snapshots", type=Path)
    args = ap.parse_args()
    if args.tracemalloc:
        tracemalloc.start(4)
    print("before the vocabulary", _rss_json())
    watched = args.memory or args.tracemalloc or args.every > 0
    phases = PhaseMemory(args.tracemalloc, args.every, args.snapshots) if watched else None
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
