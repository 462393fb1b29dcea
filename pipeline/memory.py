"""Give memory the process has freed back to the operating system.

Where it sits: the pipeline calls :func:`release_freed_memory` after each index commit. The
index writer's buffers (tantivy, in Rust, from several indexing threads) are freed at every
commit, but glibc keeps freed blocks in per-thread arenas: a long harvest's resident memory
grew by about 1.3 KB per record although nothing was alive (measured: 177 MB resident, 81 MB
after ``malloc_trim``). Trimming at each commit keeps a harvest's memory flat.
:func:`fewer_collections` keeps the garbage collector from walking a harvest's young objects
every 700 allocations.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from core.libc import fix_mmap_threshold, function

MMAP_THRESHOLD = 256 * 1024
"""Allocations from this size up get a mapping of their own (:func:`core.libc.
fix_mmap_threshold`), given back to the OS when freed: tantivy's indexing buffers (pages
of 1 MB), a page's response, the big lists and tables of a run. glibc's own threshold rises
as such blocks are freed, and a process that harvested one node then served them from its
arenas, fragmented by the run's smaller blocks: the next node's harvest peaked ~15-20 MB
higher for the same bytes in use (``bench_memory.py --nodes 4``, bench/README.md)."""


def fixed_mmap_threshold() -> bool:
    """Keep glibc's mmap threshold at :data:`MMAP_THRESHOLD` in this process (False where the
    C library has no such setting)."""
    return fix_mmap_threshold(MMAP_THRESHOLD)


def release_freed_memory() -> bool:
    """Return freed heap memory to the OS (glibc ``malloc_trim``); False where unavailable."""
    trim = function("malloc_trim")
    if trim is None:
        return False
    trim(0)
    return True


# A harvest allocates millions of short-lived objects (parsed pages, records, index documents)
# and almost no reference cycles: at CPython's default threshold (700 allocations) a 20,000
# record harvest ran ~815 young, ~73 middle and ~7 full collections that freed ~1,000 objects
# in all, 0.15-0.19 CPU-s of the harvest process; at this one, 14 young and 2 full, 0.045 s.
# Memory is the same: what a collection would free waits for a later one.
HARVEST_GC_THRESHOLD = (50_000, 10, 10)

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_saved: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the garbage collector's :data:`HARVEST_GC_THRESHOLD`, then give the
    process its threshold back (runs in several threads at once: the last one out restores)."""
    global _gc_depth, _gc_saved
    with _gc_lock:
        if _gc_depth == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(*HARVEST_GC_THRESHOLD)
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                gc.set_threshold(*_gc_saved)
