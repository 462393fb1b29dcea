"""Records out of chm: JSON-LD and oai_dc renderings of one record, and streamed exports of
any result set as CSV, JSON Lines or Atom.

Where it sits: the last step of the data flow. ``/api/records/{id}?format=jsonld|oai_dc``
and ``/api/export`` (search_api.routes), the OAI-PMH provider (search_api.oai_provider) and
``chm export`` (cli.export) all render records through this module, which knows no HTTP.

Exports walk the index with the date cursor (:func:`iter_records`), one page at a time, and
yield text chunk by chunk, so memory stays flat whatever the number of records. A relevance
sort is exported by date (a relevance cursor is an offset, which costs more the deeper it goes).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from index.base import IndexReader, SearchQuery
from mappings.record import pick_lang
from search_api.params import not_one_of

EXPORT_PAGE = 1000
"""Records fetched from the index per page of an export."""

CSV_COLUMNS: tuple[str, ...] = (
    "id", "node", "type", "title", "description", "creators", "publisher", "subjects",
    "concepts", "countries", "regions", "languages", "date", "status", "url", "identifiers",
    "rights", "source_id", "source_datestamp", "harvested_at",
)  # fmt: skip
LIST_SEPARATOR = " | "

EXPORT_FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}

DC_NS = "http://purl.org/dc/elements/1.1/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

_LANG_TAG = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# --- the record walk ---------------------------------------------------------------------------


def export_query(query: SearchQuery, page_size: int = EXPORT_PAGE) -> SearchQuery:
    """The query an export runs: no facets, no highlights, big pages, a date cursor."""
    sort = query.sort if query.sort in ("date", "-date") else "-date"
    return replace(
        query, sort=sort, limit=page_size, offset=0, facets=(), highlight=False,
        search_after=None,
    )  # fmt: skip


def iter_records(
    index: IndexReader, query: SearchQuery, page_size: int = EXPORT_PAGE
) -> Iterator[dict[str, Any]]:
    """Every record matching ``query``, page after page along the cursor (a generator).

    The next page is fetched in a worker thread while the caller consumes this one (the
    index releases the GIL while searching), so at most two pages are in memory.
    """
    q = export_query(query, page_size)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chm-export")
    try:  # no "with": a generator closed early may be finalised in any thread, even this pool's
        pending = pool.submit(index.search, q)
        while True:
            result = pending.result()
            if not result.next_cursor or not result.hits:
                yield from (hit.record for hit in result.hits)
                return
            q = replace(q, search_after=result.next_cursor)
            pending = pool.submit(index.search, q)
            for hit in result.hits:
                yield hit.record
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


# --- text helpers -------------------------------------------------------------------------------


def xml_text(value: Any) -> str:
    """Escape text for XML content or attributes, dropping characters XML 1.0 forbids."""
    text = _XML_BAD.sub("", str(value))
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def record_url(base_url: str, record_id: str) -> str:
    """The address of a record's page."""
    return f"{base_url.rstrip('/')}/records/{quote(record_id, safe=':')}"


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")]
    return [str(value)]


# --- oai_dc -------------------------------------------------------------------------------------


def record_oai_dc(record: dict[str, Any], base_url: str = "") -> str:
    """The record as an ``oai_dc:dc`` element (XML text, no declaration).

    Titles and descriptions keep their language as ``xml:lang`` (``und`` is left untagged);
    concepts and subjects become ``dc:subject``, countries ``dc:coverage``.
    """
    parts: list[str] = [
        f'<oai_dc:dc xmlns:oai_dc="{OAI_DC_NS}" xmlns:dc="{DC_NS}" xmlns:xsi="{XSI_NS}"'
        f' xsi:schemaLocation="{OAI_DC_NS} {OAI_DC_SCHEMA}">'
    ]

    def add(name: str, value: Any, lang: str | None = None) -> None:
        text = xml_text(value).strip()
        if text:
            attr = f' xml:lang="{lang}"' if lang and _LANG_TAG.match(lang) and lang != "und" else ""
            parts.append(f"<dc:{name}{attr}>{text}</dc:{name}>")

    for lang, text in (record.get("title") or {}).items():
        add("title", text, lang)
    for name in ("creators",):
        for v in _list(record.get(name)):
            add("creator", v)
    for v in [*_list(record.get("subjects")), *_list(record.get("concepts"))]:
        add("subject", v)
    for lang, text in (record.get("description") or {}).items():
        add("description", text, lang)
    add("publisher", record.get("publisher") or "")
    add("date", record.get("date") or "")
    add("type", record.get("type") or "")
    for v in _list(record.get("url")) + _list(record.get("identifiers")):
        add("identifier", v)
    if base_url and record.get("id"):
        add("identifier", record_url(base_url, record["id"]))
    for v in _list(record.get("languages")):
        add("language", v)
    for v in _list(record.get("countries")):
        add("coverage", v)
    add("rights", record.get("rights") or "")
    add("source", record.get("node") or "")
    parts.append("</oai_dc:dc>")
    return "".join(parts)


