"""Demo DCAT node ``ca-dcat``: a Turtle catalogue with Hydra paging, in English and French.

Where it sits: a demo source, like the OAI-PMH demo nodes; chm harvests it with
``protocol = "dcat"`` and ``mapping = "dcat"``. Every dataset has ``dct:title`` and
``dct:description`` in English and French (the same :mod:`demo.generator` record rendered in
both languages), keywords, a country (EU authority URI), dates, a landing page, a publisher,
and ``dct:type`` with chm's record type.

Routes: ``/catalog.ttl?page=N`` (Hydra ``PagedCollection`` with ``hydra:next`` /
``hydra:nextPage``; page 1 without ``page``).

Example::

    server = start_dcat_node("127.0.0.1", 8105, 300)
    ... # http://127.0.0.1:8105/catalog.ttl
    server.stop()
"""

from __future__ import annotations

import json

from demo.generator import NODE_COUNTRIES, DemoNode
from demo.lexicon import COUNTRIES
from demo.oai_server import HttpAppServer
from demo.provider import Response

NODE_ID = "ca-dcat"
_COUNTRIES = NODE_COUNTRIES["fr-chm"][:5] + NODE_COUNTRIES["gb-chm"][:5]
NODE_EN = DemoNode(NODE_ID, "en", _COUNTRIES, 5005, host="dcat.example.ca")
NODE_FR = DemoNode(NODE_ID, "fr", _COUNTRIES, 5005, host="dcat.example.ca")
EU = "http://publications.europa.eu/resource/authority/"
PREFIXES = (
    "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
    "@prefix dct: <http://purl.org/dc/terms/> .\n"
    "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
    "@prefix hydra: <http://www.w3.org/ns/hydra/core#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n"
)


def _lit(text: str, lang: str | None = None) -> str:
    """A Turtle string literal (JSON string escapes are valid Turtle escapes)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return f"{quoted}@{lang}" if lang else quoted


def dataset_turtle(i: int, en: DemoNode = NODE_EN, fr: DemoNode = NODE_FR) -> str:
    """Record ``i`` as one ``dcat:Dataset`` in Turtle (English and French)."""
    r_en, r_fr = en.record(i), fr.record(i)
    uri = f"https://{en.host}/dataset/{i}"
    country = COUNTRIES[r_en.country].code3
    lines = [
        f"<{uri}> a dcat:Dataset ;",
        f"  dct:identifier {_lit(f'{en.id}-{i}')} ;",
        f"  dct:title {_lit(r_en.titles[0][1], 'en')}, {_lit(r_fr.titles[0][1], 'fr')} ;",
        f"  dct:description {_lit(r_en.descriptions[0], 'en')}, "
        f"{_lit(r_fr.descriptions[0], 'fr')} ;",
        "  dcat:keyword "
        + ", ".join([_lit(s, "en") for s in r_en.subjects] + [_lit(s, "fr") for s in r_fr.subjects])
        + " ;",
        f"  dct:spatial <{EU}country/{country}> ;",
        f"  dct:language <{EU}language/ENG>, <{EU}language/FRA> ;",
        f'  dct:issued "{r_en.iso_date}" ;',
        f'  dct:modified "{r_en.datestamp}"^^xsd:dateTime ;',
        f"  dct:type {_lit(r_en.record_type)} ;",
        f"  dcat:landingPage <{uri}> ;",
        f"  dct:publisher [ a foaf:Agent ; foaf:name {_lit(r_en.publisher)} ] .",
    ]
    return "\n".join(lines) + "\n"


def catalogue_page(root: str, page: int, page_size: int, count: int) -> str:
    """One Hydra page of the catalogue (page numbers start at 1)."""
    first, last = (page - 1) * page_size, min(page * page_size, count)
    me = f"{root}/catalog.ttl?page={page}"
    titles = f"{_lit('Demo DCAT catalogue', 'en')}, {_lit('Catalogue DCAT de démonstration', 'fr')}"
    out = [PREFIXES, f"<{root}/catalog> a dcat:Catalog ;\n  dct:title {titles}"]
    if last > first:
        members = ", ".join(f"<https://{NODE_EN.host}/dataset/{i}>" for i in range(first, last))
        out.append(f" ;\n  dcat:dataset {members}")
    out.append(" .\n\n")
    hydra = [f"<{me}> a hydra:PagedCollection", f'hydra:totalItems "{count}"^^xsd:integer']
    if last < count:
        nxt = f"{root}/catalog.ttl?page={page + 1}"
        hydra += [f"hydra:next <{nxt}>", f"hydra:nextPage <{nxt}>"]
    out.append(" ;\n  ".join(hydra) + " .\n\n")
    out.extend(dataset_turtle(i) for i in range(first, last))
    return "".join(out)


class DemoDcatNode(HttpAppServer):
    """The ``ca-dcat`` Turtle catalogue over HTTP (a daemon thread once started)."""

    def __init__(
        self, count: int, host: str = "127.0.0.1", port: int = 0, page_size: int = 100
    ) -> None:
        super().__init__(self._respond, host, port)
        self.count = count
        self.page_size = page_size

    @property
    def url(self) -> str:
        """The catalogue URL a chm node points at."""
        return self.root + "/catalog.ttl"

    def _respond(self, method: str, path: str, params: dict[str, list[str]]) -> Response:
        if path != "/catalog.ttl":
            return Response(404, b"no catalogue here; try /catalog.ttl\n", "text/plain")
        try:
            page = int(params.get("page", ["1"])[-1])
        except ValueError:
            page = 0
        pages = max(1, -(-self.count // self.page_size))
        if not 1 <= page <= pages:
            return Response(404, f"no page {page} (1..{pages})\n".encode(), "text/plain")
        body = catalogue_page(self.root, page, self.page_size, self.count)
        return Response(200, body.encode("utf-8"), "text/turtle; charset=utf-8")


def start_dcat_node(
    host: str = "127.0.0.1", port: int = 8105, count: int = 300, page_size: int = 100
) -> DemoDcatNode:
    """Start the ``ca-dcat`` demo catalogue in a daemon thread and return the server.

    Args:
        host: interface to listen on.
        port: TCP port (0 picks a free one; ``server.port`` tells which).
        count: number of datasets.
        page_size: datasets per Hydra page.
    """
    return DemoDcatNode(count, host, port, page_size).start()
