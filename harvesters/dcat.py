"""DCAT harvester (rdflib): data catalogues in Turtle, RDF/XML, N-Triples and JSON-LD.

Where it sits in the flow: node registry -> **harvester** -> raw store -> mapping
(``mappings/dcat.toml``, declarative). Each ``dcat:Dataset`` of a catalogue page becomes one
raw record whose payload is a JSON object extracted from the graph (sorted keys and lists,
so the content hash is stable)::

    {"uri": "...", "title": {"en": "...", "fr": "..."}, "description": {...},
     "keyword": [...], "theme": [...], "spatial": [...], "issued": "...", "modified": "...",
     "landingPage": [...], "publisher": [...], "creator": [...], "identifier": [...],
     "language": [...], "license": [...], "rights": [...], "accessRights": [...],
     "type": [...]}

Language-tagged literals (``dct:title``, ``dct:description``) are kept as objects keyed by
language (``"und"`` when untagged). Hydra-paged catalogues (``hydra:next`` /
``hydra:nextPage``) are followed page by page, with loop detection. A catalogue has no
modified-since filter, so every run is a full listing: the last page of a listing that ran
from the first page without rejections carries ``complete_listing=True``.

JSON-LD documents never cause a network request: a remote ``@context`` (or ``@import``)
must be mapped to a local file by the operators, in ``[harvest.jsonld_contexts]`` of
config.toml (for every DCAT node) or in a config.toml node's ``options.contexts`` table;
otherwise the page fails with a message that says so. A registered node can only narrow
the operators' map to a list of its URLs, never name a file. RDF/XML with a DOCTYPE or
entity declarations is refused.

Options of a ``protocol = "dcat"`` node::

    format              "turtle" | "xml" | "json-ld" | "nt" (default: from Content-Type,
                        then the URL's extension, then the first bytes)
    contexts            config.toml nodes: table of JSON-LD context URL = local file path;
                        any node: a list of URLs of [harvest.jsonld_contexts] to use
    rate_limit          requests per second (default unlimited)
    max_pages           stop with an error after this many pages (default 10000)
    max_response_bytes  per-node response size limit (config.toml only)
    follow_other_hosts  follow hydra:next to another host (default false; config.toml only)
    auth_header, auth_env, auth_scheme   as for JSON nodes (config.toml only)
"""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from core.clock import isoformat_z, utcnow
from core.config import HarvestSettings, NodeConfig
from harvesters.base import HarvestWindow, InvalidResponse, Page, describe_get, request_context
from harvesters.http import FetchResult, HttpClient, client_for
from harvesters.json_api import Prefetcher, RateLimiter, dumps_sorted
from harvesters.profiles import PIPELINE_OPTIONS, NodeOptionsError, json_options
from harvesters.seen import SeenIds
from mappings.base import RawRecord
from mappings.safexml import UnsafeXml, check_safe, looks_like_html

try:  # a dependency (pyproject.toml); an environment installed before it parses with rdflib
    import pyoxigraph
except ImportError:  # pragma: no cover - installed with chm
    pyoxigraph = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
DC = "http://purl.org/dc/elements/1.1/"
HYDRA = "http://www.w3.org/ns/hydra/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DATASET_TYPES = frozenset({URIRef(DCAT + "Dataset"), URIRef(DCAT + "DatasetSeries")})
NEXT = (URIRef(HYDRA + "next"), URIRef(HYDRA + "nextPage"))
LABELS = tuple(
    URIRef(u)
    for u in (
        FOAF + "name",
        "http://www.w3.org/2006/vcard/ns#fn",
        SKOS + "prefLabel",
        "http://www.w3.org/2000/01/rdf-schema#label",
        DCT + "title",
        "http://www.w3.org/ns/locn#geographicName",
    )
)
LANG_FIELDS = {"title": (DCT + "title", DC + "title"), "description": (DCT + "description",)}
TEXT_FIELDS = {
    "keyword": (DCAT + "keyword",),
    "issued": (DCT + "issued",),
    "modified": (DCT + "modified",),
    "identifier": (DCT + "identifier",),
}
NODE_FIELDS = {  # objects that may be resources with a label
    "theme": (DCAT + "theme",),
    "spatial": (DCT + "spatial",),
    "landingPage": (DCAT + "landingPage",),
    "publisher": (DCT + "publisher",),
    "creator": (DCT + "creator",),
    "language": (DCT + "language", DC + "language"),
    "license": (DCT + "license",),
    "rights": (DCT + "rights",),
    "accessRights": (DCT + "accessRights",),
    "type": (DCT + "type",),
}
# the same, as the graph's keys (made once: an rdflib URIRef checks its text when made)
_LANG_KEYS = {k: tuple(URIRef(p) for p in preds) for k, preds in LANG_FIELDS.items()}
_TEXT_KEYS = {k: tuple(URIRef(p) for p in preds) for k, preds in TEXT_FIELDS.items()}
_NODE_KEYS = {k: tuple(URIRef(p) for p in preds) for k, preds in NODE_FIELDS.items()}
FORMATS = {"turtle": "turtle", "ttl": "turtle", "xml": "xml", "rdf": "xml", "json-ld": "json-ld",
           "jsonld": "json-ld", "nt": "nt", "n-triples": "nt", "n3": "n3"}  # fmt: skip
