"""The Elasticsearch backend.

1. The shared conformance suite (:class:`IndexBackendContract`) runs against a real cluster
   when ``CHM_ES_URL`` is set (credentials from ``CHM_ES_API_KEY`` or ``CHM_ES_USER`` /
   ``CHM_ES_PASSWORD``, ``CHM_ES_CA_CERT``), each test on its own throw-away alias; without it
   the suite is not collected (the same suite runs on a real OpenSearch node in
   ``test_opensearch.py`` on every run).
2. The client calls (start-up check, template and alias set-up, bulk error reporting and
   retries, ``last_seq`` in ``_meta``, the alias swap of a rebuild, point-in-time paging) run
   against :class:`EsStub` (tests/servers/elasticsearch_stub.py), a *recording stub*: a real
   HTTP server on 127.0.0.1 that speaks just enough of the documented Elasticsearch REST API
   (root info with the
   ``X-Elastic-Product`` header the 8.x/9.x clients require, ``_index_template``, index
   create/get/delete, ``_alias``/``_aliases``, ``_bulk`` with per-item errors, ``_mapping``,
   ``_refresh``, ``_count``, ``_doc``, ``_pit`` and a match-all ``_search``) and records every
   request the official client sends. No Elasticsearch server can run on these machines, so
   this is the honest way to test the client calls; it checks requests, not search relevance
   (that is the conformance suite's job on a real cluster, and test_es_query.py's on bodies).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from core.config import load_settings
from index.base import BackendUnavailable, IndexBackend, InvalidQuery, SearchQuery
from index.cluster import BulkRejected, EsOptions
from index.elasticsearch_ import ElasticsearchIndex
from index.es_query import TEMPLATE_VERSION, encode_cursor
from tests.index.contract import IndexBackendContract
from tests.index.samples import SAMPLES
from tests.servers.elasticsearch_stub import EsStub, serve_stub

# --- 1. the conformance suite on a real cluster ------------------------------------------------


# Collected only when CHM_ES_URL names a cluster: no Elasticsearch server runs on the build
# machines, so the class is left out rather than reported as 73 skips. The same suite runs on a
# real OpenSearch node on every `make test` (test_opensearch.py).
if os.environ.get("CHM_ES_URL"):

    class TestElasticsearchContract(IndexBackendContract):
        """The shared suite, on a real cluster named by CHM_ES_URL."""

        supports_reopen = True

        @pytest.fixture
        def backend(self) -> Iterator[IndexBackend]:
            url = os.environ["CHM_ES_URL"]
            options = EsOptions(index=f"chm-test-{uuid.uuid4().hex[:12]}", replicas=0)
            backend = ElasticsearchIndex.connect(url, options)
            self._options = options
            yield backend
            client = backend.client
            # by name: wildcard deletes are refused by default (action.destructive_requires_name)
            for name in client.indices.get(index=f"{options.index}-v*").body:
                client.indices.delete(index=name, ignore_unavailable=True)
            client.indices.delete_index_template(name=f"{options.index}-template")
            backend.close()

        def reopen(self, backend: IndexBackend) -> IndexBackend:
            backend.close()
            url = os.environ["CHM_ES_URL"]
            return ElasticsearchIndex.connect(url, self._options)


# --- 2. the recording stub ---------------------------------------------------------------------


@pytest.fixture
def stub() -> Iterator[tuple[EsStub, str]]:
    """A stub cluster on 127.0.0.1 (port 0) and its URL."""
    with serve_stub() as running:
        yield running


@pytest.fixture
def es(stub: tuple[EsStub, str]) -> Iterator[ElasticsearchIndex]:
    """The backend on the stub, with fast bulk retries."""
    _state, url = stub
    backend = ElasticsearchIndex.connect(url, EsOptions(initial_backoff=0.01), env={})
    yield backend
    backend.close()


def _settings(tmp_path: Path, url: str, extra: str = "") -> Any:
    config = tmp_path / "config.toml"
    config.write_text(f'[index]\nbackend = "elasticsearch"\nurl = "{url}"\n{extra}')
    return load_settings(config)


# --- start-up ----------------------------------------------------------------------------------


def test_from_settings_installs_template_and_first_index(stub, tmp_path: Path) -> None:
    state, url = stub
    backend = ElasticsearchIndex.from_settings(_settings(tmp_path, url))
    assert backend.alias == "chm-records"
    assert state.indices["chm-records-v1"]["aliases"] == {"chm-records"}
    template = state.templates["chm-records-template"]
    assert template["index_patterns"] == ["chm-records-v*"]
    assert "chm_stem_fr" in template["template"]["settings"]["analysis"]["filter"]
    assert backend.health()["status"] == "green"
    backend.close()
    # a second start finds the alias and creates nothing
    again = ElasticsearchIndex.from_settings(_settings(tmp_path, url))
    assert sorted(state.indices) == ["chm-records-v1"]
    again.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": "7.17.9"}, "is not supported: chm needs 8.x"),
        ({"version": "8.15.0"}, "install a matching client"),
        ({"product_header": False}, "is not Elasticsearch"),
        ({"status_root": 401}, "refused chm's credentials"),
    ],
)
def test_startup_refuses_what_chm_cannot_use(stub, tmp_path, change, message) -> None:
    state, url = stub
    for key, value in change.items():
        setattr(state, key, value)
    with pytest.raises(BackendUnavailable, match=message):
        ElasticsearchIndex.from_settings(_settings(tmp_path, url))
    assert state.templates == {}  # nothing was written to a cluster chm refused


def test_startup_unreachable_cluster(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable, match="cannot reach Elasticsearch at http://127"):
        ElasticsearchIndex.connect("http://127.0.0.1:9", env={})


@pytest.mark.parametrize(
    ("url", "extra", "env", "message"),
    [
        ("", "", {}, "needs url"),
        ("ftp://x", "", {}, "not an http"),
        ("http://127.0.0.1:9", "", {"CHM_ES_USER": "u"}, "set both CHM_ES_USER"),
        ("http://127.0.0.1:9", "", {"CHM_ES_CA_CERT": "/no/ca.pem"}, "no such file"),
    ],
)
def test_configuration_errors_are_plain(tmp_path, monkeypatch, url, extra, env, message) -> None:
    for key in ("CHM_ES_URL", "CHM_ES_USER", "CHM_ES_PASSWORD", "CHM_ES_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(BackendUnavailable, match=message):
        ElasticsearchIndex.from_settings(_settings(tmp_path, url, extra))


@pytest.mark.parametrize(
    ("extra", "at_startup", "message"),
    [
        ("shards = 'two'", "elasticsearch.shards: expected int", "'shards' must be int"),
        ("colour = 1", "elasticsearch.colour: unknown key", "unknown key 'colour'"),
    ],
)
def test_elasticsearch_options_are_checked_at_startup(
    tmp_path: Path, extra: str, at_startup: str, message: str
) -> None:
    """config.toml's [elasticsearch] fails at start-up; options given in code still fail plainly."""
    from core.config import ConfigError

    with pytest.raises(ConfigError, match=at_startup):
        _settings(tmp_path, "http://127.0.0.1:9", f"[elasticsearch]\n{extra}\n")
    import tomllib

    with pytest.raises(BackendUnavailable, match=message):
        EsOptions.from_mapping(tomllib.loads(extra))


