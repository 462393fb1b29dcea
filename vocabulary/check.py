"""SKOS integrity checks behind ``chm vocab check`` (operators run it before deploying a file).

Works on the rdflib graph of each file, not on the resolver, because it must see what the
resolver smooths over (labels without language, duplicates, one-way relations). Problems are
data (:class:`Problem`), never exceptions; an unreadable file is a ``parse-error`` problem.

Codes (severity): ``parse-error``, ``no-concepts``, ``missing-preflabel``,
``missing-language`` (a required language), ``duplicate-preflabel`` (two in one language),
``ambiguous-preflabel`` (same prefLabel on two concepts of one scheme), ``empty-label``,
``invalid-language-tag``, ``broader-cycle``, ``broken-reference`` and
``xl-label-without-literal-form`` are errors; ``label-without-language`` is an error in the
project thesaurus and a warning elsewhere; ``overlapping-label``, ``orphan-concept``,
``missing-inverse``, ``related-clash``, ``reflexive-relation``, ``top-concept-has-broader``,
``private-language-tag``, ``unprintable-label``, ``duplicate-definition`` (two
``skos:definition`` in one language: what a concept described in two places of a file leaves)
and ``member-as-synonym`` (an altLabel that the concept's own definition lists as one of
several kinds of it, ``wood preservatives (pentachlorophenol, creosote, ...)``: a search for
the member then finds every record of the whole concept) are warnings.

Required languages apply to concepts of the project thesaurus (URIs under ``BASE_URI``);
``external_required_langs`` applies to every other concept (none by default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import langcodes
import rdflib
from rdflib.namespace import RDFS, SKOS
from rdflib.term import Literal, Node, URIRef

from vocabulary.model import VocabularyError, is_project_uri
from vocabulary.rdf import SKOSXL, concept_nodes, parse_graph
from vocabulary.text import fold

_LABEL_PROPS = (
    ("prefLabel", SKOS.prefLabel, SKOSXL.prefLabel),
    ("altLabel", SKOS.altLabel, SKOSXL.altLabel),
    ("hiddenLabel", SKOS.hiddenLabel, SKOSXL.hiddenLabel),
)
_BROADER = (SKOS.broader, SKOS.broaderTransitive)
_NARROWER = (SKOS.narrower, SKOS.narrowerTransitive)


@dataclass(frozen=True)
class Problem:
    """One finding of :func:`check_vocabulary`."""

    severity: str  # "error" | "warning"
    code: str
    concept: str | None
    message: str
    file: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data."""
        return asdict(self)

    def __str__(self) -> str:
        where = f"{self.file}: " if self.file else ""
        what = f" <{self.concept}>" if self.concept else ""
        return f"{where}{self.severity}: {self.code}{what}: {self.message}"


def check_vocabulary(
    files: Sequence[Path | str],
    required_langs: Sequence[str] = ("en", "fr", "es"),
    external_required_langs: Sequence[str] = (),
) -> list[Problem]:
    """Check each SKOS file; return every problem found (errors first).

    Args:
        files: RDF files in any serialisation rdflib reads.
        required_langs: prefLabel languages every project-thesaurus concept must have.
        external_required_langs: the same for concepts of other (external) vocabularies.
    """
    problems: list[Problem] = []
    for f in files:
        try:
            graph = parse_graph(f)
        except VocabularyError as exc:
            problems.append(Problem("error", "parse-error", None, exc.message, str(f)))
            continue
        found = check_graph(graph, required_langs, external_required_langs)
        problems.extend(Problem(p.severity, p.code, p.concept, p.message, str(f)) for p in found)
    return sorted(problems, key=lambda p: (p.file or "", p.severity != "error", p.code))


def check_graph(
    graph: rdflib.Graph,
    required_langs: Sequence[str] = ("en", "fr", "es"),
    external_required_langs: Sequence[str] = (),
) -> list[Problem]:
    """All checks on one parsed graph (see the module docstring for the codes)."""
    concepts = concept_nodes(graph)
    if not concepts:
        return [
            Problem(
                "error",
                "no-concepts",
                None,
                "no SKOS concepts found (no skos:Concept, SKOS label or relation); "
                "is this an empty, RDFS or OWL file?",
            )
        ]
    problems: list[Problem] = []
    problems += _check_labels(graph, concepts, required_langs, external_required_langs)
    problems += _check_ambiguous(graph, concepts)
    problems += _check_references(graph, concepts)
    problems += _check_cycles(graph, concepts)
    problems += _check_orphans(graph, concepts)
    problems += _check_inverses(graph, concepts)
    problems += _check_related(graph, concepts)
    problems += _check_definitions(graph, concepts)
    problems += _check_members(graph, concepts)
    return problems


