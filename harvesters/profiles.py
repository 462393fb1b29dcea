"""Built-in JSON API profiles and the ``options`` of JSON nodes, checked.

Where this sits: config.toml ``[[nodes]] options`` -> **JsonOptions** -> the JSON harvester
(harvesters/json_api.py). A profile is a set of option defaults for a well-known API shape;
choosing one is enough for a source of that shape, and any option set on the node wins.

What a *registered* node may set is the smaller allow-list of
:mod:`harvesters.node_options`. Options of a ``protocol = "json"`` node (all optional
except where a profile is absent)::

    profile               "ckan" | "solr" | "jsonapi" | "datacite" | "gbif" (defaults below);
                          none: set them yourself
    paging                "offset" | "page" | "cursor" | "next" | "none"
    records_path          JMESPath to the list of records ("@" when the body is the list)
    total_path            JMESPath to the total number of records (stops paging, checks counts)
    id_path               JMESPath to a record's id at the source (default "id")
    datestamp_path        JMESPath to a record's last-modified datestamp
    deleted_path          JMESPath that is true for a deleted record (kept as a tombstone)
    error_path            JMESPath to an error message the API puts in its body
    page_size             records per request (default 100)
    offset_param, limit_param         offset paging (default "offset", "limit")
    page_param, size_param, first_page  page paging (default "page", "size", 1); size_param
                          is also sent on the first request of "next" paging when set
    cursor_param, cursor_path, first_cursor  cursor paging (e.g. Solr "cursorMark",
                          "nextCursorMark", "*"); the listing ends when the cursor repeats
    next_path             JMESPath to the next page's URL in the body; without it, the
                          HTTP ``Link: <…>; rel="next"`` header is followed
    params                table of fixed query parameters sent with every request
    modified_since_param  query parameter for incremental harvests; without it every run is
                          a full listing and records gone from it become tombstones
    modified_since_format template of its value, "{since}" is replaced (default "{since}")
    auth_header           header carrying a secret (e.g. "Authorization", "X-API-Key")
    auth_env              name of the environment variable holding the secret
    auth_scheme           prefix of the header value (e.g. "Bearer")
                          (these three in config.toml only: a registered node's secret is
                          stored by an operator with ``chm nodes set-secret``; see
                          harvesters/secrets.py)
    rate_limit            requests per second to this node (e.g. 2.0); default unlimited
    max_pages             stop with an error after this many pages (default 100000)
    max_response_bytes    per-node response size limit (default: [harvest] max_response_bytes)
    follow_other_hosts    follow next links to another host (default false)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from harvesters.base import HarvestError

PAGING = ("offset", "page", "cursor", "next", "none")

PROFILES: dict[str, dict[str, Any]] = {
    "ckan": {
        "paging": "offset",
        "offset_param": "start",
        "limit_param": "rows",
        "page_size": 100,
        "records_path": "result.results",
        "total_path": "result.count",
        "id_path": "id",
        "datestamp_path": "metadata_modified",
        "deleted_path": "state == 'deleted'",
        "error_path": "error.message || error.__type",
        "params": {"sort": "id asc"},
        "modified_since_param": "fq",
        "modified_since_format": "metadata_modified:[{since} TO *]",
    },
    "solr": {
        "paging": "offset",
        "offset_param": "start",
        "limit_param": "rows",
        "page_size": 100,
        "records_path": "response.docs",
        "total_path": "response.numFound",
        "id_path": "id",
        "datestamp_path": "metadata_modified || last_modified || timestamp",
        "error_path": "error.msg",
        "params": {"q": "*:*", "wt": "json", "sort": "id asc"},
        "cursor_param": "cursorMark",
        "cursor_path": "nextCursorMark",
        "first_cursor": "*",
    },
    "jsonapi": {
        "paging": "next",
        "records_path": "data",
        "total_path": "meta.total",
        "next_path": "links.next",
        "id_path": "id",
        "size_param": "page[size]",
        "page_size": 100,
        "error_path": "errors[0].detail || errors[0].title",
    },
    "datacite": {
        "paging": "next",
        "records_path": "data",
        "total_path": "meta.total",
        "next_path": "links.next",
        "id_path": "id",
        "datestamp_path": "attributes.updated",
        "size_param": "page[size]",
        "page_size": 100,
        "params": {"page[cursor]": "1"},
        "error_path": "errors[0].title || errors[0].detail",
        "modified_since_param": "query",
        "modified_since_format": "updated:[{since} TO *]",
    },
    "gbif": {
        "paging": "offset",
        "offset_param": "offset",
        "limit_param": "limit",
        "page_size": 100,
        "records_path": "results",
        "total_path": "count",
        "id_path": "key",
        "datestamp_path": "modified || lastInterpreted",
        "error_path": "message || error",
    },
}
"""Built-in profiles: CKAN ``package_search`` (start/rows, incremental through
``fq=metadata_modified:[… TO *]``), Solr-style JSON (``response.docs``/``numFound``;
``paging = "cursor"`` uses ``cursorMark``), JSON:API (``data``, ``links.next``), the DataCite
REST API (``/dois``: JSON:API with cursor paging started by ``page[cursor]=1``, incremental
through ``query=updated:[… TO *]``) and the GBIF API (``/v1/dataset/search``,
``/v1/occurrence/search``, ``/v1/species/search``: ``results``, ``count``, offset/limit;
narrow a search with ``params``, e.g. ``{ country = "SN" }``)."""


class NodeOptionsError(HarvestError):
    """A node's options are unusable (a configuration problem, reported before any request)."""

    kind = "configuration"


