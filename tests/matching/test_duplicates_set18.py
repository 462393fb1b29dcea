# ruff: noqa: E501  (hand-written titles read best on one line)
"""The eighteenth held-out set of duplicates and the rules of the round that took it as a
development set: translations whose words no list holds, found by what survives translation
(names of places and sites in any script, the order of an Arabic title's words, the plural
of "national"), with the checks that keep look-alikes of one place apart."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.arabic import english, latin_skeleton, sounds_like
from matching.duplicates import (
    DupFeatures,
    cognate,
    dup_features,
    name_sound_keys,
    named_match,
    title_keys,
    title_match,
)
from tests.matching.helpers import rec


def test_eighteenth_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout18.py, written blind by someone else. Measured once
    as held out on main: recall 0.75, 30 of 40 (one language 18 of 20, translations 12 of
    20), precision 0.94 (a national node's short finding on one crocodile joined the other
    species' finding). A development set from here: recall 0.93 (37 of 40), precision 0.95
    on both counts (the crocodiles' look-alike is left to the precision round)."""
    from tests.matching.assistance import measure_eighteenth_heldout

    got = measure_eighteenth_heldout(tmp_path_factory.mktemp("held18") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 40 and labelled["precision"] >= 0.93, labelled
    assert labelled["recall"] >= 0.9 and every["recall"] >= 0.9, every
    assert every["precision"] >= 0.93, every


def _f(
    rid: str, node: str, title: dict[str, str], vocab: Any, kind: str = "need", **kw: Any
) -> DupFeatures:
    kw.setdefault("date", "2025")
    return dup_features(rec(rid, kind, node, title=title, **kw).to_dict(), vocab)


# ---- names across scripts ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("أونيانغا", "ounianga"),
        ("سقطرى", "socotra"),
        ("الصليبيخات", "sulaibikhat"),
        ("بإشكل", "ichkeul"),  # a joined preposition off
        ("الأزرق", "azraq"),  # the article off
        ("استكهولم", "stockholm"),
        ("بازل", "basel"),  # "s" and "z" one sound
        ("بوركو", "borkou"),
    ],
)
def test_a_name_in_arabic_letters_meets_its_latin_spelling(arabic: str, latin: str) -> None:
    from mappings.normalise import fold

    assert sounds_like(fold(arabic), latin)
    assert cognate(fold(arabic), latin) and cognate(latin, fold(arabic))


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("الشوف", "chouf"),  # two consonants say too little
        ("الرياض", "riyadh"),
        ("بوركو", "tibesti"),  # another name
        ("سقطرى", "sokoto"),
        ("جودة", "quality"),  # a word, not a name
    ],
)
def test_names_apart_or_too_short_do_not_meet(arabic: str, latin: str) -> None:
    from mappings.normalise import fold

    assert not sounds_like(fold(arabic), latin)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14))
def test_two_latin_words_never_meet_by_their_sounds(word: str) -> None:
    assert not sounds_like(word, word)  # only a word in Arabic letters meets a Latin one
    assert set(latin_skeleton(word)) <= set("bdfklmnrst")


@given(
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى", min_size=1, max_size=10),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
)
def test_sounds_across_scripts_are_symmetric_in_cognate(arabic: str, latin: str) -> None:
    assert cognate(arabic, latin) == cognate(latin, arabic)


# ---- an Arabic title's concepts in its own word order -------------------------------------
def test_an_arabic_title_names_concepts_of_two_words_backwards(vocab: Any) -> None:
    title = "التقرير الوطني لمملكة البحرين بموجب اتفاقية بازل 2024"
    # noun before adjective, "under" a function word
    assert english(title) == "report national Kingdom Bahrain convention Basel 2024"
    ar = _f("b", "bh-chm", {"ar": title}, vocab, "document", date="2024", publisher_country="BH")
    assert {"t:basel-convention", "t:national-reporting"} <= set(ar.signature)
    en = _f(
        "a", "basel", {"en": "National report of the Kingdom of Bahrain under the Basel Convention, 2024"},
        vocab, "document", date="2024", countries=["BH"],
    )  # fmt: skip
    assert title_match(en, ar) is not None and title_match(ar, en) is not None


# ---- a translation anchored by a name -------------------------------------------------------
LAKES_AR = {"ar": "دعم الرصد الهيدرولوجي لبحيرات أونيانغا"}


def test_a_translation_whose_words_no_list_holds_meets_through_its_name(vocab: Any) -> None:
    fr = _f(
        "a",
        "cbd-chm-fr",
        {"fr": "Appui au suivi hydrologique des lacs d'Ounianga"},
        vocab,
        countries=["TD"],
    )
    ar = _f("b", "td-chm", LAKES_AR, vocab, publisher_country="TD")
    assert named_match(fr, ar) is not None
    assert title_match(fr, ar) is not None and title_match(ar, fr) is not None
    # found: both say the name's consonants within the country (any year)
    assert "k|need|TD|nnk" in set(title_keys(fr)) & set(title_keys(ar))


def test_another_request_at_the_same_place_stays_apart(vocab: Any) -> None:
    ar = _f("b", "td-chm", LAKES_AR, vocab, publisher_country="TD")
    guides = _f(
        "x",
        "cbd-chm",
        {"en": "Support for training guides of the Ounianga lakes"},
        vocab,
        countries=["TD"],
    )
    assert named_match(guides, ar) is None and title_match(guides, ar) is None
    # the same name in another country, or another year, is not the request
    other = _f(
        "y",
        "cbd-chm-fr",
        {"fr": "Appui au suivi hydrologique des lacs d'Ounianga"},
        vocab,
        countries=["NE"],
    )
    assert title_match(other, ar) is None
    later = _f(
        "z",
        "cbd-chm-fr",
        {"fr": "Appui au suivi hydrologique des lacs d'Ounianga"},
        vocab,
        date="2023",
        countries=["TD"],
    )
    assert (
        title_match(later, _f("b", "td-chm", LAKES_AR, vocab, date="2025", publisher_country="TD"))
        is None
    )


