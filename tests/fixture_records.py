"""The live records of the real fixtures (../shared/fixtures), read as the harvesters read
them: shared by the mapping hand-over tests and ``bench/bench_map_cpu.py --fixtures``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lxml import etree

from mappings.base import RawRecord
from mappings.safexml import NotXml, parse_xml

OAI = "{http://www.openarchives.org/OAI/2.0/}"


def oai_fixture_records(pages: Iterable[Path], parsed: bool = False) -> list[RawRecord]:
    """Every live record of the OAI-PMH ``pages``, as the harvester yields them: the payload
    serialised from the page (and, with ``parsed``, the page's ``<record>`` element); the
    broken pages among the fixtures fail a harvest, not a record, and are skipped."""
    out: list[RawRecord] = []
    for page in pages:
        try:
            root = parse_xml(page.read_bytes())
        except NotXml:
            continue
        for rec in root.iter(OAI + "record"):
            header = rec.find(OAI + "header")
            if header is None or header.get("status") == "deleted":
                continue
            sid = (header.findtext(OAI + "identifier") or "").strip()
            stamp = (header.findtext(OAI + "datestamp") or "").strip() or None
            payload = etree.tostring(rec, with_tail=False)
            out.append(
                RawRecord(
                    "oai", sid, stamp, False, "oai_dc", payload, parsed=rec if parsed else None
                )
            )
    return out


def ckan_fixture_objects(fixtures: Path) -> list[dict[str, Any]]:
    """The packages of the recorded CKAN ``package_search`` / ``package_show`` answers."""
    out: list[dict[str, Any]] = []
    for path in sorted((fixtures / "json" / "ckan-api-demo").glob("*package_s*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))["result"]
        out.extend(result.get("results", [result]) if isinstance(result, dict) else [])
    return out
