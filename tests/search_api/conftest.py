"""Fixtures for the web tests: a populated chm (three demo nodes harvested over real OAI-PMH
into a temporary store and tantivy index, with the project's thesaurus) and its app.

``web_ctx`` (session) is read-only for tests; tests that write records use ``fresh_ctx``.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

with warnings.catch_warnings():  # starlette warns that it prefers httpx2 over httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from demo.generator import NODES
from demo.oai_server import DemoOaiServer
from ops.context import Context
from pipeline.run import run_node
from search_api.app import create_app
from tests.servers import config
from tests.servers.app_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
THESAURUS = ROOT / "vocabulary" / "thesaurus.ttl"
DEMO_COUNTS = {"fr-chm": 120, "es-chm": 80, "gb-chm": 60}
ARTIFACTS = ROOT / "tests" / "artifacts"


def save_screenshot(page: Any, name: str, full_page: bool = False, tries: int = 3) -> None:
    """Keep a screenshot of ``page`` in tests/artifacts/``name``.png for a person to look at.

    The screenshot is a by-product, never what a test asserts: Chromium's compositor sometimes
    answers "Unable to capture screenshot" when both cores are busy (seen once in CI, on a page
    whose checks all passed). It is tried ``tries`` times, half a second apart; if every try
    fails, ``name``.txt in the same folder says why (a warning would fail the test: warnings are
    errors here) and the test goes on to its assertions.
    """
    from playwright.sync_api import Error

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for attempt in range(tries):
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)
            (ARTIFACTS / f"{name}.txt").unlink(missing_ok=True)
            return
        except Error as e:
            if attempt == tries - 1:
                why = f"no screenshot after {tries} tries: {e}\n"
                (ARTIFACTS / f"{name}.txt").write_text(why, encoding="utf-8")
            else:
                time.sleep(0.5)


def write_config(folder: Path, nodes: dict[str, str], vocabulary: bool = True) -> Path:
    """config.toml for ``nodes`` (id -> OAI URL) with storage under ``folder``."""
    node = {"protocol": "oai-pmh", "metadata_prefix": "oai_dc", "mapping": "oai_dc"}
    return config.write_config(
        folder,
        [{"id": node_id, **node, "url": url, "schedule": "6h"} for node_id, url in nodes.items()],
        vocabulary={"files": [str(THESAURUS)] if vocabulary else []},
    )


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


@pytest.fixture(scope="session")
def live_url(app: FastAPI) -> Iterator[str]:
    """The base URL of ``app`` served by a real uvicorn on 127.0.0.1."""
    server = LiveServer(app).start()
    yield server.url
    server.stop()
