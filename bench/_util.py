"""Small helpers shared by the benchmarks: machine description, free ports, servers."""

from __future__ import annotations

import os
import platform
import resource
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
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


@dataclass
class Measured:
    """One measured child process (and everything it started)."""

    stdout: str
    stderr: str
    returncode: int
    wall: float  # seconds, process start included
    cpu: float  # user + system seconds of the process and all its waited-for descendants
    peak_largest_mb: float  # the largest single process's peak RSS (VmHWM)
    peak_tree_mb: float  # the whole tree's resident memory, sampled every 50 ms

    def per_record_us(self, records: int) -> float:
        """CPU microseconds per record."""
        return self.cpu * 1e6 / max(1, records)


def _tree(pid: int) -> list[int]:
    """pid and its descendants (through /proc/<pid>/task/<tid>/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in kB; (0, 0) once it is gone."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def measure(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` to its end: wall time, CPU of the whole tree (``RUSAGE_CHILDREN``: every
    descendant that was waited for, e.g. mapping workers), peak memory of the largest process
    and of the tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    peaks = {"largest": 0, "tree": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total = 0
            for pid in _tree(proc.pid):
                rss, hwm = _memory_kb(pid)
                total += rss
                peaks["largest"] = max(peaks["largest"], hwm)
            peaks["tree"] = max(peaks["tree"], total)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured(out, err, proc.returncode, wall, cpu, peaks["largest"] / 1024,
                    peaks["tree"] / 1024)  # fmt: skip


def start_feed(
    kind: str, records: int, page_size: int, nodes: int = 1, shared: float = 0.0
) -> tuple[subprocess.Popen[str], str]:
    """Start ``bench/_feed.py`` (the benchmark corpus over HTTP); return (process, URL; with
    ``nodes`` > 1, node ``j`` is at URL + ``/j``)."""
    more = ["--nodes", str(nodes), "--shared", str(shared)] if nodes > 1 else []
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "_feed.py"), kind, "--records", str(records),
         "--page-size", str(page_size), *more],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url:
        raise SystemExit("the benchmark feed did not start")
    return proc, url
