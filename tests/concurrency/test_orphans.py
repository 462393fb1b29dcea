"""Mapping workers end with their parent: ``kill -9`` of a harvest leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from core.lifeline import set_parent_death_signal
from tests.concurrency.procs import Proc, descendants, identify, kill_all, wait_gone
from tests.ops.conftest import oai_node, write_config

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_parent_death_signal_is_available_here() -> None:
    assert set_parent_death_signal(0)  # signal 0 clears it again: the call itself works


def test_kill_9_of_a_harvest_takes_its_workers_and_tracker_with_it(
    tmp_path: Path, oai: Any
) -> None:
    node = oai(n=3000, page_size=300)  # big pages: mapped in worker processes
    node.delay = 0.3
    cfg = write_config(tmp_path, [oai_node("big", node.url)])
    text = cfg.read_text().replace("[harvest]\n", "[harvest]\nmap_workers = 2\n", 1)
    cfg.write_text(text)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "--config", str(cfg), "harvest", "big"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    below: set[Proc] = set()
    try:
        me = identify(proc.pid)
        assert me is not None, "the harvest ended before it started its workers"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(below) < 3:  # 2 workers + resource tracker
            time.sleep(0.1)
            below = descendants(me)
        assert len(below) >= 3, f"the mapping workers never started: {below}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        left = wait_gone(below, 10)
        assert not left, f"processes left behind after kill -9 of their parent: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()
        kill_all(below)
