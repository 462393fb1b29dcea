"""Per-record warnings: values a mapping could read but not normalise, kept, never silent.

Where this sits: mappings and :mod:`mappings.complete` call :func:`note` when they drop or
fall back on a value (an unknown language, a coverage naming no country, a type no label
matches); the pipeline maps each record inside :func:`collecting` and writes what was noted
as warnings of the run (source id, field, value, reason), beside the run's errors. The record
itself is kept: a warning never rejects.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_STATE = threading.local()
MAX_VALUE = 300


@contextmanager
def collecting() -> Iterator[list[dict[str, Any]]]:
    """Collect the notes made by mapping code run inside the block (this thread only).

    Yields:
        the list the notes are appended to: ``{"field", "value", "message"}`` dicts.
    """
    previous = getattr(_STATE, "notes", None)
    notes: list[dict[str, Any]] = []
    _STATE.notes = notes
    try:
        yield notes
    finally:
        _STATE.notes = previous


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