CONTENT_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
    "application/n-triples": "nt",
    "text/n3": "n3",
}
Props = dict[URIRef, list[Node]]
ACCEPT = (
    "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8, "
    "application/n-triples;q=0.7, */*;q=0.1"
)


@dataclass(frozen=True)
class DcatOptions:
    """The checked options of one DCAT node."""

    format: str | None = None
    contexts: dict[str, str] = field(default_factory=dict)
    rate_limit: float | None = None
    max_pages: int = 10_000
    max_response_bytes: int | None = None
    follow_other_hosts: bool = False


def dcat_options(
    node_id: str,
    options: dict[str, Any],
    *,
    source: str = "config",
    operator_contexts: dict[str, str] | None = None,
) -> DcatOptions:
    """Check a DCAT node's options; raise NodeOptionsError naming each problem.

    Args:
        node_id: for messages.
        options: ``NodeConfig.options``.
        source: ``"config"`` for the operators' nodes; any other source may not map a
            context to a file nor set an ``auth_*`` option.
        operator_contexts: ``[harvest.jsonld_contexts]`` (URL -> local file).

    Returns:
        the checked options; ``contexts`` is the map this node's pages are parsed with.
    """
    problems: list[str] = []
    mapped = dict(operator_contexts or {})
    auth = {k: v for k, v in options.items() if k.startswith("auth_")}
    mine = {k: v for k, v in options.items() if k not in auth and k not in PIPELINE_OPTIONS}
    known = {"format", "contexts", "rate_limit", "max_pages", "max_response_bytes",
             "follow_other_hosts"}  # fmt: skip
    for key in mine:
        if key not in known:
            names = ", ".join(sorted(known | {"auth_header", "auth_env", "auth_scheme"}))
            problems.append(f"{key}: unknown option (known: {names})")
    if source != "config":
        from harvesters.node_options import option_problems

        problems += [p.removeprefix("options.") for p in option_problems("dcat", options, mapped)]
    fmt = mine.get("format")
    if fmt is not None and fmt not in FORMATS:
        problems.append(f"format: {fmt!r} is not one of turtle, xml, json-ld, nt")
    contexts = _contexts(mine.get("contexts"), mapped, problems)
    try:  # the shared checks of numbers and auth (same meaning as for JSON nodes)
        shared = {k: v for k, v in mine.items() if k in known - {"format", "contexts"}}
        json_options(node_id, {**shared, **auth, "records_path": "@"})
    except NodeOptionsError as exc:
        problems.append(str(exc).split(": ", 1)[1].removeprefix("options."))
    if problems:
        msg = "; ".join(f"options.{p}" for p in dict.fromkeys(problems))
        raise NodeOptionsError(f"node '{node_id}': {msg}", node_id=node_id)
    values = {k: v for k, v in mine.items() if k in known} | {"contexts": contexts}
    if fmt is not None:
        values["format"] = FORMATS[fmt]
    if "rate_limit" in values:
        values["rate_limit"] = float(values["rate_limit"])
    return DcatOptions(**values)


