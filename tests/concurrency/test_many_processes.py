"""Many chm processes on one store, killed with ``kill -9`` at random (seeded) moments.

Real parts only: three live OAI-PMH nodes and a CKAN-like JSON node on 127.0.0.1 (threads of
this test), a real ``chm serve`` subprocess (its scheduler, its index follower, its API),
and ``chm harvest`` / ``chm reindex`` / ``chm search`` subprocesses. Each round changes the
sources, starts CLI harvests of different nodes and of the same node twice, an API-triggered
harvest, sometimes a reindex, and searches; then kills some of them (sometimes the server)
with SIGKILL at a random moment. At the end:

- the index equals the store (same ids, same content) once the server has followed the
  store, before anything else repairs it, and again after a last clean harvest;
- the store equals the sources (every record, its latest title);
- no run is left "running", no process is left behind (workers, resource trackers), and no
  process printed a traceback.

The seed is ``CHM_CONCURRENCY_SEED`` (default below); a failure names it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from index.base import SearchQuery
from index.tantivy_ import TantivyIndex
from store import Store
from tests.concurrency.procs import Proc, alive, descendants, identify, kill_all, wait_gone
from tests.ops.conftest import oai_node, write_config
from tests.servers.ops_nodes import OaiNode
from tests.servers.ports import quiet_port

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("CHM_CONCURRENCY_SEED", "1616"))
HARVEST_ATTEMPTS = 5
"""Requests for an API harvest when the live server resets the connection (see harvest)."""
ROUNDS = 5
TOKEN = "concurrency-test-operator"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]


class Fleet:
    """The chm subprocesses of the test, their stderr, and every process below them."""

    def __init__(self, cfg: Path, logs: Path) -> None:
        self.cfg = cfg
        self.logs = logs
        self.procs: list[tuple[subprocess.Popen[bytes], Path, str]] = []
        self.ids: dict[int, Proc] = {}  # Popen pid -> the process it named when started
        self.seen: set[Proc] = set()
        self._stop = threading.Event()
        self._watch = threading.Thread(target=self._snapshot, daemon=True)
        self._watch.start()

    def _snapshot(self) -> None:  # workers and trackers come and go: remember them all
        while not self._stop.wait(0.1):
            for proc, _err, _what in list(self.procs):
                me = self.ids.get(proc.pid)
                if me is not None:  # descendants() is empty once it ended: no proc.poll()
                    self.seen |= descendants(me)  # here (two threads polling can get None)

    def start(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        err = self.logs / f"{len(self.procs):03d}-{args[0]}.err"
        cmd = [sys.executable, "-m", "cli.main", "--config", str(self.cfg), *args]
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=err.open("wb"),
            env={**os.environ, **(env or {})},
        )
        me = identify(proc.pid)  # None only if it already ended (not reaped: pid still its)
        if me is not None:
            self.ids[proc.pid] = me
            self.seen.add(me)
        self.procs.append((proc, err, " ".join(args)))
        return proc

    def alive(self, proc: subprocess.Popen[bytes]) -> bool:
        """Whether ``proc`` still runs (a zombie counts as ended)."""
        me = self.ids.get(proc.pid)
        return me is not None and alive(me)

    def tracebacks(self) -> list[str]:
        return [
            f"{what}:\n{err.read_text(errors='replace')}"
            for _proc, err, what in self.procs
            if "Traceback" in err.read_text(errors="replace")
        ]

    def close(self) -> None:
        self._stop.set()
        self._watch.join(2)


class Server:
    """``chm serve`` on a free port (restarted after it is killed)."""

    def __init__(self, fleet: Fleet) -> None:
        self.fleet = fleet
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.triggered = 0  # API harvests the server accepted (202) or refused as running (409)
        self.reset = 0  # rounds whose API harvest the live server reset every time

    def start(self) -> None:
        port = quiet_port()  # outside the ephemeral range: no client takes it first
        self.url = f"http://127.0.0.1:{port}"
        self.proc = self.fleet.start(
            "serve", "--port", str(port), env={"CHM_OPERATOR_TOKEN": TOKEN}
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/healthz")
                return
            except OSError:
                time.sleep(0.2)
        raise AssertionError("chm serve did not start")

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=10) as resp:
            return json.loads(resp.read())

    def harvest(self, node_id: str) -> bool:
        """Ask the server to harvest ``node_id``; False when the live server reset the
        connection every time (the round goes on with the CLI runs alone)."""
        req = urllib.request.Request(
            f"{self.url}/api/nodes/{node_id}/harvest",
            method="POST",
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        for attempt in range(HARVEST_ATTEMPTS):
            try:
                urllib.request.urlopen(req, timeout=10).close()
                self.triggered += 1
                return True
            except urllib.error.HTTPError as exc:
                if exc.code != 409:  # 409: already being harvested, which is fine
                    raise
                self.triggered += 1
                return True
            except ConnectionResetError as exc:
                # a SIGKILLed server resets what its listening socket accepted while it dies:
                # the rounds now wait for the server they kill, but resets were also seen
                # three times under the full parallel suite with the server alive (five in a
                # row once). Asking again is safe (a second request while a run is queued is
                # refused with 409). A server that died fails here, saying how; one that keeps
                # resetting leaves the round to the CLI runs, and the test still asks that
                # most rounds had their API harvest (the assertion after the rounds).
                if not self.alive():
                    raise AssertionError(
                        f"chm serve died during the round: {self.ended()}"
                    ) from exc
                if attempt == HARVEST_ATTEMPTS - 1:
                    self.reset += 1
                    return False
                time.sleep(1.0 + attempt)
        return False

    def alive(self) -> bool:
        return self.proc is not None and self.fleet.alive(self.proc)

    def ended(self) -> str:
        """How the server process ended, and the end of what it printed."""
        assert self.proc is not None
        try:
            code: int | None = self.proc.wait(10)
        except subprocess.TimeoutExpired:
            code = None
        err = next(e for p, e, _w in self.fleet.procs if p is self.proc)
        tail = err.read_text(errors="replace")[-2000:]
        return f"exit status {code} (-9: SIGKILL from outside), stderr:\n{tail}"


def _mutate(rng: random.Random, nodes: dict[str, OaiNode], round_no: int) -> None:
    """Change some titles and add records; changed records get a datestamp after the
    server's fixed responseDate, so every incremental harvest lists them."""
    stamp = f"2026-02-{round_no + 1:02d}T00:00:00Z"
    for node_id, node in nodes.items():
        recs = list(node.records)
        for i in rng.sample(range(len(recs)), k=min(len(recs), rng.randint(3, 15))):
            ident = recs[i][0]
            recs[i] = (ident, stamp, f"Revised {round_no} of {ident}")
        for j in range(rng.randint(0, 10)):
            recs.append((f"oai:{node_id}:new-{round_no}-{j}", stamp, f"Added in round {round_no}"))
        node.records = recs


