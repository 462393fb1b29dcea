"""Text normalisation shared by the resolver, the phrase matcher and the checker.

Every label and every subject string goes through the same functions, so matching is
symmetric: case folding, accent stripping (NFKD, combining marks dropped), punctuation to
spaces, stop words dropped, and a light per-language plural strip (en ``-s/-es/-ies``, fr
``-s/-x/-aux``, es ``-s/-es/-ces``). Stemming is deliberately crude: it only has to make a
singular and its plural meet, and it is applied to labels and queries alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STEM_LANGS: tuple[str, ...] = ("en", "fr", "es")

_STOP_EN = [
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "in",
    "on",
    "for",
    "to",
    "with",
    "by",
    "at",
    "from",
    "as",
    "its",
    "their",
]
_STOP_FR = [
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l",
    "d",
    "et",
    "ou",
    "en",
    "pour",
    "sur",
    "au",
    "aux",
    "un",
    "une",
    "dans",
    "par",
    "avec",
]
_STOP_ES = [
    "el",
    "los",
    "las",
    "lo",
    "del",
    "y",
    "o",
    "al",
    "para",
    "por",
    "con",
    "sobre",
    "su",
    "sus",
]
STOPWORDS: frozenset[str] = frozenset(_STOP_EN + _STOP_FR + _STOP_ES)
FUNCTION_WORDS: frozenset[str] = frozenset(
    (
        # English, French and Spanish prepositions of place and time that a query types
        # between its topic words ("solar panels over crops", "pesticides durante la
        # floración"): among other words they ask for nothing, as the stop words do. Not the
        # index's stop words (the text keeps them, so a phrase still holds them), nor the
        # words that carry meaning in a topic ("sans", "sin", "without": mercury-free;
        # "bajo": low-carbon; "sous", "under": by-products, under-five mortality), nor
        # French "vers", also worms (vers de terre)
        "over", "between", "after", "before", "within", "across", "through", "during", "near",
        "among", "into", "onto", "along", "around", "beyond", "towards", "toward", "upon",
        "throughout", "versus", "vs",
        "entre", "apres", "avant", "parmi", "selon", "chez", "durant", "lors", "aupres",
        "tras", "durante", "hacia", "segun", "desde", "hasta", "mediante", "ante",
    )
)  # fmt: skip
"""Words that ask for nothing among other words of a query (see the comment), folded."""
QUERY_STOPWORDS: frozenset[str] = STOPWORDS | FUNCTION_WORDS
"""What a query word that asks for nothing is, folded: a stop word or a function word."""
STOPWORDS_BY_LANG: dict[str, frozenset[str]] = {
    "en": frozenset(_STOP_EN),
    "fr": frozenset(_STOP_FR),
    "es": frozenset(_STOP_ES),
}
"""The stop words of each language apart (French *or* is gold, English *or* a stop word)."""

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e4\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_VOWELS = frozenset("aeiou")


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
"""Written out after case-folding ("Œuvre" -> "oeuvre"), as the mappings' fold and the
index's analyser do: a reader types "mise en oeuvre" for "mise en œuvre"."""


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    # one C-level substitution instead of a Python loop over characters (hot in enrichment)
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return folded.translate(_LIGATURES) if "œ" in folded or "æ" in folded else folded


FOLD_SHORT = 64
"""Texts up to this length (words, labels, subjects: they come back again and again) are
remembered by the ten thousand; longer ones (titles, descriptions: each record has its own)
only the last few, so that memory does not grow with the number of records mapped (a
harvest's mapping workers grew by ~4 KB per record when every text was remembered)."""

_fold_short = lru_cache(maxsize=65_536)(_fold)
_fold_long = lru_cache(maxsize=256)(_fold)


class _Fold:
    """``fold`` with its caches (``cache_clear``) and the bare function (``__wrapped__``)."""

    __wrapped__ = staticmethod(_fold)

    def __call__(self, text: str) -> str:
        """Case-fold and strip accents: ``"BIOSÉCURITÉ"`` -> ``"biosecurite"``."""
        return (_fold_short if len(text) <= FOLD_SHORT else _fold_long)(text)

    @staticmethod
    def cache_clear() -> None:
        """Forget every remembered text."""
        _fold_short.cache_clear()
        _fold_long.cache_clear()


