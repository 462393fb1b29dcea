"""What the registration says to people, in English, French and Spanish: conformance findings
and hints, node definition problems, registry refusals. Against the real app and the real
local OAI-PMH endpoint server (recorded Zenodo answers)."""

from __future__ import annotations

import html
import pickle
from typing import Any

import pytest
from fastapi.testclient import TestClient

from core.config import NODE_MESSAGES, check_node
from core.messages import Message
from core.triggers import schedule_problem
from tests.search_api.test_i18n_pages import english_leaks

from .helpers import registration


def _check(report: dict[str, Any], check_id: str) -> dict[str, Any]:
    return next(c for c in report["checks"] if c["id"] == check_id)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_api_report_keeps_codes_and_adds_the_readers_language(
    client: TestClient, oai_url: str, lang: str
) -> None:
    body = {"url": oai_url, "metadata_prefix": "XXX"}
    r = client.post("/api/validate", json=body, headers={"Accept-Language": f"{lang};q=0.9"})
    assert r.status_code == 200, r.text
    report = r.json()["report"]
    assert report["lang"] == lang
    formats = _check(report, "list_metadata_formats")
    assert formats["code"] == "formats.missing" and formats["params"]["prefix"] == "XXX"
    assert formats["message"].startswith("the endpoint does not offer 'XXX'")  # English kept
    records = _check(report, "list_records")
    assert records["code"] == "step.protocol_error"
    assert records["params"]["oai_code"] == "badArgument"
    assert "metadataPrefix does not exist" in records["node_text"]  # the node's own words
    said = {
        "en": ("the endpoint does not offer 'XXX'", "Metadata formats"),
        "fr": ("le point d'accès ne propose pas « XXX »", "Formats de métadonnées"),
        "es": ("el punto de acceso no ofrece «XXX»", "Formatos de metadatos"),
    }[lang]
    assert formats["localized"]["message"].startswith(said[0])
    assert formats["localized"]["title"] == said[1]
    assert formats["localized"]["lang"] == lang
    if lang != "en":
        assert formats["localized"]["hint"] != formats["hint"]
        assert "badArgument" in records["localized"]["message"]
        assert "server says" not in records["localized"]["message"]


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_report_page_has_no_english_finding(
    client: TestClient, oai_url: str, lang: str
) -> None:
    form = {"id": "x-node", "url": oai_url, "metadata_prefix": "XXX", "action": "validate"}
    r = client.post(f"/register?lang={lang}", data=form)
    client.cookies.clear()
    assert r.status_code == 200
    page = html.unescape(r.text)
    assert english_leaks(r.text, lang) == []
    words = {"fr": "Texte envoyé par le nœud :", "es": "Texto enviado por el nodo:"}[lang]
    assert words in page and "metadataPrefix does not exist" in page  # labelled, as sent
    assert "does not offer" not in page and "Metadata formats" not in page


def test_the_leak_check_sees_an_english_finding() -> None:
    page = "<td>the endpoint does not offer 'XXX' (it offers: oai_dc)</td><td>Sets</td>"
    assert english_leaks(page, "fr") == ["the endpoint does not offer 'XXX' (it offers: oai_dc"]


@pytest.mark.parametrize(
    ("lang", "body", "code", "said"),
    [
        ("fr", {"url": "ftp://e.org/"}, "node.bad_url", "url : « ftp://e.org/ » n'est pas une URL"),
        ("es", {"schedule": "0 24 * * *"}, "schedule.invalid", "calendario: «0 24 * * *» no es"),
        ("fr", {"country": "FRA"}, "node.bad_country", "pays : « FRA » n'est pas un code ISO"),
        ("es", {"contact": "nope"}, "contact_email", "correo: «nope» no es una dirección"),
    ],
)
def test_api_errors_carry_a_code_and_the_readers_language(
    client: TestClient, lang: str, body: dict[str, Any], code: str, said: str
) -> None:
    sent = registration("x-node", "http://example.org/oai") | body
    r = client.post("/api/nodes", json=sent, headers={"Accept-Language": lang})
    assert r.status_code == 400, r.text
    data = r.json()
    assert data["lang"] == lang and said in data["message"]
    assert data["error"] != data["message"]  # the English sentence stays for scripts
    if code.startswith(("node.", "schedule.")):
        assert data["code"] == "node_invalid"
        page = client.post(
            f"/register?lang={lang}",
            data={"id": "x-node", "contact_email": "a@b.org", "url": "http://e.org/oai"}
            | {k: v for k, v in body.items() if k != "contact"},
        )
        client.cookies.clear()
        assert said in html.unescape(page.text) and english_leaks(page.text, lang) == []
    else:
        assert data["code"] == code


def test_registry_refusals_in_the_readers_language(client: TestClient) -> None:
    r = client.get("/api/nodes/no-such-node", headers={"Accept-Language": "es"})
    assert r.status_code == 404
    assert r.json()["code"] == "registry.no_node"
    assert r.json()["message"] == "no existe el nodo «no-such-node»"
    assert r.json()["error"] == "no node 'no-such-node'"


def test_node_problems_are_coded_english_sentences() -> None:
    node, problems = check_node({"id": "Bad Id", "url": "gopher://x", "schedule": "0m"})
    assert node is None
    codes = [p.code for p in problems if isinstance(p, Message)]
    assert codes == ["node.bad_id", "node.bad_url", "schedule.zero"]
    assert problems[1] == "url: 'gopher://x' is not an http(s) URL"
    assert pickle.loads(pickle.dumps(problems[1])).params == {"value": "gopher://x"}
    again = schedule_problem("61 * * * *")
    assert again is not None and again.code == "schedule.invalid"
    assert set(NODE_MESSAGES) >= {p.code for p in problems if p.code.startswith("node.")}


def test_a_misconfigured_nodes_problem_on_the_operators_page_in_spanish() -> None:
    from core.config import _misconfigured
    from search_api.operators import health_reason

    item = {"id": "old", "url": "http://e.org/oai", "schedule": "0 24 * * *"}
    _, problems = check_node(item)
    node = _misconfigured(item, problems, "nodes.local.toml: nodes[0]")
    assert node is not None and isinstance(node.problem, Message)
    assert node.problem.startswith("nodes.local.toml: nodes[0].schedule: '0 24 * * *' is not")
    row = {"health": "misconfigured", "problem": node.problem}
    said = health_reason(row, "es", 3)
    assert said.startswith("sin programar: nodes.local.toml: nodes[0].calendario: «0 24 * * *»")
    assert "is not valid" not in said
