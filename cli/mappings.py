"""``chm mappings list`` and ``chm mappings test NAME SAMPLE``: try a mapping on one sample.

``SAMPLE`` is a JSON file (one record object, a list of them, or an API response with
``--records-path``/``--profile`` to find the records) or, for the ``dcat`` mapping, a
catalogue in Turtle, RDF/XML, N-Triples or JSON-LD. Each record is printed mapped, or with
the error that rejects it. No config file is needed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cli.common import emit, fail, table

RDF_SUFFIXES = {".ttl", ".rdf", ".nt", ".jsonld", ".n3", ".owl"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm mappings``."""
    p = sub.add_parser("mappings", help="list and test mappings", parents=[common])
    msub = p.add_subparsers(dest="mappings_command", metavar="COMMAND")
    ls = msub.add_parser("list", help="every mapping and where it comes from", parents=[common])
    ls.set_defaults(func=cmd_list, needs_config=False)
    t = msub.add_parser("test", help="map a sample file and print the records", parents=[common])
    t.add_argument("name", metavar="NAME", help="a mapping name, or a path to a .toml file")
    t.add_argument("sample", metavar="SAMPLE", help="a JSON sample, or an RDF catalogue (dcat)")
    t.add_argument("--records-path", help="JMESPath to the records in the sample")
    t.add_argument("--profile", help="take --records-path from a JSON profile (ckan, solr, …)")
    t.add_argument("--id-path", default=None, help="JMESPath to a record's id (default: id)")
    t.set_defaults(func=cmd_test, needs_config=False)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1], needs_config=False)


def cmd_list(args: argparse.Namespace) -> int:
    """Print every mapping: built-in (code) and declarative (mappings/*.toml)."""
    from mappings.declarative import MappingFileError, declarative_names, load_declarative
    from mappings.registry import MAPPINGS

    rows: list[dict[str, Any]] = [
        {"name": n, "kind": "built-in", "description": MAPPINGS[n]} for n in sorted(MAPPINGS)
    ]
    for name in declarative_names():
        try:
            desc = load_declarative(name).description
        except MappingFileError as exc:
            desc = f"INVALID: {exc.problems[0]}"
        rows.append({"name": name, "kind": "declarative", "description": desc})
    emit(args, rows, table([[r["name"], r["kind"], r["description"]] for r in rows],
                           ["name", "kind", "description"]))  # fmt: skip
    return 0


def _objects(args: argparse.Namespace, path: Path) -> list[Any]:
    """The records of a sample file."""
    if path.suffix.lower() in RDF_SUFFIXES and args.name in ("dcat",):
        return _dcat_objects(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    records_path = args.records_path
    if records_path is None and args.profile:
        from harvesters.profiles import PROFILES

        if args.profile not in PROFILES:
            raise ValueError(f"unknown profile {args.profile!r} (known: {', '.join(PROFILES)})")
        records_path = PROFILES[args.profile]["records_path"]
    if records_path:
        from mappings.declarative import compile_path

        found = compile_path(records_path)(data)
        if not isinstance(found, list):
            raise ValueError(f"records path {records_path!r} does not give a list in {path}")
        return found
    return data if isinstance(data, list) else [data]


def _dcat_objects(path: Path) -> list[Any]:
    from harvesters.dcat import DatasetExtractor, detect_format, parse_graph
    from harvesters.http import FetchResult

    fetched = FetchResult(path.resolve().as_uri(), 200, "", path.read_bytes(), {})
    extractor = DatasetExtractor(parse_graph(fetched, detect_format(fetched, None), {}))
    return [extractor.extract(s) for s in extractor.datasets()]


def _map_sample(mapping: Any, objects: list[Any], id_path: str | None) -> list[dict[str, Any]]:
    from mappings.base import MappingError, RawRecord
    from mappings.declarative import compile_path

    get_id = compile_path(id_path) if id_path else None
    results: list[dict[str, Any]] = []
    for i, obj in enumerate(objects, 1):
        sid = get_id(obj) if get_id and isinstance(obj, dict) else None
        if sid is None and isinstance(obj, dict):
            sid = obj.get("id") or obj.get("uri") or obj.get("name")
        payload = json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()
        raw = RawRecord("sample", str(sid or i), None, False, mapping.name, payload)
        try:
            rec = mapping.map(raw)
            results.append({"record": i, "ok": True, "mapped": rec.to_dict()})
        except MappingError as exc:
            results.append({"record": i, "ok": False, "error": str(exc)})
    return results


def cmd_test(args: argparse.Namespace) -> int:
    """Map every record of a sample; exit 1 when one is rejected, 2 on a bad mapping/sample."""
    from harvesters.base import HarvestError
    from mappings.declarative import MappingFileError
    from mappings.registry import get_mapping

    try:
        if args.name.endswith(".toml"):
            from mappings.declarative import load_declarative

            mapping: Any = load_declarative(Path(args.name))
        else:
            mapping = get_mapping(args.name)
    except MappingFileError as exc:
        return fail("the mapping file has problems:\n  - " + "\n  - ".join(exc.problems))
    except KeyError as exc:
        return fail(str(exc.args[0]) if exc.args else str(exc))
    path = Path(args.sample)
    try:
        objects = _objects(args, path)
    except (OSError, UnicodeDecodeError, ValueError, HarvestError) as exc:
        return fail(f"cannot read the sample {path}: {exc}")
    results = _map_sample(mapping, objects, args.id_path)
    emit(args, results, _text(results))
    return 0 if all(r["ok"] for r in results) else 1


def _text(results: list[dict[str, Any]]) -> str:
    lines = []
    for r in results:
        if r["ok"]:
            lines.append(f"# record {r['record']}: mapped")
            lines.append(json.dumps(r["mapped"], ensure_ascii=False, indent=2, sort_keys=True))
        else:
            lines.append(f"# record {r['record']}: REJECTED: {r['error']}")
    ok = sum(r["ok"] for r in results)
    lines.append(f"# {ok} of {len(results)} records mapped")
    return "\n".join(lines)
