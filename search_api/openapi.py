"""The OpenAPI document tells the truth: every operation declares the responses it really
gives, errors with the one error shape (:func:`search_api.errors.error_body`), and no
phantom 422 (validation errors are answered 400, see ``search_api.app``).

Where it sits: ``create_app`` builds the routes, then :func:`install` replaces FastAPI's
generated document with this one. What each operation can answer is the table below; an
operation missing from it fails ``tests/search_api/test_schemathesis.py`` (every route must be
decided), and schemathesis checks the answers against it with all its checks.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "description": "The one error shape of every route.",
    "required": ["ok", "status", "error", "errors"],
    "additionalProperties": False,
    "properties": {
        "ok": {"type": "boolean", "enum": [False]},
        "status": {"type": "integer", "description": "the HTTP status, repeated"},
        "error": {"type": "string", "description": "what went wrong, in a sentence"},
        "errors": {"type": "array", "description": "details (fields, checks), may be empty"},
        "code": {
            "type": "string",
            "description": "a stable code for what went wrong (present when it has one)",
        },
        "message": {
            "type": "string",
            "description": "`error` in the language asked for (`lang`, else Accept-Language)",
        },
        "lang": {"type": "string", "description": "the language of `message` (en, fr, es)"},
    },
}
WHY = {
    400: "Bad input (a parameter, the body or the query text); `error` says which and why.",
    401: "No credentials: this needs the node's API key or an operator token.",
    403: "The credentials do not allow this (another node's key, or a node key where an "
    "operator token is needed).",
    404: "Nothing at this address (no such node, record, run, concept…).",
    409: "Conflicts with the current state (already exists, defined in config.toml, "
    "already running, already decided).",
    429: "Too many requests from this client; `Retry-After` says when to try again.",
    503: "The search index is unavailable.",
}
NODE_AUTH = (401, 403)  # the node's own key or an operator token
OPERATOR = (401, 403)  # an operator token
INDEX = (503,)

# (method, path) -> error statuses beyond 400 for bad parameters (which every operation with
# parameters or a body declares) and 404 for path parameters naming nothing.
ERRORS: dict[tuple[str, str], tuple[int, ...]] = {
    ("GET", "/api/search"): INDEX,
    ("GET", "/search.json"): INDEX,
    ("GET", "/"): INDEX,
    ("GET", "/api/export"): INDEX,
    ("GET", "/api/records/{record_id}"): INDEX,
    ("GET", "/records/{record_id}"): INDEX,
    ("GET", "/api/records/{record_id}/matches"): INDEX,
    ("GET", "/api/records/{record_id}/cluster"): INDEX,
    ("GET", "/api/records/{record_id}/links"): INDEX,
    ("GET", "/api/duplicates/clusters"): (),
    ("GET", "/api/duplicates/rules"): OPERATOR,
    ("POST", "/api/duplicates/rules"): (*OPERATOR, 404),
    ("DELETE", "/api/duplicates/rules"): (*OPERATOR, 404),
    ("GET", "/api/runs"): (),
    ("GET", "/api/runs/{run_id}"): (),
    ("GET", "/healthz"): (),
    ("GET", "/api/vocabulary/concepts"): (),
    ("GET", "/api/vocabulary/concepts/{concept_id}"): (),
    ("GET", "/api/vocabulary/schemes/{scheme}/tree"): (),
    ("GET", "/api/vocabulary/thesaurus.ttl"): (404,),
    ("GET", "/api/vocabulary/thesaurus.jsonld"): (404,),
    ("GET", "/api/vocabulary/gaps"): (),
    ("GET", "/api/vocabulary/suggest"): (),
    ("GET", "/api/nodes"): (),
    ("POST", "/api/nodes"): (403, 409, 429),  # 403: a mapping file named by a non-operator
    ("GET", "/api/nodes/{node_id}"): (),
    ("PATCH", "/api/nodes/{node_id}"): (*NODE_AUTH, 409),
    ("DELETE", "/api/nodes/{node_id}"): (*NODE_AUTH, 409),
    ("POST", "/api/nodes/{node_id}/validate"): (*NODE_AUTH, 429),
    ("GET", "/api/nodes/{node_id}/report"): NODE_AUTH,
    ("POST", "/api/nodes/{node_id}/key"): NODE_AUTH,
    ("POST", "/api/validate"): (429,),
    ("GET", "/api/audit"): OPERATOR,
    ("GET", "/register"): (),
    ("POST", "/register"): (400, 409, 429),
    ("GET", "/operators"): (),
    ("GET", "/operators/duplicates"): (),
    ("GET", "/operators/runs/{run_id}"): (),
    ("GET", "/operators/runs/{run_id}/errors.csv"): (),
    ("GET", "/api/status"): (),
    ("POST", "/api/nodes/{node_id}/harvest"): (*OPERATOR, 409),
    ("GET", "/api/quarantine"): (),
    ("POST", "/api/quarantine/{qid}/{decision}"): (*OPERATOR, 409),
    ("GET", "/api/needs"): (),
    ("GET", "/api/needs/{need_id}"): (),
    ("POST", "/api/needs/{need_id}/state"): (*NODE_AUTH, 409),
    ("GET", "/api/nodes/{node_id}/notifications"): NODE_AUTH,
    ("PUT", "/api/nodes/{node_id}/notifications"): NODE_AUTH,
    ("GET", "/api/notify/outbox"): OPERATOR,
    ("POST", "/api/subscriptions"): (429,),
    ("DELETE", "/api/subscriptions"): (),
    ("GET", "/subscriptions/unsubscribe"): (),
    ("POST", "/subscriptions/unsubscribe"): (400,),
    ("GET", "/subscriptions/confirm"): (),
    ("POST", "/subscriptions/confirm"): (400,),
    ("GET", "/feeds/search.atom"): INDEX,
    ("POST", "/records/{record_id}/state"): (400, 401, 403, 409),
    ("GET", "/needs"): (),
    ("GET", "/api/countries"): (),
    ("GET", "/api/countries/{country}"): (),
    ("GET", "/countries"): (),
    ("GET", "/countries/{country}"): (),
    ("GET", "/metrics"): (),
    ("GET", "/oai"): (),
    ("POST", "/oai"): (),
}
# operations whose errors are HTML pages (a person reads them); the pages with a JSON twin
# (?format=json) answer JSON errors too
HTML_ERRORS = frozenset(
    {
        ("POST", "/register"),
        ("GET", "/"),
        ("GET", "/records/{record_id}"),
        ("POST", "/records/{record_id}/state"),
        ("POST", "/subscriptions/unsubscribe"),
        ("POST", "/subscriptions/confirm"),
        ("GET", "/countries"),
        ("GET", "/countries/{country}"),
        ("GET", "/needs"),
    }
)
JSON_TOO = frozenset(
    {
        ("GET", "/"),
        ("GET", "/records/{record_id}"),
        # a path that names no page at all (e.g. an empty id) is answered by the router, in JSON
        ("POST", "/records/{record_id}/state"),
        ("GET", "/countries/{country}"),
    }
)
# 200 bodies that are not JSON: (method, path) -> media types
CONTENT: dict[tuple[str, str], tuple[str, ...]] = {
    ("GET", "/metrics"): ("text/plain",),
    ("GET", "/operators/runs/{run_id}/errors.csv"): ("text/csv",),
    ("GET", "/api/vocabulary/thesaurus.ttl"): ("text/turtle",),
    ("GET", "/api/vocabulary/thesaurus.jsonld"): ("application/ld+json",),
    ("GET", "/oai"): ("text/xml",),
    ("POST", "/oai"): ("text/xml",),
    ("GET", "/feeds/search.atom"): ("application/atom+xml",),
}
AUTH_ROUTES = frozenset(k for k, v in ERRORS.items() if 401 in v)


def _param_schemas() -> dict[tuple[str, str, str], dict[str, Any]]:
    """Parameter schemas the code checks by hand (so the document names the valid values)."""
    from index.query import SORTS
    from search_api.exports import EXPORT_FORMATS
    from search_api.routes import RECORD_FORMATS

    iso_date = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
    out: dict[tuple[str, str, str], dict[str, Any]] = {
        ("GET", "/api/export", "format"): {"type": "string", "enum": list(EXPORT_FORMATS)},
        ("GET", "/api/records/{record_id}", "format"): {
            "type": "string",
            "enum": list(RECORD_FORMATS),
        },
        ("GET", "/api/duplicates/rules", "rule"): {"type": "string", "enum": ["allow", "block"]},
        ("POST", "/api/quarantine/{qid}/{decision}", "decision"): {
            "type": "string",
            "enum": ["approve", "reject"],
        },
    }
    for path in ("/api/search", "/api/export"):
        out[("GET", path, "sort")] = {"type": "string", "enum": list(SORTS)}
        out[("GET", path, "date_from")] = iso_date
        out[("GET", path, "date_to")] = iso_date
    return out


_NODE_PROPERTIES: dict[str, Any] = {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$"},
    "url": {"type": "string", "pattern": "^https?://[^/\\s]+", "description": "http(s)"},
    "protocol": {"type": "string", "enum": ["oai-pmh", "json", "dcat"]},
    "name": {"type": "string"},
    "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
    "metadata_prefix": {"type": "string"},
    "set": {"type": "string"},
    "mapping": {"type": "string"},
    "schedule": {"type": "string", "description": "30m, 6h, 1d or a 5-field cron line"},
    "default_language": {"type": "string"},
    "options": {"type": "object"},
    "contact": {
        "oneOf": [
            {"type": "string", "format": "email"},
            {
                "type": "object",
                "properties": {"name": {"type": "string"}, "email": {"type": "string"}},
                "additionalProperties": False,
            },
        ]
    },
}


def _body(required: list[str], exclude: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    props = {k: v for k, v in _NODE_PROPERTIES.items() if k not in exclude}
    schema = {"type": "object", "properties": props, "additionalProperties": False, **extra}
    if required:
        schema["required"] = required
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _bodies() -> dict[tuple[str, str], dict[str, Any]]:
    patch = _body([], ("id",), minProperties=1)
    schema = patch["content"]["application/json"]["schema"]
    schema["properties"] = {
        **schema["properties"],
        "status": {"type": "string", "enum": ["pending", "active", "disabled"]},
    }
    return {
        ("POST", "/api/nodes"): _body(["id", "url", "contact"]),
        ("POST", "/api/validate"): _body(["url"], ("id", "contact")),
        ("PATCH", "/api/nodes/{node_id}"): patch,
    }


def build(app: FastAPI) -> dict[str, Any]:
    """The document: FastAPI's, with the responses each operation really gives."""
    spec = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    components = spec.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["Error"] = ERROR_SCHEMA
    components["securitySchemes"] = {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "a node's API key (chmk.<id>.<secret>) or an operator token",
        }
    }
    params, bodies = _param_schemas(), _bodies()
    for path, operations in spec.get("paths", {}).items():
        for method, op in operations.items():
            for param in op.get("parameters", []):
                known = params.get((method.upper(), path, param["name"]))
                if known:
                    param["schema"] = {**param.get("schema", {}), **known}
                    param["schema"].pop("anyOf", None)
            if (method.upper(), path) in bodies:
                op["requestBody"] = bodies[(method.upper(), path)]
            _document(method.upper(), path, op)
    return spec


