"""Fixtures shared by the JSON and DCAT harvester tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harvesters.helpers import Env
from tests.servers.json_dcat import JsonApp, serve


@pytest.fixture
def server() -> Iterator[tuple[str, JsonApp]]:
    """The local JSON/DCAT server replaying ../shared/fixtures (tests/servers/json_dcat.py)."""
    with serve() as s:
        yield s


@pytest.fixture
def env(tmp_path: Path) -> Env:
    """A fresh store, index and settings in tmp_path."""
    return Env(tmp_path)
