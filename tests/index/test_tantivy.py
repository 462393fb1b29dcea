"""The embedded tantivy backend: the conformance suite plus tantivy-specific behaviour
(reopening, schema upgrades, the writer lock, the backend registry)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.config import IndexSettings, Settings
from index.base import BackendUnavailable, IndexBackend, SearchQuery
from index.query import Item, fold_lang
from index.registry import backend_class, open_backend
from index.tantivy_ import (
    ANALYZERS,
    STATE_FILE,
    STEMMERS,
    Highlighter,
    TantivyIndex,
    render_marks,
)
from mappings.record import Record
from tests.index.contract import IndexBackendContract, ids, q
from tests.index.generated import closure
from tests.index.samples import SAMPLES


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
