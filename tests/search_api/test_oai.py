"""The OAI-PMH provider: every verb and error code, schema validation of every response, and
a complete harvest by sickle (an independent client) while records arrive between pages.

Responses are validated with lxml against tests/search_api/schemas/OAI-PMH.xsd, written from the
published OAI-PMH 2.0 schema, with the oai_dc and simple Dublin Core schemas imported from
local copies: metadata is validated strictly, as the original schema asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sickle import Sickle

from mappings.record import Record
from ops.context import Context
from search_api.app import create_app
from search_api.oai_provider import ListState
from tests.search_api.conftest import TestClient
from tests.servers.app_server import LiveServer

NS = {"o": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/"}
SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "OAI-PMH.xsd")))


def oai(client: TestClient, **params: Any) -> etree._Element:
    """GET /oai, check the response against the schema, return the root element."""
    response = client.get("/oai", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    root = etree.fromstring(response.content)
    assert SCHEMA.validate(root), SCHEMA.error_log.last_error
    return root


def error_code(root: etree._Element) -> str | None:
    err = root.find("o:error", NS)
    return None if err is None else err.get("code")


def test_identify(client: TestClient) -> None:
    root = oai(client, verb="Identify")
    ident = root.find("o:Identify", NS)
    assert ident.findtext("o:protocolVersion", namespaces=NS) == "2.0"
    assert ident.findtext("o:deletedRecord", namespaces=NS) == "persistent"
    assert ident.findtext("o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert ident.findtext("o:baseURL", namespaces=NS).endswith("/oai")


def test_list_metadata_formats_and_sets(client: TestClient) -> None:
    root = oai(client, verb="ListMetadataFormats")
    prefixes = root.xpath("//o:metadataPrefix/text()", namespaces=NS)
    assert prefixes == ["oai_dc"]
    specs = set(oai(client, verb="ListSets").xpath("//o:setSpec/text()", namespaces=NS))
    assert {"node:fr-chm", "node:es-chm", "type:project", "country:SN", "country"} <= specs


def test_get_record_and_list_records_page(client: TestClient) -> None:
    ids = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    first = ids.xpath("//o:header/o:identifier/text()", namespaces=NS)[0]
    root = oai(client, verb="GetRecord", identifier=first, metadataPrefix="oai_dc")
    assert root.xpath("//o:record/o:header/o:identifier/text()", namespaces=NS) == [first]
    assert root.xpath("//dc:title/text()", namespaces=NS)
    assert "node:" in " ".join(root.xpath("//o:setSpec/text()", namespaces=NS))
    page = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    token = page.find(".//o:resumptionToken", NS)
    assert token is not None and token.text and int(token.get("completeListSize")) == 260


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": "Identify", "set": "x"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-13-45"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2021-01-01",
             "until": "2020-01-01"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2021-01-01",
             "until": "2022-01-01T00:00:00Z"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "bad set"}, "badArgument"),
        ({"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"},
         "badArgument"),
        ({"verb": "GetRecord", "identifier": "oai:chm.example.org:x"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        ({"verb": "GetRecord", "identifier": "oai:chm.example.org:nope",
          "metadataPrefix": "oai_dc"}, "idDoesNotExist"),
        ({"verb": "ListMetadataFormats", "identifier": "oai:elsewhere:1"}, "idDoesNotExist"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "country:ZZ"},
         "noRecordsMatch"),
        ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2999-01-01"},
         "noRecordsMatch"),
        ({"verb": "ListRecords", "resumptionToken": "not-a-token"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "anything"}, "badResumptionToken"),
    ],
)  # fmt: skip
def test_error_codes(client: TestClient, params: dict[str, str], code: str) -> None:
    root = oai(client, **params)
    assert error_code(root) == code
    if code in ("badVerb", "badArgument"):
        assert root.find("o:request", NS).attrib == {}  # the protocol says: no attributes


def test_repeated_argument_and_post(client: TestClient) -> None:
    response = client.get("/oai?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")
    assert error_code(etree.fromstring(response.content)) == "badArgument"
    response = client.post(
        "/oai",
        content="verb=Identify",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    root = etree.fromstring(response.content)
    assert SCHEMA.validate(root) and root.find("o:Identify", NS) is not None


def test_token_for_another_verb_is_rejected(client: TestClient) -> None:
    page = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = page.findtext(".//o:resumptionToken", namespaces=NS)
    assert ListState.from_token(token.rpartition(".")[0], "ListIdentifiers").snapshot > 0
    assert error_code(oai(client, verb="ListRecords", resumptionToken=token)) == (
        "badResumptionToken"
    )


def test_sets_select_their_records(client: TestClient, web_ctx: Context) -> None:
    for spec, expect in (("node:es-chm", 80), ("node:gb-chm", 60)):
        headers = _all_headers(client, spec)
        assert len(headers) == expect
    projects = _all_headers(client, "type:project")
    stored = web_ctx.store.conn.execute(
        "SELECT COUNT(*) FROM records WHERE json_extract(json, '$.type') = 'project'"
    ).fetchone()[0]
    assert len(projects) == stored > 0
    senegal = _all_headers(client, "country:SN")
    assert senegal and all("country:SN" in h for h in senegal)


def _all_headers(client: TestClient, set_spec: str) -> list[list[str]]:
    out: list[list[str]] = []
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=set_spec)
    while True:
        for h in root.xpath("//o:header", namespaces=NS):
            out.append(h.xpath("o:setSpec/text()", namespaces=NS))
        token = root.findtext(".//o:resumptionToken", namespaces=NS)
        if not token:
            return out
        root = oai(client, verb="ListIdentifiers", resumptionToken=token)


# --- a live harvest by sickle, with records arriving and a deletion ------------------------------


def _new_records(n: int, start: int, now: str) -> list[tuple[str, str, bool, str]]:
    out = []
    for i in range(start, start + n):
        rec = Record(id=f"fr-chm:new:{i}", node="fr-chm", source_id=f"new:{i}", type="project",
                     title={"en": f"New project {i}"}, countries=["SN"])  # fmt: skip
        out.append((rec.id, rec.node, False, rec.to_json()))
    return out


@pytest.fixture
def live_oai(fresh_ctx: Context) -> Iterator[tuple[str, Context]]:
    app = create_app(fresh_ctx)
    app.state.oai_page_size = 7
    server = LiveServer(app).start()
    yield server.url + "/oai", fresh_ctx
    server.stop()


def test_sickle_harvests_everything_once_while_records_arrive(
    live_oai: tuple[str, Context],
) -> None:
    url, ctx = live_oai
    store = ctx.store
    gone = "fr-chm:oai:chm.example.fr:5"
    store.records.write([(gone, "fr-chm", True, "{}")], "2030-01-01T00:00:00Z")
    snapshot = {r[0] for r in store.conn.execute("SELECT id FROM records")}
    sickle = Sickle(url, max_retries=0, timeout=10)
    seen: list[str] = []
    deleted: list[str] = []
    added = 0
    for record in sickle.ListRecords(metadataPrefix="oai_dc", ignore_deleted=False):
        rid = record.header.identifier.split(":", 2)[2]
        seen.append(rid)
        if record.header.deleted:
            deleted.append(rid)
        else:
            assert record.metadata["title"]
        if len(seen) % 7 == 3:  # mid-page: new records arrive before the next token is used
            store.records.write(_new_records(5, added, "2030-01-02T00:00:00Z"),
                                "2030-01-02T00:00:00Z")  # fmt: skip
            added += 5
    assert added >= 25
    assert len(seen) == len(set(seen)) == len(snapshot) == 40
    assert set(seen) == snapshot
    assert deleted == [gone]
    # the next incremental harvest brings the records that arrived meanwhile
    later = [
        h.identifier.split(":", 2)[2]
        for h in sickle.ListIdentifiers(metadataPrefix="oai_dc", **{"from": "2030-01-02"})
    ]
    assert sorted(later) == sorted(f"fr-chm:new:{i}" for i in range(added))


def test_from_until_seconds_granularity(fresh_ctx: Context) -> None:
    store = fresh_ctx.store
    for i, stamp in enumerate(("2031-05-01T10:00:04Z", "2031-05-01T10:00:05Z",
                               "2031-05-01T10:00:06Z")):  # fmt: skip
        store.records.write(_new_records(1, 100 + i, stamp), stamp)
    with TestClient(create_app(fresh_ctx)) as client:
        root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc",
                   **{"from": "2031-05-01T10:00:05Z", "until": "2031-05-01T10:00:05Z"})  # fmt: skip
        assert root.xpath("//o:identifier/text()", namespaces=NS) == [
            "oai:chm.example.org:fr-chm:new:101"
        ]
        assert root.xpath("//o:datestamp/text()", namespaces=NS) == ["2031-05-01T10:00:05Z"]
        days = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc",
                   **{"from": "2031-05-01", "until": "2031-05-01"})  # fmt: skip
        assert len(days.xpath("//o:header", namespaces=NS)) == 3


def test_deleted_record_without_metadata(fresh_ctx: Context) -> None:
    fresh_ctx.store.records.write([("fr-chm:ghost", "fr-chm", True, "{}")], "2031-01-01T00:00:00Z")
    with TestClient(create_app(fresh_ctx)) as client:
        ident = "oai:chm.example.org:fr-chm:ghost"
        root = oai(client, verb="GetRecord", identifier=ident, metadataPrefix="oai_dc")
        header = root.find(".//o:header", NS)
        assert header.get("status") == "deleted"
        assert root.find(".//o:metadata", NS) is None
        root = oai(client, verb="ListMetadataFormats", identifier=ident)
        assert error_code(root) == "noMetadataFormats"
