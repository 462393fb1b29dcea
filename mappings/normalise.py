"""Normalisers: harvested free text -> the controlled values of :class:`mappings.record.Record`.

Where this sits: ``harvester -> raw store -> mapping -> **normalisers** -> Record``. Every
mapping (oai_dc, declarative JSON mappings, ...) calls these functions for dates, datestamps,
languages, countries, record types and project statuses, so a value means the same thing
whatever source it came from.

ISO data comes from maintained libraries (pycountry for ISO 3166-1 / ISO 639, babel (CLDR) for
country, language and month names in English, French and Spanish, langcodes for deprecated
language tags). Only names those libraries lack are listed here as small alias tables.
Lookup dictionaries are built once, on first use, and results are memoised: the mapping
calls these functions for every record and must stay fast.

Every ``normalise_*`` function either returns a normalised value or raises ``ValueError`` with a
message a person understands; nothing else.
"""

from __future__ import annotations

import calendar
import contextlib
import gettext
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from functools import cache, lru_cache
from typing import Any

from mappings import table_cache
from mappings.folding import fold
from mappings.record import RECORD_TYPES
from mappings.status import _status_table, normalise_status
from mappings.thesaurus import fund_prefixes, type_labels
from mappings.types import is_generic, type_of_value

__all__ = [
    "find_countries",
    "fold",
    "normalise_country",
    "normalise_date",
    "normalise_datestamp",
    "normalise_language",
    "normalise_status",
    "normalise_type",
    "warm_up",
]

_LOCALES = ("en", "fr", "es")
_FROM_DISK: dict[str, Any] = {}
"""Tables :func:`prepare_tables` read from disk (:mod:`mappings.table_cache`), each taken by
its builder on its first (and only: they are cached) call."""


def _shown(value: str) -> str:
    """Quote a value for an error message, shortened when long."""
    return repr(value if len(value) <= 60 else value[:57] + "...")


# --------------------------------------------------------------------------- dates

