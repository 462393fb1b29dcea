"""Benchmark: the scheduler harvesting 200 simulated OAI-PMH nodes of 500 records each.

Run: ``.venv/bin/python bench/bench_scheduler.py [--nodes 200] [--records 500] [--workers 8]``

- the nodes are one OAI-PMH server in a child process (``/n<i>/oai``, pages of 100 records,
  oai_dc), so its memory and CPU are not counted;
- chm runs as ``chm scheduler`` would: persistent job store, ``max_concurrent`` workers,
  store + tantivy index in a temporary folder (no vocabulary enrichment);
- figures: wall time until every node has a successful run, records/s, peak RSS of the chm
  process, then the scheduler's own overhead with every node idle (CPU per node per hour,
  the cost of one housekeeping pass: registry sync + health of every node).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGE = 100
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
    "<responseDate>2026-01-01T00:00:00Z</responseDate>"
)
IDENTIFY = (
    HEAD + "<Identify><repositoryName>bench</repositoryName><baseURL>x</baseURL>"
    "<protocolVersion>2.0</protocolVersion><adminEmail>a@b.c</adminEmail>"
    "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp><deletedRecord>no"
    "</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>"
)


def _record(node: int, i: int) -> str:
    return (
        f"<record><header><identifier>oai:n{node}:{i}</identifier>"
        "<datestamp>2025-01-01T00:00:00Z</datestamp></header><metadata>"
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>Project {i} of node {node}: chemicals and waste management</dc:title>"
        f"<dc:description>Capacity building on hazardous chemicals, record {i}.</dc:description>"
        "<dc:subject>chemicals</dc:subject><dc:subject>waste</dc:subject>"
        "<dc:type>project</dc:type><dc:language>en</dc:language><dc:date>2021-05-01</dc:date>"
        "</oai_dc:dc></metadata></record>"
    )


def serve(port_q: multiprocessing.Queue, records: int) -> None:
    """The simulated nodes (child process)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            url = urlparse(self.path)
            node = int(url.path.split("/")[1][1:])
            q = parse_qs(url.query)
            if q.get("verb") == ["Identify"]:
                body = IDENTIFY
            else:
                start = int(q.get("resumptionToken", ["0"])[0])
                recs = "".join(_record(node, i) for i in range(start, min(start + PAGE, records)))
                tok = (
                    f"<resumptionToken>{start + PAGE}</resumptionToken>"
                    if start + PAGE < records
                    else ""
                )
                body = HEAD + f"<ListRecords>{recs}{tok}</ListRecords></OAI-PMH>"
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a: object) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    port_q.put(srv.server_address[1])
    srv.serve_forever()


def write_config(folder: Path, port: int, nodes: int, workers: int) -> Path:
    """config.toml with ``nodes`` nodes on the simulated server."""
    text = (
        '[storage]\npath = "var/chm.sqlite"\n[index]\nbackend = "tantivy"\npath = "var/index"\n'
        "[vocabulary]\nfiles = []\n[security]\nallow_private_hosts = true\n"
        f"[scheduler]\nmax_concurrent = {workers}\njitter = 0\nsync_seconds = 5\n"
        # this measures the scheduler; duplicate detection after each run (bench_matching
        # measures it) would add ~0.5 s per run here: every title is alike ("Project 17 of
        # node 3: ...") and each update holds the store's write lock
        "[matching]\nincremental = false\n"
    )
    for i in range(nodes):
        text += (
            f'\n[[nodes]]\nid = "n{i:03d}"\nurl = "http://127.0.0.1:{port}/n{i}/oai"\n'
            'schedule = "1h"\n'
        )
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=200)
    ap.add_argument("--records", type=int, default=500)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--idle-seconds", type=float, default=15.0)
    args = ap.parse_args()
    port_q: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(port_q, args.records), daemon=True)
    server.start()
    port = port_q.get(timeout=10)
    from ops.context import Context
    from ops.schedule import HarvestScheduler

    with tempfile.TemporaryDirectory() as tmp:
        ctx = Context.from_path(write_config(Path(tmp), port, args.nodes, args.workers))
        ctx.index  # noqa: B018  open the index before timing
        t0 = time.monotonic()
        sched = HarvestScheduler(ctx).start()
        done = _wait_all(ctx, args.nodes)
        wall = time.monotonic() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        total = ctx.store.records.count()
        print(f"nodes {args.nodes} x {args.records} records, {args.workers} workers")
        print(
            f"harvested {total} records in {wall:.1f} s ({total / wall:,.0f} records/s); "
            f"{done} successful runs; index {ctx.index.count()}"
        )
        print(f"peak RSS {rss:.0f} MiB")
        _idle(ctx, sched, args)
        sched.shutdown(wait=True)
        ctx.close()
    server.terminate()


def _wait_all(ctx: object, nodes: int) -> int:
    store = ctx.store  # type: ignore[attr-defined]
    while True:
        row = store.conn.execute("SELECT COUNT(DISTINCT node_id) FROM runs WHERE status='success'")
        done = int(row.fetchone()[0])
        if done >= nodes:
            return done
        time.sleep(0.2)


def _idle(ctx: object, sched: object, args: argparse.Namespace) -> None:
    cpu0, t0 = time.process_time(), time.monotonic()
    time.sleep(args.idle_seconds)
    cpu = time.process_time() - cpu0
    span = time.monotonic() - t0
    per_node_hour = cpu / span * 3600 / args.nodes
    print(
        f"idle: {cpu * 1000:.0f} ms CPU in {span:.0f} s with {args.nodes} idle jobs "
        f"(housekeeping every 5 s) = {per_node_hour * 1000:.1f} ms CPU per node per hour"
    )
    t = time.monotonic()
    sched.service.housekeeping()  # type: ignore[attr-defined]
    print(
        f"one housekeeping pass (re-read config, sync {args.nodes} jobs, health of every "
        f"node): {(time.monotonic() - t) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
