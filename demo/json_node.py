"""Demo JSON node ``mx-datos``: a CKAN-like ``package_search`` API in Spanish.

Where it sits: a demo source, like the OAI-PMH demo nodes; chm harvests it with
``protocol = "json"``, ``options.profile = "ckan"`` and ``mapping = "ckan"``. The records come
from :mod:`demo.generator` (deterministic: record ``i`` depends on the seed and ``i`` only).

Routes: ``/api/3/action/package_search`` (``start``, ``rows`` up to 1000, ``sort`` ignored:
always by id, ``fq=metadata_modified:[<ISO> TO *]``) and ``/api/3/action/package_show?id=``.

Example::

    server = start_json_node("127.0.0.1", 8104, 400)
    ... # http://127.0.0.1:8104/api/3/action/package_search?start=0&rows=100
    server.stop()
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

from demo.generator import NODE_COUNTRIES, DemoNode, DemoRecord
from demo.oai_server import HttpAppServer
from demo.provider import Response

NODE_ID = "mx-datos"
NODE = DemoNode(NODE_ID, "es", NODE_COUNTRIES["es-chm"], 4004, host="datos.example.mx")
MAX_ROWS = 1000
_FQ = re.compile(r"^metadata_modified:\[(\S+) TO \*\]$")


def package(node: DemoNode, i: int) -> dict[str, Any]:
    """Record ``i`` of a node as a CKAN package dict (Spanish, with ``*_translated``)."""
    rec: DemoRecord = node.record(i)
    titles = dict(rec.titles)
    extras = [
        {"key": "record_type", "value": rec.record_type},
        {"key": "country", "value": "; ".join(rec.coverage)},
        {"key": "issued", "value": rec.dates[0] if rec.dates else ""},
    ]
    if rec.status:
        extras.append({"key": "status", "value": rec.status})
    return {
        "id": f"{node.id}-{i:06d}",
        "name": f"registro-{i:06d}",
        "type": "dataset",
        "state": "active",
        "title": titles[node.lang],
        "title_translated": titles,  # ckanext-fluent style: {"es": ..., "en": ...}
        "notes": "\n\n".join(rec.descriptions),
        "notes_translated": {node.lang: "\n\n".join(rec.descriptions)},
        "tags": [{"name": s, "display_name": s} for s in rec.subjects],
        "author": rec.creators[0] if rec.creators else None,
        "organization": {
            "name": f"org-{zlib.crc32(rec.publisher.encode()):08x}",
            "title": rec.publisher,
        },
        "language": list(rec.languages),
        "license_title": rec.rights,
        "metadata_created": rec.datestamp.rstrip("Z"),
        "metadata_modified": rec.datestamp.rstrip("Z"),
        "url": f"https://{node.host}/dataset/registro-{i:06d}",
        "extras": extras,
    }


def _int(params: dict[str, list[str]], key: str, default: int) -> int:
    try:
        return max(0, int(params.get(key, [str(default)])[-1]))
    except ValueError:
        return default


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8")


class DemoJsonNode(HttpAppServer):
    """The ``mx-datos`` CKAN-like API over HTTP (a daemon thread once started)."""

    def __init__(self, node: DemoNode, count: int, host: str = "127.0.0.1", port: int = 0):
        super().__init__(self._respond, host, port)
        self.node = node
        self.count = count

    @property
    def url(self) -> str:
        """The package_search URL a chm node points at."""
        return self.root + "/api/3/action/package_search"

    def _first_modified(self, since: str) -> int:
        """The first index whose datestamp is >= ``since`` (datestamps grow with the index)."""
        lo, hi = 0, self.count
        while lo < hi:
            mid = (lo + hi) // 2
            if self.node.record(mid).datestamp.rstrip("Z") < since.rstrip("Z"):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _search(self, params: dict[str, list[str]]) -> Response:
        start, rows = _int(params, "start", 0), min(_int(params, "rows", 10), MAX_ROWS)
        first = 0
        fq = params.get("fq", [""])[-1]
        if fq:
            m = _FQ.match(fq)
            if not m:
                return _json({"success": False, "error": {"message": f"bad fq {fq!r}"}}, 400)
            first = self._first_modified(m.group(1))
        total = self.count - first
        lo, hi = first + start, min(first + start + rows, self.count)
        results = [package(self.node, i) for i in range(lo, hi)]
        return _json({"help": "package_search", "success": True,
                      "result": {"count": total, "results": results}})  # fmt: skip

    def _respond(self, method: str, path: str, params: dict[str, list[str]]) -> Response:
        if path == "/api/3/action/package_search":
            return self._search(params)
        if path == "/api/3/action/package_show":
            rid = params.get("id", [""])[-1]
            m = re.fullmatch(rf"{re.escape(self.node.id)}-(\d+)", rid)
            if m and int(m.group(1)) < self.count:
                return _json({"success": True, "result": package(self.node, int(m.group(1)))})
            return _json({"success": False, "error": {"message": "Not found"}}, 404)
        return _json({"success": False, "error": {"message": f"no action at {path}"}}, 404)


def start_json_node(host: str = "127.0.0.1", port: int = 8104, count: int = 400) -> DemoJsonNode:
    """Start the ``mx-datos`` demo node in a daemon thread and return the server.

    Args:
        host: interface to listen on.
        port: TCP port (0 picks a free one; ``server.port`` tells which).
        count: number of records.
    """
    return DemoJsonNode(NODE, count, host, port).start()
