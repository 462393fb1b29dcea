"""The shortcuts of the oai_dc mapping's text cleaning give what the plain code gives."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.oai_dc import _HTML_TAG, _clean, _strip_html

# every white space str.split knows, the non-printable characters around them, HTML pieces
_ALPHABET = st.sampled_from(
    [*"ab é.", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85",
                     "\xa0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029",
                     "\u202f", "\u205f", "\u3000", "\x00", "\ufeff", "&", "&amp;", "&lt;",
                     "&quot;", "<b>", "</p>", "&amp;lt;i&amp;gt;", "<!-- x -->"]
)  # fmt: skip
_TEXTS = st.one_of(
    st.lists(_ALPHABET, max_size=60).map("".join),
    st.text(),
    # long texts (over the length from which _clean checks before splitting)
    st.lists(st.sampled_from(["word", "mot", " ", "  ", "\n", "\xa0", "é", "."]), min_size=25,
             max_size=60).map("".join),
)  # fmt: skip


@settings(max_examples=200)
@given(_TEXTS)
def test_clean_is_the_split_and_join(text: str) -> None:
    assert _clean(text) == " ".join(text.split())
    padded = "x" * 100 + text  # long enough for the check, whatever ``text`` is
    assert _clean(padded) == " ".join(padded.split())
    assert _clean(text + "x" * 100) == " ".join((text + "x" * 100).split())


def _strip_html_plain(text: str) -> str:
    for _ in range(2):
        if "&lt;" in text or "&amp;" in text or "&quot;" in text:
            text = html.unescape(text)
    return _HTML_TAG.sub(" ", text) if "<" in text else text


@settings(max_examples=200)
@given(_TEXTS)
def test_strip_html_is_the_plain_loop(text: str) -> None:
    assert _strip_html(text) == _strip_html_plain(text)
