"""The embedded tantivy backend: the conformance suite plus tantivy-specific behaviour
(reopening, schema upgrades, the writer lock, the backend registry)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.config import IndexSettings, Settings
from index.base import BackendUnavailable, IndexBackend, SearchQuery
from index.query import Item, fold_lang, parse_text
from index.registry import backend_class, open_backend
from index.tantivy_ import (
    ANALYZERS,
    STATE_FILE,
    STEM_ONLY,
    STEMMERS,
    Highlighter,
    TantivyIndex,
    render_marks,
)
from mappings.record import Record
from tests.index.contract import IndexBackendContract, gq, ids, q
from tests.index.generated import (
    POOL,
    GenExpander,
    ancestors,
    closure,
    make_corpus,
    reference_ids,
)
from tests.index.samples import SAMPLES, facet_counts


class TestTantivyIndex(IndexBackendContract):
    supports_reopen = True

    @pytest.fixture
    def backend(self, tmp_path: Path) -> Iterator[IndexBackend]:
        index = TantivyIndex(tmp_path / "index")
        yield index
        index.close()

    def reopen(self, backend: IndexBackend) -> IndexBackend:
        assert isinstance(backend, TantivyIndex)
        backend.close()
        return TantivyIndex(backend.path)


class TestTantivyIndexOneWriterThread(TestTantivyIndex):
    """The whole contract with the writer a harvest uses (one indexing thread)."""

    @pytest.fixture
    def backend(self, tmp_path: Path) -> Iterator[IndexBackend]:
        index = TantivyIndex(tmp_path / "index")
        index.writer_threads = 1
        yield index
        index.close()

    def reopen(self, backend: IndexBackend) -> IndexBackend:
        reopened = super().reopen(backend)
        assert isinstance(reopened, TantivyIndex)
        reopened.writer_threads = 1
        return reopened


def _by_id(result: Any) -> tuple[int, Any, dict[str, float]]:
    """A result as total, facets and each hit's score by id (the order of equal scores is
    the order of the documents in the segments, which the writer's threads decide)."""
    return result.total, result.facets, {h.id: round(h.score, 5) for h in result.hits}


def test_one_writer_thread_makes_a_segment_per_commit_and_the_same_results(
    tmp_path: Path,
) -> None:
    corpus = make_corpus(n=120)
    built: dict[int, TantivyIndex] = {}
    for threads in (1, 0):  # the harvest's writer; tantivy's choice (one per core)
        index = TantivyIndex(tmp_path / str(threads))
        index.writer_threads = threads
        index.concept_ancestors = ancestors
        for start in range(0, 120, 40):
            index.upsert(corpus[start : start + 40])
            index.commit(last_seq=start + 40)
        built[threads] = index
    meta = json.loads((tmp_path / "1" / "meta.json").read_text())
    assert [seg["max_doc"] for seg in meta["segments"]] == [40, 40, 40]
    for text in ("", *POOL[:40:3], "water OR sol", "-water"):
        for sort in ("relevance", "date", "-date"):
            query = gq(text, facets=("type", "country", "concept", "year"), limit=200, sort=sort)
            one, default = built[1].search(query), built[0].search(query)
            assert _by_id(one) == _by_id(default)
            if sort != "relevance":  # date keys are distinct: the same order
                assert [h.id for h in one.hits] == [h.id for h in default.hits]
    for index in built.values():
        index.close()


def test_in_memory_index_works(tmp_path: Path) -> None:
    index = TantivyIndex(None)
    index.upsert(SAMPLES)
    index.commit(last_seq=3)
    assert index.search(q("mercure")).total >= 1
    assert index.health() == {
        "backend": "tantivy", "documents": len(SAMPLES), "path": ":memory:", "last_seq": 3,
    }  # fmt: skip
    index.close()


def test_uncommitted_writes_are_invisible_and_lost_on_close(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path)
    index.upsert(SAMPLES[:2])
    index.commit(last_seq=2)
    index.upsert(SAMPLES[2:])
    assert index.count() == 2
    index.close()
    again = TantivyIndex(tmp_path)
    assert again.count() == 2
    assert again.last_seq() == 2
    again.close()


def test_state_file_is_json_beside_the_index(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path)
    index.commit(last_seq=12)
    assert json.loads((tmp_path / STATE_FILE).read_text())["last_seq"] == 12
    index.close()


