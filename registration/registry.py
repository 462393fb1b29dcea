"""The node registry: one list of nodes, whether defined in config.toml or registered.

Where it sits in the flow: **node registry** -> scheduler / harvester. ``ctx.settings.nodes``
is the registry every part reads (harvest CLI, scheduler, API). It is built by
:func:`core.config.load_settings` from two files:

- ``config.toml``: nodes the operators define (``source = "config"``), edited by hand;
- ``nodes.local.toml`` beside it: nodes added with ``chm nodes add`` or registered through
  the API (``source = "local"``), written by this module.

What must not sit in a TOML file lives in the SQLite store, in three tables of its own:

- ``node_registry``: status (``pending | active | disabled``), contact, the API key's salted
  hash, registration time and address;
- ``node_reports``: the conformance reports of each node, newest last;
- ``registry_audit``: every change to the registry (who, what, when, from where);
- ``node_secrets``: the secrets chm sends to a node's endpoint (an API key, a token), set
  only by operators (``chm nodes set-secret``), each bound to the origin (scheme, host,
  port) of the node's URL when it was set. Unlike API keys they are kept as given: chm must
  send them. They are never shown, never written to a TOML file, and deleted with the node.

The contract with the scheduler is ``NodeConfig.enabled``: a node is enabled exactly when its
status is ``active``, so a pending node (its report failed) is never scheduled. Every change
writes the status here and ``enabled`` in nodes.local.toml, then reloads the settings.
Nodes of config.toml have no status row: their status is ``active`` when enabled there, else
``disabled``, and only config.toml changes them.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from typing import Any, Protocol

from core.clock import isoformat_z, utcnow
from core.config import (
    NodeConfig,
    RegistryFileError,
    Settings,
    read_local_nodes,
    save_local_node,
    write_local_nodes,
)
from core.messages import Message
from harvesters.secrets import NodeSecret, origin_of
from registration.keys import hash_key, new_api_key, verify_key
from store.db import Store

STATUSES = ("pending", "active", "disabled")

_FILE_LOCK = threading.RLock()


REGISTRY_MESSAGES = {
    "registry.no_node": "no node '{id}'",
    "registry.exists": "a node with id '{id}' already exists; choose another",
    "registry.bad_secret": "{detail}",
    "registry.in_config": "node '{id}' is defined in {file}; change it there (the API and "
    "these commands change registered nodes only)",
    "registry.file_broken": "the node registry cannot be changed now: {detail}; the operators "
    "have been told (chm reports it on every command)",
    "registry.file_unwritable": "the node registry cannot be saved: {detail}",
    "registry.bad_status": "status '{value}' is not one of {known}",
}
"""Why a registry change is refused, by code (:class:`core.messages.Message`); ``detail`` is
a file's or a header's own (English) problem."""


class RegistryError(Exception):
    """A registry change cannot be made. ``status`` is the HTTP status that fits;
    ``message`` is a :class:`~core.messages.Message` (English, with its code)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    @property
    def code(self) -> str:
        """The message's code (``registry.…``), ``""`` for plain text."""
        return self.message.code if isinstance(self.message, Message) else ""

    @property
    def params(self) -> dict[str, Any]:
        """The message's parameters."""
        return self.message.params if isinstance(self.message, Message) else {}


def _refusal(
    code: str, status: int = 400, english: str | None = None, **params: Any
) -> RegistryError:
    return RegistryError(Message(REGISTRY_MESSAGES, code, english, **params), status)


class ContextLike(Protocol):
    """What the registry needs from :class:`ops.context.Context`."""

    settings: Settings

    @property
    def store(self) -> Store:
        """The SQLite store."""
        ...

    def reload_settings(self) -> None:
        """Re-read config.toml and nodes.local.toml."""
        ...


@dataclass(frozen=True)
class Actor:
    """Who makes a change and from where (for the audit log)."""

    name: str  # operator | node:<id> | anonymous | cli:<user>
    client: str = ""  # IP address or "cli"


# ---- the registry ------------------------------------------------------------------------


