"""Index build: chm's tantivy writer against raw tantivy-py on chm's own schema (issue 20.5).

N records of ``bench/_corpus.py`` are mapped, completed and enriched once (as a harvest's
mapping workers do, in worker processes), then, in the same run and on the same records:

* **raw tantivy**: every record's field values built *before* the clock starts
  (``index.tantivy_.record_fields``, chm's schema, concept ancestors included), then timed:
  ``Document.from_dict`` + ``add_document`` for each, one commit; tantivy-py's own writer
  settings (heap 128 MB, its default thread count);
* **chm**: :class:`index.tantivy_.TantivyIndex` ``upsert`` of the same records in pages of
  ``--page`` (as the pipeline writes them) and one ``commit``: what chm adds is building the
  field values (the record's JSON for the stored ``doc``, the concept ancestors), the
  delete-by-id of each upserted id, and its writer settings.

The mapped records are kept in ``bench/out/index-build-records-N.jsonl`` for the next run.
Each is run ``--repeats`` times into a fresh directory (best kept). Printed: CPU seconds
(user + system of the whole process, tantivy's indexing threads included) and wall seconds of
each, documents per second, and chm's ratio to raw (target >= 0.85). Compare CPU on a loaded
machine; wall only on an idle one.

Usage: python bench/bench_index_build.py [--records 100000] [--page 500] [--repeats 2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench._util import OUT, ROOT, machine

_VOCAB: Any = None


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _map_slice(bounds: tuple[int, int]) -> list[str]:
    """Records ``start..stop-1`` of the corpus as oai_dc, mapped like a mapping worker does."""
    import _corpus

    from core.config import NodeConfig
    from mappings.base import RawRecord
    from pipeline.mapper import RecordMapper

    mapper = RecordMapper(NodeConfig(id="bench", url="http://x", country="FR"), _VOCAB)
    out = []
    for i in range(*bounds):
        body = _corpus.oai_dc(_corpus.make(i)).replace("{ID}", str(i))
        xml = (
            '<record xmlns="http://www.openarchives.org/OAI/2.0/"><header>'
            f"<identifier>oai:bench:{i}</identifier><datestamp>2026-01-01T00:00:00Z</datestamp>"
            f"</header><metadata>{body}</metadata></record>"
        )
        raw = RawRecord("bench", f"oai:bench:{i}", "2026-01-01T00:00:00Z", False, "oai_dc",
                        xml.encode("utf-8"))  # fmt: skip
        out.append(mapper.map_one(raw, "2026-01-01T00:00:00Z").to_json())
    return out


def records(n: int, workers: int) -> list[Any]:
    """N mapped, enriched records (built in ``workers`` processes)."""
    global _VOCAB
    from mappings.record import Record
    from vocabulary.loader import load_vocabulary

    _VOCAB = load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])
    cache = OUT / f"index-build-records-{n}.jsonl"
    if cache.is_file():  # mapped by an earlier run (delete it after changing the mappings)
        with cache.open(encoding="utf-8") as fh:
            return [Record.from_json(line) for line in fh]
    step = 5000
    slices = [(s, min(n, s + step)) for s in range(0, n, step)]
    out: list[Any] = []
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    with multiprocessing.get_context("fork").Pool(workers) as pool, tmp.open("w") as fh:
        for rows in pool.imap(_map_slice, slices):
            out.extend(Record.from_json(js) for js in rows)
            fh.writelines(js + "\n" for js in rows)
    tmp.replace(cache)
    return out


def raw_build(path: Path, docs: list[dict[str, list[Any]]]) -> tuple[float, float]:
    """(CPU s, wall s) of raw tantivy-py writing the pre-built field values."""
    import tantivy

    from index.tantivy_ import ANALYZERS, build_schema

    schema = build_schema()
    index = tantivy.Index(schema, path=str(path), reuse=False)
    for key, analyzer in ANALYZERS.items():
        index.register_tokenizer(f"chm_{key}", analyzer)
    c0, w0 = _cpu(), time.perf_counter()
    writer = index.writer()
    for d in docs:
        writer.add_document(tantivy.Document.from_dict(d, schema))
    writer.commit()
    writer.wait_merging_threads()
    return _cpu() - c0, time.perf_counter() - w0


def chm_build(path: Path, recs: list[Any], ancestors: Any, page: int) -> tuple[float, float]:
    """(CPU s, wall s) of chm's index writer upserting the records page by page."""
    from index.tantivy_ import TantivyIndex

    index = TantivyIndex(path)
    index.concept_ancestors = ancestors
    c0, w0 = _cpu(), time.perf_counter()
    for i in range(0, len(recs), page):
        index.upsert(recs[i : i + page])
    index.commit(last_seq=len(recs))
    t = (_cpu() - c0, time.perf_counter() - w0)
    assert index.count() == len(recs), (index.count(), len(recs))
    index.close()
    return t


def main() -> None:
    """Run and print the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--page", type=int, default=500, help="records per upsert call")
    ap.add_argument("--repeats", type=int, default=2, help="best of this many builds each")
    ap.add_argument("--workers", type=int, default=2, help="processes mapping the records")
    args = ap.parse_args()
    from index.tantivy_ import record_fields

    t0 = time.perf_counter()
    recs = records(args.records, args.workers)
    ancestors = _VOCAB.broader_closure
    docs = [record_fields(r, ancestors) for r in recs]
    print(f"machine: {machine()}")
    print(f"{len(recs):,} records mapped and enriched in {time.perf_counter() - t0:.1f} s")
    best: dict[str, tuple[float, float]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="chm-index-build-"))
    try:
        for _ in range(args.repeats):  # interleaved, so both meet the same machine
            for name in ("raw", "chm"):
                d = tmp / name
                shutil.rmtree(d, ignore_errors=True)
                d.mkdir()
                got = (
                    raw_build(d, docs)
                    if name == "raw"
                    else chm_build(d, recs, ancestors, args.page)
                )
                if name not in best or got[0] < best[name][0]:
                    best[name] = got
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = len(recs)
    for name, (cpu, wall) in best.items():
        print(
            f"{name:4s} CPU {cpu:7.2f} s ({n / cpu:9,.0f} docs/CPU-s)   "
            f"wall {wall:7.2f} s ({n / wall:9,.0f} docs/s)"
        )
    (rc, rw), (cc, cw) = best["raw"], best["chm"]
    print(f"chm / raw: {rc / cc:.2f} by CPU, {rw / cw:.2f} by wall (target >= 0.85)")


if __name__ == "__main__":
    main()
