"""Start and stop the three demo national nodes (fr-chm, es-chm, gb-chm) in this process.

Where it sits: used by ``chm demo`` and the end-to-end tests to bring up the sources that
config.toml's demo nodes point at (``http://127.0.0.1:8101/oai`` etc.), before harvesting.

Example::

    servers = start_demo_nodes()                  # 900 + 700 + 600 records
    ...
    stop_demo_nodes(servers)
"""

from __future__ import annotations

from demo.generator import DEMO_COUNTS, NODES
from demo.oai_server import DemoOaiServer

DEFAULT_PORTS: dict[str, int] = {"fr-chm": 8101, "es-chm": 8102, "gb-chm": 8103}


def start_demo_nodes(
    counts: dict[str, int] | None = None,
    host: str = "127.0.0.1",
    ports: dict[str, int] | None = None,
    page_size: int = 500,
) -> list[DemoOaiServer]:
    """Start one OAI-PMH server per demo node, each in a daemon thread.

    Args:
        counts: records per node id (default 900/700/600); only the nodes named are started.
        host: interface to listen on.
        ports: port per node id (default 8101/8102/8103; 0 picks a free port).
        page_size: records per ListRecords page.

    Returns:
        The running servers, in the order of ``counts``; ``server.url`` is the base URL.

    Raises:
        ValueError: an unknown node id. OSError: a port is taken (servers already
        started by this call are stopped first).
    """
    counts = dict(DEMO_COUNTS if counts is None else counts)
    ports = DEFAULT_PORTS if ports is None else ports
    unknown = sorted(set(counts) - set(NODES))
    if unknown:
        raise ValueError(f"unknown demo node(s) {unknown}; known: {sorted(NODES)}")
    servers: list[DemoOaiServer] = []
    try:
        for node_id, count in counts.items():
            port = ports.get(node_id, 0)
            server = DemoOaiServer(NODES[node_id], count, host, port, page_size)
            servers.append(server.start())
    except OSError:
        stop_demo_nodes(servers)
        raise
    return servers


def stop_demo_nodes(servers: list[DemoOaiServer]) -> None:
    """Stop servers started by :func:`start_demo_nodes`."""
    for server in servers:
        server.stop()
