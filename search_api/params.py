"""Query-string parameters -> :class:`~index.base.SearchQuery` (shared by API, page and CLI).

Any input gives a ``SearchQuery`` or a :class:`~search_api.errors.BadRequest`, never a crash.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from index.base import FACET_FIELDS, SORTS, SearchQuery
from mappings.normalise import find_countries
from mappings.record import RECORD_FIELDS
from search_api.errors import BadRequest

MAX_LIMIT = 100
MAX_TEXT = 1000
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# --- the one whitelist of search parameters ---------------------------------------------------
# A new filter is one line here (parameter -> index field) plus the field in
# index.base.FACET_FIELDS; every search route (API, page, export, CLI) checks against these.
FILTER_PARAMS: dict[str, str] = {
    "type": "type",
    "country": "country",
    "language": "language",
    "node": "node",
    "concept": "concept",
    "region": "region",
    "year": "year",
    "status": "status",
    "publisher_country": "publisher_country",
    "eligible_for": "eligible",
}
"""Filter parameter -> index field (OR within a parameter, AND across parameters)."""

SEARCH_PARAMS: frozenset[str] = frozenset(
    {
        *FILTER_PARAMS,
        "q", "sort", "size", "limit", "page", "cursor", "year_from", "year_to", "date_from",
        "date_to", "facets", "fields", "highlight", "lang", "collapse",
    }
)  # fmt: skip
"""Every parameter a search understands; a route adds its own (``format``)."""


def check_param_names(names: Iterable[str], extra: Iterable[str] = ()) -> None:
    """Refuse parameters no search understands, naming them and the closest known ones.

    Raises:
        BadRequest: ``unknown parameter 'stauts' (did you mean: status?)``.
    """
    known = SEARCH_PARAMS | set(extra)
    unknown = sorted({n for n in names if n not in known})
    if not unknown:
        return
    errors = [
        {"parameter": n[:40], "suggestions": difflib.get_close_matches(n, known, 3, 0.6)}
        for n in unknown
    ]
    parts = []
    for e in errors:
        hint = f" (did you mean: {', '.join(e['suggestions'])}?)" if e["suggestions"] else ""
        parts.append(f"'{e['parameter']}'{hint}")
    noun = "parameter" if len(parts) == 1 else "parameters"
    raise BadRequest(
        f"unknown {noun} {', '.join(parts)}; known: {', '.join(sorted(known))}",
        errors=errors,
        code="unknown_param",
        params={"names": ", ".join(parts)},
    )


STATUSES = ("completed", "ongoing", "planned")


def _eligible_code(value: str) -> str:
    """``eligible_for`` value -> ISO 3166-1 alpha-2 (``gh``, ``GHA``, ``Ghana``, ``Sénégal``).

    Raises:
        BadRequest: the value names no country.
    """
    v = value.strip()
    found = find_countries(v.upper() if len(v) in (2, 3) else v)
    if len(found) != 1:
        raise BadRequest(
            f"'eligible_for' must be one country (ISO code or name, e.g. GH or Ghana),"
            f" got '{v[:40]}'",
            errors=[{"parameter": "eligible_for", "suggestions": []}],
        )
    return found[0]


def _ints(name: str, value: str | None, lo: int, hi: int) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    try:
        n = int(value)
    except ValueError:
        raise BadRequest(
            f"'{name}' must be a whole number, got '{value[:40]}'",
            code="not_number",
            params={"name": name, "value": value[:40]},
        ) from None
    if not lo <= n <= hi:
        raise BadRequest(
            f"'{name}' must be between {lo} and {hi}, got {n}",
            code="out_of_range",
            params={"name": name, "lo": lo, "hi": hi, "value": n},
        )
    return n


def parse_search_params(
    params: Mapping[str, Sequence[str] | str], default_lang: str = "en"
) -> SearchQuery:
    """Build a SearchQuery from multi-valued query parameters (``{"country": ["SN", "ML"]}``)."""

    def all_(name: str) -> list[str]:
        v = params.get(name)
        if v is None:
            return []
        vals = [v] if isinstance(v, str) else list(v)
        out: list[str] = []
        for x in vals:
            out += [p.strip() for p in str(x).split(",") if p.strip()]
        return out

    def one(name: str) -> str | None:
        vals = all_(name) if name not in ("q", "cursor") else _raw(params, name)
        return vals[-1] if vals else None

    text = one("q") or ""
    if len(text) > MAX_TEXT:
        raise BadRequest(
            f"the query is too long ({len(text)} characters; at most {MAX_TEXT})",
            code="too_long",
            params={"n": len(text), "max": MAX_TEXT},
        )
    filters: dict[str, tuple[str, ...]] = {}
    for pname, fname in FILTER_PARAMS.items():
        vals = all_(pname)
        if vals:
            if fname == "status":
                vals = [v.lower() for v in vals]
                bad = [v for v in vals if v not in STATUSES]
                if bad:
                    hint = difflib.get_close_matches(bad[0], STATUSES, 3, 0.5)
                    raise BadRequest(
                        f"'status' must be one of {', '.join(STATUSES)}, got '{bad[0][:40]}'"
                        + (f" (did you mean: {', '.join(hint)}?)" if hint else ""),
                        errors=[{"parameter": "status", "suggestions": hint}],
                    )
            if fname == "publisher_country":  # ISO codes as stored (fr -> FR)
                vals = [v.upper() if len(v) == 2 else v for v in vals]
            if fname == "eligible":  # open to the country: named, in a group, or to all
                vals = [*(_eligible_code(v) for v in vals), "all"]
            filters[fname] = tuple(dict.fromkeys(vals))
    sort = one("sort") or "relevance"
    if sort not in SORTS:
        raise BadRequest(f"'sort' must be one of {', '.join(SORTS)}, got '{sort[:40]}'")
    limit = _ints("size", one("size") or one("limit"), 0, MAX_LIMIT)
    page = _ints("page", one("page"), 1, 10_000)
    year_from = _ints("year_from", one("year_from"), 0, 9999)
    year_to = _ints("year_to", one("year_to"), 0, 9999)
    date_from, date_to = one("date_from"), one("date_to")
    for n, d in (("date_from", date_from), ("date_to", date_to)):
        if d and not _DATE_RE.match(d):
            raise BadRequest(
                f"'{n}' must be an ISO date (2019, 2019-07 or 2019-07-15), got '{d[:40]}'",
                code="bad_date",
                params={"name": n, "value": d[:40]},
            )
    facets = tuple(all_("facets")) or (
        "type",
        "country",
        "region",
        "language",
        "concept",
        "node",
        "year",
        "status",
        "publisher_country",
    )
    bad = [f for f in facets if f not in FACET_FIELDS]
    if bad:
        raise BadRequest(f"unknown facet '{bad[0]}' (known: {', '.join(FACET_FIELDS)})")
    size = 20 if limit is None else limit
    lang = (one("lang") or default_lang).split("-")[0].lower()[:8]
    return SearchQuery(
        text=text.strip(),
        filters=filters,
        year_from=year_from,
        year_to=year_to,
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        limit=size,
        offset=((page or 1) - 1) * size,
        search_after=one("cursor") or None,
        facets=facets,
        highlight=(one("highlight") or "true").lower() not in ("0", "false", "no"),
        lang=lang,
    )


def _raw(params: Mapping[str, Sequence[str] | str], name: str) -> list[str]:
    v = params.get(name)
    if v is None:
        return []
    return [v] if isinstance(v, str) else [str(x) for x in v]


def expand_with_vocabulary(query: SearchQuery, vocabulary: Any) -> SearchQuery:
    """Read filter values as the page shows them and give the query its meaning.

    Filter values may be URIs, ids or labels in any language (``region=western-africa``,
    ``type=Projet``, ``concept=plaguicidas``, ``country=Sénégal``); a concept filter includes
    its narrower concepts; query words mean their concepts too (the vocabulary's
    :class:`~vocabulary.search.QueryExpander`, applied per term by the index's parse).

    Raises:
        BadRequest: a value that names nothing, with the closest valid values.
    """
    from vocabulary.search import UnknownValue, resolve_filter_values

    filters: dict[str, tuple[str, ...]] = {}
    problems: list[UnknownValue] = []
    for name, values in query.filters.items():
        try:
            filters[name] = resolve_filter_values(vocabulary, name, values)
        except UnknownValue as exc:
            problems.append(exc)
    if problems:
        first = problems[0]
        raise BadRequest(
            "; ".join(str(p) for p in problems),
            errors=[{"parameter": p.field, "value": p.value, "suggestions": p.suggestions}
                    for p in problems],
            code="unknown_value",
            params={"name": first.field, "value": first.value,
                    "suggestions": ", ".join(first.suggestions)},
        )  # fmt: skip
    if vocabulary is None:
        return replace(query, filters=filters)
    from vocabulary.search import expander_for

    return replace(query, filters=filters, expander=expander_for(vocabulary))


def parse_fields(value: str | None) -> tuple[str, ...] | None:
    """``fields=title,date`` -> ``("title", "date")``; None (every field) when absent.

    Raises:
        BadRequest: a name is not a field of the record contract.
    """
    if value is None or not value.strip():
        return None
    names = tuple(dict.fromkeys(p.strip() for p in value.split(",") if p.strip()))
    bad = [n for n in names if n not in RECORD_FIELDS and n != "deleted"]
    if bad:
        known = ", ".join(sorted(RECORD_FIELDS))
        raise BadRequest(f"unknown field '{bad[0][:40]}' in 'fields' (known: {known})")
    return names
