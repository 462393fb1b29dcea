"""Helpers shared by the registration tests: a config.toml, auth headers, a registration."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from tests.servers import config

OPERATOR_TOKEN = "op-token-7c1d9a4e5b2f8a63"


def write_config(
    tmp_path: Path,
    *,
    allow_private: bool = False,
    allowed_hosts: tuple[str, ...] = ("127.0.0.1",),
    registration: str = "",
    nodes: str = "",
    vocabulary: tuple[str, ...] = (),
) -> Path:
    """A config.toml in ``tmp_path`` (``registration``: extra keys of that section, ``nodes``:
    ``[[nodes]]`` tables, both TOML text); returns its path."""
    (tmp_path / "ops.token").write_text(f"# operators\n{OPERATOR_TOKEN}\n")
    limits = {"timeout": 1.0, "deadline": 2.0, "max_response_bytes": 1_000_000}
    return config.write_config(
        tmp_path,
        harvest={"timeout": 5.0, "max_retries": 0},
        security={
            "allow_private_hosts": allow_private,
            "allowed_hosts": list(allowed_hosts),
            "operator_token_file": "ops.token",
        },
        vocabulary={"files": list(vocabulary)},
        registration=limits | tomllib.loads(registration),
        extra=nodes,
    )


def bearer(token: str | None) -> dict[str, str]:
    """Authorization header for a key or token (none for None)."""
    return {"Authorization": f"Bearer {token}"} if token else {}


def registration(node_id: str, url: str, **extra: Any) -> dict[str, Any]:
    """A registration body."""
    return {
        "id": node_id,
        "name": f"Node {node_id}",
        "country": "SN",
        "contact": {"name": "Focal point", "email": f"focal@{node_id}.example.org"},
        "protocol": "oai-pmh",
        "url": url,
        "metadata_prefix": "oai_dc",
        "schedule": "6h",
    } | extra
