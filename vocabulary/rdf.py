"""One RDF file -> an rdflib graph, with errors a person understands (file and line).

Used by the loader (building a :class:`~vocabulary.resolver.Vocabulary`), the checker and the
thesaurus export. Any serialisation rdflib reads is accepted; the format is guessed from the
extension, else sniffed from the first bytes.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SKOS
from rdflib.term import Literal, Node, URIRef
from rdflib.util import guess_format

from vocabulary.model import CHM_NS, Concept, Scheme, VocabularyError

_EXT_FORMATS = {".skos": "xml", ".owl": "xml", ".jsonld": "json-ld", ".json": "json-ld"}
_LINE_RE = re.compile(r"line[:\s]+(\d+)", re.IGNORECASE)


def rdf_format(path: Path) -> str:
    """The rdflib parser name for ``path``: by extension, else by sniffing the content."""
    fmt = _EXT_FORMATS.get(path.suffix.lower()) or guess_format(str(path))
    if fmt:
        return fmt
    head = path.read_bytes()[:200].lstrip()
    if head.startswith(b"<"):
        return "xml"
    if head.startswith((b"{", b"[")):
        return "json-ld"
    return "turtle"


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs (with tracebacks) about odd literals; the checker reports those instead."""
    logger = logging.getLogger("rdflib")
    old = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(old)


def _error_line(exc: BaseException) -> int | None:
    """1-based line of a parse error, from the message or the exception's attributes."""
    m = _LINE_RE.search(str(exc))
    if m:
        return int(m.group(1))
    get_line = getattr(exc, "getLineNumber", None)  # xml.sax.SAXParseException
    if callable(get_line):
        value = get_line()
        return value if isinstance(value, int) else None
    lines = getattr(exc, "lines", None)  # notation3.BadSyntax: newlines before the error
    return lines + 1 if isinstance(lines, int) else None


def parse_graph(path: Path | str, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    """Parse one RDF file into ``graph`` (a new one by default); raise VocabularyError."""
    path = Path(path)
    graph = graph if graph is not None else rdflib.Graph()
    if not path.is_file():
        raise VocabularyError(f"{path}: vocabulary file not found", path=path)
    try:
        fmt = rdf_format(path)
        with _quiet_rdflib():
            graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many unrelated types for bad input
        line = _error_line(exc)
        where = f" (line {line})" if line else ""
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise VocabularyError(
            f"{path}{where}: cannot be read as RDF ({fmt if 'fmt' in locals() else '?'}): {detail}",
            path=path,
            line=line,
        ) from None
    return graph


# ---- SKOS concepts and schemes of a parsed graph (the loader's extraction) ----------------
SKOSXL = rdflib.Namespace("http://www.w3.org/2008/05/skos-xl#")
MEMBER_COUNTRY = URIRef(CHM_NS + "memberCountry")

_CONCEPT_MARKERS = (
    SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, SKOS.broader, SKOS.narrower,
    SKOS.related, SKOS.inScheme, SKOS.topConceptOf, SKOS.definition,
    SKOSXL.prefLabel, SKOSXL.altLabel, SKOSXL.hiddenLabel,
)  # fmt: skip
_MATCHES = ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")


def concept_nodes(graph: rdflib.Graph) -> set[Node]:
    """Explicit skos:Concept instances plus resources that carry SKOS labels or relations."""
    found: set[Node] = set(graph.subjects(RDF.type, SKOS.Concept))
    for prop in _CONCEPT_MARKERS:
        found.update(graph.subjects(prop, None))
    not_concepts = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    not_concepts |= set(graph.subjects(RDF.type, SKOS.Collection))
    not_concepts |= set(graph.subjects(RDF.type, SKOS.OrderedCollection))
    return {n for n in found - not_concepts if isinstance(n, URIRef | rdflib.BNode)}


def _literal_labels(graph: rdflib.Graph, node: Node, prop: URIRef, xl: URIRef) -> Iterator[Literal]:
    for o in graph.objects(node, prop):
        if isinstance(o, Literal):
            yield o
    for label_node in graph.objects(node, xl):
        for form in graph.objects(label_node, SKOSXL.literalForm):
            if isinstance(form, Literal):
                yield form


def _lang(lit: Literal) -> str:
    return (lit.language or "").lower()


def _extract_concept(graph: rdflib.Graph, node: Node) -> Concept:
    c = Concept(uri=str(node))
    for lit in _literal_labels(graph, node, SKOS.prefLabel, SKOSXL.prefLabel):
        if str(lit).strip():
            c.pref.setdefault(_lang(lit), str(lit).strip())
    for attr, prop, xl in (
        ("alt", SKOS.altLabel, SKOSXL.altLabel),
        ("hidden", SKOS.hiddenLabel, SKOSXL.hiddenLabel),
    ):
        bucket: dict[str, list[str]] = getattr(c, attr)
        for lit in _literal_labels(graph, node, prop, xl):
            text = str(lit).strip()
            if text and text not in bucket.setdefault(_lang(lit), []):
                bucket[_lang(lit)].append(text)
    for obj in graph.objects(node, SKOS.definition):
        if isinstance(obj, Literal):
            c.definition.setdefault(_lang(obj), str(obj))
    c.notation = sorted(str(n) for n in graph.objects(node, SKOS.notation))
    c.member_countries = sorted(str(n).upper() for n in graph.objects(node, MEMBER_COUNTRY))
    return c


def _uris(graph: rdflib.Graph, node: Node, prop: URIRef) -> list[str]:
    return sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, URIRef))


