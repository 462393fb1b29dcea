"""Health changes -> the store and, for the states that need a person, a webhook.

Where it sits: called by the scheduler after every run and on its periodic check (stale
nodes fail silently: nothing runs to notice them). The webhook (``[alerts] webhook_url``)
receives one JSON ``POST`` per change of state:

- when a node *becomes* ``failing``, ``stale``, ``quarantined`` or ``misconfigured``;
- when it leaves such a state (``"resolved": true``).

The message carries ``text`` too, so chat webhooks (Slack, Mattermost) show it as is::

    {"event": "node_health", "node": "fr-chm", "state": "failing", "previous": "degraded",
     "resolved": false, "reason": "3 consecutive runs failed; ...", "at": "2026-...Z",
     "text": "chm: node fr-chm is failing: 3 consecutive runs failed; ..."}

A message that cannot be delivered is tried again at the next check, so a webhook outage does
not lose the alert; a delivered one is never repeated (``node_health.notified_state``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import requests

from core.clock import isoformat_z, utcnow
from core.config import Settings
from ops.health import ALERT_STATES, NodeHealth, compute_health
from store import Store

log = logging.getLogger(__name__)

PostFn = Callable[[str, dict[str, Any], float], bool]


def post_webhook(url: str, message: dict[str, Any], timeout: float) -> bool:
    """POST one JSON message; True when the receiver answered 2xx."""
    try:
        resp = requests.post(url, json=message, timeout=timeout)
    except requests.RequestException as exc:
        log.warning("alert webhook %s unreachable: %s", url, exc)
        return False
    if not 200 <= resp.status_code < 300:
        log.warning("alert webhook %s answered HTTP %s", url, resp.status_code)
        return False
    return True


def alert_message(h: NodeHealth, previous: str | None, now: str) -> dict[str, Any]:
    """The JSON message for one change of state."""
    resolved = h.state not in ALERT_STATES
    verb = f"is {h.state} again" if resolved else f"is {h.state}"
    text = f"chm: node {h.node_id} {verb}: {h.reason}"
    if resolved:
        text = f"chm: node {h.node_id} is no longer {previous}; now {h.state}: {h.reason}"
    return {
        "event": "node_health",
        "node": h.node_id,
        "state": h.state,
        "previous": previous,
        "resolved": resolved,
        "reason": h.reason,
        "at": now,
        "text": text,
    }


def update_health(
    settings: Settings,
    store: Store,
    *,
    now: datetime | None = None,
    post: PostFn = post_webhook,
) -> list[dict[str, Any]]:
    """Recompute every node's health, remember changes, send due alerts.

    Returns:
        The alert messages delivered during this call.
    """
    at = now or utcnow()
    stamp = isoformat_z(at)
    known = store.nodes.health_states()
    sent: list[dict[str, Any]] = []
    url = settings.alerts.webhook_url.strip()
    for node_id, h in compute_health(settings, store, at).items():
        old = known.get(node_id, {})
        if old.get("state") != h.state or old.get("detail") != h.reason:
            since = stamp if old.get("state") != h.state else old.get("since", stamp)
            store.nodes.set_health(node_id, h.state, since, h.reason)
        notified = old.get("notified_state")
        if notified == h.state:
            continue
        due = h.state in ALERT_STATES or notified in ALERT_STATES
        if not due:
            store.nodes.set_notified(node_id, h.state)
            continue
        message = alert_message(
            h, notified if notified in ALERT_STATES else old.get("state"), stamp
        )
        if not url:
            store.nodes.set_notified(node_id, h.state)
            log.warning("%s (no [alerts] webhook_url set)", message["text"])
            continue
        if post(url, message, settings.alerts.timeout):
            store.nodes.set_notified(node_id, h.state)
            sent.append(message)
    return sent
