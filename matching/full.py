"""The full recompute behind ``chm match recompute``: every table rebuilt in memory, in one go.

Where it sits: store records -> **full** -> matching tables. Called through
:func:`matching.update.recompute_all`. One pass reads every live record once; matching then
runs over an in-memory copy of the posting lists (the same :func:`matching.match.find_matches`
the incremental path runs over SQLite), optionally in several forked worker processes;
identifier groups and title buckets give the duplicate edges. Everything is written in one
transaction, so readers see the old tables until the new ones are complete. The operators'
``dup_rules`` are kept and applied.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import time
from collections.abc import Iterator
from typing import Any

from matching import duplicates as dup
from matching.features import Features, extract
from matching.match import Hierarchy, find_matches, index_keys
from matching.store import DERIVED_TABLES, UpdateSummary, ensure_schema, set_state, year_key

log = logging.getLogger(__name__)
BATCH = 5000


class MemoryMatchIndex:
    """:class:`matching.match.MatchIndex` over dicts (posting lists newest first)."""

    def __init__(self, feats: dict[str, Features]) -> None:
        self.feats = feats
        self.post: dict[tuple[str, str], list[str]] = {}
        for f in sorted(feats.values(), key=lambda f: (year_key(f.year), f.id)):
            for k in index_keys(f):
                self.post.setdefault((k, f.role), []).append(f.id)

    def postings(self, key: str, role: str, limit: int) -> list[str]:
        """Ids posted under ``key`` for ``role``, newest first."""
        return self.post.get((key, role), [])[:limit]

    def features(self, ids: Any) -> dict[str, Features]:
        """Features by id."""
        return {i: self.feats[i] for i in ids if i in self.feats}


class _Scan:
    """What one pass over the records collects."""

    def __init__(self) -> None:
        self.feats: dict[str, Features] = {}
        self.dups: dict[str, dup.DupFeatures] = {}
        self.groups: dict[str, list[tuple[str, str, str]]] = {}
        self.buckets: dict[str, list[str]] = {}
        self.records = 0


def _iter_records(conn: Any) -> Iterator[dict[str, Any]]:
    cur = conn.execute("SELECT json FROM records WHERE deleted=0")
    while rows := cur.fetchmany(BATCH):
        for (js,) in rows:
            yield json.loads(js)


def _scan(conn: Any, vocabulary: Any) -> _Scan:
    scan = _Scan()
    for rec in _iter_records(conn):
        scan.records += 1
        f = extract(rec, vocabulary)
        if f is not None:
            scan.feats[f.id] = f
        d = dup.dup_features(rec, vocabulary)
        if d.titles:
            scan.dups[d.id] = d
            for k in dup.title_keys(d):
                scan.buckets.setdefault(k, []).append(d.id)
        for k in dup.identifier_keys(rec):
            scan.groups.setdefault(k, []).append((d.id, d.node, d.type))
    return scan


def _write_features(conn: Any, scan: _Scan, index: MemoryMatchIndex) -> None:
    conn.executemany(
        "INSERT INTO mx_features (record_id, role, data) VALUES (?,?,?)",
        ((f.id, f.role, json.dumps(f.to_json_dict())) for f in scan.feats.values()),
    )
    years = {f.id: year_key(f.year) for f in scan.feats.values()}
    conn.executemany(
        "INSERT OR IGNORE INTO mx_postings (key, role, year, record_id) VALUES (?,?,?,?)",
        (
            (key, role, years[rid], rid)
            for (key, role), ids in sorted(index.post.items())
            for rid in ids
        ),
    )


def _write_dup_postings(conn: Any, scan: _Scan) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO id_postings VALUES (?,?,?,?)",
        ((k, rid, node, typ) for k, members in scan.groups.items() for rid, node, typ in members),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO title_postings VALUES (?,?)",
        ((k, rid) for k, ids in scan.buckets.items() for rid in ids),
    )
    conn.executemany(
        "INSERT INTO dup_features VALUES (?,?)",
        ((d.id, json.dumps(d.to_json_dict())) for d in scan.dups.values()),
    )


# ---- matching, possibly in forked workers -----------------------------------------------------
_WORK: dict[str, Any] = {}


def _match_slice(ids: list[str]) -> list[tuple[str, str, float, str]]:
    index: MemoryMatchIndex = _WORK["index"]
    hier: Hierarchy = _WORK["hier"]
    rows = []
    for fid in ids:
        top, _ = find_matches(index.feats[fid], index, hier)
        rows += [(fid, m.id, m.score, json.dumps(m.why, separators=(",", ":"))) for m in top]
    return rows


def _match_all(conn: Any, index: MemoryMatchIndex, hier: Hierarchy, workers: int) -> int:
    ids = sorted(index.feats)
    slices = [ids[i : i + 2000] for i in range(0, len(ids), 2000)]
    _WORK.update(index=index, hier=hier)
    written = 0
    sql = "INSERT INTO mx_matches VALUES (?,?,?,?)"
    try:
        if workers > 1 and len(slices) > 1:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(workers) as pool:
                for rows in pool.imap(_match_slice, slices):
                    conn.executemany(sql, rows)
                    written += len(rows)
        else:
            for part in slices:
                rows = _match_slice(part)
                conn.executemany(sql, rows)
                written += len(rows)
    finally:
        _WORK.clear()
    return written


# ---- duplicates ---------------------------------------------------------------------------------
def _dup_edges(scan: _Scan) -> dict[tuple[str, str], str]:
    edges: dict[tuple[str, str], str] = {}
    for key, members in scan.groups.items():
        for a, b, reason in dup.identifier_edges(members, key):
            edges.setdefault((a, b), reason)
    for ids in scan.buckets.values():
        if len(ids) < 2 or len(ids) > dup.TITLE_BUCKET_MAX:
            continue
        for i, a in enumerate(ids):
            fa = scan.dups[a]
            for b in ids[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if pair in edges:
                    continue
                why = dup.title_match(fa, scan.dups[b])
                if why:
                    edges[pair] = why
    return edges


def _write_clusters(conn: Any, edges: dict[tuple[str, str], str]) -> int:
    conn.executemany(
        "INSERT INTO dup_edges VALUES (?,?,?)", ((a, b, r) for (a, b), r in sorted(edges.items()))
    )
    rules = conn.execute("SELECT a, b, rule FROM dup_rules").fetchall()
    allows = [(a, b) for a, b, r in rules if r == "allow"]
    blocks = [(a, b) for a, b, r in rules if r == "block"]
    clusters = dup.build_clusters(((a, b, r) for (a, b), r in edges.items()), allows, blocks)
    conn.executemany("INSERT INTO dup_clusters VALUES (?,?)", sorted(clusters.items()))
    return len(clusters)


def recompute(store: Any, vocabulary: Any, workers: int = 1) -> UpdateSummary:
    """Rebuild everything (see module docstring); returns an UpdateSummary."""
    started = time.perf_counter()
    with store.transaction() as conn:
        last = store.records.max_seq()
        for table in DERIVED_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        ensure_schema(conn)
        summary = _rebuild(conn, vocabulary, workers)
        set_state(conn, "last_seq", str(last))
    out = UpdateSummary(full=True, last_seq=last, **summary)
    out.seconds = round(time.perf_counter() - started, 3)
    return out


def _rebuild(conn: Any, vocabulary: Any, workers: int) -> dict[str, int]:
    t0 = time.perf_counter()
    scan = _scan(conn, vocabulary)
    index = MemoryMatchIndex(scan.feats)
    t1 = time.perf_counter()
    _write_features(conn, scan, index)
    _write_dup_postings(conn, scan)
    t2 = time.perf_counter()
    _match_all(conn, index, Hierarchy(vocabulary), workers)
    t3 = time.perf_counter()
    clustered = _write_clusters(conn, _dup_edges(scan))
    t4 = time.perf_counter()
    log.info(
        "recompute: scan %.1fs, write %.1fs, match %.1fs, clusters %.1fs",
        t1 - t0, t2 - t1, t3 - t2, t4 - t3,
    )  # fmt: skip
    return {"changed": scan.records, "matched": len(scan.feats), "clusters_touched": clustered}
