"""Signed tokens for the API (search cursors, OAI-PMH resumption tokens): see
:mod:`core.tokens`, where sealing lives (notifications below the API use it too)."""

from __future__ import annotations

from typing import Any

from core.tokens import KEY_META, MAX_TOKEN_CHARS, seal, store_key, unseal

__all__ = ["KEY_META", "MAX_TOKEN_CHARS", "seal", "signing_key", "unseal"]


def signing_key(ctx: Any) -> bytes:
    """The store's token key (made on first use, the same for every process)."""
    key: bytes | None = ctx.__dict__.get("_token_key")
    if key is None:
        key = store_key(ctx.store.meta)
        ctx.__dict__["_token_key"] = key
    return key
