"""Run a Python module while watching its Python heap as a harvest's store grows.

``python bench/_traced.py OUTDIR STORE EVERY [--tracemalloc] -- -m cli.main ...``: every two
seconds, appends to OUTDIR/python.jsonl the records stored so far (STORE's newest change
sequence) and the Python heap (``sys.getallocatedblocks()``, objects tracked by the garbage
collector): cheap enough for a full-speed run. With ``--tracemalloc`` it also traces Python
allocations (10 frames; several times slower) and writes OUTDIR/<records>.snap each time the
store passes another EVERY records. Then it runs the module as ``python -m`` would. Used by
``bench_memory.py --python-heap`` / ``--tracemalloc``.

``--fine``: a second thread reads ``/proc/self/status`` every 10 ms and appends to
OUTDIR/fine.jsonl each time the process's resident memory passes its highest so far by 2 MB:
the anonymous and file parts at that moment, glibc's heap (``mallinfo2``: bytes handed out by
``malloc``, where tantivy's Rust buffers and lxml/SQLite live; Python's small objects are in
its own arenas, outside it), Python's allocated blocks, and which of tantivy's threads
(``/proc/self/task/*/comm``: indexing, merge, segment updater) were alive: what the process
was doing when it reached each new peak.

``--at-matching``: when the first matching begins (``matching.apart.recompute_first``), appends to
OUTDIR/at_matching.jsonl what the process holds: ``/proc/self/smaps`` summed by mapping (the
heap, other anonymous maps, each file), glibc's heap in use and held, Python's allocated
blocks and the live threads; then, with ``--release-probe``, what each of a series of
releases gives back (a collection, ``malloc_trim``, the lookup caches emptied), each measured
after the one before (the matching then runs on what is left).

``--per-run``: at each harvest run's start and end (``pipeline.run.HarvestRun``), before and
after its matching and every EVERY records of the run (from the committing thread), appends to
OUTDIR/per_run.jsonl what the process holds: as ``--at-matching`` (glibc's per-thread arenas,
64 MB-aligned, counted apart from the other anonymous maps), plus Python's allocator
(``sys._debugmallocstats``), SQLite's own heap, the lru caches' sizes and the objects the
collector tracks by type: one node compared with the next at the same records into the run.

``python bench/_traced.py --compare A.snap B.snap [--top 25]``: the allocations that grew most
from A to B, by line and by traceback.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import runpy
import sqlite3
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any


def watch(out: Path, db: Path, every: int, snapshots: bool, count_objects: bool = True) -> None:
    """Log the Python heap every two seconds; a snapshot each ``every`` records when tracing."""
    mark = every
    stored = _Stored(db)
    while True:
        time.sleep(2.0)
        n = stored.count()
        if n < 0:
            continue
        # gc.get_objects() hands out every tracked object, a tuple still being built by
        # another thread included: its resize then fails (SystemError in the harvest, seen
        # once in a --fine run); only asked for with --python-heap / --tracemalloc
        blocks = sys.getallocatedblocks()
        objects = len(gc.get_objects()) if count_objects else None
        row = {"records": n, "blocks": blocks, "gc_objects": objects}
        with open(out / "python.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")
        if snapshots and n >= mark:
            tracemalloc.take_snapshot().dump(str(out / f"{n:09d}.snap"))
            mark = (n // every + 1) * every


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]  # fmt: skip


def _heap_mb() -> tuple[float, float]:
    """(bytes in use, bytes held) of glibc's malloc, in MB ((0, 0) without ``mallinfo2``)."""
    fn = getattr(ctypes.CDLL(None), "mallinfo2", None)
    if fn is None:
        return 0.0, 0.0
    fn.restype = _MallInfo2
    m = fn()
    return (m.uordblks + m.hblkhd) / 2**20, (m.arena + m.hblkhd) / 2**20


def _threads() -> dict[str, int]:
    """tantivy's live threads by kind (name up to its first digit)."""
    out: dict[str, int] = {}
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/comm") as fh:
                name = fh.read().strip().rstrip("0123456789_")
        except OSError:
            continue
        if "tantivy" in name or "merge" in name or "segment" in name or "page-out" in name:
            out[name] = out.get(name, 0) + 1
    return out


