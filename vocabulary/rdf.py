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
from rdflib.util import guess_format

from vocabulary.model import VocabularyError

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