_MONTH_ALIASES = {"setiembre": 9, "sep": 9, "sept": 9, "fev": 2, "juil": 7, "aout": 8}
_DATE_NOISE = frozenset({"de", "del", "of", "the", "le", "la", "el", "en", "a"})
_QUALIFIER = re.compile(
    r"^(?:c|ca|circa|approx|approximately|about|around|env|environ|vers|hacia|aprox|"
    r"aproximadamente|©)\.?\s*(?=[0-9])",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(
    r"^([0-9]{4})(?:[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?)?"
    r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?\s*(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    re.ASCII,
)
_COMPACT_DATE = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$")
_YEAR_RANGE = re.compile(r"^([0-9]{4})\s*(?:-|–|—|/|to|à|a|au)\s*([0-9]{2,4})$")
_ISO_INTERVAL = re.compile(r"^([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?[^/]*)/[0-9]{4}[0-9T:Z.+-]*$")
_NUMERIC_DMY = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$")
_NUMERIC_MY = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{4})$")
_ORDINAL = re.compile(r"^([0-9]{1,2})(?:st|nd|rd|th|er|re|e|eme|o|a)$")


@cache
def _month_names() -> dict[str, int]:
    """Month names and abbreviations (en/fr/es, from CLDR via babel) -> month number."""
    seeded = _FROM_DISK.pop("month_names", None)
    if seeded is not None:  # read by prepare_tables from its on-disk copy
        return seeded  # type: ignore[no-any-return]
    from babel import Locale

    names: dict[str, int] = {}
    for code in _LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names.setdefault(fold(name), number)
    names.update(_MONTH_ALIASES)
    return names


@cache
def _day_names() -> frozenset[str]:
    """Weekday names (en/fr/es): ignored inside dates like "Monday, 15 July 2019"."""
    seeded = _FROM_DISK.pop("day_names", None)
    if seeded is not None:  # read by prepare_tables from its on-disk copy
        return seeded  # type: ignore[no-any-return]
    from babel import Locale

    days: set[str] = set()
    for code in _LOCALES:
        for width in ("wide", "abbreviated"):
            days.update(fold(n) for n in Locale.parse(code).days["format"][width].values())
    return frozenset(days)


def _iso(value: str, year: int, month: int | None = None, day: int | None = None) -> str:
    """Check a (year, month, day) and format it at its precision."""
    if year == 0:
        raise ValueError(f"{_shown(value)} is not a date: year 0 does not exist")
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise ValueError(f"{_shown(value)} is not a date: month {month} does not exist")
    if day is None:
        return f"{year:04d}-{month:02d}"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = calendar.month_name[month]
        raise ValueError(
            f"{_shown(value)} is not a date: day {day} does not exist in {name} {year:04d}"
        )
    return f"{year:04d}-{month:02d}-{day:02d}"


def _numeric_date(value: str, text: str) -> str | None:
    """ISO-like, compact and day-first numeric forms; None when ``text`` is none of them."""
    if m := _ISO_DATE.match(text):
        y, mo, d = m.groups()
        return _iso(value, int(y), int(mo) if mo else None, int(d) if d else None)
    if m := _COMPACT_DATE.match(text):
        return _iso(value, int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DMY.match(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if second > 12 >= first:  # unambiguously month-first (US style): 07/15/2019
            first, second = second, first
        return _iso(value, year, second, first)
    if m := _NUMERIC_MY.match(text):
        return _iso(value, int(m[2]), int(m[1]))
    if m := _YEAR_RANGE.match(text):
        return _iso(value, int(m[1]))
    if m := _ISO_INTERVAL.match(text):
        return _numeric_date(value, m[1])
    return None


def _textual_date(value: str, text: str) -> str | None:
    """Dates written with a month name: "15 juillet 2019", "July 15, 2019", "julio de 2019"."""
    months, days = _month_names(), _day_names()
    month = day = year = None
    for token in fold(text).split():
        if token in _DATE_NOISE or token in days:
            continue
        if token in months and month is None:
            month = months[token]
        elif len(token) == 4 and token.isascii() and token.isdigit() and year is None:
            year = int(token)
        elif (m := _ORDINAL.match(token) or re.fullmatch(r"[0-9]{1,2}", token)) and day is None:
            day = int(m[1] if m.lastindex else m[0])
        else:
            return None
    if month is None or year is None:
        return None
    return _iso(value, year, month, day)


@lru_cache(maxsize=8192)
def normalise_date(value: str) -> str:
    """Turn a harvested date into ISO 8601, keeping its precision.

    Args:
        value: e.g. ``"2019"``, ``"15/07/2019"`` (day-first), ``"July 2019"``,
            ``"15 juillet 2019"``, ``"julio de 2019"``, ``"2019-07-15T10:00:00Z"``,
            ``"c. 2019"``, ``"[2019]"``, ``"2019-2021"`` (first year), ``"20190715"``.

    Returns:
        ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``.

    Raises:
        ValueError: the text is not a date, or names a day that does not exist
            (``"'2021-13-40' is not a date: month 13 does not exist"``).
    """
    text = value.strip().strip("[]()").strip().rstrip("?").strip()
    text = _QUALIFIER.sub("", text).strip("[]() ").rstrip("?")
    if not text:
        raise ValueError(f"{_shown(value)} is not a date: it is empty")
    result = _numeric_date(value, text) or _textual_date(value, text)
    if result is None:
        raise ValueError(
            f"{_shown(value)} is not a date (expected e.g. 2019, 2019-07, 2019-07-15, "
            "15/07/2019 or 15 July 2019)"
        )
    return result


_DATESTAMP = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?)?$"
)


@lru_cache(maxsize=4096)
def normalise_datestamp(value: str) -> str:
    """Turn an OAI-PMH datestamp into a UTC ISO 8601 string ending in ``Z``.

    Args:
        value: ``"2024-03-01T10:00:00Z"``, ``"2024-03-01T12:00:00+02:00"`` or ``"2024-03-01"``.

    Returns:
        e.g. ``"2024-03-01T10:00:00Z"`` (day granularity becomes midnight UTC).

    Raises:
        ValueError: the value is not a datestamp.
    """
    m = _DATESTAMP.match(value.strip())
    if not m:
        raise ValueError(
            f"{_shown(value)} is not an OAI-PMH datestamp "
            "(expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)"
        )
    y, mo, d, hh, mm, ss, tz = m.groups()
    offset: timezone = UTC
    if tz and tz != "Z":
        sign = -1 if tz[0] == "-" else 1
        offset = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6])))
    try:
        stamp = datetime(
            int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=offset
        )
    except ValueError as exc:
        raise ValueError(f"{_shown(value)} is not an OAI-PMH datestamp: {exc}") from None
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- languages