@dataclass(frozen=True)
class JsonOptions:
    """The checked options of one JSON node (profile defaults merged in)."""

    profile: str | None = None
    paging: str = "none"
    records_path: str = ""
    total_path: str | None = None
    id_path: str = "id"
    datestamp_path: str | None = None
    deleted_path: str | None = None
    error_path: str | None = None
    page_size: int = 100
    offset_param: str = "offset"
    limit_param: str = "limit"
    page_param: str = "page"
    size_param: str | None = None
    first_page: int = 1
    cursor_param: str = "cursor"
    cursor_path: str | None = None
    first_cursor: str | None = None
    next_path: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    modified_since_param: str | None = None
    modified_since_format: str = "{since}"
    auth_header: str | None = None
    auth_env: str | None = None
    auth_scheme: str | None = None
    rate_limit: float | None = None
    max_pages: int = 100_000
    max_response_bytes: int | None = None
    follow_other_hosts: bool = False


PIPELINE_OPTIONS = frozenset({"delete_threshold"})
"""Node options read by other parts of chm (pipeline.quarantine), accepted and ignored here."""
_SECRET_KEYS = frozenset({"auth_token", "token", "api_key", "apikey", "password", "secret"})
_INT_KEYS = {"page_size", "first_page", "max_pages", "max_response_bytes"}
_STR_KEYS = (
    {f.name for f in fields(JsonOptions)}
    - _INT_KEYS
    - {
        "params",
        "rate_limit",
        "follow_other_hosts",
    }
)


def _check_value(key: str, value: Any) -> str | None:
    """Why ``value`` is wrong for option ``key``, or None."""
    if key in _INT_KEYS:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            return f"expected a positive whole number, got {value!r}"
    elif key == "rate_limit":
        if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
            return f"expected requests per second (a number > 0), got {value!r}"
    elif key == "params":
        if not isinstance(value, dict):
            return f"expected a table of query parameters, got {value!r}"
    elif key == "follow_other_hosts":
        if not isinstance(value, bool):
            return f"expected true or false, got {value!r}"
    elif not isinstance(value, str) or not value:
        return f"expected a non-empty string, got {value!r}"
    return None


def json_options(node_id: str, options: dict[str, Any], refused: Sequence[str] = ()) -> JsonOptions:
    """Merge a node's options over its profile and check them.

    Args:
        node_id: for messages.
        options: ``NodeConfig.options``.
        refused: the problems the allow-list of :mod:`harvesters.node_options` found in a
            registered node's options (reported with the rest; none for operators' nodes).

    Returns:
        the checked options.

    Raises:
        NodeOptionsError: every problem, each naming the option.
    """
    problems: list[str] = list(refused)
    profile = options.get("profile")
    merged: dict[str, Any] = {}
    if profile is not None:
        if profile not in PROFILES:
            problems.append(f"profile: {profile!r} is not one of {', '.join(sorted(PROFILES))}")
        else:
            merged.update(PROFILES[profile])
    known = {f.name for f in fields(JsonOptions)}
    for key, value in options.items():
        if key in PIPELINE_OPTIONS:
            continue
        if key in _SECRET_KEYS:
            problems.append(
                f"{key}: secrets never go in a TOML file; name an environment variable with "
                "auth_env (config.toml), or store the secret with `chm nodes set-secret`"
            )
        elif key not in known:
            names = ", ".join(sorted(known | PIPELINE_OPTIONS))
            problems.append(f"{key}: unknown option (known: {names})")
        elif (why := _check_value(key, value)) is not None:
            problems.append(f"{key}: {why}")
        elif key == "params":
            merged["params"] = {**merged.get("params", {}), **value}
        else:
            merged[key] = value
    _check_combination(merged, problems)
    if problems:
        msg = "; ".join(f"options.{p}" for p in problems)
        raise NodeOptionsError(f"node '{node_id}': {msg}", node_id=node_id)
    if "rate_limit" in merged:
        merged["rate_limit"] = float(merged["rate_limit"])
    return JsonOptions(**merged)


def _check_combination(merged: dict[str, Any], problems: list[str]) -> None:
    paging = merged.get("paging", "none")
    if paging not in PAGING:
        problems.append(f"paging: {paging!r} is not one of {', '.join(PAGING)}")
    if not merged.get("records_path"):
        problems.append(
            "records_path: required (JMESPath to the list of records, '@' for the body)"
        )
    if paging == "cursor" and not merged.get("cursor_path"):
        problems.append("cursor_path: required with paging = 'cursor'")
    if bool(merged.get("auth_header")) != bool(merged.get("auth_env")):
        problems.append("auth_header and auth_env: set both (the secret stays in the environment)")
    fmt = merged.get("modified_since_format", "{since}")
    if "{since}" not in str(fmt):
        problems.append("modified_since_format: must contain {since}")
