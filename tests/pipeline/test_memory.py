"""release_freed_memory: freed heap goes back to the OS after index commits."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

import pytest

from pipeline.memory import release_freed_memory
from tests.harvesters.helpers import Harness, make_settings


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


def test_freed_memory_is_released_after_every_index_commit_of_a_run(
    tmp_path: Path, demo_oai_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the index writer's buffers are freed at each commit (every index_commit_every records);
    # the run hands them back to the OS there, not only at its end
    import pipeline.indexing as indexing

    calls: list[int] = []
    commits: list[int | None] = []
    monkeypatch.setattr(indexing, "release_freed_memory", lambda: calls.append(1) or True)
    server = demo_oai_server(count=120, page_size=20)
    nodes = [{"id": "fr-chm", "url": server.url, "country": "FR"}]
    h = Harness(make_settings(tmp_path, nodes, index_commit_every=40))
    commit = h.index.commit

    def counting_commit(last_seq: int | None = None) -> None:
        commits.append(last_seq)
        commit(last_seq)

    monkeypatch.setattr(h.index, "commit", counting_commit)
    try:
        s = h.harvest("fr-chm")
        assert s.status == "success" and s.added == 120
        during_run = len(commits) - 1  # the last commit is the run's end (sync)
        assert during_run >= 2
        assert len(calls) >= during_run
        assert h.index.count() == 120
    finally:
        h.close()
