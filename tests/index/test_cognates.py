"""Cognate forms of words no dictionary knows (:class:`vocabulary.dictionary.CorpusExpander`):
the candidates, the rule that keeps a form only when the index holds it in that language's
text, and :func:`index.query.parse_with_corpus`, which asks a cluster for all of a query's
forms at once with the same result as asking form by form. The search semantics with
cognates (AND never adds, ``-t`` and ``t`` share nothing, phrases, facet counts equal
filtered totals) are properties of the contract suite, on every backend
(``tests/index/contract.py``); tantivy and OpenSearch giving the same results is
``tests/index/test_opensearch.py``'s."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.query import MAX_CORPUS_ROUNDS, parse_text, parse_with_corpus, with_cognates
from index.tantivy_ import TantivyIndex
from mappings.record import Record
from tests.index.contract import gq
from tests.index.generated import (
    COGNATE_QUERY_WORDS,
    CognateExpander,
    corpus_known,
    make_cognate_corpus,
)
from vocabulary.dictionary import COGNATES_ENV, CorpusExpander, cognates

_EXPANDER = CognateExpander()


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TantivyIndex, list]]:
    corpus = make_cognate_corpus()
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
    assert ("en", "hydroelectric") in cognates("hidroeléctricas")  # Spanish feminine plural
    assert ("es", "hidroelectrica") in cognates("hydroelectric")
    assert ("fr", "radioactif") in cognates("radioactive")
    assert ("es", "radioactivo") in cognates("radioactive")
    assert ("en", "fluorescent") in cognates("fluorescentes")
    assert ("es", "piretroide") in cognates("pyrethroids")
    assert ("es", "emision") in cognates("emission")
    assert ("en", "renal") in cognates("rénaux")  # French plural of -al
    # a word that begins with r after a prefix is written rr in Spanish, both ways
    assert ("es", "micorremediacion") in cognates("mycoremédiation")
    assert ("en", "mycoremediation") in cognates("micorremediación")
    assert ("en", "bioremediation") in cognates("biorremediación")
    # English phth is French pht, both ways (and Spanish ft)
    assert ("fr", "naphtalene") in cognates("naphthalene")
    assert ("en", "naphthalene") in cognates("naphtalène")
    assert ("fr", "phtalate") in cognates("phthalate")
    assert ("en", "ophthalmic") in cognates("ophtalmique")
    # -cide is -cida in Spanish (not the -ide / -uro of chloride / cloruro)
    assert ("es", "insecticida") in cognates("insecticide")
    assert ("es", "biocidas") in cognates("biocides")
    assert ("en", "rodenticide") in cognates("rodenticida")
    assert ("es", "naftaleno") in cognates("naphthalene")
    assert ("es", "corremediacion") not in cognates("mycoremédiation")
    assert cognates("the") == () and cognates("data") == () and cognates("gold") == ()
    assert cognates("vinyl chloride") == ()


def test_a_form_the_index_does_not_hold_is_not_kept(indexed: tuple[TantivyIndex, list]) -> None:
    index, corpus = indexed
    known = with_cognates(_EXPANDER, corpus_known(corpus))
    item = parse_text("chloride", known).groups[0][0]
    assert ("es", "cloride") not in item.translations  # a candidate no record has
    assert not parse_text("sturgeon", known).groups[0][0].translations
    assert index.search(gq("sturgeon", expander=_EXPANDER)).total == 0


class OneLanguage:
    """An expander whose dictionary gives each word in one language, or two, or none."""

    TABLE: ClassVar[dict[str, tuple[tuple[str, str], ...]]] = {
        "osmotique": (("es", "osmotico"),),
        "toxicite": (("en", "toxicity"), ("es", "toxicidad")),
        "mannes": (("en", "manna"),),  # Québec's mayflies, as the dictionaries read it
    }

    def translations(self, text: str) -> tuple[tuple[str, str], ...]:
        return self.TABLE.get(text, ())


def test_a_word_translated_into_one_language_gets_cognates_in_the_others() -> None:
    held = {("en", "osmotic"), ("en", "toxicity"), ("fr", "osmotique"), ("es", "toxicidad")}
    held |= {("es", "manes")}  # Spanish text holds it: its stem is mano's
    expander = CorpusExpander(OneLanguage(), lambda lang, form: (lang, form) in held)
    # French osmotique, which the dictionary gives only in Spanish, also finds English text
    assert expander.translations("osmotique") == (("es", "osmotico"), ("en", "osmotic"))
    # a translation that is no cognate of the word: the rules may not hold, nothing is added
    assert expander.translations("mannes") == (("en", "manna"),)
    # translated into two languages: the third is its own, nothing is added
    assert expander.translations("toxicite") == OneLanguage.TABLE["toxicite"]
    # untranslated: its cognates, as before; and only forms the index holds
    assert expander.translations("toxicity") == (("es", "toxicidad"),)


class Asked:
    """A batch look-up over the reference ``known``, counting its calls."""

    def __init__(self, corpus: list[Record]) -> None:
        self.known = corpus_known(corpus)
        self.batches: list[tuple[tuple[str, str], ...]] = []

    def __call__(self, asked: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        self.batches.append(tuple(asked))
        return {pair for pair in asked if self.known(*pair)}


_text = st.lists(st.sampled_from(COGNATE_QUERY_WORDS), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=_text)
def test_one_batch_gives_the_parse_of_a_form_by_form_look_up(text: str) -> None:
    corpus = make_cognate_corpus()
    look_up = Asked(corpus)
    parsed = parse_with_corpus(text, _EXPANDER, look_up)
    assert parsed == parse_text(text, with_cognates(_EXPANDER, corpus_known(corpus)))
    assert len(look_up.batches) <= 1  # every candidate is asked by the first parse
    assert len(look_up.batches) < MAX_CORPUS_ROUNDS


def test_nothing_is_looked_up_without_cognates(monkeypatch: pytest.MonkeyPatch) -> None:
    look_up = Asked(make_cognate_corpus())
    parse_with_corpus("river rio", _EXPANDER, look_up)  # the lexicon translates both
    parse_with_corpus("chloride", None, look_up)  # no expander: text only
    assert look_up.batches == []
    monkeypatch.setenv(COGNATES_ENV, "off")
    assert parse_with_corpus("chloride", _EXPANDER, look_up) == parse_text("chloride", _EXPANDER)
    assert look_up.batches == []
