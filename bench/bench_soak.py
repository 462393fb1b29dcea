"""Soak benchmark: chm serve and CLI harvests on one store for minutes, under a search load.

Run: ``.venv/bin/python bench/bench_soak.py [--minutes 10] [--nodes 5] [--records 2000]
[--schedule 30s] [--search-rate 5] [--cli-every 20]``

- the nodes are OAI-PMH endpoints in a child process (``/n<i>/oai``, pages of 200, oai_dc)
  whose records keep changing: record ``i`` gets a new version every 20-155 s, so every
  incremental harvest finds some changed records (the server's clock is the real one);
- ``chm serve`` runs with every node on a short schedule (``--schedule``), so its scheduler
  harvests all the time and its follower applies what anyone commits;
- beside it, a ``chm harvest <random node>`` starts every ``--cli-every`` seconds (the
  operator's shell), committing to the same store;
- a search load (``--search-rate`` requests/s of ``/api/search``, a few query shapes);
- every 2 s: ``/healthz`` (store sequence minus the index's committed sequence: the lag) and
  the resident memory of ``chm serve`` and its children.

Prints and writes ``bench/out/soak.json``: lag p50/p95/max, memory per minute, search
latency p50/p95, errors (searches that failed, CLI harvests that failed, tracebacks).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._util import OUT, free_port, machine, wait_port  # noqa: E402

PAGE = 200
T0 = time.time()
QUERIES = ("chemicals", "waste management", "mercury", "capacity building", "record 12*", "")


def _stamp(t: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def _version(i: int, now: float) -> tuple[int, float]:
    """Record i's version now and when it changed (every 20-155 s, its own phase)."""
    period = 20 + (i % 10) * 15
    phase = (i * 7) % period
    n = max(0, int((now - T0 - phase) // period))
    return n, T0 + phase + n * period if n else T0 - 86400


def _record(node: int, i: int, now: float) -> tuple[float, str]:
    version, changed = _version(i, now)
    return changed, (
        f"<record><header><identifier>oai:n{node}:{i}</identifier>"
        f"<datestamp>{_stamp(changed)}</datestamp></header><metadata>"
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>Record {i} of node {node}, version {version}: chemicals and waste</dc:title>"
        f"<dc:description>Capacity building on hazardous chemicals, record {i}.</dc:description>"
        "<dc:subject>chemicals</dc:subject><dc:subject>mercury</dc:subject>"
        "<dc:type>project</dc:type><dc:language>en</dc:language><dc:date>2021</dc:date>"
        "</oai_dc:dc></metadata></record>"
    )


def _serve_nodes(port: int, records: int) -> None:
    head = '<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            url = urlparse(self.path)
            node = int(url.path.split("/")[1][1:])
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            now = time.time()
            body = head + f"<responseDate>{_stamp(now)}</responseDate>"
            if q.get("verb") == "Identify":
                body += (
                    "<Identify><repositoryName>soak</repositoryName><baseURL>x</baseURL>"
                    "<protocolVersion>2.0</protocolVersion><adminEmail>a@b.c</adminEmail>"
                    "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp>"
                    "<deletedRecord>no</deletedRecord>"
                    "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>"
                )
            else:
                token = q.get("resumptionToken")
                since, offset = token.split("|") if token else (q.get("from", ""), "0")
                listed = []
                for i in range(records):
                    changed, xml = _record(node, i, now)
                    if not since or _stamp(changed) >= since:
                        listed.append(xml)
                off = int(offset)
                if not listed:
                    body += '<error code="noRecordsMatch">none</error>'
                else:
                    page = "".join(listed[off : off + PAGE])
                    if off + PAGE < len(listed):
                        page += f"<resumptionToken>{since}|{off + PAGE}</resumptionToken>"
                    body += f"<ListRecords>{page}</ListRecords>"
            data = (body + "</OAI-PMH>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    server.serve_forever()


def _config(folder: Path, port: int, nodes: int, schedule: str) -> Path:
    lines = [
        '[storage]\npath = "var/chm.sqlite"',
        '[index]\nbackend = "tantivy"\npath = "var/index"',
        "[harvest]\ntimeout = 30\nmax_retries = 1",
        "[vocabulary]\nfiles = []",
        "[security]\nallow_private_hosts = true",
        "[scheduler]\nmax_concurrent = 2\njitter = 0\nsync_seconds = 5",
        'job_store = "var/jobs.sqlite"',
    ]
    for n in range(nodes):
        lines.append(
            f'[[nodes]]\nid = "n{n}"\nprotocol = "oai-pmh"\n'
            f'url = "http://127.0.0.1:{port}/n{n}/oai"\nschedule = "{schedule}"'
        )
    path = folder / "config.toml"
    path.write_text("\n\n".join(lines) + "\n")
    return path


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and every process below it, in MB."""
    total = 0.0
    todo, seen = [pid], set()
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo += children.get(p, [])
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def _get(url: str, timeout: float = 30) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read())


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--nodes", type=int, default=5)
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--schedule", default="30s")
    ap.add_argument("--search-rate", type=float, default=5.0)
    ap.add_argument("--cli-every", type=float, default=20.0)
    args = ap.parse_args()

    rng = random.Random(16)
    tmp = Path(tempfile.mkdtemp(prefix="chm-soak-"))
    node_port = free_port()
    nodes = multiprocessing.get_context("spawn").Process(
        target=_serve_nodes, args=(node_port, args.records), daemon=True
    )
    nodes.start()
    wait_port(node_port)
    cfg = _config(tmp, node_port, args.nodes, args.schedule)
    port = free_port()
    logs = tmp / "logs"
    logs.mkdir()
    serve = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "--config", str(cfg), "serve", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=(logs / "serve.err").open("wb"),
    )
    wait_port(port, 60)
    base = f"http://127.0.0.1:{port}"
    stop = threading.Event()
    lags: list[tuple[float, int]] = []
    rss: list[tuple[float, float]] = []
    latencies: list[float] = []
    failures = {"search": 0, "cli": 0}
    clis: list[subprocess.Popen[bytes]] = []

    def searches() -> None:
        while not stop.is_set():
            q = urllib.request.quote(rng.choice(QUERIES))
            t = time.perf_counter()
            try:
                _get(f"{base}/api/search?q={q}")
                latencies.append(time.perf_counter() - t)
            except Exception:
                failures["search"] += 1
            stop.wait(1 / args.search_rate)

    def sampler() -> None:
        while not stop.is_set():
            t = time.monotonic() - start
            try:
                health = _get(f"{base}/healthz")
                lags.append((t, int(health["index"]["lag"])))
            except Exception:
                pass
            rss.append((t, _rss_mb(serve.pid)))
            stop.wait(2.0)

    start = time.monotonic()
    threads = [threading.Thread(target=f, daemon=True) for f in (searches, sampler)]
    for th in threads:
        th.start()
    next_cli = start + args.cli_every
    try:
        while time.monotonic() - start < args.minutes * 60:
            if time.monotonic() >= next_cli:
                node = f"n{rng.randrange(args.nodes)}"
                err = (logs / f"cli-{len(clis):03d}.err").open("wb")
                cmd = [sys.executable, "-m", "cli.main", "--config", str(cfg), "harvest", node]
                clis.append(subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err))
                next_cli += args.cli_every
            time.sleep(0.5)
    finally:
        stop.set()
        for th in threads:
            th.join(10)
        for proc in clis:
            if proc.wait(300) != 0:
                failures["cli"] += 1
        serve.terminate()
        serve.wait(30)
        nodes.terminate()
    tracebacks = sum("Traceback" in f.read_text(errors="replace") for f in logs.iterdir())
    lag_values = [float(v) for _t, v in lags]
    per_minute: dict[int, list[float]] = {}
    for t, mb in rss:
        per_minute.setdefault(int(t // 60), []).append(mb)
    result = {
        "machine": machine(),
        "args": vars(args),
        "samples": len(lags),
        "lag": {
            "p50": _pct(lag_values, 50),
            "p95": _pct(lag_values, 95),
            "max": max(lag_values, default=float("nan")),
            "last": lag_values[-1] if lag_values else None,
        },
        "rss_mb_per_minute": {
            m: {"mean": round(statistics.fmean(v), 1), "max": round(max(v), 1)}
            for m, v in sorted(per_minute.items())
        },
        "search_s": {"p50": _pct(latencies, 50), "p95": _pct(latencies, 95), "n": len(latencies)},
        "failures": failures,
        "cli_harvests": len(clis),
        "tracebacks": tracebacks,
        "folder": str(tmp),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "soak.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
