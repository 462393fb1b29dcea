"""Map and enrich large pages in worker processes.

Where it sits: inside ``run_node`` (pipeline/run.py), between the harvester and the
store. Mapping and vocabulary enrichment are pure CPU work in Python; in one process they
share the interpreter with fetching, storing and indexing. Here each page's records are split
between worker processes (one per core) while the pipeline's own thread stores and indexes the
previous page, so a harvest uses every core.

Workers are started with ``spawn`` (the parent runs threads: forking them is unsafe), lazily:
only when a page after the first has at least :data:`MIN_BATCH` records to map, so small
harvests (and tests) never pay the start-up. Each worker loads the mapping and the vocabulary
once (the vocabulary from its on-disk cache). What a worker returns is plain data: the record
JSON or the mapping error, and its vocabulary-gap counts, merged by the parent.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from core.config import NodeConfig
from mappings.base import MappingError, RawRecord
from pipeline.mapper import RecordMapper
from pipeline.memory import HARVEST_GC_THRESHOLD

MIN_BATCH = 200
"""Pages with fewer records to map are mapped in the pipeline's own process."""

WORKER_NICENESS = 5
"""How much lower the workers' CPU priority is than the harvest's (see ``_init_worker``)."""

MapItem = tuple[str, str | None, str, Any]
"""source_id, datestamp, format, and what the mapping reads: a JSON record's object as the
harvester parsed it (no second parse: pickling it costs less than ``json.loads`` of the
payload), else the payload bytes (an XML record: re-parsing costs less than handing over
the fields, see bench/README.md)."""
MapResult = tuple[str, str | None, dict[str, Any] | None]  # source_id, record JSON, error

_WORKER: dict[str, Any] = {}


def error_row(source_id: str, exc: MappingError) -> dict[str, Any]:
    """A rejected record's row for the run's errors."""
    return {
        "source_id": source_id,
        "stage": "map",
        "field": exc.field,
        "value": None if exc.value is None else str(exc.value)[:500],
        "message": str(exc),
        "path": getattr(exc, "path", None) or exc.field,
    }


def _init_worker(
    node: dict[str, Any], vocabulary_files: list[str], parent_pid: int | None = None
) -> None:
    if parent_pid is not None:  # a killed parent takes its workers with it
        from core.lifeline import die_with_parent

        die_with_parent(parent_pid)

    # The pipeline's own thread (store, index, in order) is the stage nothing can run in
    # parallel: when cores are short it goes first, the workers take the rest.
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # pragma: no cover - not allowed here: run at the same priority
        pass

    trim_mapping_tables()
    vocabulary = None
    if vocabulary_files:
        from vocabulary.loader import load_vocabulary

        vocabulary = load_vocabulary([Path(f) for f in vocabulary_files])
    _WORKER["mapper"] = RecordMapper(NodeConfig(**node), vocabulary)
    # what the worker keeps for its life stays out of every later garbage collection, and
    # what it maps (no reference cycles) is not walked every 700 allocations
    gc.collect()
    gc.freeze()
    gc.set_threshold(*HARVEST_GC_THRESHOLD)


_TABLES_TRIMMED = False


def trim_mapping_tables() -> None:
    """Build the mappings' tables now and let what they were built from go
    (:func:`mappings.normalise.prepare_tables`), before the process loads its vocabulary,
    which then fills the freed space: one process mapping 1,000 corpus records as a worker
    does, 78 -> 67 MB resident."""
    global _TABLES_TRIMMED
    from mappings.normalise import prepare_tables

    prepare_tables()
    gc.collect()
    _TABLES_TRIMMED = True


def tables_before_mapping() -> None:
    """:func:`trim_mapping_tables`, once per process, before the first record it maps: a
    harvest process builds the tables only when a run has something to map (0.2 CPU-s that
    an unchanged re-harvest does not spend; the library data is let go all the same)."""
    if not _TABLES_TRIMMED:
        trim_mapping_tables()


def _map_batch(
    items: list[MapItem], now: str
) -> tuple[list[MapResult], list[tuple[tuple[str, str, str], int]], list[dict[str, Any]]]:
    mapper = _WORKER["mapper"]
    out: list[MapResult] = []
    node_id = mapper.node.id
    raws = [
        RawRecord(node_id, sid, datestamp, False, fmt, b"", parsed=what)
        if isinstance(what, dict)
        else RawRecord(node_id, sid, datestamp, False, fmt, what)
        for sid, datestamp, fmt, what in items
    ]
    # the whole batch mapped, then the whole batch enriched (RecordMapper.map_many)
    for raw, rec in zip(raws, mapper.map_many(raws, now), strict=True):
        if isinstance(rec, MappingError):
            out.append((raw.source_id, None, error_row(raw.source_id, rec)))
        else:
            out.append((raw.source_id, rec.to_json(), None))
    gaps = mapper.take_gaps()
    return out, gaps, mapper.take_warnings()


def map_input(raw: RawRecord) -> Any:
    """What a worker is handed for ``raw`` (see :data:`MapItem`)."""
    return raw.parsed if isinstance(raw.parsed, dict) else raw.payload


def worker_count(setting: int, cores: int | None = None) -> int:
    """Processes to use for ``[harvest] map_workers`` (-1: one per core but the one the
    pipeline's own thread uses, at most 4; none on one core).

    The pipeline's thread maps a share of each big page itself (:func:`pipeline_share`): each
    worker holds its own interpreter, mapping tables and vocabulary (~90 MB), so on two cores
    one worker and the pipeline's thread keep both cores busy with one such copy fewer."""
    if setting >= 0:
        return setting
    cores = cores or os.cpu_count() or 1
    return 0 if cores < 2 else min(cores - 1, 4)


def pipeline_share(workers: int) -> float:
    """The part of a big page the pipeline's own thread maps while ``workers`` map the rest.

    The thread also fetches, parses, stores and indexes (about a third of a record's CPU when
    mapping and enrichment are the rest), so it takes a smaller share than a worker."""
    return 1 / (workers + 2) if workers > 0 else 1.0


class MapPool:
    """A pool of mapping processes for one run."""

    def __init__(self, node: NodeConfig, vocabulary: Any, workers: int) -> None:
        files = [str(f) for f in getattr(vocabulary, "files", [])] if vocabulary else []
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(node.to_dict(), files, os.getpid()),
        )

    def submit(self, items: list[MapItem], now: str) -> list[Future[Any]]:
        """Split ``items`` into one chunk per worker; return the futures, in order."""
        size = -(-len(items) // self.workers)
        return [
            self._pool.submit(_map_batch, items[i : i + size], now)
            for i in range(0, len(items), size)
        ]

    def close(self) -> None:
        """Stop the workers (pending work is dropped: its page was never committed)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
