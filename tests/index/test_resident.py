"""A harvest's memory does not grow with the index: bounded memo, read pages given back.

``index.resident`` asks the kernel to reclaim the pages of index files a process has read
(segment merges read whole segments through mmap). The tests read the residency of one mapping
from ``/proc/self/smaps`` before and after, on a file of their own: Linux only, and skipped
where ``MADV_PAGEOUT`` is missing (kernels before 5.4).
"""

from __future__ import annotations

import mmap
import os
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import tantivy

import index.tantivy_ as tantivy_module
from index.resident import PageOutWhile, file_mappings, page_out
from index.tantivy_ import TantivyIndex
from tests.index.contract import q
from tests.index.samples import SAMPLES

linux = pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/maps is Linux's")
PAGE = mmap.PAGESIZE


def resident_kb(root: Path) -> int:
    """Resident kB of this process's mappings of files under ``root`` (/proc/self/smaps)."""
    ranges = set(file_mappings(root))
    total, current = 0, False
    with open("/proc/self/smaps", encoding="utf-8") as fh:
        for line in fh:
            first = line.split(maxsplit=1)[0]
            if "-" in first and not first.endswith(":"):
                start, _, end = first.partition("-")
                current = (int(start, 16), int(end, 16)) in ranges
            elif current and first == "Rss:":
                total += int(line.split()[1])
    return total


