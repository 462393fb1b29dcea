"""The independent pyoai provider and the fault-injecting server behave as documented."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import requests
from lxml import etree
from sickle import Sickle
from sickle.oaiexceptions import BadResumptionToken

from tests.servers.faults import FAULTS, FaultServer
from tests.servers.pyoai_server import PyoaiServer

OAI = "{http://www.openarchives.org/OAI/2.0/}"
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _fill(server: PyoaiServer, n: int = 10) -> None:
    for i in range(n):
        server.add(
            f"oai:t:{i}",
            f"2024-01-{i + 1:02d}T10:00:00Z",
            title=f"Record {i}",
            sets=["odd" if i % 2 else "even"],
            subject=["mercure", "POPs"],
        )


def test_pyoai_paginates_in_batches(pyoai_server: PyoaiServer) -> None:
    _fill(pyoai_server)
    records = list(Sickle(pyoai_server.url).ListRecords(metadataPrefix="oai_dc"))
    assert [r.header.identifier for r in records] == [f"oai:t:{i}" for i in range(10)]
    assert records[0].metadata["subject"] == ["mercure", "POPs"]
    pages = [p for p in pyoai_server.requests if p.get("verb") == ["ListRecords"]]
    assert len(pages) == 4  # 3 + 3 + 3 + 1
    assert "resumptionToken" in pages[1]


def test_pyoai_deleted_records_sets_and_from(pyoai_server: PyoaiServer) -> None:
    _fill(pyoai_server)
    pyoai_server.delete("oai:t:3", "2024-03-01T00:00:00Z")
    pyoai_server.update("oai:t:4", "2024-03-02T00:00:00Z", title="Changed")
    client = Sickle(pyoai_server.url)
    recent = list(
        client.ListRecords(metadataPrefix="oai_dc", ignore_deleted=False, **{"from": "2024-02-01"})
    )
    assert [(r.header.identifier, r.header.deleted) for r in recent] == [
        ("oai:t:3", True),
        ("oai:t:4", False),
    ]
    assert recent[1].metadata["title"] == ["Changed"]
    odd = [
        h.identifier
        for h in client.ListIdentifiers(metadataPrefix="oai_dc", set="odd", ignore_deleted=False)
    ]
    assert odd == ["oai:t:1", "oai:t:5", "oai:t:7", "oai:t:9", "oai:t:3"]


def test_pyoai_day_granularity(pyoai_server_factory: Callable[..., PyoaiServer]) -> None:
    server = pyoai_server_factory(batch_size=4, granularity="day")
    _fill(server)
    client = Sickle(server.url)
    assert client.Identify().granularity == "YYYY-MM-DD"
    headers = list(client.ListIdentifiers(metadataPrefix="oai_dc", until="2024-01-03"))
    assert [h.datestamp for h in headers] == ["2024-01-01", "2024-01-02", "2024-01-03"]
    body = requests.get(
        server.url,
        params={
            "verb": "ListIdentifiers",
            "metadataPrefix": "oai_dc",
            "from": "2024-01-03T00:00:00Z",
        },
        timeout=5,
    )
    assert 'code="badArgument"' in body.text


def test_pyoai_errors(pyoai_server: PyoaiServer) -> None:
    _fill(pyoai_server, 2)
    for params, code in (
        ("verb=ListRecords&resumptionToken=garbage", "badResumptionToken"),
        ("verb=ListRecords&metadataPrefix=marc", "cannotDisseminateFormat"),
        ("verb=GetRecord&metadataPrefix=oai_dc&identifier=nope", "idDoesNotExist"),
        ("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"),
        ("verb=Dance", "badVerb"),
    ):
        body = requests.get(f"{pyoai_server.url}?{params}", timeout=5).text
        assert f'code="{code}"' in body, params


# -- faults -----------------------------------------------------------------------------------


def _page(server: FaultServer, fault: str, token: str | None = None) -> requests.Response:
    params = (
        {"verb": "ListRecords", "resumptionToken": token}
        if token
        else {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    )
    return requests.get(server.fault_url(fault), params=params, timeout=5)


def _token(response: requests.Response) -> str:
    match = re.search(r"<resumptionToken[^>]*>([^<]+)<", response.text)
    assert match is not None
    return match.group(1)


def test_ok_path_harvests_three_pages(fault_server: FaultServer) -> None:
    records = list(Sickle(fault_server.fault_url("ok")).ListRecords(metadataPrefix="oai_dc"))
    assert len(records) == 25
    assert fault_server.hits["/ok"] == 3


def test_503_then_ok_and_429(fault_server: FaultServer) -> None:
    statuses = [_page(fault_server, "503-then-ok") for _ in range(3)]
    assert [r.status_code for r in statuses] == [503, 503, 200]
    assert statuses[0].headers["Retry-After"] == "1"
    assert [_page(fault_server, "429-then-ok").status_code for _ in range(2)] == [429, 200]


def test_slow_times_out_once(fault_server: FaultServer) -> None:
    fault_server.slow_seconds = 1.0
    with pytest.raises(requests.Timeout):
        requests.get(fault_server.fault_url("slow"), params={"verb": "Identify"}, timeout=0.3)
    assert (
        requests.get(
            fault_server.fault_url("slow"), params={"verb": "Identify"}, timeout=0.9
        ).status_code
        == 200
    )


@pytest.mark.parametrize("fault", ["dies-mid-harvest", "500-mid-harvest"])
def test_page_two_fails_once(fault_server: FaultServer, fault: str) -> None:
    token = _token(_page(fault_server, fault))
    if fault == "dies-mid-harvest":
        with pytest.raises(requests.ConnectionError):
            _page(fault_server, fault, token)
    else:
        assert _page(fault_server, fault, token).status_code == 500
    assert _page(fault_server, fault, token).text.count("<record>") == 10


def test_not_xml_and_bad_token_on_page_two(fault_server: FaultServer) -> None:
    token = _token(_page(fault_server, "not-xml-page2"))
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(_page(fault_server, "not-xml-page2", token).content, SAFE)
    records = Sickle(fault_server.fault_url("bad-token")).ListRecords(metadataPrefix="oai_dc")
    with pytest.raises(BadResumptionToken):
        list(records)


def test_html_xxe_and_billion_laughs(fault_server: FaultServer) -> None:
    html = _page(fault_server, "html")
    assert (html.status_code, html.headers["Content-Type"]) == (200, "text/html; charset=utf-8")
    xxe = _page(fault_server, "xxe").content
    assert b'<!ENTITY xxe SYSTEM "file:///etc/passwd">' in xxe
    root = etree.fromstring(xxe, SAFE)
    assert b"root:" not in etree.tostring(root)
    laughs = _page(fault_server, "billion-laughs").content
    assert b"<!ENTITY lol9" in laughs
    assert len(laughs) < 3000
    identify = requests.get(fault_server.fault_url("xxe"), params={"verb": "Identify"}, timeout=5)
    assert b"<!ENTITY" not in identify.content


def test_reset_and_unknown_faults(fault_server: FaultServer) -> None:
    _page(fault_server, "503-then-ok")
    fault_server.reset()
    assert _page(fault_server, "503-then-ok").status_code == 503
    assert fault_server.hits == {"/503-then-ok": 1}
    assert requests.get(fault_server.url + "/nope", timeout=5).status_code == 404
    with pytest.raises(ValueError, match="unknown fault"):
        fault_server.fault_url("nope")
    assert len(FAULTS) == 11
