"""``chm export``: the files it writes parse back and hold exactly the search's records."""

from __future__ import annotations

import csv
import json
import re
from typing import Any

import pytest

from cli.main import main
from tests.search_api.conftest import TestClient


def run(web_ctx: Any, *args: str) -> int:
    return main(["--config", str(web_ctx.settings.path), "export", *args])


def test_csv_and_jsonl_hold_the_search(web_ctx: Any, client: TestClient, tmp_path: Any) -> None:
    total = client.get("/api/search?country=SN&size=0").json()["total"]
    assert run(web_ctx, "--country", "SN", "--format", "csv", "--out", str(tmp_path / "a.csv")) == 0
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == total > 0 and all("SN" in r["countries"].split(" | ") for r in rows)
    assert run(web_ctx, "--country", "SN", "--format", "jsonl", "--out", str(tmp_path)) == 0
    lines = (tmp_path / "chm-export.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(x)["id"] for x in lines) == sorted(r["id"] for r in rows)


def test_html_is_one_self_contained_file(web_ctx: Any, tmp_path: Any) -> None:
    out = tmp_path / "offline.html"
    assert run(web_ctx, "--query", "pesticides", "--format", "html", "--lang", "fr",
               "--out", str(out)) == 0  # fmt: skip
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"<(link|script)[^>]+(href|src)=", text)  # nothing fetched
    assert "http-equiv" not in text and "@import" not in text
    data = re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S)
    records = json.loads(data.group(1))
    assert records and all(r["id"] and r["ty"] for r in records)
    assert '<html lang="fr">' in text and "Copie hors ligne" in text


def test_bad_options_are_explained(
    web_ctx: Any, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(web_ctx, "--year-from", "soon", "--format", "csv", "--out", str(tmp_path / "x")) == 2
    assert "year_from" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("option", "param"),
    [("--status", "status"), ("--eligible-for", "eligible_for")],
)  # fmt: skip
def test_export_takes_every_filter_search_takes(
    web_ctx: Any, client: TestClient, tmp_path: Any, option: str, param: str
) -> None:
    """`chm export` and `chm search` share their filter options: an export filtered on any of
    them holds the records `/api/search` gives for the same filter."""
    facet = "eligible" if param == "eligible_for" else param
    shown = client.get(f"/api/search?size=0&facets={facet}").json()["facets"][facet]
    value = shown[0]["value"]
    api = client.get("/api/search", params={param: value, "size": 100, "fields": "id"}).json()
    out = tmp_path / "f.jsonl"
    assert run(web_ctx, option, value, "--format", "jsonl", "--out", str(out)) == 0
    ids = sorted(json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines())
    assert ids and len(ids) == api["total"]
    if api["total"] <= 100:
        assert ids == sorted(h["id"] for h in api["hits"])