def _document(method: str, path: str, op: dict[str, Any]) -> None:
    key = (method, path)
    responses: dict[str, Any] = op.setdefault("responses", {})
    responses.pop("422", None)
    codes = set(ERRORS.get(key, ()))
    if op.get("parameters") or op.get("requestBody"):
        codes.add(400)
    if "{" in path:
        codes.add(404)
    content: dict[str, Any] = {}
    if key in HTML_ERRORS:
        content["text/html"] = {"schema": {"type": "string"}}
    if key not in HTML_ERRORS or key in JSON_TOO:
        content["application/json"] = {"schema": {"$ref": "#/components/schemas/Error"}}
    for code in sorted(codes):
        entry: dict[str, Any] = {"description": WHY[code], "content": content}
        if code == 429:
            entry["headers"] = {"Retry-After": {"schema": {"type": "string"}}}
        responses[str(code)] = entry
    if key in CONTENT:
        for status, entry in responses.items():
            if status.startswith("2"):
                entry["content"] = {t: {"schema": {}} for t in CONTENT[key]}
    if key in AUTH_ROUTES:
        op["security"] = [{"bearer": []}]


def install(app: FastAPI) -> None:
    """Serve :func:`build` as the app's OpenAPI document (built once)."""
    cache: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if "spec" not in cache:
            cache["spec"] = build(app)
        return cache["spec"]

    app.openapi = openapi  # type: ignore[method-assign]
