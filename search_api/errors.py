"""One JSON error shape for every error: ``{"ok": false, "error", "errors", "status"}``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path

MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger id is refused with a 400, never a 500
RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="a numeric id (1 to 2^63-1)")]


class ApiError(Exception):
    """An error shown to API users. ``message`` is safe to show; details go to the log."""

    status = 400

    def __init__(
        self,
        message: str,
        status: int | None = None,
        errors: list[Any] | None = None,
        *,
        code: str = "",
        params: dict[str, Any] | None = None,
    ):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.errors = errors or []
        self.code = code  # with params: the message in the reader's language (i18n)
        self.params = params or {}


class BadRequest(ApiError):
    """A request the client must change (HTTP 400)."""

    status = 400


class NotFound(ApiError):
    """Nothing at this address (HTTP 404)."""

    status = 404


def error_body(
    status: int,
    message: str,
    errors: list[Any] | None = None,
    *,
    code: str = "",
    said: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """The one error shape; ``code`` and ``said`` (language, the message in it) when the error
    has a code: the English ``error`` stays for logs and scripts."""
    body: dict[str, Any] = {"ok": False, "status": status, "error": message, "errors": errors or []}
    if code:
        body["code"] = code
    if said is not None:
        body["lang"], body["message"] = said
    return body
