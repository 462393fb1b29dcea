"""Measure the mapping layer on labelled records: per-field accuracy.

Where it sits: beside the mappings, used by ``tests/mappings/test_labelled.py`` and
``bench/bench_records.py``. The labelled sets live in ``tests/mappings/labelled/``:

* ``network.toml``: records written by hand in the style of clearing-house pages, as three
  OAI-PMH national nodes and one JSON database publish them (``[nodes.<id>]`` gives each
  node's country, mapping and default language);
* ``fixtures.toml``: records of the real recorded responses in ``../shared/fixtures``.

Each record goes through the same steps as a harvest: the node's mapping, then
:func:`mappings.complete.complete_record` with the node's country and default language.
Labels were written before chm ran on the records; this module only compares.

Fields measured: ``type``; ``support`` (offers typed ``support-source``); ``status``
(projects whose page states one); ``language`` (the title's and the description's language
key); ``countries`` (the set of countries the record is about); ``identifiers`` (every
labelled identifier among chm's).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from mappings.complete import complete_record
from mappings.record import Record
from mappings.registry import get_mapping

LABELLED_DIR = Path(__file__).resolve().parents[1] / "tests" / "mappings" / "labelled"
FIXTURES_DIR = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
DC_FIELDS = ("title", "description", "type", "language", "coverage", "date", "identifier")


@dataclass
class Score:
    """Right / total for one field, and the misses (record id, expected, got)."""

    right: int = 0
    total: int = 0
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    def add(self, rid: str, expected: Any, got: Any, ok: bool | None = None) -> None:
        """Count one labelled value."""
        self.total += 1
        if ok if ok is not None else expected == got:
            self.right += 1
        else:
            self.misses.append((rid, expected, got))

    @property
    def accuracy(self) -> float:
        """Share right (1.0 when nothing was labelled)."""
        return self.right / self.total if self.total else 1.0


@dataclass
class Labelled:
    """A labelled record: what chm made of it and its labels."""

    id: str
    record: Record
    labels: dict[str, Any]


def _oai_record(rid: str, item: dict[str, Any]) -> bytes:
    parts = []
    for name in DC_FIELDS:
        value = item.get(name)
        for v in value if isinstance(value, list) else ([value] if value else []):
            parts.append(f"<dc:{name}>{escape(str(v))}</dc:{name}>")
    return (
        '<record xmlns="http://www.openarchives.org/OAI/2.0/"><header>'
        f"<identifier>{escape(rid)}</identifier><datestamp>2025-01-01</datestamp></header>"
        '<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">' + "".join(parts) + "</oai_dc:dc>"
        "</metadata></record>"
    ).encode()


def _map(node_id: str, node: dict[str, Any], source_id: str, payload: bytes, fmt: str) -> Record:
    from mappings.base import RawRecord

    raw = RawRecord(node_id, source_id, None, False, fmt, payload)
    record = get_mapping(node.get("mapping", "oai_dc")).map(raw)
    return complete_record(
        record, node_country=node.get("country"), default_language=node.get("default_language")
    )


def load_network(path: Path | None = None) -> list[Labelled]:
    """The hand-written network, mapped as its nodes would be harvested."""
    data = tomllib.loads((path or LABELLED_DIR / "network.toml").read_text(encoding="utf-8"))
    out = []
    for item in data["records"]:
        node = data["nodes"][item["node"]]
        if "json" in item:
            payload, fmt = item["json"].encode(), "json"
        else:
            payload, fmt = _oai_record(item["id"], item), "oai_dc"
        record = _map(item["node"], node, item["id"], payload, fmt)
        out.append(Labelled(item["id"], record, {k: v for k, v in item.items() if k[:2] == "l_"}))
    return out


def _fixture_items(path: Path) -> dict[str, tuple[bytes, str, str]]:
    """source id -> (payload, format, mapping) for every record of a fixture file."""
    if path.suffix == ".xml":
        from lxml import etree

        from mappings.safexml import parse_xml

        root = parse_xml(path.read_bytes())
        out = {}
        for rec in root.iter("{http://www.openarchives.org/OAI/2.0/}record"):
            ident = rec.find(".//{http://www.openarchives.org/OAI/2.0/}identifier")
            if ident is not None and ident.text:
                out[ident.text.strip()] = (etree.tostring(rec), "oai_dc", "oai_dc")
        return out
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("result"), dict):
        items = data["result"].get("results", [data["result"]])
    else:
        items = [data]
    return {
        str(it.get("id") if len(items) > 1 or "result" in data else path.stem): (
            json.dumps(it).encode(),
            "json",
            "ckan",
        )
        for it in items
    }


def load_fixtures(path: Path | None = None, root: Path | None = None) -> list[Labelled]:
    """The labelled records of the real fixtures (an external source: no country)."""
    data = tomllib.loads((path or LABELLED_DIR / "fixtures.toml").read_text(encoding="utf-8"))
    base = root or FIXTURES_DIR
    cache: dict[str, dict[str, tuple[bytes, str, str]]] = {}
    out = []
    for item in data["records"]:
        if item["file"] not in cache:
            cache[item["file"]] = _fixture_items(base / item["file"])
        payload, fmt, mapping = cache[item["file"]][item["source_id"]]
        record = _map("fixture", {"mapping": mapping}, item["source_id"], payload, fmt)
        labels = {k: v for k, v in item.items() if k[:2] == "l_"}
        out.append(Labelled(item["source_id"], record, labels))
    return out


def _text_lang(value: dict[str, str]) -> str:
    return next(iter(value), "none")


def score(records: list[Labelled]) -> dict[str, Score]:
    """Per-field scores over labelled records."""
    scores = {
        k: Score() for k in ("type", "support", "status", "language", "countries", "identifiers")
    }
    for item in records:
        rec, lab = item.record, item.labels
        if "l_type" in lab:
            scores["type"].add(item.id, lab["l_type"], rec.type)
            if lab["l_type"] == "support-source":
                scores["support"].add(item.id, "support-source", rec.type)
        if "l_status" in lab:
            scores["status"].add(item.id, lab["l_status"], rec.status)
        if "l_lang" in lab:
            scores["language"].add(item.id + " title", lab["l_lang"], _text_lang(rec.title))
        if "l_dlang" in lab:
            got = _text_lang(rec.description)
            scores["language"].add(item.id + " description", lab["l_dlang"], got)
        if "l_countries" in lab:
            about = sorted(lab["l_countries"])
            scores["countries"].add(item.id, about, sorted(rec.countries))
        if "l_ids" in lab:
            ok = set(lab["l_ids"]) <= set(rec.identifiers)
            scores["identifiers"].add(item.id, lab["l_ids"], rec.identifiers, ok)
    return scores


def report(scores: dict[str, Score]) -> str:
    """A plain-text table of the scores, with every miss."""
    lines = [f"{'field':<12} {'right':>5} / {'total':<5} accuracy"]
    for name, s in scores.items():
        lines.append(f"{name:<12} {s.right:>5} / {s.total:<5} {s.accuracy:6.1%}")
    for name, s in scores.items():
        for rid, expected, got in s.misses:
            lines.append(f"  miss {name}: {rid}: expected {expected!r}, got {got!r}")
    return "\n".join(lines)
