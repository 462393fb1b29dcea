"""A French word typed with an elided article (*l'eau*) means the word: found by outside
testing, ``q=l'eau`` found 187 records and ``q=eau`` 189 (the two missing said *oiseaux
d'eau* and *cétacés d'eau douce*: text analysis keeps the *l* of *l'eau* as a word, so it was
the phrase *l eau*). Labels of several words (*Côte d'Ivoire*, *couche d'ozone*) and quoted
phrases keep what was typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.query import parse_text
from index.tantivy_ import TantivyIndex
from mappings.record import Record
from tests.index.contract import q

TEXTS = {
    "r1": "Comptage des oiseaux d'eau du lac",
    "r2": "La qualité de l'eau des puits",
    "r3": "Cétacés d'eau douce de l'Amazone",
    "r4": "Protection de la couche d'ozone",
}


@pytest.fixture(scope="module")
def index() -> Iterator[TantivyIndex]:
    idx = TantivyIndex(None)
    idx.upsert([
        Record(id=f"fr-chm:{rid}", node="fr-chm", source_id=rid, title={"fr": text},
               languages=("fr",), type="document")
        for rid, text in TEXTS.items()
    ])  # fmt: skip
    idx.commit()
    yield idx
    idx.close()


def found(index: TantivyIndex, text: str) -> set[str]:
    return {h.id.split(":")[1] for h in index.search(q(text, limit=100)).hits}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("l'eau", "eau"), ("d'eau", "eau"), ("L’eau", "eau"), ("qu'elle", "elle"),
     ("l'eau*", "eau"), ("d'", "d'"), ("aujourd'hui", "aujourd'hui")],
)  # fmt: skip
def test_a_word_typed_with_an_elided_article_means_the_word(typed: str, meant: str) -> None:
    (item,) = parse_text(typed, None).groups[0]
    assert item.text == meant


def test_phrases_and_exclusions(index: TantivyIndex) -> None:
    assert parse_text('"qualité de l\'eau"', None).groups[0][0].text == "qualité de l'eau"
    assert [i.text for i in parse_text("mercure -l'eau", None).excluded] == ["eau"]
    assert found(index, "l'eau") == found(index, "eau") == {"r1", "r2", "r3"}
    # French stop words (l, d, de) are not in the French field (index.base.FIELD_STOPWORDS):
    # inside a phrase they keep their place, so the phrase stays exact; at its edge a stop
    # word asks nothing there ("l'eau" quoted is eau in French text, as on Lucene engines)
    assert found(index, '"oiseaux d\'eau"') == {"r1"}
    assert found(index, '"qualité de l\'eau"') == {"r2"}
    assert found(index, '"qualité d\'eau"') == set()  # one word where "de l'" holds two
    assert found(index, '"l\'eau"') == found(index, "eau")
    assert found(index, "lac -l'eau") == set()
