"""Text folding for look-ups: the one key every mapping table is built and searched with.

Where this sits: below every other mapping module (normalisers, record types, the thesaurus
tables), so each of them can fold text without importing another.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Fold text for look-ups: no accents, case-folded, punctuation -> one space.

    Args:
        text: any text.

    Returns:
        ``"Côte d’Ivoire"`` -> ``"cote d ivoire"``.
    """
    if text.isascii():  # no quote to replace, nothing to decompose, no combining mark
        return _NON_WORD.sub(" ", text.casefold()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    # combining marks are never ASCII: only the runs of other characters are looked at
    bare = _NON_ASCII.sub(_without_combining, decomposed)
    return _NON_WORD.sub(" ", bare.casefold()).strip()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_combining(run: re.Match[str]) -> str:
    return "".join(ch for ch in run[0] if not unicodedata.combining(ch))
