"""Real OpenSearch 2.19 nodes for the tests, started from the project's own Maven project.

``tests/servers/opensearch_node/`` is a small Maven project whose ``TestNode`` main starts the
server's own ``Node`` (Netty4 HTTP + transport, the common analysis module) in one JVM, bound
to 127.0.0.1 only, with its data under a folder the caller gives. It prints
``CHM_NODE_READY http=PORT transport=PORT`` when it serves, and stops when its standard input
closes, so a test run that dies never leaves a JVM behind.

- :func:`build` compiles it (``make search-node`` does the same; Maven offline once the
  artifacts are in ``~/.m2``).
- :class:`SearchNode` is one node process: ``start()``, ``stop()`` (SIGTERM), ``kill()``
  (SIGKILL, as a crashed machine), ``url``.
- :class:`SearchCluster` is three nodes on fixed loopback ports that discover each other
  (``discovery.seed_hosts``, ``cluster.initial_cluster_manager_nodes``), for failover tests.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Any

from tests.servers.ports import quiet_port

NODE_DIR = Path(__file__).resolve().parent / "opensearch_node"
MAIN_CLASS = "org.chm.searchnode.TestNode"
READY = "CHM_NODE_READY"
HEAP = os.environ.get("CHM_TEST_NODE_HEAP", "512m")
JVM_FLAGS = ("-XX:-UsePerfData", "-Dlog4j2.disable.jmx=true")
QUICK_START_FLAGS = (
    "-XX:+UseSerialGC",  # two cores shared by many: no parallel GC threads
    "-XX:TieredStopAtLevel=1",  # quick start, little JIT work: tests are not benchmarks
)
NODE_SETTINGS = ("-Enode.processors=1",)  # small thread pools on a shared machine


class NodeStartError(RuntimeError):
    """The test node could not be built or did not become ready; the message has its log."""


def classpath() -> str:
    """The node's classpath (compiled classes + every runtime jar Maven copied)."""
    return f"{NODE_DIR / 'target' / 'classes'}{os.pathsep}{NODE_DIR / 'target' / 'lib' / '*'}"


def is_built() -> bool:
    """True when the classes and jars are there and newer than the sources."""
    cls = NODE_DIR / "target" / "classes" / "org" / "chm" / "searchnode" / "TestNode.class"
    if not cls.exists() or not (NODE_DIR / "target" / "lib").is_dir():
        return False
    sources = [NODE_DIR / "pom.xml", *NODE_DIR.glob("src/**/*.java")]
    return all(src.stat().st_mtime <= cls.stat().st_mtime for src in sources)


def build() -> None:
    """Compile the node and copy its jars (offline first; online only the first time).

    Raises:
        NodeStartError: no ``mvn`` or ``java``, or the build failed (with Maven's output).
    """
    if is_built():
        return
    if shutil.which("mvn") is None or shutil.which("java") is None:
        raise NodeStartError("the OpenSearch test node needs java (17) and mvn on the PATH")
    goals = ["compile", "dependency:copy-dependencies"]
    for offline in (["-o"], []):
        done = subprocess.run(
            ["mvn", "-q", "-B", *offline, *goals], cwd=NODE_DIR, capture_output=True, text=True
        )
        if done.returncode == 0:
            return
    raise NodeStartError(f"building the OpenSearch test node failed:\n{done.stdout}{done.stderr}")


def free_ports(count: int) -> list[int]:
    """``count`` distinct ports free on 127.0.0.1 now, outside the ephemeral range (see ports)."""
    taken: set[int] = set()
    for _ in range(count):
        taken.add(quiet_port(taken=taken))
    return sorted(taken)


def http_json(url: str, method: str = "GET", timeout: float = 10.0) -> Any:
    """A JSON answer from a node (plain urllib: the test harness does not use chm's client)."""
    req = urllib.request.Request(url, method=method)
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read() or b"null")


