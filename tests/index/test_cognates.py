"""Cognate forms of words no dictionary knows (:class:`index.query.CorpusExpander`): kept
only when the index holds them in that language's text; the search semantics (AND never adds,
``-t`` and ``t`` share nothing, facet counts equal filtered totals) hold with them, checked
against the reference evaluator on a corpus of technical words in three languages."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.query import parse_text, with_cognates
from index.tantivy_ import TantivyIndex
from mappings.record import Record
from tests.index.contract import gq, ids
from tests.index.generated import DictionaryExpander, reference_ids
from vocabulary.dictionary import COGNATES_ENV, CorpusExpander, attach_cognates, cognates
from vocabulary.text import fold

WORDS = {
    "en": ("chloride", "vinyl", "toxicity", "phosphate", "bioaccumulation", "river", "rail"),
    "fr": ("chlorure", "vinyle", "toxicite", "phosphate", "bioaccumulation", "riviere"),
    "es": ("cloruro", "vinilo", "toxicidad", "fosfato", "bioacumulacion", "rio", "lago"),
}
QUERY_WORDS = sorted({w for ws in WORDS.values() for w in ws} | {"oxybenzone", "sturgeon"})


class CognateExpander(DictionaryExpander):
    """The generated dictionary expander with cognates, as
    :meth:`vocabulary.search.QueryExpander.with_corpus` offers them."""

    def with_corpus(self, known: Callable[[str, str], bool]) -> Any:
        return attach_cognates(self, known)


_EXPANDER = CognateExpander()


def _corpus(seed: int = 3, n: int = 60) -> list[Record]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang = rnd.choice(("en", "fr", "es"))
        out.append(
            Record(
                id=f"cog:r{i}",
                node="cog",
                source_id=f"r{i}",
                type=rnd.choice(("document", "project")),
                title={lang: " ".join(rnd.choices(WORDS[lang], k=rnd.randint(1, 3)))},
                languages=[lang],
            )
        )
    return out


def _known(corpus: list[Record]) -> CorpusExpander:
    """The reference: a form is known when some record's text of that language has it."""
    by_lang: dict[str, set[str]] = {}
    for record in corpus:
        for lang, text in record.title.items():
            by_lang.setdefault(lang, set()).update(fold(text).split())
    return CorpusExpander(_EXPANDER, lambda lang, word: word in by_lang.get(lang, set()))


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TantivyIndex, list]]:
    corpus = _corpus()
    index = TantivyIndex(tmp_path_factory.mktemp("cognates") / "index")
    index.upsert(corpus)
    index.commit(last_seq=1)
    yield index, corpus
    index.close()


def test_cognate_candidates() -> None:
    assert ("fr", "chlorure") in cognates("chloride")
    assert ("es", "cloruro") in cognates("chloride")
    assert ("en", "chloride") in cognates("cloruro")
    assert ("es", "toxicidad") in cognates("toxicity")
    assert ("en", "phosphate") in cognates("fosfatos")
    assert ("es", "bioacumulacion") in cognates("bioaccumulation")
    assert cognates("the") == () and cognates("data") == () and cognates("gold") == ()
    assert cognates("vinyl chloride") == ()


def test_a_cognate_finds_the_other_languages_and_can_be_switched_off(
    indexed: tuple[TantivyIndex, list], monkeypatch: pytest.MonkeyPatch
) -> None:
    index, corpus = indexed
    found = ids(index.search(gq("chloride", expander=_EXPANDER)))
    langs = {r.languages[0] for r in corpus if r.id in found}
    assert langs == {"en", "fr", "es"}
    monkeypatch.setenv(COGNATES_ENV, "off")
    assert with_cognates(_EXPANDER, lambda _l, _w: True) is _EXPANDER
    alone = ids(index.search(gq("chloride", expander=_EXPANDER)))
    assert alone < found
    assert {r.languages[0] for r in corpus if r.id in alone} == {"en"}


def test_a_form_the_index_does_not_hold_is_not_kept(indexed: tuple[TantivyIndex, list]) -> None:
    index, _corpus_ = indexed
    item = parse_text("chloride", _known(_corpus_)).groups[0][0]
    assert ("es", "cloride") not in item.translations  # a candidate no record has
    assert not parse_text("sturgeon", _known(_corpus_)).groups[0][0].translations
    assert index.search(gq("sturgeon", expander=_EXPANDER)).total == 0


_term = st.sampled_from(QUERY_WORDS)
_text = st.lists(_term, min_size=1, max_size=3).map(" ".join)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_text, term=_term)
def test_with_cognates_the_properties_hold(
    indexed: tuple[TantivyIndex, list], text: str, term: str
) -> None:
    """The results are the reference's; an AND term never adds records; ``q -t`` and ``t``
    share none; facet counts equal filtered totals."""
    index, corpus = indexed
    result = index.search(gq(text, expander=_EXPANDER, facets=("type",)))
    want = reference_ids(corpus, parse_text(text, _known(corpus)))
    assert ids(result) == want, (text, sorted(ids(result) ^ want)[:5])
    assert ids(index.search(gq(f"{text} AND {term}", expander=_EXPANDER))) <= want
    alone = ids(index.search(gq(term, expander=_EXPANDER)))
    assert not ids(index.search(gq(f"{text} -{term}", expander=_EXPANDER))) & alone
    for value, count in result.facets["type"]:
        filtered = gq(text, expander=_EXPANDER, filters={"type": (value,)}, limit=0)
        assert index.search(filtered).total == count, value
