"""The pipeline's guarantees: the store is the source of truth, the index is derived from it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from index.base import SearchQuery
from index.tantivy_ import TantivyIndex
from pipeline.indexing import catch_up_index
from pipeline.reindex import reindex
from tests.harvesters.helpers import Harness, make_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def harvested(tmp_path: Path, demo_oai_server):
    server = demo_oai_server(count=120, page_size=50)
    h = Harness(make_settings(tmp_path, [{"id": "fr-chm", "url": server.url, "country": "FR"}]))
    s = h.harvest("fr-chm")
    assert s.status == "success" and s.added == 120
    server.stop()  # from here on nothing can be re-harvested
    yield h
    h.close()


def _ids(index: TantivyIndex, text: str = "") -> list[str]:
    res = index.search(SearchQuery(text=text, limit=500, facets=(), highlight=False))
    return sorted(h.id for h in res.hits)


def test_reindex_rebuilds_the_index_from_the_store_alone(harvested: Harness) -> None:
    before = _ids(harvested.index)
    mercure = _ids(harvested.index, "mercure")
    harvested.index.close()
    shutil.rmtree(harvested.settings.index.path)
    harvested.index = TantivyIndex(harvested.settings.index.path)
    assert harvested.index.count() == 0
    summary = reindex(harvested.settings, harvested.store, harvested.index)
    assert summary.indexed == 120 and summary.failed == 0
    assert summary.changed == 0  # same mapping, same vocabulary: no record changed
    assert _ids(harvested.index) == before
    assert _ids(harvested.index, "mercure") == mercure


def test_index_catches_up_after_a_crash(harvested: Harness) -> None:
    """An index that missed commits (process killed between store and index commits)
    replays the store's change sequence."""
    harvested.index.clear()  # as if every index commit had been lost
    assert harvested.index.last_seq() == 0
    applied = catch_up_index(harvested.store, harvested.index)
    assert applied == harvested.store.records.max_seq()
    assert harvested.index.count() == 120
    assert harvested.index.last_seq() == harvested.store.records.max_seq()
    assert catch_up_index(harvested.store, harvested.index) == 0  # idempotent


def test_vocabulary_change_retags_without_reharvest(harvested: Harness) -> None:
    from vocabulary.loader import load_vocabulary

    rec = harvested.store.records.get(_ids(harvested.index)[0])
    assert rec is not None and rec["concepts"] == []  # harvested without a vocabulary
    vocab = load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])
    summary = reindex(harvested.settings, harvested.store, harvested.index, vocab)
    assert summary.changed > 100
    rows = [json.loads(r[0]) for r in harvested.store.conn.execute("SELECT json FROM records")]
    tagged = [r for r in rows if r["concepts"]]
    assert len(tagged) / len(rows) >= 0.9
    some = tagged[0]["concepts"][0]
    res = harvested.index.search(
        SearchQuery(filters={"concept": (some,)}, limit=500, facets=(), highlight=False)
    )
    assert res.total == sum(1 for r in tagged if some in r["concepts"])


def test_remap_applies_a_mapping_fix_to_stored_raw_records(harvested: Harness) -> None:
    """Mapping changes are applied by re-mapping from the raw store, never by re-harvesting."""
    harvested.store.conn.execute("UPDATE records SET json = json_set(json, '$.title', json('{}'))")
    summary = reindex(harvested.settings, harvested.store, harvested.index)
    assert summary.changed == 120
    titled = harvested.store.conn.execute(
        "SELECT COUNT(*) FROM records WHERE json_extract(json, '$.title') != '{}'"
    ).fetchone()[0]
    assert titled == 120


