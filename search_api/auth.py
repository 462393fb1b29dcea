"""Who is calling: operators (tokens) and nodes (API keys). Used by every protected route.

Where it sits: HTTP request -> **auth** -> registry routes, operator views.

- **Operator tokens** come from the environment variable ``CHM_OPERATOR_TOKEN`` (one token,
  or several separated by commas) and/or from the file named by ``[security]
  operator_token_file`` in config.toml (one token per line, ``#`` comments; a relative path is
  read beside config.toml). Never from the repository. With no token configured, operator
  routes answer 403.
- **Node API keys** are issued once on registration (``chmk.<node id>.<secret>``) and kept
  only as salted hashes (:mod:`registration.registry`).

Both are sent as ``Authorization: Bearer <token>``; ``X-Operator-Token`` (HTML forms driven by
a little script) and ``X-API-Key`` are accepted too.

Example::

    @router.get("/api/audit")
    def audit(request: Request) -> dict:
        who = require_operator(request)          # 401 / 403 otherwise
        ...

    @router.patch("/api/nodes/{node_id}")
    def patch(request: Request, node_id: str) -> dict:
        who = authorize_node(request, node_id)   # that node's key, or an operator
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request

from core.config import Settings
from search_api.errors import ApiError

OPERATOR_ENV = "CHM_OPERATOR_TOKEN"
ENV_VAR = OPERATOR_ENV  # the name the operators' views import


class Unauthorized(ApiError):
    """No credentials, or credentials that match nothing (HTTP 401)."""

    status = 401


class Forbidden(ApiError):
    """Valid credentials that do not allow this (HTTP 403)."""

    status = 403


@dataclass(frozen=True)
class Principal:
    """The caller: ``kind`` is ``anonymous``, ``operator`` or ``node`` (then ``node_id``)."""

    kind: str
    node_id: str | None = None
    client: str = ""

    @property
    def name(self) -> str:
        """For the audit log: ``operator``, ``node:<id>`` or ``anonymous``."""
        return f"node:{self.node_id}" if self.kind == "node" else self.kind

    @property
    def is_operator(self) -> bool:
        """True for an operator."""
        return self.kind == "operator"


def operator_tokens(settings: Settings) -> list[str]:
    """Every configured operator token (environment first, then the token file)."""
    tokens = [t.strip() for t in os.environ.get(OPERATOR_ENV, "").split(",")]
    name = settings.security.operator_token_file
    if name:
        path = Path(name).expanduser()
        if not path.is_absolute():
            path = settings.path.parent / path
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        tokens += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return [t for t in tokens if t]


def is_operator_token(settings: Settings, token: str) -> bool:
    """True when ``token`` is one of the operator tokens (constant-time comparisons)."""
    found = False
    for known in operator_tokens(settings):
        found |= hmac.compare_digest(known.encode(), token.encode())
    return found


def client_address(request: Request, trust_forwarded_for: bool = False) -> str:
    """The caller's IP address (the first X-Forwarded-For hop only when trusted)."""
    if trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded.strip():
            return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "unknown"


def presented_token(request: Request) -> str | None:
    """The token a request carries (``Authorization: Bearer``, ``X-Operator-Token`` or
    ``X-API-Key``), or None."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    for name in ("x-operator-token", "x-api-key"):
        key = request.headers.get(name, "").strip()
        if key:
            return key
    return None


def is_operator(request: Request) -> bool:
    """Whether the request carries a valid operator token (never raises)."""
    token = presented_token(request)
    return bool(token) and is_operator_token(_settings(request), token or "")


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.ctx.settings
    return settings


def _trust_forwarded(request: Request) -> bool:
    from registration.conformance import registration_settings

    return registration_settings(_settings(request)).trust_forwarded_for


def principal(request: Request) -> Principal:
    """Who is calling, without requiring anything (invalid credentials raise 401)."""
    client = client_address(request, _trust_forwarded(request))
    token = presented_token(request)
    if token is None:
        return Principal("anonymous", client=client)
    if is_operator_token(_settings(request), token):
        return Principal("operator", client=client)
    from registration.keys import key_node_id

    node_id = key_node_id(token)
    if node_id and request.app.state.ctx.registry.verify_node_key(node_id, token):
        return Principal("node", node_id=node_id, client=client)
    raise Unauthorized("the API key or operator token is not valid (was the key rotated?)")


def require_operator(request: Request) -> Principal:
    """The caller if an operator.

    Raises:
        Forbidden: no operator token is configured on this server, or the caller holds a
            node's API key (which never grants operator rights).
        Unauthorized: no token, or a wrong one.
    """
    if not operator_tokens(_settings(request)):
        raise Forbidden(
            f"operator actions are disabled: set {OPERATOR_ENV} or [security] operator_token_file"
        )
    who = principal(request)
    if who.is_operator:
        return who
    if who.kind == "anonymous":
        raise Unauthorized("an operator token is required (Authorization: Bearer <token>)")
    raise Forbidden("this needs an operator token; a node's API key is not enough")


def authorize_node(request: Request, node_id: str) -> Principal:
    """The caller if it holds ``node_id``'s API key or an operator token; else 401 / 403."""
    who = principal(request)
    if who.is_operator or (who.kind == "node" and who.node_id == node_id):
        return who
    if who.kind == "anonymous":
        raise Unauthorized(
            f"node '{node_id}''s API key or an operator token is required "
            "(Authorization: Bearer <key>)"
        )
    raise Forbidden(f"this key belongs to node '{who.node_id}'; it cannot act on '{node_id}'")
