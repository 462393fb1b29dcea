"""The clock: one ``utcnow`` to read (and patch in tests), one timestamp format.

Where it sits: ``core/`` is below every step of the flow; everything may import it.
"""

from __future__ import annotations

from datetime import datetime


def utcnow() -> datetime:
    """The current time in UTC (one place to patch in tests)."""
    from datetime import UTC

    return datetime.now(UTC)


def isoformat_z(dt: datetime) -> str:
    """``2026-11-22T09:00:00Z`` for an aware datetime."""
    from datetime import UTC

    return dt.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
