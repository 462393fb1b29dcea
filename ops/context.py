"""The running pieces built from settings: store, index, vocabulary, mappings.

One ``Context`` is shared by the CLI, the HTTP app and the scheduler, so all three run the
same code. Everything heavy is built lazily, once.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.config import Settings, load_settings
from store import Store

if TYPE_CHECKING:
    from index.base import IndexBackend


class Context:
    """Lazily built store, index and vocabulary for one config file."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @classmethod
    def from_path(cls, path: str | Path | None = None) -> Context:
        """Load and check config.toml, then build a context."""
        return cls(load_settings(path))

    @cached_property
    def store(self) -> Store:
        """The raw store."""
        return Store(self.settings.db_path)

    @cached_property
    def index(self) -> IndexBackend:
        """The configured index backend, caught up with the store."""
        from index.registry import open_backend

        backend = open_backend(self.settings)
        from pipeline.run import catch_up_index

        catch_up_index(self.store, backend)
        return backend

    @cached_property
    def vocabulary(self) -> Any:
        """The loaded controlled vocabulary (None when none is configured or loadable)."""
        try:
            from vocabulary.loader import load_vocabulary
        except ImportError:
            return None
        files = [f for f in self.settings.vocabulary_files if f.exists()]
        return load_vocabulary(files) if files else None

    def reload_settings(self) -> None:
        """Re-read config.toml and nodes.local.toml (after `chm nodes add`)."""
        self.settings = load_settings(self.settings.path)

    def close(self) -> None:
        """Close what was opened."""
        if "index" in self.__dict__:
            self.index.close()
        if "store" in self.__dict__:
            self.store.close()
