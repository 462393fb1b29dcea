"""Schedules are checked by APScheduler's own parser wherever they enter (registration,
change, `chm nodes add`, config.toml), and a bad schedule stored before that check existed
never takes down /api/status, /operators, `chm status` or the scheduler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.main import main
from core.config import ConfigError, check_node, dump_nodes_toml, load_settings
from core.triggers import make_trigger, schedule_problem
from ops.context import Context
from ops.schedule import HarvestScheduler, sync_jobs
from registration.registry import Actor
from search_api.app import create_app
from tests.registration.helpers import OPERATOR_TOKEN, bearer, registration, write_config

BAD = ("0 24 * * *", "60 * * * *", "*/0 * * * *", "0 0 30 2 *", "0 3 * * 8", "0s", "1 2 3", "")


@pytest.mark.parametrize("schedule", BAD)
def test_bad_schedules_are_named(schedule: str) -> None:
    why = schedule_problem(schedule)
    assert why is not None and why.startswith("schedule:")
    _, errs = check_node({"id": "x", "url": "http://e.org/", "schedule": schedule})
    assert errs == [why]


def test_the_reason_names_the_field() -> None:
    why = schedule_problem("0 24 * * *") or ""
    assert "hour field '24'" in why and "23" in why
    assert "never fires" in (schedule_problem("0 0 31 2 *") or "")


@pytest.mark.parametrize("schedule", ["6h", "30m", "1d", "2w", "0 3 * * *", "*/15 * * * 1-5",
                                      "0 3 * * 0", "0 3 * * 7", "0 6 1 * MON"])  # fmt: skip
def test_good_schedules_pass(schedule: str) -> None:
    assert schedule_problem(schedule) is None


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=40),
        st.lists(
            st.text(alphabet="0123456789*/,-?LW#abcdefghijklmnopqrstuvwxyzMONSU", max_size=12),
            min_size=5,
            max_size=5,
        ).map(" ".join),
        st.integers(min_value=0, max_value=10**30).map(lambda n: f"{n}h"),
    )
)
def test_any_schedule_is_either_accepted_by_apscheduler_or_refused(schedule: str) -> None:
    """The check never raises; what it accepts, APScheduler builds and fires."""
    why = schedule_problem(schedule)
    if why is None:
        from datetime import UTC, datetime

        assert make_trigger(schedule, 30).get_next_fire_time(None, datetime.now(UTC))
    else:
        assert why.startswith("schedule:")


# ---- every way in refuses a bad schedule with a 4xx naming it ---------------------------


def test_api_register_patch_and_validate_refuse_bad_schedules(
    client: TestClient, ctx: Context, oai_url: str
) -> None:
    r = client.post("/api/nodes", json=registration("sn-bad", oai_url, schedule="0 24 * * *"))
    assert r.status_code == 400, r.text
    assert "schedule" in r.json()["error"] and "hour field '24'" in r.json()["error"]
    assert "sn-bad" not in {n.id for n in ctx.settings.nodes}

    r = client.post("/api/validate", json={"url": oai_url, "schedule": "*/0 * * * *"})
    assert r.status_code == 400 and "schedule" in r.json()["error"]

    key = ctx.registry.register(
        check_node({"id": "sn-ok", "url": oai_url}, source="local")[0],  # type: ignore[arg-type]
        {"email": "a@b.org"},
        "active",
        Actor("anonymous", "testclient"),
    )
    r = client.patch("/api/nodes/sn-ok", json={"schedule": "0 24 * * *"}, headers=bearer(key))
    assert r.status_code == 400 and "hour field '24'" in r.json()["error"]
    assert ctx.settings.node("sn-ok").schedule == "1d"  # nothing stored


def test_cli_add_and_config_refuse_bad_schedules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path)
    code = main(["--config", str(cfg), "nodes", "add", "x", "--protocol", "oai-pmh",
                 "--url", "http://127.0.0.1:9/oai", "--schedule", "0 24 * * *"])  # fmt: skip
    assert code == 2
    assert "hour field '24'" in capsys.readouterr().err
    assert not (tmp_path / "nodes.local.toml").exists()

    bad = write_config(
        tmp_path, nodes='[[nodes]]\nid = "fr"\nurl = "http://e.org/oai"\nschedule = "0 24 * * *"\n'
    )
    with pytest.raises(ConfigError) as err:
        load_settings(bad)
    assert "nodes[0] (id 'fr').schedule: '0 24 * * *' is not valid" in str(err.value)


# ---- a bad schedule stored before the check takes nothing down ---------------------------


@pytest.fixture
def stored_bad(tmp_path: Path, oai_url: str) -> Path:
    """A registry whose nodes.local.toml holds a schedule written before the check
    (``0 24 * * *``) next to a good node, as an old chm left it."""
    cfg = write_config(tmp_path)
    nodes = [
        {"id": "good", "url": oai_url, "protocol": "oai-pmh", "schedule": "6h"},
        {"id": "bad", "url": oai_url, "protocol": "oai-pmh", "schedule": "0 24 * * *"},
    ]
    (tmp_path / "nodes.local.toml").write_text(dump_nodes_toml(nodes), encoding="utf-8")
    return cfg


def _bad_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return next(r for r in rows if r["id"] == "bad")


def test_stored_bad_schedule_shows_as_misconfigured(stored_bad: Path) -> None:
    ctx = Context(load_settings(stored_bad))
    bad = ctx.settings.node("bad")
    assert bad.problem and "hour field '24'" in bad.problem and ctx.settings.node("good")
    with TestClient(create_app(ctx)) as client:
        status = client.get("/api/status")
        assert status.status_code == 200, status.text
        row = _bad_row(status.json()["nodes"])
        assert row["health"] == "misconfigured" and "hour field '24'" in row["reason"]
        assert row["next_run"] is None
        good = next(r for r in status.json()["nodes"] if r["id"] == "good")
        assert good["health"] == "pending" and good["next_run"]
        page = client.get("/operators")
        assert page.status_code == 200 and "misconfigured" in page.text
        listed = client.get("/api/nodes").json()["nodes"]
        assert "hour field '24'" in _bad_row(listed)["problem"]
        # fixing it is one PATCH by an operator; the fixed schedule is checked and stored
        fixed = client.patch(
            "/api/nodes/bad", json={"schedule": "0 23 * * *"}, headers=bearer(OPERATOR_TOKEN)
        )
        assert fixed.status_code == 200, fixed.text
        assert ctx.settings.node("bad").problem is None
    ctx.close()


def test_chm_status_survives_a_stored_bad_schedule(
    stored_bad: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(stored_bad), "status", "--json"]) == 1  # needs a person
    rows = json.loads(capsys.readouterr().out)["nodes"]
    assert _bad_row(rows)["health"] == "misconfigured"


def test_scheduler_schedules_the_others(stored_bad: Path) -> None:
    ctx = Context(load_settings(stored_bad))
    sched = HarvestScheduler(ctx, memory_store=True)
    sched.scheduler.start(paused=True)
    try:
        changes = sync_jobs(sched.scheduler, sched.service.key, ctx)
        assert changes["added"] == ["good"] and changes["misconfigured"] == ["bad"]
        assert set(sched.next_run_times()) == {"good"}
    finally:
        sched.shutdown(wait=False)
        ctx.close()