# --- JSON-LD ------------------------------------------------------------------------------------

SCHEMA_TYPES = {
    "project": "Project",
    "document": "DigitalDocument",
    "organization": "Organization",
    "contact-point": "ContactPoint",
    "event": "Event",
    "dataset": "Dataset",
}
JSONLD_CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "dcterms:subject": {"@type": "@id"},
    "dcterms:type": {"@type": "@id"},
    "about": {"@type": "@id"},
    "url": {"@type": "@id"},
}
TYPE_VOCAB = "https://vocab.chm.example.org/type/"


def _lang_values(value: dict[str, str] | None) -> list[dict[str, str]]:
    out = []
    for lang, text in (value or {}).items():
        item = {"@value": text}
        if lang and lang != "und":
            item["@language"] = lang
        out.append(item)
    return out


def record_jsonld(record: dict[str, Any], base_url: str = "") -> dict[str, Any]:
    """The record in JSON-LD with schema.org terms and Dublin Core terms side by side.

    The ``@context`` is inline, so the document can be read without network access.
    """
    rtype = record.get("type") or "other"
    titles = _lang_values(record.get("title"))
    descriptions = _lang_values(record.get("description"))
    doc: dict[str, Any] = {
        "@context": JSONLD_CONTEXT,
        "@id": record_url(base_url, record.get("id", "")) if base_url else record.get("id"),
        "@type": SCHEMA_TYPES.get(rtype, "CreativeWork"),
        "identifier": [record.get("id"), *_list(record.get("identifiers"))],
        "name": titles,
        "dcterms:title": titles,
        "description": descriptions,
        "dcterms:description": descriptions,
        "dcterms:type": TYPE_VOCAB + rtype,
        "additionalType": rtype,
        "creator": [{"@type": "Thing", "name": c} for c in _list(record.get("creators"))],
        "dcterms:creator": _list(record.get("creators")),
        "keywords": _list(record.get("subjects")),
        "about": _list(record.get("concepts")),
        "dcterms:subject": _list(record.get("concepts")),
        "spatialCoverage": [
            {"@type": "Country", "identifier": c} for c in _list(record.get("countries"))
        ],
        "dcterms:spatial": _list(record.get("countries")),
        "inLanguage": _list(record.get("languages")),
        "dcterms:language": _list(record.get("languages")),
        "provider": {"@type": "Organization", "identifier": record.get("node")},
        "sdDatePublished": record.get("harvested_at"),
    }
    if record.get("publisher"):
        doc["publisher"] = {"@type": "Organization", "name": record["publisher"]}
        doc["dcterms:publisher"] = record["publisher"]
    if record.get("date"):
        doc["datePublished"] = record["date"]
        doc["dcterms:date"] = record["date"]
    if record.get("url"):
        doc["url"] = record["url"]
    if record.get("rights"):
        doc["dcterms:rights"] = record["rights"]
        doc["license"] = record["rights"]
    if record.get("source_datestamp"):
        doc["dcterms:modified"] = record["source_datestamp"]
    return {k: v for k, v in doc.items() if v not in (None, [], "")}


# --- streamed formats ----------------------------------------------------------------------------


Labeller = Callable[[str, str], str]
"""``(column, stored value) -> what a reader sees`` for :data:`LABELLED_COLUMNS`."""

LABELLED_COLUMNS = frozenset({"type", "concepts", "regions"})
"""CSV columns whose stored values (record types, concept and region URIs) can be written as
labels in the reader's language."""

BOM = "\ufeff"
"""The UTF-8 byte-order mark: spreadsheets (Excel) then read the file as UTF-8."""


