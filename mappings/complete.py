"""Complete a mapped record the way a cataloguer reads it: languages, countries, identifiers,
project status and years.

Where this sits: ``mapping -> **complete** -> vocabulary -> index``. The pipeline (and
``chm reindex``, the conformance report and the labelled-set measurement) calls
:func:`complete_record` on every record a mapping returns, with the node's country and
default language. What it does, field by field:

* **languages**: a record that declares none gets the node's ``default_language``; a title or
  description keyed ``"und"`` gets the record's declared language when it declares exactly
  one, else the language detected by :mod:`mappings.textlang` (among the declared ones when
  there are several). Only a text of a few words that the detector cannot place stays
  ``"und"``. A record that declares no language gets the languages of its texts.
* **countries** (what the record is *about*): the mapping's (coverage, a country field);
  else the countries named in the title, then in the description; else, and only then, the
  node's country. ``publisher_country`` is always the node's country.
* **identifiers** found in the title and description: DOIs, handles, ISBNs (check digit
  verified) and project codes of the funds the thesaurus lists (``GEF ID 10523`` ->
  ``gef:10523``).
* **status, start_year, end_year** of a project: a status line anywhere (``Statut :
  achevé``, ``Estado: en curso``, ``Project status: completed``), else, for a project, a
  status phrase in its description (``en cours d'exécution``, ``cerrado en 2020``); years
  from ``2018-2022``, ``de 2018 à 2022``, ``from 2022 to 2025``, ``Début : 2023``...

Pure: no network, no clock.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick_rs

from mappings.normalise import _scan_names, fold, normalise_status
from mappings.notes import note
from mappings.record import LangMap, Record
from mappings.textlang import MIN_WORDS, SHORT_WORDS, detect_language, word_count
from mappings.thesaurus import fund_prefixes

_STATUS_LINE = re.compile(
    r"(?i)(?:^|[\s.;(])(?:project\s+|projet\s+|proyecto\s+)?"
    r"(?:status|statut|[ée]tat|estado|situaci[óo]n)\s*:\s*([^.;\n()]{2,60})"
)
_STATUS_WORDS = ("status", "statut", "état", "etat", "estado", "situaci")  # one is in every line
_DOI = re.compile(r"(?i)(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?\b(10\.\d{4,9}/[^\s\"<>]+)")
_HANDLE = re.compile(r"(?i)(?:hdl:\s*|https?://hdl\.handle\.net/)([0-9][0-9.]*/[^\s\"<>]+)")
_ISBN = re.compile(r"(?i)\bISBN(?:-1[03])?\s*:?\s*([0-9][0-9 -]{8,18}[0-9X])\b")
_YEAR = r"((?:19|20)[0-9]{2})"
_SPAN = re.compile(
    r"(?i)(?:\b(?:from|de|desde|entre|between)\s+)?\b" + _YEAR + r"\s*(?:-|–|—|/|\bto\b|\bà\b|"
    r"\bau\b|\ba\b|\bal\b|\bhasta\b|\band\b|\bet\b|\by\b)\s*" + _YEAR + r"\b"
)
_START = re.compile(
    r"(?i)\b(?:d[ée]but|d[ée]marrage|inicio|start(?:ing|s|ed)?|began|commenc\w*|launched|"
    r"lanc[ée]\w*)\b[^0-9.;]{0,30}?" + _YEAR
)
_END = re.compile(r"(?i)\b(?:fin|end(?:s|ed|ing)?|t[ée]rmino|cierre|until|jusqu'en|hasta)\b"
                  r"[^0-9.;]{0,25}?" + _YEAR)  # fmt: skip
_STATUS_PHRASES = {
    "ongoing": ("en cours", "en cours d execution", "en cours de mise en oeuvre", "en curso",
                "en ejecucion", "en marcha", "under implementation", "is ongoing",
                "currently being implemented", "is being implemented", "in progress"),
    "completed": ("acheve", "acheve en", "termine en", "cloture en", "a pris fin", "cerrado",
                  "finalizado", "concluido", "was completed", "completed in", "closed in",
                  "ended in", "has been completed"),
    "planned": ("pipeline", "planned", "prevu", "prevue", "planifie", "previsto", "prevista",
                "planificado", "awaiting approval", "awaiting ceo endorsement",
                "sous reserve de l approbation", "a venir"),
}  # fmt: skip


def _phrase_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for status, phrases in _STATUS_PHRASES.items():
        words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        out.append((status, re.compile(rf"\b(?:{words})\b")))
    return out


_PHRASES = _phrase_patterns()
_ALL_PHRASES = tuple(p for phrases in _STATUS_PHRASES.values() for p in phrases)
_ANY_PHRASE = ahocorasick_rs.AhoCorasick(list(_ALL_PHRASES))
"""Finds whether a folded text holds any status phrase in one scan (where a substring test
per phrase, 37 of them, cost ~20 us for a project's description)."""


def _declared(record: Record, default_language: str | None) -> list[str]:
    if record.languages:
        return list(record.languages)
    return [default_language] if default_language else []


def _tag_texts(
    value: LangMap, declared: list[str], field: str, detected: list[str], others: list[str]
) -> LangMap:
    """``value`` with its ``"und"`` text moved to a language (``others``: the languages of
    the record's other texts, for a short text the detector cannot place)."""
    text = value.get("und")
    if not text:
        return value
    candidates = tuple(d for d in declared if len(d) == 2)
    if len(declared) == 1:
        lang: str | None = declared[0]
    elif (
        others
        and (field == "title" or word_count(text) <= SHORT_WORDS)
        and (not candidates or others[0] in candidates)
    ):
        # a title is in the language of its record's description (longer, so read more
        # surely); so is any short text beside a longer one
        lang = others[0]
    else:
        lang = detect_language(text, candidates) or (detect_language(text) if candidates else None)
        if lang is None and others:
            lang = others[0]
        if lang is None and declared and word_count(text) > MIN_WORDS:
            lang = declared[0]
    if lang is None:
        if word_count(text) > MIN_WORDS:
            note(field, text[:80], "no language could be told for this text; kept as 'und'")
        return value
    detected.append(lang)
    if lang in value:
        return value  # the same language is already there: keep the tagged text first
    out = {k: v for k, v in value.items() if k != "und"}
    out[lang] = text
    return out


def _languages(record: Record, default_language: str | None) -> tuple[LangMap, LangMap, list[str]]:
    declared = _declared(record, default_language)
    detected: list[str] = []
    description = _tag_texts(
        record.description, declared, "description", detected, [*record.title.keys() - {"und"}]
    )
    others = [*detected, *(k for k in description if k != "und")]
    title = _tag_texts(record.title, declared, "title", detected, others)
    languages = declared or list(
        dict.fromkeys([*detected, *(k for k in (*title, *description) if k != "und")])
    )
    return title, description, languages


def countries_in_text(*texts: str) -> list[str]:
    """Countries named in free text (whole names in en/fr/es, never bare codes)."""
    found: list[str] = []
    for text in texts:
        found.extend(c for c in _scan_names(text) if c not in found)
    return found


def _countries(
    record: Record, title: LangMap, description: LangMap, node_country: str | None
) -> list[str]:
    if record.countries:
        return list(record.countries)
    found = countries_in_text(*title.values())
    if not found:
        found = countries_in_text(*description.values())
    if found:
        return found
    return [node_country] if node_country else []


def _isbn(digits: str) -> str | None:
    if len(digits) == 10 and digits[:9].isdigit():
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return digits if total % 11 == 0 else None
    if len(digits) == 13 and digits.isdigit() and digits.startswith(("978", "979")):
        ok = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0
        return digits if ok else None
    return None


def _fund_pattern() -> re.Pattern[str] | None:
    prefixes = fund_prefixes()
    if not prefixes:
        return None
    names = "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True))
    return re.compile(
        rf"\b({names})\s*(?:project|projet|proyecto|programme|program)?\s*"
        r"(?:ID|Id|id|n°|nº|No\.?|no\.?|#)?\s*:?\s*([0-9]{3,6})\b"
    )


_FUND: list[re.Pattern[str] | None] = []


# Python's IGNORECASE also lets ``i`` match dotless ``ı`` and dotted ``İ`` and ``s`` match the
# long ``ſ``: the quick filters below fold those first, so they never skip a text a pattern
# would match (``tests/mappings/test_records_read.py`` checks them against the bare patterns).
_FILTER_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def _lowered(text: str) -> str:
    """``text`` lower-cased for the quick filters (see ``_FILTER_FOLD``)."""
    if text.isascii() or not any(c in text for c in "ıİſ"):
        return text.lower()
    return text.translate(_FILTER_FOLD).lower()


def _spellings(word: str) -> list[str]:
    """Every string whose :func:`_lowered` form is the lower-case ASCII ``word``: each
    letter as itself, in upper case, or as a character ``_FILTER_FOLD`` makes it (no other
    character lower-cases to an ASCII letter of these words, and ``_lowered`` maps every
    character to one character)."""
    options = [
        [c, *({c.upper()} - {c}), *(chr(k) for k, v in _FILTER_FOLD.items() if v == c)]
        for c in word
    ]
    out = [""]
    for chars in options:
        out = [head + c for head in out for c in chars]
    return out


_QUICK: list[tuple[Any, list[tuple[str, ...]]]] = []
"""Built on first use: one automaton over what each pattern of :func:`identifiers_in_text`
cannot match without ("10." for a DOI; "hdl" and "isbn" in any case, as ``_lowered`` reads
them; a fund prefix), and the kinds each of its patterns stands for. One scan of the text
tells which patterns to run, where four substring tests, a lower-cased copy and a test per
fund prefix did (most texts hold none of them)."""


def _quick_filter() -> tuple[Any, list[tuple[str, ...]]]:
    if not _QUICK:
        kinds: dict[str, tuple[str, ...]] = {"10.": ("doi",)}
        for kind in ("hdl", "isbn"):
            for spelling in _spellings(kind):
                kinds[spelling] = (*kinds.get(spelling, ()), kind)
        if _fund_pattern_once() is not None:
            for prefix in fund_prefixes():
                kinds[prefix] = (*kinds.get(prefix, ()), "fund")
        _QUICK.append((ahocorasick_rs.AhoCorasick(list(kinds)), list(kinds.values())))
    return _QUICK[0]


def _fund_pattern_once() -> re.Pattern[str] | None:
    if not _FUND:
        _FUND.append(_fund_pattern())
    return _FUND[0]


def identifiers_in_text(text: str) -> list[str]:
    """DOIs, handles, ISBNs and fund project codes written in ``text``, canonical.

    Each pattern runs only when a string it cannot match without is in the text (regular
    expressions that start with optional parts scan slowly; most texts have none): one
    Aho-Corasick scan finds which (overlapping matches, so none hides another)."""
    automaton, kind_of = _quick_filter()
    hits = automaton.find_matches_as_indexes(text, overlapping=True)
    if not hits:
        return []
    kinds = {kind for m in hits for kind in kind_of[m[0]]}
    out: list[str] = []
    if "doi" in kinds:
        for m in _DOI.finditer(text):
            out.append("doi:" + m[1].rstrip(".,;)]"))
    if "hdl" in kinds:
        for m in _HANDLE.finditer(text):
            out.append("hdl:" + m[1].rstrip(".,;)]"))
    if "isbn" in kinds:
        for m in _ISBN.finditer(text):
            isbn = _isbn(re.sub(r"[- ]", "", m[1]).upper())
            if isbn:
                out.append("isbn:" + isbn)
    pattern = _fund_pattern_once()
    if "fund" in kinds and pattern is not None:
        prefixes = fund_prefixes()
        for m in pattern.finditer(text):
            out.append(f"{prefixes[m[1]]}:{int(m[2])}")
    return list(dict.fromkeys(out))


def _identifiers(record: Record, title: LangMap, description: LangMap) -> list[str]:
    found = list(record.identifiers)
    for text in [*title.values(), *description.values()]:
        found.extend(i for i in identifiers_in_text(text) if i not in found)
    return found


def status_in_text(text: str, *, project: bool) -> str | None:
    """A project status written in ``text``: a status line, or (for a project) a phrase."""
    if ":" in text and any(w in _lowered(text) for w in _STATUS_WORDS):
        for m in _STATUS_LINE.finditer(text):
            status = normalise_status(m[1].strip()) or _phrase_status(m[1])
            if status:
                return status
    return _phrase_status(text) if project else None


def _phrase_status(text: str) -> str | None:
    key = fold(text)
    if not _ANY_PHRASE.find_matches_as_indexes(key):  # most texts have none: no pattern run
        return None
    for status, pattern in _PHRASES:
        if pattern.search(key):
            return status
    return None


def years_in_text(text: str) -> tuple[int | None, int | None]:
    """Start and end years of a project written in ``text`` (``2018-2022``, ``Début : 2023``)."""
    start = end = None
    if "19" not in text and "20" not in text:  # every pattern needs a year (19xx or 20xx)
        return start, end
    if m := _SPAN.search(text):
        a, b = int(m[1]), int(m[2])
        if a <= b <= a + 30:
            start, end = a, b
    if start is None and (m := _START.search(text)):
        start = int(m[1])
    if end is None and (m := _END.search(text)):
        year = int(m[1])
        if start is None or year >= start:
            end = year
    return start, end


def _project_fields(record: Record, title: LangMap, description: LangMap) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    texts = [*description.values(), *title.values()]
    is_project = record.type == "project"
    if record.status is None:
        for text in texts:
            status = status_in_text(text, project=is_project)
            if status:
                changes["status"] = status
                break
    if is_project and record.start_year is None and record.end_year is None:
        for text in description.values():
            start, end = years_in_text(text)
            if start or end:
                changes["start_year"], changes["end_year"] = start, end
                break
    return changes


def complete_record(
    record: Record, *, node_country: str | None = None, default_language: str | None = None
) -> Record:
    """Return ``record`` completed (see the module docstring); a tombstone is returned as is.

    Args:
        record: what a mapping returned.
        node_country: the publishing node's ISO 3166-1 alpha-2 code, if it has one.
        default_language: the node's ``default_language``, if set.
    """
    changes = completion(record, node_country=node_country, default_language=default_language)
    return record.with_changes(**changes) if changes else record


def completion(
    record: Record, *, node_country: str | None = None, default_language: str | None = None
) -> dict[str, Any]:
    """What :func:`complete_record` changes in ``record``, as field values (nothing for a
    tombstone): for a caller that builds the record once from several such changes."""
    if not record.title:
        return {}
    title, description, languages = _languages(record, default_language)
    return {
        "title": title,
        "description": description,
        "languages": languages,
        "countries": _countries(record, title, description, node_country),
        "publisher_country": node_country,
        "identifiers": _identifiers(record, title, description),
        **_project_fields(record, title, description),
    }
