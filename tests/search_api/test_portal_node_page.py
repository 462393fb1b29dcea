"""A node's own page, opened with its API key (form, no JavaScript) or by scripts with the key
in the Authorization header; and /register's country picker. Real app, real harvest."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

import pytest

from index.base import SearchQuery
from mappings.record import Record
from ops.context import Context
from registration.registry import Actor
from search_api import i18n
from search_api.app import create_app
from tests.search_api.conftest import TestClient


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name).casefold()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.fixture
def node_world(fresh_ctx: Context) -> dict[str, Any]:
    """fr-chm harvested (40 records), given an API key, one record re-typed ``other``, one
    rejected record in its latest run, and a stored conformance report."""
    ctx = fresh_ctx
    key = ctx.registry.rotate_key("fr-chm", Actor("operator", "test"))
    hit = ctx.index.search(SearchQuery(limit=1)).hits[0]
    other = dict(hit.record) | {"id": "fr-chm:odd-one", "type": "other", "source_id": "odd-one"}
    other["title"] = {"en": "A record of no known type"}
    ctx.index.upsert([Record.from_dict(other)])
    ctx.index.commit()
    run_id = ctx.store.runs.recent("fr-chm")[0]["id"]
    ctx.store.runs.add_errors(run_id, [{"source_id": "oai:bad:7", "stage": "map",
                                        "message": "no title in any language"}])  # fmt: skip
    ctx.registry.save_report("fr-chm", {
        "status": "warn", "summary": "1 warning", "finished_at": "2026-12-01T00:00:00Z",
        "checks": [{"status": "warn", "title": "Datestamps in UTC", "message": "one is not",
                    "hint": "end them with Z"}],
    })  # fmt: skip
    client = TestClient(create_app(ctx))
    return {"ctx": ctx, "key": key, "client": client, "run_id": run_id}


def test_the_key_opens_the_nodes_page(node_world: dict[str, Any]) -> None:
    client, key, ctx = node_world["client"], node_world["key"], node_world["ctx"]
    form = client.get("/node?lang=fr")
    assert form.status_code == 200 and 'name="key"' in form.text and 'lang="fr"' in form.text
    client.cookies.clear()  # the ?lang= switch is remembered; this page is read in English
    page = client.post("/node", data={"key": key})
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    text = html.unescape(page.text)
    assert key not in text
    # registration and conformance report
    assert "Node fr-chm" in text and ctx.settings.node("fr-chm").url in text
    assert "Datestamps in UTC" in text and "end them with Z" in text
    # holdings by type and topic, each a link to the node's records in the search
    facts = client.get("/api/search", params={"node": "fr-chm", "size": 0,
                                              "facets": "type,concept"}).json()  # fmt: skip
    for f in facts["facets"]["type"]:
        assert f'href="/?node=fr-chm&type={f["value"]}"' in page.text.replace("&amp;", "&")
    assert facts["facets"]["concept"] and "node=fr-chm&concept=" in text
    # records typed other, rejected records with their reason, runs
    assert "A record of no known type" in text and "odd-one" in text
    assert "oai:bad:7" in text and "no title in any language" in text
    assert re.search(rf"<td>{node_world['run_id']}</td><td>success</td>", page.text)


def test_the_page_in_three_languages(node_world: dict[str, Any]) -> None:
    client, key = node_world["client"], node_world["key"]
    for lang, heading in (("en", "Harvest runs"), ("fr", "Moissons"), ("es", "Recolecciones")):
        page = client.post(f"/node?lang={lang}", data={"key": key}).text
        runs = html.escape(i18n.translator(lang)("run_success"))
        assert f'<html lang="{lang}">' in page and heading in page
        assert f"<td>{runs}</td>" in page


def test_a_wrong_key_opens_nothing(node_world: dict[str, Any]) -> None:
    client, key = node_world["client"], node_world["key"]
    for bad in ("", "chmk.fr-chm.wrong", key + "x", "chmk.es-chm." + key.split(".")[-1]):
        r = client.post("/node", data={"key": bad})
        assert r.status_code == 401
        assert "does not open any node" in r.text and "Harvest runs" not in r.text


def test_scripts_use_the_header(node_world: dict[str, Any]) -> None:
    client, key = node_world["client"], node_world["key"]
    assert client.get("/nodes/fr-chm/page").status_code == 401
    twin = client.get("/nodes/fr-chm/page?format=json", headers={"Authorization": f"Bearer {key}"})
    assert twin.status_code == 200
    body = twin.json()
    assert body["node"]["id"] == "fr-chm" and body["other"]["total"] == 1
    assert body["rejected"][0]["source_id"] == "oai:bad:7"


def test_register_has_a_country_picker_in_the_readers_language(client: TestClient) -> None:
    for lang, senegal, germany in (("en", "Senegal", "Germany"), ("fr", "Sénégal", "Allemagne"),
                                   ("es", "Senegal", "Alemania")):  # fmt: skip
        page = client.get(f"/register?lang={lang}").text
        select = page[
            page.index('<select id="country"') : page.index(
                "</select>", page.index('<select id="country"')
            )
        ]
        options = re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]+)</option>', select)
        assert len(options) >= 249
        names = dict(options)
        assert names["SN"] == senegal and names["DE"] == germany
        shown = [n for _, n in options]
        assert shown == sorted(shown, key=_fold)  # alphabetical, accents aside (Å with A)


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_page_has_no_english_report_status_or_note(
    node_world: dict[str, Any], lang: str
) -> None:
    from registration.conformance import Report, hint, say
    from tests.search_api.test_i18n_pages import english_leaks

    client, key, ctx = node_world["client"], node_world["key"], node_world["ctx"]
    report = Report("fr-chm", "http://x.example/oai", "oai-pmh", "oai_dc", "oai_dc")
    report.add("identify.utc", "Datestamps in UTC", "warn", say("utc.bad", value="2020-01-01"),
               hint("hint.utc"))  # fmt: skip
    failed = say("step.protocol_error", "node 'fr-chm', ListRecords: OAI-PMH error …",
                 oai_code="badArgument")  # fmt: skip
    report.add("list_records", "ListRecords", "fail", failed, hint("hint.records"),
               node_text="metadataPrefix does not exist")  # fmt: skip
    ctx.registry.save_report("fr-chm", report.to_dict())
    run_id = node_world["run_id"]
    ctx.store.runs.add_errors(run_id, [{"source_id": "oai:x:1", "stage": "warning",
                                        "message": "countries: the coverage names no known "
                                        "country"}])  # fmt: skip
    page = client.post(f"/node?lang={lang}", data={"key": key}).text
    client.cookies.clear()
    assert f'<html lang="{lang}">' in page
    assert english_leaks(page, lang) == []
    said = html.unescape(page)
    t = i18n.translator(lang)
    assert t("node_words") in said and "metadataPrefix does not exist" in said
    assert i18n.error_message("utc.bad", {"value": "2020-01-01"}, "", lang) in said
    assert i18n.run_message("countries: the coverage names no known country", lang)[0] in said
    assert "is not a UTC datestamp" not in said and "WARN" not in said
    assert "no title in any language" in said  # a mapping's own error, shown as written


@pytest.mark.parametrize("odd", ["-", "***", '"', "n/a ()"])
def test_a_record_whose_identifier_no_search_can_read_still_has_its_page(
    fresh_ctx: Context, odd: str
) -> None:
    # found from outside: records harvested with the identifier "-" (a repository's
    # placeholder) answered their page with a 400 "the query has no word to search for":
    # the page looks up records sharing each identifier with a search that refused it
    ctx = fresh_ctx
    hit = ctx.index.search(SearchQuery(limit=1)).hits[0]
    rec = dict(hit.record) | {"id": "fr-chm:dash", "source_id": "dash"}
    rec["identifiers"] = [odd, "hdl:1765/1157"]
    ctx.index.upsert([Record.from_dict(rec)])
    ctx.index.commit()
    client = TestClient(create_app(ctx))
    for url in ("/records/fr-chm:dash", "/records/fr-chm:dash.json"):
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:300])
    assert "hdl:1765/1157" in client.get("/records/fr-chm:dash").text
