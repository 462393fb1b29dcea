"""Fixtures for the registration tests: a real local endpoint server and a real app.

The app is ``create_app(Context(settings))`` over a config.toml written in a temporary
directory: private addresses refused except 127.0.0.1 (listed in ``allowed_hosts``, as the
demo does), tight limits so the slow and oversized endpoints fail fast, and an operator token
read from a file named in ``[security] operator_token_file``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.config import Settings, load_settings
from ops.context import Context
from search_api.app import create_app
from tests.servers import registration_endpoints as regservers

from .helpers import write_config


@pytest.fixture(scope="session")
def endpoint_server() -> Iterator[tuple[str, list[str], dict[str, bool]]]:
    """(base URL, request log, state) of the local endpoint server
    (tests/servers/registration_endpoints.py)."""
    yield from regservers.serve()


@pytest.fixture
def base_url(endpoint_server: tuple[str, list[str], dict[str, bool]]) -> str:
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
