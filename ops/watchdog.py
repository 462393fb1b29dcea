"""The watchdog: aborts a harvest that stops making progress.

Where it sits: the scheduler (:mod:`ops.schedule`) wraps every run it starts in a
:class:`Guard`. Progress is a committed page: the pipeline's ``progress`` callback is the
heartbeat. One monitor thread checks every guard; when a run has committed nothing for
``[scheduler] watchdog_seconds``, its guard is cancelled:

- the sockets of the run's HTTP client are shut down, so a read blocked on a node that
  hangs (or trickles bytes) returns at once instead of waiting for the request timeout;
- the next heartbeat, request or retry back-off raises :class:`~pipeline.summary.RunAborted`,
  and the run ends ``aborted`` with the reason in plain words. Pages already committed stay,
  and the next run resumes after the last one.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests

from core.config import HarvestSettings
from harvesters.http import HttpClient
from harvesters.urlguard import UrlPolicy, pinned_client
from pipeline.summary import RunAborted, RunSummary

log = logging.getLogger(__name__)


class Guard:
    """The watchdog's handle on one run: heartbeat, cancellation and the run's sockets."""

    def __init__(self, node_id: str, timeout: float) -> None:
        self.node_id = node_id
        self.timeout = timeout
        self.last_beat = time.monotonic()
        self.reason: str | None = None
        self.kind = "watchdog"
        self._cancelled = threading.Event()
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()

    @property
    def cancelled(self) -> bool:
        """Whether the run has been told to stop."""
        return self._cancelled.is_set()

    def beat(self, summary: RunSummary | None = None) -> None:
        """Progress callback: a page was committed. Raises RunAborted once cancelled."""
        self.check()
        self.last_beat = time.monotonic()

    def check(self, url: str | None = None) -> None:
        """Raise :class:`RunAborted` if the run was cancelled (also the HTTP client's guard)."""
        if self._cancelled.is_set():
            raise RunAborted(self.reason or "aborted", self.kind)

    def sleep(self, seconds: float) -> None:
        """A retry back-off that ends early, with RunAborted, when the run is cancelled."""
        if self._cancelled.wait(seconds):
            raise RunAborted(self.reason or "aborted", self.kind)

    def idle(self) -> float:
        """Seconds since the last committed page (or the start)."""
        return time.monotonic() - self.last_beat

    def cancel(self, reason: str, kind: str = "watchdog") -> None:
        """Tell the run to stop and unblock any read it is waiting on."""
        self.reason, self.kind = reason, kind
        self._cancelled.set()
        for sock in list(self._sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def track(self, sock: socket.socket) -> None:
        """Remember a socket the run's HTTP client opened."""
        self._sockets.add(sock)

    def client(self, settings: HarvestSettings, policy: UrlPolicy | None = None) -> HttpClient:
        """An HTTP client for this run whose requests and back-offs obey the guard, whose
        sockets the guard can shut, and which (with ``policy``) checks every URL and
        connects only to each host's pinned, checked address."""
        session = _GuardedSession(self)
        if policy is None:
            policy = UrlPolicy(allow_private_hosts=True)  # tests and tools: no address rule
        return pinned_client(settings, policy, session=session, on_socket=self.track,
                             sleep=self.sleep)  # fmt: skip


class _GuardedSession(requests.Session):
    """A session that refuses to start a request once its run is cancelled."""

    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self._guard = guard

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        """Check the guard, then send."""
        self._guard.check()
        return super().request(*args, **kwargs)


class Watchdog:
    """One monitor thread for every guarded run.

    Example::

        dog = Watchdog(timeout=600)
        with dog.watch("fr-chm") as guard:
            run_node(..., progress=guard.beat, harvester_kwargs={"client": guard.client(hs)})
    """

    def __init__(self, timeout: float, poll: float | None = None) -> None:
        self.timeout = timeout
        self.poll = poll if poll is not None else max(0.05, min(timeout / 5, 5.0))
        self._guards: set[Guard] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watch(self, node_id: str) -> Iterator[Guard]:
        """Guard one run for the duration of the ``with`` block."""
        guard = Guard(node_id, self.timeout)
        with self._lock:
            self._guards.add(guard)
            self._ensure_thread()
        try:
            yield guard
        finally:
            with self._lock:
                self._guards.discard(guard)

    def active(self) -> list[Guard]:
        """Guards of the runs going on now."""
        with self._lock:
            return list(self._guards)

    def check_once(self) -> list[Guard]:
        """Cancel every run idle for longer than the timeout; return those cancelled."""
        fired = []
        for guard in self.active():
            if not guard.cancelled and guard.idle() > guard.timeout:
                guard.cancel(
                    f"aborted by the watchdog: no page committed for {guard.timeout:g} s "
                    "(the node stopped answering or answers too slowly); committed pages are "
                    "kept and the next run resumes after the last one"
                )
                log.warning("%s: %s", guard.node_id, guard.reason)
                fired.append(guard)
        return fired

    def stop(self, cancel_runs: bool = False) -> None:
        """Stop the monitor thread; with ``cancel_runs``, stop every guarded run too (they end
        ``aborted`` / ``interrupted`` and the next start resumes them)."""
        self._stop.set()
        if cancel_runs:
            for guard in self.active():
                guard.cancel("chm was stopped during the run; the next run resumes", "interrupted")

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="chm-watchdog", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self.poll):
            self.check_once()
