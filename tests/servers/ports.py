"""Loopback ports for test servers that must be told their port before they bind it.

A port found by binding port 0 comes from the kernel's ephemeral range, the range every
outgoing connection on the machine also draws from. Between the moment the test picks it and
the moment a JVM (seconds later) binds it, a client connection of another test worker can take
it: the server then fails with "Address already in use" (seen in CI with the three-node
OpenSearch cluster). Ports picked below the ephemeral range are never handed to clients, so only
another server picking the same number could collide, and :func:`quiet_port` draws at random
among ~10,000 of them after checking the one it returns is free.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
LOWEST = 20000


def ephemeral_range() -> tuple[int, int]:
    """The kernel's ephemeral port range (Linux's default when it cannot be read)."""
    try:
        low, high = (int(p) for p in RANGE_FILE.read_text().split())
    except (OSError, ValueError):
        return 32768, 60999
    return low, high


def quiet_range() -> tuple[int, int]:
    """Ports a server may be given: below the ephemeral range, or above it if it starts low;
    any unprivileged port when it leaves neither (then only the free check protects)."""
    low, high = ephemeral_range()
    if low - LOWEST >= 2000:
        return LOWEST, low - 1
    if 65535 - high >= 2000:
        return high + 1, 65535
    return 1024, 65535


def is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when ``port`` can be bound on ``host`` now."""
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def quiet_port(host: str = "127.0.0.1", taken: set[int] | None = None) -> int:
    """A port free on ``host`` now, outside the ephemeral range, not in ``taken``."""
    low, high = quiet_range()
    draw = random.SystemRandom()
    for _ in range(500):
        port = draw.randint(low, high)
        if (taken is None or port not in taken) and is_free(port, host):
            return port
    raise RuntimeError(f"no free port between {low} and {high} on {host}")
