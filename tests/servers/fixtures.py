"""pytest fixtures running the local test servers on 127.0.0.1, port 0 (via tests/conftest.py).

Fixtures:

``fixture_oai_url`` (session) -> str
    Root URL of the replay server for the recorded OAI-PMH fixtures, e.g.
    ``http://127.0.0.1:40123``; see :mod:`tests.servers.fixture_server` for the URL scheme
    (``fixture_oai_url + "/sickle/oai"``, ``+ "/zenodo-scythe/oai"``,
    ``+ "/error/badArgument/oai"``...).
``fixture_replay_server`` (session) -> FixtureServer
    The same server as an object.
``pyoai_server`` (function) -> PyoaiServer
    The independent pyoai provider, emptied and set to batch size 3 for each test:
    ``.url``, ``.add(identifier, datestamp, title=..., sets=[...], **dc)``, ``.update``,
    ``.delete``, ``.set_batch_size``, ``.requests`` (the queries it received).
``pyoai_server_factory`` (function) -> callable(batch_size=3, granularity="seconds")
    A fresh pyoai server per call (e.g. day granularity), stopped after the test.
``demo_oai_server`` (function) -> callable(count=100, node="fr-chm", page_size=500,
    granularity="seconds", sets=True) -> DemoOaiServer
    Starts demo node servers (``.url``, ``.update(i)``, ``.delete(i)``, ``.add(n)``,
    ``.identifier(i)``), stopped after the test.
``opensearch_node`` (session) -> SearchNode
    A real single-node OpenSearch 2.19 cluster (``.url``), built from
    ``tests/servers/opensearch_node`` and started once per session by the first test that asks
    (mark such tests ``xdist_group("opensearch")`` so one worker owns it); stopped at the end.
``fault_server`` (function) -> FaultServer
    The fault-injecting server with its counters reset; ``fault_server.fault_url("slow")``
    etc. (see :mod:`tests.servers.faults`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from demo.generator import NODES
from demo.oai_server import DemoOaiServer
from tests.servers.faults import FaultServer
from tests.servers.fixture_server import FixtureServer
from tests.servers.opensearch import SearchNode, build
from tests.servers.pyoai_server import PyoaiServer


@pytest.fixture(scope="session")
def fixture_replay_server() -> Iterator[FixtureServer]:
    """The recorded-fixture replay server (session-wide)."""
    with FixtureServer() as server:
        yield server


@pytest.fixture(scope="session")
def fixture_oai_url(fixture_replay_server: FixtureServer) -> str:
    """Root URL of the replay server, without a trailing slash."""
    return fixture_replay_server.url


@pytest.fixture(scope="session")
def _pyoai_session_server() -> Iterator[PyoaiServer]:
    with PyoaiServer() as server:
        yield server


@pytest.fixture
def pyoai_server(_pyoai_session_server: PyoaiServer) -> PyoaiServer:
    """The pyoai provider, empty, batch size 3."""
    _pyoai_session_server.clear()
    _pyoai_session_server.set_batch_size(3)
    return _pyoai_session_server


@pytest.fixture
def pyoai_server_factory() -> Iterator[Callable[..., PyoaiServer]]:
    """Start pyoai servers with other settings; all stopped after the test."""
    started: list[PyoaiServer] = []

    def start(batch_size: int = 3, granularity: str = "seconds") -> PyoaiServer:
        server = PyoaiServer(batch_size, granularity).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def demo_oai_server() -> Iterator[Callable[..., DemoOaiServer]]:
    """Start demo node servers with ``count`` records; all stopped after the test."""
    started: list[DemoOaiServer] = []

    def start(
        count: int = 100,
        node: str = "fr-chm",
        page_size: int = 500,
        granularity: str = "seconds",
        sets: bool = True,
    ) -> DemoOaiServer:
        server = DemoOaiServer(
            NODES[node], count, page_size=page_size, granularity=granularity, sets=sets
        ).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def _fault_session_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
def fault_server(_fault_session_server: FaultServer) -> FaultServer:
    """The fault-injecting server, counters reset."""
    _fault_session_server.reset()
    _fault_session_server.slow_seconds = 3.0
    return _fault_session_server


@pytest.fixture(scope="session")
def opensearch_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchNode]:
    """A real OpenSearch node for the whole session (see :mod:`tests.servers.opensearch`)."""
    build()
    node = SearchNode(tmp_path_factory.mktemp("opensearch")).start()
    yield node
    node.stop()
