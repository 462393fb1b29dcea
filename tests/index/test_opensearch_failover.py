"""Failover and no-downtime on a real three-node OpenSearch cluster on loopback ports.

The cluster (:class:`~tests.servers.opensearch.SearchCluster`) runs for this module only; chm
is given all three node URLs, the index has 2 primaries with 1 replica each, and harvests go
through the real pipeline (:func:`pipeline.run.run_node`) from a demo OAI-PMH node, so
every write path is the one production uses. A node is lost with ``kill -9`` (no clean
shutdown, as a crashed machine), always the elected cluster manager, the hardest case.

1. A node killed during a harvest and a search load: every search answers, the harvest's bulk
   writes complete, the cluster returns to green when the node is back, index equals store.
2. ``chm reindex`` (alias swap) under a search load while another process harvests: no search
   fails or sees the index empty, and no update is lost.
3. The whole cluster down during a harvest: the store keeps everything, the run says the index
   is behind, and the index catches up from the store's sequence when the cluster is back.
4. The harness itself: a cluster whose picked port another process binds before the node does
   starts again on other ports (CI once lost this module to "Address already in use").
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.config import Settings, load_settings
from index.base import SearchQuery
from index.opensearch_ import OpenSearchIndex
from pipeline.indexing import catch_up_index
from pipeline.reindex import reindex
from pipeline.run import run_node
from pipeline.summary import RunSummary
from store import Store
from tests.servers.opensearch import SearchCluster, build, http_json
from tests.servers.ports import ephemeral_range, quiet_port, quiet_range

pytestmark = [pytest.mark.xdist_group("opensearch-cluster"), pytest.mark.slow]

ALL = SearchQuery(limit=0, facets=(), highlight=False)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchCluster]:
    build()
    cluster = SearchCluster(tmp_path_factory.mktemp("cluster")).start()
    yield cluster
    cluster.stop()


def write_config(tmp_path: Path, cluster: SearchCluster, nodes: dict[str, str]) -> Settings:
    """config.toml: the OpenSearch backend on all three nodes, fast retries, small commits."""
    alias = f"chm-failover-{uuid.uuid4().hex[:8]}"
    lines = [
        '[storage]\npath = "chm.sqlite"\n[vocabulary]\nfiles = []',
        f'[index]\nbackend = "opensearch"\nurl = "{",".join(cluster.urls)}"',
        f'[opensearch]\nindex = "{alias}"\nshards = 2\nreplicas = 1\n'
        "max_retries = 5\ninitial_backoff = 0.5\nrequest_timeout = 60.0",
        "[security]\nallow_private_hosts = true",
        "[harvest]\ntimeout = 10.0\nmax_retries = 2\nbackoff = 0.05\nindex_commit_every = 100",
    ]
    for node_id, url in nodes.items():
        lines.append(f'[[nodes]]\nid = "{node_id}"\nprotocol = "oai-pmh"\nurl = "{url}"')
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_settings(path)


def open_index(settings: Settings) -> OpenSearchIndex:
    return OpenSearchIndex.from_settings(settings)


def cluster_manager(cluster: SearchCluster) -> int:
    """Index in ``cluster.nodes`` of the elected cluster manager."""
    for node in cluster.nodes:
        if node.alive():
            rows = http_json(f"{node.url}/_cat/cluster_manager?format=json")
            names = [n.name for n in cluster.nodes]
            return names.index(rows[0]["node"])
    raise AssertionError("no node is alive")


def assert_index_equals_store(index: OpenSearchIndex, store: Store) -> None:
    """Same ids, same record JSON, and the index has applied the store's last change."""
    live = {row[0]: row[1] for row in store.conn.execute(
        "SELECT id, json FROM records WHERE deleted = 0")}  # fmt: skip
    seen: dict[str, dict[str, Any]] = {}
    cursor: str | None = None
    while True:
        page = index.search(SearchQuery(limit=500, facets=(), highlight=False,
                                        sort="date", search_after=cursor))  # fmt: skip
        seen |= {h.id: h.record for h in page.hits}
        cursor = page.next_cursor
        if cursor is None:
            break
    assert set(seen) == set(live)
    from mappings.record import Record

    assert all(seen[rid] == Record.from_json(js).to_dict() for rid, js in live.items())
    assert index.last_seq() == store.records.max_seq()


