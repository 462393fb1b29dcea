"""SIGKILL in the middle of a harvest, restart, and compare with a clean run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from index.base import SearchQuery
from ops.context import Context
from ops.schedule import HarvestScheduler
from pipeline.run import run_node
from store import Store
from tests.ops.conftest import oai_node, write_config
from tests.ops.test_ops_scheduler import wait_for

ROOT = Path(__file__).resolve().parents[2]


def _pages_committed(db: Path) -> int:
    if not db.exists():
        return 0
    store = Store(db)
    try:
        runs = store.runs.recent("crashy", 1)
        return int(runs[0]["pages"]) if runs else 0
    finally:
        store.close()


def _snapshot(ctx: Context) -> tuple[dict[str, Any], set[str], int]:
    records = {}
    for r in ctx.store.records.iter_raw("crashy"):
        rec = ctx.store.records.get(f"crashy:{r['source_id']}")
        assert rec is not None
        rec.pop("harvested_at", None)
        records[r["source_id"]] = json.dumps(rec, sort_keys=True)
    hits = ctx.index.search(SearchQuery(limit=500, facets=(), highlight=False)).hits
    return records, {h.id for h in hits}, ctx.index.count()


def test_sigkill_mid_harvest_loses_and_duplicates_nothing(tmp_path: Path, oai: Any) -> None:
    node = oai(n=120, page_size=10)
    node.delay = 0.12
    cfg = write_config(tmp_path, [oai_node("crashy", node.url)])
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "--config", str(cfg), "harvest", "crashy"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = tmp_path / "var" / "chm.sqlite"
    try:
        assert wait_for(lambda: _pages_committed(db) >= 4, 20)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    killed_at = _pages_committed(db)
    assert 4 <= killed_at < 12, "the kill must land in the middle of the harvest"
    node.delay = 0.0
    ctx = Context.from_path(cfg)
    try:
        # opening the store marks the killed run at once, with the cause in plain words
        left = ctx.store.runs.recent("crashy")[0]
        assert (left["status"], left["error_kind"]) == ("aborted", "interrupted")
        assert f"process {proc.pid} on " in left["error"] and "killed or crashed" in left["error"]
        sched = HarvestScheduler(ctx, memory_store=True).start()
        try:
            assert wait_for(lambda: ctx.store.runs.recent("crashy")[0]["status"] == "success", 15)
        finally:
            sched.shutdown(wait=True)
        killed, resumed = reversed(ctx.store.runs.recent("crashy")[:2])
        assert killed["status"] == "aborted"
        assert killed["error_kind"] == "interrupted"
        assert resumed["resumed_from"] == killed["checkpoint"]
        assert killed["added"] + resumed["added"] == 120  # nothing fetched twice is re-added
        crashed = _snapshot(ctx)
    finally:
        ctx.close()
    (tmp_path / "clean").mkdir()  # same node, its own store and index
    clean_cfg = write_config(tmp_path / "clean", [oai_node("crashy", node.url)])
    clean = Context.from_path(clean_cfg)
    try:
        s = run_node(clean.settings, clean.store, clean.index, clean.settings.node("crashy"))
        assert s.status == "success"
        expected = _snapshot(clean)
    finally:
        clean.close()
    assert len(crashed[0]) == 120
    assert crashed[0] == expected[0]  # same records, same mapped content
    assert crashed[1] == expected[1]  # same documents in the index
    assert crashed[2] == expected[2] == 120  # and no duplicates
