"""Fixtures for the registration tests: a real local endpoint server and a real app.

The app is ``create_app(Context(settings))`` over a config.toml written in a temporary
directory: private addresses refused except 127.0.0.1 (listed in ``allowed_hosts``, as the
demo does), tight limits so the slow and oversized endpoints fail fast, and an operator token
read from a file named in ``[security] operator_token_file``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

import servers  # noqa: E402

from cli.context import Context  # noqa: E402
from harvesters.config import Settings, load_settings  # noqa: E402
from search_api.app import create_app  # noqa: E402

OPERATOR_TOKEN = "op-token-7c1d9a4e5b2f8a63"


@pytest.fixture(scope="session")
def endpoint_server() -> Iterator[tuple[str, list[str]]]:
    """(base URL, request log) of the local endpoint server (see servers.py)."""
    yield from servers.serve()


@pytest.fixture
def base_url(endpoint_server: tuple[str, list[str]]) -> str:
    """http://127.0.0.1:<port> of the endpoint server."""
    return endpoint_server[0]


@pytest.fixture
def replay_root(request: pytest.FixtureRequest) -> str | None:
    """Root URL of the shared fixture replay server (tests/servers), or None without it."""
    try:
        url: str = request.getfixturevalue("fixture_oai_url")
    except pytest.FixtureLookupError:
        return None
    return url


@pytest.fixture
def oai_url(replay_root: str | None, base_url: str) -> str:
    """The well-behaved repository (Zenodo, recorded): the shared replay server when it
    exists, else this folder's server."""
    return f"{replay_root}/zenodo-scythe/oai" if replay_root else f"{base_url}/zenodo/oai"


@pytest.fixture
def html_url(replay_root: str | None, base_url: str) -> str:
    """An endpoint answering an HTML page (recorded from httpbun) to every verb."""
    return f"{replay_root or base_url}/html/oai"


def write_config(
    tmp_path: Path,
    *,
    allow_private: bool = False,
    allowed_hosts: tuple[str, ...] = ("127.0.0.1",),
    registration: str = "",
    nodes: str = "",
) -> Path:
    """A config.toml in ``tmp_path``; returns its path."""
    (tmp_path / "ops.token").write_text(f"# operators\n{OPERATOR_TOKEN}\n")
    hosts = ", ".join(f'"{h}"' for h in allowed_hosts)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f"""
[storage]
path = "var/chm.sqlite"
[index]
path = "var/index"
[harvest]
timeout = 5.0
max_retries = 0
[security]
allow_private_hosts = {str(allow_private).lower()}
allowed_hosts = [{hosts}]
operator_token_file = "ops.token"
[vocabulary]
files = []
[registration]
timeout = 1.0
deadline = 2.0
max_response_bytes = 1_000_000
{registration}
{nodes}
""",
        encoding="utf-8",
    )
    return cfg


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings from a fresh config.toml (no operator token in the environment)."""
    monkeypatch.delenv("CHM_OPERATOR_TOKEN", raising=False)
    return load_settings(write_config(tmp_path))


@pytest.fixture
def ctx(settings: Settings) -> Iterator[Context]:
    """A real Context over the temporary config."""
    c = Context(settings)
    yield c
    c.close()


@pytest.fixture
def client(ctx: Context) -> Iterator[TestClient]:
    """A TestClient on the real app."""
    with TestClient(create_app(ctx)) as tc:
        yield tc


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
