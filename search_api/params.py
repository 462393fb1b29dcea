"""Query-string parameters -> :class:`~index.base.SearchQuery` (shared by API, page and CLI).

Any input gives a ``SearchQuery`` or a :class:`~search_api.errors.BadRequest`, never a crash.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from index.base import FACET_FIELDS, SORTS, SearchQuery
from index.query import query_date
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
    # the page words the hint in its reader's language: the names and the suggestions go
    # apart (the English "did you mean" stays in the API's message only)
    suggested = dict.fromkeys(s for e in errors for s in e["suggestions"])
    raise BadRequest(
        f"unknown {noun} {', '.join(parts)}; known: {', '.join(sorted(known))}",
        errors=errors,
        code="unknown_param",
        params={
            "names": ", ".join(f"'{e['parameter']}'" for e in errors),
            "suggestions": ", ".join(suggested),
        },
    )


STATUSES = ("completed", "ongoing", "planned")
LABELLED = frozenset({"type", "country", "language", "concept", "region", "publisher_country"})
"""Filters whose values may be labels, read by :func:`expand_with_vocabulary`, which splits
a comma-separated list itself (a label the page shows may hold a comma)."""


def not_one_of(name: str, value: str, choices: Sequence[str]) -> BadRequest:
    """The 400 of a value outside a fixed list, naming it and the closest choices."""
    hint = difflib.get_close_matches(value.lower(), choices, 3, 0.5)
    return BadRequest(
        f"'{name}' must be one of {', '.join(choices)}, got '{value[:40]}'"
        + (f" (did you mean: {', '.join(hint)}?)" if hint else ""),
        errors=[{"parameter": name, "value": value[:40], "suggestions": hint}],
        code="not_one_of",
        params={"name": name, "value": value[:40], "choices": ", ".join(choices),
                "suggestions": ", ".join(hint)},
    )  # fmt: skip


def _status(value: str) -> str:
    """A project status as given or as the page shows it in any language (*En cours*,
    *Finalizado*) -> its id.

    Raises:
        BadRequest: neither, with the closest ids.
    """
    from mappings.folding import fold
    from search_api import i18n

    v = fold(value.strip())
    if v in STATUSES:
        return v
    for lang in i18n.LANGS:
        said = i18n.translator(lang)
        for status in STATUSES:
            if fold(said(f"status_{status}")) == v:
                return status
    raise not_one_of("status", value, STATUSES)


def _eligible_code(value: str) -> str:
    """``eligible_for`` value -> ISO 3166-1 alpha-2 (``gh``, ``GHA``, ``Ghana``, ``Sénégal``).

    Raises:
        BadRequest: the value names no country.
    """
    from mappings.normalise import close_country_names

    v = value.strip()
    found = find_countries(v.upper() if len(v) in (2, 3) else v)
    if len(found) != 1:
        hint = close_country_names(v)
        raise BadRequest(
            f"'eligible_for' must be one country (ISO code or name, e.g. GH or Ghana),"
            f" got '{v[:40]}'" + (f"; did you mean {', '.join(hint)}?" if hint else ""),
            errors=[{"parameter": "eligible_for", "value": v[:40], "suggestions": hint}],
            code="unknown_value",
            params={"name": "eligible_for", "value": v[:40], "suggestions": ", ".join(hint)},
        )
    return found[0]


NodeIds = Callable[[bool], Iterable[str]]
"""The node ids a ``node`` filter may name: the configured and registered nodes, and with
``True`` also those whose records the store holds (asked only for a value not found first)."""


def _node_id(value: str, nodes: NodeIds | None) -> str:
    """A node filter value as the index holds it (``REL-FR`` -> ``rel-fr``); as given
    without ``nodes``.

    Raises:
        BadRequest: no node of that id, with the closest ids.
    """
    if nodes is None:
        return value
    for thorough in (False, True):
        known = {n.lower(): n for n in nodes(thorough)}
        if value in known.values():
            return value
        if value.lower() in known:
            return known[value.lower()]
    hint = [known[h] for h in difflib.get_close_matches(value.lower(), sorted(known), 3, 0.5)]
    raise BadRequest(
        f"node: '{value[:40]}' is no node of this network"
        + (f"; did you mean {', '.join(hint)}?" if hint else ""),
        errors=[{"parameter": "node", "value": value[:40], "suggestions": hint}],
        code="unknown_value",
        params={"name": "node", "value": value[:40], "suggestions": ", ".join(hint)},
    )


def known_nodes(ctx: Any) -> NodeIds:
    """:data:`NodeIds` of a :class:`~ops.context.Context`: its settings' nodes (configured
    and registered), then the nodes with records in its store."""

    def ids(thorough: bool) -> Iterable[str]:
        configured = [n.id for n in ctx.settings.nodes]
        return [*configured, *ctx.store.records.node_ids()] if thorough else configured

    return ids


def _is_date(text: str) -> bool:
    """An ISO date of 4, 7 or 10 characters that names a real day or month."""
    if not _DATE_RE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        return False
    return True


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
    params: Mapping[str, Sequence[str] | str],
    default_lang: str = "en",
    nodes: NodeIds | None = None,
) -> SearchQuery:
    """Build a SearchQuery from multi-valued query parameters (``{"country": ["SN", "ML"]}``);
    ``nodes`` (:data:`NodeIds`) checks the ``node`` filter's values (:func:`known_nodes`)."""

    def all_(name: str) -> list[str]:
        v = params.get(name)
        if v is None:
            return []
        vals = [v] if isinstance(v, str) else list(v)
        out: list[str] = []
        for x in vals:
            if name in LABELLED:  # split by the vocabulary: a label may hold a comma
                out += [str(x).strip()] if str(x).strip() else []
            else:
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
                vals = [_status(v) for v in vals]
            if fname == "publisher_country":  # ISO codes as stored (fr -> FR)
                vals = [v.upper() if len(v) == 2 else v for v in vals]
            if fname == "year":
                vals = [str(_ints("year", v, 0, 9999)) for v in vals]
            if fname == "node":
                vals = [_node_id(v, nodes) for v in vals]
            if fname == "eligible":  # open to the country: named, in a group, or to all
                vals = [*(_eligible_code(v) for v in vals), "all"]
            filters[fname] = tuple(dict.fromkeys(vals))
    sort = one("sort") or "relevance"
    if sort not in SORTS:
        raise not_one_of("sort", sort, SORTS)
    limit = _ints("size", one("size") or one("limit"), 0, MAX_LIMIT)
    page = _ints("page", one("page"), 1, 10_000)
    if page is not None and one("cursor"):  # one of them would be silently ignored
        raise BadRequest("give 'cursor' or 'page', not both", code="cursor_and_page", params={})
    year_from = _ints("year_from", one("year_from"), 0, 9999)
    year_to = _ints("year_to", one("year_to"), 0, 9999)
    date_from, date_to = one("date_from"), one("date_to")
    for n, d in (("date_from", date_from), ("date_to", date_to)):
        if d and not _is_date(d):
            raise BadRequest(
                f"'{n}' must be an ISO date (2019, 2019-07 or 2019-07-15), got '{d[:40]}'",
                code="bad_date",
                params={"name": n, "value": d[:40]},
            )
    _ordered("year_from", year_from, "year_to", year_to)
    if date_from and date_to:
        _ordered("date_from", query_date(date_from, end=False), "date_to",
                 query_date(date_to, end=True), date_from, date_to)  # fmt: skip
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
        raise not_one_of("facets", bad[0], FACET_FIELDS)
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


def _ordered(
    low_name: str, low: int | None, high_name: str, high: int | None,
    low_shown: object = None, high_shown: object = None,
) -> None:  # fmt: skip
    """Refuse a range whose start is after its end (it can only ever find nothing).

    Raises:
        BadRequest: ``'year_from' (2020) is after 'year_to' (2010)``.
    """
    if low is None or high is None or low <= high:
        return
    a = str(low if low_shown is None else low_shown)  # a year, never "2 020"
    b = str(high if high_shown is None else high_shown)
    raise BadRequest(
        f"'{low_name}' ({a}) is after '{high_name}' ({b}): swap them",
        code="reversed_range",
        params={"low_name": low_name, "low": a, "high_name": high_name, "high": b},
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
    if vocabulary is None:  # no vocabulary: stop words still ask for nothing beside others
        from index.query import StopWordsOnly

        return replace(query, filters=filters, expander=StopWordsOnly())
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
