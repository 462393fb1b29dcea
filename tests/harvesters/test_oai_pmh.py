"""OAI-PMH harvesting over real HTTP on 127.0.0.1.

Servers: the replay of real recorded responses (../shared/fixtures/oai-pmh), the independent
``oaipmh`` 4 provider (pyoai), the demo node provider and the fault-injecting server, all
from tests/servers. Every harvest goes through the real pipeline, store and tantivy index.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.harvesters.helpers import Harness, make_settings


@pytest.fixture
def harness_for(tmp_path: Path) -> Iterator:
    made: list[Harness] = []

    def make(url: str, **node_and_harvest: object) -> Harness:
        harvest = {
            k: node_and_harvest.pop(k)
            for k in list(node_and_harvest)
            if k in ("timeout", "max_retries", "backoff", "max_retry_after", "max_response_bytes")
        }
        node = {"id": "n", "url": url, **node_and_harvest}
        h = Harness(make_settings(tmp_path, [node], **harvest))
        made.append(h)
        return h

    yield make
    for h in made:
        h.close()


# ---- recorded real responses ----------------------------------------------------------


def test_sickle_chain_four_pages_with_deleted_records(fixture_oai_url: str, harness_for) -> None:
    h = harness_for(fixture_oai_url + "/sickle/oai")
    s = h.harvest("n")
    assert s.status == "success", s.error
    assert s.pages == 4
    runs = h.store.runs.recent()
    errors = h.store.runs.errors(runs[0]["id"])
    # ListRecords4.xml has a deleted header without identifier: skipped with a clear message
    assert any("without <identifier>" in e["message"] for e in errors)
    assert s.deleted >= 1  # the first page starts with a deleted record
    live = h.store.records.count()
    assert live == s.added and live > 0
    assert h.indexed_ids() == {r["id"] for r in _live_records(h)}
    tomb = [r for r in h.store.conn.execute("SELECT id FROM records WHERE deleted=1")]
    assert tomb and all(t[0] not in h.indexed_ids() for t in tomb)


def _live_records(h: Harness) -> list[dict]:
    import json

    return [
        json.loads(r[0]) for r in h.store.conn.execute("SELECT json FROM records WHERE deleted=0")
    ]


def test_zenodo_three_pages_opaque_tokens(fixture_oai_url: str, harness_for) -> None:
    h = harness_for(fixture_oai_url + "/zenodo-scythe/oai")
    s = h.harvest("n")
    assert (s.status, s.pages, s.added, s.deleted) == ("success", 3, 8, 1)  # one deleted header
    assert h.index.count() == 8


def test_dspace_recorded_deleted_records(fixture_oai_url: str, harness_for) -> None:
    h = harness_for(fixture_oai_url + "/pyoai-dspace-erasmus/oai")
    h.store.nodes.update_state("n", last_success_from="2004-01-01")
    s = h.harvest("n")
    assert s.status in ("success", "partial"), s.error
    assert s.added + s.rejected + s.deleted >= 81


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("badArgument", "illegal or missing argument"),
        ("badResumptionToken", "invalid or expired"),
        ("badVerb", "does not understand"),
        ("cannotDisseminateFormat", "does not offer this metadata prefix"),
        ("idDoesNotExist", "unknown to the endpoint"),
        ("noSetHierarchy", "does not support sets"),
        ("undefinedError", "non-standard OAI-PMH error code"),
    ],
)
def test_every_error_code_fails_the_run_clearly(
    fixture_oai_url: str, harness_for, code: str, words: str
) -> None:
    h = harness_for(f"{fixture_oai_url}/error/{code}/oai")
    s = h.harvest("n")
    assert s.status == "failed"
    assert s.error_kind == "protocol-error"
    assert code in (s.error or "") and words in (s.error or "")


def test_no_records_match_is_an_empty_success(fixture_oai_url: str, harness_for) -> None:
    h = harness_for(f"{fixture_oai_url}/error/noRecordsMatch/oai")
    s = h.harvest("n")
    assert (s.status, s.added, s.error) == ("success", 0, None)


def test_zenodo_422_errors_are_read_as_oai_errors(fixture_oai_url: str, harness_for) -> None:
    h = harness_for(fixture_oai_url + "/zenodo-scythe/oai", metadata_prefix="nonexistent")
    s = h.harvest("n")
    assert s.status == "failed" and s.error_kind == "protocol-error"
    assert "badArgument" in (s.error or "") or "cannotDisseminateFormat" in (s.error or "")


@pytest.mark.parametrize(
    ("path", "kind", "words"),
    [
        ("/broken/oai", "invalid-response", "not XML"),
        ("/html/oai", "invalid-response", "HTML page"),
    ],
)
def test_not_xml_and_html_answers(
    fixture_oai_url: str, harness_for, path: str, kind: str, words: str
) -> None:
    h = harness_for(fixture_oai_url + path)
    s = h.harvest("n")
    assert s.status == "failed" and s.error_kind == kind
    assert words in (s.error or "")


# ---- an independent provider: the oaipmh package -----------------------------------------


def _add(server, n: int, when: datetime, prefix: str = "r") -> None:
    for i in range(n):
        server.add(
            f"oai:test:{prefix}{i}",
            when,
            title=f"Gestion du mercure {prefix}{i}",
            language="fre",
            date="2019",
            type="Projet",
        )


def test_pyoai_multi_page_incremental_seconds(pyoai_server, harness_for) -> None:
    t0 = datetime(2024, 1, 1, 10, 0, 0, tzinfo=UTC)
    _add(pyoai_server, 10, t0)
    h = harness_for(pyoai_server.url)
    s = h.harvest("n")
    assert (s.status, s.added, s.pages) == ("success", 10, 4), s.error  # batch size 3
    state = h.store.nodes.state("n")
    assert state.last_success_from and "T" in state.last_success_from  # seconds granularity
    # incremental: only what changed after the last run's responseDate comes back
    later = datetime.now(UTC) + timedelta(seconds=5)
    pyoai_server.update("oai:test:r3", later, title="Mercure: mise à jour")
    pyoai_server.delete("oai:test:r4", later)
    s2 = h.harvest("n")
    assert s2.status == "success"
    assert (s2.updated, s2.deleted, s2.added) == (1, 1, 0)
    assert s2.since == state.last_success_from
    froms = [q for q in pyoai_server.requests if "from" in q]
    assert froms and froms[-1]["from"][0] == state.last_success_from
    assert "n:oai:test:r4" not in h.indexed_ids() and len(h.indexed_ids()) == 9
    # --full lists everything again; unchanged records are not re-mapped
    s3 = h.harvest("n", full=True)
    assert (s3.unchanged, s3.added, s3.updated, s3.deleted) == (10, 0, 0, 0)  # r4 stays deleted


def test_pyoai_day_granularity(pyoai_server_factory, harness_for) -> None:
    server = pyoai_server_factory(batch_size=5, granularity="day")
    _add(server, 7, datetime(2024, 1, 1, tzinfo=UTC))
    h = harness_for(server.url)
    assert h.harvest("n").added == 7
    state = h.store.nodes.state("n")
    assert state.last_success_from is not None and len(state.last_success_from) == 10
    s2 = h.harvest("n")
    froms = [q["from"][0] for q in server.requests if "from" in q]
    assert froms and len(froms[-1]) == 10  # YYYY-MM-DD only, as the endpoint declares
    assert s2.status == "success"


def test_selective_harvest_by_set(pyoai_server, harness_for) -> None:
    when = datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(4):
        pyoai_server.add(f"oai:t:a{i}", when, title=f"A {i}", sets=["projects"])
    for i in range(3):
        pyoai_server.add(f"oai:t:b{i}", when, title=f"B {i}", sets=["documents"])
    h = harness_for(pyoai_server.url, set="documents")
    s = h.harvest("n")
    assert (s.status, s.added) == ("success", 3)
    assert all(
        q.get("set") == ["documents"] for q in pyoai_server.requests if "metadataPrefix" in q
    )


# ---- hostile and failing endpoints ----------------------------------------------------


def test_503_with_retry_after_is_retried(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("503-then-ok"))
    s = h.harvest("n")
    assert s.status == "success" and s.added == 25
    assert fault_server.hits["/503-then-ok"] >= 2 + 4  # two 503s, Identify, three pages


def test_timeout_is_retried_with_backoff(fault_server, harness_for) -> None:
    fault_server.slow_seconds = 2.0
    h = harness_for(fault_server.fault_url("slow"), timeout=0.5)
    s = h.harvest("n")
    assert s.status == "success" and s.added == 25


def test_unreachable_after_retries(harness_for) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    h = harness_for(f"http://127.0.0.1:{port}/oai", max_retries=1)
    s = h.harvest("n")
    assert s.status == "failed" and s.error_kind == "unreachable"
    assert "connection refused" in (s.error or "")


def test_server_dies_mid_harvest_then_run_resumes(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("500-mid-harvest"), max_retries=0)
    s = h.harvest("n")
    assert s.status == "failed" and s.pages == 1 and s.added == 10
    assert h.index.count() == 10  # page 1 is committed to store and index
    checkpoint = h.store.nodes.state("n").resume_checkpoint
    assert checkpoint
    s2 = h.harvest("n")
    assert s2.status == "success" and s2.resumed_from == checkpoint
    assert (s2.added, h.store.records.count(), h.index.count()) == (15, 25, 25)


def test_connection_closed_mid_harvest_is_retried(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("dies-mid-harvest"))
    s = h.harvest("n")
    assert (s.status, s.added) == ("success", 25)


def test_page_that_is_not_xml_keeps_earlier_pages(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("not-xml-page2"))
    s = h.harvest("n")
    assert s.status == "failed" and s.error_kind == "invalid-response"
    assert "not XML" in (s.error or "")
    assert h.store.records.count() == 10 == h.index.count()


def test_bad_resumption_token_is_a_clear_error(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("bad-token"))
    s = h.harvest("n")
    assert s.status == "failed" and "badResumptionToken" in (s.error or "")


@pytest.mark.parametrize("fault", ["xxe", "billion-laughs"])
def test_entity_attacks_are_refused(fault_server, harness_for, fault: str) -> None:
    h = harness_for(fault_server.fault_url(fault))
    s = h.harvest("n")
    assert s.status == "failed" and "entit" in (s.error or "")
    assert h.store.records.count() == 0


def test_html_maintenance_page(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("html"))
    s = h.harvest("n")
    assert s.status == "failed" and "HTML page" in (s.error or "")


def test_response_over_size_limit(fault_server, harness_for) -> None:
    h = harness_for(fault_server.fault_url("ok"), max_response_bytes=2000)
    s = h.harvest("n")
    assert s.status == "failed" and "limit" in (s.error or "")


# ---- the demo provider: deletions, updates, unchanged records -----------------------------


def test_unchanged_records_are_not_remapped_or_reindexed(demo_oai_server, harness_for) -> None:
    server = demo_oai_server(count=60, page_size=25)
    h = harness_for(server.url)
    assert h.harvest("n").added == 60
    seq = h.store.records.max_seq()
    s = h.harvest("n", full=True)
    assert (s.unchanged, s.added, s.updated) == (60, 0, 0)
    assert h.store.records.max_seq() == seq  # nothing re-mapped: no new change sequence numbers
    server.update(5)
    server.delete(7)
    s = h.harvest("n")
    assert (s.updated, s.deleted) == (1, 1)
    assert h.index.count() == 59
    assert h.store.records.get(f"n:{server.identifier(7)}")["deleted"] is True  # type: ignore[index]


def test_scheduled_and_cli_harvests_obey_the_url_policy(tmp_path: Path, demo_oai_server) -> None:
    """With ``allow_private_hosts = false`` (production), a node on a loopback address is
    refused before any request reaches it."""
    server = demo_oai_server(count=5)
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], private_hosts=False))
    try:
        s = h.harvest("n")
        assert s.status == "failed" and s.error_kind == "refused"
        assert "127.0.0.1" in (s.error or "") or "loopback" in (s.error or "")
        assert h.store.records.count() == 0
    finally:
        h.close()