# --- writes --------------------------------------------------------------------------------------


def test_upsert_get_count_and_last_seq(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    assert es.upsert(SAMPLES) == len(SAMPLES)
    es.commit(last_seq=41)
    assert es.count() == len(SAMPLES)
    assert es.get(SAMPLES[0].id) == SAMPLES[0].to_dict()
    assert es.last_seq() == 41
    meta = state.indices["chm-records-v1"]["meta"]
    assert meta["chm_template_version"] == TEMPLATE_VERSION  # kept
    bulk = state.bodies("PUT", "/_bulk")[0]
    assert bulk[0] == {"index": {"_index": "chm-records", "_id": SAMPLES[0].id}}
    assert bulk[1]["doc"] == SAMPLES[0].to_dict()
    assert ("POST", "/chm-records/_refresh", None) in state.requests


def test_rejected_documents_are_reported_by_id_and_reason(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    bad = SAMPLES[2].id
    state.reject[bad] = {
        "type": "mapper_parsing_exception",
        "reason": "failed to parse field [year] of type [integer]",
        "caused_by": {"type": "number_format_exception", "reason": 'For input string: "20x9"'},
    }
    with pytest.raises(BulkRejected) as info:
        es.upsert(SAMPLES)
    assert info.value.rejected == [(bad, info.value.rejected[0][1])]
    assert "mapper_parsing_exception" in info.value.rejected[0][1]
    message = str(info.value)
    assert f"rejected 1 of {len(SAMPLES)} documents" in message
    assert bad in message
    assert "failed to parse field [year]" in message
    assert len(state.indices["chm-records-v1"]["docs"]) == len(SAMPLES) - 1  # the rest written


def test_busy_cluster_items_are_retried(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    state.busy_once = {SAMPLES[1].id, SAMPLES[4].id}
    assert es.upsert(SAMPLES) == len(SAMPLES)
    bulks = state.bodies("PUT", "/_bulk")
    assert len(bulks) == 2  # the whole chunk, then only the two refused with 429
    assert [line["index"]["_id"] for line in bulks[1][::2]] == [SAMPLES[1].id, SAMPLES[4].id]
    assert len(state.indices["chm-records-v1"]["docs"]) == len(SAMPLES)


def test_delete_ignores_unknown_ids(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES[:3])
    assert es.delete([SAMPLES[0].id, "nowhere:nothing"]) == 2
    assert sorted(state.indices["chm-records-v1"]["docs"]) == sorted(r.id for r in SAMPLES[1:3])


# --- lifecycle -----------------------------------------------------------------------------------


def test_rebuild_swaps_the_alias_atomically_after_catch_up(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    es.commit(last_seq=10)
    new = es.begin_rebuild()
    assert new == "chm-records-v2"
    assert es.target == new
    assert {"index": {"number_of_replicas": 0, "refresh_interval": "-1"}} in (
        state.indices[new]["settings"]
    )
    es.upsert(SAMPLES[:4])
    assert state.bodies("PUT", "/_bulk")[-1][0]["index"]["_index"] == new
    assert es.search(SearchQuery()).total == len(SAMPLES)  # readers still on the old index
    calls: list[int] = []

    def catch_up() -> None:  # what the pipeline passes: apply store changes, commit
        calls.append(len(state.requests))
        es.upsert(SAMPLES[4:])
        es.commit(last_seq=12)

    assert es.finish_rebuild(catch_up) == new
    swaps = [(i, b) for i, (m, p, b) in enumerate(state.requests) if p == "/_aliases"]
    assert len(swaps) == 1
    position, body = swaps[0]
    assert body["actions"] == [
        {"remove": {"index": "chm-records-v1", "alias": "chm-records"}},
        {"add": {"index": new, "alias": "chm-records"}},
    ]
    assert calls[0] < position < calls[1]  # caught up before the swap and after it
    assert "/chm-records-v1" in state.paths("DELETE")
    assert sorted(state.indices) == [new]
    assert es.target == es.alias
    assert es.last_seq() == 12
    assert es.count() == len(SAMPLES)
    assert state.indices[new]["settings"][-1]["index"]["number_of_replicas"] == 1


def test_clear_swaps_in_an_empty_index(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    es.commit(last_seq=5)
    es.clear()
    assert es.count() == 0
    assert es.last_seq() == 0
    assert es.alias_indices() == ["chm-records-v2"]
    assert "chm-records-v1" not in state.indices


def test_health_reports_instead_of_raising(es: ElasticsearchIndex) -> None:
    health = es.health()
    assert health["ok"] is True
    assert health["documents"] == 0
    assert health["version"] == "9.1.0"
    assert health["indices"] == ["chm-records-v1"]
    assert health["template_current"] is True
    dead = ElasticsearchIndex(Elasticsearch("http://127.0.0.1:9", max_retries=0), setup=False)
    health = dead.health()
    assert health["ok"] is False
    assert health["status"] == "unreachable"
    assert "cannot reach Elasticsearch" in health["error"]
    dead.close()


# --- cursor paging over a point in time --------------------------------------------------------


def test_cursor_pages_use_one_pit_and_close_it(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    ordered = sorted(r.id for r in SAMPLES)
    # a first-page cursor (made without a PIT): the last hit's [score, id]
    cursor: str | None = encode_cursor({"s": "relevance", "a": [1.0, ordered[1]]})
    seen: list[str] = ordered[:2]
    while cursor:
        page = es.search(SearchQuery(limit=3, facets=(), search_after=cursor))
        assert page.total == len(SAMPLES)
        seen += [h.id for h in page.hits]
        cursor = page.next_cursor
    assert seen == ordered
    opened = [p for p in state.paths("POST") if p.endswith("/_pit")]
    assert opened == ["/chm-records/_pit"]  # one PIT for the whole walk
    searches = state.bodies("POST", "/_search")
    assert searches[0]["search_after"][-1] == 2**63 - 1  # padded: the cursor had no PIT
    assert all(b["pit"]["keep_alive"] == "2m" for b in searches)
    assert state.pits == set()  # closed at the last page


def test_expired_pit_is_replaced(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    ordered = sorted(r.id for r in SAMPLES)
    cursor = encode_cursor({"s": "relevance", "a": [1.0, ordered[1], 7], "p": "pit-gone"})
    page = es.search(SearchQuery(limit=3, facets=(), search_after=cursor))
    assert [h.id for h in page.hits] == ordered[2:5]
    assert len([p for p in state.paths("POST") if p.endswith("/_pit")]) == 1


def test_bad_cursor_is_invalid_query(es: ElasticsearchIndex) -> None:
    bad = encode_cursor({"s": "relevance", "a": [1.0, "x", 3]})  # 3 values but no PIT
    with pytest.raises(InvalidQuery):
        es.search(SearchQuery(search_after=bad))
