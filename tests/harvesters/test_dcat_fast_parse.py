"""A Turtle or N-Triples catalogue page read by pyoxigraph (:func:`harvesters.dcat.parse_triples`)
gives what rdflib's parser gives (:func:`harvesters.dcat.parse_graph`): the same triples, the
same datasets extracted, and for a page that is not good RDF the same error.

Over every Turtle file of ../shared/fixtures/dcat, a page of the benchmark catalogue, and
generated documents with odd literals (numbers with leading zeros, booleans written as 1,
dates, language tags in capitals, escapes, long strings), relative IRIs, blank nodes and
broken statements.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import XSD, BNode, Literal

from harvesters.base import InvalidResponse
from harvesters.dcat import DatasetExtractor, detect_format, parse_graph, parse_triples
from harvesters.http import FetchResult

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "dcat"
TURTLE = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".ttl", ".nt"))


def _outcome(parse: Any, fetched: FetchResult) -> Any:
    """(the triples without blank nodes, every dataset extracted), or the error's message."""
    try:
        triples = list(parse(fetched, detect_format(fetched, None), {}))
    except InvalidResponse as exc:
        return ("error", str(exc))
    named = {
        tuple(_plain(term) for term in t)
        for t in triples
        if not any(isinstance(term, BNode) for term in t)
    }
    extractor = DatasetExtractor(triples)
    datasets = sorted(
        json.dumps(extractor.extract(s), sort_keys=True) for s in extractor.datasets()
    )  # blank-node datasets have no stable order (rdflib's labels are random)
    return named, datasets


def _plain(term: Any) -> Any:
    """``"x"^^xsd:string`` as ``"x"``: RDF 1.1 makes them one literal, and pyoxigraph does not
    say which was written (the text, all that is extracted, is the same)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _same(body: bytes, url: str = "http://fixtures.test/catalog.ttl") -> Any:
    fetched = FetchResult(url, 200, "text/turtle", body, {})
    expected = _outcome(parse_graph, fetched)
    assert _outcome(parse_triples, fetched) == expected
    return expected


@pytest.mark.parametrize("path", TURTLE, ids=[p.name for p in TURTLE])
def test_fixture_pages_give_the_same_triples_and_datasets(path: Path) -> None:
    outcome = _same(path.read_bytes(), f"http://fixtures.test/{path.name}")
    if path.name == "dataset.ttl":  # an undeclared prefix: refused, with rdflib's message
        assert outcome[0] == "error" and "not valid Turtle" in outcome[1]
    else:
        assert outcome[1], path


def test_a_benchmark_catalogue_page_gives_the_same_datasets() -> None:
    sys.path.insert(0, str(ROOT))
    from bench._feed import Feed

    _status, _ctype, body = Feed("dcat", 300, 300).respond("/catalog.ttl", {})
    _named, datasets = _same(body.encode())
    assert len(datasets) == 300


def test_not_rdf_gives_the_errors_it_gave() -> None:
    for body in (b"", b"<!doctype html><html><body>Login</body></html>", b"<a> <b> ."):
        outcome = _same(body)
        assert outcome[0] == "error"
    assert "empty response body" in _same(b"  \n")[1]
    assert "HTML page" in _same(b"<html><p>x</p></html>")[1]


def test_a_capital_language_tag_keeps_its_case() -> None:
    body = (
        b"@prefix dct: <http://purl.org/dc/terms/> . @prefix dcat: <http://www.w3.org/ns/dcat#> ."
        b' <d> a dcat:Dataset ; dct:title "Eau"@FR, "Water"@EN ; dct:publisher <o> .'
        b' <o> <http://xmlns.com/foaf/0.1/name> "Agence"@fr, "Agency"@EN .'
    )
    _named, datasets = _same(body)
    assert json.loads(datasets[0])["publisher"] == ["Agence"]


_PREFIXES = (
    "@prefix dct: <http://purl.org/dc/terms/> .\n@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
)
_literals = st.sampled_from(
    [
        '"Water quality"', '"Eau"@fr', '"Wasser"@DE', '"agua"@es-ES', '"01"^^xsd:integer', "007",
        "true", '"1"^^xsd:boolean', "1.50", "2.0e3", '"2019-07-15"^^xsd:date',
        '"2019-7-1"^^xsd:date', '"2020-01-01T10:00:00Z"^^xsd:dateTime', '"x"^^xsd:string',
        '"""long\nstring"""', "'single'", '"caf\\u00e9 \\" q"', '""', '"  padded  "',
        '"é"@fr', "<http://example.org/theme/water>", "<rel/ative>", "_:b1",
        '[ foaf:name "Org"@en ]', "[ foaf:name 5 ]", '"x"^^<http://example.org/dt>',
    ]
)  # fmt: skip
_predicates = st.sampled_from(
    ["dct:title", "dct:description", "dcat:keyword", "dct:issued", "dct:modified",
     "dct:identifier", "dcat:theme", "dct:spatial", "dct:publisher", "dct:language",
     "dct:license", "foaf:name"]
)  # fmt: skip
_subjects = st.sampled_from(["<d1>", "<http://example.org/d2>", "_:b1", "<../d3>"])
_broken = st.sampled_from(["", "", "", "<d1> dct:title .", "undeclared:x dct:title 1 .",
                           "<d 1> dct:title 1 .", '<d1> dct:title "open'])  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    statements=st.lists(
        st.tuples(_subjects, _predicates, st.lists(_literals, min_size=1, max_size=3)),
        max_size=8,
    ),
    typed=st.lists(_subjects, max_size=3),
    broken=_broken,
)
def test_generated_pages_give_the_same_outcome(
    statements: list[tuple[str, str, list[str]]], typed: list[str], broken: str
) -> None:
    lines = [_PREFIXES]
    lines += [f"{s} a dcat:Dataset ." for s in typed]
    lines += [f"{s} {p} {', '.join(objects)} ." for s, p, objects in statements]
    lines.append(broken)
    _same("\n".join(lines).encode(), "http://example.org/cat/page.ttl")


def test_without_pyoxigraph_rdflib_parses() -> None:
    """An environment installed before the dependency still harvests (with rdflib)."""
    import subprocess

    code = (
        "import sys; sys.modules['pyoxigraph'] = None\n"
        "from harvesters.dcat import parse_triples; from harvesters.http import FetchResult\n"
        "from rdflib import Graph\n"
        "f = FetchResult('http://x/c.ttl', 200, 'text/turtle', b'<a> <b> <c> .', {})\n"
        "print(type(parse_triples(f, 'turtle', {})) is Graph)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "True", out.stderr[-2000:]
