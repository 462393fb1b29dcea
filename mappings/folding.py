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
    # most other text (French, Spanish, Portuguese) is Windows-1252: folded by one table per
    # byte (see _cp1252_table), unless it holds a character the table cannot fold alone
    try:
        encoded = text.encode("cp1252")
    except UnicodeEncodeError:
        return _fold_unicode(text)
    for ligature, letters in _CP1252_LIGATURES:  # one byte to two: before the table
        if ligature in encoded:
            encoded = encoded.replace(ligature, letters)
    folded = encoded.translate(_cp1252_table())
    if _CP1252_OTHER in folded:
        return _fold_unicode(text)
    return " ".join(folded.decode("cp1252").split())


def _fold_unicode(text: str) -> str:
    """:func:`fold` of any non-ASCII text, character by character through Unicode's
    decomposition (the definition the Windows-1252 table is built from)."""
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


_CP1252_LIGATURES = ((b"\x9c", b"oe"), (b"\x8c", b"oe"), (b"\xe6", b"ae"), (b"\xc6", b"ae"))
""""œ", "Œ", "æ", "Æ" in Windows-1252, and what :func:`fold` writes for each."""
_CP1252_OTHER = b"\x81"
"""A byte Windows-1252 leaves undefined (no text encodes to it): in a folded text, "a
character the table cannot fold alone"."""


@lru_cache(maxsize=1)
def _cp1252_table() -> bytes:
    """``bytes.translate`` table over Windows-1252 text, built on first use from
    :func:`_fold_unicode` itself: a byte whose character separates words once folded
    ("x" + it + "x" folds to "x x": punctuation, spaces, "´") becomes a space; one that
    folds to one letter or digit Windows-1252 has, that letter's byte; any other (folds to
    several characters, "ß" -> "ss", "½"; or to nothing; or outside the code page, "µ" ->
    "μ") :data:`_CP1252_OTHER`. Windows-1252 has no combining mark, so each character
    decomposes and case-folds on its own, and the words of the translated text are those of
    ``_fold_unicode(text)`` (property-tested)."""
    table = bytearray(range(256))
    for byte in range(256):
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            table[byte] = _CP1252_OTHER[0]
            continue
        got = _fold_unicode(f"x{char}x") if not char.isascii() else fold(f"x{char}x")
        if got == "x x":
            table[byte] = ord(" ")
            continue
        one = got[1:-1] if len(got) == 3 and got[0] == got[-1] == "x" else ""
        try:
            table[byte] = one.encode("cp1252")[0] if one.isalnum() else _CP1252_OTHER[0]
        except UnicodeEncodeError:
            table[byte] = _CP1252_OTHER[0]
    return bytes(table)


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
