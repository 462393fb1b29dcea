"""The secrets chm sends to a node's endpoint, and the one place they are looked up.

Where it sits: pipeline / conformance report -> **node_auth** -> the HTTP client's
``session.auth`` (:class:`OriginAuth`) -> each request.

Where a secret may come from:

- a node of ``config.toml`` (``source = "config"``): ``options.auth_header`` +
  ``options.auth_env`` (the name of an environment variable of the server, chosen by the
  operators in their own file) + ``options.auth_scheme``;
- any node, registered or not: what an operator stored with ``chm nodes set-secret``
  (the store's ``node_secrets`` table, see :mod:`registration.registry`).

Nothing a node sends through the API can name an environment variable or a file: options
of registered nodes never reach the environment lookup (it reads ``source == "config"``
nodes only), and the allow-list (:mod:`harvesters.node_options`) refuses those keys anyway.
A report for an unregistered URL (``POST /api/validate``) gets no secret at all.

Each secret is bound to an origin (scheme, host, port: the node's URL when the secret was
set, or its config.toml URL): a request to any other origin, whether a redirect, a next
link or a changed URL, goes without it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import requests

from core.config import NodeConfig
from harvesters.profiles import NodeOptionsError

if TYPE_CHECKING:
    from store.db import Store

HEADER_RE = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,100}$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> str:
    """``scheme://host:port`` of a URL (lower case, default port filled in); "" if none."""
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if not host or not port or parts.scheme.lower() not in _DEFAULT_PORTS:
        return ""
    return f"{parts.scheme.lower()}://{host}:{port}"


@dataclass(frozen=True)
class NodeSecret:
    """One header chm sends to one origin. ``repr`` never shows the value."""

    header: str
    value: str
    origin: str

    def __repr__(self) -> str:
        return f"NodeSecret(header={self.header!r}, origin={self.origin!r}, value=<hidden>)"

    def problem(self) -> str | None:
        """Why this secret cannot be sent, or None."""
        if not HEADER_RE.match(self.header):
            return f"'{self.header[:100]}' is not an HTTP header name (e.g. Authorization)"
        if not self.value or len(self.value) > 8192 or re.search(r"[\x00\r\n]", self.value):
            return "the secret must be one line of at most 8192 characters"
        if not self.origin:
            return "the node's URL has no http(s) origin to bind the secret to"
        return None


class OriginAuth(requests.auth.AuthBase):
    """Adds each secret header to requests for its origin only (and to no other request)."""

    def __init__(self, secrets: list[NodeSecret]) -> None:
        self.secrets = list(secrets)

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        origin = origin_of(r.url or "")
        for s in self.secrets:
            if origin and s.origin == origin:
                r.headers[s.header] = s.value
            elif r.headers.get(s.header) == s.value:
                del r.headers[s.header]
        return r


def _env_secret(node: NodeConfig) -> NodeSecret | None:
    """The config.toml node's ``auth_header``/``auth_env`` secret (operators' nodes only)."""
    header = node.options.get("auth_header")
    env = node.options.get("auth_env")
    if node.source != "config" or not header or not env:
        return None
    secret = os.environ.get(str(env))
    if not secret:
        raise NodeOptionsError(
            f"node '{node.id}': options.auth_env names the environment variable "
            f"{env}, which is not set (it must hold the {header} secret)",
            node_id=node.id,
        )
    scheme = node.options.get("auth_scheme")
    value = f"{scheme} {secret}" if scheme else secret
    return NodeSecret(str(header), value, origin_of(node.url))


def node_auth(node: NodeConfig, store: Store | None) -> OriginAuth | None:
    """The secrets to send to ``node``'s endpoint, or None.

    Raises:
        NodeOptionsError: a config.toml node names an environment variable that is not set.
    """
    found: list[NodeSecret] = []
    if (env := _env_secret(node)) is not None:
        found.append(env)
    if store is not None and node.source in ("config", "local"):
        have = {s.header.lower() for s in found}
        stored = [NodeSecret(h, v, o) for h, v, o in store.nodes.secrets(node.id)]
        found += [s for s in stored if s.header.lower() not in have]
    return OriginAuth(found) if found else None
