"""The OpenSearch backend on a real OpenSearch 2.19 node (``opensearch_node``, one per session).

1. The shared conformance suite (:class:`IndexBackendContract`), each test on its own
   throw-away alias and template.
2. What is OpenSearch's own: the start-up check, several node URLs, credentials from the
   environment, the index lifecycle (template, versioned indices, the alias swap of a
   rebuild), point-in-time paging through OpenSearch's calls, bulk refusals by id, health.

No mock: every call goes to the node. The node is a JVM started from
``tests/servers/opensearch_node`` (``make search-node`` builds it).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.config import ConfigError, load_settings
from index.base import BackendUnavailable, IndexBackend, InvalidQuery, SearchQuery
from index.cluster import BulkRejected, EsOptions
from index.opensearch_ import OpenSearchIndex, client_from_env, split_urls
from index.registry import open_backend
from index.tantivy_ import ANALYZERS, TantivyIndex
from mappings.record import Record
from tests.index.contract import IndexBackendContract, ids, q
from tests.index.generated import (
    COGNATE_QUERY_WORDS,
    CognateExpander,
    DictionaryExpander,
    make_cognate_corpus,
)
from tests.index.samples import SAMPLES
from tests.servers.opensearch import FaultProxy, SearchNode
from vocabulary.dictionary import COGNATES_ENV

pytestmark = pytest.mark.xdist_group("opensearch")
_COGNATES = CognateExpander()


def fresh_options(**kw: Any) -> EsOptions:
    """Options with a unique alias, no replicas (one node), fast retries."""
    return EsOptions(index=f"chm-test-{uuid.uuid4().hex[:12]}", replicas=0,
                     initial_backoff=0.05, **kw)  # fmt: skip


def drop(backend: OpenSearchIndex) -> None:
    """Delete a test's indices and template (by name: wildcard deletes may be refused)."""
    client, alias = backend.client, backend.alias
    for name in client.indices.get(index=f"{alias}-v*"):
        client.indices.delete(index=name, params={"ignore_unavailable": "true"})
    client.indices.delete_index_template(name=f"{alias}-template")


# --- 1. the conformance suite ------------------------------------------------------------------


class TestOpenSearchContract(IndexBackendContract):
    """The shared suite on a real OpenSearch node."""

    supports_reopen = True

    @pytest.fixture
    def backend(self, opensearch_node: SearchNode) -> Iterator[IndexBackend]:
        self._url = opensearch_node.url
        self._options = fresh_options()
        backend = OpenSearchIndex.connect(self._url, self._options, env={})
        yield backend
        drop(backend)
        backend.close()

    def reopen(self, backend: IndexBackend) -> IndexBackend:
        backend.close()
        return OpenSearchIndex.connect(self._url, self._options, env={})


# --- 2. OpenSearch's own -----------------------------------------------------------------------


@pytest.fixture
def osi(opensearch_node: SearchNode) -> Iterator[OpenSearchIndex]:
    backend = OpenSearchIndex.connect(opensearch_node.url, fresh_options(), env={})
    yield backend
    drop(backend)
    backend.close()


def test_start_up_reports_version_and_health(osi: OpenSearchIndex) -> None:
    assert osi.server_version is not None
    assert osi.server_version.startswith("2.19")
    osi.upsert(SAMPLES[:3])
    osi.commit(last_seq=3)
    health = osi.health()
    assert health["backend"] == "opensearch"
    assert health["status"] in ("green", "yellow")
    assert health["ok"] is True
    assert health["documents"] == 3
    assert health["last_seq"] == 3
    assert health["indices"] == [f"{osi.alias}-v1"]
    assert health["template_current"] is True


def test_template_analysers_and_mapping_are_installed(osi: OpenSearchIndex) -> None:
    index = f"{osi.alias}-v1"
    settings = osi.client.indices.get_settings(index=index)[index]["settings"]["index"]
    assert set(settings["analysis"]["analyzer"]) == {"chm_en", "chm_fr", "chm_es", "chm_folded"}
    tokens = osi.client.indices.analyze(
        index=index, body={"analyzer": "chm_fr", "text": "l'évaluation des Produits"}
    )["tokens"]
    # split at the apostrophe, folding (é), Snowball French; the French stop words (l, des)
    # left out, as tantivy's French field does, their positions kept
    assert [t["token"] for t in tokens] == ["evalu", "produit"]
    assert [t["position"] for t in tokens] == [1, 3]
    mapping = osi.client.indices.get_mapping(index=index)[index]["mappings"]
    assert mapping["dynamic"] == "strict"


