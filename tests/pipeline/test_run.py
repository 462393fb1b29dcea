"""How a run ends: a configuration problem is named as one, a bug is never disguised as one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pipeline.mapper import RecordMapper
from pipeline.run import HarvestRun, run_node
from tests.harvesters.helpers import Harness, make_settings


@pytest.fixture
def harness(tmp_path: Path, demo_oai_server: Any) -> Any:
    server = demo_oai_server(count=20, page_size=10)
    h = Harness(make_settings(tmp_path, [{"id": "fr-chm", "url": server.url}]))
    yield h
    h.close()


@pytest.mark.parametrize(
    ("change", "named"),
    [({"mapping": "no-such-mapping"}, "no-such-mapping"), ({"protocol": "gopher"}, "gopher")],
)
def test_an_unknown_mapping_or_protocol_fails_the_run_as_configuration(
    harness: Harness, change: dict[str, str], named: str
) -> None:
    node = replace(harness.settings.node("fr-chm"), **change)
    s = run_node(harness.settings, harness.store, harness.index, node)
    assert (s.status, s.error_kind) == ("failed", "configuration")
    assert named in (s.error or "")
    run = harness.store.runs.get(s.run_id)
    assert run is not None and run["status"] == "failed"  # recorded, not left "running"
    assert harness.store.records.count("fr-chm") == 0


def test_a_key_error_in_the_code_is_an_internal_error_not_a_configuration_one(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: RecordMapper, raw: Any, now: str) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(RecordMapper, "map_one", broken)
    with pytest.raises(KeyError, match="a bug"):
        harness.harvest("fr-chm")
    run = harness.store.runs.recent("fr-chm")[0]
    assert (run["status"], run["error_kind"]) == ("aborted", "internal")


def test_a_run_is_one_object_that_remembers_its_window(harness: Harness) -> None:
    first = harness.harvest("fr-chm")
    assert first.status == "success" and first.added == 20
    node = harness.settings.node("fr-chm")
    run = HarvestRun(harness.settings, harness.store, harness.index, node, trigger="test")
    again = run.execute()
    assert run.summary is again and again.trigger == "test"
    assert run.since is not None  # incremental: from the last successful run's datestamp
    assert again.status == "success" and again.added == 0  # nothing new since then
