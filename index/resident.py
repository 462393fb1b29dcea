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

The same context also hands freed heap back (``trim``: glibc's ``malloc_trim``): ``commit``
frees the indexing threads' buffers before the merges it starts run, and glibc keeps the
freed blocks in its per-thread arenas. Measured in a 100,000-record harvest at the
80,000-record merge: resident 307 MB, of which 80 MB were index file pages read between two
page-out passes and ~125 MB heap that glibc held free (``mallinfo2``: 75 MB in use, 200 MB
held). :meth:`PageOutWhile.trim_now` (called as ``commit`` returns) and
every :data:`TRIM_EVERY` passes of the thread give that back while the merges run, instead of
after them.
"""

from __future__ import annotations

import ctypes
import functools
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from core.libc import function, malloc_trim

MADV_PAGEOUT = 21  # linux/mman.h
INTERVAL = 0.025
"""Seconds between two passes while a commit runs. What a merge reads between two passes is
what the process holds at its peak: the 80,000-record merge of a harvest read 36 MB of
index files within 50 ms (pages already in the page cache fault in at memory speed), so a
pass every 0.2 s let the file pages reach 80 MB."""
TRIM_EVERY = 40
"""Passes between two ``malloc_trim`` calls while a commit runs (with ``trim``): once a second."""


@functools.lru_cache(maxsize=1)
def _madvise() -> Any:
    fn = function("madvise")
    if fn is None:
        return None
    fn.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


def trim_freed() -> bool:
    """Hand heap that glibc holds free back to the OS (``malloc_trim``; False where there is
    no such call: another C library)."""
    return malloc_trim()


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
    once at its end (``root`` None: does nothing). With ``trim``, also :func:`trim_freed`
    every :data:`TRIM_EVERY` passes and when :meth:`trim_now` is called."""

    def __init__(self, root: Path | None, interval: float = INTERVAL, trim: bool = False) -> None:
        self.root = root
        self.interval = interval
        self.trim = trim
        self.passes = 0
        self.trims = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        assert self.root is not None
        while not self._stop.wait(self.interval):
            page_out(self.root)
            self.passes += 1
            if self.trim and self.passes % TRIM_EVERY == 0:
                self.trim_now()

    def trim_now(self) -> None:
        """Hand freed heap back now (with ``trim`` and a root; else nothing)."""
        if self.trim and self.root is not None and trim_freed():
            self.trims += 1

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
