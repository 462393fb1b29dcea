"""The outbound URL policy: which addresses chm may fetch from (hostile URLs refused).

Where it sits in the flow: node registry -> **urlguard** -> harvester HTTP client. A node's
URL is submitted by people outside the project, so every request made on its behalf is
checked twice:

1. :meth:`UrlPolicy.check_url` before each request and each redirect hop (a clear reason
   early: scheme, credentials, IP literals, what the name resolves to now);
2. :class:`PinnedAddresses` + :class:`GuardedAdapter`: a host is resolved *once* per client
   (one run, one report), every address is checked, and every connection the client makes
   goes to one of those checked addresses (no second lookup at connect time), so a DNS
   answer that changes between the check and the connection (DNS rebinding) cannot reach
   a private address. Host header, TLS SNI and certificate checks still use the name.

Refused: schemes other than http/https, user:password@ in the URL, and hosts resolving to
loopback, private, link-local, multicast, reserved, unspecified, shared (CGNAT) or cloud
metadata addresses, including IPv4 addresses hidden in IPv6 (mapped, 6to4, NAT64).
``[security] allow_private_hosts = true`` turns the address checks off (demo, tests) and
``[security] allowed_hosts`` lists host names, IP addresses or networks that may be private.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util import connection as u3conn

from core.config import HarvestSettings, SecuritySettings
from harvesters.base import EndpointUnreachable, HarvestError
from harvesters.http import FetchResult, HttpClient

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

METADATA_ADDRESSES = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack
        ipaddress.ip_address("fd00:ec2::254"),  # AWS IPv6
        ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
    }
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SHARED = ipaddress.ip_network("100.64.0.0/10")


class HostileUrl(HarvestError):
    """A URL (or where it leads) is refused by the outbound policy. ``reason`` says why."""

    kind = "refused"

    def __init__(self, reason: str, *, url: str | None = None) -> None:
        super().__init__(reason, url=url)
        self.reason = reason


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the system resolver)."""
    infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_ipv4(ip: IpAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: IpAddress) -> str | None:
    """Why ``ip`` may not be contacted (e.g. ``"a private address"``), or None when public."""
    inner = _embedded_ipv4(ip)
    if inner is not None:
        why = address_problem(inner)
        return f"{why} (IPv4 {inner} inside an IPv6 address)" if why else None
    checks = (
        (ip in METADATA_ADDRESSES, "a cloud metadata address"),
        (ip.is_unspecified, "the unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED, "a shared (CGNAT) address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "an address that is not publicly routable"),
    )
    for hit, why in checks:
        if hit:
            return why
    return None


