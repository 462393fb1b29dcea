"""Elasticsearch writes carry the store sequence as an external version.

Runs on the recording stub of test_elasticsearch.py (a real HTTP server on 127.0.0.1; no
Elasticsearch can run on these machines). The stub is taught the documented rule of
``version_type=external``: a write whose version is not greater than the document's current
version is refused with ``409 version_conflict_engine_exception``. The tests check the request
bodies the official client sends and what chm does with the conflicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tests.servers.elasticsearch_stub as es_stub
from index.cluster import EsOptions
from index.elasticsearch_ import ElasticsearchIndex
from index.follower import follower_for
from store import Store
from store.records import RawChange
from tests.index.samples import SAMPLES
from tests.servers.elasticsearch_stub import EsStub, serve_stub


@pytest.fixture
def stub() -> Iterator[tuple[EsStub, str]]:
    """The recording stub cluster on 127.0.0.1 (port 0) and its URL."""
    with serve_stub() as running:
        yield running


@pytest.fixture
def es(stub: tuple[EsStub, str]) -> Iterator[ElasticsearchIndex]:
    """The backend on the stub, with fast bulk retries."""
    backend = ElasticsearchIndex.connect(stub[1], EsOptions(initial_backoff=0.01), env={})
    yield backend
    backend.close()


@pytest.fixture
def versions(monkeypatch: pytest.MonkeyPatch, stub: Any) -> dict[str, int]:
    """Make the stub honour external versions; return its id -> version table."""
    table: dict[str, int] = {}
    plain = es_stub._bulk_item

    def bulk_item(state: Any, op: str, meta: dict[str, Any], source: Any) -> dict[str, Any]:
        if meta.get("version_type") == "external":
            doc_id, version = meta["_id"], int(meta["version"])
            current = table.get(doc_id)
            if current is not None and version <= current:
                return {
                    "_index": state.resolve(meta["_index"])[0],
                    "_id": doc_id,
                    "status": 409,
                    "error": {
                        "type": "version_conflict_engine_exception",
                        "reason": f"[{doc_id}]: version conflict, current version [{current}]"
                        f" is higher or equal to the one provided [{version}]",
                    },
                }
            table[doc_id] = version
        return plain(state, op, meta, source)

    monkeypatch.setattr(es_stub, "_bulk_item", bulk_item)
    return table


def _bulk_lines(state: Any) -> list[dict[str, Any]]:
    return [line for body in state.bodies("PUT", "/_bulk") for line in body]


def test_versioned_writes_carry_the_sequence(stub: Any, es: ElasticsearchIndex, versions) -> None:
    state, _url = stub
    a, b = SAMPLES[0], SAMPLES[1]
    assert es.apply_versioned([(7, a.id, a), (8, b.id, None)]) == 2
    lines = _bulk_lines(state)
    assert lines[0] == {
        "index": {"_index": "chm-records", "_id": a.id, "version": 7, "version_type": "external"}
    }
    assert lines[1]["doc"] == a.to_dict()
    assert lines[2] == {
        "delete": {"_index": "chm-records", "_id": b.id, "version": 8, "version_type": "external"}
    }
    assert versions == {a.id: 7, b.id: 8}


def test_a_late_write_never_replaces_a_newer_document(
    stub: Any, es: ElasticsearchIndex, versions
) -> None:
    _state, _url = stub
    old, new = SAMPLES[0], SAMPLES[0].with_changes(title={"en": "Newer title"})
    es.apply_versioned([(20, new.id, new)])
    es.apply_versioned([(12, old.id, old)])  # late: refused as older, not an error
    es.apply_versioned([(20, new.id, new)])  # repeated: refused as not newer, not an error
    es.commit()
    assert es.get(new.id)["title"] == {"en": "Newer title"}
    assert versions[new.id] == 20


def test_the_follower_writes_store_changes_with_their_sequence(
    tmp_path: Path, stub: Any, es: ElasticsearchIndex, versions
) -> None:
    state, _url = stub
    store = Store(tmp_path / "chm.sqlite")
    run = store.runs.start("n", "manual", "2026-01-01T00:00:00Z", None, None)
    recs = [
        r.with_changes(id=f"n:{i}", node="n", source_id=str(i)) for i, r in enumerate(SAMPLES[:3])
    ]
    changes = [
        RawChange("n", r.source_id, None, False, "oai_dc", b"x", f"h{i}", r.id, r.to_json())
        for i, r in enumerate(recs)
    ]
    store.records.commit_page(run, changes, "2026-01-01T00:00:00Z", {}, None)
    tomb = RawChange("n", "1", None, True, "", b"", "deleted", "n:1", None)
    store.records.commit_page(run, [tomb], "2026-01-01T00:00:01Z", {}, None)
    follower = follower_for(store, es)
    result = follower.sync()
    assert result.applied == 3 and result.lag == 0 and es.last_seq() == 4
    sent = {
        (op, meta["_id"], meta["version"])
        for line in _bulk_lines(state)
        for op, meta in line.items()
        if op in ("index", "delete")
    }
    assert sent == {("index", "n:0", 1), ("index", "n:2", 3), ("delete", "n:1", 4)}
    assert all(meta["version_type"] == "external" for line in _bulk_lines(state)
               for op, meta in line.items() if op in ("index", "delete"))  # fmt: skip
    assert follower.holder() is None  # the lease was given back
    store.close()