def test_older_schema_is_rebuilt_empty(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path)
    index.upsert(SAMPLES)
    index.commit(last_seq=9)
    index.close()
    (tmp_path / STATE_FILE).write_text(json.dumps({"schema_version": 0, "last_seq": 9}))
    again = TantivyIndex(tmp_path)
    assert again.count() == 0
    assert again.last_seq() == 0  # the caller's catch-up re-indexes from the store
    again.upsert(SAMPLES[:1])
    again.commit()
    assert again.count() == 1
    again.close()


def test_second_writer_gets_a_clear_error_until_the_first_commits(tmp_path: Path) -> None:
    first = TantivyIndex(tmp_path)
    first.upsert(SAMPLES[:1])
    second = TantivyIndex(tmp_path)
    assert second.count() == 0  # reading is fine
    with pytest.raises(BackendUnavailable, match="another process"):
        second.upsert(SAMPLES[1:2])
    first.commit()  # releases the writer lock
    second.upsert(SAMPLES[1:2])
    second.commit()
    assert second.count() == 2
    second.close()
    first.close()


def test_kept_writer_holds_the_lock(tmp_path: Path) -> None:
    first = TantivyIndex(tmp_path, release_writer=False)
    first.upsert(SAMPLES[:1])
    first.commit()
    second = TantivyIndex(tmp_path)
    with pytest.raises(BackendUnavailable, match="another process"):
        second.delete(["x"])
    first.close()
    second.delete(["x"])
    second.close()


def test_unusable_path_is_backend_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(BackendUnavailable, match="cannot open the index"):
        TantivyIndex(blocker / "index")


def test_closed_index_refuses_calls(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path)
    index.close()
    index.close()
    with pytest.raises(BackendUnavailable, match="closed"):
        index.search(SearchQuery())


def test_registry_opens_tantivy(tmp_path: Path) -> None:
    settings = Settings(
        path=tmp_path / "config.toml", db_path=tmp_path / "chm.db",
        index=IndexSettings(backend="tantivy", path=tmp_path / "idx"),
        harvest=None, security=None, nodes=(),  # type: ignore[arg-type]
    )  # fmt: skip
    backend = open_backend(settings)
    assert isinstance(backend, TantivyIndex)
    assert backend.health()["path"] == str(tmp_path / "idx")
    backend.close()
    with pytest.raises(BackendUnavailable, match="unknown index backend 'solr'"):
        backend_class("solr")


def test_prefix_of_a_stemmed_word_matches(tmp_path: Path) -> None:
    index = TantivyIndex(None)
    index.upsert(SAMPLES)
    index.commit()
    # "monitoring" is indexed in text_en as the stem "monitor"; the folded prefix still works
    assert "ke-chm:p5" in ids(index.search(q("monitori*")))
    assert ids(index.search(q("drinking-wat*"))) == {"ke-chm:p5"}  # phrase prefix
    index.close()


def test_render_marks_windows_long_text() -> None:
    text = "word " * 100 + "mercury " + "tail " * 100
    start = text.index("mercury")
    html = render_marks(text, [(start, start + 7)], 120)
    assert "<mark>mercury</mark>" in html
    assert html.startswith("…")
    assert html.endswith("…")
    assert len(html) < 160


def test_highlights_prefixes_and_prefer_the_query_language() -> None:
    index = TantivyIndex(None)
    index.upsert(SAMPLES)
    index.commit()
    res = index.search(SearchQuery(text="pesticid*", lang="fr", facets=()))
    hit = next(h for h in res.hits if h.id == "fr-chm:oai:chm.fr:2")
    assert hit.highlights["title"] == (
        "Guide de sécurité pour l&#x27;utilisation des <mark>pesticides</mark>"
    )
    res = index.search(SearchQuery(text="pesticid*", lang="en", facets=()))
    hit = next(h for h in res.hits if h.id == "fr-chm:oai:chm.fr:2")
    assert hit.highlights["title"] == "Safety guide for <mark>pesticide</mark> use"
    index.close()