def _contexts(value: Any, mapped: dict[str, str], problems: list[str]) -> dict[str, str]:
    """The context map of a node: the operators' map, narrowed by a list or (config.toml
    nodes, checked by the caller) extended by a table."""
    if value is None:
        return mapped
    if isinstance(value, list) and all(isinstance(u, str) for u in value):
        missing = [u for u in value if u not in mapped]
        if missing:
            problems.append(
                f"contexts: {', '.join(missing)} not mapped in [harvest.jsonld_contexts]"
            )
        return {u: mapped[u] for u in value if u in mapped}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return mapped | value
    problems.append(
        'contexts: expected a list of context URLs, or (config.toml) a table of "context '
        'URL" = "local file"'
    )
    return {}


# --------------------------------------------------------------------------- parsing


def detect_format(fetched: FetchResult, configured: str | None) -> str:
    """The rdflib parser name for a response: configured, Content-Type, extension, bytes."""
    if configured:
        return configured
    ctype = fetched.content_type.split(";")[0].strip().lower()
    if ctype in CONTENT_TYPES:
        return CONTENT_TYPES[ctype]
    ext = Path(urlsplit(fetched.url).path).suffix.lstrip(".").lower()
    if ext in FORMATS:
        return FORMATS[ext]
    head = fetched.body[:200].lstrip()
    if head.startswith((b"{", b"[")):
        return "json-ld"
    if head.startswith(b"<?xml") or head.startswith(b"<rdf:RDF"):
        return "xml"
    return "turtle"


def resolve_contexts(doc: Any, contexts: dict[str, str], url: str) -> Any:
    """Replace every remote ``@context`` / ``@import`` by its local copy (no network).

    Raises:
        InvalidResponse: a remote context has no local copy, or the copy is unreadable.
    """
    if isinstance(doc, list):
        return [resolve_contexts(item, contexts, url) for item in doc]
    if not isinstance(doc, dict):
        return doc
    out = {}
    for key, value in doc.items():
        if key == "@context":
            out[key] = _context_value(value, contexts, url)
        else:
            out[key] = resolve_contexts(value, contexts, url)
    return out


def _context_value(value: Any, contexts: dict[str, str], url: str) -> Any:
    if isinstance(value, list):
        return [_context_value(v, contexts, url) for v in value]
    if isinstance(value, str):
        return _local_context(urljoin(url, value), contexts, url)
    if isinstance(value, dict) and isinstance(value.get("@import"), str):
        imported = _local_context(urljoin(url, value["@import"]), contexts, url)
        rest = {k: v for k, v in value.items() if k != "@import"}
        return [imported, rest]
    return value


def _local_context(ctx_url: str, contexts: dict[str, str], url: str) -> Any:
    path = contexts.get(ctx_url)
    if path is None:
        raise InvalidResponse(
            f"{url}: the JSON-LD document uses the remote @context {ctx_url}, and chm never "
            "fetches contexts from the network; the operators must save a copy and map it "
            f'in config.toml: [harvest.jsonld_contexts] "{ctx_url}" = "contexts/….jsonld"',
            url=url,
        )
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        # the path and the OS error go to the log only: a report must not tell a node
        # anything about the server's files
        log.warning("JSON-LD context %s: local copy %s unreadable: %s", ctx_url, path, exc)
        raise InvalidResponse(
            f"{url}: the operators' local copy of the @context {ctx_url} cannot be read "
            "(operators: check [harvest.jsonld_contexts] in config.toml)",
            url=url,
        ) from None
    return data.get("@context", data) if isinstance(data, dict) else data


def parse_graph(fetched: FetchResult, fmt: str, contexts: dict[str, str]) -> Graph:
    """Parse one catalogue page into a graph; raise InvalidResponse a person understands."""
    where = f"{fetched.url} (HTTP {fetched.status}, {fetched.content_type or 'no content type'})"
    body = fetched.body
    if fetched.status >= 400:
        raise InvalidResponse(f"{where}: HTTP error {fetched.status}", url=fetched.url)
    if not body.strip():
        raise InvalidResponse(f"{where}: empty response body", url=fetched.url)
    if looks_like_html(body):
        raise InvalidResponse(
            f"{where}: the server answered with an HTML page, not a DCAT catalogue "
            "(an error page? check the URL)",
            url=fetched.url,
        )
    data: bytes | str = body
    if fmt == "json-ld":
        try:
            doc = json.loads(body)
        except ValueError as exc:
            raise InvalidResponse(f"{where}: not valid JSON-LD: {exc}", url=fetched.url) from None
        data = json.dumps(resolve_contexts(doc, contexts, fetched.url))
    elif fmt == "xml":
        try:
            check_safe(body)
        except UnsafeXml as exc:
            raise InvalidResponse(f"{where}: {exc}", url=fetched.url) from None
    graph = Graph()
    try:
        graph.parse(data=data, format=fmt, publicID=fetched.url)
    except Exception as exc:  # rdflib's parsers raise many exception types on bad input
        raise InvalidResponse(f"{where}: {_syntax_message(fmt, exc)}", url=fetched.url) from None
    return graph