class _Stored:
    """Records stored so far (the newest change sequence; -1 when the store cannot be read),
    through one read-only connection kept open: a connection opened every time allocated
    and freed SQLite's buffers in this thread's malloc arena, which re-touched the pages
    the harvest process had just handed back (``malloc_trim``) and showed in its resident
    memory (~10 MB over a matching child's wait) where chm itself allocated nothing."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.conn: sqlite3.Connection | None = None

    def count(self) -> int:
        try:
            if self.conn is None:
                self.conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=1)
            conn = self.conn
            row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM records").fetchone()
            return int(row[0])
        except sqlite3.Error:
            self.conn = None
            return -1


class _Status:
    """``/proc/self/status`` read into one buffer through a descriptor kept open: sampling
    it every 10 ms allocates nothing from glibc (a file object and its decoded text did,
    100 times a second, in this thread's arena: see :class:`_Stored`)."""

    KEYS = (b"VmRSS:", b"RssAnon:", b"RssFile:")

    def __init__(self) -> None:
        self.fd = os.open("/proc/self/status", os.O_RDONLY)
        self.buf = bytearray(16384)
        self.view = memoryview(self.buf)

    def read(self) -> tuple[int, int, int]:
        """(VmRSS, RssAnon, RssFile) in MB."""
        n = os.preadv(self.fd, [self.view], 0)
        out = []
        for key in self.KEYS:
            at = self.buf.find(key, 0, n)
            if at < 0:
                out.append(0)
                continue
            end = self.buf.find(b" kB", at, n)
            out.append(int(self.buf[at + len(key) : end]) // 1024)
        return out[0], out[1], out[2]


def fine(out: Path, db: Path) -> None:
    """Log every new resident peak (2 MB steps) with what made it, sampled every 10 ms."""
    top = 0
    status, stored = _Status(), _Stored(db)
    while True:
        time.sleep(0.01)
        rss, anon, file = status.read()
        if rss < top + 2:
            continue
        top = rss
        used, held = _heap_mb()
        n = stored.count()
        row = {"t": round(time.monotonic(), 2), "records": n, "rss": top,
               "anon": anon, "file": file,
               "malloc_used": round(used, 1), "malloc_held": round(held, 1),
               "py_blocks": sys.getallocatedblocks(), "threads": _threads()}  # fmt: skip
        with open(out / "fine.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")


def _smaps() -> dict[str, Any]:
    """Resident kB of this process by mapping: the heap, other anonymous maps (how many, and
    how many of glibc's per-thread arenas' 64 MB size), each file (by name), and the totals."""
    by: dict[str, int] = {}
    anon_maps = arena_maps = 0
    name, size = "", 0
    with open("/proc/self/smaps") as fh:
        for line in fh:
            head = line.split()
            if "-" in head[0] and not head[0].endswith(":"):
                lo, hi = (int(x, 16) for x in head[0].split("-"))
                size = (hi - lo) // 1024
                name = head[5] if len(head) > 5 else ""
                if not name:
                    anon_maps += 1
                    arena_maps += size in (65536, 65532, 131072)
            elif head[0] == "Rss:":
                key = name or "[anon]"
                if not name and lo % 2**26 == 0:  # glibc's per-thread arenas: 64 MB aligned
                    key = "[anon: glibc thread arenas]"
                if not key.startswith("["):
                    key = key.rsplit("/", 2)[-2] + "/" + Path(key).name
                by[key] = by.get(key, 0) + int(head[1])
    top = dict(sorted(by.items(), key=lambda kv: -kv[1])[:25])
    return {"rss_kb_by_map": top, "anon_maps": anon_maps, "arena_sized_maps": arena_maps}


def _state(step: str) -> dict[str, Any]:
    mem: dict[str, int] = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key = line.split(":", 1)[0]
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                mem[key] = int(line.split()[1]) // 1024
    used, held = _heap_mb()
    threads = sorted(
        Path(f"/proc/self/task/{t}/comm").read_text().strip() for t in os.listdir("/proc/self/task")
    )
    return {"step": step, "t": round(time.monotonic(), 2), **mem,
            "malloc_used": round(used, 1), "malloc_held": round(held, 1),
            "py_blocks": sys.getallocatedblocks(), "threads": threads}  # fmt: skip


def _release_steps() -> list[tuple[str, Any]]:
    import functools

    def collect() -> dict[str, Any]:
        return {"collected": gc.collect()}

    def trim() -> dict[str, Any]:
        ctypes.CDLL(None).malloc_trim(0)
        return {}

    def caches() -> dict[str, Any]:
        sizes: dict[str, int] = {}
        gc.unfreeze()  # the caches were frozen with the loaded modules (cli/harvest.py)
        for obj in gc.get_objects():
            if isinstance(obj, functools._lru_cache_wrapper):
                n = obj.cache_info().currsize
                if n:
                    name = getattr(obj, "__name__", "?")
                    sizes[f"{obj.__module__}.{name}"] = n
                obj.cache_clear()
        return {"sizes": sizes}

    def memos() -> dict[str, Any]:
        sizes: dict[str, int] = {}
        for obj in gc.get_objects():
            try:
                attrs = vars(obj)
            except TypeError:
                continue
            if not isinstance(attrs, dict):
                continue
            for attr, memo in list(attrs.items()):
                if "memo" in attr and isinstance(memo, dict) and memo:
                    sizes[f"{type(obj).__qualname__}.{attr}"] = len(memo)
                    memo.clear()
        return {"sizes": sizes}

    return [("gc.collect", collect), ("malloc_trim", trim), ("lru caches", caches),
            ("memos", memos), ("gc.collect 2", collect), ("malloc_trim 2", trim)]  # fmt: skip


def at_matching(out: Path, probe: bool) -> None:
    """Wrap the first matching's entry: log what the process holds, then (``probe``) what
    each release gives back."""
    import importlib

    try:  # the first matching's entry (in a child process of its own when large)
        module, name = importlib.import_module("matching.apart"), "recompute_first"
    except ImportError:  # code before it: the recompute in this process
        module, name = importlib.import_module("matching.full"), "recompute"
    inner = getattr(module, name)

    def recompute(*args: Any, **kwargs: Any) -> Any:
        rows = [{**_state("begin"), **_smaps()}]
        for step, fn in _release_steps() if probe else []:
            info = fn()
            rows.append({**_state(step), **info})
        rows.append(_smaps())
        with open(out / "at_matching.jsonl", "a", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
        result = inner(*args, **kwargs)
        with open(out / "at_matching.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(_state("end")) + "\n")
        return result

    setattr(module, name, recompute)


def _sqlite_memory() -> dict[str, float]:
    """SQLite's own heap (``sqlite3_memory_used`` and its high-water mark), MB."""
    try:
        import _sqlite3

        lib = None
        with open("/proc/self/maps") as fh:
            for line in fh:
                if "libsqlite3" in line:
                    lib = ctypes.CDLL(line.split()[-1])
                    break
        if lib is None:
            lib = ctypes.CDLL(_sqlite3.__file__)
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        lib.sqlite3_memory_highwater.restype = ctypes.c_int64
        return {"sqlite_used": round(lib.sqlite3_memory_used() / 2**20, 1),
                "sqlite_hwm": round(lib.sqlite3_memory_highwater(0) / 2**20, 1)}  # fmt: skip
    except (OSError, AttributeError):
        return {}


def _lru_sizes() -> dict[str, int]:
    """Entries of every ``functools.lru_cache`` reachable from a module or its classes."""
    import functools

    out: dict[str, int] = {}
    for name, mod in list(sys.modules.items()):
        if mod is None or name.split(".")[0] not in _OWN:
            continue
        for attr, obj in list(vars(mod).items()):
            objs = [(attr, obj)]
            if isinstance(obj, type):
                objs = [(f"{attr}.{a}", getattr(o, "__func__", o)) for a, o in vars(obj).items()]
            for label, o in objs:
                if isinstance(o, functools._lru_cache_wrapper):
                    n = o.cache_info().currsize
                    if n:
                        out[f"{name}.{label}"] = n
    return dict(sorted(out.items(), key=lambda kv: -kv[1])[:20])


_OWN = {"cli", "core", "harvesters", "index", "mappings", "matching", "ops", "pipeline",
        "store", "vocabulary", "search_api", "registration"}  # fmt: skip


def _python_arenas() -> dict[str, float]:
    """Python's own allocator (``sys._debugmallocstats``, read back from a temporary file):
    its arenas in MB, the bytes in blocks handed out, free in its pools, and the rest."""
    import tempfile

    wanted = {"# arenas allocated current": "arenas", "# bytes in allocated blocks": "used",
              "# bytes in available blocks": "free_blocks",
              "# bytes in unused pools": "unused_pools",
              "# bytes lost to quantization": "quantization", "Total": "total"}  # fmt: skip
    out: dict[str, float] = {}
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(2)
        try:
            sys.stderr.flush()
            os.dup2(tmp.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        for line in tmp.read().decode(errors="replace").splitlines():
            label, _, value = line.partition("=")
            name = wanted.get(label.strip())
            if name and value.strip() and name not in out:  # the first Total: the arenas
                number = int(value.strip().replace(",", ""))
                out[name] = number if name == "arenas" else round(number / 2**20, 1)
    return out


def _types(top: int = 25) -> dict[str, int]:
    """Objects the collector tracks (the frozen ones excepted), by type, most first."""
    from collections import Counter

    count = Counter(type(o).__qualname__ for o in gc.get_objects())
    return dict(count.most_common(top))


def per_run(out: Path, every: int) -> None:
    """Log what the process holds at each run's start and end, before and after its
    matching, and every ``every`` records within a run (from the committing thread)."""
    import importlib

    module = importlib.import_module("pipeline.run")
    cls = module.HarvestRun
    execute, update, commit = cls.execute, cls._update_matching, cls._commit

    def log(step: str, run: Any, full: bool = True) -> None:
        row = {**_state(step), "node": run.node.id, "in_run": run.summary.records,
               **_sqlite_memory(), "lru": _lru_sizes(),
               "modules": len(sys.modules)}  # fmt: skip
        if full:
            row.update(_smaps())
            row["types"] = _types()
            row["pymalloc"] = _python_arenas()
        with open(out / "per_run.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")

    def wrapped_execute(self: Any) -> Any:
        log("run begins", self)
        self._probe_mark = every
        result = execute(self)
        log("run ends", self)
        return result

    def wrapped_update(self: Any, before: int) -> Any:
        log("matching begins", self, False)
        result = update(self, before)
        log("matching ends", self)
        return result

    def wrapped_commit(self: Any, *args: Any) -> Any:
        result = commit(self, *args)
        mark = getattr(self, "_probe_mark", every)
        if self.summary.records >= mark:
            self._probe_mark = (self.summary.records // every + 1) * every
            log(f"at {self.summary.records}", self)
        return result

    cls.execute, cls._update_matching, cls._commit = (
        wrapped_execute, wrapped_update, wrapped_commit)  # fmt: skip


def compare(a: str, b: str, top: int) -> None:
    """Print what grew most between two snapshots."""
    flt = [tracemalloc.Filter(False, tracemalloc.__file__)]
    s1 = tracemalloc.Snapshot.load(a).filter_traces(flt)
    s2 = tracemalloc.Snapshot.load(b).filter_traces(flt)
    total = sum(st.size for st in s2.statistics("filename")) / 2**20
    print(f"traced in {b}: {total:.1f} MB")
    for stat in s2.compare_to(s1, "lineno")[:top]:
        print(f"{stat.size_diff / 2**20:+8.2f} MB {stat.count_diff:+9} blocks  {stat.traceback}")
    print("\nby traceback:")
    for stat in s2.compare_to(s1, "traceback")[:5]:
        print(f"{stat.size_diff / 2**20:+8.2f} MB")
        for line in stat.traceback.format()[-12:]:
            print("   ", line)


def main() -> None:
    if sys.argv[1] == "--compare":
        top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
        compare(sys.argv[2], sys.argv[3], top)
        return
    out, db, every = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    own, rest = sys.argv[4 : sys.argv.index("--")], sys.argv[sys.argv.index("--") + 1 :]
    assert rest[0] == "-m", "only -m MODULE is supported"
    snapshots = "--tracemalloc" in own
    if snapshots:
        tracemalloc.start(10)
    count = "--no-gc-count" not in own
    threading.Thread(target=watch, args=(out, db, every, snapshots, count), daemon=True).start()
    if "--fine" in own:
        threading.Thread(target=fine, args=(out, db), daemon=True, name="bench-fine").start()
    sys.argv = [rest[1], *rest[2:]]
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if "--at-matching" in own:
        at_matching(out, "--release-probe" in own)
    if "--per-run" in own:
        per_run(out, every)
    runpy.run_module(rest[1], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
