# ruff: noqa: E501  (hand-written titles read best on one line)
"""The twenty-second held-out set of duplicates as a development set, and the classes of its
misses fixed here: a title's word in capitals ("HFCs") or a word a set phrase took
("French-speaking") is no place that the other copy lacks, the Chinese words of battery
recycling offers, and a two-letter creator that is a national body's initials ("EA"). Records
of the class tests are written for these tests; none is of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.duplicates import _lone_name, _same_creator, _two_initials, dup_features, title_match
from matching.scripts import chinese
from tests.matching.helpers import rec


def test_twenty_second_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout22.py, written blind by someone else. Measured blind
    on main: recall 0.825 (33 of 40: one language 15 of 18, translations 18 of 22), precision
    1.00. As a development set: recall 0.95 (38 of 40), precision 1.00 on the labelled pairs
    and on every pair of the set."""
    from tests.matching.assistance import measure_twenty_second_heldout

    got = measure_twenty_second_heldout(tmp_path_factory.mktemp("held22") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 40 and labelled["precision"] >= 0.99, labelled
    assert labelled["recall"] >= 0.92 and every["recall"] >= 0.92, every
    assert every["precision"] >= 0.99, every


def _event(rid: str, node: str, title: dict[str, str], vocab: Any, **kw: Any) -> Any:
    kw.setdefault("date", "2026")
    return dup_features(rec(rid, "event", node, title=title, **kw).to_dict(), vocab)


# ---- a word in capitals, a set phrase's word: no place of their own --------------------------
def test_a_substance_in_capitals_is_no_place_the_translation_lacks(vocab: Any) -> None:
    en = _event(
        "a",
        "ozone",
        {
            "en": "Green Customs workshop for Jordan on ozone-depleting substances, HFCs and chemicals, Irbid, 2026"
        },
        vocab,
        countries=["JO"],
    )
    ar = _event(
        "b",
        "jo-chm",
        {"ar": "ورشة الجمارك الخضراء في إربد بشأن المواد المستنفدة للأوزون والمواد الكيميائية"},
        vocab,
        date=None,
        publisher_country="JO",
    )
    assert "hfc" in en.acronyms and not _lone_name(en, ar)
    assert title_match(en, ar) is not None


def test_a_set_phrase_word_is_no_place(vocab: Any) -> None:
    en = dup_features(
        rec(
            "a",
            "support-source",
            "infocap",
            title={
                "en": "Offer: training on mercury inventories for French-speaking African countries, 2026 intake"
            },
            date="2026",
            countries=["SN"],
        ).to_dict(),
        vocab,
    )
    fr = dup_features(
        rec(
            "b",
            "support-source",
            "infocap-fr",
            title={
                "fr": "Offre : formation aux inventaires du mercure pour les pays africains francophones, session 2026"
            },
            date="2026",
            countries=["SN"],
        ).to_dict(),
        vocab,
    )
    assert not _lone_name(en, fr)


# ---- Chinese words of recycling offers --------------------------------------------------------
def test_chinese_words_of_battery_recycling() -> None:
    assert chinese("废铅酸蓄电池回收") == "waste lead-acid batteries recycling"
    assert chinese("亚太国家") == "Asia-Pacific countries"
    assert "environmentally sound" in chinese("环境无害化回收")


# ---- a two-letter creator -------------------------------------------------------------------
def test_a_two_letter_creator_is_a_two_word_bodys_initials() -> None:
    assert _same_creator("ea", "environment authority of oman")
    assert _same_creator("environment authority of oman", "ea")
    assert not _same_creator("ea", "ministry of environment of oman")
    assert not _same_creator("ma", "ministry of agriculture of samoa")  # three words: spells' part
    assert not _same_creator("ea", "environment agency")  # no country left out: no national body


@given(
    st.text("abcdefghijklmnop", min_size=1, max_size=4), st.text("abcdefghijklmnop ", max_size=30)
)
def test_two_initials_only_for_two_letters_and_two_words(acronym: str, name: str) -> None:
    got = _two_initials(acronym, name)
    if got:
        words = name.split()
        assert len(acronym) == 2 and len(words) == 2
        assert acronym == words[0][0] + words[1][0]
