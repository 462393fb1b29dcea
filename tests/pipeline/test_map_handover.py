"""What a mapping worker is handed maps to exactly what the pipeline's own process maps.

JSON records go to the workers as the objects the harvester parsed (no second parse), XML
records as their payload bytes; on the real fixtures of ../shared/fixtures the records are the
same as mapping the harvester's parsed record in process, and as mapping the stored payload.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.config import NodeConfig
from harvesters.json_api import dumps_sorted
from mappings.base import InvalidValue, MappingError, MissingField, RawRecord
from pipeline import mapworkers
from pipeline.mapper import RecordMapper
from tests.fixture_records import ckan_fixture_objects, oai_fixture_records

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
NOW = "2026-01-01T00:00:00Z"
OAI = "{http://www.openarchives.org/OAI/2.0/}"
# the recorded oai_dc / nsdl_dc pages of real repositories (as the golden mapping tests use)
PAGES = sorted(
    p
    for pattern in ("sickle/*.xml", "pyoai-dspace-erasmus/*.xml", "zenodo-scythe/*oai_dc*.xml",
                    "phpoaipmh/bnf_gallica_*.xml", "phpoaipmh/nsdl_*.xml",
                    "pycsw/ListRecords_oai_dc.xml")
    for p in (FIXTURES / "oai-pmh").glob(pattern)
)  # fmt: skip


def _in_process(mapper: RecordMapper, raws: list[RawRecord]) -> list[str]:
    return [mapper.map_one(r, NOW).to_json() for r in raws]


def _via_worker(monkeypatch: pytest.MonkeyPatch, node: NodeConfig, raws: list[RawRecord],
                vocab: Any) -> list[str | None]:  # fmt: skip
    monkeypatch.setitem(mapworkers._WORKER, "mapper", RecordMapper(node, vocab))
    items = [(r.source_id, r.datestamp, r.format, mapworkers.map_input(r)) for r in raws]
    out, _gaps, _warnings = mapworkers._map_batch(items, NOW)
    return [js for _sid, js, _err in out]


def test_ckan_records_handed_as_objects_map_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    objects = ckan_fixture_objects(FIXTURES)
    assert len(objects) >= 3
    node = NodeConfig(id="ckan", url="http://unused", protocol="json", mapping="ckan")
    raws = [
        RawRecord("ckan", str(o["id"]), None, False, "ckan", dumps_sorted(o), parsed=o)
        for o in objects
    ]
    assert all(isinstance(mapworkers.map_input(r), dict) for r in raws)
    handed = _via_worker(monkeypatch, node, raws, None)
    assert handed == _in_process(RecordMapper(node), raws)
    stored = [RawRecord(r.node_id, r.source_id, None, False, "ckan", r.payload) for r in raws]
    assert handed == _in_process(RecordMapper(node), stored)  # as a reindex maps them


def _mapped_or_error(mapper: RecordMapper, raw: RawRecord) -> str:
    try:
        return mapper.map_one(raw, NOW).to_json()
    except MappingError as exc:
        return str(exc)


def test_oai_records_handed_as_payloads_map_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    node = NodeConfig(id="oai", url="http://unused")
    raws = oai_fixture_records(PAGES, parsed=True)
    assert len(raws) > 100
    assert all(isinstance(mapworkers.map_input(r), bytes) for r in raws)
    monkeypatch.setitem(mapworkers._WORKER, "mapper", RecordMapper(node, None))
    items = [(r.source_id, r.datestamp, r.format, mapworkers.map_input(r)) for r in raws]
    out, _gaps, _warnings = mapworkers._map_batch(items, NOW)
    handed = [js if js is not None else (err or {}).get("message") for _sid, js, err in out]
    mapper = RecordMapper(node)
    assert handed == [_mapped_or_error(mapper, r) for r in raws]  # the parsed element, in process


def test_a_record_built_once_is_the_record_of_each_stage() -> None:
    # map_one copies the mapped record once and fills in completion and enrichment; the
    # public stages (complete_record, then enrich) each return a new record: same records
    from mappings.complete import complete_record
    from vocabulary.enrich import enrich
    from vocabulary.gaps import GapCounter
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    vocab = load_vocabulary([PROJECT_THESAURUS], cache=False)
    cases = [
        (NodeConfig(id="oai", url="http://unused", country="SN"), r)
        for r in oai_fixture_records(PAGES, parsed=True)
    ]
    ckan = NodeConfig(id="ckan", url="http://unused", protocol="json", mapping="ckan",
                      default_language="es")  # fmt: skip
    cases += [(ckan, RawRecord("ckan", str(o["id"]), None, False, "ckan", dumps_sorted(o),
                               parsed=o)) for o in ckan_fixture_objects(FIXTURES)]  # fmt: skip
    assert len(cases) > 100
    for node, raw in cases:
        mapper = RecordMapper(node, vocab)
        try:
            mapped = mapper.mapping.map(raw, NOW)
        except MappingError:
            continue
        gaps = GapCounter()
        staged = complete_record(
            mapped, node_country=node.country, default_language=node.default_language
        )
        expected = enrich(staged, vocab, gaps)
        before = mapped.to_json()
        got = mapper.map_one(raw, NOW)
        assert got.to_json() == expected.to_json()
        assert got == expected
        assert mapped.to_json() == before  # the mapping's record is left as it was
        # the subject gaps counted are the stages' (map_one adds the type gaps of the page)
        assert set(gaps.items()) <= set(mapper.gaps.items())


def test_a_batch_maps_as_its_records_one_by_one() -> None:
    # map_many maps and completes the whole batch, then enriches it: the same records (or
    # errors), warnings and gap counts, in the same order, as map_one record by record
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    vocab = load_vocabulary([PROJECT_THESAURUS], cache=False)
    node = NodeConfig(id="oai", url="http://unused", country="SN")
    raws = oai_fixture_records(PAGES, parsed=True)
    # a payload that is no XML and a record with no title: errors in the middle of the batch
    raws[3:3] = [
        RawRecord("oai", "oai:x:bad", None, False, "oai_dc", b"<record><header>"),
        RawRecord("oai", "oai:x:empty", None, False, "oai_dc",
                  b'<record xmlns="http://www.openarchives.org/OAI/2.0/"><header><identifier>'
                  b"oai:x:empty</identifier></header><metadata><dc xmlns="
                  b'"http://purl.org/dc/elements/1.1/"><subject>mercury</subject></dc>'
                  b"</metadata></record>"),
    ]  # fmt: skip
    one_by_one = RecordMapper(node, vocab)
    expected = [_mapped_or_error(one_by_one, r) for r in raws]
    batch = RecordMapper(node, vocab)
    results = batch.map_many(raws, NOW)
    assert [type(r) for r in results[3:5]] == [InvalidValue, MissingField]
    assert [str(r) if isinstance(r, MappingError) else r.to_json() for r in results] == expected
    assert batch.take_warnings() == one_by_one.take_warnings()
    assert batch.take_gaps() == one_by_one.take_gaps()  # counts, and their order
