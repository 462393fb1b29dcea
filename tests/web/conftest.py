"""Fixtures for the web tests: a populated chm (three demo nodes harvested over real OAI-PMH
into a temporary store and tantivy index, with the project's thesaurus) and its app.

``web_ctx`` (session) is read-only for tests; tests that write records use ``fresh_ctx``.
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

with warnings.catch_warnings():  # starlette warns that it prefers httpx2 over httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from cli.context import Context
from demo.generator import NODES
from demo.oai_server import DemoOaiServer
from harvesters.pipeline import run_node
from search_api.app import create_app

ROOT = Path(__file__).resolve().parents[2]
THESAURUS = ROOT / "vocabulary" / "thesaurus.ttl"
DEMO_COUNTS = {"fr-chm": 120, "es-chm": 80, "gb-chm": 60}
ARTIFACTS = ROOT / "tests" / "artifacts"


def write_config(folder: Path, nodes: dict[str, str], vocabulary: bool = True) -> Path:
    """config.toml for ``nodes`` (id -> OAI URL) with storage under ``folder``."""
    files = f'["{THESAURUS}"]' if vocabulary else "[]"
    text = (
        '[storage]\npath = "var/chm.sqlite"\n[index]\nbackend = "tantivy"\npath = "var/index"\n'
        f"[vocabulary]\nfiles = {files}\n[security]\nallow_private_hosts = true\n"
    )
    for node_id, url in nodes.items():
        text += (
            f'\n[[nodes]]\nid = "{node_id}"\nprotocol = "oai-pmh"\nurl = "{url}"\n'
            'metadata_prefix = "oai_dc"\nmapping = "oai_dc"\nschedule = "6h"\n'
        )
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def harvested_context(folder: Path, counts: dict[str, int]) -> Context:
    """A Context whose store and index hold the demo nodes' first ``counts`` records."""
    servers = {n: DemoOaiServer(NODES[n], c, page_size=50).start() for n, c in counts.items()}
    try:
        ctx = Context.from_path(write_config(folder, {n: s.url for n, s in servers.items()}))
        for node in ctx.settings.nodes:
            summary = run_node(ctx.settings, ctx.store, ctx.index, node, vocabulary=ctx.vocabulary)
            assert summary.status == "success", summary.to_dict()
    finally:
        for s in servers.values():
            s.stop()
    return ctx


@pytest.fixture(scope="session")
def web_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    """A populated, read-only chm: 260 records from three demo nodes."""
    ctx = harvested_context(tmp_path_factory.mktemp("web"), DEMO_COUNTS)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def app(web_ctx: Context) -> FastAPI:
    """The app over ``web_ctx``."""
    return create_app(web_ctx)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    """An in-process HTTP client for ``app`` (English unless a test says otherwise)."""
    with TestClient(app) as c:
        yield c


@pytest.fixture
def fresh_ctx(tmp_path: Path) -> Iterator[Context]:
    """A small populated chm a test may change (40 records of one node)."""
    ctx = harvested_context(tmp_path, {"fr-chm": 40})
    yield ctx
    ctx.close()


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 (port 0) in a thread."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    @property
    def url(self) -> str:
        sock = self.server.servers[0].sockets[0]
        host, port = sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_url(app: FastAPI) -> Iterator[str]:
    """The base URL of ``app`` served by a real uvicorn on 127.0.0.1."""
    server = LiveServer(app).start()
    yield server.url
    server.stop()