_WORD_ENDS = ["", "s", "es", "ación", "acion", "aciones", "ución", "ucion", "ing", "ies", "ied",
              "ly", "ement", "ements", "ité", "eaux", "'s", "ándole", "idades"]  # fmt: skip
_words = st.tuples(
    st.text(st.sampled_from("abcdeilmnorstuyzàâçéèêëïîôùûüÿñœæß"), min_size=1, max_size=9),
    st.sampled_from(_WORD_ENDS),
).map("".join)
_texts = st.lists(
    st.one_of(_words, _words.map(str.upper), _words.map(str.title),
              st.text(st.sampled_from("ab19-_'.,/’ é"), max_size=8)),
    min_size=1, max_size=6,
).map(" ".join)  # fmt: skip


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=_texts)
@example(text="Mais le maïs PARA los páramos, como la comida; we can recycle cans entre l'entrée")
def test_analysers_equal_tantivys(osi: OpenSearchIndex, text: str) -> None:
    """Every analyser gives the tokens tantivy's gives (so both backends match the same
    records): Snowball stemmers, words split at every non-alphanumeric, folding.
    Known exception, left out of the alphabet: Rust lowercases ``İ`` to ``i̇``, Java to ``i``."""
    index = f"{osi.alias}-v1"
    for name, key in (("chm_en", "en"), ("chm_fr", "fr"), ("chm_es", "es"), ("chm_folded", "fold")):
        got = osi.client.indices.analyze(index=index, body={"analyzer": name, "text": text})
        assert [t["token"] for t in got["tokens"]] == ANALYZERS[key].analyze(text), name
        positions = [t.position for t in ANALYZERS[key].pre_tokenize(text).tokens]
        assert [t["position"] for t in got["tokens"]] == positions, name


def test_several_urls_fail_over_to_a_live_node(opensearch_node: SearchNode) -> None:
    dead = "http://127.0.0.1:9"  # discard port: nothing listens
    options = fresh_options()
    backend = OpenSearchIndex.connect(f"{dead},{opensearch_node.url}", options, env={})
    try:
        for _ in range(4):  # round robin meets the dead URL and moves on
            backend.upsert(SAMPLES[:2])
            backend.commit()
            assert backend.count() == 2
    finally:
        drop(backend)
        backend.close()


def test_unreachable_cluster_is_a_plain_error() -> None:
    with pytest.raises(
        BackendUnavailable, match=r"cannot reach OpenSearch at http://127\.0\.0\.1:9"
    ):
        OpenSearchIndex.connect("http://127.0.0.1:9", fresh_options(), env={})


@pytest.mark.parametrize(
    ("url", "message"),
    [("", "not an http"), ("ftp://x", "not an http"), ("http://a:1,ftp://b", "'ftp://b'")],
)
def test_bad_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(BackendUnavailable, match=message):
        split_urls(url)


def test_credentials_come_from_the_environment(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable, match="both CHM_OPENSEARCH_USER"):
        client_from_env("https://x:9200", {"CHM_OPENSEARCH_USER": "chm"})
    with pytest.raises(BackendUnavailable, match="no such file"):
        client_from_env("https://x:9200", {"CHM_OPENSEARCH_CA_CERT": str(tmp_path / "ca.pem")})
    with pytest.raises(BackendUnavailable, match="CLIENT_KEY"):
        client_from_env("https://x:9200", {"CHM_OPENSEARCH_CLIENT_CERT": "c.pem"})
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    assert len(client_from_env("https://a:9200,https://b:9200", {"CHM_OPENSEARCH_CA_CERT": str(ca)})
               .transport.hosts) == 2  # fmt: skip
    with _root_server() as (url, seen):
        env = {"CHM_OPENSEARCH_USER": "chm", "CHM_OPENSEARCH_PASSWORD": "s3cret"}
        client = client_from_env(url, env)
        client.info()
        client.close()
    assert seen == ["Basic " + base64.b64encode(b"chm:s3cret").decode()]


