"""Per-run bookkeeping of a harvest: what is written per page and what waits for the run's end.

An unchanged re-harvest maps nothing and writes no record; vocabulary-gap counts are written a
few times per run (not per page) and still count every committed record exactly once, also when
a run fails half-way; the ids listed by a run are kept as 8-byte digests, not as strings.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mappings.base import RawRecord
from pipeline.mapper import RecordMapper
from pipeline.pages import RunGaps
from store.records import RecordRepository
from tests.harvesters.helpers import Harness, make_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    from vocabulary.loader import load_vocabulary

    return load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])


def _gaps(h: Harness) -> list[tuple[str, str, str, int]]:
    return h.store.conn.execute(
        "SELECT node_id, term, kind, count FROM vocab_gaps ORDER BY 1, 2, 3"
    ).fetchall()


def _expected_gaps(h: Harness, node_id: str, vocab) -> list[tuple[str, str, str, int]]:  # type: ignore[no-untyped-def]
    """The gap counts of mapping every stored raw record once, one by one."""
    mapper = RecordMapper(h.settings.node(node_id), vocab)
    for row in h.store.records.iter_raw(node_id):
        if row["deleted"]:
            continue
        raw = RawRecord(node_id, row["source_id"], row["datestamp"], False, row["format"],
                        row["payload"])  # fmt: skip
        mapper.map_one(raw, "2026-01-01T00:00:00Z")
    return sorted((*key, n) for key, n in mapper.gaps.items())


def test_an_unchanged_full_reharvest_maps_and_writes_nothing(
    tmp_path: Path, demo_oai_server, monkeypatch: pytest.MonkeyPatch, vocab
) -> None:
    server = demo_oai_server(count=120, page_size=40)
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], map_workers=0))
    assert h.harvest("n", vocabulary=vocab).added == 120
    seq, gaps = h.store.records.max_seq(), _gaps(h)
    raw_before = h.store.conn.execute(
        "SELECT source_id, hash, run_id, harvested_at FROM raw_records ORDER BY 1"
    ).fetchall()
    mapped: list[str] = []
    real_map = RecordMapper.map_one

    def counting(self: RecordMapper, raw: RawRecord, now: str):  # type: ignore[no-untyped-def]
        mapped.append(raw.source_id)
        return real_map(self, raw, now)

    monkeypatch.setattr(RecordMapper, "map_one", counting)
    s = h.harvest("n", full=True, vocabulary=vocab)
    assert (s.status, s.unchanged, s.added, s.updated, s.pages) == ("success", 120, 0, 0, 3)
    assert mapped == []  # nothing mapped, enriched or indexed again
    assert h.store.records.max_seq() == seq
    after = h.store.conn.execute(
        "SELECT source_id, hash, run_id, harvested_at FROM raw_records ORDER BY 1"
    ).fetchall()
    assert after == raw_before  # not one raw record rewritten
    assert _gaps(h) == gaps  # unchanged records are not counted twice
    server.update(3)
    s = h.harvest("n", full=True, vocabulary=vocab)
    assert (s.unchanged, s.updated) == (119, 1) and len(mapped) == 1
    h.close()


# subjects outside the thesaurus and record types outside its type scheme, repeated across pages
_ODD_SUBJECTS = ["quark flavour physics", "medieval lute tablature", "tidal bore surfing",
                 "pesticides", "lichen taxonomy"]  # fmt: skip
_ODD_TYPES = ["Folio", "Broadsheet", "Report"]


def _gappy_server(factory, count: int, batch: int):  # type: ignore[no-untyped-def]
    server = factory(batch_size=batch)
    for i in range(count):
        server.add(
            f"oai:gaps:{i:03d}", "2024-01-02T10:00:00Z", title=f"Record {i} on assorted topics",
            subject=[_ODD_SUBJECTS[i % 5], _ODD_SUBJECTS[(i * 3) % 5]],
            type=_ODD_TYPES[i % 3], language="en",
        )  # fmt: skip
    return server


@pytest.mark.parametrize("flush_pages", [1, 2, 50])
def test_gap_counts_are_those_of_mapping_each_record_once(
    tmp_path: Path, pyoai_server_factory, monkeypatch: pytest.MonkeyPatch, vocab, flush_pages: int
) -> None:
    """Whether counts are written every page, every second page or once at the run's end."""
    monkeypatch.setattr(RunGaps, "FLUSH_PAGES", flush_pages)
    server = _gappy_server(pyoai_server_factory, 43, 10)
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], map_workers=0))
    s = h.harvest("n", vocabulary=vocab)
    assert (s.added, s.pages) == (43, 5)
    got = _gaps(h)
    assert sum(row[3] for row in got if row[2] == "unmapped") >= 43  # the records leave gaps
    assert got == _expected_gaps(h, "n", vocab)
    h.close()