def _marked_by_analysing_twice(items: list[Item], text: str, tag: str) -> str | None:
    """What :meth:`Highlighter.mark` must return: the text analysed by the folding analyser
    and by its language's stemming one, each token compared with that analyser's terms."""
    highlighter, lang = Highlighter(items), fold_lang(tag)
    spans: set[tuple[int, int]] = set()
    for key in {lang if lang in STEMMERS else "fold", "fold"}:
        terms, prefixes = highlighter.terms[key], highlighter.prefixes[key]
        for tok in ANALYZERS[key].pre_tokenize(text).tokens:
            if tok.text in terms or (prefixes and tok.text.startswith(prefixes)):
                spans.add((tok.char_offset_from, tok.char_offset_to))
    return render_marks(text, sorted(spans), 400) if spans else None


_WORDS = st.sampled_from(
    [
        "Pesticides",
        "pesticide",
        "plaguicidas",
        "sécurité",
        "SECURITE",
        "gestión",
        "formación",
        "formations",
        "trabajadores",
        "travailleurs",
        "workers",
        "working",
        "Œuvre",
        "straße",
        "½",
        "æther",
        "ﬁnancement",
        "réglementation",
        "regulations",
        "x1",
        "2019",
        "l'eau",
        "d'œuvre",
        "a" * 63 + "é",
        "é" * 40,
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_WORDS, min_size=1, max_size=12).map(" ".join),
    st.lists(st.tuples(_WORDS, st.booleans()), min_size=1, max_size=3),
    st.sampled_from(["en", "fr", "es", "fr-CA", "pt", "de", "und"]),
)
@example("½ ½ pesticides", [("pesticides", False)], "en")  # folds to "1/2": two tokens
@example("Pesticides et formations", [("pesticide", False), ("formation", False)], "fr")
def test_highlights_stem_each_word_once_and_mark_what_analysing_twice_marks(
    text: str, query: list[tuple[str, bool]], tag: str
) -> None:
    items = [Item(word[:4], kind="prefix") if prefix else Item(word) for word, prefix in query]
    assert Highlighter(items).mark(text, tag, 400) == _marked_by_analysing_twice(items, text, tag)


# A random hierarchy over eight concepts (concept i may have broader concepts among all
# eight, so cycles happen), records tagged with a few of them, and a concept filter.
_BROADER = st.lists(st.lists(st.integers(0, 7), max_size=2), min_size=8, max_size=8)
_TAGS = st.lists(st.lists(st.integers(0, 7), max_size=3), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(_BROADER, _TAGS, st.lists(st.integers(0, 7), min_size=1, max_size=8, unique=True))
@example([[1], [0], [], [], [], [], [], []], [[0], [2]], [0, 1])  # a cycle: keep both
@example([[1], [2], [], [], [], [], [], []], [[0], [3]], [0, 2])  # c2 is broader than c0
def test_a_concept_filter_asks_only_for_its_broadest_values_and_finds_the_same(
    broader: list[list[int]], tags: list[list[int]], wanted: list[int]
) -> None:
    closures = {f"c{i}": closure(broader, i) for i in range(8)}
    index = TantivyIndex(None)
    index.concept_ancestors = closures.__getitem__
    records = [
        Record(id=f"n:{k}", node="n", source_id=str(k), title={"en": f"record {k}"},
               concepts=[f"c{i}" for i in tagged])
        for k, tagged in enumerate(tags)
    ]  # fmt: skip
    index.upsert(records)
    index.commit()
    values = tuple(f"c{i}" for i in wanted)
    roots = index.concept_roots(values)
    assert set(roots) <= set(values)
    # every value is a root or has a broader root: the records holding it hold that root
    assert all(any(r in closures[v] for r in roots) for v in values)
    # ...and no root is narrower than another (outside a cycle): nothing redundant is asked
    assert not any(
        r != s and r in closures[s] and s not in closures[r] for r in roots for s in roots
    )
    want = {r.id for r in records if set(values) & set().union(*map(closures.get, r.concepts))}
    got = index.search(q(filters={"concept": values}, limit=100))
    assert ids(got) == want


def test_concept_ancestors_are_asked_once_per_concept_and_follow_a_new_vocabulary() -> None:
    from dataclasses import replace

    from index.tantivy_ import record_fields

    asked: list[str] = []

    def ancestors(uri: str) -> frozenset[str]:
        asked.append(uri)
        return frozenset({uri, uri + "-parent"})

    recs = [replace(r, concepts=["c1", "c2"], concepts_inferred=["c1"]) for r in SAMPLES]
    index = TantivyIndex(None)
    index.concept_ancestors = ancestors
    index.upsert(recs)
    index.commit(last_seq=1)
    assert sorted(asked) == ["c1", "c2"]  # remembered across records and upserts
    got = index.search(q(filters={"concept": ("c2-parent",)}))
    assert got.total == len(recs)
    for r in recs:  # the same values as without the memo
        assert record_fields(r, index._ancestors()) == record_fields(r, ancestors)
    index.concept_ancestors = lambda uri: frozenset({uri, uri + "-other"})
    index.upsert(recs[:1])
    index.commit(last_seq=2)
    # the new vocabulary is asked, not the old one's memo
    assert index.search(q(filters={"concept": ("c1-other",)})).total == 1
    index.close()


# --- remembered totals and facet counts ------------------------------------------------------

_COUNT_FACETS = ("type", "country", "concept", "year")


def _counts(result: Any) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    return result.total, result.facets


def _state(records: dict[str, Record], text: str) -> tuple[int, dict[str, int]]:
    """Brute-force total and type counts of ``text`` over the committed ``records``."""
    parsed = parse_text(text, GenExpander())
    matched = [records[i] for i in reference_ids(records.values(), parsed)]
    return len(matched), facet_counts(matched, "type")


@pytest.fixture(scope="module")
def counted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[TantivyIndex, TantivyIndex]]:
    """The generated corpus, and two handles on it: one remembering counts, one not."""
    path = tmp_path_factory.mktemp("counted")
    remembering = TantivyIndex(path)
    remembering.concept_ancestors = ancestors
    remembering.upsert(make_corpus())
    remembering.commit(last_seq=1)
    counting = TantivyIndex(path)
    counting.concept_ancestors = ancestors
    counting._counts.size = 0  # never remembers: every search counts afresh
    yield remembering, counting
    remembering.close()
    counting.close()


