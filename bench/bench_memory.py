"""Memory of ``chm harvest`` as a run grows: is it flat from 100,000 to 1,000,000 records?

``chm harvest`` runs in a process of its own over N oai_dc records of the benchmark corpus
(``bench/_corpus.py``, served by ``bench/_feed.py`` in another process, as
``bench_opensearch.py`` does): tantivy index, vocabulary enrichment on, matching after the run
off (it has its own benchmark). Every second the resident memory of each process of chm's tree
(the harvest process and its mapping workers) is read from ``/proc/<pid>/status``: anonymous
memory (``RssAnon``: the heap, Python objects, tantivy's buffers) and file-backed pages
(``RssFile``: the mmapped index segments and SQLite pages the kernel may drop), with the
records stored so far (the store's newest change sequence). A line is printed every
``--every`` records (with the index's, the store's and its write-ahead log's sizes); at the
end the peaks (``VmHWM`` of the largest process, the tree's sampled total of ``VmRSS``, and of
``Pss`` from ``smaps_rollup``, which counts the pages the processes share once), the store and
its log with their largest tables and indexes (``dbstat``) and, per stretch of the run, how
much the harvest process grew per 100,000 records.

``--python-heap``: the harvest process also logs its Python heap (allocated blocks, objects the
garbage collector tracks) every two seconds (``bench/_traced.py``, cheap); ``--tracemalloc``
traces Python allocations too (several times slower) and writes a snapshot every ``--every``
records to ``bench/out/bench_memory-N/python/``; compare two with
``python bench/_traced.py --compare A.snap B.snap``.
``--fine``: every new peak of the harvest process (sampled every 10 ms inside it) with its
anonymous and file parts, glibc's heap in use and tantivy's live threads.
``--matching``: matching after the run on (the first run's full recompute, in the harvest
process, as in production and ``bench_harvest.py``).
``--at-matching``: what the harvest process holds when the first matching begins (its maps,
glibc's heap, Python's blocks, its threads; ``_traced.py``); ``--release-probe``: then what
each of a series of releases gives back, one after the other, before the matching runs.
``--per-run``: at each run's start and end, around its matching and every ``--every`` records
of a run, what the harvest process holds (``_traced.py``: its anonymous memory by glibc's thread
arenas, main heap and the rest, glibc's and Python's allocators, SQLite's heap, the lru caches'
sizes, tracked objects by type), in ``python/per_run.jsonl``: a node compared with the next at
the same records into the run.
``--env KEY=VALUE`` sets variables for the harvest process (e.g. ``MALLOC_ARENA_MAX=2``).
``--nodes K``: the records are split over K registered nodes (``bench-1`` .. ``bench-K``, one
feed listing each node's records at a path of its own: ``bench/_feed.py``), harvested one after
the other by one ``chm harvest bench-1 .. bench-K``, each run followed by its matching as in
production: a store of several nodes computes the duplicates' title features, which a one-node
store defers. ``--shared F``: the fraction of the corpus's bodies whose copies (a body repeats
every 100,000 records) go round the nodes, the cross-node duplicates (default 0.05); the
other bodies' copies stay in one node. At the end, each process of the tree with its peak
(``VmHWM``) and when it lived: the harvest process, its mapping workers, a first matching's
child. ``--recompute``: then ``chm match recompute`` on the store harvested, in a process of
its own, its peak and CPU time: the full recompute of every record at once (what a first
matching's child computes when a store's first run was small and the next brings the rest).

Usage: python bench/bench_memory.py [--count 300000] [--every 50000] [--env K=V]
       [--python-heap | --tracemalloc] [--fine] [--matching] [--at-matching [--release-probe]]
       [--map-workers N] [--nodes K [--shared F]] [--recompute]
       [--per-run] [--commit-every N] [--tag T] [--resume]
``--tag T`` names the run's folder and figures (two runs of one size side by side).
``--resume``: go on with the store a run of the same options left (stopped by the end of a
session, a crash): every node is harvested again from where its last run got (the feed
answers a finished node's records as unchanged), then, with ``--matching``, ``chm match
catch-up`` applies every change the stopped update had not (each of its chunks recorded how
far it got; a harvest that changes nothing starts no update). The figures are this
sitting's; the earlier sitting's are in its own output.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT, ROOT, _tree, machine, start_feed

PAGE_SIZE = 500
FIELDS = ("VmRSS", "VmHWM", "RssAnon", "RssFile")


def status(pid: int) -> dict[str, int]:
    """The memory lines of /proc/<pid>/status, in MB (empty once the process is gone)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                key = line.split(":", 1)[0]
                if key in FIELDS:
                    out[key] = int(line.split()[1]) // 1024
    except OSError:
        pass
    return out