class _Root(BaseHTTPRequestHandler):
    """Answers GET / as an Elasticsearch 8 server does (no ``distribution`` field) and keeps
    the Authorization header it was sent."""

    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.headers.get("authorization", ""))
        body = json.dumps({"version": {"number": "8.15.0", "build_flavor": "default"},
                           "tagline": "You Know, for Search"}).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def _root_server() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (_Root,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_elasticsearch_is_not_taken_for_opensearch() -> None:
    refused = r'not OpenSearch.*backend = "elasticsearch"'
    with _root_server() as (url, _seen), pytest.raises(BackendUnavailable, match=refused):
        OpenSearchIndex.connect(url, fresh_options(), env={})


def test_registry_opens_opensearch_from_config(tmp_path: Path, opensearch_node: SearchNode) -> None:
    alias = f"chm-test-{uuid.uuid4().hex[:12]}"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[index]\nbackend = "opensearch"\nurl = "{opensearch_node.url}"\n'
        f'[opensearch]\nindex = "{alias}"\nreplicas = 0\nchunk_size = 2\n'
    )
    backend = open_backend(load_settings(config))
    assert isinstance(backend, OpenSearchIndex)
    assert backend.options.chunk_size == 2
    backend.upsert(SAMPLES)  # several bulk requests of 2
    backend.commit()
    assert backend.count() == len(SAMPLES)
    drop(backend)
    backend.close()
    config.write_text(
        '[index]\nbackend = "opensearch"\nurl = "http://x:1"\n[opensearch]\nshard = 2\n'
    )
    # a typo in [opensearch] is refused when the config is read, before any connection
    with pytest.raises(ConfigError, match=r"opensearch\.shard: unknown key"):
        load_settings(config)


def test_rebuild_swaps_the_alias_and_drops_the_old_index(osi: OpenSearchIndex) -> None:
    osi.upsert(SAMPLES)
    osi.commit(last_seq=5)
    new = osi.begin_rebuild()
    assert new == f"{osi.alias}-v2"
    assert osi.search(q("mercury")).total > 0  # readers still on v1
    osi.upsert(SAMPLES[:4])
    osi.commit(last_seq=9)
    caught: list[int] = []
    osi.finish_rebuild(lambda: caught.append(osi.last_seq()))
    assert caught == [9, 9]
    assert osi.alias_indices() == [new]
    assert osi.count() == 4
    assert osi.last_seq() == 9
    assert not osi.client.indices.exists(index=f"{osi.alias}-v1")


def test_abort_rebuild_keeps_the_alias(osi: OpenSearchIndex) -> None:
    osi.upsert(SAMPLES)
    osi.commit()
    new = osi.begin_rebuild()
    osi.abort_rebuild()
    assert osi.alias_indices() == [f"{osi.alias}-v1"]
    assert not osi.client.indices.exists(index=new)
    assert osi.count() == len(SAMPLES)


def test_an_index_named_like_the_alias_is_refused(opensearch_node: SearchNode) -> None:
    options = fresh_options()
    backend = OpenSearchIndex.connect(opensearch_node.url, options, env={})
    drop(backend)
    backend.client.indices.create(index=options.index)
    try:
        with pytest.raises(BackendUnavailable, match="is an index, not an alias"):
            OpenSearchIndex.connect(opensearch_node.url, options, env={})
    finally:
        backend.client.indices.delete(index=options.index)
        backend.close()


def test_refused_documents_are_named(osi: OpenSearchIndex) -> None:
    osi.client.indices.close(index=f"{osi.alias}-v1")
    try:
        with pytest.raises(BulkRejected) as info:
            osi.upsert(SAMPLES[:2])
    finally:
        osi.client.indices.open(index=f"{osi.alias}-v1")
    assert info.value.sent == 2
    assert {rid for rid, _why in info.value.rejected} == {r.id for r in SAMPLES[:2]}
    assert "OpenSearch rejected 2 of 2 documents" in str(info.value)
    assert "closed" in info.value.rejected[0][1]


def test_cursor_pages_use_and_close_an_opensearch_point_in_time(osi: OpenSearchIndex) -> None:
    osi.upsert(SAMPLES)
    osi.commit()
    first = osi.search(q(limit=4, sort="date", search_after=None))
    seen = [h.id for h in first.hits]
    cursor = first.next_cursor
    pits = []
    while cursor:
        page = osi.search(q(limit=4, sort="date", search_after=cursor))
        seen += [h.id for h in page.hits]
        cursor = page.next_cursor
        pits.append(osi.client.get_all_pits().get("pits", []))
    assert sorted(seen) == sorted(r.id for r in SAMPLES)
    assert any(p for p in pits[:-1])  # a PIT was open while paging
    assert osi.client.get_all_pits().get("pits", []) == []  # and closed at the last page


