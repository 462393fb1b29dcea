"""Enrichment (supplied vs inferred concepts, precision safeguards, regions, type) and gaps."""

from __future__ import annotations

import sqlite3

import pytest

from mappings.record import Record
from tests.vocabulary.helpers import R, T
from vocabulary.enrich import enrich
from vocabulary.gaps import FIXES, GapCounter, top_gaps
from vocabulary.resolver import Vocabulary


def rec(**kw: object) -> Record:
    base: dict[str, object] = {"id": "sn-chm:1", "node": "sn-chm", "source_id": "1"}
    base.update(kw)
    return Record(**base)  # type: ignore[arg-type]


def test_subjects_are_supplied_and_text_is_inferred(vocab):
    r = enrich(
        rec(
            subjects=["POPs; mercury"],
            title={"en": "Inventory of PCB transformers in Dakar"},
            description={"fr": "Gestion écologiquement rationnelle des déchets dangereux"},
        ),
        vocab,
    )
    assert r.concepts[:2] == [T + "pops", T + "mercury"]
    assert T + "pcb-equipment" in r.concepts_inferred
    assert T + "hazardous-waste" in r.concepts_inferred
    assert set(r.concepts_inferred) <= set(r.concepts)
    assert T + "pops" not in r.concepts_inferred  # came from a subject


@pytest.mark.parametrize(
    "text",
    [
        "Population growth and pop music in the region",
        "Rendering mipmap textures in games",
        "Pops and clicks in vinyl records",
        "A popular method for compost",
        "The COP adopted decisions on finance",  # English: COP = Conference of the Parties
    ],
)
def test_short_acronyms_never_match_inside_words_or_in_lower_case(vocab, text):
    r = enrich(rec(title={"en": text}), vocab)
    assert T + "pops" not in r.concepts
    assert T + "ipm" not in r.concepts


def test_acronyms_match_as_whole_words_in_their_language(vocab):
    assert T + "pops" in enrich(rec(title={"en": "National POP inventory"}), vocab).concepts
    assert T + "ipm" in enrich(rec(title={"es": "Programa de MIP en arroz"}), vocab).concepts
    assert T + "pops" in enrich(rec(title={"es": "Inventario de COP en Chile"}), vocab).concepts
    assert T + "ipm" not in enrich(rec(title={"en": "The MIP solver"}), vocab).concepts


def test_untagged_text_is_read_in_the_records_only_language(vocab):
    # "COP" is the Spanish acronym of POPs; an untagged description of a Spanish record is
    # Spanish, of an English record English, and of a bilingual record unknown (any language)
    text = {"und": "Inventario nacional de COP"}
    assert T + "pops" in enrich(rec(description=text, languages=["es"]), vocab).concepts
    assert T + "pops" not in enrich(rec(description=text, languages=["en"]), vocab).concepts
    assert T + "pops" in enrich(rec(description=text, languages=["en", "es"]), vocab).concepts
    # the plural rules follow the record's language too: French "-aux" is "-al"
    fr = rec(description={"und": "Pollution par un métal lourd"}, languages=["fr"])
    assert T + "heavy-metals" in enrich(fr, vocab).concepts


def test_generic_single_words_are_not_inferred_from_text(vocab):
    r = enrich(rec(title={"en": "Support for health and training of women"}), vocab)
    assert r.concepts == []
    # ...but they do resolve as subjects
    assert enrich(rec(subjects=["training"]), vocab).concepts == [T + "training"]


def test_longest_match_wins(vocab):
    r = enrich(rec(title={"en": "Hazardous waste strategy"}), vocab)
    assert r.concepts == [T + "hazardous-waste"]


def test_countries_resolve_to_regions(vocab):
    r = enrich(rec(countries=["SN", "BR"]), vocab)
    assert r.regions == [
        R + "western-africa",
        R + "sub-saharan-africa",
        R + "africa",
        R + "sahel",  # a grouping outside M49, after the country's M49 chain
        R + "south-america",
        R + "latin-america-caribbean",
        R + "americas",
    ]