def test_worker_processes_map_exactly_like_the_pipeline(
    tmp_path: Path, demo_oai_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big pages are mapped and enriched in worker processes; the stored records, the run's
    counts and the vocabulary gaps are the same as when everything runs in one process."""
    from pipeline.mapworkers import MapPool
    from vocabulary.loader import load_vocabulary

    submitted: list[int] = []
    real_submit = MapPool.submit

    def counting_submit(self: MapPool, items: list, now: str) -> list:
        submitted.append(len(items))
        return real_submit(self, items, now)

    monkeypatch.setattr(MapPool, "submit", counting_submit)

    vocab = load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])
    server = demo_oai_server(count=650, page_size=250)
    results = {}
    for workers in (0, 2):
        d = tmp_path / f"w{workers}"
        d.mkdir()
        settings = make_settings(d, [{"id": "fr-chm", "url": server.url}], map_workers=workers)
        h = Harness(settings)
        s = h.harvest("fr-chm", vocabulary=vocab)
        assert s.status == "success" and (s.added, s.pages) == (650, 3)
        rows = h.store.conn.execute("SELECT id, json FROM records ORDER BY id").fetchall()
        gaps = h.store.conn.execute(
            "SELECT node_id, term, kind, count FROM vocab_gaps ORDER BY 1, 2, 3"
        ).fetchall()
        # searching finds, ranks, highlights and counts exactly what the in-process run gives
        searches = []
        for text in ("", "pesticides", '"gestion des produits chimiques"', "bio*"):
            found = h.index.search(
                SearchQuery(text=text, limit=650, facets=("type", "country", "concept", "year"))
            )
            # (ties are in segment order, which indexing threads make arbitrary: compare scores)
            scores = {hit.id: (round(hit.score, 4), hit.highlights) for hit in found.hits}
            searches.append((found.total, scores, found.facets))
        results[workers] = (
            [(i, json.loads(j) | {"harvested_at": None}) for i, j in rows],
            gaps,
            searches,
        )
        assert h.index.count() == 650
        h.close()
    # page 2 goes to the workers but for the pipeline's own share (a quarter beside two
    # workers); page 1 and the short page 3 do not
    assert submitted == [250 - 62]
    assert results[0][2][0][0] == 650 and results[0][2][1][0] > 0  # the searches find records
    assert results[0] == results[2]


def test_a_page_that_fails_to_commit_is_never_skipped_over(
    tmp_path: Path, demo_oai_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages after a failed commit (already fetched: two are in flight) are not committed, so
    the checkpoint stays before the failed page and the next run loses nothing."""
    from store.records import RecordRepository

    server = demo_oai_server(count=300, page_size=50)
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], map_workers=0))
    real_commit = RecordRepository.commit_page
    calls: list[int] = []

    def failing_third_commit(self: RecordRepository, *args: object, **kw: object) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise sqlite3.OperationalError("disk I/O error")
        return real_commit(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(RecordRepository, "commit_page", failing_third_commit)
    with pytest.raises(sqlite3.OperationalError):
        h.harvest("n")
    assert len(calls) == 3  # pages 4 and 5 were fetched but not committed after page 3 failed
    assert h.store.records.count() == 100
    monkeypatch.setattr(RecordRepository, "commit_page", real_commit)
    s = h.harvest("n")
    assert s.status == "success"
    assert h.store.records.count() == 300 == h.index.count()
    h.close()


def test_a_run_while_the_index_is_unavailable_stores_all_and_the_next_run_catches_up(
    tmp_path: Path, demo_oai_server
) -> None:
    """The index cannot be written (here: another process holds tantivy's writer; on a cluster:
    every node down). The run stores every page and says the index is behind; the next run
    first applies what the index missed, in store order, then its own pages."""
    server = demo_oai_server(count=120, page_size=50)
    h = Harness(make_settings(tmp_path, [{"id": "fr-chm", "url": server.url, "country": "FR"}]))
    holder = TantivyIndex(h.settings.index.path, release_writer=False)
    holder.delete(["nothing"])
    holder.commit()  # holds the writer lock until closed
    first = h.harvest("fr-chm")
    assert first.status == "success"
    assert first.added == 120
    assert any("index is unavailable" in w for w in first.warnings), first.warnings
    assert h.index.count() == 0
    assert h.store.records.max_seq() >= 120
    holder.close()
    server.add(30)
    server.update(3)
    second = h.harvest("fr-chm")
    assert second.status == "success"
    assert second.added == 30
    assert not any("unavailable" in w for w in second.warnings)
    live = {r[0] for r in h.store.conn.execute("SELECT id FROM records WHERE deleted = 0")}
    assert h.indexed_ids() == live
    assert len(live) == 150
    assert h.index.last_seq() == h.store.records.max_seq()
    h.close()


def test_worker_count_leaves_the_pipeline_a_core_and_it_maps_its_share() -> None:
    """-1 (the default): one worker per core but the pipeline's own, which maps a share of
    each big page; an explicit setting is taken as it is."""
    from pipeline.mapworkers import pipeline_share, worker_count

    assert [worker_count(-1, cores) for cores in (1, 2, 3, 4, 8, 16)] == [0, 1, 2, 3, 4, 4]
    assert [worker_count(n, 2) for n in (0, 1, 2, 3)] == [0, 1, 2, 3]
    assert pipeline_share(0) == 1.0
    assert pipeline_share(1) == pytest.approx(1 / 3)
    assert 0 < pipeline_share(4) < pipeline_share(2) < pipeline_share(1) < 0.5