def test_cursor_survives_an_expired_point_in_time(osi: OpenSearchIndex) -> None:
    osi.upsert(SAMPLES)
    osi.commit()
    page = osi.search(q(limit=3, search_after=None))
    page = osi.search(q(limit=3, search_after=page.next_cursor))  # opens a PIT
    seen = [h.id for h in page.hits]
    osi.client.delete_all_pits()  # as if keep-alive had passed
    cursor = page.next_cursor
    while cursor:
        page = osi.search(q(limit=3, search_after=cursor))
        seen += [h.id for h in page.hits]
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == len(SAMPLES) - 3


def test_a_query_opensearch_refuses_is_invalid_query(osi: OpenSearchIndex) -> None:
    osi.upsert(SAMPLES[:1])
    osi.commit()
    with pytest.raises(InvalidQuery, match="OpenSearch could not run this query"):
        osi._search({"query": {"match": {"year": "not a number"}}}, index=osi.alias)
    assert osi.search(SearchQuery(text="mercury", facets=("type",))).total >= 0


def test_records_of_any_shape_round_trip(osi: OpenSearchIndex) -> None:
    odd = Record(id="xx-chm:ünïcode/1", node="xx-chm", source_id="ünïcode/1",
                 title={"und": "<b>&amp;</b>", "zh": "汞"}, date="junk")  # fmt: skip
    osi.upsert([odd])
    osi.commit()
    assert osi.get(odd.id) == odd.to_dict()
    assert ids(osi.search(q("汞"))) == {odd.id}


# --- bulk retries, through a fault-injecting proxy in front of the real node ---------------------


def _through(proxy: FaultProxy, options: EsOptions) -> OpenSearchIndex:
    return OpenSearchIndex.connect(proxy.url, options, env={})


def test_bulk_request_with_no_answer_is_sent_again(opensearch_node: SearchNode) -> None:
    # the client itself tries a request 3 times on a one-URL list; the fourth drop reaches chm
    with FaultProxy(opensearch_node.url, mode="drop", count=4) as proxy:
        backend = _through(proxy, fresh_options(chunk_size=100))
        try:
            assert backend.upsert(SAMPLES) == len(SAMPLES)
            backend.commit()
            assert backend.count() == len(SAMPLES)
            assert backend.retried == 1
            assert proxy.bulk_seen == 5
        finally:
            drop(backend)
            backend.close()


def test_bulk_items_refused_as_busy_are_sent_again(opensearch_node: SearchNode) -> None:
    with FaultProxy(opensearch_node.url, mode="busy", count=2) as proxy:
        backend = _through(proxy, fresh_options(chunk_size=5))
        try:
            assert backend.upsert(SAMPLES) == len(SAMPLES)
            backend.commit()
            assert backend.count() == len(SAMPLES)
            assert backend.retried == 2  # the first chunk twice; later chunks pass at once
            assert all(backend.get(r.id) == r.to_dict() for r in SAMPLES)
        finally:
            drop(backend)
            backend.close()


def test_bulk_retries_give_up_with_a_plain_error(opensearch_node: SearchNode) -> None:
    with FaultProxy(opensearch_node.url, mode="busy", count=1000) as proxy:
        backend = _through(proxy, fresh_options(max_retries=2))
        try:
            with pytest.raises(BulkRejected, match="es_rejected_execution_exception") as info:
                backend.upsert(SAMPLES[:3])
            assert len(info.value.rejected) == 3
            assert proxy.bulk_seen == 3  # the first try and 2 retries
        finally:
            drop(backend)
            backend.close()
    with FaultProxy(opensearch_node.url, mode="drop", count=1000) as proxy:
        backend = _through(proxy, fresh_options(max_retries=1))
        try:
            with pytest.raises(BackendUnavailable, match="could not write documents"):
                backend.upsert(SAMPLES[:3])
        finally:
            drop(backend)
            backend.close()


# --- the chm command on OpenSearch, and the same answers as tantivy from the same store ----------