def test_a_grouping_outside_m49_comes_after_the_m49_chain(vocab):
    r = enrich(rec(countries=["TD", "KE"]), vocab)
    assert r.regions[:4] == [
        R + "middle-africa",
        R + "sub-saharan-africa",
        R + "africa",
        R + "sahel",
    ]
    assert R + "sahel" not in enrich(rec(countries=["KE"]), vocab).regions


def test_type_confirmed_through_type_scheme(vocab):
    assert enrich(rec(subjects=["Proyecto", "plaguicidas"]), vocab).type == "project"
    assert enrich(rec(type="document", subjects=["Proyecto"]), vocab).type == "document"
    assert enrich(rec(subjects=["plaguicidas"]), vocab).type == "other"


def test_enrich_is_idempotent(vocab):
    r = rec(subjects=["mercure"], title={"en": "Dental amalgam phase-down"}, countries=["FR"])
    once = enrich(r, vocab)
    assert enrich(once, vocab) == once


def test_gaps_are_counted_flushed_and_listed(vocab):
    gaps = GapCounter()
    for _ in range(3):
        enrich(rec(subjects=["Quantum  Widgets", "mercury"]), vocab, gaps)
    enrich(rec(node="fr-chm", subjects=["bidule"]), vocab, gaps)
    assert dict(gaps.items())[("sn-chm", "quantum widgets", "unmapped")] == 3
    conn = sqlite3.connect(":memory:")
    assert gaps.flush(conn) == 2
    assert len(gaps) == 0
    enrich(rec(subjects=["quantum widgets"]), vocab, gaps)
    gaps.flush(conn)
    top = top_gaps(conn)
    assert top[0] == {
        "node_id": "sn-chm",
        "term": "quantum widgets",
        "count": 4,
        "kind": "unmapped",
        "fix": FIXES["unmapped"],
    }
    assert [g["term"] for g in top_gaps(conn, node_id="fr-chm")] == ["bidule"]
    assert top_gaps(conn, limit=1) == top[:1]


def test_gap_kind_is_validated():
    with pytest.raises(ValueError, match="gap kind"):
        GapCounter().add("n", "t", "weird")


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("A practical guide to soil sampling", "en", "guidelines"),
    ],
)
def test_a_label_of_another_language_is_not_read_in_text_of_a_known_language(
    vocab, text, lang, concept
):
    # French "guide" is a label (guidelines); in English text it is another word
    assert T + concept not in enrich(rec(title={lang: text}), vocab).concepts
    assert T + concept in enrich(rec(title={"und": text}, languages=[]), vocab).concepts


@pytest.mark.parametrize(
    "text",
    [
        "Rock formations of the coastal basin",  # "formations" (fr): a form of "formation"
        "Energy conservation in regulatory networks",
        "Regulatory-network conservation across bacterial species",
        "An alternative treatment for acute migraine",  # not asthma: a respiratory disease
    ],
)
def test_another_form_of_a_generic_label_is_not_inferred_from_running_text(vocab, text):
    # generic words ("formation", "conservation", "chemicals", "alternatives") name a
    # concept only as a subject, whatever the language of the text and the form of the word
    for lang in ("en", "und"):
        assert enrich(rec(title={lang: text}, languages=[]), vocab).concepts_inferred == []
    subject = enrich(rec(subjects=["formations"], languages=[]), vocab)
    assert T + "training" in subject.concepts


def test_french_labels_still_read_french_text(vocab):
    r = enrich(rec(title={"fr": "Analyses de laboratoire des sols contaminés"}), vocab)
    assert T + "chemical-analysis" in r.concepts


FILLER = (
    "The compound is a white crystalline powder that is odorless and soluble in water and "
    "alcohol. It melts at about 150 degrees and decomposes on heating, giving off irritating "
    "fumes. It is incompatible with strong oxidizing agents and strong acids, and it should "
    "be stored in a cool, dry place away from light. "
)


