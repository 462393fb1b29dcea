"""Node API keys: issued once, stored only as a salted hash, checked in constant time.

A key names its node (``chmk.<node id>.<secret>``) so a request's key finds its node without a
table scan; the store keeps ``pbkdf2_sha256$iterations$salt$hash`` (see
:mod:`registration.registry`, which issues, rotates and verifies keys).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_PREFIX = "chmk"
PBKDF2_ITERATIONS = 60_000


def new_api_key(node_id: str) -> str:
    """A new random key naming its node: ``chmk.<node id>.<secret>`` (shown once)."""
    return f"{KEY_PREFIX}.{node_id}.{secrets.token_urlsafe(32)}"


def key_node_id(key: str) -> str | None:
    """The node id a key claims to belong to, or None for anything else."""
    prefix, _, rest = key.partition(".")
    node_id, _, secret = rest.rpartition(".")
    return node_id if prefix == KEY_PREFIX and node_id and secret else None


def hash_key(key: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    """Salted PBKDF2-SHA256 of ``key``, as ``pbkdf2_sha256$iterations$salt$hash``."""
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", key.encode(), bytes.fromhex(salt), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${digest.hex()}"


def verify_key(key: str, stored: str | None) -> bool:
    """True when ``key`` matches the stored hash (constant-time comparison)."""
    if not stored:
        return False
    try:
        algo, iterations, salt, digest = stored.split("$")
        got = hashlib.pbkdf2_hmac("sha256", key.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return algo == "pbkdf2_sha256" and hmac.compare_digest(got.hex(), digest)