_LANGUAGE_ALIASES = {
    "castellano": "es",
    "castilian": "es",
    "espanol castellano": "es",
    "farsi": "fa",
    "mandarin": "zh",
    "flemish": "nl",
}
_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$", re.IGNORECASE | re.ASCII)
_LANGUAGE_SUFFIX = re.compile(r"\s+(?:language|langue|idioma|lengua)$")


@cache
def _language_codes() -> dict[str, str]:
    """ISO 639-1/-2B/-2T/-3 code (lower case) -> canonical code (639-1 if any, else 639-3)."""
    seeded = _FROM_DISK.pop("language_codes", None)
    if seeded is not None:  # read by prepare_tables from its on-disk copy
        return seeded  # type: ignore[no-any-return]
    import pycountry

    codes: dict[str, str] = {}
    for lang in pycountry.languages:
        canonical = getattr(lang, "alpha_2", None) or lang.alpha_3
        for attr in ("alpha_3", "bibliographic", "alpha_2"):
            if code := getattr(lang, attr, None):
                codes[code.lower()] = canonical
    return codes


@cache
def _language_names() -> dict[str, str]:
    """Folded language name (ISO 639-3 English names, CLDR en/fr/es names) -> canonical code."""
    seeded = _FROM_DISK.pop("language_names", None)
    if seeded is not None:  # read by prepare_tables from its on-disk copy
        return seeded  # type: ignore[no-any-return]
    import pycountry
    from babel import Locale

    codes = _language_codes()
    names: dict[str, str] = {}
    for code in _LOCALES:  # CLDR names first: they are the common ones
        for key, name in Locale.parse(code).languages.items():
            if "_" not in key and key.lower() in codes:
                names.setdefault(fold(name), codes[key.lower()])
    # the names the search page shows in French and Spanish are ISO 639-3's own translations
    # (Ouzbek, Vieux tamoul): a filter given one of them names its language
    shown = [
        gettext.translation("iso639-3", pycountry.LOCALES_DIR, [c], fallback=True).gettext
        for c in _LOCALES
        if c != "en"
    ]
    for lang in pycountry.languages:
        canonical = getattr(lang, "alpha_2", None) or lang.alpha_3
        for attr in ("name", "common_name", "inverted_name"):
            if name := getattr(lang, attr, None):
                names.setdefault(fold(name), canonical)
        for said in shown:
            names.setdefault(fold(said(lang.name)), canonical)
    names.update(_LANGUAGE_ALIASES)
    return names


@cache
def _autonyms() -> dict[str, str]:
    """Languages' names for themselves ("Deutsch", "português", "русский"), from CLDR.

    Loaded only when a name is not an English, French or Spanish one: it reads ~160 locales,
    each let go once its name is read (babel keeps every locale it loaded: +124 MB for the
    process's life, against +11 MB this way, for ~0.25 CPU-s more, once).
    """
    import pycountry
    from babel import Locale, UnknownLocaleError
    from babel.localedata import clear_caches

    names: dict[str, str] = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None)
        if not code:
            continue
        try:
            name = Locale.parse(code).get_language_name(code)
        except (UnknownLocaleError, ValueError):
            continue
        finally:
            clear_caches()
        if name:
            names[fold(name)] = code
    return names


