"""A need's life in the store: transitions checked, history and audit log written, the
harvested record never touched, states kept across re-harvests and re-opening the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import Store
from store.assistance import (
    ACTIONS,
    LIVE,
    STATES,
    TRANSITIONS,
    Change,
    IllegalTransition,
    InvalidChange,
    UnknownNeed,
)
from tests.matching.helpers import rec

NEED = "sn-chm:need1"
OFFER = "donor-db:offer1"
PROJECT = "sn-chm:proj1"
NOW = "2026-03-01T10:00:00Z"


def _store(path: Path) -> Store:
    st = Store(path / "chm.sqlite")
    recs = [
        rec("need1", "need", "sn-chm", countries=["SN"], date="2026-01-05"),
        rec("offer1", "support-source", "donor-db"),
        rec("proj1", "project", "sn-chm"),
        rec("doc1", "document", "sn-chm"),
    ]
    st.records.write(((r.id, r.node, False, r.to_json()) for r in recs), "2026-01-06T00:00:00Z")
    return st


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return _store(tmp_path)


def test_a_need_never_changed_is_open_since_its_date(store: Store) -> None:
    st = store.assistance.get(NEED)
    assert (st.state, st.opened_at, st.node_id) == ("open", "2026-01-05", "sn-chm")
    assert st.forwarded == [] and store.assistance.history(NEED) == []


def test_the_whole_life_with_history_audit_and_record_untouched(store: Store) -> None:
    before = store.conn.execute("SELECT json, seq FROM records WHERE id=?", (NEED,)).fetchone()
    a = store.assistance
    a.change(NEED, Change("forwarded", "operator", "10.0.0.1", offers=(OFFER,)), NOW)
    st = a.change(NEED, Change("offers_received", "node:sn-chm", offers=(OFFER,)), NOW)
    assert st.state == "offers_received"
    assert [o["id"] for o in st.forwarded] == [OFFER] and [o["id"] for o in st.received] == [OFFER]
    st = a.change(NEED, Change("met", "node:sn-chm", met_by=PROJECT, note="done"), NOW)
    assert (st.state, st.met_by, st.changed_by) == ("met", PROJECT, "node:sn-chm")
    assert [(h["from"], h["to"]) for h in a.history(NEED)] == [
        ("open", "forwarded"),
        ("forwarded", "offers_received"),
        ("offers_received", "met"),
    ]
    audit = store.conn.execute(
        "SELECT actor, action, node_id, client, detail FROM registry_audit ORDER BY id"
    ).fetchall()
    assert [r[1] for r in audit] == ["need:forwarded", "need:offers_received", "need:met"]
    assert audit[0][0] == "operator" and audit[0][2] == "sn-chm" and audit[0][3] == "10.0.0.1"
    assert json.loads(audit[2][4])["met_by"] == PROJECT
    after = store.conn.execute("SELECT json, seq FROM records WHERE id=?", (NEED,)).fetchone()
    assert after == before  # the harvested record is never altered


def test_met_is_final_and_illegal_moves_say_what_is_possible(store: Store) -> None:
    a = store.assistance
    a.change(NEED, Change("met", "operator", met_by=OFFER), NOW)
    with pytest.raises(IllegalTransition, match="it is final"):
        a.change(NEED, Change("open", "operator"), NOW)
    with pytest.raises(IllegalTransition, match="only a need still waiting"):
        a.change(NEED, Change("confirm", "node:sn-chm"), NOW)


def test_bad_changes_are_400_and_change_nothing(store: Store) -> None:
    a = store.assistance
    cases = [
        (Change("closed", "operator"), InvalidChange, "not a state"),
        (Change("forwarded", "operator"), InvalidChange, "needs the offers"),
        (Change("met", "operator"), InvalidChange, "met_by"),
        (Change("forwarded", "operator", offers=("x:nothing",)), InvalidChange, "no record"),
        (Change("forwarded", "operator", offers=("sn-chm:doc1",)), InvalidChange, "'document'"),
        (Change("withdrawn", "operator", offers=(OFFER,)), InvalidChange, "only when"),
        (
            Change("forwarded", "operator", offers=(OFFER,), expect="met"),
            IllegalTransition,
            "not 'met'",
        ),
    ]
    for change, err, words in cases:
        with pytest.raises(err, match=words):
            a.change(NEED, change, NOW)
    assert a.get(NEED).state == "open" and a.history(NEED) == []
    assert store.conn.execute("SELECT count(*) FROM registry_audit").fetchone()[0] == 0
    with pytest.raises(UnknownNeed):
        a.change("sn-chm:nothing", Change("withdrawn", "operator"), NOW)
    with pytest.raises(InvalidChange, match="not a need"):
        a.change(OFFER, Change("withdrawn", "operator"), NOW)


def test_state_survives_reharvest_reopen_and_a_withdrawn_need_leaves_lists(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.assistance.change(NEED, Change("forwarded", "operator", offers=(OFFER,)), NOW)
    changed = rec("need1", "need", "sn-chm", countries=["SN"], title={"en": "new title"})
    store.records.write([(NEED, "sn-chm", False, changed.to_json())], "2026-02-01T00:00:00Z")
    store.close()
    again = Store(tmp_path / "chm.sqlite")
    assert again.assistance.get(NEED).state == "forwarded"
    assert [n["titles"] for n in again.assistance.needs()] == [{"en": "new title"}]
    again.records.write([(NEED, "sn-chm", True, changed.to_json())], "2026-02-02T00:00:00Z")
    assert again.assistance.needs() == []  # deleted at the source: gone from the lists


def test_expiry_flags_once_and_confirming_restarts_the_clock(store: Store) -> None:
    a = store.assistance
    assert a.flag_expired("2026-01-01", NOW) == []  # opened 2026-01-05: not past
    flagged = a.flag_expired("2026-02-01", NOW)
    assert [f.need_id for f in flagged] == [NEED] and flagged[0].flagged_at == NOW
    assert a.flag_expired("2026-02-01", NOW) == []  # flagged once
    assert a.needs(flagged=True)[0]["id"] == NEED
    a.change(NEED, Change("confirm", "node:sn-chm"), "2026-03-02T00:00:00Z")
    st = a.get(NEED)
    assert (st.state, st.flagged_at, st.confirmed_at) == ("open", None, "2026-03-02T00:00:00Z")
    assert a.flag_expired("2026-02-01", NOW) == []  # confirmed after the cutoff
    assert [h["to"] for h in a.history(NEED)] == ["flag", "confirm"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.sampled_from(ACTIONS), max_size=8))
def test_any_sequence_follows_the_transition_table(
    tmp_path_factory: pytest.TempPathFactory, steps: list[str]
) -> None:
    store = _store(tmp_path_factory.mktemp("seq"))
    state, done = "open", 0
    for to in steps:
        extra: dict[str, object] = {}
        if to in ("forwarded", "offers_received"):
            extra["offers"] = (OFFER,)
        if to == "met":
            extra["met_by"] = PROJECT
        allowed = (state in LIVE) if to == "confirm" else (to in TRANSITIONS[state])
        try:
            got = store.assistance.change(NEED, Change(to, "operator", **extra), NOW)  # type: ignore[arg-type]
        except IllegalTransition:
            assert not allowed
            continue
        assert allowed
        state = got.state if to != "confirm" else state
        assert got.state == state and state in STATES
        done += 1
    assert len(store.assistance.history(NEED)) == done
    audit = store.conn.execute("SELECT count(*) FROM registry_audit").fetchone()[0]
    assert audit == done
    store.close()
