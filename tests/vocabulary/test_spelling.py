"""British and American spellings of one English word (vocabulary/spelling.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocabulary.spelling import MIN_LENGTH, english_spellings, with_spellings


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("fertilisers", "fertilizers"),
        ("organisation", "organization"),
        ("digitisation", "digitization"),
        ("harmonised", "harmonized"),
        ("analyse", "analyze"),
        ("hydrolysing", "hydrolyzing"),
        ("colours", "colors"),
        ("labour", "labor"),
        ("centre", "center"),
        ("centred", "centered"),
        ("kilometres", "kilometers"),
        ("litres", "liters"),
        ("catalogue", "catalog"),
        ("programmes", "programs"),
        ("mould", "mold"),
        ("labelling", "labeling"),
        ("modelled", "modeled"),
        ("signalling", "signaling"),
        ("sulphur", "sulfur"),
        ("sulphates", "sulfates"),
        ("haemorrhagic", "hemorrhagic"),
        ("oestrogen", "estrogen"),
        ("faecal", "fecal"),
        ("diarrhoea", "diarrhea"),
        ("aluminium", "aluminum"),
        ("paediatric", "pediatric"),
        ("ageing", "aging"),
        ("summarised", "summarized"),  # ends like *arise*: only the word arise is left alone
        ("organise", "organize"),  # ends like *anise*
        ("authorisation", "authorization"),
        ("minimise", "minimize"),
        ("molluscs", "mollusks"),
        ("fiords", "fjords"),  # both in use, neither British nor American
    ],
)
def test_each_spelling_gives_the_other_and_back(word: str, other: str) -> None:
    assert other in english_spellings(word)
    assert word in english_spellings(other)


@pytest.mark.parametrize(
    "word",
    ["prise", "prize", "seize", "size", "rise", "raised", "noise", "maize", "mercury", "lead",
     "citizen", "horizon", "analysis", "colonel", "four", "hour", "pesticides", "hazardous",
     "fundraising", "enterprises", "expertise", "otherwise", "advised", "exercises", "praised",
     "sunrise", "supervisors", "surprising", "compromise"],
)  # fmt: skip
def test_words_spelt_one_way_or_too_short_to_tell_are_left_alone(word: str) -> None:
    assert english_spellings(word) == ()


_stem = st.text(alphabet="bcdfghklmnprtv", min_size=3, max_size=8)
_ending = st.sampled_from(["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "able"])


@given(_stem, st.sampled_from("sz"), _ending)
def test_the_ise_ize_rule_is_its_own_inverse(stem: str, letter: str, ending: str) -> None:
    word = f"{stem}i{letter}{ending}"
    spelt = english_spellings(word)
    assert spelt and spelt[0] == f"{stem}i{'z' if letter == 's' else 's'}{ending}"
    assert word in english_spellings(spelt[0])


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x24F), max_size=14))
def test_never_the_word_itself_never_a_short_word_always_english_letters(word: str) -> None:
    spelt = english_spellings(word)
    assert word not in spelt
    if len(word) < MIN_LENGTH or not word.isascii():
        assert spelt == ()
    assert all(s.isascii() and s.isalpha() for s in spelt)


def test_a_text_of_several_words_is_respelt_word_by_word() -> None:
    assert with_spellings("organic fertilizers") == ("organic fertilisers",)
    assert with_spellings("GMO labelling rules") == ("GMO labeling rules",)
    assert with_spellings("mercury") == ()
    assert with_spellings("hazardous waste") == ()
    assert with_spellings("fertilisers") == ("fertilizers",)
