"""Hostile URLs: every class is refused with a reason, at check time and at connect time.

No test sends traffic to a non-loopback address: refusals happen before any connection, and
the connection spy below proves it for the redirect case.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st
from urllib3.util import connection as u3conn

from core.config import HarvestSettings, SecuritySettings
from harvesters.urlguard import (
    GuardedHttpClient,
    HostileUrl,
    UrlPolicy,
    address_problem,
    guarded_session,
)

STRICT = UrlPolicy(allow_private_hosts=False, allowed_hosts=())
LOCAL_OK = UrlPolicy(allow_private_hosts=False, allowed_hosts=("127.0.0.1",))
FAST = HarvestSettings(timeout=2.0, max_retries=0, backoff=0.0)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/oai", "scheme is 'ftp'"),
        ("file:///etc/passwd", "scheme is 'file'"),
        ("gopher://example.org/", "scheme is 'gopher'"),
        ("javascript:alert(1)", "scheme is 'javascript'"),
        ("example.org/oai", "scheme is 'none'"),
        ("http://user:secret@example.org/oai", "user name or password"),
        ("https://user@example.org/oai", "user name or password"),
        ("http://:pw@example.org/oai", "user name or password"),
        ("http:///oai", "has no host name"),
        ("http://example.org:99999/oai", "not a valid URL"),
    ],
)
def test_url_form_refused(url: str, reason: str) -> None:
    with pytest.raises(HostileUrl) as err:
        STRICT.check_url(url)
    assert reason in err.value.reason


@pytest.mark.parametrize(
    ("host", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "shared (CGNAT)"),
        ("100.100.100.200", "cloud metadata"),
        ("[::1]", "loopback"),
        ("[::]", "unspecified"),
        ("[fe80::1]", "link-local"),
        ("[ff02::1]", "multicast"),
        ("[fd00:ec2::254]", "cloud metadata"),
        ("[fc00::5]", "private"),
        ("[::ffff:10.0.0.1]", "private address (IPv4 10.0.0.1 inside an IPv6 address)"),
        ("[::ffff:169.254.169.254]", "cloud metadata"),
        ("[64:ff9b::a00:1]", "private address (IPv4 10.0.0.1"),
        ("[2002:7f00:1::]", "loopback address (IPv4 127.0.0.1"),
    ],
)
def test_ip_literals_refused(host: str, why: str) -> None:
    with pytest.raises(HostileUrl) as err:
        STRICT.check_url(f"http://{host}/oai")
    assert why in err.value.reason
    assert "allowed_hosts" in err.value.reason  # says how an operator can allow it


@pytest.mark.parametrize(
    ("host", "address", "why"),
    [
        # Real resolution by the system resolver (no DNS server involved, nothing mocked):
        ("localhost", "127.0.0.1", "loopback"),
        ("2130706433", "127.0.0.1", "loopback"),  # 127.0.0.1 as one decimal number
        ("0x7f000001", "127.0.0.1", "loopback"),  # ... in hexadecimal
        ("127.1", "127.0.0.1", "loopback"),  # short form
        ("10.1", "10.0.0.1", "private"),
        ("0", "0.0.0.0", "unspecified"),
        ("169.254.43518", "169.254.169.254", "cloud metadata"),
    ],
)
def test_hostnames_resolving_to_private_addresses_refused(
    host: str, address: str, why: str
) -> None:
    try:
        resolved = socket.getaddrinfo(host, 80, 0, socket.SOCK_STREAM)
    except socket.gaierror:
        pytest.skip(f"this system's resolver does not resolve {host!r}")
    assert address in {info[4][0] for info in resolved}
    with pytest.raises(HostileUrl) as err:
        STRICT.check_url(f"http://{host}/oai")
    assert f"'{host}' resolves to" in err.value.reason
    assert why in err.value.reason


def test_public_addresses_pass() -> None:
    for text in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"):
        assert address_problem(ipaddress.ip_address(text)) is None
        STRICT.check_address(text, text)  # no exception


def test_allowed_hosts_and_allow_private() -> None:
    by_network = UrlPolicy(allowed_hosts=("10.0.0.0/8",))
    by_network.check_url("http://10.20.30.40/oai")
    with pytest.raises(HostileUrl):
        by_network.check_url("http://192.168.0.1/oai")
    LOCAL_OK.check_url("http://127.0.0.1:8101/oai")
    UrlPolicy(allow_private_hosts=True).check_url("http://192.168.0.1/oai")
    from_config = UrlPolicy.from_settings(
        SecuritySettings(allow_private_hosts=False, allowed_hosts=("LocalHost",))
    )
    from_config.check_url("http://localhost:8000/oai")  # names match case-insensitively
    with pytest.raises(HostileUrl):  # schemes and credentials are refused whatever the policy
        UrlPolicy(allow_private_hosts=True).check_url("http://a:b@127.0.0.1/")


@given(st.ip_addresses())
def test_address_problem_total(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    """Every address is classified; nothing that is not globally routable passes."""
    why = address_problem(ip)
    assert why is None or isinstance(why, str)
    if why is None:
        assert ip.is_global


def test_connect_time_check_refuses_without_connecting(endpoint_server: tuple) -> None:
    """The transport adapter alone (no URL check before) refuses 127.0.0.1: nothing is sent."""
    base, hits, _ = endpoint_server
    before = len(hits)
    session = guarded_session(STRICT)
    with pytest.raises(HostileUrl, match="loopback"):
        session.get(f"{base}/zenodo/oai?verb=Identify", timeout=2)
    assert len(hits) == before


def test_one_answer_per_host_and_client(endpoint_server: tuple) -> None:
    """A host is resolved once per client: the check and the connection use the same
    answer, so a later answer (a rebinding DNS server) is never asked for. Rebinding itself,
    with a real second server, is tested in tests/security/test_sec_dns_pinning.py."""
    base, hits, _ = endpoint_server
    port = base.rsplit(":", 1)[1]
    calls: list[str] = []

    def resolver(host: str, p: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    client = GuardedHttpClient(FAST, UrlPolicy(allowed_hosts=("127.0.0.1",), resolver=resolver))
    before = len(hits)
    for _ in range(2):
        got = client.get(f"http://rebind.example:{port}/zenodo/oai", params={"verb": "Identify"})
        assert got.status == 200
    assert calls == ["rebind.example"]
    assert len(hits) == before + 2


def test_connection_uses_the_vetted_address(
    endpoint_server: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The socket connects to the address that was checked, not to a second lookup."""
    base, _, _ = endpoint_server
    port = base.rsplit(":", 1)[1]
    seen: list[tuple[str, int]] = []
    real = u3conn.create_connection

    def spy(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        seen.append(address)
        return real(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(u3conn, "create_connection", spy)
    policy = UrlPolicy(allowed_hosts=("localhost",))
    resp = guarded_session(policy).get(f"http://localhost:{port}/zenodo/oai?verb=Identify")
    assert resp.status_code == 200
    assert seen
    assert all(ipaddress.ip_address(host).is_loopback for host, _ in seen)


def test_redirect_to_private_address_refused_before_connecting(
    endpoint_server: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real local server answers 302 -> http://10.0.0.1/oai; chm never connects there."""
    base, _, _ = endpoint_server
    attempted: list[str] = []
    real = u3conn.create_connection

    def spy(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        attempted.append(address[0])
        if not ipaddress.ip_address(address[0]).is_loopback:  # pragma: no cover - a failure
            raise AssertionError(f"tried to connect to {address}")
        return real(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(u3conn, "create_connection", spy)
    client = GuardedHttpClient(FAST, LOCAL_OK)
    with pytest.raises(HostileUrl) as err:
        client.get(f"{base}/redirect-private/oai", params={"verb": "Identify"})
    assert "10.0.0.1 is a private address" in err.value.reason
    assert attempted == ["127.0.0.1"]
    # Without the URL check at each hop, the connect-time check still refuses the hop.
    session = guarded_session(LOCAL_OK)
    with pytest.raises(HostileUrl, match=r"10\.0\.0\.1"):
        session.get(f"{base}/redirect-private/oai", timeout=2)
    assert set(attempted) == {"127.0.0.1"}


def test_proxies_from_the_environment_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://10.0.0.1:3128")
    session = guarded_session(STRICT)
    assert session.trust_env is False
    with pytest.raises(HostileUrl, match="private"):
        session.get("http://10.0.0.2/oai", timeout=1)
    assert isinstance(session, requests.Session)
