"""Signed tokens: search cursors and OAI-PMH resumption tokens the API hands out carry an
HMAC-SHA256 tag, so a forged or altered one is refused before anything reads it.

Where it sits: the index and the OAI provider make the plain token (what page comes next);
the API seals it on the way out (:func:`seal`) and checks it on the way in (:func:`unseal`);
notification digests seal their unsubscribe links the same way (kind ``unsubscribe``).
The key is 32 random bytes generated once and kept in the store (``meta`` table), so every
process serving the same store accepts the others' tokens, and a token from another chm
(or made by hand) is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from typing import Any

KEY_META = "token_signing_key"
MAX_TOKEN_CHARS = 4096
_TAG_BYTES = 16


def store_key(meta: Any) -> bytes:
    """The store's token key (made on first use, the same for every process); ``meta`` is
    the store's :class:`store.meta.MetaRepository`."""
    return bytes.fromhex(meta.setdefault(KEY_META, secrets.token_hex(32)))


def _tag(key: bytes, kind: str, value: str) -> str:
    mac = hmac.new(key, f"{kind}\0{value}".encode(), hashlib.sha256).digest()[:_TAG_BYTES]
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def seal(key: bytes, kind: str, value: str) -> str:
    """``value`` with its tag for ``kind`` (``cursor``, ``oai``): ``value.tag``."""
    return f"{value}.{_tag(key, kind, value)}"


def unseal(key: bytes, kind: str, token: str) -> str | None:
    """The value of a token :func:`seal` made for ``kind`` with ``key``; None for anything
    else (forged, altered, truncated, another kind, another key, too long, not text)."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
        return None
    value, dot, tag = token.rpartition(".")
    if not dot or not value:
        return None
    try:
        base64.urlsafe_b64decode(tag + "=" * (-len(tag) % 4))
        expected = _tag(key, kind, value)
    except (binascii.Error, ValueError, UnicodeError):
        return None
    return value if hmac.compare_digest(expected.encode(), tag.encode("utf-8", "replace")) else None