def release_library_data() -> None:
    """Drop what babel and pycountry have loaded (they load it again when asked: nothing
    changes but memory). pycountry has no public call for it: its databases' ``_clear`` is
    used where it exists, else they are left as they are. Neither is imported to be
    released: tables read from disk never load them."""
    if "babel" not in sys.modules and "pycountry" not in sys.modules:
        return
    import pycountry
    from babel.localedata import clear_caches

    clear_caches()
    for db in (pycountry.languages, pycountry.countries):
        clear = getattr(db, "_clear", None)
        if callable(clear) and getattr(db, "_is_loaded", False):
            with getattr(db, "_load_lock", None) or contextlib.nullcontext():
                clear()


def _language_from_tag(text: str) -> str | None:
    """Canonical code for an ISO 639 code or BCP 47 tag (``fr-FR``, ``en_US``, ``iw``)."""
    m = _TAG.match(text)
    if not m:
        return None
    codes = _language_codes()
    primary = m[1].lower()
    if primary in codes:
        return codes[primary]
    import langcodes

    try:  # deprecated tags: iw -> he, in -> id, ji -> yi, mo -> ro
        standard = langcodes.standardize_tag(primary)
    except (ValueError, LookupError):
        return None
    return codes.get(standard.split("-")[0])


@lru_cache(maxsize=4096)
def normalise_language(value: str) -> str:
    """Turn a language code or name into ISO 639-1 where one exists, else ISO 639-3.

    Args:
        value: ``"fre"``, ``"fra"``, ``"fr-FR"``, ``"FR"``, ``"French"``, ``"français"``,
            ``"anglais"``, ``"inglés"``, ``"castellano"``, ``"English (United States)"``...

    Returns:
        e.g. ``"fr"``, ``"es"``, ``"en"``, or a 639-3 code such as ``"oty"``.

    Raises:
        ValueError: neither a known language name nor an ISO 639 code.
    """
    text = value.strip()
    result = _language_from_tag(text)
    if result is None:
        names = _language_names()
        key = fold(text)
        result = names.get(key) or names.get(_LANGUAGE_SUFFIX.sub("", key))
        if result is None and "(" in text:
            result = names.get(fold(text.split("(")[0]))
        if result is None:
            result = _autonyms().get(key)
    if result is None:
        raise ValueError(f"{_shown(value)} is not a known language name or ISO 639 code")
    return result


# --------------------------------------------------------------------------- countries

# fmt: off
_COUNTRY_ALIASES = {
    "usa": "US", "u s a": "US", "u s": "US", "uk": "GB", "u k": "GB", "great britain": "GB",
    "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "ivory coast": "CI",
    "vietnam": "VN", "turkey": "TR", "holland": "NL", "russia": "RU", "south korea": "KR",
    "north korea": "KP", "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD", "dr congo": "CD", "drc": "CD", "rdc": "CD",
    "republique democratique du congo": "CD", "republic of the congo": "CG",
    "congo brazzaville": "CG", "swaziland": "SZ", "burma": "MM", "cape verde": "CV",
    "cabo verde": "CV", "czech republic": "CZ", "macedonia": "MK", "east timor": "TL",
    "laos": "LA", "syria": "SY", "palestine": "PS", "tanzania": "TZ", "moldova": "MD",
    "bolivie": "BO", "venezuela": "VE", "iran": "IR",
    # the first word a country is called by alone, in the three languages
    "burkina": "BF", "bosnia": "BA", "bosnie": "BA", "trinidad": "TT", "trinite": "TT",
    "sao tome": "ST", "santo tome": "ST", "centrafrique": "CF", "uae": "AE",
}
# fmt: on
# Country names that are also common words in en/fr/es: only matched as a whole value,
# never inside free text ("réunion" is a meeting, "Maurice" a first name, "Granada" a city).
_AMBIGUOUS_IN_TEXT = frozenset({"reunion", "maurice", "granada", "jersey", "man"})
_ARTICLE = re.compile(r"^(?:the|la|le|les|l|el|los|las)\s+")
_SUBDIVISION = re.compile(r"^([A-Za-z]{2})-[A-Za-z0-9]{1,3}$", re.ASCII)