def test_one_passing_mention_in_a_long_description_is_not_a_topic(vocab):
    passing = FILLER + "It is used in dyes, insecticides and wood preservatives."
    assert len(passing.split()) > 50
    r = enrich(rec(title={"en": "Molecular structure of a compound"}, description={"en": passing}),
               vocab)  # fmt: skip
    assert T + "insecticides" not in r.concepts
    # named twice, or in the title, or in a short description, or as a subject: a topic
    twice = passing + " Insecticides made from it were banned in 1990."
    r = enrich(rec(description={"en": twice}), vocab)
    assert T + "insecticides" in r.concepts_inferred
    titled = rec(title={"en": "Insecticides from coal tar"}, description={"en": passing})
    assert T + "insecticides" in enrich(titled, vocab).concepts_inferred
    short = rec(description={"en": "It is used in dyes, insecticides and wood preservatives."})
    assert T + "insecticides" in enrich(short, vocab).concepts_inferred
    tagged = rec(subjects=["insecticide"], description={"en": passing})
    assert T + "insecticides" in enrich(tagged, vocab).concepts


def test_a_long_description_in_two_languages_needs_two_mentions_in_one(vocab):
    en = FILLER + "It is a phenyl mercury compound."
    r = enrich(rec(description={"en": en, "fr": en}), vocab)
    assert T + "mercury" not in r.concepts


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Guidance on alternatives to PFOS in firefighting foams"),
        ("en", "Pesticide inspections: a handbook for inspectors"),
        ("en", "The guidelines for the safe use of pesticides"),
        ("es", "Manual de buenas prácticas para el uso seguro de plaguicidas"),
        ("es", "Plaguicidas (guía para inspectores)"),
        ("fr", "Manuel sur le stockage des pesticides"),
        ("und", "Handbook of methods for sampling"),
    ],
)
def test_a_genre_word_heading_a_title_makes_the_record_guidance(vocab, lang, title):
    # "guidance", "manual" are too generic to be read in running text, but a title or a
    # part of one that starts with them says what the record is
    r = enrich(rec(title={lang: title}, languages=[] if lang == "und" else [lang]), vocab)
    assert T + "guidelines" in r.concepts_inferred


@pytest.mark.parametrize(
    "title",
    [
        "Manual sorting of plastic waste in Accra",  # the adjective, not the genre
        "Follow-up to the guidance of the Conference of the Parties",
        "Handling of obsolete pesticides, with a handbook annex",
        "Manual de capacitación en evaluación de riesgos",  # the longest label wins:
        "Manuel de formation sur la détection",  # training materials, not guidance
    ],
)
def test_a_genre_word_inside_a_title_is_not_read(vocab, title):
    r = enrich(rec(title={"en": title}, languages=["en"]), vocab)
    assert T + "guidelines" not in r.concepts


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Training on mercury inventories for customs officers"),
        ("fr", "Formation aux bonnes pratiques de réfrigération"),
        ("es", "Oferta: capacitación en manejo sostenible de tierras secas"),
        ("es", "Formación en buenas prácticas agrícolas"),
    ],
)
def test_an_activity_word_heading_a_title_of_its_language_makes_the_record_training(
    vocab, lang, title
):
    # "training", "formation", "capacitación" are generic labels, never read in running
    # text; a title (or a part of one) that starts with one says what the record offers
    r = enrich(rec(title={lang: title}, languages=[lang]), vocab)
    assert T + "training" in r.concepts_inferred


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Formation of ozone in the lower atmosphere"),  # French word, English title
        ("und", "Formation of ozone in the lower atmosphere"),  # a title of unknown language
        ("en", "Training needs of municipal waste collectors"),  # no preposition follows
        ("fr", "Formation des dioxines dans les incinérateurs"),  # a process, not a course
        ("es", "Formación de dioxinas en la quema a cielo abierto"),
    ],
)
def test_an_activity_word_is_read_only_heading_a_title_of_its_own_language(vocab, lang, title):
    r = enrich(rec(title={lang: title}, languages=[] if lang == "und" else [lang]), vocab)
    assert T + "training" not in r.concepts


def test_title_heads_remember_nothing_for_titles_no_genre_word_heads(vocab: Vocabulary) -> None:
    """The genre rule looks up labels only for parts a genre word can start: a harvest's
    titles must not fill the resolver's memos with their first words (it once held 1.4
    million Python objects more at 50,000 records), and the rule still reads its heads."""
    before = len(vocab._memo) + len(vocab._part_memo)
    for i in range(300):
        heads = vocab.title_heads(f"Restoration of wetland {i}: mangrove nurseries - phase {i}")
        assert heads == []
    assert len(vocab._memo) + len(vocab._part_memo) == before
    assert vocab.title_heads("Guidance on alternatives to PFOS", "en")
    assert vocab.title_heads("Pesticides: a handbook for inspectors", "en")
    assert vocab.title_heads("Manual sorting of waste", "en") == []


