"""The index lease and the follower, across real processes sharing one store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from index.follower import follower_for
from ops.context import Context
from pipeline.run import run_node
from store import Store
from store.lease import Lease, mark_stale_runs
from tests.ops.conftest import oai_node, write_config

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from store import Store
    from store.lease import Lease
    lease = Lease(Store(sys.argv[1]), "index:test", heartbeat_every=0.2)
    assert lease.try_acquire()
    print("held", flush=True)
    time.sleep(600)
    """
)


def _holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_live_holder_keeps_the_lease_and_a_killed_one_loses_it(tmp_path: Path) -> None:
    db = tmp_path / "chm.sqlite"
    store = Store(db)
    proc = _holder(db)
    try:
        lease = Lease(store, "index:test")
        assert not lease.try_acquire()
        holder = lease.holder()
        assert holder is not None and holder.alive and holder.pid == proc.pid
        before = holder.heartbeat
        time.sleep(0.6)
        assert (lease.holder() or holder).heartbeat > before  # its heartbeat goes on
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        assert lease.try_acquire()  # taken over at once: its process is gone
        assert (lease.holder() or holder).pid == os.getpid()
        lease.release()
        assert lease.holder() is None
    finally:
        if proc.poll() is None:
            proc.kill()
        store.close()


def test_a_lease_from_another_host_is_taken_over_when_its_heartbeat_stops(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "chm.sqlite")
    lease = Lease(store, "index:x", ttl=30)
    store.conn.execute(
        "INSERT INTO leases VALUES ('index:x', 't', 'other-host', 1, 'chm serve', ?, ?)",
        (time.time(), time.time()),
    )
    assert not lease.try_acquire()  # another host, fresh heartbeat: alive
    store.conn.execute("UPDATE leases SET heartbeat = ?", (time.time() - 31,))
    assert lease.try_acquire()
    lease.release()
    store.close()


def test_a_run_of_a_killed_process_is_marked_with_its_cause(tmp_path: Path) -> None:
    store = Store(tmp_path / "chm.sqlite")
    script = textwrap.dedent(
        """
        import sys, time
        from store import Store
        from store.lease import start_run_heartbeat
        s = Store(sys.argv[1])
        run = s.runs.start("n", "manual", "2026-01-01T00:00:00Z", None, None)
        start_run_heartbeat(s, run)
        print(run, flush=True)
        time.sleep(600)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "chm.sqlite")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    run_id = int(proc.stdout.readline())
    try:
        assert mark_stale_runs(store, "2026-01-01T00:01:00Z") == 0  # alive: left alone
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        assert mark_stale_runs(store, "2026-01-01T00:02:00Z") == 1
        run = store.runs.get(run_id) or {}
        assert (run["status"], run["error_kind"]) == ("aborted", "interrupted")
        assert f"process {proc.pid} on " in run["error"] and "killed or crashed" in run["error"]
    finally:
        if proc.poll() is None:
            proc.kill()
        store.close()


def test_a_cli_harvest_leaves_its_changes_to_the_live_writer_and_says_so(
    tmp_path: Path, oai: Any
) -> None:
    node = oai(n=30, page_size=10)
    cfg = write_config(tmp_path, [oai_node("a", node.url)])
    ctx = Context.from_path(cfg)
    follower = ctx.follower
    assert follower.lease is not None and follower.lease.try_acquire()  # "chm serve" here
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cli.main", "--config", str(cfg), "harvest", "a"],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert f"30 store changes are left to process {os.getpid()}" in done.stderr
        assert "Traceback" not in done.stderr
        assert follower.lag() == 30
        result = follower.sync()  # the holder applies them
        assert (result.applied, result.lag) == (30, 0)
        assert ctx.index.count() == 30
    finally:
        follower.release()
        ctx.close()


def test_pages_committed_by_another_process_are_never_skipped(tmp_path: Path, oai: Any) -> None:
    """This process holds the lease and indexes its own pages; a page another process
    commits in between is applied from the store before the next one (no gap in last_seq)."""
    a, b = oai(n=20, page_size=10, prefix="oai:a:"), oai(n=20, page_size=10, prefix="oai:b:")
    cfg = write_config(tmp_path, [oai_node("a", a.url), oai_node("b", b.url)])
    ctx = Context.from_path(cfg)
    try:
        run_node(ctx.settings, ctx.store, ctx.index, ctx.settings.node("a"))
        other = Store(ctx.settings.db_path)  # "another process": b's pages, no index writes
        from core.config import load_settings

        settings = load_settings(cfg)
        from index.tantivy_ import TantivyIndex

        elsewhere = TantivyIndex(None)  # not our index: b's pages never reach ours
        run_node(settings, other, elsewhere, settings.node("b"))
        a.records = [(i, "2026-02-01T00:00:00Z", f"changed {i}") for i, _d, _t in a.records]
        follower = follower_for(ctx.store, ctx.index)
        assert follower.lag() == 20
        run_node(ctx.settings, ctx.store, ctx.index, ctx.settings.node("a"))
        assert follower.lag() == 0
        assert ctx.index.count() == 40
        assert ctx.index.get("b:oai:b:00003")["node"] == "b"
        other.close()
    finally:
        ctx.close()
