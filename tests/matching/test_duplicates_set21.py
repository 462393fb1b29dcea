"""The twenty-first held-out set of duplicates as a development set, and the classes of its
misses fixed here: a Montreal Protocol plan's stage written "I" by one node and "1" by another,
a long title word misspelt, and the Russian, Arabic and Portuguese words of such plans and of
the conventions' pages (HCFC, stage, national ozone unit, the clearing-house as "information
exchange mechanism", "quadro" for *framework*). Records of the class tests are written for
these tests; none is of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.arabic import english as arabic_english
from matching.duplicates import (
    _typo_jaccard,
    as_spanish,
    dup_features,
    parse_reason,
    title_match,
)
from matching.scripts import russian
from tests.matching.helpers import rec


def test_twenty_first_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout21.py, written blind by someone else. Measured blind
    on main: recall 0.80 (32 of 40: one language 18 of 21, translations 14 of 19), precision
    1.00. As a development set: recall 0.925 (37 of 40), precision 1.00 on the labelled pairs
    and on every pair of the set."""
    from tests.matching.assistance import measure_twenty_first_heldout

    got = measure_twenty_first_heldout(tmp_path_factory.mktemp("held21") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 40 and labelled["precision"] >= 0.99, labelled
    assert labelled["recall"] >= 0.9 and every["recall"] >= 0.9, every
    assert every["precision"] >= 0.99, every


def _plan(rid: str, node: str, title: dict[str, str], vocab: Any, **kw: Any) -> Any:
    kw.setdefault("date", "2024")
    return dup_features(rec(rid, "project", node, title=title, **kw).to_dict(), vocab)


# ---- a plan's stage and a misspelt word ------------------------------------------------------
def test_a_stage_in_roman_or_arabic_digits_and_a_misspelt_word(vocab: Any) -> None:
    full = _plan(
        "a",
        "mlf",
        {"en": "Kigali HFC implementation plan (stage I) for Albania"},
        vocab,
        countries=["AL"],
    )
    short = _plan(
        "b", "al-chm", {"en": "Kigali HFC implmentation plan (stage 1) - Albania"}, vocab, date=None
    )
    assert title_match(full, short) is not None and title_match(short, full) is not None
    second = _plan(
        "c", "al-chm", {"en": "Kigali HFC implmentation plan (stage 2) - Albania"}, vocab, date=None
    )
    assert title_match(full, second) is None  # another stage: another number


def test_a_misspelt_short_word_or_another_first_letter_is_no_typo() -> None:
    a = frozenset({"national", "plan", "implementation"})
    assert _typo_jaccard(a, frozenset({"national", "plan", "implemetation"})) == 1.0
    assert _typo_jaccard(a, frozenset({"regional", "plan", "implementation"})) == 0.0
    assert _typo_jaccard(frozenset({"import", "plan"}), frozenset({"imports", "plan"})) == 0.0


@given(
    st.frozensets(st.text("abcdefghij", min_size=1, max_size=12), max_size=6),
    st.frozensets(st.text("abcdefghij", min_size=1, max_size=12), max_size=6),
)
def test_typo_jaccard_is_a_share(a: frozenset[str], b: frozenset[str]) -> None:
    got = _typo_jaccard(a, b)
    assert 0.0 <= got <= 1.0
    if got:  # a word counted as the other's misspelling: at least as alike as the exact share
        inter, union = len(a & b), len(a | b)
        assert got > (inter / union if union else 0.0)


# ---- Russian, Arabic and Portuguese words of plans and pages ----------------------------------
def test_a_russian_hcfc_plan_meets_its_english_title(vocab: Any) -> None:
    assert russian("План организационных мероприятий по выводу из обращения ГХФУ (этап III)") == (
        "plan management phase-out HCFC stage iii"
    )
    en = _plan(
        "a",
        "mlf",
        {"en": "HCFC phase-out management plan (stage III) for Kazakhstan"},
        vocab,
        countries=["KZ"],
    )
    ru = _plan(
        "b",
        "kz-chm",
        {"ru": "План организационных мероприятий по выводу из обращения ГХФУ (этап III)"},
        vocab,
        publisher_country="KZ",
    )
    other = _plan(
        "c",
        "kz-chm",
        {"ru": "План организационных мероприятий по выводу из обращения ГХФУ (этап II)"},
        vocab,
        publisher_country="KZ",
    )
    assert title_match(en, ru) is not None
    assert title_match(en, other) is None  # stage II is not stage III


def test_arabic_words_of_ozone_and_clearing_house_titles() -> None:
    assert arabic_english("وحدة الأوزون الوطنية") == "national ozone unit"
    assert arabic_english("آلية تبادل المعلومات") == "clearing-house mechanism"
    assert arabic_english("ورشة الجمارك الخضراء") == "workshop Green Customs"
    assert arabic_english("المواد المستنفدة للأوزون") == "ozone-depleting substances"
    assert arabic_english("خطة تنفيذ تعديل كيغالي، المرحلة الثانية") == (
        "plan implementation amendment Kigali stage second"
    )


def test_an_arabic_ozone_unit_page_is_the_ozone_units(vocab: Any) -> None:
    en = dup_features(
        rec(
            "a",
            "contact-point",
            "ozone",
            title={"en": "National ozone unit: Kuwait"},
            countries=["KW"],
        ).to_dict(),
        vocab,
    )
    ar = dup_features(
        rec(
            "b",
            "contact-point",
            "kw-chm",
            title={"ar": "وحدة الأوزون الوطنية"},
            publisher_country="KW",
        ).to_dict(),
        vocab,
    )
    minamata = dup_features(
        rec(
            "c",
            "contact-point",
            "mercury-ch",
            title={"en": "Minamata Convention national focal point: Kuwait"},
            countries=["KW"],
        ).to_dict(),
        vocab,
    )
    assert ar.roles == en.roles
    why = title_match(en, ar)
    assert why is not None and parse_reason(why)["code"] == "same-page"
    assert title_match(ar, minamata) is None


def test_portuguese_framework_words_read_through_spanish() -> None:
    assert as_spanish("quadro") == "marco" and as_spanish("biosseguranca") == "bioseguridad"
