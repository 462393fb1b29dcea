"""The ceilings chm's harvests are compared with: plain libraries, no chm code at all.

``python bench/_ceilings.py oai|sickle|ckan|dcat URL`` fetches every page of the source,
parses it and maps each record's descriptive fields into a plain dict (titles with their
language, creators, subjects, description, publisher, date, type, coverage, languages,
identifiers), stores nothing, and prints ``{"records": N}``. It is run as its own process, as
``chm harvest`` is, so that process start, CPU and memory are measured the same way.

- ``oai``: requests + lxml, following resumption tokens;
- ``sickle``: sickle alone, ``ListRecords`` reading each record's ``.metadata``;
- ``ckan``: requests + orjson over ``package_search`` pages (start/rows);
- ``dcat``: requests + rdflib's Turtle parser, following Hydra ``next`` links.

This module must import nothing from chm (checked at the end of every run).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import requests

OAI = "{http://www.openarchives.org/OAI/2.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC_FIELDS = ("creator", "subject", "publisher", "date", "type", "coverage", "language",
             "identifier")  # fmt: skip


def oai(url: str) -> int:
    """requests + lxml: every page, every record's Dublin Core fields into a dict."""
    from lxml import etree

    session = requests.Session()
    params = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    n = 0
    while True:
        root = etree.fromstring(session.get(url, params=params, timeout=120).content)
        lr = root.find(OAI + "ListRecords")
        if lr is None:
            break
        for rec in lr.iterchildren(OAI + "record"):
            header = rec.find(OAI + "header")
            out: dict[str, Any] = {
                "id": header.findtext(OAI + "identifier"),
                "datestamp": header.findtext(OAI + "datestamp"),
                "deleted": header.get("status") == "deleted",
                "title": [],
                "description": [],
            }
            for el in rec.iterfind(f"{OAI}metadata/*/*"):
                tag = el.tag[len(DC) :] if el.tag.startswith(DC) else el.tag
                text = (el.text or "").strip()
                if not text:
                    continue
                if tag in ("title", "description"):
                    out[tag].append((el.get(XML_LANG) or "und", text))
                else:
                    out.setdefault(tag, []).append(text)
            n += 1
        token = (lr.findtext(OAI + "resumptionToken") or "").strip()
        if not token:
            break
        params = {"verb": "ListRecords", "resumptionToken": token}
    return n


def sickle(url: str) -> int:
    """sickle alone: ListRecords, each record's ``.metadata`` (a dict of lists) read."""
    from sickle import Sickle

    n = 0
    for rec in Sickle(url, timeout=120).ListRecords(metadataPrefix="oai_dc"):
        meta = rec.metadata
        if rec.header.identifier and meta is not None:
            n += 1
    return n


def ckan(url: str, rows: int = 1000) -> int:
    """requests + orjson: package_search pages, each package's fields into a dict."""
    import orjson

    session = requests.Session()
    n = start = 0
    while True:
        body = orjson.loads(
            session.get(url, params={"start": start, "rows": rows}, timeout=120).content
        )
        results = body["result"]["results"]
        for p in results:
            extras = {e["key"]: e["value"] for e in p.get("extras") or ()}
            {
                "id": p["id"],
                "title": p.get("title") or p.get("name"),
                "description": p.get("notes") or "",
                "subjects": [t.get("display_name") or t["name"] for t in p.get("tags") or ()],
                "creators": [p["author"]] if p.get("author") else [],
                "publisher": (p.get("organization") or {}).get("title"),
                "date": p.get("metadata_created"),
                "languages": [extras["language"]] if "language" in extras else [],
                "countries": [extras["country"]] if "country" in extras else [],
                "type": extras.get("record_type") or p.get("type"),
                "url": p.get("url"),
                "rights": p.get("license_id"),
            }
            n += 1
        start += len(results)
        if not results or start >= body["result"]["count"]:
            break
    return n


def dcat(url: str) -> int:
    """requests + rdflib: Turtle pages, each dcat:Dataset's DCAT/DCTERMS fields into a dict."""
    from rdflib import RDF, Graph, Namespace

    dcat_ns = Namespace("http://www.w3.org/ns/dcat#")
    dct = Namespace("http://purl.org/dc/terms/")
    foaf = Namespace("http://xmlns.com/foaf/0.1/")
    hydra = Namespace("http://www.w3.org/ns/hydra/core#")
    session = requests.Session()
    n = 0
    next_url: str | None = url
    while next_url:
        page = session.get(next_url, timeout=120)
        graph = Graph()
        graph.parse(data=page.content, format="turtle", publicID=page.url)
        for ds in graph.subjects(RDF.type, dcat_ns.Dataset):

            def texts(prop: Any, ds: Any = ds, graph: Graph = graph) -> list[tuple[str, str]]:
                return [
                    (getattr(o, "language", None) or "und", str(o)) for o in graph.objects(ds, prop)
                ]

            {
                "id": str(ds),
                "identifier": [str(o) for o in graph.objects(ds, dct.identifier)],
                "title": texts(dct.title),
                "description": texts(dct.description),
                "subjects": [str(o) for o in graph.objects(ds, dcat_ns.keyword)],
                "date": [str(o) for o in graph.objects(ds, dct.issued)],
                "type": [str(o) for o in graph.objects(ds, dct.type)],
                "countries": [str(o) for o in graph.objects(ds, dct.spatial)],
                "publisher": [
                    str(name)
                    for p in graph.objects(ds, dct.publisher)
                    for name in graph.objects(p, foaf.name)
                ],
            }
            n += 1
        nxt = [str(o) for o in graph.objects(None, hydra.next)]
        next_url = nxt[0] if nxt else None
    return n


CHM_PACKAGES = ("core", "store", "mappings", "vocabulary", "index", "harvesters", "pipeline",
                "matching", "cli", "ops", "registration", "search_api", "demo")  # fmt: skip


def main() -> None:
    kind, url = sys.argv[1], sys.argv[2]
    n = {"oai": oai, "sickle": sickle, "ckan": ckan, "dcat": dcat}[kind](url)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in CHM_PACKAGES)
    if leaked:
        raise SystemExit(f"the ceiling imported chm code: {leaked}")
    print(json.dumps({"records": n}))


if __name__ == "__main__":
    main()
