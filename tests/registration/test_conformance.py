"""The conformance report against real recorded responses (../shared/fixtures).

Zenodo is the well-behaved repository (3-page ListRecords, errors answered with HTTP 422);
the HTML page is what httpbun answered to ?verb=Identify. Sickle's and DSpace's recordings
come from the shared replay server (tests/servers) when it is installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from core.config import NodeConfig, Settings, load_settings
from mappings.base import RawRecord
from ops.context import Context
from registration.conformance import Report, _sample_checks, run_report
from search_api.app import create_app
from tests.servers.registration_endpoints import ZENODO

from .helpers import registration, write_config


def _check(report: Report, check_id: str) -> tuple[str, str, str]:
    c = next(c for c in report.checks if c.id == check_id)
    return c.status, c.message, c.hint


def test_well_behaved_repository(settings: Settings, oai_url: str) -> None:
    report = run_report(NodeConfig(id="zen", url=oai_url, country="CH"), settings)
    assert report.status == "warn", report.to_text()
    assert not [c for c in report.checks if c.status == "fail"]
    for check_id in (
        "identify",
        "identify.protocol_version",
        "identify.granularity",
        "identify.earliest_datestamp",
        "identify.admin_email",
        "identify.utc",
        "list_metadata_formats",
        "list_sets",
        "list_records",
        "resumption_token",
        "datestamps",
        "mapping",
    ):
        assert _check(report, check_id)[0] == "pass", check_id
    assert "info@zenodo.org" in _check(report, "identify.admin_email")[1]
    status, message, hint = _check(report, "identify.deleted_record")
    assert status == "warn"
    assert message.startswith("deletedRecord is 'no'")
    assert "persistent" in hint
    assert "3 records on the second page" in _check(report, "resumption_token")[1]
    # 6 records on two pages, one a deletion: 5 mapped, none failed
    assert report.sample["records"] == 6
    assert report.sample["deleted"] == 1
    assert report.sample["mapped"] == 5
    assert report.sample["failed"] == []
    status, message, hint = _check(report, "field.languages")
    assert status == "warn"
    assert message == "3 of 5 records lack dc:language"
    assert hint == "add it or set a default language for the node"
    assert _check(report, "field.countries")[0] == "pass"  # the node's country fills in
    assert _check(report, "concepts")[0] == "skip"  # no vocabulary in this config
    data = json.loads(json.dumps(report.to_dict()))
    assert data["status"] == "warn"
    assert data["counts"]["fail"] == 0
    assert {"id", "title", "status", "message", "hint", "details"} <= set(data["checks"][0])


def test_default_language_silences_the_language_warning(settings: Settings, oai_url: str) -> None:
    node = NodeConfig(id="zen", url=oai_url, country="CH", default_language="en")
    report = run_report(node, settings)
    assert _check(report, "field.languages")[0] == "pass"


def test_prefix_not_offered_http_422(settings: Settings, oai_url: str) -> None:
    """Zenodo answers an unknown prefix with badArgument and HTTP 422."""
    report = run_report(NodeConfig(id="zen", url=oai_url, metadata_prefix="XXX"), settings)
    assert report.status == "fail"
    status, message, hint = _check(report, "list_metadata_formats")
    assert status == "fail"
    assert "does not offer 'XXX'" in message and "oai_dc" in message
    assert "metadata prefix" in hint
    status, message, _ = _check(report, "list_records")
    assert status == "fail"
    assert "badArgument" in message and "metadataPrefix does not exist" in message


def test_expired_resumption_token_http_422(settings: Settings, oai_url: str) -> None:
    """The recorded 'software' set page has a token that leads nowhere: badResumptionToken
    answered with HTTP 422 fails the token check."""
    report = run_report(NodeConfig(id="zen", url=oai_url, set="software"), settings)
    status, message, hint = _check(report, "resumption_token")
    assert status == "fail"
    assert "badResumptionToken" in message
    assert "tokens must not expire" in hint
    assert report.status == "fail"


def test_html_page_answering_identify(settings: Settings, html_url: str) -> None:
    report = run_report(NodeConfig(id="html", url=html_url), settings)
    assert report.status == "fail"
    assert report.refused is None
    status, message, hint = _check(report, "identify")
    assert status == "fail"
    assert "HTML page, not OAI-PMH XML" in message
    assert "OAI-PMH base URL" in hint
    assert _check(report, "oai")[0] == "skip"


def test_records_failing_mapping_are_named(settings: Settings) -> None:
    """'1 of 3 records fail mapping: <id> (<why>)' with the record ids."""
    root = etree.parse(str(ZENODO / "zenodo_ListRecords_oai_dc_page1.xml")).getroot()
    ns = "{http://www.openarchives.org/OAI/2.0/}"
    records = []
    for rec in root.iter(f"{ns}record"):
        sid = rec.findtext(f"{ns}header/{ns}identifier")
        deleted = rec.find(f"{ns}header").get("status") == "deleted"
        records.append(RawRecord("n", sid, None, deleted, "oai_dc", etree.tostring(rec)))
    live = [r for r in records if not r.deleted]
    broken = RawRecord("n", "oai:broken:1", None, False, "oai_dc", b"<record><header/></record>")
    report = Report(
        node_id="n", url="http://x", protocol="oai-pmh", metadata_prefix="oai_dc", mapping="oai_dc"
    )
    _sample_checks(report, NodeConfig(id="n", url="http://x"), [*live, broken], None)
    status, message, hint = _check(report, "mapping")
    total = len(live) + 1
    assert status == "warn"
    assert message.startswith(f"1 of {total} records fail mapping: oai:broken:1 (")
    assert "the others will be harvested" in hint
    assert report.sample["failed"][0]["id"] == "oai:broken:1"


def test_nothing_maps(settings: Settings, oai_url: str) -> None:
    """datacite records read with the oai_dc mapping: every record fails, the report fails."""
    node = NodeConfig(id="zen", url=oai_url, metadata_prefix="datacite", mapping="oai_dc")
    report = run_report(node, settings)
    status, message, _ = _check(report, "mapping")
    assert status == "fail"
    assert message.startswith("none of the ")
    assert "oai:zenodo.org:" in message


def test_json_api_first_page_mapped(settings: Settings, base_url: str) -> None:
    node = NodeConfig(
        id="ckan",
        url=f"{base_url}/ckan/package_search",
        protocol="json",
        mapping="ckan",
        options={"profile": "ckan"},
    )
    report = run_report(node, settings)
    assert report.status != "fail", report.to_text()
    assert _check(report, "fetch")[:2] == ("pass", "3 records on the first page")
    assert _check(report, "mapping")[0] == "pass"
    assert _check(report, "field.languages")[1] == "3 of 3 records lack a language"


def test_json_api_bad_options_fail_clearly(settings: Settings, base_url: str) -> None:
    node = NodeConfig(id="j", url=f"{base_url}/ckan/package_search", protocol="json")
    report = run_report(node, settings)
    status, message, _ = _check(report, "fetch")
    assert status == "fail"
    assert "records_path" in message


@pytest.mark.parametrize("name", ["catalog.rdf", "dataset_multilingual.ttl"])
def test_dcat_first_page_mapped(settings: Settings, base_url: str, name: str) -> None:
    node = NodeConfig(id="dcat", url=f"{base_url}/dcat/{name}", protocol="dcat", mapping="dcat")
    report = run_report(node, settings)
    assert _check(report, "fetch")[0] == "pass"
    assert _check(report, "mapping")[0] == "pass"
    assert report.sample["mapped"] >= 1


def test_sickle_and_dspace_recordings(settings: Settings, replay_root: str | None) -> None:
    if replay_root is None:
        pytest.skip("the shared replay server (tests/servers) is not installed")
    sickle = run_report(NodeConfig(id="s", url=f"{replay_root}/sickle/oai"), settings)
    status, message, _ = _check(sickle, "datestamps")
    assert status == "warn"  # Identify declares days, headers carry seconds
    assert "do not match the declared granularity" in message
    assert _check(sickle, "resumption_token")[0] == "pass"
    dspace = run_report(NodeConfig(id="d", url=f"{replay_root}/pyoai-dspace-erasmus/oai"), settings)
    assert dspace.status == "warn", dspace.to_text()
    assert dspace.sample["mapped"] == 16


def test_unreachable_endpoint_hint(settings: Settings) -> None:
    report = run_report(NodeConfig(id="x", url="http://127.0.0.1:9/oai"), settings)
    status, message, hint = _check(report, "identify")
    assert status == "fail"
    assert "refused" in message
    assert "reachable from the internet" in hint


def test_concept_share_with_the_vocabulary(tmp_path: Path, oai_url: str) -> None:
    """With the network's thesaurus loaded, the report says how many sampled records get
    concepts (and registration through the API uses ctx.vocabulary)."""
    thesaurus = Path(__file__).resolve().parents[2] / "vocabulary" / "thesaurus.ttl"
    if not thesaurus.is_file():
        pytest.skip("vocabulary/thesaurus.ttl is not there yet")
    ctx = Context(load_settings(write_config(tmp_path, vocabulary=(str(thesaurus),))))
    assert ctx.vocabulary is not None
    with TestClient(create_app(ctx)) as client:
        r = client.post("/api/nodes", json=registration("zen", oai_url))
    ctx.close()
    report = r.json()["report"]
    concepts = next(c for c in report["checks"] if c["id"] == "concepts")
    share = report["sample"]["concept_share"]
    assert 0.0 <= share <= 1.0
    assert concepts["status"] == ("pass" if share >= 0.3 else "warn")
    assert f"({share:.0%}) get concepts of the network's vocabulary" in concepts["message"]


def _oai_raw(sid: str, dc_type: str | None, title: str) -> RawRecord:
    typ = f"<dc:type>{dc_type}</dc:type>" if dc_type else ""
    body = (
        '<record xmlns="http://www.openarchives.org/OAI/2.0/"><header>'
        f"<identifier>{sid}</identifier><datestamp>2025-01-01</datestamp></header><metadata>"
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>{typ}'
        "</oai_dc:dc></metadata></record>"
    )
    return RawRecord("n", sid, None, False, "oai_dc", body.encode())


def test_records_typed_other_are_reported_with_their_raw_values() -> None:
    """A node whose records map to 'other' is told which dc:type values and what to do."""
    records = [
        _oai_raw("a", "Zorblat XYZ", "Sénégal"),
        _oai_raw("b", "Zorblat XYZ", "Mali"),
        _oai_raw("c", None, "Sans titre parlant"),
        _oai_raw("d", "Offre", "Formation"),
    ]
    report = Report(
        node_id="n", url="http://x", protocol="oai-pmh", metadata_prefix="oai_dc", mapping="oai_dc"
    )
    _sample_checks(report, NodeConfig(id="n", url="http://x"), records, None)
    status, message, hint = _check(report, "types")
    assert status == "warn"
    assert message == (
        "3 of 4 records are typed 'other': dc:type values 'Zorblat XYZ' (2), '(no type stated)' (1)"
    )
    assert "record-type scheme" in hint
    ok = Report(node_id="n", url="http://x", protocol="oai-pmh", metadata_prefix="oai_dc",
                mapping="oai_dc")  # fmt: skip
    _sample_checks(ok, NodeConfig(id="n", url="http://x"), [records[3]], None)
    assert _check(ok, "types")[0] == "pass"
