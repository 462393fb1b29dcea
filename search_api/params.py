"""Query-string parameters -> :class:`~index.base.SearchQuery` (shared by API, page and CLI).

Any input gives a ``SearchQuery`` or a :class:`~search_api.errors.BadRequest`, never a crash.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from index.base import FACET_FIELDS, SORTS, SearchQuery
from mappings.record import RECORD_FIELDS
from search_api.errors import BadRequest

MAX_LIMIT = 100
MAX_TEXT = 1000
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_FILTER_PARAMS = {
    "type": "type",
    "country": "country",
    "language": "language",
    "node": "node",
    "concept": "concept",
    "region": "region",
    "year": "year",
    "status": "status",
    "publisher_country": "publisher_country",
}
STATUSES = ("completed", "ongoing", "planned")


def _ints(name: str, value: str | None, lo: int, hi: int) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    try:
        n = int(value)
    except ValueError:
        raise BadRequest(f"'{name}' must be a whole number, got '{value[:40]}'") from None
    if not lo <= n <= hi:
        raise BadRequest(f"'{name}' must be between {lo} and {hi}, got {n}")
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
        raise BadRequest(f"the query is too long ({len(text)} characters; at most {MAX_TEXT})")
    filters: dict[str, tuple[str, ...]] = {}
    for pname, fname in _FILTER_PARAMS.items():
        vals = all_(pname)
        if vals:
            if fname in ("country", "publisher_country"):
                vals = [v.upper() for v in vals]
            if fname == "status":
                vals = [v.lower() for v in vals]
                bad = [v for v in vals if v not in STATUSES]
                if bad:
                    raise BadRequest(
                        f"'status' must be one of {', '.join(STATUSES)}, got '{bad[0][:40]}'"
                    )
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
            raise BadRequest(f"'{n}' must be an ISO date (2019, 2019-07 or 2019-07-15), got '{d}'")
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
    """Concept filters include their narrower concepts; query words that are concept labels in
    any language also match records tagged with that concept (cross-language search)."""
    if vocabulary is None:
        return query
    from dataclasses import replace

    filters = dict(query.filters)
    if "concept" in filters:
        expanded: list[str] = []
        for uri in filters["concept"]:
            expanded += sorted(vocabulary.narrower_closure(uri)) or [uri]
        filters["concept"] = tuple(dict.fromkeys(expanded))
    text_concepts: tuple[str, ...] = ()
    if query.text:
        text_concepts = tuple(vocabulary.query_concepts(query.text))
    return replace(query, filters=filters, text_concepts=text_concepts)


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