_LIST = re.compile(r"\(([^()]*)\)")
_ITEM_SPLIT = re.compile(r",|;|\b(?:and|or|et|ou|y|o)\b")
_ITEM_LEAD = re.compile(r"^(?:e\.g\.|i\.e\.|such as|including|like|other|par exemple)\s+")


def _enumerations(text: str) -> Iterator[list[str]]:
    """The folded items of each parenthesised list of ``text``: ``(urea, ammonium nitrate
    and other salts)`` -> ``["urea", "ammonium nitrate", "salts"]``."""
    for group in _LIST.findall(text):
        items = [_ITEM_LEAD.sub("", fold(i).strip()).strip() for i in _ITEM_SPLIT.split(group)]
        yield [i for i in items if i]


def _check_members(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    out: list[Problem] = []
    for node in sorted(concepts, key=str):
        alts = {
            fold(str(o)).strip(): str(o)
            for o in graph.objects(node, SKOS.altLabel)
            if isinstance(o, Literal)
        }
        if not alts:
            continue
        narrower = {
            fold(str(o)).strip()
            for n in graph.objects(node, SKOS.narrower)
            for o in graph.objects(n, SKOS.prefLabel)
            if isinstance(o, Literal)
        }
        for definition in graph.objects(node, SKOS.definition):
            for items in _enumerations(str(definition)):
                # a list of three kinds or more, or of two of which one is a narrower concept
                if len(items) < 3 and not narrower & set(items):
                    continue
                for item in items:
                    if item in alts:
                        out.append(
                            Problem(
                                "warning",
                                "member-as-synonym",
                                str(node),
                                f"altLabel {alts[item]!r} is one of the kinds the definition "
                                f"lists ({', '.join(items)}): a narrower concept rather than "
                                "a synonym? As a label, a search for it finds every record "
                                "of the whole concept",
                            )
                        )
    return out


def _check_definitions(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    out: list[Problem] = []
    for node in sorted(concepts, key=str):
        by_lang: dict[str, set[str]] = {}
        for o in graph.objects(node, SKOS.definition):
            if isinstance(o, Literal):
                by_lang.setdefault((o.language or "").lower(), set()).add(str(o))
        for lang, texts in sorted(by_lang.items()):
            if len(texts) > 1:
                out.append(
                    Problem(
                        "warning",
                        "duplicate-definition",
                        str(node),
                        f"{len(texts)} skos:definition in language {lang or '(none)'!r}; "
                        "is the concept described twice in the file?",
                    )
                )
    return out


# -- labels -------------------------------------------------------------------------------
def _labels(graph: rdflib.Graph, node: Node) -> Iterable[tuple[str, Literal | None, Node]]:
    """``(kind, literal, via)``; literal None for an XL label without literalForm."""
    for kind, prop, xl in _LABEL_PROPS:
        for o in graph.objects(node, prop):
            if isinstance(o, Literal):
                yield kind, o, node
        for label_node in graph.objects(node, xl):
            forms = [f for f in graph.objects(label_node, SKOSXL.literalForm)]
            if not forms:
                yield kind, None, label_node
            for f in forms:
                if isinstance(f, Literal):
                    yield kind, f, label_node


def _check_labels(
    graph: rdflib.Graph,
    concepts: set[Node],
    required: Sequence[str],
    external_required: Sequence[str],
) -> list[Problem]:
    out: list[Problem] = []
    for node in sorted(concepts, key=str):
        uri = str(node)
        project = is_project_uri(uri)
        prefs: dict[str, list[str]] = {}
        for kind, lit, via in _labels(graph, node):
            if lit is None:
                out.append(
                    Problem(
                        "error",
                        "xl-label-without-literal-form",
                        uri,
                        f"SKOS-XL label {via} has no skosxl:literalForm",
                    )
                )
                continue
            out += _check_literal(uri, kind, lit, project)
            if kind == "prefLabel" and str(lit).strip():
                prefs.setdefault((lit.language or "").lower(), []).append(str(lit))
        out += _check_prefs(uri, prefs, required if project else external_required)
    return out


def _check_literal(uri: str, kind: str, lit: Literal, project: bool) -> list[Problem]:
    text = str(lit)
    out: list[Problem] = []
    if not text.strip():
        out.append(Problem("error", "empty-label", uri, f"empty skos:{kind}"))
        return out
    if any(not ch.isprintable() for ch in text):
        out.append(
            Problem(
                "warning",
                "unprintable-label",
                uri,
                f"skos:{kind} {text!r} contains unprintable characters",
            )
        )
    lang = lit.language
    if not lang:
        sev = "error" if project else "warning"
        out.append(
            Problem(sev, "label-without-language", uri, f"skos:{kind} {text!r} has no language tag")
        )
    elif lang.lower().startswith(("x-", "i-")) or "-x-" in lang.lower():
        out.append(
            Problem(
                "warning",
                "private-language-tag",
                uri,
                f"skos:{kind} {text!r} uses private-use language tag {lang!r}",
            )
        )
    elif not langcodes.tag_is_valid(lang):
        out.append(
            Problem(
                "error",
                "invalid-language-tag",
                uri,
                f"skos:{kind} {text!r} has invalid language tag {lang!r}",
            )
        )
    return out


def _check_prefs(uri: str, prefs: dict[str, list[str]], required: Sequence[str]) -> list[Problem]:
    out: list[Problem] = []
    if not prefs:
        return [Problem("error", "missing-preflabel", uri, "concept has no skos:prefLabel")]
    for lang, values in prefs.items():
        if len(set(values)) > 1:
            shown = ", ".join(repr(v) for v in sorted(set(values)))
            out.append(
                Problem(
                    "error",
                    "duplicate-preflabel",
                    uri,
                    f"{len(set(values))} prefLabels in language {lang or '(none)'!r}: {shown}",
                )
            )
    have = {lang.split("-")[0] for lang in prefs}
    for lang in required:
        if lang not in have:
            out.append(Problem("error", "missing-language", uri, f"no prefLabel in {lang!r}"))
    return out


def _schemes_of(graph: rdflib.Graph, node: Node) -> list[str]:
    schemes = {str(s) for s in graph.objects(node, SKOS.inScheme)}
    schemes |= {str(s) for s in graph.objects(node, SKOS.topConceptOf)}
    return sorted(schemes) or ["(no scheme)"]


def _check_ambiguous(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    seen: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for node in concepts:
        for kind, lit, _ in _labels(graph, node):
            if lit is None or not str(lit).strip():
                continue
            lang = (lit.language or "").lower()
            for scheme in _schemes_of(graph, node):
                entry = (str(node), kind)
                bucket = seen.setdefault((scheme, lang, fold(str(lit).strip())), [])
                if entry not in bucket:
                    bucket.append(entry)
    out: list[Problem] = []
    for (scheme, lang, label), entries in sorted(seen.items()):
        uris = sorted({u for u, _ in entries})
        if len(uris) < 2:
            continue
        prefs = {u for u, kind in entries if kind == "prefLabel"}
        code, sev = (
            ("ambiguous-preflabel", "error") if len(prefs) > 1 else ("overlapping-label", "warning")
        )
        out.append(
            Problem(
                sev,
                code,
                uris[0],
                f"label {label!r}@{lang or '-'} is used by {len(uris)} concepts of "
                f"scheme {scheme}: {', '.join(uris)}",
            )
        )
    return out


# -- relations ----------------------------------------------------------------------------
def _sub_properties(graph: rdflib.Graph, props: Sequence[URIRef]) -> list[URIRef]:
    found = list(props)
    for p in props:
        found += [s for s in graph.subjects(RDFS.subPropertyOf, p) if isinstance(s, URIRef)]
    return found


def broader_edges(graph: rdflib.Graph) -> set[tuple[Node, Node]]:
    """(narrower, broader) pairs: broader, narrower, their transitive forms, subproperties."""
    edges: set[tuple[Node, Node]] = set()
    for prop in _sub_properties(graph, _BROADER):
        edges.update(graph.subject_objects(prop))
    for prop in _sub_properties(graph, _NARROWER):
        edges.update((o, s) for s, o in graph.subject_objects(prop))
    return {(a, b) for a, b in edges if not isinstance(b, Literal)}


def _check_references(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    out: list[Problem] = []
    for prop in (SKOS.broader, SKOS.narrower, SKOS.related):
        for s, o in sorted(graph.subject_objects(prop), key=str):
            if o not in concepts:
                what = "a literal" if isinstance(o, Literal) else "not a concept in this file"
                out.append(
                    Problem(
                        "error",
                        "broken-reference",
                        str(s),
                        f"skos:{prop.split('#')[-1]} points at {o} which is {what}",
                    )
                )
    return out


def _check_cycles(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    up: dict[Node, set[Node]] = {}
    for a, b in broader_edges(graph):
        up.setdefault(a, set()).add(b)
    out = []
    for comp in strongly_connected(up):
        members = sorted(str(n) for n in comp)
        if len(comp) > 1 or next(iter(comp)) in up.get(next(iter(comp)), ()):
            out.append(
                Problem(
                    "error",
                    "broader-cycle",
                    members[0],
                    "broader/narrower cycle: " + " -> ".join(members),
                )
            )
    return out


def strongly_connected(graph: dict[Node, set[Node]]) -> list[set[Node]]:
    """Tarjan's algorithm, iterative (no recursion limit on deep hierarchies)."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    on_stack: set[Node] = set()
    stack: list[Node] = []
    result: list[set[Node]] = []
    counter = 0
    for root in list(graph):
        if root in index:
            continue
        work: list[tuple[Node, Iterator[Node]]] = [(root, iter(graph.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp: set[Node] = set()
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        comp.add(top)
                        if top == node:
                            break
                    result.append(comp)
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph.get(child, ()))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return result


def _check_orphans(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    has_broader = {a for a, _ in broader_edges(graph)}
    tops = set(graph.subjects(SKOS.topConceptOf, None)) | set(
        graph.objects(None, SKOS.hasTopConcept)
    )
    out = []
    for node in sorted(concepts - has_broader - tops, key=str):
        out.append(
            Problem(
                "warning",
                "orphan-concept",
                str(node),
                "no broader concept and not a top concept of any scheme",
            )
        )
    for node in sorted(tops & has_broader & concepts, key=str):
        out.append(
            Problem(
                "warning",
                "top-concept-has-broader",
                str(node),
                "top concept of a scheme but also has a broader concept",
            )
        )
    return out


def _check_inverses(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    out = []
    pairs = (
        (SKOS.broader, SKOS.narrower),
        (SKOS.narrower, SKOS.broader),
        (SKOS.related, SKOS.related),
    )
    for prop, inverse in pairs:
        for s, o in sorted(graph.subject_objects(prop), key=str):
            if o in concepts and s != o and (o, inverse, s) not in graph:
                out.append(
                    Problem(
                        "warning",
                        "missing-inverse",
                        str(s),
                        f"skos:{prop.split('#')[-1]} {o} has no inverse "
                        f"skos:{inverse.split('#')[-1]}",
                    )
                )
    return out


def _check_related(graph: rdflib.Graph, concepts: set[Node]) -> list[Problem]:
    up: dict[Node, set[Node]] = {}
    for a, b in broader_edges(graph):
        up.setdefault(a, set()).add(b)
    out = []
    for s, o in sorted(graph.subject_objects(SKOS.related), key=str):
        if s == o:
            out.append(Problem("warning", "reflexive-relation", str(s), "related to itself"))
        elif o in _ancestors(up, s) or s in _ancestors(up, o):
            out.append(
                Problem(
                    "warning",
                    "related-clash",
                    str(s),
                    f"skos:related {o} although one is broader than the other",
                )
            )
    return out


def _ancestors(up: dict[Node, set[Node]], node: Node) -> set[Node]:
    seen: set[Node] = set()
    stack = list(up.get(node, ()))
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.add(n)
            stack.extend(up.get(n, ()))
    return seen
