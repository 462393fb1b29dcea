"""The demo record generator: deterministic, O(1) per record, realistic in three languages."""

from __future__ import annotations

import collections
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from demo import lexicon as lx
from demo.generator import (
    NODE_COUNTRIES,
    NODES,
    RECORD_TYPES,
    SHARED_EVERY,
    DemoNode,
    demo_records_as_dict,
    generate_records,
    records,
)

ROOT = Path(__file__).resolve().parents[2]
NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANG_OF_NODE = {"fr-chm": "fr", "es-chm": "es", "gb-chm": "en"}


def _digest(node_id: str, n: int) -> str:
    h = hashlib.sha256()
    for i in range(n):
        h.update(NODES[node_id].oai_dc_xml(i))
    return h.hexdigest()


def test_same_seed_gives_same_bytes_in_another_process() -> None:
    code = "from tests.demo.test_demo_generator import _digest; print(_digest('es-chm', 300))"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == _digest("es-chm", 300)


def test_a_new_node_with_the_same_seed_is_identical_and_another_seed_differs() -> None:
    fr = NODES["fr-chm"]
    twin = DemoNode("fr-chm", "fr", NODE_COUNTRIES["fr-chm"], fr.seed, host=fr.host)
    other = DemoNode("fr-chm", "fr", NODE_COUNTRIES["fr-chm"], fr.seed + 1, host=fr.host)
    assert [twin.oai_dc_xml(i) for i in range(50)] == [fr.oai_dc_xml(i) for i in range(50)]
    assert sum(other.oai_dc_xml(i) != fr.oai_dc_xml(i) for i in range(50)) > 40


@settings(max_examples=60, deadline=None)
@given(node_id=st.sampled_from(sorted(NODES)), i=st.integers(0, 10_000_000))
def test_any_record_is_well_formed_oai_dc(node_id: str, i: int) -> None:
    node = NODES[node_id]
    root = etree.fromstring(node.oai_dc_xml(i))
    assert root.tag == "{http://www.openarchives.org/OAI/2.0/}record"
    identifier = root.findtext("oai:header/oai:identifier", namespaces=NS)
    assert identifier is not None
    assert node.index_of(identifier) == i
    titles = root.findall(".//dc:title", NS)
    assert titles
    assert titles[0].get(XML_LANG) == node.lang
    assert titles[0].text
    assert root.findtext("oai:header/oai:setSpec", namespaces=NS) == "type:" + node.record_type(i)
    assert root.findall(".//dc:subject", NS)
    assert root.findall(".//dc:description", NS)