@settings(max_examples=40, deadline=None)
@given(
    text=st.lists(st.sampled_from([*POOL[:30], "-mercury", "gmo OR lmo", "pesti*"]),
                  max_size=3).map(" ".join),
    types=st.lists(st.sampled_from(["project", "document", "national-profile"]), max_size=2),
    sort=st.sampled_from(["relevance", "date", "-date"]),
)  # fmt: skip
def test_remembered_counts_equal_counting_afresh_on_every_page(
    counted: tuple[TantivyIndex, TantivyIndex], text: str, types: list[str], sort: str
) -> None:
    """Page 1 counts, page 2 (through the cursor) and the query asked again are served from
    memory: the same total and facets as a handle that always counts."""
    remembering, counting = counted
    query = gq(text, filters={"type": tuple(types)} if types else {}, facets=_COUNT_FACETS,
               limit=7, sort=sort)  # fmt: skip
    expected = counting.search(query)
    first = remembering.search(query)
    assert _counts(first) == _counts(expected)
    assert [h.id for h in first.hits] == [h.id for h in expected.hits] or sort == "relevance"
    again = remembering.search(query)
    assert _counts(again) == _counts(expected)
    if first.next_cursor:
        nxt = replace(query, search_after=first.next_cursor)
        page2, page2_expected = remembering.search(nxt), counting.search(nxt)
        assert _counts(page2) == _counts(page2_expected) == _counts(expected)
        assert [h.id for h in page2.hits] == [h.id for h in page2_expected.hits]
    # the same records and counts whatever the order of the filter values
    if len(types) == 2:
        swapped = replace(query, filters={"type": (types[1], types[0])})
        assert _counts(remembering.search(swapped)) == _counts(expected)


def test_counts_are_remembered_per_query_and_dropped_at_a_reload(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path)
    index.concept_ancestors = ancestors
    index.upsert(make_corpus())
    index.commit()
    query = gq("mercury", facets=_COUNT_FACETS, limit=5)
    first = index.search(query)
    assert len(index._counts) == 1
    index.search(replace(query, offset=5, highlight=True, lang="fr"))  # the next page
    index.search(replace(query, sort="-date"))
    assert len(index._counts) == 1  # page, sort, highlights, language: one entry
    index.search(replace(query, facets=("type",)))
    assert len(index._counts) == 2
    index.refresh()  # nothing committed since: the searcher and the counts stay
    assert len(index._counts) == 2
    index.upsert([Record(id="xx:new", node="xx", source_id="new", type="project",
                         title={"en": "mercury"}, countries=["KE"])])  # fmt: skip
    assert index.search(query).total == first.total  # not committed: not visible
    index.commit()
    assert len(index._counts) == 0
    assert index.search(query).total == first.total + 1
    index.close()


