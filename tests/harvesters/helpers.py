"""Build settings, a store and an index on tmp_path, and run harvests through the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from harvesters.config import Settings, load_settings
from harvesters.pipeline import RunSummary, run_node
from index.tantivy_ import TantivyIndex
from store import Store


def toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_settings(
    tmp_path: Path, nodes: list[dict[str, Any]], private_hosts: bool = True, **harvest: Any
) -> Settings:
    """A config.toml on tmp_path with fast retry settings (tests never wait long)."""
    h = {"timeout": 5.0, "max_retries": 2, "backoff": 0.05, "max_retry_after": 0.3} | harvest
    lines = [
        '[storage]\npath = "chm.sqlite"\n[index]\npath = "index"\n[vocabulary]\nfiles = []',
        # the test servers run on 127.0.0.1
        f"[security]\nallow_private_hosts = {toml_value(private_hosts)}",
        "[harvest]",
    ] + [f"{k} = {toml_value(v)}" for k, v in h.items()]
    for n in nodes:
        lines.append("[[nodes]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in n.items()]
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
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
