"""Schedules -> APScheduler triggers, and the one check every schedule passes.

Where it sits: node registry (``schedule = "6h"`` or a 5-field cron line) -> **triggers** ->
the scheduler (:mod:`ops.schedule`), node health (:mod:`ops.health`) and the
operators' "next run". A schedule is valid exactly when APScheduler builds a trigger from it
that fires at least once: :func:`schedule_problem` is the check used when a node is
registered, changed or loaded, so no schedule that the scheduler would refuse is ever kept.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.messages import Message

_INTERVAL_RE = re.compile(r"^(\d+)\s*([smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_CRON_NAMES = ("minute", "hour", "day", "month", "day_of_week")
# crontab numbers weekdays from Sunday = 0 (and 7); APScheduler from Monday = 0
_DOW = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
SCHEDULE_HELP = 'an interval (30m, 6h, 1d) or a 5-field cron expression such as "0 3 * * *" (UTC)'


def interval_seconds(schedule: str) -> int | None:
    """``"6h"`` -> 21600; a cron expression (or anything else) -> None."""
    m = _INTERVAL_RE.match(schedule.strip())
    return int(m.group(1)) * _UNIT_SECONDS[m.group(2)] if m else None


def cron_fields(schedule: str) -> dict[str, str]:
    """A crontab line's five fields as APScheduler's keyword arguments.

    Weekday numbers 0-7 become names (crontab's Sunday = 0 and 7); other numbers are left as
    they are, so APScheduler refuses them. Raises ValueError when there are not five fields.
    """
    parts = schedule.split()
    if len(parts) != 5:
        raise ValueError(f"a cron expression has 5 fields, this one has {len(parts)}")
    parts[4] = re.sub(r"\d+", _weekday_name, parts[4])
    return dict(zip(_CRON_NAMES, parts, strict=True))


def _weekday_name(m: re.Match[str]) -> str:
    number = m.group()
    return _DOW[int(number)] if len(number) <= 2 and int(number) <= 7 else number


def make_trigger(schedule: str, jitter: int) -> IntervalTrigger | CronTrigger:
    """An APScheduler trigger for ``"6h"`` or a 5-field cron expression (UTC).

    Raises:
        ValueError: the schedule is not valid (:func:`schedule_problem` says why in words).
    """
    seconds = interval_seconds(schedule)
    jit = jitter or None
    if seconds:
        try:
            return IntervalTrigger(seconds=seconds, jitter=jit, timezone=UTC)
        except OverflowError as exc:
            raise ValueError(f"the interval {schedule.strip()} is too long") from exc
    return CronTrigger(**cron_fields(schedule), jitter=jit, timezone=UTC)


SCHEDULE_MESSAGES = {
    "schedule.not_text": "schedule: {value} is not a schedule; expected " + SCHEDULE_HELP,
    "schedule.too_long": "schedule: a {n}-character value is not a schedule; " + SCHEDULE_HELP,
    "schedule.zero": "schedule: '{value}' is an interval of zero; expected " + SCHEDULE_HELP,
    "schedule.invalid": "schedule: '{value}' is not valid: {detail}; expected " + SCHEDULE_HELP,
    "schedule.never": "schedule: '{value}' never fires (no date matches it)",
}
"""Why a schedule is refused, by code (:class:`core.messages.Message`); ``detail`` is
APScheduler's own (English) words about the faulty cron field."""


def schedule_problem(schedule: object) -> Message | None:
    """Why ``schedule`` cannot be scheduled (a sentence naming it), or None when it can.

    The check is APScheduler's own: the trigger is built and asked for its next firing.
    """

    def say(code: str, **params: Any) -> Message:
        return Message(SCHEDULE_MESSAGES, code, **params)

    if not isinstance(schedule, str) or not schedule.strip():
        return say("schedule.not_text", value=repr(schedule))
    if len(schedule) > 200:
        return say("schedule.too_long", n=len(schedule))
    if interval_seconds(schedule) == 0:
        return say("schedule.zero", value=schedule)
    try:
        trigger = make_trigger(schedule, 0)
        first = trigger.get_next_fire_time(None, datetime.now(UTC))
    except (ValueError, TypeError, OverflowError, KeyError) as exc:
        return say("schedule.invalid", value=schedule, detail=str(_cron_culprit(schedule) or exc))
    if first is None:
        return say("schedule.never", value=schedule)
    return None


def _cron_culprit(schedule: str) -> str | None:
    """The first cron field APScheduler refuses, named (``hour '24': ...``)."""
    try:
        fields = cron_fields(schedule)
    except ValueError as exc:
        return str(exc)
    for name, value in fields.items():
        try:
            CronTrigger(**{name: value}, timezone=UTC)
        except (ValueError, TypeError, KeyError) as exc:
            why = str(exc).replace("Error validating expression ", "")
            return f"{name.replace('_', ' ')} field '{value}': {why}"
    return None
