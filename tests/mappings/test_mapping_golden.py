"""Golden files: every oai_dc / nsdl_dc record in the recorded fixtures, mapped.

Each fixture page is split into ``<record>`` elements the way the harvester stores them, mapped
with a fixed ``harvested_at``, and compared with ``golden/<folder>__<file>.json`` (a list of
``Record.to_dict()`` or ``{"error": class, "message": str}``). Review the diff when
regenerating with ``CHM_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from oai_pages import FIXTURES, HARVESTED_AT, iter_raw_records

from mappings.base import MappingError
from mappings.oai_dc import OaiDcMapping

GOLDEN = Path(__file__).parent / "golden"
PATTERNS = (
    "sickle/ListRecords.xml",
    "sickle/ListRecords[0-9].xml",
    "sickle/GetRecord*.xml",
    "pyoai-dspace-erasmus/ListRecords_*.xml",
    "pyoai-dspace-erasmus/GetRecord_*.xml",
    "zenodo-scythe/zenodo_ListRecords_oai_dc_*.xml",
    "zenodo-scythe/zenodo_GetRecord_oai_dc.xml",
    "phpoaipmh/bnf_gallica_*.xml",
    "phpoaipmh/nsdl_GetRecord_nsdl_dc.xml",
    "phpoaipmh/nsdl_ListRecords_nsdl_dc.xml",
    "pycsw/ListRecords_oai_dc.xml",
)
PAGES = sorted({p for pattern in PATTERNS for p in FIXTURES.glob(pattern)})


def _golden_name(page: Path) -> str:
    return f"{page.parent.name}__{page.stem}.json"


def map_page(mapping: OaiDcMapping, page: Path) -> list[dict[str, Any]]:
    """Map every record of a fixture page; errors become ``{"error", "message"}``."""
    out: list[dict[str, Any]] = []
    fmt = "nsdl_dc" if "nsdl_dc" in page.name else "oai_dc"
    for raw in iter_raw_records(page.read_bytes(), fmt=fmt):
        try:
            out.append(mapping.map(raw, HARVESTED_AT).to_dict())
        except MappingError as exc:
            out.append({"error": type(exc).__name__, "message": str(exc)})
    return out


def test_fixture_set_is_complete() -> None:
    """Every kind of page the brief names is found (a moved fixture must not skip silently)."""
    folders = {p.parent.name for p in PAGES}
    assert folders == {"sickle", "pyoai-dspace-erasmus", "zenodo-scythe", "phpoaipmh", "pycsw"}
    assert len(PAGES) >= 15


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden(page: Path, mapping: OaiDcMapping, update_golden: bool) -> None:
    got = map_page(mapping, page)
    assert got, f"{page.name}: no <record> found"
    golden = GOLDEN / _golden_name(page)
    if update_golden or not golden.exists():
        golden.parent.mkdir(exist_ok=True)
        text = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True)
        golden.write_text(text + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden.name} was missing and has been written: review it and commit")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fast_path_matches(page: Path, mapping: OaiDcMapping) -> None:
    """Mapping the harvester's parsed element gives the same result as parsing the bytes."""
    from dataclasses import replace

    from mappings.safexml import parse_xml

    for raw in iter_raw_records(page.read_bytes()):
        fast = replace(raw, parsed=parse_xml(raw.payload))
        try:
            slow_result: object = mapping.map(raw, HARVESTED_AT)
        except MappingError as exc:
            slow_result = str(exc)
        try:
            fast_result: object = mapping.map_raw_fast(fast, HARVESTED_AT)
        except MappingError as exc:
            fast_result = str(exc)
        assert fast_result == slow_result


def _records(mapping: OaiDcMapping, relative: str) -> list[dict[str, Any]]:
    return map_page(mapping, FIXTURES / relative)


def test_spot_checks(mapping: OaiDcMapping) -> None:
    """Hand-checked facts from the fixtures, so a wrong golden file cannot go unnoticed."""
    (utf8,) = _records(mapping, "sickle/GetRecord_utf8test.xml")
    assert utf8["creators"] == ["某人"]
    assert utf8["languages"] == ["en"]
    (bnf,) = _records(mapping, "phpoaipmh/bnf_gallica_ListRecords_namespaced_root.xml")
    assert (bnf["date"], bnf["languages"], bnf["type"]) == ("1889-04", ["fr"], "document")
    assert bnf["source_datestamp"] == "2010-06-09T00:00:00Z"
    pycsw = _records(mapping, "pycsw/ListRecords_oai_dc.xml")
    assert pycsw[0]["countries"] == ["GR"]  # dct:spatial GR-22
    assert pycsw[0]["source_datestamp"] is None  # <oai:datestamp/>
    assert pycsw[1] == {"error": "MissingField", "message": pycsw[1]["message"]}
    (nsdl,) = _records(mapping, "phpoaipmh/nsdl_GetRecord_nsdl_dc.xml")
    assert (nsdl["type"], nsdl["date"], nsdl["languages"]) == ("dataset", "2002-09-19", ["en"])
    assert "hdl:2200/20080423151356635T" in nsdl["identifiers"]
    deleted, live = _records(mapping, "sickle/ListRecords.xml")[:2]
    assert deleted["title"] == {}
    assert live["creators"] == ["John Doe"]  # four identical dc:creator
    (zen,) = _records(mapping, "zenodo-scythe/zenodo_GetRecord_oai_dc.xml")
    assert zen["url"] == "https://doi.org/10.5281/zenodo.10357859"
    assert "<" not in zen["description"]["und"]  # escaped HTML became text
