"""The demo OAI-PMH server, checked with Sickle as an independent client."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from sickle import Sickle
from sickle.oaiexceptions import NoRecordsMatch

from demo.generator import NODES, format_datestamp
from demo.nodes import start_demo_nodes, stop_demo_nodes
from demo.oai_server import DemoOaiServer

ROOT = Path(__file__).resolve().parents[2]
OAI = "{http://www.openarchives.org/OAI/2.0/}"
Start = Callable[..., DemoOaiServer]


def _ids(url: str, **kw: str) -> list[str]:
    try:
        headers = Sickle(url).ListIdentifiers(metadataPrefix="oai_dc", ignore_deleted=False, **kw)
        return [h.identifier for h in headers]
    except NoRecordsMatch:
        return []


def _get(url: str, **params: str) -> etree._Element:
    response = requests.get(url, params=params, timeout=10)
    assert response.status_code == 200
    return etree.fromstring(response.content)


def test_sickle_harvests_every_record_across_resumption_tokens(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=2000, node="es-chm", page_size=150)
    records = list(Sickle(server.url).ListRecords(metadataPrefix="oai_dc"))
    assert [r.header.identifier for r in records] == [server.identifier(i) for i in range(2000)]
    assert records[5].metadata["title"][0] == NODES["es-chm"].record(5).titles[0][1]


def test_pages_carry_cursor_and_complete_list_size(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=25, page_size=10)
    root = _get(server.url, verb="ListRecords", metadataPrefix="oai_dc")
    token = root.find(f".//{OAI}resumptionToken")
    assert token is not None
    assert (token.get("completeListSize"), token.get("cursor")) == ("25", "0")
    root = _get(server.url, verb="ListRecords", resumptionToken=token.text or "")
    token = root.find(f".//{OAI}resumptionToken")
    assert token is not None
    assert token.get("cursor") == "10"
    root = _get(server.url, verb="ListRecords", resumptionToken=token.text or "")
    last = root.find(f".//{OAI}resumptionToken")
    assert last is not None
    assert (last.text, last.get("cursor")) == (None, "20")
    assert len(root.findall(f".//{OAI}record")) == 5


def test_identify_declares_granularity_and_persistent_deletions(demo_oai_server: Start) -> None:
    for granularity, expected in (("seconds", "YYYY-MM-DDThh:mm:ssZ"), ("day", "YYYY-MM-DD")):
        server = demo_oai_server(count=10, granularity=granularity)
        identify = Sickle(server.url).Identify()
        assert identify.granularity == expected
        assert identify.deletedRecord == "persistent"
        assert identify.earliestDatestamp.startswith("2020-01-01")
        assert identify.baseURL == server.url


def test_from_and_until_select_by_datestamp(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=600, page_size=100)
    node = NODES["fr-chm"]
    stamp = format_datestamp(node.epoch(450))
    assert _ids(server.url, **{"from": stamp}) == [server.identifier(i) for i in range(450, 600)]
    until = format_datestamp(node.epoch(99))
    assert _ids(server.url, until=until) == [server.identifier(i) for i in range(100)]
    assert _ids(server.url, **{"from": stamp, "until": stamp}) == [server.identifier(450)]
    assert _ids(server.url, **{"from": "2031-01-01"}) == []


def test_day_granularity_filters_and_shows_days(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=1500, granularity="day", page_size=200)
    headers = list(Sickle(server.url).ListIdentifiers(metadataPrefix="oai_dc", until="2020-01-01"))
    node = NODES["fr-chm"]
    per_day = 86400 // node.step + 1
    assert len(headers) == per_day
    assert {h.datestamp for h in headers} == {"2020-01-01"}
    assert len(_ids(server.url, **{"from": "2020-01-02"})) == 1500 - per_day
    bad = _get(
        server.url,
        verb="ListIdentifiers",
        metadataPrefix="oai_dc",
        **{"from": "2020-01-02T00:00:00Z"},
    )
    assert bad.find(f"{OAI}error").get("code") == "badArgument"


@pytest.fixture(scope="module")
def window_server() -> Iterator[DemoOaiServer]:
    with DemoOaiServer(NODES["fr-chm"], 300, page_size=40) as server:
        yield server


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(a=st.integers(-50, 350), b=st.integers(-50, 350))
def test_any_window_returns_exactly_the_records_inside(
    window_server: DemoOaiServer, a: int, b: int
) -> None:
    node = NODES["fr-chm"]
    lo, hi = sorted((a, b))
    window = {
        "from": format_datestamp(node.epoch(lo) - 1),
        "until": format_datestamp(node.epoch(hi)),
    }
    expected = [window_server.identifier(i) for i in range(max(lo, 0), min(hi + 1, 300))]
    assert _ids(window_server.url, **window) == expected


def test_sets_list_record_types_and_filter(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=800, node="gb-chm", page_size=100)
    sickle = Sickle(server.url)
    specs = [s.setSpec for s in sickle.ListSets()]
    assert len(specs) == 10
    assert "type:project" in specs
    node = NODES["gb-chm"]
    expected = [server.identifier(i) for i in range(800) if node.record_type(i) == "event"]
    assert _ids(server.url, set="type:event") == expected
    root = _get(server.url, verb="ListIdentifiers", metadataPrefix="oai_dc", set="type:event")
    assert root.find(f".//{OAI}resumptionToken") is None or len(expected) > 100


def test_update_delete_add_show_up_in_an_incremental_harvest(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=50)
    since = format_datestamp(int(time.time()) - 1)
    server.update(3)
    server.delete(4)
    added = server.add(2)
    records = list(
        Sickle(server.url).ListRecords(
            metadataPrefix="oai_dc", ignore_deleted=False, **{"from": since}
        )
    )
    assert [r.header.identifier for r in records] == [
        server.identifier(3),
        server.identifier(4),
        *added,
    ]
    assert records[0].metadata["title"][0].endswith("(version révisée 1)")
    assert records[1].header.deleted
    assert len(_ids(server.url)) == 52
    server.reset()
    assert len(_ids(server.url)) == 50


def test_changes_during_a_harvest_never_skip_a_record(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=100, page_size=10)
    seen: list[str] = []
    for n, header in enumerate(Sickle(server.url).ListIdentifiers(metadataPrefix="oai_dc")):
        seen.append(header.identifier)
        if n == 15:
            server.update(2)  # already harvested: moves to the end
            server.update(40)  # not yet harvested: moves to the end
    assert set(seen) == {server.identifier(i) for i in range(100)}
    assert seen[-2:] == [server.identifier(2), server.identifier(40)]


def test_get_record_and_deleted_record(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=20)
    sickle = Sickle(server.url)
    record = sickle.GetRecord(identifier=server.identifier(7), metadataPrefix="oai_dc")
    assert record.header.identifier == server.identifier(7)
    server.delete(7)
    record = sickle.GetRecord(identifier=server.identifier(7), metadataPrefix="oai_dc")
    assert record.header.deleted
    assert record.xml.find(f"{OAI}metadata") is None


ERRORS = [
    ({"verb": "Nonsense"}, "badVerb"),
    ({}, "badVerb"),
    ({"verb": "ListRecords"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "colour": "red"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-13-45"}, "badArgument"),
    (
        {
            "verb": "ListRecords",
            "metadataPrefix": "oai_dc",
            "from": "2021-01-01",
            "until": "2020-01-01",
        },
        "badArgument",
    ),
    (
        {
            "verb": "ListRecords",
            "metadataPrefix": "oai_dc",
            "from": "2020-01-01",
            "until": "2021-01-01T00:00:00Z",
        },
        "badArgument",
    ),
    ({"verb": "ListRecords", "resumptionToken": "not-a-token"}, "badResumptionToken"),
    ({"verb": "ListSets", "resumptionToken": "x"}, "badResumptionToken"),
    ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
    (
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:chm.example.fr:99"},
        "idDoesNotExist",
    ),
    (
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:chm.example.fr:007"},
        "idDoesNotExist",
    ),
    ({"verb": "ListMetadataFormats", "identifier": "nope"}, "idDoesNotExist"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2030-01-01"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:unicorn"}, "noRecordsMatch"),
]


@pytest.mark.parametrize(("params", "code"), ERRORS)
def test_every_error_code(demo_oai_server: Start, params: dict[str, str], code: str) -> None:
    server = demo_oai_server(count=20)
    root = _get(server.url, **params)
    error = root.find(f"{OAI}error")
    assert error is not None
    assert error.get("code") == code
    assert error.text
    request = root.find(f"{OAI}request")
    assert request is not None
    if code in ("badVerb", "badArgument"):
        assert request.attrib == {}


def test_repeated_argument_no_metadata_formats_and_no_set_hierarchy(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=20)
    body = requests.get(server.url + "?verb=Identify&verb=Identify", timeout=5).text
    assert 'code="badVerb"' in body
    body = requests.get(
        server.url + "?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", timeout=5
    ).text
    assert 'code="badArgument"' in body
    server.delete(3)
    root = _get(server.url, verb="ListMetadataFormats", identifier=server.identifier(3))
    assert root.find(f"{OAI}error").get("code") == "noMetadataFormats"
    flat = demo_oai_server(count=20, sets=False)
    for params in (
        {"verb": "ListSets"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:project"},
    ):
        assert _get(flat.url, **params).find(f"{OAI}error").get("code") == "noSetHierarchy"


def test_post_and_unknown_paths(demo_oai_server: Start) -> None:
    server = demo_oai_server(count=5)
    response = requests.post(
        server.url, data={"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}, timeout=5
    )
    assert response.text.count("<header>") == 5
    missing = requests.get(server.root + "/elsewhere", timeout=5)
    assert missing.status_code == 404
    assert "/oai" in missing.text


def test_start_demo_nodes_serves_three_languages_and_2000_records() -> None:
    servers = start_demo_nodes(ports={"fr-chm": 0, "es-chm": 0, "gb-chm": 0})
    try:
        assert sum(s.count for s in servers) >= 2000
        langs = set()
        for server in servers:
            records = list(Sickle(server.url).ListRecords(metadataPrefix="oai_dc"))
            assert len(records) == server.count
            langs.add(
                records[0]
                .xml.find(".//{http://purl.org/dc/elements/1.1/}title")
                .get("{http://www.w3.org/XML/1998/namespace}lang")
            )
        assert langs == {"fr", "es", "en"}
    finally:
        stop_demo_nodes(servers)


def test_start_demo_nodes_explains_unknown_nodes_and_busy_ports() -> None:
    with pytest.raises(ValueError, match="unknown demo node"):
        start_demo_nodes({"xx-chm": 5})
    with DemoOaiServer(NODES["fr-chm"], 1) as busy, pytest.raises(OSError, match="in use"):
        start_demo_nodes({"es-chm": 5, "fr-chm": 5}, ports={"es-chm": 0, "fr-chm": busy.port})


def test_command_line_runs_a_node_and_rejects_bad_input() -> None:
    bad = subprocess.run(
        [sys.executable, "-m", "demo.oai_server", "--node", "xx"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2
    assert "invalid choice: 'xx'" in bad.stderr
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "demo.oai_server",
            "--node",
            "gb-chm",
            "--count",
            "30",
            "--port",
            "0",
            "--page-size",
            "7",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.search(r"http://\S+", line)
        assert url is not None
        assert len(_ids(url.group(0))) == 30
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_pages_through_a_million_records(demo_oai_server: Start) -> None:
    # Speed is measured in bench/ (bench_harvest.py serves from this node), never here.
    server = demo_oai_server(count=1_000_000)
    n = 0
    token = None
    session = requests.Session()
    while n < 50_000:
        params = (
            {"verb": "ListRecords", "resumptionToken": token}
            if token
            else {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
        )
        body = session.get(server.url, params=params, timeout=30).content
        n += body.count(b"<record>")
        token = re.search(rb"<resumptionToken[^>]*>([^<]+)<", body).group(1).decode()
    assert n >= 50_000
    last = server.identifier(999_999)
    assert _ids(server.url, **{"from": format_datestamp(NODES["fr-chm"].epoch(999_999))}) == [last]


def test_a_prerendering_node_serves_exactly_what_a_rendering_one_serves() -> None:
    from demo.provider import DemoProvider

    def pages(provider: DemoProvider, mask_datestamps: bool = False) -> list[bytes]:
        out: list[bytes] = []
        params = {"verb": ["ListRecords"], "metadataPrefix": ["oai_dc"]}
        masked = rb"<responseDate>[^<]*<" + (rb"|<datestamp>[^<]*<" if mask_datestamps else b"")
        while True:
            body = provider.handle(params).body
            out.append(re.sub(masked, b"", body))
            token = re.search(rb"<resumptionToken[^>]*>([^<]+)<", body)
            if not token:
                return out
            params = {"verb": ["ListRecords"], "resumptionToken": [token[1].decode()]}

    plain = DemoProvider(NODES["es-chm"], 120, page_size=50)
    cached = DemoProvider(NODES["es-chm"], 120, page_size=50, cache_records=True)
    cached.prerender()
    assert len(pages(cached)) == 3
    assert pages(cached) == pages(plain)
    for provider in (plain, cached):  # a change is served fresh, not from the cache
        provider.update(7)
        provider.delete(8)
    # (the two changes may fall in different seconds: their datestamps are not compared)
    assert pages(cached, mask_datestamps=True) == pages(plain, mask_datestamps=True)
    assert b'status="deleted"' in b"".join(pages(cached))
