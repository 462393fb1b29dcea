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

The mapped records are kept in ``bench/out/index-build-records-N.jsonl`` for the next run
(``--prepare`` only maps them). Each is run ``--repeats`` times into a fresh directory (best
kept). Printed: CPU seconds (user + system of the whole process, tantivy's indexing threads
included) and wall seconds of each, documents per second, and chm's ratio to raw (target >=
0.85), with the time and load average at start and end. Compare CPU on a loaded machine;
wall only on an idle one.

Above ``--stream-above`` records (default 200,000; a million records and their field values
do not fit in memory beside other jobs) both builds read the records ``--chunk`` at a time
while they run; the main thread's CPU reading a chunk (and, for raw, building its field
values) is measured with its thread clock and subtracted, so the figures stay those of the
writes (tantivy's threads go on indexing meanwhile and are counted).

Usage: python bench/bench_index_build.py [--records 100000] [--page 500] [--repeats 2]
       [--prepare] [--stream-above 200000] [--chunk 50000] [--builds raw,chm]
       [--baseline OTHER/index/tantivy_.py]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import islice
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


def records_file(n: int, workers: int) -> Path:
    """The file of N mapped, enriched records, one JSON a line (mapped in ``workers``
    processes by the first run that asks for it; streamed to disk, not kept in memory)."""
    global _VOCAB
    from vocabulary.loader import load_vocabulary

    _VOCAB = load_vocabulary([ROOT / "vocabulary" / "thesaurus.ttl"])
    cache = OUT / f"index-build-records-{n}.jsonl"
    if cache.is_file():  # mapped by an earlier run (delete it after changing the mappings)
        return cache
    step = 5000
    slices = [(s, min(n, s + step)) for s in range(0, n, step)]
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    with multiprocessing.get_context("fork").Pool(workers) as pool, tmp.open("w") as fh:
        for rows in pool.imap(_map_slice, slices):
            fh.writelines(js + "\n" for js in rows)
    tmp.replace(cache)
    return cache


def records(n: int, workers: int) -> list[Any]:
    """N mapped, enriched records (see :func:`records_file`)."""
    from mappings.record import Record

    with records_file(n, workers).open(encoding="utf-8") as fh:
        return [Record.from_json(line) for line in fh]


Chunks = Callable[[], Iterator[tuple[list[Any], float]]]
"""Records in chunks, each with the main thread's CPU seconds spent preparing it (not part
of the build: subtracted from the process's CPU)."""


def in_memory(recs: list[Any]) -> Chunks:
    """All the records prepared before the clock starts: one chunk, nothing to subtract."""
    return lambda: iter([(recs, 0.0)])


def streamed(path: Path, chunk: int) -> Chunks:
    """Records read from ``path`` ``chunk`` at a time (for N too large to hold in memory:
    reading a chunk is timed by the main thread's CPU clock and subtracted)."""
    from mappings.record import Record

    def chunks() -> Iterator[tuple[list[Any], float]]:
        with path.open(encoding="utf-8") as fh:
            while True:
                t0 = time.thread_time()
                recs = [Record.from_json(line) for line in islice(fh, chunk)]
                if not recs:
                    return
                yield recs, time.thread_time() - t0

    return chunks


def raw_build(path: Path, chunks: Chunks, ancestors: Any) -> tuple[float, float]:
    """(CPU s, wall s) of raw tantivy-py writing pre-built field values (built before the
    clock starts, or, streamed, chunk by chunk with the main thread's CPU subtracted)."""
    import tantivy

    from index.tantivy_ import ANALYZERS, build_schema, record_fields

    schema = build_schema()
    index = tantivy.Index(schema, path=str(path), reuse=False)
    for key, analyzer in ANALYZERS.items():
        index.register_tokenizer(f"chm_{key}", analyzer)
    batches = chunks()
    first, _prep = next(batches)
    docs = [record_fields(r, ancestors) for r in first]
    c0, w0, untimed = _cpu(), time.perf_counter(), 0.0
    writer = index.writer()
    while True:
        for d in docs:
            writer.add_document(tantivy.Document.from_dict(d, schema))
        t0, w1 = time.thread_time(), time.perf_counter()
        got = next(batches, None)
        if got is None:
            break
        docs = [record_fields(r, ancestors) for r in got[0]]
        untimed += got[1] + time.thread_time() - t0
        w0 += time.perf_counter() - w1
    writer.commit()
    writer.wait_merging_threads()
    return _cpu() - c0 - untimed, time.perf_counter() - w0


def chm_build(
    path: Path, chunks: Chunks, ancestors: Any, page: int, module: Any = None
) -> tuple[float, float]:
    """(CPU s, wall s) of chm's index writer upserting the records page by page
    (``module``: another version of ``index.tantivy_``, see ``--baseline``)."""
    if module is None:
        import index.tantivy_ as module

    index = module.TantivyIndex(path)
    index.concept_ancestors = ancestors
    batches = chunks()
    recs, _prep = next(batches)
    c0, w0, untimed, n = _cpu(), time.perf_counter(), 0.0, 0
    while True:
        for i in range(0, len(recs), page):
            index.upsert(recs[i : i + page])
        n += len(recs)
        t0, w1 = time.thread_time(), time.perf_counter()
        got = next(batches, None)
        if got is None:
            break
        recs = got[0]
        untimed += got[1] + time.thread_time() - t0
        w0 += time.perf_counter() - w1
    index.commit(last_seq=n)
    t = (_cpu() - c0 - untimed, time.perf_counter() - w0)
    assert index.count() == n, (index.count(), n)
    index.close()
    return t


def main() -> None:
    """Run and print the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--page", type=int, default=500, help="records per upsert call")
    ap.add_argument("--repeats", type=int, default=2, help="best of this many builds each")
    ap.add_argument("--workers", type=int, default=2, help="processes mapping the records")
    ap.add_argument("--prepare", action="store_true", help="only map the records (no build)")
    ap.add_argument("--stream-above", type=int, default=200_000,
                    help="above this many records, read them in chunks while building")  # fmt: skip
    ap.add_argument("--chunk", type=int, default=50_000, help="records per streamed chunk")
    ap.add_argument("--builds", default="raw,chm", help="which builds to run (raw, chm)")
    ap.add_argument("--baseline", type=Path, default=None,
                    help="another version of index/tantivy_.py (say, main's, from `git show "
                    "main:index/tantivy_.py`): its writer is run too, as `base`")  # fmt: skip
    args = ap.parse_args()

    t0 = time.perf_counter()
    path = records_file(args.records, args.workers)
    print(f"machine: {machine()}")
    print(
        f"{args.records:,} records mapped and enriched: {path} ({time.perf_counter() - t0:.1f} s)"
    )
    if args.prepare:
        return
    ancestors = _VOCAB.broader_closure
    if args.records > args.stream_above:
        chunks = streamed(path, args.chunk)
        with path.open("rb") as fh:
            n = sum(1 for _ in fh)
    else:
        recs = records(args.records, args.workers)
        chunks, n = in_memory(recs), len(recs)
    builds = [b for b in ("raw", "chm") if b in args.builds.split(",")]
    baseline = _load_module(args.baseline) if args.baseline else None
    if baseline is not None:
        builds.append("base")
    print(f"start {_now()}, load average {_load()}")
    best: dict[str, tuple[float, float]] = {}
    cpus: dict[str, list[float]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="chm-index-build-"))
    try:
        for _ in range(args.repeats):  # interleaved, so both meet the same machine
            for name in builds:
                d = tmp / name
                shutil.rmtree(d, ignore_errors=True)
                d.mkdir()
                if name == "raw":
                    got = raw_build(d, chunks, ancestors)
                else:
                    module = baseline if name == "base" else None
                    got = chm_build(d, chunks, ancestors, args.page, module)
                print(f"  {name}: CPU {got[0]:.2f} s, wall {got[1]:.2f} s", flush=True)
                cpus.setdefault(name, []).append(got[0])
                if name not in best or got[0] < best[name][0]:
                    best[name] = got
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"end {_now()}, load average {_load()}")
    for name, (cpu, wall) in best.items():
        print(
            f"{name:4s} CPU {cpu:7.2f} s ({n / cpu:9,.0f} docs/CPU-s)   "
            f"wall {wall:7.2f} s ({n / wall:9,.0f} docs/s)   "
            f"median CPU {statistics.median(cpus[name]):7.2f} s"
        )
    if "raw" in best and "chm" in best:
        (rc, rw), (cc, cw) = best["raw"], best["chm"]
        print(f"chm / raw: {rc / cc:.2f} by CPU, {rw / cw:.2f} by wall (target >= 0.85)")
    if "base" in best and "chm" in best:
        (bc, bw), (cc, cw) = best["base"], best["chm"]
        print(f"chm / base: {bc / cc:.2f} by CPU, {bw / cw:.2f} by wall (above 1: faster)")


def _load_module(path: Path) -> Any:
    """``index.tantivy_`` of another version, from its file (the rest of chm is this one)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("baseline_tantivy", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
