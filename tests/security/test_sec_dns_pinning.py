"""DNS pinning: every client chm uses on a node's behalf resolves a host once, checks the
answer, and connects to exactly that address (scheduled runs, `chm harvest`, reports).

What is simulated, and why: no DNS server can be made to rebind here (no network, and
chm's resolver is the system's), so the resolver is a function the test controls, passed
in as the policy's resolver (or put in place of ``system_resolver`` for the runs built from
config.toml). It answers like a rebinding DNS server: first an address the policy allows,
then a forbidden one. No public address is ever used: 127.0.0.2 stands for the allowed
"public" address (listed in ``allowed_hosts``) and 127.0.0.1 for the private one; a real
server listens on each, on the same port, so a connection to the wrong one shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from core.config import HarvestSettings, load_settings
from harvesters.http import HttpClient
from harvesters.urlguard import GuardedHttpClient, HostileUrl, UrlPolicy, pinned_client
from ops.context import Context
from ops.watchdog import Guard
from pipeline.run import run_node
from tests.registration.helpers import write_config

from .servers import Recorder, self_signed, twin_servers

FAST = HarvestSettings(timeout=3.0, max_retries=0, backoff=0.0)


def rebinding(first: str, then: str, calls: list[str]) -> Callable[[str, int], list[str]]:
    """A resolver answering ``first`` once, then ``then`` for ever (a rebinding server)."""

    def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        return [first if len(calls) == 1 else then]

    return resolve


CLIENTS: dict[str, Callable[[UrlPolicy], HttpClient]] = {
    "harvest (chm harvest, API)": lambda policy: pinned_client(FAST, policy),
    "scheduled (watchdog)": lambda policy: Guard("n", 30.0).client(FAST, policy),
    "registration report": lambda policy: GuardedHttpClient(FAST, policy),
}


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_rebinding_answer_is_never_connected_to(make: Callable[[UrlPolicy], HttpClient]) -> None:
    with twin_servers() as (node, internal):
        calls: list[str] = []
        policy = UrlPolicy(
            allowed_hosts=("127.0.0.2",), resolver=rebinding("127.0.0.2", "127.0.0.1", calls)
        )
        client = make(policy)
        url = f"http://rebind.example:{node.port}/oai"
        for _ in range(3):  # Connection: close, so three connections
            got = client.get(url, params={"verb": "Identify"})
            assert got.body == b"node"
        assert calls == ["rebind.example"]  # resolved once, for the check and connections
        assert internal.seen == []
        assert [host for host, _ in node.seen] == [f"rebind.example:{node.port}"] * 3


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_forbidden_first_answer_is_refused_before_connecting(
    make: Callable[[UrlPolicy], HttpClient],
) -> None:
    with twin_servers() as (node, internal):
        calls: list[str] = []
        policy = UrlPolicy(
            allowed_hosts=("127.0.0.2",), resolver=rebinding("127.0.0.1", "127.0.0.2", calls)
        )
        with pytest.raises(HostileUrl, match=r"resolves to 127\.0\.0\.1, a loopback address"):
            make(policy).get(f"http://rebind.example:{node.port}/oai")
        assert internal.seen == [] and node.seen == []


def test_tls_keeps_the_name_for_sni_and_the_certificate(tmp_path: Path) -> None:
    """Connected to the pinned address, TLS still verifies the certificate of the *name*:
    a certificate for rebind.example passes, one for another name fails."""
    good = self_signed(tmp_path, "rebind.example")
    other = self_signed(tmp_path, "other.example")
    for cert, ok in ((good, True), (other, False)):
        server = Recorder("127.0.0.2", body=b"tls", tls=cert)
        try:
            policy = UrlPolicy(allowed_hosts=("127.0.0.2",), resolver=lambda h, p: ["127.0.0.2"])
            client = pinned_client(FAST, policy)
            client.session.verify = str(cert[0])
            url = f"https://rebind.example:{server.port}/oai"
            if ok:
                assert client.get(url).body == b"tls"
                assert server.seen == [(f"rebind.example:{server.port}", "/oai")]
            else:
                with pytest.raises(Exception, match=r"(?i)certificate"):
                    client.get(url)
        finally:
            server.close()


@pytest.mark.parametrize("how", ["scheduled", "chm harvest"])
def test_runs_built_from_config_pin_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A run of a node from the registry, started by the scheduler's service (watchdog
    client) or as `chm harvest` does (run_node): the system resolver is replaced by the
    rebinding one; the node's server sees the run's request, the internal one nothing."""
    with twin_servers() as (node, internal):
        calls: list[str] = []
        monkeypatch.setattr(
            "harvesters.urlguard.system_resolver", rebinding("127.0.0.2", "127.0.0.1", calls)
        )
        nodes = (
            f'[[nodes]]\nid = "rb"\nurl = "http://rebind.example:{node.port}/oai"\n'
            'schedule = "6h"\n'
        )
        cfg = write_config(tmp_path, allowed_hosts=("127.0.0.2",), nodes=nodes)
        ctx = Context(load_settings(cfg))
        try:
            summary: Any
            if how == "scheduled":
                summary = ctx.harvests.harvest("rb", "schedule")
            else:
                summary = run_node(ctx.settings, ctx.store, ctx.index, ctx.settings.node("rb"))
            assert summary is not None and summary.status == "failed"  # "node" is not OAI
            assert node.seen and all(h == f"rebind.example:{node.port}" for h, _ in node.seen)
            assert internal.seen == []
            assert set(calls) == {"rebind.example"} and len(calls) == 1
        finally:
            service = getattr(ctx, "_harvest_service", None)
            if service is not None:
                service.watchdog.stop()
            ctx.close()


def test_proxies_never_see_pinned_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pinned session ignores proxy variables (a proxy would be vetted, not the node)."""
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    client = Guard("n", 30.0).client(FAST, UrlPolicy(allowed_hosts=("127.0.0.2",)))
    assert isinstance(client.session, requests.Session) and client.session.trust_env is False
