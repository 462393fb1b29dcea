"""Test helper: split a recorded OAI-PMH page into RawRecords, as the harvester stores them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from mappings.base import RawRecord
from mappings.safexml import parse_xml

OAI = "{http://www.openarchives.org/OAI/2.0/}"
FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "oai-pmh"
HARVESTED_AT = "2026-11-22T09:00:00Z"


def _text(header: etree._Element, name: str) -> str:
    el = header.find(OAI + name)
    return (el.text or "").strip() if el is not None else ""


def iter_raw_records(
    page: bytes, node_id: str = "test", fmt: str = "oai_dc"
) -> Iterator[RawRecord]:
    """Yield one RawRecord per ``<record>`` of a ListRecords / GetRecord page."""
    root = parse_xml(page)
    for record in root.iter(OAI + "record"):
        header = record.find(OAI + "header")
        assert header is not None
        yield RawRecord(
            node_id=node_id,
            source_id=_text(header, "identifier"),
            datestamp=_text(header, "datestamp") or None,
            deleted=header.get("status") == "deleted",
            format=fmt,
            payload=etree.tostring(record),
        )
