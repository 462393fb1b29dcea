"""Index lag: how far the index is behind the store, and an alert when it stops catching up.

Where it sits: ``/healthz``, ``/operators`` and ``/metrics`` show :func:`index_lag_status`;
the scheduler's periodic check calls :func:`check_index_lag` with the webhook. The lag is the
real difference between the store's newest change sequence and the sequence the index has
committed (read afresh: another process may have written it), whoever wrote either.

A lag is *stuck* when it is above zero and the index has not applied anything (its sequence
did not move, and the lag did not shrink) for ``[alerts] index_lag_seconds`` (default 300):
nobody holds the index writer, or its holder cannot write (a cluster down, a full disk). The
webhook gets one message when the lag becomes stuck and one when it is resolved::

    {"event": "index_lag", "state": "stuck", "resolved": false, "lag": 1200,
     "text": "chm: the search index is 1200 changes behind the store and has not caught up
              for 312 s (index writer: none)", ...}

The last assessment is kept in the store's ``meta`` table (``index_lag``), so every process
judges the same history.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from core.clock import isoformat_z, utcnow
from core.config import Settings
from index.base import IndexBackend
from index.follower import index_lag
from ops.alerts import PostFn, post_webhook
from store import Store

log = logging.getLogger(__name__)

META_KEY = "index_lag"


def assess_lag(
    prev: dict[str, Any] | None, lag: int, index_seq: int, now: float, stuck_after: float
) -> dict[str, Any]:
    """The new lag state from the previous one and a fresh measure.

    ``since`` is when the index last made progress (or the lag appeared); the state is
    ``ok`` (no lag), ``behind`` (a lag that is being worked off, or is young) or ``stuck``.
    """
    if lag <= 0:
        return {"state": "ok", "lag": 0, "index_seq": index_seq, "since": now}
    progressed = (
        prev is None
        or prev.get("state") == "ok"
        or index_seq > int(prev.get("index_seq", 0))
        or lag < int(prev.get("lag", 0))
    )
    since = now if progressed or prev is None else float(prev.get("since", now))
    state = "stuck" if now - since >= stuck_after else "behind"
    return {"state": state, "lag": lag, "index_seq": index_seq, "since": since}


def _load(store: Store) -> dict[str, Any] | None:
    raw = store.meta.get(META_KEY)
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def index_lag_status(
    settings: Settings, store: Store, index: IndexBackend, now: float | None = None
) -> dict[str, Any]:
    """Measure the lag, judge it against the stored history, remember the judgement.

    Returns:
        ``{"store_seq", "index_seq", "lag", "state", "stuck_for", "writer"}`` (``error`` and
        ``state: "unavailable"`` when the index cannot be read).
    """
    at = time.time() if now is None else now
    measured = index_lag(store, index)
    if measured.get("lag") is None:
        return {**measured, "state": "unavailable"}
    stuck_after = float(settings.alerts.index_lag_seconds)
    prev = _load(store)
    new = assess_lag(prev, int(measured["lag"]), int(measured["index_seq"]), at, stuck_after)
    if prev is not None and prev.get("notified") is not None:
        new["notified"] = prev["notified"]  # what the webhook last announced
    store.meta.set(META_KEY, json.dumps(new))
    stuck_for = round(at - new["since"], 1) if new["state"] != "ok" else 0.0
    return {**measured, "state": new["state"], "stuck_for": stuck_for}


def lag_message(status: dict[str, Any], previous: str | None, now: str) -> dict[str, Any]:
    """The webhook message for a lag that became stuck, or recovered."""
    writer = status.get("writer")
    who = f"process {writer['pid']} ({writer['label']}) on {writer['host']}" if writer else "none"
    resolved = status["state"] != "stuck"
    if resolved:
        text = f"chm: the search index caught up again (lag {status['lag']}, was {previous})"
    else:
        text = (
            f"chm: the search index is {status['lag']} changes behind the store and has not "
            f"caught up for {status['stuck_for']:.0f} s (index writer: {who})"
        )
    return {
        "event": "index_lag",
        "state": status["state"],
        "previous": previous,
        "resolved": resolved,
        "lag": status["lag"],
        "store_seq": status["store_seq"],
        "index_seq": status["index_seq"],
        "at": now,
        "text": text,
    }


def check_index_lag(
    settings: Settings, store: Store, index: IndexBackend, *, post: PostFn = post_webhook
) -> dict[str, Any] | None:
    """The periodic check: alert once when the lag becomes stuck, once when it recovers.

    Returns:
        The message delivered (or logged, without a webhook), else None.
    """
    status = index_lag_status(settings, store, index)
    if status["state"] == "unavailable":
        return None
    state = _load(store) or {}
    notified = state.get("notified")
    stuck = status["state"] == "stuck"
    if (notified == "stuck") == stuck:
        return None
    message = lag_message(status, notified, isoformat_z(utcnow()))
    url = settings.alerts.webhook_url.strip()
    if url and not post(url, message, settings.alerts.timeout):
        return None  # tried again at the next check
    if not url:
        log.warning("%s (no [alerts] webhook_url set)", message["text"])
    state["notified"] = "stuck" if stuck else None
    store.meta.set(META_KEY, json.dumps(state))
    return message