_STEP = st.tuples(
    st.sampled_from(["upsert", "delete", "commit", "refresh"]),
    st.integers(0, 59),
    st.sampled_from(POOL[:12]),
)
"""One write step of the stale-counts tests: what to do, to which record, with which word."""


def _serving_and_writing(path: Path) -> tuple[TantivyIndex, TantivyIndex]:
    """Two handles on one index (a server and a harvest in another process), 30 of the
    corpus's 60 records committed."""
    serving, writing = TantivyIndex(path), TantivyIndex(path)
    for index in (serving, writing):
        index.concept_ancestors = ancestors
    writing.upsert(make_corpus(n=60)[:30])
    writing.commit()
    return serving, writing


def _write_and_check(
    serving: TantivyIndex, writing: TantivyIndex, steps: list[tuple[str, int, str]],
    texts: tuple[str, ...],
) -> None:  # fmt: skip
    """Apply ``steps`` through ``writing``; after each, every text's total and type facets
    on ``serving`` are those of what is committed."""
    corpus = make_corpus(n=60)
    committed = {r.id: r for r in corpus[:30]}
    pending = dict(committed)
    for op, n, word in steps:
        record = corpus[n]
        if op == "upsert":
            changed = record.with_changes(title={"en": f"{word} {record.id}"})
            writing.upsert([changed])
            pending[record.id] = changed
        elif op == "delete":
            writing.delete([record.id])
            pending.pop(record.id, None)
        elif op == "commit":
            writing.commit()
            committed = dict(pending)
        else:
            serving.refresh()
        for text in texts:
            result = serving.search(gq(text, facets=("type",), limit=0))
            total, types = _state(committed, text)
            assert result.total == total, (op, text)
            assert dict(result.facets["type"]) == types, (op, text)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(steps=st.lists(_STEP, min_size=1, max_size=12))
def test_a_write_then_a_commit_or_refresh_never_serves_stale_counts(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, str]]
) -> None:
    """A serving handle searches while another handle (a harvest in another process) writes
    and commits: after every step each query's total and facets are those of what is
    committed, never what was remembered before a commit (with or without ``refresh``)."""
    serving, writing = _serving_and_writing(tmp_path_factory.mktemp("stale"))
    _write_and_check(serving, writing, steps, ("mercury", "pesticides", "training", ""))
    writing.rollback()
    serving.close()
    writing.close()


# --- warm-up ---------------------------------------------------------------------------------

_WARM_TEXTS = ("mercury", "pesticides -river", "gmo OR lmo", "pesti*", '"hazardous waste"', "")


def _seen(result: Any) -> tuple[Any, ...]:
    """Everything a reader sees of a result: ids in order, scores, highlights, counts."""
    return (result.total, result.facets, result.next_cursor,
            [(h.id, round(h.score, 5), h.highlights) for h in result.hits])  # fmt: skip


def _segmented(path: Path) -> list[Record]:
    """The generated corpus committed in three batches (three segments at least)."""
    corpus = make_corpus(n=90)
    index = TantivyIndex(path)
    index.concept_ancestors = ancestors
    for start in range(0, 90, 30):
        index.upsert(corpus[start : start + 30])
        index.commit(last_seq=start + 30)
    index.close()
    return corpus


def test_warm_up_reads_the_committed_segments_and_changes_no_result(tmp_path: Path) -> None:
    from index.tantivy_ import WARM_FILES, segment_files

    _segmented(tmp_path)
    queries = [gq(t, facets=_COUNT_FACETS, limit=7, sort=s, highlight=True)
               for t in _WARM_TEXTS for s in ("relevance", "-date")]  # fmt: skip
    cold = TantivyIndex(tmp_path)
    cold.concept_ancestors = ancestors
    expected = [_seen(cold.search(query)) for query in queries]
    cold.close()
    warm = TantivyIndex(tmp_path)
    warm.concept_ancestors = ancestors
    warm.start_warming(queries[:3])
    assert warm.wait_warm(timeout=60)
    files = segment_files(tmp_path, (tmp_path / "meta.json").read_bytes())
    segments = json.loads((tmp_path / "meta.json").read_text())["segments"]
    assert len({f.name.split(".")[0] for f in files}) == len(segments) >= 1
    assert {f.name.split(".")[1] for f in files} <= set(WARM_FILES)
    assert {f.name for f in files} == warm._warmed  # every file of every segment, once
    assert len(warm._counts) == 2  # the warm-up queries' counts (a sort shares them)
    assert [_seen(warm.search(query)) for query in queries] == expected
    warm.close()


