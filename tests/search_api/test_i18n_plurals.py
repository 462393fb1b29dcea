"""Counts take the singular where the language does ("1 record", "0 fiche"), whatever form
the count is shown in, and every singular form says the same things as its plural."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from search_api import i18n


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_singular_form_has_the_plurals_placeholders_in_every_language() -> None:
    for lang, table in i18n.STRINGS.items():
        for key, text in table.items():
            if key.endswith("_one"):
                plural = table.get(key[: -len("_one")])
                assert plural is not None, (lang, key)
                assert _fields(text) == _fields(plural), (lang, key)
                for other in i18n.STRINGS.values():
                    assert key in other, (lang, key)


def test_singular_and_plural_follow_each_language() -> None:
    en, fr, es = (i18n.translator(lang) for lang in ("en", "fr", "es"))
    assert en("results", n=1) == "1 record" and en("results", n=0) == "0 records"
    assert fr("results", n=0) == "0 fiche" and fr("results", n="1") == "1 fiche"
    assert es("dup_clusters", n=1) == "1 grupo" and es("dup_clusters", n=2) == "2 grupos"
    # a number as the page shows it, grouped with the locale's separator
    assert fr("results", n=i18n.format_number(2900, "fr")).endswith("fiches")
    assert en("results", n=i18n.format_number(1, "en")) == "1 record"


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["en", "fr", "es"]))
def test_a_count_reads_back_as_shown(n: int, lang: str) -> None:
    shown = i18n.format_number(n, lang)
    assert i18n.count_of(shown) == n
    text = i18n.translator(lang)("results", n=shown)
    assert text.startswith(shown)
    singular = i18n.STRINGS[lang]["results_one"].format(n=shown)
    assert (text == singular) == i18n.is_one(lang, n)
    assert i18n.is_one(lang, n) == (n == 1 or (lang == "fr" and n == 0))


def test_french_puts_a_no_break_space_before_a_colon() -> None:
    assert i18n.translator("fr")("colon") == "\u00a0:"
    assert i18n.translator("en")("colon") == ":"


def test_french_messages_put_a_no_break_space_before_a_percent_sign() -> None:
    params = {"n": 4, "total": 10, "share": "40%"}
    fr = i18n.error_message("concepts.share", params, "4 of 10 records (40%)", "fr")
    assert "40\u00a0%" in fr and "40%" not in fr
    en = i18n.error_message("concepts.share", params, "4 of 10 records (40%)", "en")
    assert "40%" in en
