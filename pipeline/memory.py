"""Give memory the process has freed back to the operating system.

Where it sits: the pipeline calls :func:`release_freed_memory` after each index commit. The
index writer's buffers (tantivy, in Rust, from several indexing threads) are freed at every
commit, but glibc keeps freed blocks in per-thread arenas: a long harvest's resident memory
grew by about 1.3 KB per record although nothing was alive (measured: 177 MB resident, 81 MB
after ``malloc_trim``). Trimming at each commit keeps a harvest's memory flat.
"""

from __future__ import annotations

from core.libc import function


def release_freed_memory() -> bool:
    """Return freed heap memory to the OS (glibc ``malloc_trim``); False where unavailable."""
    trim = function("malloc_trim")
    if trim is None:
        return False
    trim(0)
    return True
