"""What a node may set itself: the allow-list of ``options`` for registered nodes.

Where it sits: registration API / ``chm nodes add`` / ``nodes.local.toml`` -> **this check**
-> :class:`core.config.NodeConfig` (``source = "local"``). Nodes of ``config.toml``
(``source = "config"``) are the operators' own and are checked by each harvester instead.

A registered node chooses how chm reads *its own* endpoint: paging, JMESPath expressions,
query parameters, a politeness rate. Nothing it sets may make chm read anything but that
endpoint. So these stay with the operators (``config.toml``, or ``chm nodes set-secret``):

- secrets and where they come from (``auth_header``, ``auth_env``, ``auth_scheme``): a
  registered node's secret is stored by an operator with ``chm nodes set-secret``;
- local files (``contexts`` as a table of URL = file): a registered DCAT node may only
  *name* JSON-LD contexts the operators mapped in ``[harvest.jsonld_contexts]``;
- limits that widen what chm fetches (``follow_other_hosts``, ``max_response_bytes``).

Every value is checked for its type and range; an unknown or operator-only key is an error
naming the key and listing the allowed ones. :data:`NODE_OPTIONS` is the list documented in
README.md and docs/security.md (a test keeps them in step).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

import jmespath
from jmespath.exceptions import JMESPathError

from harvesters.profiles import PAGING, PROFILES

MAX_TEXT = 500
PARAM_NAME_RE = re.compile(r"^[A-Za-z0-9_.\-\[\]:]{1,100}$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
FORMATS = ("turtle", "ttl", "xml", "rdf", "json-ld", "jsonld", "nt", "n-triples", "n3")

OPERATOR_ONLY: dict[str, str] = {
    "auth_header": "secrets are stored by the operators: `chm nodes set-secret ID --header NAME`",
    "auth_env": "secrets are stored by the operators: `chm nodes set-secret ID --header NAME`",
    "auth_scheme": "secrets are stored by the operators: `chm nodes set-secret ID --header NAME`",
    "follow_other_hosts": "chm fetches from the registered URL's host only; ask the operators",
    "max_response_bytes": "the response size limit is the operators' ([harvest] in config.toml)",
}
"""Options only ``config.toml`` may set, with the reason given to a node that tries."""

Check = Callable[[Any, Collection[str]], str | None]


@dataclass(frozen=True)
class Allowed:
    """One option a node may set: what it means and the check of its value."""

    meaning: str
    check: Check


def _text(value: Any, limit: int = MAX_TEXT) -> str | None:
    if not isinstance(value, str) or not value:
        return f"expected a non-empty string, got {value!r}"
    if len(value) > limit:
        return f"at most {limit} characters"
    if _CONTROL_RE.search(value):
        return "control characters are not allowed"
    return None


def _jmespath(value: Any, _: Collection[str]) -> str | None:
    if (why := _text(value)) is not None:
        return why
    try:
        jmespath.compile(value)
    except JMESPathError as exc:
        return f"not a JMESPath expression: {str(exc).splitlines()[0]}"
    return None


def _param_name(value: Any, _: Collection[str]) -> str | None:
    if not isinstance(value, str) or not PARAM_NAME_RE.match(value):
        return f"expected a query parameter name (letters, digits, _ . - [ ] :), got {value!r}"
    return None


def _plain_text(value: Any, _: Collection[str]) -> str | None:
    return _text(value, 200)


def _int_range(low: int, high: int) -> Check:
    def check(value: Any, _: Collection[str]) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"expected a whole number from {low} to {high}, got {value!r}"
        return None

    return check


def _number_range(low: float, high: float, open_low: bool = False) -> Check:
    def check(value: Any, _: Collection[str]) -> str | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and (value <= low if open_low else value < low):
            ok = False
        if not ok or value > high or value != value:  # NaN is never in range
            left = "(" if open_low else "["
            return f"expected a number in {left}{low:g}, {high:g}], got {value!r}"
        return None

    return check


def _one_of(choices: Collection[str]) -> Check:
    def check(value: Any, _: Collection[str]) -> str | None:
        if not isinstance(value, str) or value not in choices:
            return f"{value!r} is not one of {', '.join(sorted(choices))}"
        return None

    return check


def _params(value: Any, _: Collection[str]) -> str | None:
    if not isinstance(value, dict) or len(value) > 50:
        return f"expected a table of at most 50 query parameters, got {value!r}"
    for k, v in value.items():
        if (why := _param_name(k, ())) is not None:
            return f"{k!r}: {why}"
        if isinstance(v, str):
            if len(v) > MAX_TEXT or _CONTROL_RE.search(v):
                return f"{k}: at most {MAX_TEXT} characters, no control characters"
        elif isinstance(v, float) and v != v:
            return f"{k}: not a number"
        elif not isinstance(v, bool | int | float):
            return f"{k}: expected a string, number or true/false, got {v!r}"
    return None


def _since_format(value: Any, _: Collection[str]) -> str | None:
    if (why := _text(value, 200)) is not None:
        return why
    if value.replace("{since}", "").count("{") or value.replace("{since}", "").count("}"):
        return "must contain {since} and no other braces"
    if "{since}" not in value:
        return "must contain {since}"
    return None


def _contexts(value: Any, mapped: Collection[str]) -> str | None:
    if isinstance(value, dict):
        return (
            "a registered node cannot map contexts to files; name contexts the operators "
            'mapped, as a list of URLs: contexts = ["https://…/context.jsonld"]'
        )
    if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
        return f"expected a list of context URLs, got {value!r}"
    for url in value:
        if url not in mapped:
            offer = ", ".join(sorted(mapped)) or "none yet: ask the operators to map it"
            return f"{url!r} is not a context the operators mapped (mapped: {offer})"
    return None


COMMON: dict[str, Allowed] = {
    "delete_threshold": Allowed(
        "share of the records one run may delete before deletions are quarantined (0 to 1)",
        _number_range(0.0, 1.0),
    ),
    "rate_limit": Allowed(
        "requests per second to the node (0 to 100)", _number_range(0, 100, True)
    ),
    "max_pages": Allowed(
        "stop with an error after this many pages (1 to 100000)", _int_range(1, 100_000)
    ),
}
JSON: dict[str, Allowed] = {
    "profile": Allowed("ckan | solr | jsonapi: the defaults of a known API", _one_of(PROFILES)),
    "paging": Allowed(" | ".join(PAGING), _one_of(PAGING)),
    **{
        key: Allowed("a JMESPath expression", _jmespath)
        for key in (
            "records_path",
            "total_path",
            "id_path",
            "datestamp_path",
            "deleted_path",
            "error_path",
            "cursor_path",
            "next_path",
        )
    },
    "page_size": Allowed("records per request (1 to 10000)", _int_range(1, 10_000)),
    **{
        key: Allowed("a query parameter name", _param_name)
        for key in (
            "offset_param",
            "limit_param",
            "page_param",
            "size_param",
            "cursor_param",
            "modified_since_param",
        )
    },
    "first_page": Allowed("number of the first page (1 to 1000000)", _int_range(1, 1_000_000)),
    "first_cursor": Allowed("the first cursor value", _plain_text),
    "params": Allowed("table of fixed query parameters (at most 50)", _params),
    "modified_since_format": Allowed(
        "template of the modified-since value, with {since}", _since_format
    ),
    **COMMON,
}
DCAT: dict[str, Allowed] = {
    "format": Allowed("turtle | xml | json-ld | nt", _one_of(FORMATS)),
    "contexts": Allowed(
        "list of JSON-LD context URLs the operators mapped ([harvest.jsonld_contexts])", _contexts
    ),
    **COMMON,
}
OAI_PMH: dict[str, Allowed] = {"delete_threshold": COMMON["delete_threshold"]}
NODE_OPTIONS: dict[str, dict[str, Allowed]] = {"oai-pmh": OAI_PMH, "json": JSON, "dcat": DCAT}
"""Protocol -> the options a registered node may set (the allow-list)."""


def option_problems(
    protocol: str, options: Any, mapped_contexts: Collection[str] = ()
) -> list[str]:
    """Every problem with a registered node's ``options``, as ``options.KEY: why``.

    Args:
        protocol: the node's protocol (unknown protocols are reported elsewhere).
        options: the node's ``options`` (a dict, or anything a caller sent).
        mapped_contexts: URLs of the operators' ``[harvest.jsonld_contexts]``.

    Returns:
        [] when every key is allowed and every value fits.
    """
    if not isinstance(options, dict):
        return [f"options: expected a table, got {options!r}"]
    allowed = NODE_OPTIONS.get(protocol, {})
    names = ", ".join(sorted(allowed)) or "none"
    problems: list[str] = []
    for key, value in options.items():
        if not isinstance(key, str):
            problems.append(f"options: keys must be strings, got {key!r}")
        elif key in OPERATOR_ONLY or (key == "contexts" and protocol != "dcat"):
            why = OPERATOR_ONLY.get(key, "only DCAT nodes name contexts")
            problems.append(
                f"options.{key}: set by the operators only ({why}); "
                f"a {protocol} node may set: {names}"
            )
        elif key not in allowed:
            shown = key if key.isprintable() and len(key) <= 100 else repr(key[:100])
            problems.append(
                f"options.{shown}: not an option a {protocol} node may set (allowed: {names})"
            )
        elif (bad := allowed[key].check(value, mapped_contexts)) is not None:
            problems.append(f"options.{key}: {bad}")
    return problems