class NodeRegistry:
    """Reads and changes the node registry; every change is audited.

    Example::

        reg = NodeRegistry(ctx)
        key = reg.register(node, contact={"email": "a@b.org"}, status="pending",
                           actor=Actor("anonymous", "203.0.113.9"))
        reg.set_status("fr-chm", "active", Actor("cli:ops", "cli"))
    """

    def __init__(self, ctx: ContextLike) -> None:
        self.ctx = ctx

    @property
    def store(self) -> Store:
        """The SQLite store holding the registry tables."""
        return self.ctx.store

    @property
    def settings(self) -> Settings:
        """The current settings (``settings.nodes`` is the node list)."""
        return self.ctx.settings

    # ---- reading --------------------------------------------------------------------
    def node(self, node_id: str) -> NodeConfig:
        """The node, or RegistryError 404."""
        try:
            return self.settings.node(node_id)
        except KeyError:
            raise _refusal("registry.no_node", 404, id=node_id) from None

    def row(self, node_id: str) -> dict[str, Any] | None:
        """The node's registry row (status, contact, key hash), or None."""
        cur = self.store.conn.execute("SELECT * FROM node_registry WHERE node_id=?", (node_id,))
        got = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], got, strict=True)) if got else None

    def status_of(self, node: NodeConfig) -> str:
        """``pending``, ``active`` or ``disabled``."""
        row = self.row(node.id) if node.source == "local" else None
        if row:
            return str(row["status"])
        return "active" if node.enabled else "disabled"

    def public_view(self, node: NodeConfig, records: int | None = None) -> dict[str, Any]:
        """What anyone may read about a node: no contact, no key material, and none of the
        operators' options (the names of environment variables, local file paths)."""
        d = node.to_dict()
        d["options"] = public_options(node.options)
        d["status"] = self.status_of(node)
        if node.problem:
            d["problem"] = node.problem  # why it is not scheduled (health: misconfigured)
        row = self.row(node.id) if node.source == "local" else None
        d["registered_at"] = row["registered_at"] if row else None
        last = self.last_report(node.id)
        d["last_report"] = {"status": last["status"], "at": last["finished_at"]} if last else None
        if records is not None:
            d["records"] = records
        return d

    def private_view(self, node: NodeConfig, records: int | None = None) -> dict[str, Any]:
        """The public view plus what the node itself and operators may read (never the key)."""
        d = self.public_view(node, records)
        row = self.row(node.id) or {}
        d["contact"] = {"name": row.get("contact_name"), "email": row.get("contact_email")}
        d["status_reason"] = row.get("status_reason")
        d["has_api_key"] = bool(row.get("key_hash"))
        d["key_created_at"] = row.get("key_created_at")
        d["registered_from"] = row.get("registered_from")
        d["secret_headers"] = self.secret_headers(node.id)
        return d

    def verify_node_key(self, node_id: str, key: str) -> bool:
        """True when ``key`` is the current API key of ``node_id``."""
        row = self.row(node_id)
        return verify_key(key, row["key_hash"] if row else None)

    # ---- changing -------------------------------------------------------------------
    def register(self, node: NodeConfig, contact: dict[str, str], status: str, actor: Actor) -> str:
        """Add a new local node with ``status``; return its API key (shown once)."""
        if any(n.id == node.id for n in self.settings.nodes) or self.row(node.id):
            raise _refusal("registry.exists", 409, id=node.id)
        _check_status(status)
        self._check_file()
        now = _now()
        key = new_api_key(node.id)
        with self.store.transaction():
            # a secret left by an earlier node of this id never passes to a new registrant
            self.store.conn.execute("DELETE FROM node_secrets WHERE node_id=?", (node.id,))
            self.store.conn.execute(
                "INSERT INTO node_registry (node_id, status, contact_name, contact_email,"
                " key_hash, key_created_at, registered_at, registered_from, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    node.id,
                    status,
                    contact.get("name"),
                    contact.get("email"),
                    hash_key(key),
                    now,
                    now,
                    actor.client,
                    now,
                ),
            )
        node = replace(node, enabled=status == "active", source="local")
        self._save(node)
        self.audit(actor, "register", node.id, {"status": status, "url": node.url})
        return key

    def update(
        self,
        node_id: str,
        changes: dict[str, Any],
        actor: Actor,
        contact: dict[str, str] | None = None,
    ) -> NodeConfig:
        """Change a local node's definition (already checked by the caller)."""
        node = self.local_node(node_id)
        self._check_file()
        new = replace(node, **changes)
        if contact:
            self._ensure_row(node)
            with self.store.transaction():
                self.store.conn.execute(
                    "UPDATE node_registry SET contact_name=coalesce(?, contact_name),"
                    " contact_email=coalesce(?, contact_email), updated_at=? WHERE node_id=?",
                    (contact.get("name"), contact.get("email"), _now(), node_id),
                )
        self._save(new)
        shown = {k: v for k, v in changes.items()} | ({"contact": "changed"} if contact else {})
        self.audit(actor, "update", node_id, shown)
        return new

    def set_status(
        self, node_id: str, status: str, actor: Actor, reason: str | None = None
    ) -> NodeConfig:
        """Set a local node's status (and ``enabled`` with it)."""
        _check_status(status)
        node = self.local_node(node_id)
        self._check_file()
        old = self.status_of(node)
        self._ensure_row(node)
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE node_registry SET status=?, status_reason=?, updated_at=? WHERE node_id=?",
                (status, reason, _now(), node_id),
            )
        new = replace(node, enabled=status == "active")
        if new != node:
            self._save(new)
        self.audit(actor, "status", node_id, {"from": old, "to": status, "reason": reason})
        return new

    def remove(self, node_id: str, actor: Actor) -> None:
        """Delete a local node from the registry (its harvested records stay in the store)."""
        node = self.local_node(node_id)
        self._check_file()
        with self.store.transaction():
            self.store.conn.execute("DELETE FROM node_registry WHERE node_id=?", (node_id,))
            self.store.conn.execute("DELETE FROM node_reports WHERE node_id=?", (node_id,))
            self.store.conn.execute("DELETE FROM node_secrets WHERE node_id=?", (node_id,))
        _remove_local_node(self.settings, node_id)
        self.ctx.reload_settings()
        self.audit(actor, "delete", node_id, {"url": node.url})

    def rotate_key(self, node_id: str, actor: Actor) -> str:
        """Replace a node's API key; the old key stops working. Return the new key."""
        node = self.node(node_id)
        self._ensure_row(node)
        key = new_api_key(node_id)
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE node_registry SET key_hash=?, key_created_at=?, updated_at=?"
                " WHERE node_id=?",
                (hash_key(key), _now(), _now(), node_id),
            )
        self.audit(actor, "rotate-key", node_id, {})
        return key

    # ---- secrets sent to a node's endpoint (operators only) ---------------------------
    def set_secret(self, node_id: str, header: str, value: str, actor: Actor) -> NodeSecret:
        """Store the secret chm sends in ``header`` to this node's endpoint (its origin now).

        Raises:
            RegistryError: no such node, or a header name / value that cannot be sent.
        """
        node = self.node(node_id)
        secret = NodeSecret(header, value, origin_of(node.url))
        if (why := secret.problem()) is not None:
            raise _refusal("registry.bad_secret", detail=why)
        save_node_secret(self.store, node_id, secret)
        self.audit(actor, "set-secret", node_id, {"header": header, "origin": secret.origin})
        return secret

    def clear_secret(self, node_id: str, header: str | None, actor: Actor) -> int:
        """Forget a node's secret (one header, or all); return how many were removed."""
        sql = "DELETE FROM node_secrets WHERE node_id=?"
        args: tuple[str, ...] = (node_id,)
        if header is not None:
            sql, args = sql + " AND lower(header)=lower(?)", (node_id, header)
        with self.store.transaction():
            n = self.store.conn.execute(sql, args).rowcount
        self.audit(actor, "clear-secret", node_id, {"header": header or "*", "removed": n})
        return int(n)

    def secret_headers(self, node_id: str) -> list[str]:
        """The header names a node has secrets for (never the values)."""
        return [s.header for s in node_secrets(self.store, node_id)]

    # ---- reports --------------------------------------------------------------------
    def save_report(self, node_id: str, report: dict[str, Any], keep: int = 20) -> None:
        """Store a conformance report (the newest ``keep`` per node are kept)."""
        with self.store.transaction():
            c = self.store.conn
            c.execute(
                "INSERT INTO node_reports (node_id, at, status, json) VALUES (?,?,?,?)",
                (node_id, _now(), report["status"], json.dumps(report, ensure_ascii=False)),
            )
            c.execute(
                "DELETE FROM node_reports WHERE node_id=? AND id NOT IN (SELECT id FROM"
                " node_reports WHERE node_id=? ORDER BY id DESC LIMIT ?)",
                (node_id, node_id, keep),
            )

    def last_report(self, node_id: str) -> dict[str, Any] | None:
        """The newest stored report of a node, or None."""
        got = self.store.conn.execute(
            "SELECT json FROM node_reports WHERE node_id=? ORDER BY id DESC LIMIT 1", (node_id,)
        ).fetchone()
        report: dict[str, Any] | None = json.loads(got[0]) if got else None
        return report

    # ---- audit ----------------------------------------------------------------------
    def audit(self, actor: Actor, action: str, node_id: str | None, detail: dict[str, Any]) -> None:
        """Append one entry to the audit log."""
        with self.store.transaction():
            self.store.conn.execute(
                "INSERT INTO registry_audit (at, actor, action, node_id, client, detail)"
                " VALUES (?,?,?,?,?,?)",
                (_now(), actor.name, action, node_id, actor.client, _json(detail)),
            )

    def audit_log(self, node_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Audit entries, newest first."""
        sql = "SELECT id, at, actor, action, node_id, client, detail FROM registry_audit"
        args: tuple[Any, ...] = ()
        if node_id:
            sql += " WHERE node_id=?"
            args = (node_id,)
        cur = self.store.conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
        names = [d[0] for d in cur.description]
        out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for e in out:
            e["detail"] = json.loads(e["detail"] or "{}")
        return out

    # ---- internals ------------------------------------------------------------------
    def local_node(self, node_id: str) -> NodeConfig:
        """The node if it was registered or added locally; RegistryError 409 for config.toml."""
        node = self.node(node_id)
        if node.source != "local":
            raise _refusal("registry.in_config", 409, id=node_id, file=self.settings.path.name)
        return node

    def _ensure_row(self, node: NodeConfig) -> None:
        if self.row(node.id) is None:
            now = _now()
            with self.store.transaction():
                self.store.conn.execute(
                    "INSERT OR IGNORE INTO node_registry (node_id, status, registered_at,"
                    " updated_at) VALUES (?,?,?,?)",
                    (node.id, "active" if node.enabled else "disabled", now, now),
                )

    def _check_file(self) -> None:
        """RegistryError 503 when nodes.local.toml cannot be read (then it is never written)."""
        try:
            read_local_nodes(self.settings.local_nodes_path)
        except RegistryFileError as exc:
            raise _refusal("registry.file_broken", 503, detail=exc.problems[0]) from None

    def _save(self, node: NodeConfig) -> None:
        with _FILE_LOCK:
            try:
                save_local_node(self.settings, node)
            except RegistryFileError as exc:
                detail = exc.problems[0]
                raise _refusal("registry.file_unwritable", 503, detail, detail=detail) from None
            self.ctx.reload_settings()


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise _refusal("registry.bad_status", value=status, known=", ".join(STATUSES))


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


def _now() -> str:
    return isoformat_z(utcnow())


def _remove_local_node(settings: Settings, node_id: str) -> None:
    """Remove a node from nodes.local.toml (written atomically)."""
    path = settings.local_nodes_path
    with _FILE_LOCK:
        if not path.exists():
            return
        kept = [n for n in read_local_nodes(path) if n.get("id") != node_id]
        write_local_nodes(path, kept)


def save_node_secret(store: Store, node_id: str, secret: NodeSecret) -> None:
    """Store (or replace) one secret of a node; callers check it and audit the change."""
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO node_secrets (node_id, header, value, origin, set_at)"
            " VALUES (?,?,?,?,?)",
            (node_id, secret.header, secret.value, secret.origin, _now()),
        )


def public_options(options: dict[str, Any]) -> dict[str, Any]:
    """A node's options without what only operators set (shown to anyone)."""
    from harvesters.node_options import OPERATOR_ONLY

    return {
        k: v
        for k, v in options.items()
        if k not in OPERATOR_ONLY and not (k == "contexts" and isinstance(v, dict))
    }


def node_secrets(store: Store, node_id: str) -> list[NodeSecret]:
    """The secrets an operator stored for ``node_id``."""
    return [NodeSecret(h, v, o) for h, v, o in store.nodes.secrets(node_id)]