def test_segment_files_order_and_unknown_files(tmp_path: Path) -> None:
    from index.tantivy_ import segment_files

    meta = {"segments": [{"segment_id": "aaaa-bb", "max_doc": 5},
                         {"segment_id": "cccc-dd", "max_doc": 50}]}  # fmt: skip
    for name in ("aaaabb.store", "aaaabb.fast", "ccccdd.fast", "ccccdd.idx", "eeeeff.fast",
                 "ccccdd.7.del", "meta.json", ".managed.json"):  # fmt: skip
        (tmp_path / name).write_bytes(b"x")
    got = [f.name for f in segment_files(tmp_path, json.dumps(meta).encode())]
    # fast fields first, the largest segment first; stored records last; no other file
    assert got == ["ccccdd.fast", "aaaabb.fast", "ccccdd.idx", "aaaabb.store"]
    assert segment_files(tmp_path, b"not json") == []
    assert segment_files(tmp_path, b"") == []


def test_warm_up_stays_within_its_budget_and_reads_the_rest_later(tmp_path: Path) -> None:
    _segmented(tmp_path)
    index = TantivyIndex(tmp_path)
    index.warm_bytes = 100
    generation = index._generation
    assert index._warm_files(generation) == 100
    assert index._warmed == set()  # no file was read to its end
    index.warm_bytes = 1 << 40
    assert index._warm_files(generation) > 100
    assert index._warmed and index._warm_files(generation) == 0  # read once only
    index.close()


def test_a_stale_warm_up_reads_and_remembers_nothing(tmp_path: Path) -> None:
    corpus = _segmented(tmp_path)
    index = TantivyIndex(tmp_path)
    index.concept_ancestors = ancestors
    query = gq("mercury", facets=_COUNT_FACETS, limit=3)
    index._warm_queries = (query,)
    old = index._generation
    writer = TantivyIndex(tmp_path)
    writer.delete([r.id for r in corpus[:45]])
    writer.commit()
    writer.close()
    index.refresh()  # a new searcher: the old generation's warm-up must stop
    assert index._generation != old
    assert index._warm_files(old) == 0
    index._warm(old, first=True)
    assert len(index._counts) == 0
    assert index.search(query).total == _state({r.id: r for r in corpus[45:]}, "mercury")[0]
    index.close()


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(steps=st.lists(_STEP, min_size=1, max_size=10))
def test_a_warming_handle_never_serves_stale_counts(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, str]]
) -> None:
    """As above, with the serving handle warming every new searcher in the background
    (asking the very queries checked here): its counts are still those of what is
    committed after every step, whether or not its warm-up has finished."""
    serving, writing = _serving_and_writing(tmp_path_factory.mktemp("warmstale"))
    texts = ("mercury", "pesticides", "")
    serving.start_warming([gq(t, facets=("type",), limit=0) for t in texts])
    _write_and_check(serving, writing, steps, texts)
    writing.rollback()
    serving.close()
    assert serving.wait_warm(timeout=0)  # close waited for it
    writing.close()


# --- skipping the delete of ids known new ----------------------------------------------------

_WRITE = st.tuples(
    st.sampled_from([0, 1]),  # which of the two handles
    st.sampled_from(["upsert", "upsert", "upsert", "delete", "commit", "rollback", "clear"]),
    st.integers(0, 3),
)
"""One step of two handles writing one index in turn (a harvest, then a reindex...)."""


def _record(n: int, version: int) -> Record:
    return Record(id=f"n:{n}", node="n", source_id=str(n), title={"en": f"v{version} record"})


