"""Fixtures for matching tests: the thesaurus, hand-made records, demo stores, a config."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mappings.record import Record
from store import Store
from vocabulary.model import PROJECT_THESAURUS


@pytest.fixture(scope="session")
def vocab() -> Any:
    """The project thesaurus, loaded once."""
    from vocabulary.loader import load_vocabulary

    return load_vocabulary([PROJECT_THESAURUS])


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Factory: a store in tmp_path holding the given records."""
    stores: list[Store] = []

    def make(records: list[Record], name: str = "chm.sqlite") -> Store:
        st = Store(tmp_path / name)
        if records:
            st.records.write(((r.id, r.node, False, r.to_json()) for r in records), "2025-01-01")
        stores.append(st)
        return st

    yield make
    for st in stores:
        st.close()


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> Iterator[Store]:
    """The demo nodes' records (mapped, enriched) with matching fully computed."""
    from matching.evaluate import demo_records, write_records
    from matching.update import recompute_all

    st = Store(tmp_path_factory.mktemp("demo") / "chm.sqlite")
    write_records(st, demo_records(vocab))
    recompute_all(st, vocab)
    yield st
    st.close()


CONFIG = """
[storage]
path = "var/chm.sqlite"
[index]
backend = "tantivy"
path = "var/index"
[vocabulary]
files = [{vocab}]
[security]
allow_private_hosts = true
"""


@pytest.fixture
def config_path(tmp_path: Path) -> Callable[..., Path]:
    """Factory: write config.toml in tmp_path (with or without the thesaurus)."""

    def write(with_vocabulary: bool = True) -> Path:
        vocab = f'"{PROJECT_THESAURUS}"' if with_vocabulary else ""
        path = tmp_path / "config.toml"
        path.write_text(CONFIG.format(vocab=vocab), encoding="utf-8")
        return path

    return write
