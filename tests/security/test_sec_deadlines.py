"""Deadlines: a real endpoint on 127.0.0.1 that trickles its body (a byte every 0.2 s, never
idle long enough for the per-read timeout) is stopped by the whole-response deadline or the
run's deadline, with a message naming the URL and the deadline. No timing is asserted
beyond "it ended with this error"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cli.main import main
from core.config import HarvestSettings, load_settings
from harvesters.http import DeadlineExceeded, HttpClient
from harvesters.urlguard import UrlPolicy, pinned_client
from ops.context import Context
from pipeline.run import run_node
from tests.registration.helpers import write_config

from .servers import Trickler


@pytest.fixture
def trickler() -> Iterator[Trickler]:
    """The trickling endpoint (it gives up by itself after 30 s)."""
    t = Trickler(every=0.2, limit=30.0)
    yield t
    t.close()


def test_response_deadline_stops_a_trickling_body(trickler: Trickler) -> None:
    settings = HarvestSettings(timeout=5.0, max_retries=2, response_deadline=1.0)
    client = pinned_client(settings, UrlPolicy(allow_private_hosts=True))
    with pytest.raises(DeadlineExceeded) as err:
        client.get(trickler.url)
    message = str(err.value)
    assert trickler.url in message
    assert "1-second response deadline ([harvest] response_deadline)" in message
    assert trickler.requests == 1  # a deadline is not retried


def test_response_deadline_stops_trickling_headers() -> None:
    """One endless header line, a byte every 0.2 s: the deadline's timer shuts the socket
    (the read is inside http.client's header parsing, where no loop of chm's runs)."""
    slow = Trickler(every=0.2, limit=30.0, in_headers=True)
    try:
        settings = HarvestSettings(timeout=5.0, max_retries=2, response_deadline=1.0)
        client = pinned_client(settings, UrlPolicy(allow_private_hosts=True))
        with pytest.raises(DeadlineExceeded) as err:
            client.get(slow.url)
        assert slow.url in str(err.value) and "1-second response deadline" in str(err.value)
        assert slow.requests == 1
    finally:
        slow.close()


def test_run_deadline_stops_the_run(trickler: Trickler) -> None:
    settings = HarvestSettings(timeout=5.0, response_deadline=600.0, run_deadline=1.0)
    client = HttpClient(settings)
    with pytest.raises(DeadlineExceeded) as err:
        client.get(trickler.url)
    assert trickler.url in str(err.value)
    assert "run's 1-second deadline ([harvest] run_deadline)" in str(err.value)
    with pytest.raises(DeadlineExceeded, match="not requested: the run has used its"):
        client.get(trickler.url)  # the next request of the run is not even sent
    assert trickler.requests == 1


def test_chm_harvest_of_a_trickling_node_ends_with_the_reason(
    tmp_path: Path, trickler: Trickler, capsys: pytest.CaptureFixture[str]
) -> None:
    nodes = f'[[nodes]]\nid = "slow"\nurl = "{trickler.url}"\n'
    cfg = write_config(tmp_path, nodes=nodes)
    text = cfg.read_text().replace("[harvest]\n", "[harvest]\nresponse_deadline = 1.0\n")
    cfg.write_text(text)
    assert main(["--config", str(cfg), "harvest", "slow", "--json"]) == 1
    out = capsys.readouterr().out
    assert trickler.url in out and "1-second response deadline" in out

    ctx = Context(load_settings(cfg))
    try:
        summary = run_node(ctx.settings, ctx.store, ctx.index, ctx.settings.node("slow"))
        assert summary.status == "failed" and summary.error_kind == "unreachable"
        assert "response_deadline" in (summary.error or "")
    finally:
        ctx.close()


def test_deadlines_are_config_keys(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    text = cfg.read_text().replace(
        "[harvest]\n", "[harvest]\nresponse_deadline = 120\nrun_deadline = 3600\n"
    )
    cfg.write_text(text)
    harvest = load_settings(cfg).harvest
    assert (harvest.response_deadline, harvest.run_deadline) == (120.0, 3600.0)
    assert HarvestSettings().response_deadline == 300.0
    assert HarvestSettings().run_deadline == 14_400.0