def extract(graph: rdflib.Graph) -> tuple[dict[str, Concept], dict[str, Scheme]]:
    """Concepts and schemes of ``graph``; broader/narrower and related made symmetric."""
    concepts: dict[str, Concept] = {}
    for node in concept_nodes(graph):
        c = _extract_concept(graph, node)
        c.broader = _uris(graph, node, SKOS.broader)
        c.narrower = _uris(graph, node, SKOS.narrower)
        c.related = _uris(graph, node, SKOS.related)
        c.schemes = _uris(graph, node, SKOS.inScheme)
        c.top_of = _uris(graph, node, SKOS.topConceptOf)
        for name in _MATCHES:
            targets = _uris(graph, node, SKOS[name])
            if targets:
                c.matches[name] = targets
        concepts[c.uri] = c
    _symmetrise(concepts)
    return concepts, _extract_schemes(graph, concepts)


def _symmetrise(concepts: dict[str, Concept]) -> None:
    """Add missing inverse relations between known concepts (the checker reports them)."""
    for c in concepts.values():
        for b in c.broader:
            if b in concepts and c.uri not in concepts[b].narrower:
                concepts[b].narrower.append(c.uri)
        for n in c.narrower:
            if n in concepts and c.uri not in concepts[n].broader:
                concepts[n].broader.append(c.uri)
        for r in c.related:
            if r in concepts and c.uri not in concepts[r].related:
                concepts[r].related.append(c.uri)


def _extract_schemes(graph: rdflib.Graph, concepts: dict[str, Concept]) -> dict[str, Scheme]:
    uris = {str(s) for s in graph.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef)}
    for c in concepts.values():
        uris.update(c.schemes)
        uris.update(c.top_of)
    schemes: dict[str, Scheme] = {}
    for uri in sorted(uris):
        node = URIRef(uri)
        s = Scheme(uri=uri)
        for prop in (SKOS.prefLabel, rdflib.RDFS.label, rdflib.DCTERMS.title):
            for lit in graph.objects(node, prop):
                if isinstance(lit, Literal):
                    s.labels.setdefault(_lang(lit), str(lit))
        tops = set(_uris(graph, node, SKOS.hasTopConcept))
        tops |= {c.uri for c in concepts.values() if uri in c.top_of}
        s.top_concepts = sorted(t for t in tops if t in concepts)
        for t in s.top_concepts:
            if uri not in concepts[t].schemes:
                concepts[t].schemes.append(uri)
        schemes[uri] = s
    return schemes
