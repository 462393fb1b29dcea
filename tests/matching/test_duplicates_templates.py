# ruff: noqa: E501  (hand-written titles read best on one line)
"""Two texts of one template told apart by their subjects (issue 18, point 6: precision on
look-alike templates). Records written for these tests: a scientific authority's findings
for two monitor lizards of Ghana, a workshop on two rosewoods; none of a held-out set."""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from matching.duplicates import (
    _rare_form,
    cognate,
    dup_features,
    store_frequencies,
    title_match,
    two_subjects,
)
from tests.matching.helpers import rec

WILDLIFE = ["Wildlife Division of the Forestry Commission of Ghana"]
FINDING = "Non-detriment finding for the export of live specimens of the {} from Ghana, 2025"
WORKSHOP = "Regional workshop on the sustainable management and trade of timber of Pterocarpus {} in West African range states, Accra, 2025"


def _f(
    rid: str,
    node: str,
    title: str,
    vocab: Any,
    desc: str = "",
    countries: tuple[str, ...] = ("GH",),
    creators: list[str] | None = None,
    lang: str = "en",
) -> Any:
    return dup_features(
        rec(
            rid,
            "document",
            node,
            title={lang: title},
            description={lang: desc} if desc else {},
            date="2025",
            countries=list(countries),
            creators=WILDLIFE if creators is None else creators,
        ).to_dict(),
        vocab,
    )


def test_one_template_filled_in_for_two_species_is_two_texts(vocab: Any) -> None:
    """Rule 3 reads the two titles alike (token Jaccard 0.87: one epithet apart); each names
    a species the other record never says, and what else both say (the genus, "Accra") is
    the template's: two texts."""
    one = _f("p", "n1", WORKSHOP.format("erinaceus"), vocab)
    other = _f("q", "n2", WORKSHOP.format("tinctorius"), vocab)
    copy = _f("r", "n3", WORKSHOP.format("erinaceus"), vocab)
    assert two_subjects(one, other) and two_subjects(other, one)
    assert title_match(one, other) is None and title_match(other, one) is None
    assert not two_subjects(one, copy)
    assert title_match(one, copy) is not None  # the same template, the same species


def test_one_template_with_one_description_is_still_two_texts(vocab: Any) -> None:
    """Two courses of one series whose descriptions share the series' wording (the
    institute, the station, the town: words few records say, enough for rule 8) are still
    two courses."""
    desc = "Ten days at the Kakum field station of the Nkrumah Biodiversity Institute, Assin Fosu, with mist nets, acoustic detectors and the Institute's reference collection; {}."
    bats = _f(
        "b",
        "n1",
        "Regional course on the identification of fruit bats of West Africa, 2025",
        vocab,
        desc.format("bats only"),
    )
    frogs = _f(
        "f",
        "n2",
        "Regional course on the identification of reed frogs of West Africa, 2025",
        vocab,
        desc.format("frogs only"),
    )
    with store_frequencies({}, 10_000):  # (few records of the store say "bats", "frogs")
        assert two_subjects(bats, frogs)
        assert title_match(bats, frogs) is None and title_match(frogs, bats) is None


def test_a_short_copy_names_its_own_species_not_the_siblings(vocab: Any) -> None:
    """A national node's short copy ("Nilo NDF 2025", its description in its own words)
    says its original's species by a clipped name; against the finding for another monitor
    of the same series each record names a subject the other never says."""
    nile = _f(
        "a",
        "cites",
        FINDING.format("Nile monitor (Varanus niloticus)"),
        vocab,
        "The scientific authority's finding on exports of Nile monitors caught along the Volta and Oti rivers: capture quotas from transect counts, size limits for exporters, holding facilities in Accra and the marking of every consignment.",
    )
    savannah = _f(
        "y",
        "cites",
        FINDING.format("savannah monitor (Varanus exanthematicus)"),
        vocab,
        "The finding for the smaller savannah monitor of the northern grasslands.",
    )
    short = _f(
        "b",
        "gh-chm",
        "Nilo NDF 2025",
        vocab,
        "Wildlife Division: capture quotas from transect counts, size limits for exporters, holding facilities, marked consignments.",
        countries=(),
        creators=["Wildlife Division"],
    )
    assert not two_subjects(short, nile) and not two_subjects(nile, short)
    assert two_subjects(short, savannah) and two_subjects(savannah, short)
    assert two_subjects(nile, savannah)  # (one node's series: never compared by a rule)


def test_across_languages_a_word_apart_is_no_subject(vocab: Any) -> None:
    """Titles with no language in common are left to the rules' own checks (a word no list
    reads may be a translation: "vincular" / "connecting")."""
    en = _f("e", "n1", WORKSHOP.format("erinaceus"), vocab)
    fr = _f(
        "f",
        "n2",
        "Atelier régional sur la gestion durable et le commerce du bois de Pterocarpus tinctorius dans les États de l'aire de répartition d'Afrique de l'Ouest, Accra, 2025",
        vocab,
        lang="fr",
    )
    assert not two_subjects(en, fr)


def test_across_languages_two_concepts_apart_are_two_texts(vocab: Any) -> None:
    """Across languages only a word that is a concept's label counts (its translation would
    name the concept by another label): a plan on artisanal gold *mining* is not the plan on
    artisanal *fishing* (pêche) of one region, once the store says few records name them;
    the plan's translation still meets it."""
    mining = _f(
        "m",
        "n1",
        "National action plan on artisanal gold mining in the Volta region of Ghana",
        vocab,
    )
    fishing = _f(
        "p",
        "n2",
        "Plan d'action national sur la pêche artisanale dans la région de la Volta du Ghana",
        vocab,
        lang="fr",
    )
    same = _f(
        "s",
        "n3",
        "Plan d'action national sur l'extraction minière artisanale de l'or dans la région de la Volta du Ghana",
        vocab,
        lang="fr",
    )
    assert not two_subjects(mining, fishing)  # no store: known words are never rare
    with store_frequencies({}, 10_000):
        assert two_subjects(mining, fishing) and two_subjects(fishing, mining)
        assert title_match(mining, fishing) is None and title_match(fishing, mining) is None
        assert not two_subjects(mining, same)
        assert title_match(mining, same) is not None


_SYLLABLES = ("ba", "ko", "ri", "tu", "mel", "san", "dor", "vix", "lu", "pha", "gen", "zo")
_EPITHET = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4).map(
    lambda s: "".join(s) + "ensis"
)


@settings(max_examples=25, deadline=None)
@given(x=_EPITHET, y=_EPITHET)
def test_two_subjects_of_one_template_never_meet(vocab: Any, x: str, y: str) -> None:
    """Whatever the epithets: two records of one template (two nodes, one country, one year)
    that name two species no cognate or form joins are two texts, either way round; the
    same species is one item."""
    rx, ry = _rare_form(x), _rare_form(y)
    assume(not cognate(x, y) and not rx.startswith(ry) and not ry.startswith(rx))
    one = _f("p", "n1", WORKSHOP.format(x), vocab)
    other = _f("q", "n2", WORKSHOP.format(y), vocab)
    same = _f("r", "n3", WORKSHOP.format(x), vocab)
    assert two_subjects(one, other) == two_subjects(other, one)
    assert title_match(one, other) is None and title_match(other, one) is None
    assert title_match(one, same) is not None
