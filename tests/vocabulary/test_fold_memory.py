"""``fold`` remembers short texts only: a harvest's memory must not grow with its records."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vocabulary import text


def test_long_texts_are_not_kept_whatever_their_number() -> None:
    text.fold.cache_clear()
    for i in range(3000):
        assert text.fold(f"Description {i} " + "ÉCOSYSTÈMES côtiers " * 10) == (
            f"description {i} " + "ecosystemes cotiers " * 10
        )
    assert text._fold_short.cache_info().currsize == 0
    assert text._fold_long.cache_info().currsize <= text._fold_long.cache_info().maxsize == 256
    text.fold("Pesticides")
    text.fold("Pesticides")
    assert text._fold_short.cache_info().currsize == 1


@given(st.text(max_size=2 * text.FOLD_SHORT))
def test_fold_is_the_same_function_through_either_cache(s: str) -> None:
    assert text.fold(s) == text.fold.__wrapped__(s) == text.fold(s)