class SearchLoad:
    """Searches in a loop on its own client until stopped; keeps every failure and total."""

    def __init__(self, settings: Settings, floor: Callable[[OpenSearchIndex], int]) -> None:
        self.index = open_index(settings)
        self.floor = floor  # a search must never see fewer records than floor(index)
        self.failures: list[str] = []
        self.totals: list[int] = []
        self.low: list[tuple[int, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        queries = [ALL, SearchQuery(text="mercury OR pesticides", limit=5, facets=("country",))]
        i = 0
        while not self._stop.is_set():
            try:
                floor = self.floor(self.index)
                total = self.index.search(queries[i % 2]).total
            except Exception as exc:
                self.failures.append(f"{type(exc).__name__}: {exc}")
            else:
                if i % 2 == 0:
                    self.totals.append(total)
                    if total < floor:
                        self.low.append((total, floor))
            i += 1
            time.sleep(0.02)

    def __enter__(self) -> SearchLoad:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(60)
        self.index.close()


def test_node_killed_during_harvest_and_search_load(
    tmp_path: Path, cluster: SearchCluster, demo_oai_server: Any
) -> None:
    server = demo_oai_server(count=1500, page_size=100)
    settings = write_config(tmp_path, cluster, {"fr-chm": server.url})
    store, index = Store(settings.db_path), open_index(settings)
    killed: list[int] = []
    searches_during_outage = 0

    def kill_after_three_pages(summary: RunSummary) -> None:
        if summary.records >= 300 and not killed:
            victim = cluster_manager(cluster)
            cluster.nodes[victim].kill()
            killed.append(victim)

    # a fresh store that only adds: committed change N means N records are searchable
    with SearchLoad(settings, floor=lambda ix: ix.last_seq()) as load:
        time.sleep(0.5)
        summary = run_node(settings, store, index, settings.node("fr-chm"),
                           progress=kill_after_three_pages)  # fmt: skip
        searches_during_outage = len(load.totals)
        assert summary.status == "success", summary.error
        assert summary.added == 1500
        assert not [w for w in summary.warnings if "unavailable" in w]
        assert killed
        cluster.wait_for_status("yellow", 2)  # a replica of every shard took over
        cluster.restart(killed[0])
        health = cluster.wait_for_status("green", 3)
        searches_during_outage = len(load.totals) - searches_during_outage
    assert load.failures == []
    assert load.low == []  # no search saw fewer records than the index had committed
    assert searches_during_outage > 0
    assert health["unassigned_shards"] == 0
    assert index.count() == 1500
    assert_index_equals_store(index, store)
    index.close()
    store.close()


def test_reindex_under_search_load_while_another_process_harvests(
    tmp_path: Path, cluster: SearchCluster, demo_oai_server: Any
) -> None:
    first = demo_oai_server(count=800, page_size=200)
    second = demo_oai_server(count=400, node="es-chm", page_size=20)
    settings = write_config(tmp_path, cluster, {"fr-chm": first.url, "es-chm": second.url})
    store, index = Store(settings.db_path), open_index(settings)
    assert run_node(settings, store, index, settings.node("fr-chm")).added == 800
    old = index.alias_indices()
    other_store, other_index = Store(settings.db_path), open_index(settings)  # another process
    harvest: dict[str, RunSummary] = {}

    def other_process() -> None:
        harvest["es"] = run_node(settings, other_store, other_index, settings.node("es-chm"))

    with SearchLoad(settings, floor=lambda _ix: 800) as load:
        worker = threading.Thread(target=other_process)
        worker.start()
        summary = reindex(settings, store, index, remap=False)
        worker.join(120)
        time.sleep(0.3)
    assert harvest["es"].status == "success"
    assert harvest["es"].added == 400
    assert summary.indexed >= 800
    assert load.failures == []
    assert load.low == []  # never empty, never a record short during the swap
    assert len(load.totals) > 0
    assert index.alias_indices() != old
    assert_index_equals_store(index, store)
    for closable in (other_index, index, other_store, store):
        closable.close()


def test_whole_cluster_down_during_harvest(
    tmp_path: Path, cluster: SearchCluster, demo_oai_server: Any
) -> None:
    server = demo_oai_server(count=600, page_size=100)
    settings = write_config(tmp_path, cluster, {"fr-chm": server.url})
    store, index = Store(settings.db_path), open_index(settings)

    def stop_everything(summary: RunSummary) -> None:
        if summary.records >= 200 and cluster.nodes[0].alive():
            for node in cluster.nodes:
                node.kill()

    summary = run_node(settings, store, index, settings.node("fr-chm"), progress=stop_everything)
    assert summary.status == "success", summary.error
    assert summary.added == 600  # the store kept every record
    assert store.conn.execute("SELECT COUNT(*) FROM records WHERE deleted = 0").fetchone()[0] == 600
    assert any("index is unavailable" in w for w in summary.warnings), summary.warnings
    index.close()
    for node in cluster.nodes:
        node.launch()
    for node in cluster.nodes:
        node.wait_ready()
    cluster.wait_for_status("green", 3)
    again = open_index(settings)  # as chm opens it at start: template, alias, then catch up
    assert again.last_seq() < store.records.max_seq()
    caught = catch_up_index(store, again)
    assert caught > 0
    assert again.count() == 600
    assert_index_equals_store(again, store)
    again.close()
    store.close()


def test_cluster_start_moves_off_a_port_taken_before_the_node_binds_it(tmp_path: Path) -> None:
    build()
    low, high = ephemeral_range()
    picked = {quiet_port() for _ in range(20)}
    if quiet_range() != (1024, 65535):  # a machine whose ephemeral range leaves room
        assert not any(low <= p <= high for p in picked)  # never a port a client gets
    one = SearchCluster(tmp_path / "one", size=1, name="chm-port-race")
    taken = one.nodes[0].http_port
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", taken))
        squatter.listen()
        one.start()
    try:
        assert one.nodes[0].http_port != taken
        health = http_json(f"{one.urls[0]}/_cluster/health")
        assert health["number_of_nodes"] == 1 and health["status"] == "green"
    finally:
        one.stop()


@pytest.mark.parametrize(
    ("ephemeral", "quiet"),
    [
        ((32768, 60999), (20000, 32767)),
        ((1024, 30000), (30001, 65535)),
        ((1024, 65535), (1024, 65535)),
    ],
)
def test_quiet_ports_avoid_the_ephemeral_range_where_there_is_room(
    monkeypatch: pytest.MonkeyPatch, ephemeral: tuple[int, int], quiet: tuple[int, int]
) -> None:
    from tests.servers import ports

    monkeypatch.setattr(ports, "ephemeral_range", lambda: ephemeral)
    assert ports.quiet_range() == quiet
    assert quiet[0] <= ports.quiet_port() <= quiet[1]
