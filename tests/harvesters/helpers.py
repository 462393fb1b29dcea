"""Build settings, a store and an index on tmp_path, and run harvests through the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.config import Settings, load_settings
from index.tantivy_ import TantivyIndex
from pipeline.run import run_node
from pipeline.summary import RunSummary
from store import Store
from tests.servers.config import write_config


def make_settings(
    tmp_path: Path, nodes: list[dict[str, Any]], private_hosts: bool = True, **harvest: Any
) -> Settings:
    """A config.toml on tmp_path with fast retry settings (tests never wait long)."""
    h = {"timeout": 5.0, "max_retries": 2, "backoff": 0.05, "max_retry_after": 0.3} | harvest
    path = write_config(
        tmp_path,
        nodes,
        storage={"path": "chm.sqlite"},
        index={"path": "index"},
        security={"allow_private_hosts": private_hosts},
        harvest=h,
    )
    return load_settings(path)


class Harness:
    """A store and a tantivy index for one test, and a ``harvest`` shortcut."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)
        self.index = TantivyIndex(settings.index.path)

    def harvest(self, node_id: str, **kw: Any) -> RunSummary:
        return run_node(self.settings, self.store, self.index, self.settings.node(node_id), **kw)

    def indexed_ids(self) -> set[str]:
        from index.base import SearchQuery

        res = self.index.search(SearchQuery(limit=1000, facets=(), highlight=False))
        return {h.id for h in res.hits}

    def close(self) -> None:
        self.index.close()
        self.store.close()


class Env:
    """A store, an index and settings in tmp_path, and a way to run a node (the JSON and
    DCAT harvester tests' shared harness)."""

    def __init__(self, tmp_path: Path) -> None:
        from core.config import HarvestSettings, IndexSettings, SecuritySettings, Settings
        from index.tantivy_ import TantivyIndex
        from store import Store

        self.settings = Settings(
            path=tmp_path / "config.toml",
            db_path=tmp_path / "chm.sqlite",
            index=IndexSettings(path=tmp_path / "idx"),
            harvest=HarvestSettings(timeout=5.0, max_retries=0, backoff=0.0),
            security=SecuritySettings(allow_private_hosts=True),
            nodes=(),
        )
        self.store = Store(self.settings.db_path)
        self.index = TantivyIndex(tmp_path / "idx")

    def run(self, node: Any, **kw: Any) -> Any:
        """``run_node`` on this store and index."""
        from pipeline.run import run_node

        return run_node(self.settings, self.store, self.index, node, **kw)

    def live(self, node_id: str) -> set[str]:
        """Source ids of the node's records that are not tombstones."""
        return self.store.records.live_source_ids(node_id)

    def errors(self, summary: Any) -> list[str]:
        """The messages of a run's per-record errors."""
        return [e["message"] for e in self.store.runs.errors(summary.run_id)]
