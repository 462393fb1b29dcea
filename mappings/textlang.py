"""The language of a text a source did not tag.

Where this sits: ``mapping -> **complete** (mappings/complete.py) -> Record``. A title or
description without a language tag is keyed ``"und"`` by the mappings; completing the record
gives it a language: the record's own declared language when it declares exactly one (the
source said so), else the language detected by lingua (PyPI ``lingua-language-detector``, a
maintained detector that ships its own n-gram models: no network, no download at run time).

The detector is limited to :data:`LANGUAGES` (what clearing-house nodes publish in, plus the
neighbours it must not confuse them with), built once per process in lingua's low accuracy
mode (trigram models: ~40 MB per process instead of ~350 MB). A text of :data:`MIN_WORDS`
words or fewer may stay ``"und"``: two words ("Offre", "FIShBOT Archive") do not say which
language they are in.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

MIN_WORDS = 3
"""Texts of at most this many words are not detected unless the detector is confident."""

SHORT_WORDS = 6
"""A text of at most this many words takes the language of the record's longer texts when
they have one (a title beside its description), before any detection."""

CONFIDENT = 0.8
"""A short text gets the detected language only with at least this confidence."""

LANGUAGES = (
    "ENGLISH", "FRENCH", "SPANISH", "PORTUGUESE", "ARABIC", "CHINESE", "RUSSIAN", "GERMAN",
    "ITALIAN", "DUTCH", "CATALAN", "SWEDISH", "LATIN", "JAPANESE", "KOREAN", "INDONESIAN",
    "SWAHILI", "TURKISH", "POLISH", "VIETNAMESE", "PERSIAN", "HINDI", "BENGALI", "THAI",
)  # fmt: skip
"""lingua's names of the languages detected."""

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGES]
    # low accuracy mode: trigram models only, ~40 MB instead of ~350 MB per process (every
    # mapping worker holds its own); short texts are placed by the record's other texts first
    # (mappings.complete), so the detector mostly reads descriptions, where it is as good
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def word_count(text: str) -> int:
    """Words in ``text`` (a CJK character counts as a word)."""
    return len(_WORD.findall(text)) + len(_CJK.findall(text))


@lru_cache(maxsize=8192)
def detect_language(text: str, candidates: tuple[str, ...] = ()) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None.

    Args:
        text: any text.
        candidates: ISO 639-1 codes the answer must be one of (a record that declares several
            languages); empty for any of :data:`LANGUAGES`.

    Returns:
        e.g. ``"fr"``; None when the text has no letters, or is short and unclear.
    """
    sample = " ".join(text.split())[:1000]
    words = word_count(sample)
    if words == 0:
        return None
    values = _detector().compute_language_confidence_values(sample)
    best: tuple[str, float] | None = None
    for value in values:
        code = value.language.iso_code_639_1.name.lower()
        if candidates and code not in candidates:
            continue
        best = (code, value.value)
        break
    if best is None:
        return None
    code, confidence = best
    if words <= MIN_WORDS and confidence < CONFIDENT:
        return None
    return code