@dataclass(frozen=True)
class UrlPolicy:
    """Which URLs and addresses may be fetched. Build with :meth:`from_settings`."""

    allow_private_hosts: bool = False
    allowed_hosts: tuple[str, ...] = ()
    resolver: Resolver = system_resolver

    @classmethod
    def from_settings(
        cls, security: SecuritySettings, resolver: Resolver | None = None
    ) -> UrlPolicy:
        """The policy of ``[security]`` in config.toml."""
        return cls(
            allow_private_hosts=security.allow_private_hosts,
            allowed_hosts=tuple(h.strip().lower() for h in security.allowed_hosts),
            resolver=resolver or system_resolver,
        )

    def host_allowed(self, host: str) -> bool:
        """True when ``host`` (a name or an IP literal) is listed in ``allowed_hosts``."""
        return host.strip("[]").lower().rstrip(".") in self.allowed_hosts

    def ip_allowed(self, ip: IpAddress) -> bool:
        """True when ``ip`` is listed in ``allowed_hosts`` (as an address or a network)."""
        for entry in self.allowed_hosts:
            try:
                if ip in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                continue
        return False

    def check_address(self, host: str, address: str, url: str | None = None) -> None:
        """Refuse ``address`` (what ``host`` resolved to) unless public or allowed."""
        if self.allow_private_hosts or self.host_allowed(host):
            return
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if self.ip_allowed(ip):
            return
        why = address_problem(ip)
        if why:
            shown = f"{address} is" if _same_ip(host, ip) else f"'{host}' resolves to {address},"
            raise HostileUrl(
                f"refused: {shown} {why}; a node's URL must reach a public address "
                "(operators can allow a host with [security] allowed_hosts)",
                url=url,
            )

    def resolve_checked(self, host: str, port: int, url: str | None = None) -> list[str]:
        """Resolve ``host`` once and check every address; return the addresses to connect to."""
        bare = host.strip("[]")
        try:
            addresses = [str(ipaddress.ip_address(bare))]
        except ValueError:
            try:
                addresses = self.resolver(bare, port)
            except (socket.gaierror, UnicodeError) as exc:
                msg = f"the host name '{bare}' does not resolve: {exc}"
                raise HostileUrl(msg, url=url) from exc
        if not addresses:
            raise HostileUrl(f"the host name '{bare}' does not resolve to any address", url=url)
        for address in addresses:
            self.check_address(bare, address, url)
        return addresses

    def check_url(self, url: str) -> None:
        """Refuse a URL by its form, then by what its host resolves to now.

        Raises:
            HostileUrl: with a reason a person understands.
        """
        parts = check_url_form(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        self.resolve_checked(parts.hostname or "", port, url)


def check_url_form(url: str) -> Any:
    """Check scheme, host and credentials of ``url``; return its ``urlsplit`` parts."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise HostileUrl(f"'{url}' is not a valid URL: {exc}", url=url) from exc
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        raise HostileUrl(
            f"refused: the URL scheme is '{shown}'; only http and https URLs can be registered",
            url=url,
        )
    if parts.username is not None or parts.password is not None:
        raise HostileUrl(
            "refused: the URL contains a user name or password; remove the credentials "
            "(chm only harvests public endpoints)",
            url=url,
        )
    if not parts.hostname:
        raise HostileUrl(f"'{url}' has no host name", url=url)
    return parts


# ---- pinned addresses: resolve once, check, connect to exactly that address --------------


class PinnedAddresses:
    """The checked addresses of every host one client (one run, one report) talks to.

    A host name is resolved once, every address is checked against the policy, and from
    then on the client connects to those addresses only: the URL check before a request
    and the connection made for it use the same answer, so a DNS server that answers a
    public address to the check and a private one to the connection (DNS rebinding) gets
    nowhere. The Host header and TLS (SNI, certificate) still use the name.
    """

    def __init__(self, policy: UrlPolicy) -> None:
        self.policy = policy
        self._pins: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def addresses(self, host: str, port: int, url: str | None = None) -> list[str]:
        """The checked addresses of ``host`` (resolved and checked on first use)."""
        key = host.strip("[]").lower().rstrip(".")
        with self._lock:
            pinned = self._pins.get(key)
        if pinned is None:
            pinned = self.policy.resolve_checked(host, port, url)
            with self._lock:
                pinned = self._pins.setdefault(key, pinned)
        return pinned

    def check_url(self, url: str) -> None:
        """:meth:`UrlPolicy.check_url`, pinning what the host resolved to.

        Raises:
            HostileUrl: with a reason a person understands.
        """
        parts = check_url_form(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        self.addresses(parts.hostname or "", port, url)


class _PinnedConnectionMixin:
    """Connect to a pinned, checked address of the host (no lookup of its own)."""

    pins: PinnedAddresses
    on_socket: Callable[[socket.socket], None] | None
    host: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any

    def _new_conn(self) -> socket.socket:
        addresses = self.pins.addresses(self.host, self.port)
        last: OSError | None = None
        for address in addresses:
            try:
                sock = u3conn.create_connection(
                    (address, self.port),
                    self.timeout,
                    source_address=self.source_address,
                    socket_options=self.socket_options,
                )
            except OSError as exc:
                last = exc
                continue
            if self.on_socket is not None:
                self.on_socket(sock)
            return sock
        assert last is not None
        from urllib3.exceptions import NewConnectionError

        raise NewConnectionError(self, f"Failed to establish a new connection: {last}")  # type: ignore[arg-type]


def _pool_classes(
    pins: PinnedAddresses, on_socket: Callable[[socket.socket], None] | None
) -> dict[str, type]:
    attrs = {"pins": pins, "on_socket": staticmethod(on_socket) if on_socket else None}
    conn_http = type("PinnedHTTPConnection", (_PinnedConnectionMixin, HTTPConnection), attrs)
    conn_https = type("PinnedHTTPSConnection", (_PinnedConnectionMixin, HTTPSConnection), attrs)
    return {
        "http": type("PinnedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": conn_http}),
        "https": type("PinnedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": conn_https}),
    }


class GuardedAdapter(HTTPAdapter):
    """A requests transport adapter whose connections go to pinned, checked addresses."""

    def __init__(
        self,
        pins: PinnedAddresses | UrlPolicy,
        on_socket: Callable[[socket.socket], None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.pins = pins if isinstance(pins, PinnedAddresses) else PinnedAddresses(pins)
        self.on_socket = on_socket
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Build the pool manager with pinned connection pools."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self.pins, self.on_socket)


def guarded_session(
    pins: PinnedAddresses | UrlPolicy,
    session: requests.Session | None = None,
    on_socket: Callable[[socket.socket], None] | None = None,
) -> requests.Session:
    """A requests session (``session``, else a new one) whose every connection goes to a
    pinned, checked address; ``on_socket`` is told of each socket it opens.

    Proxies from the environment are ignored (``trust_env`` off): through a proxy the
    address check would vet the proxy, not the node.
    """
    session = session or requests.Session()
    session.trust_env = False
    adapter = GuardedAdapter(pins, on_socket)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def pinned_client(
    settings: HarvestSettings,
    policy: UrlPolicy,
    session: requests.Session | None = None,
    on_socket: Callable[[socket.socket], None] | None = None,
    **kwargs: Any,
) -> HttpClient:
    """chm's HTTP client on behalf of a node: the policy checked at every hop, each host
    resolved once and connected to at exactly the checked address."""
    pins = PinnedAddresses(policy)
    client = HttpClient(settings, session=session or requests.Session(), guard=pins.check_url,
                        **kwargs)  # fmt: skip

    def track(sock: socket.socket) -> None:
        client.track_socket(sock)  # shut at the response deadline
        if on_socket is not None:
            on_socket(sock)

    guarded_session(pins, client.session, track)
    return client


# ---- the HTTP client used on behalf of submitted URLs ------------------------------------


class LimitExceeded(HostileUrl):
    """A response over the size limit or slower than the time limit."""


class GuardedHttpClient(HttpClient):
    """chm's HTTP client with the URL policy at every hop, pinned addresses, hard limits.

    Besides the per-read ``timeout`` of :class:`HttpClient`, a whole response must arrive
    within ``deadline`` seconds, so an endpoint that trickles bytes cannot hold a worker.
    """

    def __init__(
        self,
        settings: HarvestSettings,
        policy: UrlPolicy,
        deadline: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.deadline = deadline if deadline is not None else settings.timeout * 2
        settings = replace(settings, response_deadline=self.deadline)
        pins = PinnedAddresses(policy)
        super().__init__(settings, session=requests.Session(), sleep=sleep)
        guarded_session(pins, self.session, self.track_socket)
        self.guard = pins.check_url
        self.policy = policy

    def get(self, url: str, params: dict[str, Any] | None = None) -> FetchResult:
        """GET as :meth:`HttpClient.get`; limits broken raise :class:`LimitExceeded`."""
        try:
            return super().get(url, params=params)
        except EndpointUnreachable as exc:
            if isinstance(exc.__cause__, requests.Timeout):
                raise LimitExceeded(
                    f"refused: {url} did not answer within the {self.settings.timeout:g}-second "
                    "time limit",
                    url=url,
                ) from exc
            raise

    def _too_big(self, url: str, size: int, declared: bool, status: int | None) -> Exception:
        limit = self.settings.max_response_bytes
        if declared:
            text = f"refused: {url} announces {size:,} bytes, over the {limit:,}-byte limit"
        else:
            text = f"refused: {url} sent more than the {limit:,}-byte limit"
        return LimitExceeded(text, url=url)

    def _too_slow(self, url: str, size: int, status: int | None = None) -> Exception:
        return LimitExceeded(
            f"refused: {url} took more than {self.deadline:g} seconds to send its response",
            url=url,
        )


def _same_ip(host: str, ip: IpAddress) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")) == ip
    except ValueError:
        return False
