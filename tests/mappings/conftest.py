"""Fixtures for the mapping tests.

Golden files are rewritten with ``CHM_UPDATE_GOLDEN=1 .venv/bin/pytest tests/mappings``
(an environment variable, because ``pytest_addoption`` only works in the root conftest;
``--update-golden`` is honoured too if a root conftest or plugin defines it).
"""

from __future__ import annotations

import os

import pytest

from mappings.oai_dc import OaiDcMapping


@pytest.fixture(scope="session")
def update_golden(pytestconfig: pytest.Config) -> bool:
    """True when golden files should be rewritten instead of compared."""
    try:
        option = bool(pytestconfig.getoption("--update-golden"))
    except ValueError:
        option = False
    return option or os.environ.get("CHM_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="session")
def mapping() -> OaiDcMapping:
    """The oai_dc mapping (stateless, shared)."""
    return OaiDcMapping()


@pytest.fixture(scope="session", autouse=True)
def _tables_loaded() -> None:
    """Load the look-up tables (CLDR data, the thesaurus's type scheme) once, before any
    test times its inputs (hypothesis's health checks)."""
    from mappings.normalise import warm_up

    warm_up()
