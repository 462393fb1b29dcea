"""CPU per record of mapping and enrichment alone, and a digest of what they produce.

N oai_dc records of ``bench/_corpus.py`` go through :class:`pipeline.mapper.RecordMapper`
exactly as a mapping worker takes them (the record's XML payload parsed, mapped, completed,
enriched with the project thesaurus, serialised; in batches of :data:`BATCH` records, each
mapped and completed whole, then enriched whole: ``RecordMapper.map_many``): once without the
vocabulary, once with it.
Prints CPU microseconds per record (``time.process_time``: this process only, less sensitive
to a busy machine than wall time) for each stage, and a SHA-256 of every record's JSON: a
change meant to make this faster must leave the digest as it was.

Usage: python bench/bench_map_cpu.py [--records 5000] [--repeats 3]
       python bench/bench_map_cpu.py --fixtures

``--fixtures``: instead, every live record of the real OAI-PMH and CKAN fixtures of
``../shared/fixtures`` (or ``$CHM_FIXTURES``), read by ``tests/fixture_records.py`` as the
mapping hand-over tests read them, mapped with the thesaurus, and a digest of their JSON (or
mapping error), warnings and gap counts: a same-output change leaves it as it was.

``--repeats 1`` is one cold pass, as a harvest sees each record once; with more, the later
passes find every word already stemmed and encoded (a lower, warm figure).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpus

from bench._util import ROOT, machine


def payloads(n: int) -> list[tuple[str, bytes]]:
    """(source id, ``<record>`` XML) for records 0..n-1, as the feed serves them."""
    out = []
    for i in range(n):
        body = _corpus.oai_dc(_corpus.make(i)).replace("{ID}", str(i))
        xml = (
            '<record xmlns="http://www.openarchives.org/OAI/2.0/"><header>'
            f"<identifier>oai:bench:{i}</identifier><datestamp>2026-01-01T00:00:00Z</datestamp>"
            f"</header><metadata>{body}</metadata></record>"
        )
        out.append((f"oai:bench:{i}", xml.encode("utf-8")))
    return out


def run(items: list[tuple[str, bytes]], vocabulary: object) -> tuple[float, str]:
    """(CPU seconds, digest) of mapping every item with a fresh mapper."""
    from core.config import NodeConfig
    from mappings.base import RawRecord
    from pipeline.mapper import RecordMapper

    mapper = RecordMapper(NodeConfig(id="bench", url="http://x", country="FR"), vocabulary)
    digest = hashlib.sha256()
    t0 = time.process_time()
    # in batches, as pipeline.mapworkers._map_batch maps its share of a page (RecordMapper.
    # map_many); a batch here is smaller than a worker's share of a 500-record page
    for i in range(0, len(items), BATCH):
        raws = [RawRecord("bench", sid, "2026-01-01T00:00:00Z", False, "oai_dc", payload)
                for sid, payload in items[i : i + BATCH]]  # fmt: skip
        for rec in mapper.map_many(raws, "2026-01-01T00:00:00Z"):
            assert not isinstance(rec, Exception), rec
            digest.update(rec.to_json().encode())
    return time.process_time() - t0, digest.hexdigest()[:16]


BATCH = 100
"""Records mapped together (a mapping worker is handed its share of a page at once)."""


def fixtures_digest(vocabulary: object) -> tuple[int, str]:
    """(records, digest) of mapping every live OAI-PMH and CKAN fixture record."""
    import json

    from core.config import NodeConfig
    from mappings.base import MappingError, RawRecord
    from pipeline.mapper import RecordMapper
    from tests.fixture_records import ckan_fixture_objects, oai_fixture_records

    fixtures = Path(os.environ.get("CHM_FIXTURES", ROOT.parent / "shared" / "fixtures"))
    node = NodeConfig(id="oai", url="http://unused", country="SN")
    pages = sorted((fixtures / "oai-pmh").rglob("*.xml"))
    cases: list[tuple[NodeConfig, RawRecord]] = [(node, r) for r in oai_fixture_records(pages)]
    ckan = NodeConfig(id="ckan", url="http://unused", protocol="json", mapping="ckan",
                      default_language="es")  # fmt: skip
    for o in ckan_fixture_objects(fixtures):
        text = json.dumps(o, sort_keys=True).encode()
        cases.append((ckan, RawRecord("ckan", str(o["id"]), None, False, "ckan", text)))
    digest = hashlib.sha256()
    mappers = {id(n): RecordMapper(n, vocabulary) for n in (node, ckan)}
    for n, raw in cases:
        mapper = mappers[id(n)]
        try:
            digest.update(mapper.map_one(raw, "2026-01-01T00:00:00Z").to_json().encode())
        except MappingError as exc:
            digest.update(str(exc).encode())
        digest.update(repr(mapper.take_warnings()).encode())
    digest.update(repr(sorted(mappers[id(node)].take_gaps())).encode())
    return len(cases), digest.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--repeats", type=int, default=3, help="best of this many runs")
    ap.add_argument("--fixtures", action="store_true", help="digest of the real fixtures")
    args = ap.parse_args()
    from vocabulary.loader import load_vocabulary

    if args.fixtures:
        vocab = load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])
        n, digest = fixtures_digest(vocab)
        print(f"{n:,} fixture records (../shared/fixtures, OAI-PMH and CKAN) mapped and "
              f"enriched: digest {digest}")  # fmt: skip
        return

    items = payloads(args.records)
    t0 = time.process_time()
    vocabulary = load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])
    load = time.process_time() - t0
    print(f"machine: {machine()}")
    print(f"{args.records:,} oai_dc records of bench/_corpus.py; vocabulary load {load:.2f} CPU-s")
    for label, vocab in (("map + complete", None), ("map + complete + enrich", vocabulary)):
        best, digest = min(run(items, vocab) for _ in range(args.repeats))
        print(f"{label:28s} {best * 1e6 / len(items):7.0f} CPU us/record   digest {digest}")


if __name__ == "__main__":
    main()