def test_datestamps_increase_with_the_index() -> None:
    node = NODES["gb-chm"]
    stamps = [node.record(i).datestamp for i in range(0, 5000, 7)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert stamps[0] == "2020-01-01T00:00:00Z"
    assert node.record(999_999).datestamp < "2025-01-01"


@pytest.mark.parametrize("node_id", sorted(NODES))
def test_2000_records_cover_every_type_with_subjects_and_the_node_language(node_id: str) -> None:
    node = NODES[node_id]
    lang = LANG_OF_NODE[node_id]
    recs = list(records(node, 2000))
    types = collections.Counter(r.record_type for r in recs)
    assert set(types) == set(RECORD_TYPES)
    assert min(types.values()) >= 40
    assert all(r.subjects and r.titles[0][0] == lang for r in recs)
    second = sum(len(r.titles) > 1 for r in recs) / len(recs)
    assert 0.10 <= second <= 0.20
    assert all(t[0] != lang for r in recs for t in r.titles[1:])
    values = {v for r in recs for v in r.languages}
    assert values & set(lx.LANGUAGE_VALUES[lang])
    labels = {label for r in recs for label in r.types}
    assert labels <= {x for xs in lx.TYPE_LABELS[lang].values() for x in xs}


def test_titles_read_like_real_ones() -> None:
    fr = [t for r in records(NODES["fr-chm"], 400) for _, t in r.titles[:1]]
    es = [t for r in records(NODES["es-chm"], 400) for _, t in r.titles[:1]]
    en = [t for r in records(NODES["gb-chm"], 400) for _, t in r.titles[:1]]
    assert any(t.startswith("Projet de renforcement des capacités pour") for t in fr)
    assert any(t.startswith("Guía para") for t in es)
    assert any(t.startswith("Request for assistance:") for t in en)
    assert any(t.startswith("Offer of training:") for t in en)
    for titles in (fr, es, en):
        assert len(set(titles)) > 300  # variety, not a handful of strings
        assert not any("{" in t or "lorem" in t.lower() for t in titles)
    assert not any(re.search(r"\b(de le|à le|de les)\b", t) for t in fr)


def test_dc_fields_vary_like_national_nodes_do() -> None:
    recs = list(records(NODES["fr-chm"], 1500))
    dates = [d for r in recs for d in r.dates]
    assert any(re.fullmatch(r"\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)  # "juillet 2019"
    coverage = {c for r in recs for c in r.coverage}
    assert "Sénégal" in coverage
    assert "Afrique de l'Ouest" in coverage
    assert coverage & {"SN", "SEN", "CI", "CIV", "ML", "MLI"}
    subjects = {s for r in recs for s in r.subjects}
    assert any(s.isupper() for s in subjects)
    assert any("; " in s for s in subjects)
    projects = [r for r in recs if r.record_type == "project"]
    assert {r.status for r in projects} == {"completed", "ongoing", "planned"}
    assert all(
        re.search(r"^Statut : (achevé|en cours|prévu)$", r.descriptions[0], re.M) for r in projects
    )
    assert any(
        re.fullmatch(r"PRJ-[A-Z]{2}-\d{4}-\d{4}", x) for r in projects for x in r.identifiers
    )
    assert all(
        r.identifiers[0] == f"https://chm.example.fr/records/{i}" for i, r in enumerate(recs)
    )
    support = [r for r in recs if r.record_type == "support-source"]
    assert all(
        "Type d'appui : " in r.descriptions[0] and "Pays éligibles : " in r.descriptions[0]
        for r in support
    )


def test_shared_projects_have_the_same_code_and_doi_on_two_nodes() -> None:
    by_code: dict[str, list[tuple[str, str, tuple[str, ...]]]] = collections.defaultdict(list)
    for node_id, node in NODES.items():
        for i in range(SHARED_EVERY // 2, 600, SHARED_EVERY):
            rec = node.record(i)
            if rec.shared_key:
                by_code[rec.shared_key].append((node_id, rec.titles[0][1], rec.identifiers))
    assert len(by_code) >= 10
    for entries in by_code.values():
        assert len(entries) == 2
        assert entries[0][0] != entries[1][0]
        assert entries[0][1] != entries[1][1]  # different wording
        dois = [{x.split("10.5555/")[-1] for x in ids if "10.5555/" in x} for _, _, ids in entries]
        assert dois[0] == dois[1] != set()


def test_an_update_changes_the_title_only() -> None:
    node = NODES["es-chm"]
    before, after = node.record(7), node.record(7, version=2)
    assert after.titles[0][1] == before.titles[0][1] + " (versión revisada 2)"
    assert after.descriptions == before.descriptions
    assert after.subjects == before.subjects


def test_records_as_dicts_are_plain() -> None:
    rows = list(demo_records_as_dict(NODES["gb-chm"], 3))
    assert [r["identifier"] for r in rows] == [f"oai:chm.example.org.uk:{i}" for i in range(3)]
    assert isinstance(rows[0]["titles"][0], list)


def test_bad_node_settings_are_explained() -> None:
    with pytest.raises(ValueError, match="language 'de'"):
        DemoNode("de-chm", "de", ["FR"], 1)
    with pytest.raises(ValueError, match="unknown or no countries"):
        DemoNode("x", "fr", ["XX"], 1)


def test_generate_records_gives_mapped_records_with_ground_truth() -> None:
    from mappings.record import Record

    recs = list(generate_records(300))
    assert {r.node for r in recs} == set(NODES)
    assert all(Record.from_json(r.to_json()) == r for r in recs[:20])
    for r in recs:
        assert r.countries[0] in lx.COUNTRIES
        assert r.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r.date)
        assert r.languages == [LANG_OF_NODE[r.node]]
    assert [r.id for r in generate_records(5)] == [r.id for r in recs[:5]]