def _official_names() -> Iterable[tuple[str, str]]:
    """(name, alpha-2) from pycountry in English, French and Spanish, and CLDR en/fr/es."""
    import gettext

    import pycountry
    from babel import Locale

    countries = list(pycountry.countries)
    translations = [None] + [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in _LOCALES[1:]
    ]
    for tr in translations:
        for c in countries:
            for attr in ("name", "common_name", "official_name"):
                if name := getattr(c, attr, None):
                    yield (tr.gettext(name) if tr else name), c.alpha_2
    known = {c.alpha_2 for c in countries}
    for code in _LOCALES:
        for key, name in Locale.parse(code).territories.items():
            if key in known:
                yield name, key


def _derived_names(name: str) -> list[str]:
    """Short forms: "Bolivia, Plurinational State of" -> "Bolivia", "Plurinational State of
    Bolivia"; "Bolivie (État plurinational de)" -> "Bolivie"."""
    forms: list[str] = []
    for sep in ("(", ","):
        if sep in name:
            head, _, tail = name.partition(sep)
            forms.append(head)
            if sep == ",":
                forms.append(f"{tail} {head}")
    return forms


@cache
def _country_names() -> dict[str, str]:
    """Folded country name -> alpha-2. Exact names beat derived short forms; a short form
    shared by two countries ("Korea") is dropped."""
    seeded = _FROM_DISK.pop("country_names", None)
    if seeded is not None:  # read by prepare_tables from its on-disk copy
        return seeded  # type: ignore[no-any-return]
    names: dict[str, str] = {}
    derived: dict[str, set[str]] = {}
    for name, alpha2 in _official_names():
        names.setdefault(fold(name), alpha2)
        for form in _derived_names(name):
            derived.setdefault(fold(form), set()).add(alpha2)
    for key, owners in derived.items():
        if len(owners) == 1 and key and key not in names:
            names[key] = next(iter(owners))
    names.update(_COUNTRY_ALIASES)
    names.pop("", None)
    return names


def country_name_table() -> dict[str, str]:
    """Folded country name (English, French, Spanish and common short forms) -> alpha-2."""
    return dict(_country_names())


@cache
def _country_codes() -> dict[str, str]:
    """Alpha-2 / alpha-3 code (upper case) -> alpha-2."""
    seeded = _FROM_DISK.pop("country_codes", None)
    if seeded is not None:  # read by prepare_tables from its on-disk copy
        return seeded  # type: ignore[no-any-return]
    import pycountry

    codes = {"UK": "GB"}
    for c in pycountry.countries:
        codes[c.alpha_2] = c.alpha_2
        codes[c.alpha_3] = c.alpha_2
    return codes


# Places whose names hold a country's name but are not that country, read in free text before
# the country's name (longest first): the country they are in, or "" when they are shared by
# several (a river, a lake, a gulf, a basin, an island of two countries) or are no place at
# all ("guinea worm"). Folded, as :func:`fold` writes them.
_PLACES_IN_TEXT: dict[str, str] = {
    # capitals and regions named after another country
    "port of spain": "TT",
    "puerto espana": "TT",
    "port d espagne": "TT",
    "new mexico": "US",
    "nuevo mexico": "US",
    "nouveau mexique": "US",
    "new jersey": "US",
    "nueva jersey": "US",
    "niger delta": "NG",
    "delta du niger": "NG",
    "delta del niger": "NG",
    # shared by several countries
    "new guinea": "",
    "nouvelle guinee": "",
    "nueva guinea": "",
    "gulf of guinea": "",
    "golfe de guinee": "",
    "golfo de guinea": "",
    "congo basin": "",
    "bassin du congo": "",
    "cuenca del congo": "",
    "lake chad": "",
    "lac tchad": "",
    "lago chad": "",
    "niger river": "",
    "river niger": "",
    "fleuve niger": "",
    "rio niger": "",
    # not places
    "guinea worm": "",
    "ver de guinee": "",
    "gusano de guinea": "",
    "guinea pig": "",
    "guinea pigs": "",
    "guinea fowl": "",
    "pintade de guinee": "",
}