def test_a_name_alone_is_not_enough(vocab: Any) -> None:
    """A title whose reading says nothing but the name (every other word unread) meets no
    record on another subject of that place."""
    ar = _f(
        "b",
        "ye-chm",
        {"ar": "شجرة دم الأخوين في سقطرى: نبحث عن شركاء"},
        vocab,
        date=None,
        publisher_country="YE",
    )
    reptiles = _f(
        "x",
        "cbd-chm",
        {"en": "Support for an inventory of the reptiles of Socotra"},
        vocab,
        countries=["YE"],
    )
    assert named_match(reptiles, ar) is None and title_match(reptiles, ar) is None


def test_a_russian_reading_is_compared_as_a_translation(vocab: Any) -> None:
    ru = _f(
        "b",
        "kz-chm",
        {"ru": "Информационный лист Рамсарского угодья «Дельта реки Урал»"},
        vocab,
        "document",
        publisher_country="KZ",
    )
    assert ru.read and "en" in ru.titles  # read word for word, compared under "en"
    ural = _f(
        "a",
        "ramsar",
        {"en": "Ramsar Information Sheet: Ural River Delta (Kazakhstan)"},
        vocab,
        "document",
        countries=["KZ"],
    )
    tengiz = _f(
        "x",
        "ramsar",
        {"en": "Ramsar Information Sheet: Tengiz-Korgalzhyn Lakes (Kazakhstan)"},
        vocab,
        "document",
        countries=["KZ"],
    )
    assert named_match(ural, ru) is not None and title_match(ural, ru) is not None
    assert title_match(tengiz, ru) is None  # another site of the country
    # a title in capitals: "Sheet", "Information" are no names of its own
    assert named_match(tengiz, ru) is None


def test_name_keys_need_a_country_and_three_consonants(vocab: Any) -> None:
    ar = _f("b", "td-chm", LAKES_AR, vocab, publisher_country="TD")
    # each word the reading left in Arabic letters, by its consonants ("لبحيرات" too)
    assert "k|need|TD|nnk" in name_sound_keys(ar)
    nowhere = _f(
        "c", "informea", {"en": "Guidance on Earth observation for the Ounianga lakes"}, vocab
    )
    assert nowhere.places == frozenset() and name_sound_keys(nowhere) == []


# ---- words that say nothing of a title's subject --------------------------------------------
def test_a_gulf_in_a_places_name_is_no_name_of_its_own(vocab: Any) -> None:
    en = _f(
        "a",
        "cbd-chm",
        {"en": "Restoring seagrass meadows in the Gulf of Gabès, Tunisia - phase II"},
        vocab,
        "project",
        date="2024",
        countries=["TN"],
    )
    fr = _f(
        "b",
        "tn-chm",
        {"fr": "Restauration des herbiers marins du golfe de Gabès - phase II"},
        vocab,
        "project",
        date="2024",
        publisher_country="TN",
    )
    assert title_match(en, fr) is not None and title_match(fr, en) is not None
    phase1 = _f(
        "c",
        "tn-chm",
        {"fr": "Restauration des herbiers marins du golfe de Gabès - phase I"},
        vocab,
        "project",
        date="2024",
        publisher_country="TN",
    )
    assert title_match(en, phase1) is None


def test_national_in_the_plural_is_as_generic_as_in_the_singular(vocab: Any) -> None:
    secretariat = {"creators": ["Secretariat of the Convention on Wetlands"]}
    en = _f(
        "a",
        "ramsar",
        {"en": "Guidelines for national wetland inventories using Earth observation"},
        vocab,
        "document",
        **secretariat,
    )
    for lang, title in (
        (
            "fr",
            "Lignes directrices pour les inventaires nationaux des zones humides à l'aide de l'observation de la Terre",
        ),
        (
            "es",
            "Directrices para los inventarios nacionales de humedales mediante la observación de la Tierra",
        ),
    ):
        other = _f("b", f"ramsar-{lang}", {lang: title}, vocab, "document", **secretariat)
        assert title_match(en, other) is not None, title
    draft = _f(
        "c",
        "ramsar-fr",
        {"fr": "Lignes directrices pour les inventaires nationaux des tourbières"},
        vocab,
        "document",
        **secretariat,
    )
    assert title_match(en, draft) is None  # peatlands are not wetlands in general


@pytest.mark.parametrize(
    ("name", "word", "same"),
    [
        ("gizilagach", "kyzylagach", True),  # two Latin spellings of one name, four consonants
        ("volga", "volgi", True),  # a Russian ending
        ("gizilagach", "kazakhstan", False),
        ("tubli", "tibet", False),  # three consonants are not enough between Latin spellings
    ],
)
def test_a_name_in_another_latin_spelling(name: str, word: str, same: bool) -> None:
    from matching.duplicates import _name_found

    assert _name_found(name, {word}) is same


def test_arabic_words_of_places_and_requests_are_read() -> None:
    assert (
        english("طلب دعم لرصد جودة المياه في الأهوار")
        == "request support monitoring quality water marshes"
    )
    assert english("الخطة الوطنية المحدثة") == "plan national updated"
    assert english("مطلوب شركاء لمسح بحيرات الواحة") == "wanted partners survey lakes oasis"
