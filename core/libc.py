"""The C library of this process, for the few calls chm makes to it directly.

Used to hand memory back to the operating system (``malloc_trim`` in
:mod:`pipeline.memory`, ``madvise`` in :mod:`index.resident`). Where there is no loadable C
library (or not the call wanted), callers do nothing: these calls only save memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def libc() -> Any:
    """The loaded C library (``errno`` kept for ``ctypes.get_errno``), or None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def function(name: str) -> Any:
    """A function of the C library by name, or None (no library, or not this one's call:
    ``malloc_trim`` is glibc's, not musl's or macOS's)."""
    lib = libc()
    return getattr(lib, name, None) if lib is not None else None


def malloc_trim() -> bool:
    """Hand heap memory the process has freed back to the OS (glibc ``malloc_trim(0)``: free
    pages anywhere in every arena, not only at the top); False where there is no such call."""
    trim = function("malloc_trim")
    if trim is None:
        return False
    trim(0)
    return True


M_MMAP_THRESHOLD = -3
"""``mallopt``'s parameter for the size from which glibc serves an allocation by a mapping of
its own (``malloc.h``)."""


def fix_mmap_threshold(size: int) -> bool:
    """glibc: serve every allocation of ``size`` bytes or more by a mapping of its own,
    unmapped as soon as it is freed, and keep that threshold where it is set (``mallopt
    (M_MMAP_THRESHOLD)``). By default glibc raises it, up to 32 MB, each time such a block
    is freed, so that a long-running process serves ever larger blocks from its arenas,
    where what is freed stays resident among what is not; False where there is no such
    call (another C library)."""
    fn = function("mallopt")
    if fn is None:
        return False
    return bool(fn(M_MMAP_THRESHOLD, size))
