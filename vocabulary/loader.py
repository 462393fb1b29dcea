"""SKOS files -> :class:`Vocabulary`: parse with rdflib once, extract concepts, cache on disk.

Data flow: config.toml ``[vocabulary] files`` -> :func:`load_vocabulary` -> ``Vocabulary``
(resolver.py), shared by the pipeline (enrich), the search API and the CLI.

Any serialisation rdflib reads is accepted; the format is guessed from the extension (or
sniffed from the first bytes). A parse error raises :class:`VocabularyError` naming the file
and, when rdflib reports it, the line. Parsing a 5,000-concept file takes seconds, so the
built vocabulary is pickled in a cache directory keyed by the files' paths, sizes and mtimes
(and this package's version); a restart then loads in milliseconds.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SKOS
from rdflib.term import Literal, Node, URIRef

from vocabulary.model import CHM_NS, Concept, Scheme, VocabularyError
from vocabulary.rdf import parse_graph
from vocabulary.resolver import Vocabulary

SKOSXL = rdflib.Namespace("http://www.w3.org/2008/05/skos-xl#")
MEMBER_COUNTRY = URIRef(CHM_NS + "memberCountry")
CACHE_VERSION = "chm-vocab-4"

_CONCEPT_MARKERS = (
    SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, SKOS.broader, SKOS.narrower,
    SKOS.related, SKOS.inScheme, SKOS.topConceptOf, SKOS.definition,
    SKOSXL.prefLabel, SKOSXL.altLabel, SKOSXL.hiddenLabel,
)  # fmt: skip
_MATCHES = ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")


def default_cache_dir() -> Path:
    """``$CHM_VOCAB_CACHE``, else ``$XDG_CACHE_HOME/chm``, else ``~/.cache/chm``."""
    if os.environ.get("CHM_VOCAB_CACHE"):
        return Path(os.environ["CHM_VOCAB_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chm"


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


def _cache_key(files: Sequence[Path]) -> str:
    # the pickle holds instances of this package's classes: a change to any of its modules
    # (a new attribute of the matcher, say) must not load an old pickle
    here = Path(__file__).parent
    parts = [CACHE_VERSION]
    parts += [f"{m.name}|{m.stat().st_mtime_ns}" for m in sorted(here.glob("*.py"))]
    for f in files:
        st = f.stat()
        parts.append(f"{f.resolve()}|{st.st_size}|{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def _read_cache(path: Path) -> Vocabulary | None:
    try:
        with path.open("rb") as fh:
            vocab = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return vocab if isinstance(vocab, Vocabulary) else None


def _write_cache(path: Path, vocab: Vocabulary) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(vocab, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache directory only costs a re-parse next time


def load_vocabulary(
    files: Sequence[Path | str],
    *,
    cache: bool = True,
    cache_dir: Path | None = None,
) -> Vocabulary:
    """Load SKOS files into one :class:`Vocabulary` (labels indexed once).

    Args:
        files: RDF files in any serialisation rdflib reads; later files add concepts.
        cache: reuse / write the pickled vocabulary (keyed by paths, sizes and mtimes).
        cache_dir: where the pickle lives (default :func:`default_cache_dir`).

    Raises:
        VocabularyError: a file is missing, unreadable, not RDF, or holds no SKOS concept.
    """
    paths = [Path(f) for f in files]
    for p in paths:
        if not p.is_file():
            raise VocabularyError(f"{p}: vocabulary file not found", path=p)
    cache_path = (cache_dir or default_cache_dir()) / f"vocab-{_cache_key(paths)}.pickle"
    if cache and cache_path.is_file():
        cached = _read_cache(cache_path)
        if cached is not None:
            return cached
    concepts: dict[str, Concept] = {}
    schemes: dict[str, Scheme] = {}
    for p in paths:
        file_concepts, file_schemes = extract(parse_graph(p))
        if not file_concepts:
            raise VocabularyError(
                f"{p}: contains no SKOS concepts (no skos:Concept, SKOS label or relation); "
                "is it an RDFS/OWL file or empty?",
                path=p,
            )
        _merge(concepts, file_concepts)
        schemes.update(file_schemes)
    vocab = Vocabulary(concepts, schemes, files=paths)
    if cache:
        _write_cache(cache_path, vocab)
    return vocab


def _merge(into: dict[str, Concept], new: dict[str, Concept]) -> None:
    for uri, c in new.items():
        old = into.get(uri)
        if old is None:
            into[uri] = c
            continue
        for lang, label in c.pref.items():
            old.pref.setdefault(lang, label)
        for lang, labels in c.alt.items():
            old.alt.setdefault(lang, []).extend(x for x in labels if x not in old.alt[lang])
        for attr in ("broader", "narrower", "related", "schemes", "top_of"):
            target: list[str] = getattr(old, attr)
            target.extend(x for x in getattr(c, attr) if x not in target)
