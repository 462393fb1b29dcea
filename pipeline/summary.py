"""What a run reports while it goes and when it ends; how a run is stopped from outside.

:class:`RunSummary` is the live progress object (the CLI's progress line, the watchdog's
heartbeat) and the final summary (``chm harvest --json``, the run log). :class:`RunAborted`
is what the watchdog or an operator raises into a run to end it as ``aborted``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ProgressFn = Callable[["RunSummary"], None]


class RunAborted(Exception):
    """Stop a run now (the watchdog, an operator). ``kind`` is recorded as the error kind."""

    def __init__(self, message: str, kind: str = "watchdog") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class RunSummary:
    """What a run did; also the live progress object passed to ``progress``."""

    run_id: int
    node_id: str
    trigger: str
    status: str = "running"
    since: str | None = None
    resumed_from: str | None = None
    pages: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    rejected: int = 0
    bytes: int = 0
    error: str | None = None
    error_kind: str | None = None
    quarantined: int = 0  # deletions held for an operator (see pipeline.quarantine)
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        """Records seen (every outcome)."""
        return self.added + self.updated + self.unchanged + self.deleted + self.rejected

    @property
    def rate(self) -> float:
        """Records per second so far."""
        elapsed = time.monotonic() - self.started
        return self.records / elapsed if elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-able summary (``chm harvest --json``)."""
        d = {k: v for k, v in self.__dict__.items() if k != "started"}
        d["records"] = self.records
        d["rate"] = round(self.rate, 1)
        return d