def test_a_run_that_fails_half_way_counts_the_gaps_of_its_committed_pages(
    tmp_path: Path, pyoai_server_factory, monkeypatch: pytest.MonkeyPatch, vocab
) -> None:
    """The page whose commit failed is not counted; the next run counts it once."""
    monkeypatch.setattr(RunGaps, "FLUSH_PAGES", 2)
    server = _gappy_server(pyoai_server_factory, 60, 10)
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], map_workers=0))
    real_commit = RecordRepository.commit_page
    calls: list[int] = []

    def failing_fourth(self: RecordRepository, *args: object, **kw: object) -> int:
        calls.append(1)
        if len(calls) == 4:
            raise sqlite3.OperationalError("disk I/O error")
        return real_commit(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(RecordRepository, "commit_page", failing_fourth)
    with pytest.raises(sqlite3.OperationalError):
        h.harvest("n", vocabulary=vocab)
    assert h.store.records.count() == 30  # three pages committed
    assert _gaps(h) == _expected_gaps(h, "n", vocab) != []
    monkeypatch.setattr(RecordRepository, "commit_page", real_commit)
    assert h.harvest("n", vocabulary=vocab).status == "success"
    assert h.store.records.count() == 60
    assert _gaps(h) == _expected_gaps(h, "n", vocab)
    h.close()


def test_listed_ids_are_digests_not_a_set_and_oai_runs_keep_none(
    tmp_path: Path, demo_oai_server
) -> None:
    """Deletion by absence compares the listing with the store through 8-byte digests of the
    listed ids (no set of strings, no table); an OAI-PMH run, whose listing is never complete,
    keeps none at all."""
    from pipeline.run import HarvestRun

    server = demo_oai_server(count=60, page_size=20)
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], map_workers=0))
    assert h.harvest("n").added == 60
    run = HarvestRun(h.settings, h.store, h.index, h.settings.nodes[0], full=True)
    assert not any(isinstance(v, set | frozenset) for v in vars(run).values())
    s = run.execute()
    assert s.unchanged == 60
    assert run._track_listing is False and run._listed is None
    temp = h.store.conn.execute("SELECT name FROM temp.sqlite_master WHERE type='table'")
    assert temp.fetchall() == []
    h.close()


def test_listed_ids_give_the_absent_live_records(tmp_path: Path) -> None:
    from harvesters.seen import SeenIds
    from store import Store
    from store.records import RawChange

    store = Store(tmp_path / "s.sqlite")
    run_id = store.runs.start("n", "manual", "2026-01-01T00:00:00Z", None, None)
    changes = [
        RawChange("n", f"id{i}", None, False, "oai_dc", b"<x/>", f"h{i}", f"n:id{i}", "{}")
        for i in range(5)
    ]
    store.records.commit_page(run_id, changes, "2026-01-01T00:00:00Z", {}, None)
    store.records.commit_page(
        run_id, [RawChange("n", "id1", None, True, "", b"", "deleted", "n:id1", None)],
        "2026-01-01T00:00:00Z", {}, None,
    )  # fmt: skip
    listed = SeenIds()
    listed.add(["id0", "id3", "id3", "other"])
    assert len(listed) == 3
    batches = list(store.records.live_source_id_batches("n", batch=2))
    assert batches == [["id0", "id2"], ["id3", "id4"]]  # id1 is a tombstone already
    assert [sid for ids in batches for sid in listed.missing(ids)] == ["id2", "id4"]
    assert store.records.live_count("n") == 4
    store.close()