fold = _Fold()
"""Case-fold and strip accents: ``"BIOSÉCURITÉ"`` -> ``"biosecurite"``."""


_ASCII_SEPARATORS = bytes(c for c in range(128) if not chr(c).isalnum())
_TO_SPACE = bytes.maketrans(_ASCII_SEPARATORS, b" " * len(_ASCII_SEPARATORS))


def split_words(text: str) -> list[str]:
    """The tokeniser: maximal runs of letters and digits, everything else separates.

    Split by ``bytes.translate`` and ``str.split``, in C and twice as fast as the regular
    expression ``[\\W_]+``, which gives the same tokens (property-tested)."""
    if not text.isascii():
        # folded text is mostly ASCII: only its other runs are looked at (their separators
        # made spaces), then the whole text takes the ASCII way
        text = _NON_ASCII.sub(_spaced, text)
    return text.encode().translate(_TO_SPACE).decode().split()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _spaced(run: re.Match[str]) -> str:
    """A run of non-ASCII characters with each separator (no letter, no digit) a space:
    ``str.split`` splits at those and at nothing that is a letter or a digit."""
    chars = run[0]
    return chars if chars.isalnum() else _NON_WORD.sub(" ", chars)


def _moves_a_boundary(char: str) -> bool:
    folded = fold.__wrapped__(char)
    return not char.isalnum() and (not folded or any(c.isalnum() for c in folded))


@lru_cache(maxsize=1)
def _boundary_movers() -> re.Pattern[str]:
    # built on first use (7 ms): the separators of the Basic Multilingual Plane that fold to
    # nothing (combining marks) or to letters ("℅" -> "c/o"); anything beyond it, to be safe
    chars = (chr(i) for i in range(0x80, 0x10000) if not 0xD800 <= i < 0xE000)
    movers = "".join(re.escape(c) for c in chars if _moves_a_boundary(c))
    return re.compile(f"[{movers}\U00010000-\U0010ffff]")


def folding_keeps_boundaries(text: str) -> bool:
    """True when the tokens of ``fold(text)`` are the folded tokens of ``text``: no
    separator of ``text`` folds away or into a letter. Then a word of the original text is,
    folded, a word of the folded text (what ``PhraseMatcher.may_occur`` relies on).

    Text that Windows-1252 can encode (most French and Spanish text) is checked byte-wise:
    its bytes less those of characters that move no boundary must be none."""
    if text.isascii():
        return True
    try:
        encoded = text.encode("cp1252")
    except UnicodeEncodeError:
        return _boundary_movers().search(text) is None
    return not encoded.translate(None, _cp1252_tables()[1])


_CP1252_LIGATURES = ((b"\x9c", b"oe"), (b"\x8c", b"oe"), (b"\xe6", b"ae"), (b"\xc6", b"ae"))
"""Windows-1252's œ, Œ, æ, Æ and what :func:`fold` writes for them."""

_ASCII_LOWER_TO_SPACE = bytes(
    ord(" ") if c in _ASCII_SEPARATORS else ord(chr(c).lower()) if c < 128 else c
    for c in range(256)
)


def tokens(text: str) -> list[str]:
    """Folded word tokens, punctuation removed (stop words kept).

    ASCII text is lower-cased and split in one ``bytes.translate`` (the same tokens as
    ``split_words(fold(text))``, property-tested)."""
    if text.isascii():
        return text.encode().translate(_ASCII_LOWER_TO_SPACE).decode().split()
    # most other text (French, Spanish) is Windows-1252: folded, separators made spaces, by
    # one table per byte (see _cp1252_tables), unless it holds a character the table cannot
    # fold in one byte ("ß" -> "ss", "½", "™")
    try:
        encoded = text.encode("cp1252")
    except UnicodeEncodeError:
        return split_words(fold(text))
    for ligature, letters in _CP1252_LIGATURES:  # one byte to two: before the table
        if ligature in encoded:
            encoded = encoded.replace(ligature, letters)
    folded = encoded.translate(_cp1252_tables()[0])
    if _CP1252_OTHER in folded:
        return split_words(fold(text))
    return folded.decode("cp1252").split()


_CP1252_OTHER = b"\x81"
"""A byte Windows-1252 leaves undefined (no text encodes to it): in a folded text, "a
character that takes the long way"."""


