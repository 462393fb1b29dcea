"""The running pieces built from settings: store, index, vocabulary, registry, harvests.

One ``Context`` is shared by the CLI, the HTTP app and the scheduler, so all three run the
same code. Everything heavy is built lazily, once, and its module is imported only then (a
``chm`` command starts without loading the scheduler, the index or rdflib it does not use);
every service is a typed attribute here (nothing is attached to a context from outside).
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from core.config import Settings, load_settings
from store import Store

if TYPE_CHECKING:
    from index.base import IndexBackend
    from index.follower import IndexFollower
    from ops.schedule import HarvestScheduler, HarvestService
    from registration.registry import NodeRegistry
    from vocabulary.resolver import Vocabulary


class Context:
    """Lazily built store, index, vocabulary and services for one config file."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.scheduler: HarvestScheduler | None = None  # set by ``chm serve`` when it runs one

    @classmethod
    def from_path(cls, path: str | Path | None = None) -> Context:
        """Load and check config.toml, then build a context."""
        return cls(load_settings(path))

    @cached_property
    def store(self) -> Store:
        """The raw store (runs whose process stopped are marked interrupted on opening)."""
        from core.clock import isoformat_z, utcnow

        store = Store(self.settings.db_path)
        store.runs.mark_interrupted(isoformat_z(utcnow()))
        return store

    @cached_property
    def index(self) -> IndexBackend:
        """The configured index backend, caught up with the store unless another live
        process holds its writer (that process applies the changes; see index.follower)."""
        from index.base import IndexBackendError
        from index.follower import follower_for
        from index.registry import open_backend

        backend = open_backend(self.settings)
        vocabulary = self.vocabulary
        if vocabulary is not None:
            # every concept is indexed with its broader ones: facet counts = filtered totals
            backend.concept_ancestors = vocabulary.broader_closure
        try:
            follower_for(self.store, backend).sync(release=True)
        except IndexBackendError as exc:  # searching still works on what is indexed
            logging.getLogger(__name__).warning("the index could not catch up: %s", exc)
        return backend

    @property
    def follower(self) -> IndexFollower:
        """This process's follower of the index (see index.follower)."""
        from index.follower import follower_for

        return follower_for(self.store, self.index)

    @cached_property
    def vocabulary(self) -> Vocabulary | None:
        """The loaded controlled vocabulary (None when no configured file exists)."""
        from vocabulary.loader import load_vocabulary

        files = [f for f in self.settings.vocabulary_files if f.exists()]
        return load_vocabulary(files) if files else None

    @cached_property
    def registry(self) -> NodeRegistry:
        """The node registry: statuses, API keys, conformance reports, audit log."""
        from registration.registry import NodeRegistry

        return NodeRegistry(self)

    @cached_property
    def harvests(self) -> HarvestService:
        """Runs harvests for the scheduler, the operators' API and ``chm`` commands."""
        from ops.schedule import HarvestService

        return HarvestService(self)

    def start_scheduler(self) -> HarvestScheduler:
        """Start scheduled harvesting in background threads (``chm serve``)."""
        from ops.schedule import HarvestScheduler

        self.scheduler = HarvestScheduler(self).start()
        return self.scheduler

    def reload_settings(self) -> None:
        """Re-read config.toml and nodes.local.toml (after `chm nodes add`)."""
        self.settings = load_settings(self.settings.path)

    def close(self) -> None:
        """Close what was opened."""
        if "index" in self.__dict__:
            from index.follower import follower_for

            follower = follower_for(self.store, self.index)
            follower.stop()
            try:
                follower.release()
            finally:
                self.index.close()
        if "store" in self.__dict__:
            self.store.close()