@cache
def _scan_table() -> tuple[dict[str, str], int]:
    """Names matched inside free text (codes excluded; :data:`_PLACES_IN_TEXT` with them) and
    their longest length in words."""
    table = {k: v for k, v in _country_names().items() if k not in _AMBIGUOUS_IN_TEXT}
    table.update(_PLACES_IN_TEXT)
    return table, max(len(k.split()) for k in table)


@lru_cache(maxsize=8192)
def normalise_country(value: str) -> str:
    """Turn a country code or name into ISO 3166-1 alpha-2.

    Args:
        value: ``"SN"``, ``"SEN"``, ``"Sénégal"``, ``"Côte d'Ivoire"``, ``"Ivory Coast"``,
            ``"Estados Unidos"``, ``"États-Unis"``, ``"UK"``, ``"Bolivie (État plurinational
            de)"``, ``"Türkiye"``... (case and accents do not matter).

    Returns:
        e.g. ``"SN"``.

    Raises:
        ValueError: not a known country code or name.
    """
    text = value.strip()
    code = exact_country(text)
    if code is None and ("(" in text or "," in text):
        code = _country_names().get(fold(re.split(r"[(,]", text, maxsplit=1)[0]))
    if code is None:
        raise ValueError(f"{_shown(value)} is not a known country name or ISO 3166 code")
    return code


def exact_country(value: str) -> str | None:
    """The alpha-2 code of a country code or *whole* name (any case or accents), None for
    anything else: :func:`normalise_country` without its reading of the part before a comma
    or parenthesis (*Congo, The Democratic Republic of the* is CD, never the *Congo* of CG;
    a filter list ``Bolivia, Plurinational State of,CD`` is read part by part with it)."""
    text = value.strip()
    code = _country_codes().get(text.upper()) if len(text) <= 3 else None
    if code is None:
        key = fold(text)
        names = _country_names()
        code = names.get(key) or names.get(_ARTICLE.sub("", key))
    return code


def close_country_names(value: str, n: int = 3) -> list[str]:
    """The country names (English, French or Spanish, folded) closest to ``value``: the
    suggestions of an unknown country."""
    import difflib

    return difflib.get_close_matches(fold(value.strip()), list(_country_names()), n, 0.7)


def close_language_names(value: str, n: int = 3) -> list[str]:
    """The language names closest to ``value`` (folded): the suggestions of an unknown
    language."""
    import difflib

    return difflib.get_close_matches(fold(value.strip()), list(_language_names()), n, 0.75)


def country_for_name(text: str) -> str | None:
    """The alpha-2 code of a country *name* (English, French or Spanish, any case or
    accents: ``"Sénégal"``, ``"cote d'ivoire"``), None for anything else, codes included
    (a query word ``es`` or ``PE`` is no country). Used to read country names in queries."""
    table, _longest = _scan_table()
    return table.get(" ".join(fold(text).split())) or None


@lru_cache(maxsize=1)
def _scan_firsts() -> dict[str, tuple[int, ...]]:
    """The first word of every country name of :func:`_scan_table` -> the lengths in words
    of the names starting with it, longest first."""
    out: dict[str, set[int]] = {}
    for name in _scan_table()[0]:
        words = name.split()
        if words:
            out.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}


def _scan_names(text: str) -> list[str]:
    """Country names found in ``text`` at word boundaries, longest name first.

    Only the words that start a name are visited (found in one pass), each trying the
    lengths of its own names; a word inside a name already found is skipped."""
    table = _scan_table()[0]
    firsts = _scan_firsts()
    words = fold(text).split()
    count = len(words)
    found: list[str] = []
    end = 0  # the first word after the last name found
    for i in [i for i, w in enumerate(words) if w in firsts]:
        if i < end:
            continue
        for n in firsts[words[i]]:
            if i + n <= count:
                code = table.get(" ".join(words[i : i + n]))
                if code is not None:  # "" is a place of no one country: its words are read
                    if code:
                        found.append(code)
                    end = i + n
                    break
    return found


