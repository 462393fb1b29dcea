"""Text folding for look-ups: the one key every mapping table is built and searched with.

Where this sits: below every other mapping module (normalisers, record types, the thesaurus
tables), so each of them can fold text without importing another.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")
# typographic apostrophes made plain, and the "oe"/"ae" ligatures (which have no Unicode
# decomposition) written out: "Œuvre" and "oeuvre", "Cæsar" and "Caesar" fold alike
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "ʼ": "'", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}
)
_TRANSLATED = re.compile("[’‘`ʼœŒæÆ]")
# ASCII text: every character that is no letter or digit (what ``[\W_]`` matches there) -> a
# space, by ``bytes.translate`` in C; ``str.split`` then drops the runs and the ends
_ASCII_SEPARATORS = bytes(c for c in range(128) if not chr(c).isalnum())
_ASCII_TO_SPACE = bytes.maketrans(_ASCII_SEPARATORS, b" " * len(_ASCII_SEPARATORS))


def fold(text: str) -> str:
    """Fold text for look-ups: no accents, case-folded, punctuation -> one space.

    Args:
        text: any text.

    Returns:
        ``"Côte d’Ivoire"`` -> ``"cote d ivoire"``; ``"Œuvre"`` -> ``"oeuvre"``.
    """
    if text.isascii():  # no quote to replace, nothing to decompose, no combining mark
        return " ".join(text.encode().translate(_ASCII_TO_SPACE).decode().lower().split())
    if _TRANSLATED.search(text):
        text = text.translate(_QUOTES)
    decomposed = unicodedata.normalize("NFKD", text)
    if max(decomposed) <= "\uffff":
        bare = _combining().sub("", decomposed).casefold()
    else:  # beyond the Basic Multilingual Plane (rare): every character looked at
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    if bare.isascii():
        return " ".join(bare.encode().translate(_ASCII_TO_SPACE).decode().split())
    return " ".join(_NON_WORD.split(bare)).strip()


@lru_cache(maxsize=1)
def _combining() -> re.Pattern[str]:
    """Every character of the Basic Multilingual Plane with a combining class (what
    ``unicodedata.combining`` tells apart), as one character class matched in C; built on
    first use (~10 ms)."""
    ranges: list[str] = []
    start = prev = -2
    for code in range(0x80, 0x10000):
        if not unicodedata.combining(chr(code)):
            continue
        if code != prev + 1:
            if start >= 0:
                ranges.append(_range(start, prev))
            start = code
        prev = code
    if start >= 0:
        ranges.append(_range(start, prev))
    return re.compile("[" + "".join(ranges) + "]")


def _range(first: int, last: int) -> str:
    a = re.escape(chr(first))
    return a if first == last else f"{a}-{re.escape(chr(last))}"