def test_gender_words_that_are_everyday_words_are_read_in_subjects_only(vocab):
    # French "genre" is also "kind" (ce genre de projets), Spanish "género" also a genus or
    # a cloth: in running text they tag nothing; as a subject, or in a longer label, they do
    plain = enrich(
        rec(
            title={"fr": "Un projet de ce genre à Dakar"},
            description={"es": "Una especie del género Quercus"},
        ),
        vocab,
    )
    assert T + "gender" not in plain.concepts
    assert enrich(rec(subjects=["genre"]), vocab).concepts == [T + "gender"]
    titled = enrich(rec(title={"es": "Equidad de género en las juntas de agua"}), vocab)
    assert T + "gender" in titled.concepts_inferred


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        # "instrumentos" alone named equipment; Spanish pages say it of laws and finance
        ("es", "Instrumentos financieros e instrumentos jurídicos", "equipment"),
    ],
)
def test_a_word_used_of_other_things_is_no_label_alone(vocab, lang, text, concept):
    assert T + concept not in enrich(rec(title={lang: text}), vocab).concepts


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        ("es", "Compra de instrumentos de laboratorio", "equipment"),
    ],
)
def test_the_precise_phrase_still_names_the_concept(vocab, lang, text, concept):
    assert T + concept in enrich(rec(title={lang: text}), vocab).concepts


def test_women_and_children_are_kinds_of_vulnerable_groups_not_labels_of_it(vocab):
    # a query for women reaches no record about children only (each is a concept of its
    # own); vulnerable groups still reaches both (the index's concept field holds ancestors)
    for lang, word in (("en", "women"), ("fr", "femmes"), ("es", "mujeres")):
        assert vocab.resolve(word, lang)[0] == (T + "women",)
    assert T + "vulnerable-groups" in vocab.concepts[T + "women"].broader
    assert T + "vulnerable-groups" in vocab.concepts[T + "children"].broader
    tagged = enrich(rec(subjects=["mujeres"]), vocab)
    assert tagged.concepts == [T + "women"]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # records of the real fixtures without a language tag (Zenodo, Erasmus DSpace): the
        # labels of every language are read in such text, and these are everyday words of one
        ("Released under the MIT License. License: Apache-2.0", "permits"),
        ("Licensed under the Apache License", "permits"),
        ("Een andere analyse van de Volendamse bestuurscultuur", "chemical-analysis"),
        ("ANALISIS ASUMSI NORMALITAS PADA MODEL REGRESI", "chemical-analysis"),
        ("Quantifying flake scar organisation on cores using orientation", "guidelines"),
    ],
)
def test_an_everyday_word_of_another_language_tags_nothing_in_untagged_text(vocab, text, concept):
    assert T + concept not in enrich(rec(title={"und": text}, languages=[]), vocab).concepts
    # as what a cataloguer said the record is about, the word still names the concept
    subject = {"permits": "licences", "chemical-analysis": "análisis"}.get(concept)
    if subject:
        assert T + concept in enrich(rec(subjects=[subject], languages=[]), vocab).concepts


def test_lyme_disease_is_a_tick_borne_disease(vocab):
    # a search for tick-borne diseases finds the pages on Lyme disease in every language
    # (the index's concept field holds a record's concepts' ancestors)
    for lang, word in (
        ("en", "tick-borne diseases"),
        ("es", "enfermedades transmitidas por garrapatas"),
    ):
        assert vocab.resolve(word, lang)[0] == (T + "tick-borne-diseases",)
    assert T + "tick-borne-diseases" in vocab.concepts[T + "lyme-disease"].broader
    assert T + "vector-borne-diseases" in vocab.concepts[T + "tick-borne-diseases"].broader
    tagged = enrich(
        rec(title={"fr": "La maladie de Lyme au Québec : tiques et maladie de Lyme"}), vocab
    )
    assert T + "lyme-disease" in tagged.concepts
