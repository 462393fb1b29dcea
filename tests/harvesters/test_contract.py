"""The harvester contract: one suite, run over OAI-PMH, JSON and DCAT.

Every test runs a real harvest (``run_node``: harvester -> store -> mapping -> tantivy index)
against :class:`tests.servers.contract.ContractServer`, which serves the same 25 records over
the three protocols, 10 a page, and injects one fault per test. What every harvester must do:

- send ``[harvest] user_agent`` on every request;
- retry dropped connections and HTTP 429/5xx, waiting what ``Retry-After`` says (capped);
- fail a run on a transport error, an HTTP error, a hostile or malformed body, a body over the
  size limit or a paging loop, keeping every page committed before it; the next run resumes;
- turn records deleted at the source into tombstones (gone from search, kept in the store);
- name, in every failure, the node, the request (OAI verb and arguments with the resumption
  token, or ``GET`` and the URL) and the HTTP status (``no HTTP response`` when none came).

Waits are recorded, not slept: the HTTP client's ``sleep`` is a list's ``append``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harvesters.http import HttpClient
from tests.harvesters.helpers import Harness, make_settings
from tests.servers.contract import Body, ContractServer, Drop, GzipBomb, Loop, Slow, Status

PROTOCOLS = ("oai-pmh", "json", "dcat")
USER_AGENT = "chm-contract-test/1.0 (+https://chm.example/bot)"
JSON_OPTIONS = {
    "paging": "next",
    "records_path": "items",
    "next_path": "next",
    "id_path": "id",
    "datestamp_path": "modified",
    "deleted_path": "deleted",
}


@pytest.fixture
def server() -> Iterator[ContractServer]:
    s = ContractServer(n=25, page_size=10)
    yield s
    s.close()


class Run:
    """A harness for one protocol against the contract server; waits are recorded."""

    def __init__(
        self,
        tmp_path: Path,
        server: ContractServer,
        protocol: str,
        max_pages: int | None = None,
        **harvest: Any,
    ):
        self.protocol = protocol
        self.server = server
        node: dict[str, Any] = {"id": "contract", "url": server.url(protocol), "protocol": protocol}
        if protocol == "json":
            node |= {"mapping": "json", "options": JSON_OPTIONS}
        if max_pages is not None:
            node["options"] = node.get("options", {}) | {"max_pages": max_pages}
        harvest = {"user_agent": USER_AGENT} | harvest
        self.h = Harness(make_settings(tmp_path, [node], **harvest))
        self.waits: list[float] = []

    def harvest(self, **kw: Any) -> Any:
        client = HttpClient(self.h.settings.harvest, sleep=self.waits.append)
        return self.h.harvest("contract", harvester_kwargs={"client": client}, **kw)

    def page_request(self, page: int) -> str:
        """How a failure names the request for ``page`` of this protocol."""
        if self.protocol == "oai-pmh":
            return "ListRecords metadataPrefix=oai_dc" if page == 1 else f"resumptionToken=p{page}|"
        path = self.server.url(self.protocol)
        return f"GET {path}" if page == 1 else f"GET {path}?page={page}"

    def live(self) -> int:
        return self.h.store.records.count("contract")

    def close(self) -> None:
        self.h.close()


@pytest.fixture(params=PROTOCOLS)
def run(request: pytest.FixtureRequest, tmp_path: Path, server: ContractServer) -> Iterator[Run]:
    r = Run(tmp_path, server, request.param)
    yield r
    r.close()


@pytest.fixture(params=PROTOCOLS)
def protocol(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_run(tmp_path: Path, server: ContractServer) -> Iterator[Any]:
    made: list[Run] = []

    def make(protocol: str, **harvest: Any) -> Run:
        r = Run(tmp_path, server, protocol, **harvest)
        made.append(r)
        return r

    yield make
    for r in made:
        r.close()


def assert_names(summary: Any, run: Run, page: int | str, status: str) -> None:
    """The failure names the node, the request of ``page`` (or that request) and the status."""
    error = summary.error or ""
    assert error.startswith("node 'contract', "), error
    assert (run.page_request(page) if isinstance(page, int) else page) in error, error
    assert f", {status}: " in error, error


# ---- the good path -------------------------------------------------------------------------


def test_full_harvest_sends_the_configured_user_agent(run: Run) -> None:
    s = run.harvest()
    assert (s.status, s.added, s.pages) == ("success", 25, 3), s.error
    assert run.h.index.count() == 25
    assert run.server.user_agents and set(run.server.user_agents) == {USER_AGENT}


# ---- transport errors and retries ------------------------------------------------------------


def test_a_dropped_connection_is_retried(run: Run) -> None:
    run.server.fault(run.protocol, 2, Drop())
    s = run.harvest()
    assert (s.status, s.added) == ("success", 25), s.error
    assert len(run.waits) == 1


@pytest.mark.parametrize("code", [429, 503])
def test_busy_answers_are_retried_after_what_retry_after_says(
    make_run: Any, protocol: str, code: int
) -> None:
    r = make_run(protocol, max_retry_after=30.0)
    r.server.fault(protocol, 2, Status(code, retry_after="7"), Status(code, retry_after="400"))
    s = r.harvest()
    assert (s.status, s.added) == ("success", 25), s.error
    assert r.waits == [7.0, 30.0]  # the server's wait, then the cap


def test_retries_run_out_the_run_fails_and_the_next_run_resumes(run: Run) -> None:
    run.server.fault(run.protocol, 2, *[Status(503)] * 3)  # max_retries = 2: three attempts
    s = run.harvest()
    assert s.status == "failed" and s.error_kind == "unreachable"
    assert_names(s, run, 2, "HTTP 503")
    assert run.live() == 10  # page 1 stays committed
    again = run.harvest()
    assert again.status == "success", again.error
    assert again.resumed_from is not None
    assert run.live() == 25 and run.h.index.count() == 25


def test_a_timeout_fails_with_no_http_response(make_run: Any, protocol: str) -> None:
    r = make_run(protocol, timeout=0.3, max_retries=0)
    r.server.fault(protocol, 2, Slow(1.5))
    s = r.harvest()
    assert s.status == "failed" and s.error_kind == "unreachable"
    assert_names(s, r, 2, "no HTTP response")
    assert "timed out" in (s.error or "")


def test_connection_refused_names_the_request(make_run: Any, protocol: str) -> None:
    r = make_run(protocol, max_retries=1)
    port = r.server.httpd.server_address[1]
    r.server.close()  # nothing listens there any more
    s = r.harvest()
    assert s.status == "failed" and s.error_kind == "unreachable"
    first = "Identify" if protocol == "oai-pmh" else 1  # OAI-PMH starts with Identify
    assert_names(s, r, first, "no HTTP response")
    assert "connection refused" in (s.error or "")
    assert str(port) in (s.error or "")


def test_an_http_error_is_not_retried_and_is_named(run: Run) -> None:
    run.server.fault(run.protocol, 2, Status(404))
    s = run.harvest()
    assert s.status == "failed" and s.error_kind == "invalid-response"
    assert_names(s, run, 2, "HTTP 404")
    assert run.waits == [] and run.live() == 10


# ---- limits and hostile bodies ---------------------------------------------------------------

LOL = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b'<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(2, 10))
    + b"]>\n"
)
BOMBS = {
    "oai-pmh": Body(
        LOL + b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">&lol9;</OAI-PMH>', "text/xml"
    ),
    "json": Body(b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "dcat": Body(
        LOL + b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&lol9;</rdf:RDF>',
        "application/rdf+xml",
    ),
}
TRUNCATED = {
    "oai-pmh": Body(
        b'<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/'
        b'2.0/"><ListRecords><record><hea',
        "text/xml",
    ),
    "json": Body(b'{"items": [{"id": "x", "title": "half', "application/json"),
    "dcat": Body(
        b"@prefix dct: <http://purl.org/dc/terms/> .\n<http://x/ds> dct:title ", "text/turtle"
    ),
}
HTML = Body(b"<!DOCTYPE html><html><body>Maintenance until 18:00</body></html>", "text/html")


@pytest.mark.parametrize(
    ("hostile", "words"),
    [
        ("bomb", ("entit", "DOCTYPE", "not JSON")),
        ("truncated", ("not XML", "not JSON", "ould not parse", "yntax", "invalid")),
        ("html", ("HTML page",)),
        ("gzip-bomb", ("-byte limit",)),
    ],
)
def test_hostile_bodies_fail_the_run_and_keep_what_was_stored(
    make_run: Any, protocol: str, hostile: str, words: tuple[str, ...]
) -> None:
    r = make_run(protocol, max_response_bytes=1_000_000)
    fault = {
        "bomb": BOMBS[protocol],
        "truncated": TRUNCATED[protocol],
        "html": HTML,
        "gzip-bomb": GzipBomb(50_000_000),
    }[hostile]
    r.server.fault(protocol, 2, fault)
    s = r.harvest()
    assert s.status == "failed" and s.error_kind == "invalid-response", s.error
    assert_names(s, r, 2, "HTTP 200")
    assert any(w in (s.error or "") for w in words), s.error
    assert r.live() == 10 and r.h.index.count() == 10


def test_a_page_over_the_size_limit_fails_naming_the_limit(make_run: Any, protocol: str) -> None:
    r = make_run(protocol, max_response_bytes=600)
    s = r.harvest()
    assert s.status == "failed" and "600-byte limit" in (s.error or ""), s.error
    assert_names(s, r, 1, "HTTP 200")


@pytest.mark.parametrize("protocol", ["json", "dcat"])  # OAI-PMH has no page limit
def test_a_listing_longer_than_max_pages_is_stopped(
    tmp_path: Path, server: ContractServer, protocol: str
) -> None:
    r = Run(tmp_path, server, protocol, max_pages=2)
    try:
        s = r.harvest()
        assert s.status == "failed" and "more than 2" in (s.error or ""), s.error
        assert_names(s, r, 2, "HTTP 200")
        assert r.live() == 20
    finally:
        r.close()


# ---- paging: loops, resumption ------------------------------------------------------------------


def test_a_paging_loop_is_stopped_and_named(run: Run) -> None:
    run.server.fault(run.protocol, 2, Loop())
    s = run.harvest()
    assert s.status == "failed" and s.error_kind == "invalid-response", s.error
    error = s.error or ""
    assert any(w in error for w in ("endless loop", "cyclic", "repeats")), error
    assert error.startswith("node 'contract', ") and ", HTTP 200: " in error
    assert run.live() == 20  # the two pages before the loop are stored


# ---- deletions ----------------------------------------------------------------------------------


def test_a_record_deleted_at_the_source_leaves_search_and_stays_a_tombstone(run: Run) -> None:
    assert run.harvest().status == "success"
    run.server.delete(3)
    s = run.harvest()
    assert s.status == "success" and s.deleted == 1, (s.error, s.deleted)
    assert run.live() == 24 and run.h.index.count() == 24
    assert run.h.store.records.count("contract", deleted=True) == 1


# ---- OAI-PMH specifics --------------------------------------------------------------------------


def test_an_oai_error_in_an_http_422_body_says_422(make_run: Any) -> None:
    r = make_run("oai-pmh")
    body = (
        b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2025-01-01T00:00:00Z'
        b'</responseDate><error code="badResumptionToken">expired</error></OAI-PMH>'
    )
    r.server.fault("oai-pmh", 2, Status(422, body=body))
    s = r.harvest()
    assert s.status == "failed" and s.error_kind == "protocol-error"
    assert_names(s, r, 2, "HTTP 422")
    assert "badResumptionToken" in (s.error or "")


def test_a_non_oai_namespace_is_named(make_run: Any) -> None:
    r = make_run("oai-pmh")
    old = b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/1.1/OAI_ListRecords"/>'
    r.server.fault("oai-pmh", 1, Body(old, "text/xml"))
    s = r.harvest()
    assert s.status == "failed"
    assert "namespace 'http://www.openarchives.org/OAI/1.1/OAI_ListRecords'" in (s.error or "")
    assert_names(s, r, 1, "HTTP 200")


def test_an_unparsable_earliest_datestamp_is_a_warning_not_a_failure(make_run: Any) -> None:
    r = make_run("oai-pmh")
    r.server.earliest_datestamp = "sometime in 1998"
    s = r.harvest()
    assert (s.status, s.added) == ("success", 25), s.error
    assert any("earliestDatestamp 'sometime in 1998'" in w for w in s.warnings), s.warnings
    errors = r.h.store.runs.errors(s.run_id)
    assert any("earliestDatestamp" in e["message"] for e in errors)


def test_a_failing_identify_is_a_warning_that_names_the_request(make_run: Any) -> None:
    r = make_run("oai-pmh")
    r.server.fault("oai-pmh", 0, Status(404))
    s = r.harvest()
    assert s.status == "success", s.error
    assert any(w.startswith("Identify failed") and "node 'contract', Identify, HTTP 404" in w
               for w in s.warnings), s.warnings  # fmt: skip


# ---- any body at all ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_server() -> Iterator[ContractServer]:
    s = ContractServer(n=4, page_size=2)
    yield s
    s.close()


@pytest.mark.parametrize("protocol", PROTOCOLS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=2000) | st.sampled_from([b"", b"{}", b"[]", b"<x/>", b"\xff\xfe"]))
def test_any_body_gives_pages_or_a_named_harvest_error(
    shared_server: ContractServer, protocol: str, body: bytes
) -> None:
    """Whatever page 2's body, the harvester yields pages or raises a HarvestError that names
    the node, the request and the status; nothing else escapes."""
    from core.config import HarvestSettings, NodeConfig
    from harvesters.base import HarvestError, HarvestWindow
    from harvesters.registry import get_harvester

    options = JSON_OPTIONS if protocol == "json" else {}
    mapping = "json" if protocol == "json" else "oai_dc"
    url = shared_server.url(protocol)
    node = NodeConfig(id="any", url=url, protocol=protocol, mapping=mapping, options=options)
    ctype = {"oai-pmh": "text/xml", "json": "application/json", "dcat": "text/turtle"}[protocol]
    shared_server.fault(protocol, 2, Body(body, ctype))
    harvester = get_harvester(node, HarvestSettings(timeout=5.0, max_retries=0))
    error = ""
    pages = []
    try:
        pages = list(harvester.pages(HarvestWindow()))
    except HarvestError as exc:
        error = str(exc)
    if error:
        assert error.startswith("node 'any', ") and ", HTTP 200: " in error, error
    else:
        assert pages and pages[0].records
