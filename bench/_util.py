"""Small helpers shared by the benchmarks: machine description, free ports, servers."""

from __future__ import annotations

import os
import platform
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def machine() -> str:
    """One line describing this machine."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 30.0) -> None:
    """Wait until something listens on 127.0.0.1:port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


def start_oai_node(
    count: int, node: str = "fr-chm", page_size: int = 500, prerender: bool = True
) -> tuple[subprocess.Popen[bytes], str]:
    """Start a demo OAI-PMH node in a subprocess; return (process, base URL).

    The node renders its records before serving (``--prerender``), as a repository serves
    stored XML: it shares this machine's cores with what is measured, and a real node would
    not (``prerender=False``: it renders each record on every request). It is ready when it
    prints its first line."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "demo.oai_server",
            "--node",
            node,
            "--count",
            str(count),
            "--port",
            str(port),
            "--page-size",
            str(page_size),
            *(["--prerender"] if prerender else []),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # printed once every record is rendered
    wait_port(port)
    return proc, f"http://127.0.0.1:{port}/oai"


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or its waited-for children) in MB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024
