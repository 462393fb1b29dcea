"""Fixtures for the vocabulary tests: the project thesaurus (loaded once) and fixture paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.vocabulary.helpers import SKOS_FIXTURES
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS
from vocabulary.resolver import Vocabulary


@pytest.fixture(scope="session")
def vocab() -> Vocabulary:
    """The project thesaurus, parsed (no disk cache, so the test sees the committed file)."""
    return load_vocabulary([PROJECT_THESAURUS], cache=False)


@pytest.fixture(scope="session")
def skos_dir() -> Path:
    """../shared/fixtures/skos (skips when the shared fixtures are not mounted)."""
    if not SKOS_FIXTURES.is_dir():
        pytest.skip("shared SKOS fixtures not available")
    return SKOS_FIXTURES
