"""A translation the index's stemmer cuts to a stem another word of its language has
(:meth:`vocabulary.search.QueryExpander.stem_shared`) is looked for as the word itself
(:attr:`index.query.Item.exact`): in titles, subjects and text of unknown language, which the
index keeps unstemmed, never in the stemmed text of its language.

Found from outside on the judged records: Snowball stems Spanish *mareas* (tides) and *mar*
(the sea) alike, so ``q=tides`` found 86 records, 49 of them Spanish pages that name the sea
and no tide; ``marshes`` found French pages dated *mars* (March) through *marais*, ``deer``
Spanish pages where something *se ven* through *venados*. The records here are written for the
test (not the demo generator's). Both backends build the same items from one parse; the
Elasticsearch body is checked in ``tests/index/test_es_query.py``'s way below, as no server
runs in this test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.es_query import item_query
from index.query import Item, inflections, parse_text
from index.tantivy_ import TantivyIndex
from mappings.record import Record
from tests.index.contract import q
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS
from vocabulary.search import Lexicon, QueryExpander

LEXICON = Lexicon(
    [
        (["tides"], ["marées"], ["mareas"]),
        (["sea"], ["mer"], ["mar"]),
        (["marshes"], ["marais"], ["marismas"]),
        (["March"], ["mars"], ["marzo"]),
        (["tourists"], ["touristes"], ["turistas", "turista"]),
        (["tourist"], ["touristique"], ["turística", "turístico"]),
        (["crops"], ["cultures"], ["cultivos"]),
        (["floating"], ["flottant"], ["flotante"]),
        (["fleet"], ["flotte"], ["flota"]),
        (["retardants", "retardant"], ["retardant"], ["retardante"]),
        (["delay"], ["retard"], ["retraso"]),
        (["climbing"], ["escalade"], ["escalada"]),
        (["scale"], ["échelle"], ["escala"]),
    ]
)


@pytest.fixture(scope="module")
def expander() -> QueryExpander:
    # the lexicon above only: no dictionary, so every word the check sees is written here
    return QueryExpander(load_vocabulary([PROJECT_THESAURUS]), LEXICON, dictionary=None)


def test_a_stem_another_word_has_is_seen(expander: QueryExpander) -> None:
    assert expander.stem_shared("mareas", "es")  # mar, the sea
    assert expander.stem_shared("Mareas", "es")
    assert expander.stem_shared("marais", "fr")  # mars, March
    # a shorter word it begins with is another word: escala, a scale (pequeña escala)
    assert expander.stem_shared("escalada", "es")
    # one stem, one idea: both translated as a form of tourist
    assert not expander.stem_shared("turística", "es")
    # the stemmer cuts two letters only: a plural, not another word
    assert not expander.stem_shared("cultivos", "es")
    assert not expander.stem_shared("mar", "es")  # the stem itself is no cut word
    assert not expander.stem_shared("mareas", "xx")
    assert not expander.stem_shared("", "es")
    # without the sea in the lexicon nothing else stems to mar: the word is searched stemmed
    alone = QueryExpander(expander.vocab, Lexicon([(["tides"], ["marées"], ["mareas"])]), None)
    assert not alone.stem_shared("mareas", "es")
    # nor without the scale: escalada is then searched stemmed
    climbing = Lexicon([(["climbing"], ["escalade"], ["escalada"])])
    assert not QueryExpander(expander.vocab, climbing, None).stem_shared("escalada", "es")


def test_the_parse_keeps_such_a_translation_apart(expander: QueryExpander) -> None:
    (item,) = parse_text("tides", expander).groups[0]
    assert isinstance(item, Item)
    assert item.exact == (("es", "mareas"),)
    assert ("es", "mareas") not in item.translations
    assert ("fr", "marées") in item.translations
    (sea,) = parse_text("sea", expander).groups[0]
    assert isinstance(sea, Item)
    assert ("es", "mar") in sea.translations and not sea.exact


def record(
    i: int, lang: str, title: str, description: str, subjects: tuple[str, ...] = ()
) -> Record:
    return Record(
        id=f"es-chm:r{i}", node="es-chm", source_id=f"r{i}",
        title={lang: title}, description={lang: description}, languages=(lang,),
        subjects=list(subjects), type="document", date=dt.date(2020, 1, 1 + i).isoformat(),
    )  # fmt: skip


RECORDS = [
    record(1, "es", "Pesca artesanal en el mar de Cortés", "Las cooperativas salen al mar."),
    record(2, "es", "Tablas de mareas de Cádiz", "Horas de la pleamar en el mar de Cádiz."),
    record(3, "es", "Inundaciones en Valparaíso", "Oleaje y marejadas.", ("mareas",)),
    record(4, "en", "Tide gauges of the Irish Sea", "Hourly tides at twelve ports."),
    record(5, "fr", "Fête de la science", "Ateliers en mars 2023 dans les écoles du Var."),
    record(6, "fr", "Les marais salants de Guérande", "Oiseaux des bassins."),
    record(7, "fr", "Les écoles flottantes du Tonlé Sap", "Des classes sur le lac."),
    record(8, "fr", "La flotte de pêche de Sète", "Chalutiers et petits métiers."),
]


@pytest.fixture(scope="module")
def index() -> Iterator[TantivyIndex]:
    idx = TantivyIndex(None)
    idx.upsert(RECORDS)
    idx.commit()
    yield idx
    idx.close()


def found(index: TantivyIndex, text: str, expander: QueryExpander) -> set[str]:
    result = index.search(q(text, expander=expander, limit=100))
    assert result.total == len(result.hits)
    return {h.id.rsplit(":r", 1)[1] for h in result.hits}


def test_tides_do_not_find_the_sea(index: TantivyIndex, expander: QueryExpander) -> None:
    # the Spanish title and subject that say mareas; not the page that names only the sea
    assert found(index, "tides", expander) == {"2", "3", "4"}
    assert found(index, "sea", expander) >= {"1", "4"}
    # English marshes: the French marais, not the French page dated in March
    assert found(index, "marshes", expander) == {"6"}


def test_a_word_looked_for_as_itself_keeps_its_regular_forms(
    index: TantivyIndex, expander: QueryExpander
) -> None:
    # French flottant shares flott with flotte (a fleet): looked for as the word itself, and
    # as the feminine and plural forms the stemmer would have joined (écoles flottantes)
    (item,) = parse_text("floating", expander).groups[0]
    assert isinstance(item, Item)
    assert item.exact == (
        ("fr", "flottant"), ("fr", "flottante"), ("fr", "flottants"), ("fr", "flottantes"),
    )  # fmt: skip
    assert found(index, "floating", expander) == {"7"}  # not the fleet


def test_a_form_that_is_an_english_word_is_not_looked_for(expander: QueryExpander) -> None:
    # French retardant shares retard (a delay); its plural is the English retardants, which
    # subjects and text of unknown language would find on every flame-retardant page
    (item,) = parse_text("retardante", expander).groups[0]
    assert isinstance(item, Item)
    assert item.exact == (("fr", "retardant"), ("fr", "retardante"), ("fr", "retardantes"))
    assert expander.is_english_word("retardants") and not expander.is_english_word("flottants")


def test_the_forms_of_a_word_are_its_gender_and_number_only() -> None:
    assert inflections("fr", "flottant") == (
        ("fr", "flottante"), ("fr", "flottants"), ("fr", "flottantes"),
    )  # fmt: skip
    assert inflections("fr", "marée") == (("fr", "marées"),)
    assert inflections("fr", "marais") == ()
    assert inflections("es", "flotante") == (("es", "flotantes"),)
    assert inflections("es", "granado") == (("es", "granados"),)  # never granada, the fruit
    assert inflections("es", "capataz") == (("es", "capataces"),)
    assert inflections("es", "mareas") == ()
    assert inflections("en", "tide") == (("en", "tides"),)
    assert inflections("en", "box") == (("en", "boxes"),)
    assert inflections("de", "Flut") == ()
    assert inflections("fr", "co2") == inflections("fr", "") == ()


@given(st.sampled_from(["en", "fr", "es"]), st.text(min_size=1, max_size=14))
def test_every_form_is_the_word_lengthened(lang: str, word: str) -> None:
    forms = inflections(lang, word)
    assert all(form_lang == lang for form_lang, _ in forms)
    for _lang, form in forms:
        base = word[:-1] if word.lower().endswith("z") and lang == "es" else word
        assert form.startswith(base) and len(form) > len(word) and form != word
    assert len(set(forms)) == len(forms)
    if not word.isalpha() or len(word) < 3:
        assert forms == ()


def test_the_word_itself_is_marked(index: TantivyIndex, expander: QueryExpander) -> None:
    result = index.search(q("tides", expander=expander, limit=100, highlight=True))
    marked = {h.id: h.highlights for h in result.hits}
    title = marked["es-chm:r2"]["title"]
    assert "<mark>mareas</mark>" in title
    # the sea in its description is not marked through the stem of mareas
    assert "<mark>mar</mark>" not in marked["es-chm:r2"].get("description", "")


def test_the_cluster_body_asks_the_unstemmed_fields_only() -> None:
    body = item_query(Item("tides", translations=(("fr", "marées"),), exact=(("es", "mareas"),)))
    shoulds = body["bool"]["should"]
    stemmed, exact = (s["multi_match"] for s in shoulds[1:])
    assert any(f.startswith("title_fr") for f in stemmed["fields"])
    names = [f.split("^")[0] for f in exact["fields"]]
    assert names == ["title_all", "title_other", "description_other", "subjects"]
    assert exact["query"] == "mareas" and exact["type"] == "phrase"