def _apply_write(index: TantivyIndex, op: str, n: int, version: int, model: dict[str, Any]) -> None:
    """Apply one step to ``index`` and to ``model`` (``committed`` and ``pending`` ids ->
    title, ``holder``: the handle with uncommitted writes)."""
    if op in ("upsert", "delete", "clear") and model["holder"] not in (None, index):
        with pytest.raises(BackendUnavailable):
            index.delete(["x"])  # the other handle writes: this one waits its turn
        return
    if op == "upsert":
        record = _record(n, version)
        index.upsert([record])
        model["pending"][record.id] = record.title["en"]
    elif op == "delete":
        index.delete([f"n:{n}"])
        model["pending"].pop(f"n:{n}", None)
    elif op == "clear":
        index.clear()
        model["pending"], model["committed"] = {}, {}
    elif op == "commit" and model["holder"] in (None, index):
        index.commit()
        model["committed"] = dict(model["pending"])
    elif op == "rollback" and model["holder"] in (None, index):
        index.rollback()
        model["pending"] = dict(model["committed"])
    else:
        return
    model["holder"] = index if op in ("upsert", "delete") else None


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(steps=st.lists(_WRITE, min_size=1, max_size=25), bits=st.sampled_from([8, 64, 1 << 25]))
@example(steps=[(0, "upsert", 1), (0, "commit", 0), (1, "upsert", 2), (1, "commit", 0),
                (0, "upsert", 2), (0, "commit", 0)], bits=1 << 25)  # fmt: skip
def test_upserts_that_skip_the_delete_of_new_ids_keep_one_document_per_id(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[int, str, int]], bits: int
) -> None:
    """Two handles write one index in turn (each between the other's commits), upserting,
    deleting, committing, rolling back and clearing: after every step, what is committed is
    one document per id, the last one committed (whether an upsert skipped its delete-by-id
    because its handle knew the id new, or not: ``bits`` small makes ids share bits)."""
    path = tmp_path_factory.mktemp("known-new")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("index.tantivy_.ADDED_BITS", bits)
        handles = (TantivyIndex(path), TantivyIndex(path))
        model: dict[str, Any] = {"committed": {}, "pending": {}, "holder": None}
        for version, (which, op, n) in enumerate(steps):
            _apply_write(handles[which], op, n, version, model)
            reader = handles[1 - which]
            reader.refresh()
            assert reader.count() == len(model["committed"]), (version, op)
            for rid, title in model["committed"].items():
                assert reader.get(rid)["title"] == {"en": title}, (version, op)
        for index in handles:
            index.rollback()
            index.close()


def _schema_4() -> Any:
    """The schema before version 5 (every keyword field with positions, ``id`` stored, the
    date key and sort keys in the inverted index too): what version 5 must search alike."""
    import tantivy

    from index.tantivy_ import KEYWORD_FIELDS, TEXT_FIELDS

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_bytes_field("doc", stored=True)
    for name, (key, _boost) in TEXT_FIELDS.items():
        sb.add_text_field(name, tokenizer_name=f"chm_{key}")
    for name in KEYWORD_FIELDS:
        sb.add_text_field(name, fast=True, tokenizer_name="raw")
    sb.add_integer_field("year", indexed=True, fast=True)
    sb.add_integer_field("date_sort", indexed=True, fast=True)
    sb.add_unsigned_field("sort_asc", indexed=True, fast=True)
    sb.add_unsigned_field("sort_desc", indexed=True, fast=True)
    return sb.build()


@pytest.fixture(scope="module")
def both_schemas(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[TantivyIndex, TantivyIndex]]:
    """The generated corpus (and the samples) in an index of schema 4 and one of today's,
    written alike (one thread, three commits: the same segments)."""
    corpus = [*make_corpus(n=150), *SAMPLES]
    built = []
    for old in (True, False):
        with pytest.MonkeyPatch.context() as mp:
            if old:
                mp.setattr("index.tantivy_.build_schema", _schema_4)
            index = TantivyIndex(tmp_path_factory.mktemp("schema"))
        index.writer_threads = 1
        index.concept_ancestors = ancestors
        for start in range(0, len(corpus), 60):
            index.upsert(corpus[start : start + 60])
            index.commit(last_seq=start + 60)
        built.append(index)
    yield built[0], built[1]
    for index in built:
        index.close()