_OX_FORMATS: dict[str, Any] = (
    {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES}
    if pyoxigraph is not None
    else {}
)
# a language tag with a capital letter: rdflib keeps its case, pyoxigraph lowercases it
_CAPITAL_TAG = re.compile(rb"[\"']@[A-Za-z0-9-]*[A-Z]")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
Triple = tuple[Node, Node, Node]


def parse_triples(fetched: FetchResult, fmt: str, contexts: dict[str, str]) -> Iterable[Triple]:
    """The triples of one catalogue page, as rdflib terms: what :func:`parse_graph` gives,
    for a Turtle or N-Triples page read by pyoxigraph's parser (20 times faster than rdflib's
    on the benchmark catalogue: 21 against 415 µs a dataset, bench/README.md, issue 20).

    The graph's triples come as rdflib's parser makes them: the same IRIs, the same literals
    (``Literal(text, lang=…)`` or ``Literal(text, datatype=…)``, rdflib's own normalising
    applied); blank nodes keep the page's labels, which only tell them apart within the page.
    Anything pyoxigraph refuses (bad syntax, an IRI it finds invalid, RDF-star), a page that
    is not plainly RDF (an HTTP error, HTML, empty) and a language tag with capitals (rdflib
    keeps their case, pyoxigraph does not) go to :func:`parse_graph`, which parses with rdflib
    and raises the errors it always raised. Other formats: :func:`parse_graph`.
    """
    body = fetched.body
    fast = _OX_FORMATS.get(fmt)
    if (
        fast is None
        or fetched.status >= 400
        or not body.strip()
        or looks_like_html(body)
        or _CAPITAL_TAG.search(body)
    ):
        return parse_graph(fetched, fmt, contexts)
    try:
        return _rdflib_terms(pyoxigraph.parse(body, format=fast, base_iri=fetched.url))
    except Exception:  # SyntaxError, ValueError, TypeError above: rdflib decides, as before
        return parse_graph(fetched, fmt, contexts)


def _rdflib_terms(quads: Iterable[Any]) -> list[Triple]:
    """pyoxigraph's triples as rdflib terms (TypeError for a term rdflib's parser would not
    make, such as an RDF-star quoted triple)."""
    named: dict[str, URIRef] = {}
    blank: dict[str, BNode] = {}
    datatypes: dict[str, URIRef] = {}
    literals: dict[tuple[str, str | None, str], Literal] = {}  # 60 % of a page's repeat

    def term(node: Any) -> Node:
        kind = type(node)
        if kind is pyoxigraph.NamedNode:
            iri = node.value
            got = named.get(iri)
            if got is None:
                got = named[iri] = URIRef(iri)
            return got
        if kind is pyoxigraph.Literal:
            key = (node.value, node.language, node.datatype.value)
            lit = literals.get(key)
            if lit is None:
                lit = literals[key] = _literal(*key, datatypes)
            return lit
        if kind is pyoxigraph.BlankNode:
            label = node.value
            bnode = blank.get(label)
            if bnode is None:
                bnode = blank[label] = BNode(label)
            return bnode
        raise TypeError(f"not a term of an RDF 1.1 graph: {kind.__name__}")

    return [(term(q.subject), term(q.predicate), term(q.object)) for q in quads]


def _literal(text: str, lang: str | None, dt: str, datatypes: dict[str, URIRef]) -> Literal:
    """The rdflib literal rdflib's parser makes of ``text`` (its normalising applied)."""
    if lang:
        return Literal(text, lang=lang)
    if dt == _XSD_STRING:
        return Literal(text)
    dtype = datatypes.get(dt)
    if dtype is None:
        dtype = datatypes[dt] = URIRef(dt)
    return Literal(text, datatype=dtype)