def _digest(record: dict[str, Any]) -> str:
    record = {k: v for k, v in record.items() if k != "deleted"}
    return hashlib.sha1(json.dumps(record, sort_keys=True).encode()).hexdigest()


def _store_view(db: Path) -> dict[str, str]:
    store = Store(db)
    try:
        rows = store.conn.execute("SELECT id, json FROM records WHERE deleted = 0").fetchall()
        return {rid: _digest(json.loads(js)) for rid, js in rows}
    finally:
        store.close()


def _index_view(path: Path) -> dict[str, str]:
    """Every indexed document's id and content digest (cursor pages of the date sort)."""
    index = TantivyIndex(path)  # reading only: never takes the writer
    try:
        out: dict[str, str] = {}
        cursor = None
        while True:
            query = SearchQuery(
                limit=1000, facets=(), highlight=False, sort="date", search_after=cursor
            )
            result = index.search(query)
            for hit in result.hits:
                assert hit.id not in out, f"{hit.id} is indexed twice"
                out[hit.id] = _digest(hit.record)
            cursor = result.next_cursor
            if not result.hits or cursor is None:
                break
        assert index.count() == len(out), "documents the search does not return"
        return out
    finally:
        index.close()


def _wait_for_run(db: Path, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Wait until ``proc`` has a run in progress (or has ended)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        store = Store(db)
        try:
            row = store.conn.execute(
                "SELECT 1 FROM runs WHERE pid=? AND status='running'", (proc.pid,)
            ).fetchone()
        finally:
            store.close()
        if row:
            return
        time.sleep(0.05)


def _wait_followed(server: Server, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    health: dict[str, Any] = {}
    while time.monotonic() < deadline:
        health = server.get("/healthz")
        if health["index"]["lag"] == 0:
            return health
        time.sleep(0.3)
    raise AssertionError(f"the server's index did not follow the store: {health}")


def _assert_index_equals_store(tmp: Path) -> None:
    stored = _store_view(tmp / "var" / "chm.sqlite")
    indexed = _index_view(tmp / "var" / "index")
    assert set(indexed) == set(stored), (
        f"seed {SEED}: missing from the index {sorted(set(stored) - set(indexed))[:5]}, "
        f"extra {sorted(set(indexed) - set(stored))[:5]}"
    )
    differ = [rid for rid in stored if stored[rid] != indexed[rid]]
    assert not differ, f"seed {SEED}: index content differs from the store for {differ[:5]}"


def test_processes_killed_at_random_lose_nothing(tmp_path: Path, oai: Any) -> None:
    from demo.json_node import start_json_node

    rng = random.Random(SEED)
    nodes = {
        "a": oai(n=600, page_size=200, prefix="oai:a:"),  # big pages: mapped in a worker
        "b": oai(n=200, page_size=20, prefix="oai:b:"),
        "c": oai(n=150, page_size=15, prefix="oai:c:"),
    }
    for node in nodes.values():
        node.delay = 0.1
    mx = start_json_node("127.0.0.1", 0, 120)
    json_node = {
        "id": "mx",
        "url": mx.url,
        "protocol": "json",
        "mapping": "ckan",
        "options": {"profile": "ckan", "page_size": 30},
        "schedule": "1h",
    }
    cfg = write_config(tmp_path, [*(oai_node(k, n.url) for k, n in nodes.items()), json_node])
    cfg.write_text(cfg.read_text().replace("[harvest]\n", "[harvest]\nmap_workers = 1\n", 1))
    (tmp_path / "logs").mkdir()
    fleet = Fleet(cfg, tmp_path / "logs")
    server = Server(fleet)
    try:
        server.start()
        for round_no in range(ROUNDS):
            _mutate(rng, nodes, round_no)
            ids = ["a", "b", "c", "mx"]
            same = rng.choice(ids)
            clis = [fleet.start("harvest", same), fleet.start("harvest", same)]
            clis += [fleet.start("harvest", *rng.sample(ids, 2))]
            if rng.random() < 0.4:
                clis.append(fleet.start("reindex", "--no-remap"))
            searches = [fleet.start("search", "record", "--json") for _ in range(2)]
            server.harvest(rng.choice(ids))
            victims = rng.sample(clis[:3], k=rng.randint(1, 2))
            kill_server = rng.random() < 0.3
            time.sleep(rng.uniform(0.1, 1.0))
            for proc in victims:  # mid-run: once it has a run going, after a random moment
                _wait_for_run(tmp_path / "var" / "chm.sqlite", proc, 20)
                time.sleep(rng.uniform(0.0, 0.4))
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
            if kill_server and server.proc is not None:
                os.kill(server.proc.pid, signal.SIGKILL)
                # SIGKILL is not instant: for tens of ms (longer on a loaded machine) the
                # process still reads as running and its listening socket still accepts, then
                # resets what it accepted. Checking it at once left it "alive", unrestarted,
                # and the next round's POST /harvest was reset by the dying server (CI)
                server.proc.wait(30)
            for proc in clis + searches:
                proc.wait(120)
            for proc in searches:
                assert proc.returncode == 0, f"seed {SEED}: a search failed"
            if not server.alive():
                assert server.proc is not None
                assert kill_server, f"seed {SEED}: chm serve ended by itself, {server.ended()}"
                server.start()
        assert server.triggered >= ROUNDS - 1, (
            f"seed {SEED}: {server.reset} of {ROUNDS} rounds had no API harvest "
            "(the live server reset every request)"
        )
        # the server follows whatever was committed, whoever committed it and whoever died
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # API-triggered runs finish
            runs = server.get("/api/runs?limit=200")["runs"]
            if not any(r["status"] == "running" for r in runs):
                break
            time.sleep(0.3)
        _wait_followed(server)
        _assert_index_equals_store(tmp_path)
        # a last clean harvest: the store equals the sources
        last = fleet.start("harvest", "--all", "--json")
        assert last.wait(120) == 0, f"seed {SEED}: the last harvest failed"
        _wait_followed(server)
        _assert_index_equals_store(tmp_path)
        store = Store(tmp_path / "var" / "chm.sqlite")
        try:
            for node_id, node in nodes.items():
                want = {f"{node_id}:{ident}": title for ident, _ds, title in node.records}
                live = store.conn.execute(
                    "SELECT id, json FROM records WHERE node_id=? AND deleted=0", (node_id,)
                ).fetchall()
                got = {rid: next(iter(json.loads(js)["title"].values())) for rid, js in live}
                assert got == want, f"seed {SEED}: store differs from source {node_id}"
            assert store.records.count("mx") == 120
        finally:
            store.close()
        runs = fleet.start("runs", "--json", "--limit", "1000")
        assert runs.wait(60) == 0
        store = Store(tmp_path / "var" / "chm.sqlite")
        try:
            left = store.conn.execute("SELECT id FROM runs WHERE status='running'").fetchall()
            assert not left, f"seed {SEED}: runs left running: {left}"
            interrupted = store.conn.execute(
                "SELECT error FROM runs WHERE error_kind='interrupted' AND pid IS NOT NULL"
            ).fetchall()
            assert interrupted, f"seed {SEED}: no kill landed in a run: the test proved nothing"
            assert all("killed or crashed" in e[0] for e in interrupted)
        finally:
            store.close()
    finally:
        if server.alive():
            assert server.proc is not None
            server.proc.send_signal(signal.SIGINT)
            try:
                server.proc.wait(30)
            except subprocess.TimeoutExpired:
                server.proc.kill()
        fleet.close()
        mx.stop()
        left_behind = wait_gone(fleet.seen, 15)
        kill_all(left_behind)
    assert not left_behind, f"seed {SEED}: processes left behind: {left_behind}"
    assert not fleet.tracebacks(), f"seed {SEED}: " + "\n".join(fleet.tracebacks())[:4000]