@lru_cache(maxsize=1)
def _cp1252_tables() -> tuple[bytes, bytes]:
    """Tables over the bytes of Windows-1252 text (built on first use, from ``fold`` itself):

    - the tokens table: a byte whose character folds to no letter or digit at all (a
      separator, or punctuation that folds to punctuation: "…" -> "...") becomes a space;
      one that folds to one character Windows-1252 has, that character's byte; any other
      (folds to several characters with a letter or digit, or to nothing, or outside the
      code page) :data:`_CP1252_OTHER`. Folding is per character for such text (it has no
      combining marks to reorder), so splitting the result at spaces gives
      ``split_words(fold(text))`` (property-tested);
    - the bytes of characters that move no word boundary when folded (deleted from a text's
      bytes, what is left are those that do: ``_moves_a_boundary``)."""
    table = bytearray(range(256))
    keeps = bytearray()
    for b in range(256):
        try:
            char = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            table[b] = _CP1252_OTHER[0]
            continue
        folded = fold.__wrapped__(char)
        if folded and not any(c.isalnum() for c in folded):
            table[b] = ord(" ")
        elif len(folded) == 1 and folded.encode("cp1252", errors="ignore"):
            table[b] = folded.encode("cp1252")[0]
        else:
            table[b] = _CP1252_OTHER[0]
        if b < 0x80 or not _moves_a_boundary(char):
            keeps.append(b)
    return bytes(table), bytes(keeps)


def raw_tokens(text: str) -> list[str]:
    """Word tokens with their original case and accents (for case-sensitive acronyms)."""
    return split_words(text)


def without_stopwords(toks: list[str]) -> list[str]:
    """Folded tokens without the stop words."""
    return [t for t in toks if t not in STOPWORDS]


def content_tokens(text: str) -> list[str]:
    """Folded tokens without stop words."""
    return without_stopwords(tokens(text))


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """The lookup key of a label or term: folded content tokens joined by one space."""
    return " ".join(content_tokens(text))


STEMMED_ENDINGS = "sxae"
"""The last letters of the only words a rule changes (plural -s and -x; Spanish feminine -a,
French feminine -e):
every other word is its own stem (the fast paths of :func:`stem_tokens`, :func:`stem_key` and
the compiled matcher skip them)."""

_ES_FEMININE = ("ica", "ada", "ida", "iva", "osa")
"""Spanish adjective endings whose feminine is read as the masculine (*transgénicas* as
*transgénicos*, *contaminada* as *contaminado*, *peligrosas* as *peligrosos*): labels are
written in one gender, text and queries use both."""

_FR_FEMININE = (("ee", 1, ""), ("euse", 2, ""), ("ive", 2, "f"), ("elle", 2, ""), ("ale", 1, ""))
"""French feminine endings read as the masculine: (ending, letters dropped, letters added):
*modifiées* as *modifiés*, *dangereuses* as *dangereux*, *nationale* as *national*,
*naturelle* as *naturel*, *active* as *actif*."""


@lru_cache(maxsize=200_000)
def stem_token(tok: str, lang: str) -> str:
    """Strip a plural ending from one folded token using ``lang``'s rules (en, fr, es); in
    French and Spanish, an adjective's feminine ending too (:data:`_FR_FEMININE`,
    :data:`_ES_FEMININE`)."""
    if len(tok) <= 3 or tok.isdigit():
        return tok
    if lang == "fr":
        return _stem_fr(tok)
    if lang == "es":
        return _stem_es(tok)
    return _stem_en(tok)


def _stem_en(tok: str) -> str:
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith(("sses", "shes", "ches", "xes", "zes")):
        return tok[:-2]
    if tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-1]
    return tok


def _stem_fr(tok: str) -> str:
    if tok.endswith("eaux"):
        return tok[:-1]
    if tok.endswith("aux") and len(tok) > 4:
        return tok[:-3] + "al"
    if tok.endswith("x"):
        return tok[:-1]
    if tok.endswith("s") and not tok.endswith("ss"):
        tok = tok[:-1]
    if len(tok) > 5:
        for ending, drop, add in _FR_FEMININE:
            if tok.endswith(ending):
                return tok[:-drop] + add
    return tok