def pss(pid: int) -> int:
    """Proportional set size in MB (pages shared with other processes divided among them;
    0 once the process is gone): the tree's sum of these counts a shared page once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def stored(db: Path) -> int:
    """Records stored so far (the newest change sequence; 0 before the store exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM records").fetchone()[0])
    except sqlite3.Error:
        return -1


def size_mb(path: Path) -> int:
    """Bytes under a path, in MB."""
    if path.is_file():
        return path.stat().st_size // 2**20
    total = 0
    for p in path.rglob("*"):
        try:
            total += p.stat().st_size if p.is_file() else 0
        except OSError:
            pass
    return total // 2**20


COUNTRIES = ("FR", "ES", "KE", "BR", "IN", "CA", "SN", "MX", "VN", "DE")


def node_ids(nodes: int) -> list[str]:
    """The registered nodes' ids: ``bench`` alone (as before the option), or ``bench-1`` ..
    ``bench-K``."""
    return ["bench"] if nodes == 1 else [f"bench-{j + 1}" for j in range(nodes)]


def nodes_toml(feed_url: str, nodes: int) -> str:
    """The ``[[nodes]]`` tables: one node on the feed, or node ``j`` on the feed's ``/j``."""
    out = []
    for j, nid in enumerate(node_ids(nodes)):
        url = feed_url if nodes == 1 else f"{feed_url}/{j}"
        out.append(f'[[nodes]]\nid = "{nid}"\nprotocol = "oai-pmh"\nurl = "{url}"\n'
                   f'country = "{COUNTRIES[j % len(COUNTRIES)]}"')  # fmt: skip
    return "\n".join(out)


def config(
    folder: Path,
    feed_url: str,
    workers: int | None,
    commit_every: int | None,
    matching: bool = False,
    nodes: int = 1,
) -> Path:
    """config.toml of one measured run (as bench_opensearch.py's tantivy run; with
    ``matching``, the first matching after the run too, as ``bench_harvest.py`` does), with
    ``nodes`` nodes (:func:`nodes_toml`)."""
    folder.mkdir(parents=True, exist_ok=True)
    harvest = ["[harvest]"]
    if workers is not None:
        harvest.append(f"map_workers = {workers}")
    if commit_every is not None:
        harvest.append(f"index_commit_every = {commit_every}")
    text = "\n".join([
        '[storage]\npath = "chm.sqlite"', '[index]\nbackend = "tantivy"\npath = "index"',
        "[security]\nallow_private_hosts = true  # the feed runs on 127.0.0.1",
        f"[matching]\nincremental = {'true' if matching else 'false'}",
        "\n".join(harvest),
        f'[vocabulary]\nfiles = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]',
        nodes_toml(feed_url, nodes),
    ])  # fmt: skip
    path = folder / "config.toml"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def run(args: argparse.Namespace) -> dict[str, Any]:
    """One harvest of ``args.count`` records, sampled every second."""
    nodes = f"-n{args.nodes}" if args.nodes > 1 else ""
    folder = OUT / f"bench_memory-{args.count}{nodes}{'-' + args.tag if args.tag else ''}"
    if not args.resume:
        shutil.rmtree(folder, ignore_errors=True)
    elif not (folder / "chm.sqlite").exists():
        raise SystemExit(f"--resume: no store in {folder} to go on with")
    feed, feed_url = start_feed("oai", args.count, PAGE_SIZE, args.nodes, args.shared)
    cfg = config(folder, feed_url, args.map_workers, args.commit_every, args.matching, args.nodes)
    cmd = [sys.executable, "-m", "cli.main", "--config", str(cfg), "harvest",
           *node_ids(args.nodes), "--json"]  # fmt: skip
    env = dict(os.environ)
    heap = folder / "python"
    if args.python_heap or args.tracemalloc or args.fine or args.at_matching or args.per_run:
        heap.mkdir(parents=True, exist_ok=args.resume)
        trace = ["--tracemalloc"] if args.tracemalloc else []
        trace += ["--fine"] if args.fine else []
        trace += ["--at-matching"] if args.at_matching else []
        trace += ["--release-probe"] if args.release_probe else []
        trace += ["--per-run"] if args.per_run else []
        if not (args.python_heap or args.tracemalloc):  # see _traced.watch
            trace.append("--no-gc-count")
        cmd[1:1] = [str(ROOT / "bench" / "_traced.py"), str(heap), str(folder / "chm.sqlite"),
                    str(args.every), *trace, "--"]  # fmt: skip
    for kv in args.env:
        key, _, value = kv.partition("=")
        env[key] = value
    db, index = folder / "chm.sqlite", folder / "index"
    samples: list[dict[str, Any]] = []
    lives: dict[int, Life] = {}
    peak_largest = peak_tree = peak_pss = 0
    next_line = args.every
    t0 = time.monotonic()
    cpu0 = os.times()
    # --resume: then the changes the stopped update had not applied (a harvest that changes
    # nothing starts no update)
    catch_up = [sys.executable, "-m", "cli.main", "--config", str(cfg), "match", "catch-up",
                "--json"]  # fmt: skip
    commands = [cmd, catch_up] if args.resume and args.matching else [cmd]
    out = ""
    try:
        for command in commands:
            proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
            while proc.poll() is None:
                procs = {pid: status(pid) for pid in _tree(proc.pid)}
                main = procs.get(proc.pid, {})
                others = [m for pid, m in procs.items() if pid != proc.pid and m]
                tree = sum(m.get("VmRSS", 0) for m in procs.values())
                tree_pss = sum(pss(pid) for pid in procs)
                peak_tree = max(peak_tree, tree)
                peak_pss = max(peak_pss, tree_pss)
                peak_largest = max([peak_largest] + [m.get("VmHWM", 0) for m in procs.values()])
                n = stored(db)
                t = round(time.monotonic() - t0, 1)
                for pid, m in procs.items():
                    if m:
                        life = lives.get(pid) or lives.setdefault(pid, Life(pid, t, n))
                        life.seen(t, n, m)
                sample = {"t": t, "records": n, "tree": tree,
                          "tree_pss": tree_pss, "main": main,
                          "workers": [m.get("VmRSS", 0) for m in others]}  # fmt: skip
                samples.append(sample)
                if n >= next_line:
                    next_line = (n // args.every + 1) * args.every
                    wal = db.with_name(db.name + "-wal")
                    print(f"{n:>9,} records {sample['t']:>7.0f} s | harvest RSS {main.get('VmRSS')}"
                          f" MB (anon {main.get('RssAnon')}, file {main.get('RssFile')}), HWM "
                          f"{main.get('VmHWM')} | workers {sample['workers']} | tree {tree} MB"
                          f" (PSS {tree_pss}) | "
                          f"index {size_mb(index)} MB, store {size_mb(db)} MB, wal "
                          f"{size_mb(wal) if wal.exists() else 0} MB", flush=True)  # fmt: skip
                time.sleep(1.0)
            text = proc.stdout.read() if proc.stdout else ""
            if command is cmd:
                out = text  # (the harvest's summary)
            elif text.strip():
                print("catch-up:", text.strip().splitlines()[-1], flush=True)
    finally:
        if proc.poll() is None:
            proc.terminate()
        feed.terminate()
        feed.wait(10)
    cpu1 = os.times()
    summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
    figures = {
        "count": args.count, "env": args.env, "status": summary.get("status"),
        "added": summary.get("added"), "seconds": round(time.monotonic() - t0),
        "cpu_s_tree": round(cpu1.children_user + cpu1.children_system
                            - cpu0.children_user - cpu0.children_system, 1),
        "peak_largest_mb": peak_largest, "peak_tree_mb": peak_tree,
        "peak_tree_pss_mb": peak_pss, "nodes": args.nodes, "shared": args.shared,
        "processes": [life.to_dict() for life in lives.values()], "samples": samples,
    }  # fmt: skip
    print(f"status {figures['status']}, {figures['added']} added, {figures['seconds']} s wall, "
          f"{figures['cpu_s_tree']} CPU-s (user+sys, chm's tree and the feed)")  # fmt: skip
    print(
        f"peak: largest process {peak_largest} MB (VmHWM), tree {peak_tree} MB (sum of VmRSS,"
        f" sampled; {peak_pss} MB as the sum of PSS, shared pages counted once)"
    )
    for life in lives.values():
        print("  " + life.line())
    figures["store"] = store_tables(db)
    print(store_line(figures["store"]))
    if args.recompute:
        figures["recompute"] = recompute(cfg, env)
    growth(samples, args.every)
    if (heap / "python.jsonl").exists():
        python_heap(heap / "python.jsonl", args.every)
    if (heap / "fine.jsonl").exists():
        fine_peaks(heap / "fine.jsonl")
    if (heap / "at_matching.jsonl").exists():
        for line in (heap / "at_matching.jsonl").read_text().splitlines():
            print("  at matching:", line[:1500])
    return figures


def recompute(cfg: Path, env: dict[str, str]) -> dict[str, Any]:
    """``chm match recompute`` on the harvested store: wall, CPU (its tree), peak of its
    largest process (``VmHWM``) and of its tree (sum of ``VmRSS``, sampled every second)."""
    cmd = [sys.executable, "-m", "cli.main", "--config", str(cfg), "match", "recompute", "--json"]
    t0, cpu0 = time.monotonic(), os.times()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    largest = tree = 0
    try:
        while proc.poll() is None:
            procs = [status(pid) for pid in _tree(proc.pid)]
            largest = max([largest] + [m.get("VmHWM", 0) for m in procs])
            tree = max(tree, sum(m.get("VmRSS", 0) for m in procs))
            time.sleep(1.0)
        out = proc.stdout.read() if proc.stdout else ""
    finally:
        if proc.poll() is None:
            proc.terminate()
    cpu1 = os.times()
    got = {"status": proc.returncode, "seconds": round(time.monotonic() - t0),
           "cpu_s": round(cpu1.children_user + cpu1.children_system
                          - cpu0.children_user - cpu0.children_system, 1),
           "peak_largest_mb": largest, "peak_tree_mb": tree,
           "summary": out.strip().splitlines()[-1] if out.strip() else ""}  # fmt: skip
    print(
        f"chm match recompute: exit {got['status']}, {got['seconds']} s wall, {got['cpu_s']}"
        f" CPU-s, peak {largest} MB (VmHWM), tree {tree} MB | {got['summary'][:300]}"
    )
    return got


def store_tables(db: Path) -> dict[str, Any]:
    """The store's file and write-ahead log at the end (MB), and its tables' and indexes'
    pages by name (SQLite's ``dbstat``), largest first."""
    wal = db.with_name(db.name + "-wal")
    out: dict[str, Any] = {
        "store_mb": size_mb(db) if db.exists() else 0,
        "wal_mb": size_mb(wal) if wal.exists() else 0,
        "tables_mb": {},
    }
    if db.exists():
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60) as conn:
            rows = conn.execute(
                "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
            ).fetchall()
        out["tables_mb"] = {name: round(size / 2**20, 1) for name, size in rows}
    return out


def store_line(got: dict[str, Any], top: int = 12) -> str:
    """One line: the store, its log, its largest tables and indexes."""
    tables = ", ".join(f"{n} {mb:.0f}" for n, mb in list(got["tables_mb"].items())[:top])
    return f"store {got['store_mb']} MB + wal {got['wal_mb']} MB at the end; MB by table: {tables}"


class Life:
    """One process of the tree as sampled: what it is, when it lived (seconds and records
    stored), its peak (``VmHWM``, the kernel's own maximum, so a peak between two samples
    counts) and its largest sampled ``VmRSS``."""

    def __init__(self, pid: int, t: float, records: int) -> None:
        self.pid, self.first, self.last = pid, t, t
        self.records = (records, records)
        self.hwm = self.rss = 0
        self.what = what(pid)

    def seen(self, t: float, records: int, memory: dict[str, int]) -> None:
        """One more sample of the process alive."""
        self.last, self.records = t, (self.records[0], records)
        self.hwm = max(self.hwm, memory.get("VmHWM", 0))
        self.rss = max(self.rss, memory.get("VmRSS", 0))

    def line(self) -> str:
        return (f"{self.what:<28} pid {self.pid:<7} {self.first:>6.0f}-{self.last:<6.0f} s,"
                f" records {self.records[0]:>9,} -> {self.records[1]:>9,}: peak {self.hwm} MB"
                f" (VmHWM), sampled RSS up to {self.rss} MB")  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {"pid": self.pid, "what": self.what, "first_s": self.first, "last_s": self.last,
                "records": list(self.records), "peak_mb": self.hwm, "rss_mb": self.rss}  # fmt: skip


def what(pid: int) -> str:
    """What a process of chm's tree is, from its command line (its name for a child whose
    ``multiprocessing`` name is set, e.g. the first matching's)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"
    if "cli.main" in cmdline:
        return "harvest (chm harvest)"
    if "resource_tracker" in cmdline:
        return "resource tracker"
    if "spawn_main" in cmdline:
        return f"spawned child ({comm})"
    return f"child ({comm})"


def growth(samples: list[dict[str, Any]], every: int) -> None:
    """Anonymous memory of the harvest process per stretch of ``every`` records."""
    marks: list[tuple[int, int, int]] = []
    for s in samples:
        n, anon = s["records"], s["main"].get("RssAnon")
        if anon is None or n <= 0:
            continue
        if not marks or n >= marks[-1][0] + every:
            marks.append((n, anon, s["main"].get("RssFile", 0)))
    for (n0, a0, f0), (n1, a1, f1) in itertools.pairwise(marks):
        per = 100_000 / max(1, n1 - n0)
        print(f"  {n0:>9,} -> {n1:>9,}: anon {a1 - a0:+} MB ({(a1 - a0) * per:+.0f} MB per "
              f"100k), file {f1 - f0:+} MB")  # fmt: skip


def python_heap(log: Path, every: int) -> None:
    """The harvest process's Python heap at every ``every`` records (``_traced.py``'s log)."""
    rows = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    mark = every
    for row in rows:
        if row["records"] >= mark:
            objects = row.get("gc_objects")
            print(
                f"  python heap at {row['records']:>9,} records: {row['blocks']:,} blocks"
                + (f", {objects:,} gc-tracked objects" if objects is not None else "")
            )
            mark = (row["records"] // every + 1) * every


def fine_peaks(log: Path, step: int = 10) -> None:
    """The harvest process's new resident peaks (``--fine``, sampled every 10 ms), one line
    per ``step`` MB climbed: its anonymous and file parts, glibc's heap and tantivy's threads."""
    rows = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    last = 0
    for i, row in enumerate(rows):
        if row["rss"] >= last + step or i == len(rows) - 1:
            last = row["rss"]
            print(f"  new peak {row['rss']} MB at {row['records']:,} records: anon {row['anon']}"
                  f", file {row['file']}, malloc in use {row['malloc_used']} / held "
                  f"{row['malloc_held']} MB, {row['py_blocks']:,} Python blocks, threads "
                  f"{row['threads']}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=300_000)
    ap.add_argument("--every", type=int, default=50_000)
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--python-heap", action="store_true")
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--fine", action="store_true")
    ap.add_argument("--matching", action="store_true")
    ap.add_argument("--at-matching", action="store_true")
    ap.add_argument("--release-probe", action="store_true")
    ap.add_argument("--per-run", action="store_true")
    ap.add_argument("--map-workers", type=int, default=None)
    ap.add_argument("--commit-every", type=int, default=None)
    ap.add_argument("--nodes", type=int, default=1)
    ap.add_argument("--shared", type=float, default=0.05)
    ap.add_argument("--recompute", action="store_true")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--tag", default="")
    args = ap.parse_args()
    print(machine())
    figures = run(args)
    OUT.mkdir(parents=True, exist_ok=True)
    nodes = f"-n{args.nodes}" if args.nodes > 1 else ""
    name = f"bench_memory-{args.count}{nodes}{'-' + args.tag if args.tag else ''}.json"
    (OUT / name).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
