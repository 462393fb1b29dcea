"""Deletions a source reports (OAI-PMH ``status="deleted"``) obey the delete threshold too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tests.servers.ops_nodes as servers
from index.base import RecordNotFound
from ops.context import Context
from ops.health import compute_health
from pipeline.quarantine import approve
from pipeline.run import run_node
from tests.ops.conftest import oai_node, write_config

LATER = "2026-02-01T00:00:00Z"  # after the test server's responseDate: listed incrementally


@pytest.fixture
def deleting_oai(monkeypatch: pytest.MonkeyPatch, oai: Any) -> Any:
    """Live OAI-PMH nodes where a record whose title is None is served as a deleted header."""
    plain = servers.record_xml

    def record_xml(ident: str, datestamp: str, title: str | None) -> str:
        if title is None:
            return (
                f'<record><header status="deleted"><identifier>{ident}</identifier>'
                f"<datestamp>{datestamp}</datestamp></header></record>"
            )
        return plain(ident, datestamp, title)

    monkeypatch.setattr(servers, "record_xml", record_xml)
    return oai


def _delete(node: Any, count: int) -> list[str]:
    gone = [r[0] for r in node.records[:count]]
    node.records = [(i, LATER, None) for i in gone] + node.records[count:]
    return gone


def _harvest(ctx: Context) -> Any:
    return run_node(ctx.settings, ctx.store, ctx.index, ctx.settings.node("n"))


def test_reported_deletions_above_the_threshold_are_held(tmp_path: Path, deleting_oai) -> None:
    node = deleting_oai(n=50, page_size=10)
    ctx = Context.from_path(write_config(tmp_path, [oai_node("n", node.url)]))
    try:
        assert _harvest(ctx).added == 50
        gone = _delete(node, 25)  # half the node, 10 per page: the threshold is 20% (10)
        s = _harvest(ctx)
        assert s.status == "success"
        assert (s.deleted, s.quarantined) == (10, 15)
        assert any("delete threshold" in w and "quarantine" in w for w in s.warnings)
        assert ctx.store.records.count("n") == 40
        (held,) = ctx.store.quarantine.entries("pending", "n")
        assert sorted(held["source_ids"]) == sorted(gone[10:])
        assert compute_health(ctx.settings, ctx.store)["n"].state == "quarantined"
        with pytest.raises(RecordNotFound):
            ctx.index.get(f"n:{gone[0]}")  # the ones under the threshold went through
        assert ctx.index.get(f"n:{gone[24]}")  # the held ones are still searchable
        approve(ctx.store, ctx.index, held["id"], by="test")
        assert ctx.store.records.count("n") == 25
        with pytest.raises(RecordNotFound):
            ctx.index.get(f"n:{gone[24]}")
        assert ctx.follower.lag() == 0
    finally:
        ctx.close()


def test_reported_deletions_under_the_threshold_go_through(tmp_path: Path, deleting_oai) -> None:
    node = deleting_oai(n=50, page_size=10)
    ctx = Context.from_path(write_config(tmp_path, [oai_node("n", node.url)]))
    try:
        _harvest(ctx)
        _delete(node, 10)
        s = _harvest(ctx)
        assert (s.deleted, s.quarantined) == (10, 0)
        assert not ctx.store.quarantine.entries("pending", "n")
        assert ctx.store.records.count("n") == 40
    finally:
        ctx.close()