class SearchNode:
    """One OpenSearch node process (see the module docstring).

    Args:
        home: the node's folder (config, data, logs); kept across restarts.
        name: ``node.name``.
        http_port / transport_port: 0 for any free port (single node); fixed for a cluster.
        seed_hosts / cluster_managers: for a multi-node cluster; without them, single-node.
    """

    def __init__(
        self,
        home: Path,
        name: str = "chm-test-node",
        *,
        cluster: str = "chm-test",
        http_port: int = 0,
        transport_port: int = 0,
        seed_hosts: list[str] | None = None,
        cluster_managers: list[str] | None = None,
        heap: str = HEAP,
        quick_start: bool = True,
    ) -> None:
        self.home = Path(home)
        self.heap = heap
        self.quick_start = quick_start  # C1 only: starts fast, searches slower (not benchmarks)
        self.name = name
        self.cluster = cluster
        self.http_port = http_port
        self.transport_port = transport_port
        self.seed_hosts = seed_hosts
        self.cluster_managers = cluster_managers
        self.proc: subprocess.Popen[str] | None = None
        self._log: IO[str] | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` of the node's REST API."""
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def log_path(self) -> Path:
        """Where the node's standard error (warnings, errors) goes."""
        return self.home / "node.log"

    def command(self) -> list[str]:
        """The java command line."""
        args = ["--home", str(self.home), "--name", self.name, "--cluster", self.cluster,
                "--http-port", str(self.http_port),
                "--transport-port", str(self.transport_port)]  # fmt: skip
        if self.seed_hosts:
            args += ["--seed-hosts", ",".join(self.seed_hosts)]
            args += ["--cluster-managers", ",".join(self.cluster_managers or [])]
        jvm = [f"-Xms{self.heap}", f"-Xmx{self.heap}", *JVM_FLAGS]
        if self.quick_start:
            jvm += QUICK_START_FLAGS
            args += NODE_SETTINGS
        return ["java", *jvm, "-cp", classpath(), MAIN_CLASS, *args]

    def launch(self) -> None:
        """Start the JVM without waiting (see :meth:`wait_ready`)."""
        if self.proc is not None and self.proc.poll() is None:
            raise NodeStartError(f"node {self.name} is already running")
        self.home.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(
            self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
            text=True, start_new_session=True,
        )  # fmt: skip

    def wait_ready(self, timeout: float = 180.0) -> None:
        """Block until the node prints its ready line; raise NodeStartError with its log."""
        proc = self.proc
        assert proc is not None and proc.stdout is not None
        found: dict[str, str] = {}

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(READY):
                    found.update(p.split("=", 1) for p in line.split()[1:])
                    break

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout)
        if not found:
            self.kill()
            tail = self.log_path.read_text(errors="replace")[-4000:]
            raise NodeStartError(f"OpenSearch node {self.name} did not start:\n{tail}")
        self.http_port = int(found["http"])
        self.transport_port = int(found["transport"])

    def start(self, timeout: float = 180.0) -> SearchNode:
        """Start and wait until it serves HTTP."""
        self.launch()
        self.wait_ready(timeout)
        return self

    def alive(self) -> bool:
        """True while the process runs."""
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """``kill -9``: the node dies as a crashed machine would."""
        if self.alive():
            assert self.proc is not None
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)
        self._close()

    def stop(self) -> None:
        """Stop cleanly (SIGTERM, then SIGKILL after 30 s)."""
        if self.alive():
            assert self.proc is not None
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close()

    def _close(self) -> None:
        if self.proc is not None:
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
        if self._log is not None:
            self._log.close()
            self._log = None


class SearchCluster:
    """Three nodes on fixed loopback ports, all cluster-manager eligible (a quorum of 2).

    ``urls`` lists every node's HTTP URL (a client given all three fails over by itself).
    Ports stay fixed across :meth:`restart`, so the others find a restarted node again.
    """

    ATTEMPTS = 3  # a port taken between the pick and the JVM's bind: start again on others

    def __init__(self, home: Path, size: int = 3, name: str = "chm-failover") -> None:
        self.home = Path(home)
        self.size = size
        self.name = name
        self.nodes = self._nodes()

    def _nodes(self) -> list[SearchNode]:
        names = [f"n{i}" for i in range(1, self.size + 1)]
        ports = free_ports(2 * self.size)
        transports, https = ports[: self.size], ports[self.size :]
        seeds = [f"127.0.0.1:{p}" for p in transports]
        return [
            SearchNode(self.home / n, n, cluster=self.name, http_port=h, transport_port=t,
                       seed_hosts=seeds, cluster_managers=names)
            for n, t, h in zip(names, transports, https, strict=True)
        ]  # fmt: skip

    @property
    def urls(self) -> list[str]:
        """Every node's REST URL."""
        return [n.url for n in self.nodes]

    def start(self) -> SearchCluster:
        """Start every node at once, then wait for them and for the cluster to form.

        A node that could not bind its port (another process took it after it was picked)
        makes the whole cluster start again, from empty folders, on new ports.
        """
        for attempt in range(1, self.ATTEMPTS + 1):
            try:
                for node in self.nodes:
                    node.launch()
                for node in self.nodes:
                    node.wait_ready()
                break
            except NodeStartError as err:
                self.stop()
                if "Address already in use" not in str(err) or attempt == self.ATTEMPTS:
                    raise
                for node in self.nodes:
                    shutil.rmtree(node.home, ignore_errors=True)
                self.nodes = self._nodes()
        self.wait_for_status("green", len(self.nodes))
        return self

    def restart(self, i: int) -> None:
        """Start node ``i`` again on its ports and data (after :meth:`kill`)."""
        self.nodes[i].start()

    def health(self) -> dict[str, Any]:
        """``_cluster/health`` from the first node that answers."""
        for node in self.nodes:
            if node.alive():
                try:
                    return dict(http_json(f"{node.url}/_cluster/health"))
                except (OSError, urllib.error.URLError):
                    continue
        return {"status": "unreachable", "number_of_nodes": 0}

    def wait_for_status(self, status: str, nodes: int, timeout: float = 120.0) -> dict[str, Any]:
        """Poll until the cluster has ``nodes`` nodes and ``status`` (green/yellow)."""
        order = {"red": 0, "yellow": 1, "green": 2}
        deadline = time.monotonic() + timeout
        health: dict[str, Any] = {}
        while time.monotonic() < deadline:
            health = self.health()
            have = order.get(str(health.get("status")), -1)
            if have >= order[status] and health.get("number_of_nodes") == nodes:
                return health
            time.sleep(0.5)
        raise NodeStartError(f"cluster not {status} with {nodes} nodes in {timeout}s: {health}")

    def stop(self) -> None:
        """Stop every node."""
        for node in self.nodes:
            node.stop()


class FaultProxy:
    """A forwarding HTTP proxy in front of a real node that spoils the first ``_bulk`` requests.

    ``mode`` says how, for the first ``count`` bulk requests:

    - ``"drop"``: the connection is closed without an answer (a node that died mid-request);
    - ``"busy"``: the request is forwarded, then every item of the node's answer is turned into
      a 429 ``es_rejected_execution_exception`` (a full write queue). The documents are written
      on the node, as happens when a retried write had in fact been applied.

    Every other request is forwarded unchanged. ``bulk_seen`` counts bulk requests.
    """

    def __init__(self, target: str, mode: str = "drop", count: int = 1) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.target, self.mode, self.count = target, mode, count
        self.bulk_seen = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _any(self) -> None:
                proxy.handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def handle(self, req: Any) -> None:
        """Forward one request (see the class docstring for the faults)."""
        length = int(req.headers.get("content-length") or 0)
        body = req.rfile.read(length) if length else None
        fault = None
        if req.path.split("?")[0].endswith("/_bulk"):
            with self._lock:
                self.bulk_seen += 1
                fault = self.mode if self.bulk_seen <= self.count else None
        if fault == "drop":
            req.close_connection = True
            req.connection.shutdown(socket.SHUT_RDWR)
            return
        headers = {k: v for k, v in req.headers.items() if k.lower() in ("content-type",)}
        forward = urllib.request.Request(self.target + req.path, data=body, method=req.command,
                                         headers=headers)  # fmt: skip
        try:
            with urllib.request.urlopen(forward, timeout=60) as resp:
                status, data, ctype = resp.status, resp.read(), resp.headers.get("content-type")
        except urllib.error.HTTPError as err:
            status, data, ctype = err.code, err.read(), err.headers.get("content-type")
        if fault == "busy":
            answer = json.loads(data)
            for item in answer.get("items", []):
                for info in item.values():
                    info["status"] = 429
                    reason = "rejected execution (queue capacity 10000)"
                    info["error"] = {"type": "es_rejected_execution_exception", "reason": reason}
            answer["errors"] = True
            data = json.dumps(answer).encode()
        req.send_response(status)
        req.send_header("content-type", ctype or "application/json")
        req.send_header("content-length", str(len(data)))
        req.end_headers()
        if req.command != "HEAD":
            req.wfile.write(data)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