def _syntax_message(fmt: str, exc: Exception) -> str:
    names = {"turtle": "Turtle", "xml": "RDF/XML", "json-ld": "JSON-LD", "nt": "N-Triples"}
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    detail = " ".join(lines[:2])
    if len(detail) > 300:
        detail = detail[:297] + "..."
    return f"not valid {names.get(fmt, fmt)}: {detail or type(exc).__name__}"


# --------------------------------------------------------------------------- extraction


class DatasetExtractor:
    """A parsed page -> one JSON object per ``dcat:Dataset`` (one pass over the triples)."""

    def __init__(self, graph: Iterable[Triple]) -> None:
        """``graph``: a parsed rdflib graph, or the triples :func:`parse_triples` gives."""
        self.props: dict[Node, Props] = defaultdict(lambda: defaultdict(list))
        for s, p, o in graph:
            self.props[s][p].append(o)  # type: ignore[index]

    def datasets(self) -> list[Node]:
        """Subjects typed dcat:Dataset (or dcat:DatasetSeries), in a stable order."""
        found = [
            s for s, props in self.props.items() if DATASET_TYPES & set(props.get(RDF_TYPE, ()))
        ]
        return sorted(found, key=str)

    def extract(self, subject: Node) -> dict[str, Any]:
        """The dataset as a JSON-friendly dict (empty values left out, lists sorted)."""
        props = self.props[subject]
        out: dict[str, Any] = {}
        if isinstance(subject, URIRef):
            out["uri"] = str(subject)
        for key, keys in _LANG_KEYS.items():
            value = _lang_map(props, keys)
            if value:
                out[key] = value
        for key, keys in _TEXT_KEYS.items():
            texts = sorted({str(o).strip() for p in keys for o in props.get(p, ())})
            texts = [t for t in texts if t]
            if texts:
                out[key] = texts if key in ("keyword", "identifier") else texts[0]
        for key, keys in _NODE_KEYS.items():
            labels = {self.label(o) for p in keys for o in props.get(p, ())}
            labels.discard("")
            if labels:
                out[key] = sorted(labels)
        return out

    def label(self, node: Node) -> str:
        """A literal's text, a resource's label (English or untagged first), else its URI."""
        if isinstance(node, Literal):
            return str(node).strip()
        props = self.props.get(node, {})
        for pred in LABELS:
            literals = [o for o in props.get(pred, ()) if isinstance(o, Literal)]
            if literals:
                literals.sort(key=lambda lit: (lit.language not in (None, "en"), str(lit)))
                return str(literals[0]).strip()
        return str(node) if isinstance(node, URIRef) else ""

    def page_ids(self) -> set[str]:
        """The IRIs this page gives itself (subjects of hydra:next), for loop detection."""
        return {
            str(s)
            for s, props in self.props.items()
            if isinstance(s, URIRef) and any(pred in props for pred in NEXT)
        }

    def next_page(self, current: str) -> str | None:
        """The ``hydra:next`` of this page (the current page's own first), or None."""
        candidates = [
            (str(s) != current, str(o))
            for s, props in self.props.items()
            for pred in NEXT
            for o in props.get(pred, ())
            if isinstance(o, URIRef)
        ]
        return min(candidates)[1] if candidates else None