@lru_cache(maxsize=8192)
def _find_countries(text: str) -> tuple[str, ...]:
    found: list[str] = []
    codes = _country_codes()
    for segment in re.split(r"[;,|/\n]+", text):
        part = segment.strip().strip(".")
        if m := _SUBDIVISION.match(part):  # ISO 3166-2, "GR-22"
            part = m[1]
        if 2 <= len(part) <= 3 and part.isupper() and part in codes:
            found.append(codes[part])
    found.extend(_scan_names(text))
    return tuple(dict.fromkeys(found))


def find_countries(text: str) -> list[str]:
    """All countries named in a free-text coverage string, in order, without repeats.

    Names are matched at word boundaries (longest first: "Guinea-Bissau" is not "Guinea");
    codes only count when they are a whole list item written in capitals ("SN; ML",
    "GR-22"), so "in" or "AND" inside a sentence are not countries.

    Args:
        text: e.g. ``"Afrique de l'Ouest: Sénégal, Côte d'Ivoire"``.

    Returns:
        e.g. ``["SN", "CI"]``; empty when nothing matched.
    """
    return list(_find_countries(text))


# --------------------------------------------------------------------------- types, status


@lru_cache(maxsize=4096)
def normalise_type(value: str) -> str:
    """Map a stated type (``dc:type``, a JSON ``type``; any language, DCMI or eu-repo URIs) to
    a record type of the thesaurus's record-type scheme (see :mod:`mappings.types`).

    Args:
        value: ``"Project"``, ``"Projet"``, ``"Support offer"``, ``"Plan national"``,
            ``"Point focal"``, ``"http://purl.org/dc/dcmitype/Dataset"``...

    Returns:
        one of :data:`mappings.record.RECORD_TYPES`; ``"other"`` when nothing fits
        (an unknown type is not an error). A project status ("en cours") gives ``"project"``.
    """
    if is_generic(value):
        return "document" if fold(value) in ("text", "texte", "texto", "document") else "other"
    rtype = type_of_value(value)
    if rtype in RECORD_TYPES:
        return rtype
    if normalise_status(value):
        return "project"
    return "other"


def warm_up() -> None:
    """Build every lookup table now (~0.5 s once) instead of on first use.

    Call it before timing-sensitive work (a harvest run, a benchmark, a test with a deadline)
    so the first record does not pay for loading the CLDR and ISO data.
    """
    for build in _TABLES:
        build()
    _autonyms()
    type_labels()
    fund_prefixes()


_ON_DISK = {
    "month_names": _month_names,
    "day_names": _day_names,
    "language_codes": _language_codes,
    "language_names": _language_names,
    "country_names": _country_names,
    "country_codes": _country_codes,
}
"""The tables :func:`prepare_tables` keeps on disk: those built from babel and pycountry."""

_TABLES = (
    _month_names,
    _day_names,
    _language_codes,
    _language_names,
    _country_names,
    _country_codes,
    _scan_table,
    _status_table,
)


def prepare_tables() -> None:
    """Build the tables the mappings read now, then let go of what they were built from:
    babel's CLDR locales and pycountry's ISO databases (:func:`release_library_data`), and
    the project thesaurus of the type labels (:mod:`mappings.thesaurus` keeps only its
    tables).

    For a process that maps many records (a mapping worker, a harvest): the tables are built
    on first use anyway, and the data they come from (~9 MB of Python objects for the
    libraries, 7.6 MB for the thesaurus) is never read again. Called before the process
    loads its own vocabulary, the vocabulary fills the space freed instead of adding to it.
    :func:`_autonyms` is left to first use (rarely needed; it lets its own data go).

    The library tables are read from their copy on disk when there is one
    (:mod:`mappings.table_cache`: ~3 ms instead of ~0.15 CPU-s per process), else built and
    written there for the next process."""
    path = table_cache.cache_path()
    stored = table_cache.read_tables(path) if path is not None else None
    if stored is not None and stored.keys() == _ON_DISK.keys():
        _FROM_DISK.update(stored)
    for build in _TABLES:
        build()
    _FROM_DISK.clear()
    if stored is None and path is not None:
        table_cache.write_tables(path, {name: build() for name, build in _ON_DISK.items()})
    type_labels()
    release_library_data()