def write_clean(path: Path, data: bytes) -> None:
    """Write a file and flush it to disk: the kernel reclaims only clean file pages (a page
    still dirty from the write is skipped by MADV_PAGEOUT, as it is by any reclaim)."""
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def pageout_works(tmp_path: Path) -> bool:
    """Whether this kernel reclaims a read file page on MADV_PAGEOUT."""
    probe = tmp_path / "probe"
    probe.mkdir()
    write_clean(probe / "f", b"x" * 16 * PAGE)
    with open(probe / "f", "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        _ = sum(m[i] for i in range(0, len(m), PAGE))
        before = resident_kb(probe)
        page_out(probe)
        return before > 0 and resident_kb(probe) < before


@linux
def test_file_mappings_are_those_under_the_root_only(tmp_path: Path) -> None:
    inside, outside = tmp_path / "index", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    (inside / "a.store").write_bytes(b"a" * 4 * PAGE)
    (outside / "b.store").write_bytes(b"b" * 4 * PAGE)
    with (
        open(inside / "a.store", "rb") as fa,
        open(outside / "b.store", "rb") as fb,
        mmap.mmap(fa.fileno(), 0, access=mmap.ACCESS_READ),
        mmap.mmap(fb.fileno(), 0, access=mmap.ACCESS_READ),
    ):
        found = file_mappings(inside)
        assert len(found) == 1
        start, end = found[0]
        assert end - start == 4 * PAGE
        assert len(file_mappings(outside)) == 1
    assert file_mappings(inside) == []  # unmapped: gone


@linux
def test_page_out_gives_back_the_read_pages_and_keeps_the_data(tmp_path: Path) -> None:
    if not pageout_works(tmp_path):
        pytest.skip("MADV_PAGEOUT is not supported here")
    root = tmp_path / "index"
    root.mkdir()
    data = bytes(range(256)) * (64 * PAGE // 256)
    write_clean(root / "seg.store", data)
    with (
        open(root / "seg.store", "rb") as fh,
        mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m,
    ):
        assert m[:] == data  # every page read
        before = resident_kb(root)
        assert page_out(root) >= len(data)
        assert resident_kb(root) < before // 2
        assert m[:] == data  # what the mapping reads is unchanged (read again from the file)


def test_page_out_while_does_nothing_without_a_root() -> None:
    with PageOutWhile(None, interval=0.001) as p:
        pass
    assert p.passes == 0


@linux
def test_page_out_while_passes_at_least_once_at_the_end(tmp_path: Path) -> None:
    with PageOutWhile(tmp_path, interval=60.0) as p:
        pass
    assert p.passes >= 1


@linux
def test_a_commit_gives_back_the_index_pages_a_search_read_when_asked(tmp_path: Path) -> None:
    if not pageout_works(tmp_path):
        pytest.skip("MADV_PAGEOUT is not supported here")
    recs = [replace(SAMPLES[i % len(SAMPLES)], id=f"n:{i}") for i in range(3000)]
    kept: dict[bool, tuple[int, int]] = {}
    for flag in (False, True):
        path = tmp_path / f"idx-{flag}"
        index = TantivyIndex(path)
        index.page_out_reads = flag
        index.upsert(recs)
        index.commit(last_seq=1)
        searcher = index._searcher()  # read every stored document: their pages are resident
        for _score, address in searcher.search(tantivy.Query.all_query(), len(recs)).hits:
            searcher.doc(address)
        before = resident_kb(path)
        index.upsert(recs[:1])
        index.commit(last_seq=2)
        kept[flag] = (before, resident_kb(path))
        assert index.count() == len(recs)  # nothing lost
        index.close()
    assert kept[True][1] < kept[True][0]
    assert kept[True][1] < kept[False][1]


def test_the_concept_memo_is_capped_and_answers_stay_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tantivy_module, "ANCESTOR_MEMO_MAX", 5)
    asked: list[str] = []

    def ancestors(uri: str) -> frozenset[str]:
        asked.append(uri)
        return frozenset({uri, uri + "-parent"})

    # every record its own harvested concept: more distinct concepts than the memo keeps
    recs = [replace(SAMPLES[i % len(SAMPLES)], id=f"n:{i}", concepts=[f"c{i}"]) for i in range(40)]
    index = TantivyIndex(None)
    index.concept_ancestors = ancestors
    index.upsert(recs)
    index.commit(last_seq=1)
    assert len(index._ancestor_memo) <= 5
    assert {f"c{i}" for i in range(40)} <= set(asked)
    for i in (0, 17, 39):
        got = index.search(q(filters={"concept": (f"c{i}-parent",)}))
        assert got.total == 1
    index.close()


def test_page_out_while_hands_freed_heap_back_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.resident as resident

    calls: list[int] = []
    monkeypatch.setattr(resident, "trim_freed", lambda: calls.append(1) or True)
    with PageOutWhile(tmp_path, interval=60.0) as plain:
        plain.trim_now()
    assert plain.trims == 0 and calls == []
    with PageOutWhile(None, trim=True) as no_root:  # not a harvest: nothing is done
        no_root.trim_now()
    assert no_root.trims == 0 and calls == []
    with PageOutWhile(tmp_path, interval=60.0, trim=True) as asked:
        asked.trim_now()
    assert asked.trims == 1 and calls == [1]


@linux
def test_page_out_while_trims_every_so_many_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import index.resident as resident

    if resident._madvise() is None:
        pytest.skip("no madvise here")
    calls: list[int] = []
    monkeypatch.setattr(resident, "trim_freed", lambda: calls.append(1) or True)
    monkeypatch.setattr(resident, "TRIM_EVERY", 2)
    deadline = time.monotonic() + 30
    with PageOutWhile(tmp_path, interval=0.001, trim=True) as p:
        while p.passes < 4 and time.monotonic() < deadline:
            time.sleep(0.001)
    assert p.passes >= 4
    assert p.trims == len(calls) >= 2


@pytest.mark.parametrize("harvest", [False, True])
def test_a_commit_hands_the_writer_buffers_back_in_a_harvest_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, harvest: bool
) -> None:
    import index.resident as resident

    calls: list[int] = []
    monkeypatch.setattr(resident, "trim_freed", lambda: calls.append(1) or True)
    index = TantivyIndex(tmp_path / "idx")
    index.page_out_reads = harvest
    try:
        index.upsert([replace(SAMPLES[i % len(SAMPLES)], id=f"n:{i}") for i in range(50)])
        index.commit(last_seq=1)
        assert index.count() == 50
    finally:
        index.close()
    assert (len(calls) >= 1) is harvest  # at least once, as the commit returns
