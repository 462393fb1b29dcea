"""Per-record warnings: values a mapping could read but not normalise, kept, never silent.

Where this sits: mappings and :mod:`mappings.complete` call :func:`note` when they drop or
fall back on a value (an unknown language, a coverage naming no country, a type no label
matches); the pipeline maps each record inside :func:`collecting` and writes what was noted
as warnings of the run (source id, field, value, reason), beside the run's errors. The record
itself is kept: a warning never rejects.
"""

from __future__ import annotations

import threading
from typing import Any

_STATE = threading.local()
MAX_VALUE = 300


class collecting:  # a class named as the function it replaced: ``with collecting()``
    """Collect the notes made by mapping code run inside the block (this thread only).

    Yields:
        the list the notes are appended to: ``{"field", "value", "message"}`` dicts.

    A class rather than a ``@contextmanager`` generator: the pipeline enters it once per
    record mapped, and a generator's set-up costs ~2 µs each time."""

    __slots__ = ("notes", "previous")

    def __enter__(self) -> list[dict[str, Any]]:
        self.previous = getattr(_STATE, "notes", None)
        self.notes: list[dict[str, Any]] = []
        _STATE.notes = self.notes
        return self.notes

    def __exit__(self, *exc: object) -> None:
        _STATE.notes = self.previous


def note(field: str, value: object, reason: str) -> None:
    """Record that ``value`` of ``field`` could not be normalised, and why.

    Does nothing outside :func:`collecting` (a mapping used on its own stays silent).
    """
    notes = getattr(_STATE, "notes", None)
    if notes is None:
        return
    shown = None if value is None else str(value)[:MAX_VALUE]
    entry = {"field": field, "value": shown, "message": f"{field}: {reason}"}
    if entry not in notes:
        notes.append(entry)
