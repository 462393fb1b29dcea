"""The operator-token rule, shared by every route that changes something on operators' behalf.

Operators authenticate with a bearer token: ``Authorization: Bearer <token>`` (or the
``X-Operator-Token`` header, for HTML forms driven by a little script). Accepted tokens come
from the environment ``CHM_OPERATOR_TOKEN`` and/or the file named by ``[security]
operator_token_file`` (one token per line, ``#`` comments; relative to config.toml). With no
token configured, operator actions are refused with a message saying how to enable them.

Usage in a route::

    @router.post("/api/nodes/{node_id}/harvest")
    def harvest_now(request: Request, node_id: str) -> dict:
        require_operator(request)
        ...
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path

from fastapi import Request

from harvesters.config import Settings
from search_api.errors import ApiError

ENV_VAR = "CHM_OPERATOR_TOKEN"


class Unauthorized(ApiError):
    """No or wrong operator token (HTTP 401)."""

    status = 401


class Forbidden(ApiError):
    """Operator actions are not enabled on this server (HTTP 403)."""

    status = 403


def operator_tokens(settings: Settings) -> list[str]:
    """Every accepted operator token (environment first, then the token file)."""
    tokens = [t for t in [os.environ.get(ENV_VAR, "").strip()] if t]
    name = settings.security.operator_token_file
    if name:
        path = Path(name)
        if not path.is_absolute():
            path = settings.path.parent / path
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        tokens += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return tokens


def presented_token(request: Request) -> str | None:
    """The token a request carries, if any."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return request.headers.get("x-operator-token") or None


def is_operator(request: Request) -> bool:
    """Whether the request carries a valid operator token."""
    token = presented_token(request)
    if not token:
        return False
    tokens = operator_tokens(request.app.state.ctx.settings)
    return any(hmac.compare_digest(token.encode(), t.encode()) for t in tokens)


def require_operator(request: Request) -> None:
    """Refuse the request unless it carries a valid operator token.

    Raises:
        Forbidden: no operator token is configured on this server.
        Unauthorized: the request has no token, or a wrong one.
    """
    if not operator_tokens(request.app.state.ctx.settings):
        raise Forbidden(
            f"operator actions are disabled: set {ENV_VAR} or [security] operator_token_file"
        )
    if not presented_token(request):
        raise Unauthorized("an operator token is required (Authorization: Bearer <token>)")
    if not is_operator(request):
        raise Unauthorized("the operator token is not valid")
