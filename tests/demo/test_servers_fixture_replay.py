"""The recorded-fixture replay server: real bodies, recorded statuses, token chains."""

from __future__ import annotations

import json

import pytest
import requests
import sickle.oaiexceptions as oaiexc
from sickle import Sickle

from tests.servers.fixture_server import ERROR_CODES, FIXTURES

META = json.loads((FIXTURES / "zenodo-scythe" / "_http_meta.json").read_text())


@pytest.mark.parametrize("name", sorted(META))
def test_zenodo_files_keep_their_recorded_status_and_content_type(
    fixture_oai_url: str, name: str
) -> None:
    response = requests.get(f"{fixture_oai_url}/zenodo-scythe/{name}", timeout=5)
    assert response.status_code == META[name]["http_status"]
    assert response.headers["Content-Type"] == META[name]["content_type"]
    assert response.content == (FIXTURES / "zenodo-scythe" / name).read_bytes()


def test_a_422_error_comes_back_as_422_from_the_endpoint(fixture_oai_url: str) -> None:
    url = f"{fixture_oai_url}/zenodo-scythe/oai"
    response = requests.get(
        url, params={"verb": "ListRecords", "resumptionToken": "XXX"}, timeout=5
    )
    assert response.status_code == 422
    assert b'code="badResumptionToken"' in response.content
    response = requests.get(
        url, params={"verb": "ListIdentifiers", "metadataPrefix": "XXX"}, timeout=5
    )
    assert response.status_code == 422
    assert b'code="badArgument"' in response.content


@pytest.mark.parametrize(
    ("folder", "verb", "params", "count"),
    [
        ("sickle", "ListRecords", {"metadataPrefix": "oai_dc"}, 8),
        ("sickle", "ListIdentifiers", {"metadataPrefix": "oai_dc"}, 4),
        ("zenodo-scythe", "ListRecords", {"metadataPrefix": "oai_dc"}, 9),
        ("zenodo-scythe", "ListIdentifiers", {"metadataPrefix": "oai_dc"}, 9),
        ("zenodo-scythe", "ListSets", {}, 10),
        (
            "pyoai-dspace-erasmus",
            "ListRecords",
            {"metadataPrefix": "oai_dc", "from": "2003-04-10"},
            16,
        ),
        (
            "pyoai-dspace-erasmus",
            "ListRecords",
            {"metadataPrefix": "oai_dc", "from": "2004-01-01"},
            81,
        ),
        ("phpoaipmh", "ListIdentifiers", {"metadataPrefix": "nsdl_dc", "from": "2012-07-26"}, 733),
    ],
)
def test_sickle_follows_the_recorded_chains(
    fixture_oai_url: str, folder: str, verb: str, params: dict[str, str], count: int
) -> None:
    client = Sickle(f"{fixture_oai_url}/{folder}/oai")
    method = getattr(client, verb)
    kwargs = {"ignore_deleted": False, **params} if verb != "ListSets" else params
    assert len(list(method(**kwargs))) == count


def test_sickle_chain_has_a_deleted_header_on_every_page(fixture_oai_url: str) -> None:
    records = list(
        Sickle(f"{fixture_oai_url}/sickle/oai").ListRecords(
            metadataPrefix="oai_dc", ignore_deleted=False
        )
    )
    assert [r.header.deleted for r in records] == [True, False] * 4


def test_an_unrecorded_page_is_a_bad_token(fixture_oai_url: str) -> None:
    records = Sickle(f"{fixture_oai_url}/pycsw/oai").ListRecords(metadataPrefix="oai_dc")
    with pytest.raises(oaiexc.BadResumptionToken):
        list(records)


@pytest.mark.parametrize("code", ERROR_CODES)
def test_error_endpoints_raise_the_matching_sickle_exception(
    fixture_oai_url: str, code: str
) -> None:
    client = Sickle(f"{fixture_oai_url}/error/{code}/oai")
    expected = getattr(oaiexc, code[0].upper() + code[1:], oaiexc.OAIError)
    with pytest.raises(expected):
        list(client.ListRecords(metadataPrefix="oai_dc"))


def test_broken_html_and_single_file_endpoints(fixture_oai_url: str) -> None:
    broken = requests.get(f"{fixture_oai_url}/broken/oai?verb=Identify", timeout=5)
    assert (broken.status_code, broken.content) == (200, b"broken xml")
    html = requests.get(f"{fixture_oai_url}/html/oai?verb=Identify", timeout=5)
    assert html.status_code == 200
    assert html.headers["Content-Type"].startswith("text/html")
    assert html.text.startswith("<!DOCTYPE html>")
    one = requests.get(
        f"{fixture_oai_url}/pyoai-dspace-erasmus/broken_Identify_bad_datestamp.xml?verb=Identify",
        timeout=5,
    )
    assert (
        one.content
        == (FIXTURES / "pyoai-dspace-erasmus/broken_Identify_bad_datestamp.xml").read_bytes()
    )


def test_unknown_paths_and_traversal_are_404(fixture_oai_url: str) -> None:
    for path in ("/sickle/nope.xml", "/nowhere/oai", "/sickle/../../../etc/passwd", "/a/b/c/d"):
        response = requests.get(fixture_oai_url + path, timeout=5)
        assert response.status_code == 404, path
        assert b"root:" not in response.content
    index = requests.get(fixture_oai_url + "/", timeout=5)
    assert "URL scheme" in index.text
