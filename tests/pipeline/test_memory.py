"""release_freed_memory: freed heap goes back to the OS after index commits."""

from __future__ import annotations

import platform

import pytest

from pipeline.memory import release_freed_memory


def _rss_anon_kb() -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("RssAnon"))


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_blocks_are_returned_to_the_os() -> None:
    # many medium blocks freed out of order leave glibc's heap fragmented: only trimming
    # hands the free pages back (the harvest's index commits free ~100 MB this way)
    blocks = [bytearray(100_000) for _ in range(1_000)]
    keep = blocks[::50]
    del blocks
    before = _rss_anon_kb()
    assert release_freed_memory() is True
    assert _rss_anon_kb() < before
    assert len(keep) == 20