def test_chm_commands_on_opensearch_give_tantivys_answers(
    tmp_path: Path, opensearch_node: SearchNode, demo_oai_server: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from cli.main import main
    from index.tantivy_ import TantivyIndex
    from pipeline.indexing import catch_up_index
    from store import Store

    server = demo_oai_server(count=150, node="es-chm", page_size=40)
    alias = f"chm-test-{uuid.uuid4().hex[:12]}"
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\npath = "chm.sqlite"\n[vocabulary]\nfiles = []\n'
        f'[index]\nbackend = "opensearch"\nurl = "{opensearch_node.url}"\n'
        f'[opensearch]\nindex = "{alias}"\nreplicas = 0\n'
        "[security]\nallow_private_hosts = true\n"
        f'[[nodes]]\nid = "es-chm"\nprotocol = "oai-pmh"\nurl = "{server.url}"\n'
    )

    def chm(*argv: str) -> dict[str, Any]:
        assert main(["--config", str(config), *argv, "--json"]) == 0
        return dict(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))

    assert chm("harvest", "es-chm")["status"] == "success"
    assert chm("reindex")["indexed"] == 150
    # the same store into tantivy: every query must give the same records and facet counts
    store = Store(tmp_path / "chm.sqlite")
    tantivy = TantivyIndex(tmp_path / "tantivy")
    catch_up_index(store, tantivy)
    opensearch = OpenSearchIndex.connect(opensearch_node.url, EsOptions(index=alias), env={})
    try:
        for text in ["", "plaguicidas", "mercurio OR plomo", '"sustancias químicas"', "eval*",
                     "-mercurio", "gestión residuos"]:  # fmt: skip
            query = SearchQuery(text=text, limit=200, facets=("type", "country", "year"),
                                highlight=False)  # fmt: skip
            want, got = tantivy.search(query), opensearch.search(query)
            assert got.total == want.total, text
            assert {h.id for h in got.hits} == {h.id for h in want.hits}, text
            assert got.facets == want.facets, text
        found = chm("search", "plaguicidas")
        assert found["total"] == tantivy.search(SearchQuery(text="plaguicidas")).total
    finally:
        tantivy.close()
        store.close()
        drop(opensearch)
        opensearch.close()


# --- cognate forms: the same look-up as tantivy's, the same results ------------------------------

_PARITY_EXTRA = [
    # a form in text of unknown language or in subjects only is not "held in that language's
    # text": it must not make the form known, on either backend
    Record(id="cog:und", node="cog", source_id="und", type="document",
           title={"und": "cloruro de vinilo"}, languages=["und"]),
    Record(id="cog:subj", node="cog", source_id="subj", type="project",
           title={"en": "rail freight"}, subjects=["chlorure", "toxicidad"], languages=["en"]),
    # forms held under the analysers' rules only: a plural, an accent, a regional tag, a
    # description
    Record(id="cog:ca", node="cog", source_id="ca", type="document",
           title={"fr-CA": "Chlorures et vinyles"}, languages=["fr"]),
    Record(id="cog:desc", node="cog", source_id="desc", type="project", title={"fr": "Rapport"},
           description={"fr": "Toxicité du phosphate"}, languages=["fr"]),
    Record(id="cog:es", node="cog", source_id="es", type="document",
           title={"es": "Fosfatos y bioacumulación"}, languages=["es"]),
]  # fmt: skip
_PARITY_QUERIES = (
    *COGNATE_QUERY_WORDS,
    "chlorures", "toxicités", "vinyl chloride", "chloride -toxicity", "phosphate OR vinilo",
    '"vinyl chloride"', "cloruro AND rail", "bioaccumulation -fosfato", "oxybenzone OR vinyl",
)  # fmt: skip