def _stem_es(tok: str) -> str:
    if tok.endswith("ces") and len(tok) > 4:
        return tok[:-3] + "z"
    if tok.endswith("es") and tok[-3] not in _VOWELS:
        return tok[:-2]
    if tok.endswith("s") and tok[-2] in "aeo":
        tok = tok[:-1]
    if len(tok) > 5 and tok.endswith(_ES_FEMININE):
        return tok[:-1] + "o"
    return tok


def without_spanish_e(stemmed_key: str) -> str:
    """``stemmed_key`` (a Spanish :func:`stem_key`) with each word of five letters or more
    that ends in a consonant and *-e* cut before the *-e*: the plural rule of
    :func:`_stem_es` cuts *-es* after a consonant, whether the singular ends in the
    consonant (*flores*, *flor*) or in *-e* (*serpientes*, *serpiente*), so the two
    singulars only meet their plural so. Shorter words keep it (*ADNe* is no *ADN*)."""
    if "e" not in stemmed_key:
        return stemmed_key
    return " ".join(
        t[:-1] if len(t) > 4 and t[-1] == "e" and t[-2] not in _VOWELS else t
        for t in stemmed_key.split()
    )


_STEMMED: dict[str, dict[str, str]] = {lang: {} for lang in STEM_LANGS}
_STEMMED_MAX = 100_000  # distinct words remembered per language (~10 MB) before starting afresh


def stem_tokens(toks: list[str], lang: str) -> list[str]:
    """:func:`stem_token` of every token (``lang`` one of :data:`STEM_LANGS`).

    Each language remembers the stems it computed in a plain dict, looked up for a whole
    text at once (``map`` runs in C): enrichment stems every word of every title and
    description, and most words come back again and again."""
    seen = _STEMMED[lang]
    out = list(map(seen.get, toks))
    if None in out:
        if len(seen) > _STEMMED_MAX:
            seen.clear()
        for tok in set(toks).difference(seen):  # the new words, found in C
            # the dict is the memory here: the lru cache of stem_token is not filled too
            # every rule changes only words of STEMMED_ENDINGS: others are their own stem
            seen[tok] = stem_token.__wrapped__(tok, lang) if tok[-1:] in STEMMED_ENDINGS else tok
        out = list(map(seen.__getitem__, toks))
    return out  # type: ignore[return-value]


@lru_cache(maxsize=200_000)
def stem_key(text_key: str, lang: str) -> str:
    """Apply :func:`stem_token` to every token of a :func:`key`."""
    if not any(t[-1] in STEMMED_ENDINGS for t in text_key.split()):
        return text_key  # every rule only changes words ending in -s, -x, -a or -e
    return " ".join(stem_token(t, lang) for t in text_key.split())


def forget_lookups() -> None:
    """Forget the remembered folds, keys and stems (the caches above and the per-language
    stem dicts of :func:`stem_tokens`): the same answers are computed again when asked.

    A harvest process calls it after each run (:mod:`pipeline.run`): these caches fill with
    the words of the records it maps, up to hundreds of thousands of entries, and a network's
    nodes each bring words of their own, so a process that harvests one node after another
    kept growing by every node's words. Each dict is replaced rather than emptied, so a
    thread that holds one (another run of the same process) goes on reading it."""
    for fn in (_fold_short, _fold_long, key, stem_token, stem_key):
        fn.cache_clear()
    for lang in list(_STEMMED):
        _STEMMED[lang] = {}


def stem_langs(lang: str | None) -> tuple[str, ...]:
    """Which plural rules to try for text in ``lang`` (all three when unknown)."""
    base = (lang or "").split("-")[0].lower()
    return (base,) if base in STEM_LANGS else STEM_LANGS


def is_acronym_like(label: str) -> bool:
    """True for short or upper-case labels ("DDT", "PCBs", "Hg") that match case-sensitively."""
    text = label.strip()
    if len(text) <= 3:
        return True
    if " " in text or len(text) > 7:
        return False
    return mostly_capitals(text)


def mostly_capitals(text: str) -> bool:
    """Two capitals or more, and at least as many capitals as other letters ("PCBs", "OGM")."""
    upper = sum(1 for ch in text if ch.isupper())
    return upper >= 2 and upper * 2 >= sum(1 for ch in text if ch.isalpha())
