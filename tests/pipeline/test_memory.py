"""release_freed_memory: freed heap goes back to the OS after index commits; a harvest runs
with fewer garbage collections and gives the process its threshold back."""

from __future__ import annotations

import gc
import platform
import threading
from pathlib import Path
from typing import Any

import pytest

from pipeline.memory import HARVEST_GC_THRESHOLD, fewer_collections, release_freed_memory
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


def test_a_harvest_runs_with_the_harvest_threshold_and_restores_the_process_one(
    tmp_path: Path, demo_oai_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.run as run

    seen: list[tuple[int, int, int]] = []
    run_locked = run.HarvestRun._run_locked

    def spying(self: Any) -> Any:
        seen.append(gc.get_threshold())
        return run_locked(self)

    monkeypatch.setattr(run.HarvestRun, "_run_locked", spying)
    before = gc.get_threshold()
    server = demo_oai_server(count=30, page_size=10)
    h = Harness(make_settings(tmp_path, [{"id": "fr-chm", "url": server.url, "country": "FR"}]))
    try:
        assert h.harvest("fr-chm").added == 30
    finally:
        h.close()
    assert seen == [HARVEST_GC_THRESHOLD] != [before]
    assert gc.get_threshold() == before


def test_overlapping_runs_restore_the_threshold_when_the_last_one_ends() -> None:
    before = gc.get_threshold()
    first_in, second_done, inside = threading.Event(), threading.Event(), []

    def other_run() -> None:
        first_in.wait()
        with fewer_collections():
            inside.append(gc.get_threshold())
        second_done.set()

    t = threading.Thread(target=other_run)
    t.start()
    with fewer_collections():
        first_in.set()
        second_done.wait()
        assert gc.get_threshold() == HARVEST_GC_THRESHOLD  # the other run ended, this one not
    t.join()
    assert inside == [HARVEST_GC_THRESHOLD]
    assert gc.get_threshold() == before


_FREED_BLOCK = """
import sys
{setup}
def anon():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("RssAnon"))
block = bytearray(8 << 20)  # mapped (glibc's first threshold is 128 kB), then unmapped...
del block
before = anon()
block = bytearray(8 << 20)  # ...which raised the threshold: by default, this one is not
block[::4096] = b"x" * len(block[::4096])
del block
print(anon() - before)
"""


def _kept_kb(setup: str) -> int:
    import subprocess
    import sys

    code = _FREED_BLOCK.format(setup=setup)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_a_fixed_mmap_threshold_gives_a_freed_big_block_back_at_once() -> None:
    # glibc raises its threshold each time a mapped block is freed: a process that has freed
    # one then keeps such blocks in its heap (resident once freed); fixed, each is unmapped
    assert _kept_kb("") > 6000
    fixed = "from pipeline.memory import fixed_mmap_threshold\nfixed_mmap_threshold()"
    assert _kept_kb(fixed) < 1000


def test_a_run_fixes_the_threshold_and_forgets_its_words_with_the_same_records(
    tmp_path: Path, demo_oai_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each run of a process that harvests node after node leaves the vocabulary's lookup
    # caches empty (their words were the run's), and maps the same records as without
    import json

    import pipeline.run as run
    from vocabulary import text
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    fixed: list[bool] = []
    real_fix = run.fixed_mmap_threshold
    monkeypatch.setattr(run, "fixed_mmap_threshold", lambda: fixed.append(real_fix()) or True)
    vocab = load_vocabulary([PROJECT_THESAURUS])
    fr, es = demo_oai_server(count=60, page_size=30), demo_oai_server(count=60, node="es-chm")
    nodes = [{"id": "fr-chm", "url": fr.url, "country": "FR"},
             {"id": "es-chm", "url": es.url, "country": "ES"}]  # fmt: skip
    rows = {}
    for forget in (True, False):
        if not forget:
            monkeypatch.setattr(type(vocab), "forget_lookups", lambda self: None)
        d = tmp_path / str(forget)
        d.mkdir()
        h = Harness(make_settings(d, nodes, map_workers=0))
        try:
            for node in ("fr-chm", "es-chm"):
                assert h.harvest(node, vocabulary=vocab).added == 60
                if forget:
                    assert vocab._memo == {} and vocab._mention_memo == {}
                    assert text.stem_key.cache_info().currsize == 0
                    assert sum(map(len, text._STEMMED.values())) == 0
            got = h.store.conn.execute("SELECT id, json FROM records ORDER BY id").fetchall()
        finally:
            h.close()
        rows[forget] = [(i, {k: v for k, v in json.loads(j).items() if k != "harvested_at"})
                        for i, j in got]  # fmt: skip
    assert rows[True] == rows[False] and len(rows[True]) == 120
    assert len(fixed) == 4
    assert sum(map(len, text._STEMMED.values())) > 0  # without forgetting, the words stay