_YEARS = st.one_of(st.none(), st.integers(1990, 2026))
_DATES = st.one_of(st.none(), st.sampled_from(["2001-03", "2010", "2015-06-30", "2019-07-15"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.just(""), st.lists(st.sampled_from(POOL), max_size=3).map(" ".join),
                   st.tuples(st.sampled_from(POOL), st.sampled_from(POOL)).map(
                       lambda p: f'"{p[0]} {p[1]}" OR {p[1]} -{p[0]}')),
    sort=st.sampled_from(("relevance", "date", "-date")),
    types=st.lists(st.sampled_from(("project", "document", "need", "national-profile")),
                   max_size=2, unique=True),
    years=st.tuples(_YEARS, _YEARS),
    dates=st.tuples(_DATES, _DATES),
    limit=st.integers(1, 12),
)  # fmt: skip
def test_schema_5_searches_as_schema_4(
    both_schemas: tuple[TantivyIndex, TantivyIndex],
    text: str,
    sort: str,
    types: list[str],
    years: tuple[int | None, int | None],
    dates: tuple[str | None, str | None],
    limit: int,
) -> None:
    """Same totals, facets, scores and highlights; by date, the same pages and cursors page
    after page (date cursors are range queries on the sort keys; date filters on
    ``date_sort``). By relevance every hit is compared by id: equal scores come in the order
    of the segments, which two indexes need not share."""
    old, new = both_schemas
    query = gq(text, sort=sort, limit=limit, facets=(*_COUNT_FACETS, "node", "language"),
               filters={"type": tuple(types)} if types else {}, highlight=True,
               year_from=years[0], year_to=years[1],
               date_from=dates[0], date_to=dates[1])  # fmt: skip
    if sort == "relevance":
        query = replace(query, limit=1000)
        got, want = new.search(query), old.search(query)
        assert (got.total, got.facets) == (want.total, want.facets)
        assert {h.id: (round(h.score, 5), h.highlights) for h in got.hits} == {
            h.id: (round(h.score, 5), h.highlights) for h in want.hits
        }
    for _page in range(3 if sort != "relevance" else 0):
        seen = _seen(old.search(query))
        assert _seen(new.search(query)) == seen
        if seen[2] is None:
            break
        query = replace(query, search_after=seen[2])
    for record_id in ("gen-0:r0", "gen-1:r1", SAMPLES[0].id):
        assert old.get(record_id) == new.get(record_id)


def test_a_stop_word_is_never_marked_through_a_content_word_of_its_stem() -> None:
    # the stemmed fields leave stop words out (index.base.FIELD_STOPWORDS): Spanish "para"
    # (stem par) is no match of "páramos" (par), English "can" none of "cans"
    marked = Highlighter([Item("páramos")]).mark("Agua para los páramos", "es", 400)
    assert marked == "Agua para los <mark>páramos</mark>"
    marked = Highlighter([Item("cans")]).mark("We can recycle cans", "en", 400)
    assert marked == "We can recycle <mark>cans</mark>"
    # (French "mais" and "maïs" fold alike: the unstemmed fields match both, so both are marked)


def test_each_thread_analyses_with_analysers_of_its_own() -> None:
    # a tantivy TextAnalyzer is borrowed mutably while it analyses, and Python can switch
    # threads meanwhile: two threads sharing one failed with "Already borrowed" (a search's
    # highlights beside the warm-up's queries). Each thread gets its own, the same answers.
    from vocabulary.search import _stem_analyzers

    text = "Américas: the spotted turtles of rivers"
    here = {key: ANALYZERS[key] for key in ANALYZERS}
    assert all(ANALYZERS[key] is here[key] for key in here)  # kept for the thread
    assert STEM_ONLY["en"] is not here["en"]  # every word kept: another analyser
    assert _stem_analyzers()["fr"] is here["fr"]  # the vocabulary's view of the same ones
    there: dict[str, Any] = {}
    failures: list[BaseException] = []

    def other() -> None:
        try:
            there.update({key: ANALYZERS[key] for key in ANALYZERS})
            there["stem fr"] = _stem_analyzers()["fr"]
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert not failures
    assert set(there) == {*here, "stem fr"}
    assert all(there[key] is not here[key] for key in here)
    assert there["stem fr"] is there["fr"]
    assert all(there[key].analyze(text) == here[key].analyze(text) for key in here)
    assert "fold" not in _stem_analyzers() and "xx" not in ANALYZERS
    with pytest.raises(KeyError):
        ANALYZERS["xx"]