def csv_labeller(vocabulary: Any, lang: str) -> Labeller:
    """Record types and concept/region URIs as labels in ``lang`` (English, then the value
    itself, as fallbacks)."""
    from search_api import i18n

    def label(column: str, value: str) -> str:
        if column == "type":
            return i18n.type_label(value, lang)
        if vocabulary is None:
            return value
        return str(vocabulary.label(value, lang) or value)

    return label


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection
list, and their full-width forms, which some spreadsheets fold)."""


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it and never runs it: a cell that would start a
    formula (harvested text is another node's: ``=HYPERLINK(...)``, ``=cmd|...``) gets a
    leading apostrophe, which spreadsheets read as "text follows" and do not show."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_row(
    record: dict[str, Any], lang: str = "en", labeller: Labeller | None = None
) -> list[str]:
    """One CSV row (:data:`CSV_COLUMNS`): texts in ``lang`` with fallback, lists joined;
    with ``labeller``, types, concepts and regions as labels instead of codes and URIs; each
    cell :func:`spreadsheet_safe`."""
    row = []
    for col in CSV_COLUMNS:
        value = record.get(col)
        if labeller is not None and col in LABELLED_COLUMNS and value:
            value = (
                [labeller(col, str(v)) for v in value]
                if isinstance(value, list)
                else (labeller(col, str(value)))
            )
        if col in ("title", "description"):
            row.append(pick_lang(value or {}, lang))
        elif isinstance(value, list):
            row.append(LIST_SEPARATOR.join(str(v) for v in value))
        else:
            row.append("" if value is None else str(value))
    return [spreadsheet_safe(cell) for cell in row]


def stream_csv(
    records: Iterable[dict[str, Any]],
    lang: str = "en",
    labeller: Labeller | None = None,
    bom: bool = False,
) -> Iterator[str]:
    """CSV text in chunks: a header row, then one row per record (``bom``: the file starts
    with a UTF-8 byte-order mark, for spreadsheets)."""
    if bom:
        yield BOM
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for n, record in enumerate(records, 1):
        writer.writerow(csv_row(record, lang, labeller))
        if n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def stream_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One record per line, in the record contract's JSON shape."""
    chunk: list[str] = []
    for record in records:
        chunk.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        if len(chunk) >= 500:
            yield "\n".join(chunk) + "\n"
            chunk = []
    if chunk:
        yield "\n".join(chunk) + "\n"


def atom_entry(record: dict[str, Any], base_url: str, lang: str) -> str:
    """One Atom ``<entry>`` for a record."""
    link = record_url(base_url, record.get("id", ""))
    updated = record.get("harvested_at") or record.get("source_datestamp") or _now()
    title = pick_lang(record.get("title") or {}, lang) or record.get("id")
    parts = [
        "<entry>",
        f"<id>{xml_text(link)}</id>",
        f"<title>{xml_text(title)}</title>",
        f"<updated>{xml_text(updated)}</updated>",
        f'<link rel="alternate" type="text/html" href="{xml_text(link)}"/>',
    ]
    if record.get("url"):
        parts.append(f'<link rel="related" href="{xml_text(record["url"])}"/>')
    for creator in _list(record.get("creators")) or [record.get("publisher") or record["node"]]:
        parts.append(f"<author><name>{xml_text(creator)}</name></author>")
    summary = pick_lang(record.get("description") or {}, lang)
    if summary:
        parts.append(f"<summary>{xml_text(summary)}</summary>")
    parts.append(f'<category term="{xml_text(record.get("type") or "other")}"/>')
    for country in _list(record.get("countries")):
        parts.append(f'<category scheme="urn:iso:std:iso:3166" term="{xml_text(country)}"/>')
    if record.get("date"):
        parts.append(f"<published>{xml_text(_atom_date(record['date']))}</published>")
    parts.append("</entry>")
    return "".join(parts)


def _atom_date(date: str) -> str:
    """An RFC 3339 timestamp for an ISO date of any precision (``2019`` -> 2019-01-01)."""
    pieces = [*date.split("T")[0].split("-"), "01", "01"][:3]
    return "-".join(pieces) + "T00:00:00Z"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def stream_atom(
    records: Iterable[dict[str, Any]], base_url: str, self_url: str, lang: str = "en"
) -> Iterator[str]:
    """An Atom feed in chunks: the feed header, one entry per record, the closing tag."""
    yield (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{xml_text(self_url)}</id><title>chm export</title>"
        f"<updated>{_now()}</updated>"
        f'<link rel="self" href="{xml_text(self_url)}"/>'
        f"<generator>chm</generator>"
    )
    chunk: list[str] = []
    for record in records:
        chunk.append(atom_entry(record, base_url, lang))
        if len(chunk) >= 200:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk) + "</feed>\n"


def stream_export(
    fmt: str,
    records: Iterable[dict[str, Any]],
    base_url: str,
    self_url: str,
    lang: str,
    labeller: Labeller | None = None,
    bom: bool = False,
) -> Iterator[str]:
    """The chunks of an export in ``fmt`` (csv, jsonl or atom); ``labeller`` and ``bom``
    apply to CSV (see :func:`stream_csv`)."""
    makers: dict[str, Callable[[], Iterator[str]]] = {
        "csv": lambda: stream_csv(records, lang, labeller, bom),
        "jsonl": lambda: stream_jsonl(records),
        "atom": lambda: stream_atom(records, base_url, self_url, lang),
    }
    if fmt not in makers:
        raise not_one_of("format", fmt, sorted(makers))
    return makers[fmt]()
