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
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare.casefold()).strip()
