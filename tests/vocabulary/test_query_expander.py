"""What query words mean with the project's thesaurus (:class:`vocabulary.search.QueryExpander`)
and how filter values are read (:func:`vocabulary.search.resolve_filter_values`)."""

from __future__ import annotations

import pytest

from vocabulary.loader import load_vocabulary
from vocabulary.model import BASE_URI, PROJECT_THESAURUS
from vocabulary.search import QueryExpander, UnknownValue, resolve_filter_values

T = BASE_URI + "topic/"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary([PROJECT_THESAURUS])


@pytest.fixture(scope="module")
def expander(vocab):
    return QueryExpander(vocab)


def _field(alternatives, name):
    return dict(alternatives).get(name, ())


def test_a_label_in_any_language_means_the_concept_and_its_narrower_ones(expander, vocab):
    for word in ("plaguicidas", "pesticides", "Pesticide"):
        concepts = set(_field(expander.alternatives(word), "concept"))
        assert vocab.narrower_closure(T + "pesticides") <= concepts, word
        assert len(vocab.narrower_closure(T + "pesticides")) > 1


def test_gmo_and_lmo_are_one_idea(expander):
    for word in ("OGM", "GMO", "LMO", "OVM", "living modified organisms"):
        concepts = set(_field(expander.alternatives(word), "concept"))
        assert {T + "gmos", T + "lmos", T + "gm-crops", T + "lmo-ffp"} <= concepts, word


def test_short_labels_only_as_written(expander):
    assert expander.alternatives("ogm") == ()
    assert expander.alternatives("es") == ()  # a Spanish word, not Spain


def test_types_regions_and_countries(expander):
    assert _field(expander.alternatives("perfil nacional"), "type") == ("national-profile",)
    assert _field(expander.alternatives("profil national"), "type") == ("national-profile",)
    region = _field(expander.alternatives("Afrique de l'Ouest"), "region")
    assert BASE_URI + "region/western-africa" in region
    assert _field(expander.alternatives("Sénégal"), "country") == ("SN",)
    assert _field(expander.alternatives("Ghana"), "country") == ("GH",)


def test_a_run_never_starts_or_ends_with_a_stop_word(expander):
    assert expander.alternatives("des déchets") == ()
    assert expander.alternatives("déchets de") == ()
    assert expander.is_stopword("de") and expander.is_stopword("The")
    assert not expander.is_stopword("mercure")


def test_filter_values_from_ids_labels_and_uris(vocab):
    region = resolve_filter_values(vocab, "region", ["western-africa"])
    assert BASE_URI + "region/western-africa" in region
    assert resolve_filter_values(vocab, "type", ["Projet"]) == ("project",)
    concept = resolve_filter_values(vocab, "concept", ["plaguicidas"])
    assert set(concept) == vocab.narrower_closure(T + "pesticides")
    assert resolve_filter_values(vocab, "country", ["Côte d'Ivoire"]) == ("CI",)
    assert resolve_filter_values(vocab, "status", ["open"]) == ("open",)  # other fields as given


def test_unknown_filter_values_suggest_the_closest(vocab):
    with pytest.raises(UnknownValue) as info:
        resolve_filter_values(vocab, "region", ["westrn-africa"])
    assert "western-africa" in info.value.suggestions
    with pytest.raises(UnknownValue) as info:
        resolve_filter_values(vocab, "type", ["projct"])
    assert "project" in info.value.suggestions


def test_a_label_of_a_topic_and_of_a_type_means_the_topic(expander, vocab):
    # "national action plan" types a node's record as a national profile, but the reader
    # asks for action plans, not every national profile
    for text in ("national action plan", "needs assessment", "grants"):
        alternatives = expander.alternatives(text)
        assert _field(alternatives, "concept"), text
        assert not _field(alternatives, "type"), text
    assert T + "action-plans" in _field(expander.alternatives("national action plan"), "concept")
    # a type label that names no topic still means the type, in every language
    for text in ("perfil nacional", "national profile", "projets", "necesidades"):
        assert _field(expander.alternatives(text), "type"), text
    # best practices are case studies (lessons from experience), not guidelines
    for text in ("best practices", "bonnes pratiques", "buenas prácticas"):
        assert _field(expander.alternatives(text), "type") == ("case-study",), text
        assert not _field(expander.alternatives(text), "concept"), text


def test_a_label_that_starts_with_a_stop_word_names_its_concept_as_written(expander):
    # French "une" is a stop word, and also the first word of the name "Une seule santé"
    # (One Health): the whole label, as written, names the concept; a run that only starts
    # with a stop word still names nothing
    for text in ("Une seule santé", "une seule sante", "One Health", "Una sola salud"):
        assert T + "one-health" in _field(expander.alternatives(text), "concept"), text
    assert expander.alternatives("une santé") == ()
    assert expander.alternatives("des déchets") == ()


def test_a_broad_concept_does_not_own_the_labels_of_a_narrower_idea(expander, vocab):
    # the topic a word names, with its narrower ones, and never the broader concept's other
    # records: "genre" is gender (under vulnerable groups), not every record about children;
    # "datos abiertos" is open data, not every dataset; "One Health" reaches zoonoses
    for word in ("gender", "genre", "género"):
        concepts = set(_field(expander.alternatives(word), "concept"))
        assert T + "gender" in concepts and T + "vulnerable-groups" not in concepts, word
    for word in ("open data", "données ouvertes", "datos abiertos"):
        alternatives = dict(expander.alternatives(word))
        assert alternatives == {"concept": (T + "open-data",)}, word
    assert T + "zoonoses" in _field(expander.alternatives("Une seule santé"), "concept")
    assert T + "one-health" not in _field(expander.alternatives("zoonoses"), "concept")
    nitrate = set(_field(expander.alternatives("nitrate pollution"), "concept"))
    assert nitrate == {T + "nitrate-pollution"}
    assert T + "nitrate-pollution" in vocab.narrower_closure(T + "nutrient-pollution")