def _lang_map(props: Props, keys: tuple[URIRef, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    literals = [o for p in keys for o in props.get(p, ()) if isinstance(o, Literal)]
    for lit in sorted(literals, key=str):
        text = str(lit).strip()
        if text:
            out.setdefault((lit.language or "und").lower(), text)
    return out


# --------------------------------------------------------------------------- harvester


class DcatHarvester:
    """Harvests one DCAT catalogue (Hydra-paged or not), one Page per catalogue page.

    Example::

        h = DcatHarvester(node, settings.harvest)
        for page in h.pages(HarvestWindow()):
            ...
    """

    def __init__(
        self, node: NodeConfig, settings: HarvestSettings, client: HttpClient | None = None
    ) -> None:
        self.node = node
        self.settings = settings
        self.client = client
        self.warnings: list[str] = []
        self._started = utcnow()

    def now_datestamp(self) -> str:
        """This run's start (catalogues have no modified-since filter; kept for the log)."""
        return isoformat_z(self._started)

    def _client(self, opts: DcatOptions) -> HttpClient:
        headers = {"Accept": ACCEPT}  # secrets: the caller's client (harvesters/secrets.py)
        self.client = client_for(self.client, self.settings, headers, opts.max_response_bytes)
        return self.client

    def pages(self, window: HarvestWindow) -> Iterator[Page]:
        """Yield one Page per catalogue page, following hydra:next until the end.

        Raises:
            HarvestError: bad options, unreachable endpoint, unparsable page, a Hydra loop.
        """
        opts = dcat_options(
            self.node.id,
            self.node.options,
            source=self.node.source,
            operator_contexts=self.settings.context_map,
        )
        client = self._client(opts)
        limiter = RateLimiter(opts.rate_limit, sleep=client.sleep)

        def fetch(url: str) -> tuple[FetchResult, Page, str | None, set[str]]:
            limiter.wait()
            with request_context(self.node.id, describe_get(url)):
                fetched = client.get(url)
            with request_context(self.node.id, describe_get(url), fetched.status):
                graph = parse_triples(fetched, detect_format(fetched, opts.format), opts.contexts)
                extractor = DatasetExtractor(graph)
                page = self._page(extractor, fetched)
                return fetched, page, extractor.next_page(fetched.url), extractor.page_ids()

        seen = SeenIds()  # page URLs, for loop detection
        clean = True
        with Prefetcher(f"chm-dcat-{self.node.id}") as ahead:
            url = window.resume or self.node.url
            ahead.submit(fetch, url)
            for _ in range(opts.max_pages):
                fetched, page, nxt, page_ids = ahead.result()
                seen.add([url, fetched.url, *page_ids])
                clean = clean and not page.rejected
                try:
                    with request_context(self.node.id, describe_get(url), fetched.status):
                        self._check_next(nxt, fetched, seen, opts)
                except InvalidResponse:
                    yield page  # this page's datasets are good; the paging is what is broken
                    raise
                page.checkpoint = nxt
                if nxt is None:
                    page.complete_listing = clean and not window.resume
                    yield page
                    return
                url = nxt
                ahead.submit(fetch, url)  # parse the next page while this one is stored
                yield page
        with request_context(self.node.id, describe_get(fetched.url), fetched.status):
            raise InvalidResponse(
                f"{self.node.url}: more than {opts.max_pages} catalogue pages; stopping "
                "(raise options.max_pages if the catalogue is that large)",
                url=self.node.url,
            )

    def _check_next(
        self, nxt: str | None, fetched: FetchResult, seen: SeenIds, opts: DcatOptions
    ) -> None:
        """Refuse a hydra:next that loops back or leaves the node's host."""
        if nxt is None:
            return
        if nxt in seen:
            raise InvalidResponse(
                f"{fetched.url}: hydra:next points back to a page already harvested ({nxt}): "
                "a cyclic catalogue; stopping",
                url=fetched.url,
            )
        if not opts.follow_other_hosts and urlsplit(nxt).netloc != urlsplit(self.node.url).netloc:
            raise InvalidResponse(
                f"{fetched.url}: hydra:next leads to another host ({nxt}); not followed "
                "(set options.follow_other_hosts = true if that is expected)",
                url=fetched.url,
            )

    def _page(self, extractor: DatasetExtractor, fetched: FetchResult) -> Page:
        records: list[RawRecord] = []
        rejected: list[tuple[str, str]] = []
        for subject in extractor.datasets():
            data = extractor.extract(subject)
            sid = data.get("uri") or next(iter(data.get("identifier", [])), None)
            if not sid:
                rejected.append(
                    ("", f"a dcat:Dataset without URI or dct:identifier ({subject}): skipped")
                )
                continue
            payload = dumps_sorted(data)
            records.append(
                RawRecord(
                    node_id=self.node.id,
                    source_id=sid,
                    datestamp=data.get("modified") or data.get("issued"),
                    deleted=False,
                    format=self.node.mapping,
                    payload=payload,
                    url=fetched.url,
                    parsed=data,
                )
            )
        return Page(records=records, bytes=len(fetched.body), rejected=rejected)