@pytest.mark.parametrize("switch", ["on", "off"])
def test_cognates_give_the_same_results_as_tantivy(
    osi: OpenSearchIndex, switch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For words only cognate forms translate, OpenSearch looks the forms up in its index as
    tantivy does (one request per query) and finds the same records, totals and facet
    counts; ``CHM_COGNATES=off`` switches both off."""
    from index.tantivy_ import TantivyIndex

    monkeypatch.setenv(COGNATES_ENV, switch)
    corpus = [*make_cognate_corpus(n=40), *_PARITY_EXTRA]
    tantivy = TantivyIndex(None)
    asked: list[int] = []
    look_up = osi.known_words
    monkeypatch.setattr(
        osi, "known_words", lambda pairs: asked.append(len(pairs)) or look_up(pairs)
    )
    try:
        for backend in (tantivy, osi):
            backend.upsert(corpus)
            backend.commit()
        differ = 0
        for text in _PARITY_QUERIES:
            query = SearchQuery(text=text, expander=_COGNATES, limit=1000, highlight=False,
                                facets=("type", "language"))  # fmt: skip
            want, got = tantivy.search(query), osi.search(query)
            assert {h.id for h in got.hits} == {h.id for h in want.hits}, text
            assert got.total == want.total, text
            assert got.facets == want.facets, text
            plain = tantivy.search(dataclasses.replace(query, expander=DictionaryExpander()))
            differ += plain.total != want.total
        if switch == "on":
            assert differ >= 5  # the cognates found more than the text and dictionary alone
            assert asked and max(asked) > 1  # all of a query's forms in one request
        else:
            assert differ == 0 and not asked
    finally:
        tantivy.close()


def test_loose_translation_phrases_find_what_tantivy_finds(osi: OpenSearchIndex) -> None:
    """A translation whose articles and *of* words come and go (``loose_segments``) is an
    intervals rule here and exact phrases on tantivy: the same records, totals and facet
    counts, on word sequences drawn so that gaps, reorders and near-misses all occur
    (``tests/index/test_loose_phrases.py``), with the gaps of every size and place."""
    from index.tantivy_ import TantivyIndex
    from tests.index.test_loose_phrases import (
        FIXED,
        PHRASES,
        PhraseExpander,
        random_descriptions,
        record,
    )

    corpus = [record(i, t) for i, t in enumerate(FIXED + random_descriptions(5, 150))]
    tantivy = TantivyIndex(None)
    phrases = dict(PHRASES)
    extra = {
        "a": "sistemas de la de depósito y devolución",
        "b": "agua de los del ríos",
        "c": "gestión del riesgo y calidad de agua",
        "d": "depósito de y devolución",
    }
    try:
        for backend in (tantivy, osi):
            backend.upsert(corpus)
            backend.commit()
        for word, phrase in [*phrases.items(), *extra.items()]:
            PHRASES[word] = phrase
            query = SearchQuery(text=word, expander=PhraseExpander(), limit=1000,
                                highlight=False, facets=("year",))  # fmt: skip
            want, got = tantivy.search(query), osi.search(query)
            assert want.total > 0 or word in extra, word
            assert {h.id for h in got.hits} == {h.id for h in want.hits}, (word, phrase)
            assert got.total == want.total and got.facets == want.facets, word
    finally:
        PHRASES.clear()
        PHRASES.update(phrases)
        tantivy.close()


def test_a_translation_of_a_shared_stem_is_the_word_itself_on_both(osi: OpenSearchIndex) -> None:
    """An exact translation (``index.query.Item.exact``: Spanish *mareas*, which the stemmer
    cuts to *mar*, the sea) finds the same records on OpenSearch as on tantivy: the titles,
    subjects and unknown-language text that say it, never a page that only names the sea."""
    from tests.index.test_stem_shared import LEXICON, RECORDS
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS
    from vocabulary.search import QueryExpander

    expander = QueryExpander(load_vocabulary([PROJECT_THESAURUS]), LEXICON, dictionary=None)
    tantivy = TantivyIndex(None)
    try:
        for backend in (tantivy, osi):
            backend.upsert(RECORDS)
            backend.commit()
        for text in ["tides", "marshes", "sea", "tides OR marshes", "sea -tides", "floating"]:
            query = SearchQuery(text=text, expander=expander, limit=100, highlight=False)
            want, got = tantivy.search(query), osi.search(query)
            assert {h.id for h in got.hits} == {h.id for h in want.hits}, text
            assert got.total == want.total, text
        tides = SearchQuery(text="tides", expander=expander, limit=100, highlight=False)
        assert {h.id for h in osi.search(tides).hits} == {"es-chm:r2", "es-chm:r3", "es-chm:r4"}
        floating = SearchQuery(text="floating", expander=expander, limit=100, highlight=False)
        assert {h.id for h in osi.search(floating).hits} == {"es-chm:r7"}  # not the fleet
    finally:
        tantivy.close()
