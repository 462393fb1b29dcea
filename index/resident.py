"""Keep the pages of an index's files that a writer has read out of the process's memory.

Where it sits: :class:`index.tantivy_.TantivyIndex` wraps each commit (which waits for the
segment merges it starts) in :class:`PageOutWhile`. tantivy reads its segment files through
``mmap``: a merge reads every segment it merges, and each page it touches counts as resident
memory of the harvest process (``RssFile``) until the mapping is dropped. Merges grow with the
index (tantivy's log merge policy merges eight segments of one size into one eight times
bigger; its Python binding cannot cap that), so a harvest's peak memory grew with the run:
+130 MB in the 80,000-document merge, over a gigabyte near 1,000,000 documents.

These pages are clean copies of files on disk, so giving them back loses nothing: the process
asks the kernel (``madvise(MADV_PAGEOUT)``, Linux 5.4+) to reclaim the pages of every mapping
of a file under the index directory, every :data:`INTERVAL` seconds while a commit runs and
once after it. The advice never changes what a mapping reads (a page read again comes back
from disk), and on anonymous memory it is at most a swap-out, so a mapping that changed under
our feet between reading ``/proc/self/maps`` and advising is harmless. Where the call does not
exist (other systems, older kernels), nothing happens.
"""

from __future__ import annotations

import ctypes
import functools
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from core.libc import function

MADV_PAGEOUT = 21  # linux/mman.h
INTERVAL = 0.2
"""Seconds between two passes while a commit runs (a merge reads ~100 MB/s here)."""


@functools.lru_cache(maxsize=1)
def _madvise() -> Any:
    fn = function("madvise")
    if fn is None:
        return None
    fn.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


def file_mappings(root: Path, maps: str = "/proc/self/maps") -> list[tuple[int, int]]:
    """``(start, end)`` of this process's mappings of files under ``root``."""
    prefix = str(root.resolve()) + "/"
    out: list[tuple[int, int]] = []
    try:
        with open(maps, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
    except OSError:
        return out
    for line in lines:
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith(prefix):
            start, _, end = parts[0].partition("-")
            out.append((int(start, 16), int(end, 16)))
    return out


def page_out(root: Path) -> int:
    """Ask the kernel to reclaim the resident pages of every mapping of a file under ``root``;
    return how many bytes of mappings were advised (0 where the call is missing)."""
    madvise = _madvise()
    if madvise is None:
        return 0
    advised = 0
    for start, end in file_mappings(root):
        if madvise(start, end - start, MADV_PAGEOUT) == 0:
            advised += end - start
    return advised


class PageOutWhile:
    """A context: :func:`page_out` every ``interval`` seconds in a thread while it lasts, and
    once at its end (``root`` None: does nothing)."""

    def __init__(self, root: Path | None, interval: float = INTERVAL) -> None:
        self.root = root
        self.interval = interval
        self.passes = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        assert self.root is not None
        while not self._stop.wait(self.interval):
            page_out(self.root)
            self.passes += 1

    def __enter__(self) -> PageOutWhile:
        if self.root is not None and _madvise() is not None:
            self._thread = threading.Thread(target=self._run, name="index-page-out", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        assert self.root is not None
        page_out(self.root)
        self.passes += 1
