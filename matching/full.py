"""The full recompute behind ``chm match recompute``: every table rebuilt in memory, in one go.

Where it sits: store records -> **full** -> matching tables. Called through
:func:`matching.update.recompute_all`. One pass reads every live record once and writes the
features and posting keys of needs and offers as it goes (nothing of them is kept); matching
then runs over the *head* of each posting list (:class:`HeadIndex`: the first
:data:`matching.match.PER_KEY` ids of each, all a candidate search ever reads, and the
features of the records in them), reading the needs and offers to match from the store a
slice at a time (:func:`matching.match.top_matches`, the first list of the
:func:`matching.match.find_matches` the incremental path runs over SQLite, computed with less
scoring), optionally in several forked worker processes; identifier groups and title buckets
give the duplicate edges. Everything is written in one transaction, so readers see the old
tables until the new ones are complete. The operators' ``dup_rules`` are kept and applied.

Memory: the heads hold at most ``PER_KEY`` ids per posting key whatever the number of
records, so what matching holds grows with the keys (topics by places), not with the
records; the rows written are those of matching over the whole lists (tested against
:class:`MemoryMatchIndex`, the whole index in memory).
"""

from __future__ import annotations

import json
import logging
import mmap
import multiprocessing
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.libc import malloc_trim
from matching import duplicates as dup
from matching import gates, match
from matching.features import Features, extract
from matching.match import Hierarchy, index_keys, top_matches
from matching.store import (
    DERIVED_TABLES,
    SCHEMA,
    UpdateSummary,
    add_word_counts,
    chunks,
    ensure_schema,
    get_state,
    pack,
    read_word_counts,
    set_state,
    truncate_wal,
    unpack,
    year_key,
)

log = logging.getLogger(__name__)
BATCH = 5000
FETCH = 500
"""Records read from the store at a time by the pass over them: a batch's JSON texts live
until it is done (5,000 of them made ~48 MB of the scan's peak at 20,000 corpus records,
traced; the memory freed after such peaks stays with the allocator, fragmented)."""
SCAN_SLICE = 1000
"""Records (by rowid) a forked worker of the pass reads and extracts at a time: what this
process holds of the workers' answers is at most ``2 * workers`` slices."""
FLUSH = 1000
"""Records whose duplicate rows are buffered before they are written (same rows, same order)."""
SLICE = 2000
"""Needs and offers matched by a forked worker at a time."""
SLICE_HERE = 250
"""Needs and offers whose match rows are built, then written, at a time in this process: a
slice's rows and their explanations' JSON are what matching holds beyond the features
(~10 MB for 2,000 corpus needs and offers). The same rows in the same order."""


def _json_encoder(separators: tuple[str, str]) -> Any:
    """``json.dumps`` with its defaults (and ``separators``): the same text, without the
    check for reference cycles (plain dicts, lists and texts built here have none: 15-20 %
    less CPU per row) and with json's C encoder built once, not once per row as
    ``JSONEncoder.encode`` builds it (~1-3 us a row)."""
    plain = json.JSONEncoder(check_circular=False, separators=separators)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: json's own path
        return plain.encode
    item, key = separators
    ascii_text = json.encoder.encode_basestring_ascii
    encoder = make(None, plain.default, ascii_text, None, key, item, False, False, True)

    def encode(o: Any) -> str:
        return "".join(encoder(o, 0))

    return encode


_dumps = _json_encoder((", ", ": "))
_dumps_compact = _json_encoder((",", ":"))


class MemoryMatchIndex:
    """:class:`matching.match.MatchIndex` over dicts (posting lists newest first), whole:
    every need's and offer's features in memory. The reference the tests hold
    :class:`HeadIndex` (what the recompute runs over) to (it held ~3.6 KB per need or offer,
    with their scoring weights, at 1M corpus records)."""

    def __init__(self, feats: dict[str, Features]) -> None:
        self.feats = feats
        self.post: dict[tuple[str, str], list[str]] = {}
        for f in sorted(feats.values(), key=lambda f: (year_key(f.year), f.id)):
            for k in index_keys(f):
                self.post.setdefault((k, f.role), []).append(f.id)
        # the same lists by (topic, role) then place (a place never holds "|"), so a search
        # skips the topics nobody of the other role has (read by ``match._candidates``)
        self.by_topic: dict[tuple[str, str], dict[str, list[str]]] = {}
        for (key, role), ids in self.post.items():
            topic, _, place = key.rpartition("|")
            self.by_topic.setdefault((topic, role), {})[place] = ids

    def postings(self, key: str, role: str, limit: int) -> list[str]:
        """Ids posted under ``key`` for ``role``, newest first."""
        return self.post.get((key, role), [])[:limit]

    def topic_lists(self, topic: str, role: str, limit: int) -> dict[str, list[str]] | None:
        """The lists of ``topic`` by place, whole (see :class:`matching.match.MatchIndex`)."""
        return self.by_topic.get((topic, role))

    def features(self, ids: Any) -> dict[str, Features]:
        """Features by id."""
        return {i: self.feats[i] for i in ids if i in self.feats}


class HeadIndex:
    """:class:`matching.match.MatchIndex` over the first ``per_key`` ids of each posting
    list of ``mx_postings`` (newest first, as the table orders them) and the features of
    the records they name, read from ``mx_features``.

    A candidate search reads no further than :data:`matching.match.PER_KEY` ids of any
    list, so with ``per_key`` >= that, every search answers as over the whole lists, and
    what is held is bounded by the number of keys, not of records."""

    def __init__(self, conn: Any, per_key: int) -> None:
        self.per_key = per_key
        self.by_topic: dict[tuple[str, str], dict[str, list[str]]] = {}
        ids: dict[str, str] = {}  # one string object per id, however many lists name it
        # the table's own order (its primary key: no sort), each list's head kept as its rows
        # pass (a window function numbering the rows cost twice the scan)
        cur = conn.execute(
            "SELECT key, role, record_id FROM mx_postings ORDER BY key, role, year, record_id"
        )
        last: tuple[str, str] | None = None
        got: list[str] = []
        while rows := cur.fetchmany(BATCH):
            for key, role, rid in rows:
                if last is None or key != last[0] or role != last[1]:  # a new list (one run)
                    last = (key, role)
                    topic, _, place = key.rpartition("|")
                    lists = self.by_topic.get((topic, role))
                    if lists is None:
                        lists = self.by_topic[(topic, role)] = {}
                    got = lists.setdefault(place, [])
                if len(got) < per_key:
                    got.append(ids.setdefault(rid, rid))
        self.feats: dict[str, Features] = {}
        shared = _Shared()
        for part in chunks(sorted(ids)):
            q = ",".join("?" * len(part))
            for rid, data in conn.execute(
                f"SELECT record_id, data FROM mx_features WHERE record_id IN ({q})", part
            ):
                rid = ids[rid]
                self.feats[rid] = shared.features(Features.from_json_dict(json.loads(data)), rid)

    def postings(self, key: str, role: str, limit: int) -> list[str]:
        """Ids posted under ``key`` for ``role``, newest first (``limit`` <= ``per_key``)."""
        if limit > self.per_key:
            raise ValueError(f"a head of {self.per_key} ids per key cannot give {limit}")
        topic, _, place = key.rpartition("|")
        return self.by_topic.get((topic, role), {}).get(place, [])[:limit]

    def topic_lists(self, topic: str, role: str, limit: int) -> dict[str, list[str]] | None:
        """The heads of ``topic``'s lists by place (see :class:`matching.match.MatchIndex`)."""
        if limit > self.per_key:
            raise ValueError(f"a head of {self.per_key} ids per key cannot give {limit}")
        return self.by_topic.get((topic, role))

    def features(self, ids: Any) -> dict[str, Features]:
        """Features by id (of the records in the heads; others are left out)."""
        return {i: self.feats[i] for i in ids if i in self.feats}


class _Scan:
    """What one pass over the records keeps in memory: counts. Everything matching and
    duplicates need is written as it is found (``mx_features``, ``dup_features``,
    ``id_postings``, ``title_postings``, and temporary tables that remember the order the
    keys were met in), so memory does not grow with the records."""

    def __init__(self) -> None:
        self.records = 0
        self.matched = 0


class _Shared:
    """One copy of each text and short tuple the kept features repeat.

    Each record's JSON is parsed on its own, so without this every kept feature holds its
    own copy of every concept URI, country code, region and eligibility unit it names (the
    same few thousand texts, ~23,000 times over at 100,000 corpus records). The features
    are equal to the ones given (same values, same order), only their texts shared."""

    _TUPLES = ("support", "countries", "regions", "languages", "eligible", "units", "weak")

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.extras: dict[Any, dict[str, Any]] = {}

    def _tuple(self, xs: tuple[str, ...]) -> tuple[str, ...]:
        text = self.texts.setdefault
        t = tuple([text(x, x) for x in xs])
        return self.tuples.setdefault(t, t)

    def _extra(self, extra: dict[str, Any]) -> dict[str, Any]:
        """One ``extra`` dict for all the features whose ``extra`` holds the same places and
        nothing else (a few hundred kinds at 100,000 corpus records, against one dict, one
        dict of places and its lists per feature; nothing changes a kept feature's
        ``extra``); any other ``extra`` with its texts shared."""
        text = self.texts.setdefault
        places = extra.get("places")
        if not places:
            return extra
        if len(extra) == 1:
            key = tuple([(cc, *units) for cc, units in places.items()])
            got = self.extras.get(key)
            if got is not None:
                return got
        shared = {text(cc, cc): [text(u, u) for u in units] for cc, units in places.items()}
        out = {**extra, "places": shared}
        if len(extra) == 1:
            self.extras[key] = out
        return out

    def features(self, f: Features, rid: str | None = None) -> Features:
        """``f`` with its texts (and its short tuples) shared with the features before
        (its id ``rid`` when given: the same text, the object the posting lists hold)."""
        text = self.texts.setdefault
        changes: dict[str, Any] = {name: self._tuple(getattr(f, name)) for name in self._TUPLES}
        changes["topics"] = tuple([text(x, x) for x in f.topics])
        return Features(
            id=rid if rid == f.id else f.id, node=text(f.node, f.node),
            type=text(f.type, f.type), role=text(f.role, f.role), year=f.year,
            extra=self._extra(f.extra), **changes,
        )  # fmt: skip


def _index_sql(name: str) -> str:
    """The schema's statement creating index ``name`` (built again after a bulk insert)."""
    return next(s for s in SCHEMA.split(";") if f"INDEX IF NOT EXISTS {name} " in s)


_TEMP = (
    "CREATE TEMP TABLE IF NOT EXISTS mx_tmp_title (key TEXT NOT NULL, seq INTEGER NOT NULL,"
    " record_id TEXT NOT NULL, node TEXT NOT NULL, type TEXT NOT NULL, year INTEGER,"
    " gate TEXT NOT NULL, rec INTEGER NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS mx_tmp_ids (key TEXT NOT NULL, seq INTEGER NOT NULL,"
    " record_id TEXT NOT NULL, node TEXT NOT NULL, type TEXT NOT NULL, rec INTEGER NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS mx_tmp_postings (key TEXT NOT NULL, role TEXT NOT NULL,"
    " year INTEGER NOT NULL, record_id TEXT NOT NULL)",
)


class _FeatureWriter:
    """Rows of ``mx_features`` and ``mx_postings`` of the needs and offers met, written
    ``FLUSH`` at a time: the postings through a temporary table, copied sorted at the end
    (one ordered insert instead of one random insert per posting)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.features: list[tuple[str, str, str]] = []
        self.postings: list[tuple[str, str, int, str]] = []
        self.conn.execute("DELETE FROM mx_tmp_postings")

    def add(self, f: Features) -> None:
        self.features.append((f.id, f.role, _dumps(f.to_json_dict())))
        year, role, fid = year_key(f.year), f.role, f.id
        self.postings += [(k, role, year, fid) for k in index_keys(f)]
        if len(self.features) >= FLUSH:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        conn.executemany("INSERT INTO mx_features (record_id, role, data) VALUES (?,?,?)",
                         self.features)  # fmt: skip
        conn.executemany("INSERT INTO mx_tmp_postings VALUES (?,?,?,?)", self.postings)
        self.features, self.postings = [], []

    def finish(self) -> None:
        self.flush()
        self.conn.execute(
            "INSERT OR IGNORE INTO mx_postings (key, role, year, record_id) SELECT key, role,"
            " year, record_id FROM mx_tmp_postings ORDER BY key, role, year, record_id"
        )
        self.conn.execute("DROP TABLE IF EXISTS temp.mx_tmp_postings")


class _DupWriter:
    """Rows of the duplicate tables, written ``FLUSH`` records at a time.

    ``seq`` numbers every (key, record) in the order the scan meets them, so the passes
    that find the edges (:func:`_dup_edges`) visit keys and members in the order the
    in-memory scan did, and keep the same reason for each pair. ``rec`` numbers the records
    that have a title (from 1, in scan order; 0 for the others), so that the duplicate pass
    remembers a pair as one int (:class:`_Decided`)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.seq = 0
        self.rec = 0
        self.features: list[tuple[str, bytes]] = []
        self.titles: list[tuple[str, int, str, str, str, int | None, str, int]] = []
        self.ids: list[tuple[str, int, str, str, str, int]] = []
        self.gates: list[tuple[str, str, str, int | None, str]] = []
        self.words: Counter[str] = Counter()  # known word -> records saying it (dup_words)
        for sql in _TEMP:
            self.conn.execute(sql)
        self.conn.execute("DELETE FROM mx_tmp_title")
        self.conn.execute("DELETE FROM mx_tmp_ids")

    def add(self, d: dup.DupFeatures, id_keys: list[str]) -> None:
        rec = 0
        if d.titles:
            self.rec = rec = self.rec + 1
            self.features.append((d.id, pack(d.to_json_dict())))
            g = gates.gate(d)
            self.gates.append((d.id, d.node, d.type, d.year, g))
            self.words.update(d.known)
            self.words[""] += 1
            for k in dup.title_keys(d):
                self.seq += 1
                self.titles.append((k, self.seq, d.id, d.node, d.type, d.year, g, rec))
        for k in id_keys:
            self.seq += 1
            self.ids.append((k, self.seq, d.id, d.node, d.type, rec))
        if len(self.features) >= FLUSH or len(self.ids) >= FLUSH:
            self.flush()  # (the identifier rows too: a deferred pass has no features)

    def flush(self) -> None:
        conn = self.conn
        conn.executemany("INSERT INTO dup_features VALUES (?,?)", self.features)
        conn.executemany("INSERT INTO mx_tmp_title VALUES (?,?,?,?,?,?,?,?)", self.titles)
        conn.executemany("INSERT INTO mx_tmp_ids VALUES (?,?,?,?,?,?)", self.ids)
        conn.executemany("INSERT INTO dup_gates VALUES (?,?,?,?,?)", self.gates)
        self.features, self.titles, self.ids, self.gates = [], [], [], []

    def finish(self) -> None:
        """Flush, then fill the postings from the temporary tables in one sorted pass."""
        self.flush()
        conn = self.conn
        add_word_counts(conn, self.words)
        self.words = Counter()
        # the index by record is built after the rows (one sort) rather than kept up to date
        # row by row (title_postings has none: see matching.store)
        conn.execute("DROP INDEX IF EXISTS id_postings_record")
        conn.execute(
            "INSERT OR IGNORE INTO id_postings SELECT key, record_id, node, type"
            " FROM mx_tmp_ids ORDER BY key, record_id"
        )
        conn.execute(
            "INSERT OR IGNORE INTO title_postings SELECT key, record_id FROM mx_tmp_title"
            " ORDER BY key, record_id"
        )
        conn.execute(_index_sql("id_postings_record"))
        conn.execute("CREATE INDEX IF NOT EXISTS temp.mx_tmp_title_key ON mx_tmp_title(key, seq)")
        conn.execute("CREATE INDEX IF NOT EXISTS temp.mx_tmp_ids_key ON mx_tmp_ids(key, seq)")


_Scanned = tuple[Features | None, dup.DupFeatures, list[str]]


TITLES_STATE = "dup_titles"
"""``mx_state`` key: ``"deferred"`` when the last full recompute found the live records of one
node only and so left out what rules 3-13 of :mod:`matching.duplicates` read (the title
features and keys: ``dup_features``, ``dup_gates``, ``dup_words``, ``title_postings``): those
rules join only records of two nodes, so on such a store nothing can be found through them,
and the features are ~60 % of the recompute's CPU. The first update that finds a second node's
records runs a full recompute instead (:func:`titles_deferred`), which computes them all;
``"done"`` otherwise."""


def _one_node(conn: Any, exact: bool = True) -> bool:
    """Whether the live records are of at most one node: by the store's ``node_id`` (its
    index), and with ``exact`` by their JSON's ``node`` too (what their features hold; a
    scan of every record, ~3 us each)."""
    sql = "SELECT DISTINCT node_id FROM records WHERE deleted=0 LIMIT 2"
    if len(conn.execute(sql).fetchall()) > 1:
        return False
    sql = (
        "SELECT DISTINCT COALESCE(json_extract(json, '$.node'), '') FROM records"
        " WHERE deleted=0 LIMIT 2"
    )
    return not exact or len(conn.execute(sql).fetchall()) <= 1


def titles_deferred(conn: Any) -> bool:
    """Whether the last full recompute deferred the title features (:data:`TITLES_STATE`) and
    the live records now name two nodes or more: the incremental update cannot catch up on
    them record by record, a full recompute must run."""
    return get_state(conn, TITLES_STATE) == "deferred" and not _one_node(conn, exact=False)


def bare_features(rec: dict[str, Any]) -> dup.DupFeatures:
    """What the pass writes of a record's duplicate features when the title features are
    deferred: what its identifier rows hold, and no title.

    The features equal ``DupFeatures(id=..., node=..., type=..., year=None, countries=(),
    titles={})`` (tested), made from a copy of the fields of one such made once: the frozen
    dataclass's ``__init__`` sets its 28 fields one ``object.__setattr__`` at a time (~7 us
    a record, every record of a one-node store; this ~1.5)."""
    d = object.__new__(dup.DupFeatures)
    d.__dict__.update(
        _BARE_FIELDS, id=str(rec["id"]), node=str(rec.get("node") or ""),
        type=str(rec.get("type") or "other"), titles={},
    )  # fmt: skip
    return d


_BARE_FIELDS = dict(
    vars(dup.DupFeatures(id="", node="", type="other", year=None, countries=(), titles={}))
)
"""The fields of a bare :class:`matching.duplicates.DupFeatures` (all immutable but
``titles``, which each copy gets afresh)."""


def _scan_one(rec: dict[str, Any], vocabulary: Any, titles: bool = True) -> _Scanned:
    keys = dup.identifier_keys(rec)
    d = dup.dup_features(rec, vocabulary, keys) if titles else bare_features(rec)
    return extract(rec, vocabulary), d, keys


def _scan_slice(bounds: tuple[int, int]) -> list[_Scanned]:
    """Records with ``lo <= rowid < hi`` (a forked worker, on its own read connection)."""
    lo, hi = bounds
    conn = sqlite3.connect(f"{_WORK['path'].as_uri()}?mode=ro", uri=True, timeout=60)
    try:
        rows = conn.execute(
            "SELECT json FROM records WHERE deleted=0 AND rowid >= ? AND rowid < ? ORDER BY rowid",
            (lo, hi),
        ).fetchall()
    finally:
        conn.close()
    vocabulary, titles = _WORK["vocabulary"], _WORK["titles"]
    return [_scan_one(json.loads(js), vocabulary, titles) for (js,) in rows]


def _scanned(
    conn: Any, vocabulary: Any, workers: int, path: Any, titles: bool = True
) -> Iterator[_Scanned]:
    """Every live record's features, in rowid order (the title features only with
    ``titles``); with ``workers`` > 1 (and a store on disk) computed by forked processes,
    slice by slice, still yielded in rowid order."""
    lo, hi = conn.execute("SELECT MIN(rowid), MAX(rowid) FROM records").fetchone()
    on_disk = path is not None and Path(path).is_file()
    if workers > 1 and on_disk and lo is not None and hi - lo >= SCAN_SLICE:
        slices = ((s, s + SCAN_SLICE) for s in range(lo, hi + 1, SCAN_SLICE))
        _WORK.update(path=Path(path).resolve(), vocabulary=vocabulary, titles=titles)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for part in _in_order(pool, _scan_slice, slices, 2 * workers):
                    yield from part
        finally:
            _WORK.clear()
        return
    cur = conn.execute("SELECT json FROM records WHERE deleted=0 ORDER BY rowid")
    while rows := cur.fetchmany(FETCH):
        for (js,) in rows:
            yield _scan_one(json.loads(js), vocabulary, titles)


def _scan(
    conn: Any, vocabulary: Any, workers: int = 1, path: Any = None, titles: bool = True
) -> _Scan:
    scan = _Scan()
    writer = _DupWriter(conn)
    features = _FeatureWriter(conn)
    for f, d, id_keys in _scanned(conn, vocabulary, workers, path, titles):
        scan.records += 1
        if f is not None:
            scan.matched += 1
            features.add(f)
        writer.add(d, id_keys)
    writer.finish()
    features.finish()
    return scan


# ---- matching, possibly in forked workers -----------------------------------------------------
_WORK: dict[str, Any] = {}


def _match_slice(part: list[tuple[str, str]]) -> list[tuple[str, str, float, str]]:
    """Match rows of the needs and offers given as ``(record_id, features JSON)``."""
    index: HeadIndex = _WORK["index"]
    hier: Hierarchy = _WORK["hier"]
    rows = []
    for fid, data in part:
        f = index.feats.get(fid)
        kept = f is not None
        if f is None:
            f = Features.from_json_dict(json.loads(data))
        top = top_matches(f, index, hier)
        if not kept:
            hier.forget(f)  # matched once, never a candidate: its weights are not kept
        rows += [(fid, m.id, m.score, _dumps_compact(m.why)) for m in top]
    return rows


def _slices(conn: Any, size: int) -> Iterator[list[tuple[str, str]]]:
    """``mx_features`` by id, ``size`` rows at a time (each slice read when asked for)."""
    after = ""
    while part := conn.execute(
        "SELECT record_id, data FROM mx_features WHERE record_id > ? ORDER BY record_id LIMIT ?",
        (after, size),
    ).fetchall():
        yield part
        after = part[-1][0]


def _in_order(pool: Any, fn: Any, parts: Iterator[Any], ahead: int) -> Iterator[Any]:
    """``fn`` of each part in ``pool``, answers in order, at most ``ahead`` parts handed out
    (and answers held) at a time: ``Pool.imap`` reads every part at once and keeps every
    answer this process has not taken yet (the scan's workers, faster than the writes here,
    piled up ~900 MB of answers at 300,000 records)."""
    pending: deque[Any] = deque()
    for part in parts:
        pending.append(pool.apply_async(fn, (part,)))
        if len(pending) >= ahead:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _match_all(conn: Any, index: HeadIndex, hier: Hierarchy, workers: int) -> int:
    size = SLICE if workers > 1 else SLICE_HERE
    _WORK.update(index=index, hier=hier)
    written = 0
    sql = "INSERT INTO mx_matches VALUES (?,?,?,?)"
    # rows come in record order: the index by the other record is built after them (one
    # sort) rather than kept up to date row by row (~10 random inserts per need or offer)
    conn.execute("DROP INDEX IF EXISTS mx_matches_other")
    try:
        if workers > 1:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(workers) as pool:
                for rows in _in_order(pool, _match_slice, _slices(conn, size), 2 * workers):
                    conn.executemany(sql, rows)
                    written += len(rows)
        else:
            for part in _slices(conn, size):
                rows = _match_slice(part)
                conn.executemany(sql, rows)
                written += len(rows)
    finally:
        _WORK.clear()
    conn.execute(_index_sql("mx_matches_other"))
    return written


# ---- duplicates ---------------------------------------------------------------------------------
_LOADED_MAX = 1_000
"""Title features kept in memory at once while buckets are compared (the most recently
used half is kept when it is full). ~10.8 KB each decoded (41 MB for 4,000, the bound
before): buckets seldom share members, so a larger cache saves few reads (at 100,000
records of the incremental-cost benchmark's store, 204,117 features read with 4,000 kept,
208,848 with 1,000: +2.3 %, ~0.6 CPU-s)."""

_DECIDED_SLOTS = 1_048_573
"""Slots (8 bytes each: 8 MB, whatever the number of records) of the table that remembers
the pairs already compared or joined, so that a pair met again in another bucket is not
compared again (a prime, so that pairs spread over the slots). A pair is kept in the slot
its two record numbers give; a later pair of the same slot takes it over, and a pair
forgotten so is compared again when met again: time only, its answer is the same. (A set of
up to 500,000 refused ``(id, id)`` pairs held ~170 bytes a pair, ~85 MB when full.)"""

_EDGES_BUFFER = 1000
"""Edges found and not yet written to ``dup_edges``."""


def _groups(conn: Any, table: str, cols: str, low: int, high: int) -> Iterator[list[Any]]:
    """Members of each key of a temporary table met ``low``..``high`` times, keys in the
    order the scan first met them, members in scan order."""
    cur = conn.execute(
        f"SELECT t.key, {cols} FROM {table} t JOIN (SELECT key, MIN(seq) AS first FROM {table}"
        " GROUP BY key HAVING COUNT(*) BETWEEN ? AND ?) f ON f.key = t.key"
        " ORDER BY f.first, t.seq",
        (low, high),
    )
    key: str | None = None
    members: list[Any] = []
    while rows := cur.fetchmany(BATCH):
        for row in rows:
            if row[0] != key:
                if members:
                    yield [key, members]
                key, members = row[0], []
            members.append(row[1:])
    if members:
        yield [key, members]


class _Decided:
    """Pairs of record numbers (``rec``: a record's rank among those with a title, in scan
    order, from 1) already compared or joined, in a fixed table of
    :data:`_DECIDED_SLOTS` slots: a cache that forgets, never one that grows.

    The slots are an anonymous map of the operating system's zero pages, not the heap: a page
    is resident once a pair is written in it (a store with few title pairs touches few of
    the 2,048), and :meth:`close` gives every page back at once (8 MB of the heap, once
    freed, stayed with the process; ``array("q", bytes(8 * n))`` also held a second 8 MB
    while it was built)."""

    def __init__(self) -> None:
        self.size = _DECIDED_SLOTS
        self._map = mmap.mmap(-1, 8 * self.size)
        self.slots = memoryview(self._map).cast("q")  # 0: an empty slot (rec >= 1)

    def __contains__(self, pair: int) -> bool:
        return self.slots[pair % self.size] == pair

    def add(self, pair: int) -> None:
        self.slots[pair % self.size] = pair

    def close(self) -> None:
        """Give the slots' pages back (the table is unusable afterwards; a view of the
        slots still held elsewhere keeps the map until it goes)."""
        self.slots.release()
        try:
            self._map.close()
        except BufferError:
            pass


def _pair(ra: int, rb: int) -> int:
    """Two record numbers (>= 1, < 2**31) in one int, whatever their order."""
    return (ra << 32) | rb if ra < rb else (rb << 32) | ra


def _dup_edges(conn: Any) -> None:
    """:func:`_find_dup_edges`, the known words weighed by how many of the store's records
    say them (``dup_words``, filled by the scan); the table of pairs decided given back
    when it is done."""
    decided = _Decided()
    try:
        with dup.store_frequencies(*read_word_counts(conn)):
            _find_dup_edges(conn, decided)
    finally:
        decided.close()


def _find_dup_edges(conn: Any, decided: _Decided | None = None) -> None:
    """Identifier edges, then title edges within buckets of 2..``TITLE_BUCKET_MAX``, written
    to ``dup_edges`` as they are found (the first reason of a pair is kept: ``INSERT OR
    IGNORE``, as the dict of every edge found did before). Only the members of one bucket,
    a bounded cache of features and the fixed table of pairs decided (:class:`_Decided`)
    are held in memory.
    A pair is compared in scan order wherever it is met, so its answer does not depend on
    the bucket: the edges do not depend on the order buckets are visited in, nor on what
    the caches remember."""
    decided = _Decided() if decided is None else decided
    pending: list[tuple[str, str, str]] = []

    def write() -> None:
        conn.executemany("INSERT OR IGNORE INTO dup_edges VALUES (?,?,?)", pending)
        pending.clear()

    cols = "record_id, node, type, rec"
    for key, members in _groups(conn, "mx_tmp_ids", cols, 2, 1 << 62):
        recs = {m[0]: m[3] for m in members}
        for a, b, reason in dup.identifier_edges([m[:3] for m in members], key):
            pending.append((a, b, reason) if a < b else (b, a, reason))
            if recs[a] and recs[b]:
                decided.add(_pair(recs[a], recs[b]))
        if len(pending) >= _EDGES_BUFFER:
            write()
    loaded: dict[int, dup.DupFeatures] = {}
    slots, size = decided.slots, decided.size  # read inline: the loop below is the hot one
    cols = "rec, node, type, year, gate, record_id"
    for _, members in _groups(conn, "mx_tmp_title", cols, 2, dup.TITLE_BUCKET_MAX):
        todo = []
        for a, b in gates.bucket_pairs(members):
            pair = (a << 32) | b if a < b else (b << 32) | a  # _pair(a, b)
            if slots[pair % size] != pair:
                todo.append((a, b, pair))
        if not todo:
            continue
        ids = {m[0]: m[5] for m in members}
        need = dict.fromkeys(x for a, b, _ in todo for x in (a, b))
        missing = [i for i in need if i not in loaded]
        if len(loaded) + len(missing) > _LOADED_MAX:
            recent = list(loaded.items())[-(_LOADED_MAX // 2) :]
            loaded = dict(recent)
            missing = [i for i in need if i not in loaded]
        got = _load_dups(conn, [ids[i] for i in missing])
        loaded.update((i, got[ids[i]]) for i in missing)
        for a, b, pair in todo:
            slots[pair % size] = pair
            why = dup.title_match(loaded[a], loaded[b])
            if why:
                ia, ib = ids[a], ids[b]
                pending.append((ia, ib, why) if ia < ib else (ib, ia, why))
        if len(pending) >= _EDGES_BUFFER:
            write()
    write()
    conn.execute("DROP TABLE IF EXISTS temp.mx_tmp_title")
    conn.execute("DROP TABLE IF EXISTS temp.mx_tmp_ids")


def _load_dups(conn: Any, ids: list[str]) -> dict[str, dup.DupFeatures]:
    out: dict[str, dup.DupFeatures] = {}
    for part in chunks(ids):
        q = ",".join("?" * len(part))
        for rid, data in conn.execute(
            f"SELECT record_id, data FROM dup_features WHERE record_id IN ({q})", part
        ):
            out[rid] = dup.DupFeatures.from_json_dict(unpack(data))
    return out


def _ordered_edges(conn: Any) -> Iterator[tuple[str, str, str]]:
    """``dup_edges`` in the order clusters are built in: identifier edges, then title edges,
    each by ``(a, b)`` (the table's own order: no sort, nothing held)."""
    for title in (False, True):
        for a, b, why in conn.execute("SELECT a, b, reason FROM dup_edges ORDER BY a, b"):
            if dup.is_title_reason(why) == title:
                yield a, b, why


def _write_clusters(conn: Any) -> int:
    """``dup_clusters`` from ``dup_edges`` and the operators' rules; returns the records
    clustered. What is held is what the union-find holds: the records that have an edge."""
    rules = conn.execute("SELECT a, b, rule FROM dup_rules").fetchall()
    allows = [(a, b) for a, b, r in rules if r == "allow"]
    blocks = [(a, b) for a, b, r in rules if r == "block"]
    countries, years = gates.fields_of(
        conn.execute(
            "SELECT record_id, gate, year FROM dup_gates WHERE record_id IN"
            " (SELECT a FROM dup_edges UNION SELECT b FROM dup_edges)"
        )
    )
    clusters = dup.build_clusters(
        _ordered_edges(conn), allows, blocks, countries, years, ordered=True
    )
    conn.executemany("INSERT INTO dup_clusters VALUES (?,?)", clusters.items())
    return len(clusters)


def recompute(store: Any, vocabulary: Any, workers: int = 1) -> UpdateSummary:
    """Rebuild everything (see module docstring); returns an UpdateSummary."""
    started = time.perf_counter()
    with store.transaction() as conn:
        last = store.records.max_seq()
        for table in DERIVED_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        ensure_schema(conn)
        summary = _rebuild(conn, vocabulary, workers, getattr(store, "path", None))
        set_state(conn, "last_seq", str(last))
    truncate_wal(store.conn)  # every table was written again: the log holds all of it
    out = UpdateSummary(full=True, last_seq=last, **summary)
    out.seconds = round(time.perf_counter() - started, 3)
    return out


def _rebuild(conn: Any, vocabulary: Any, workers: int, path: Any = None) -> dict[str, int]:
    t0 = time.perf_counter()
    titles = not _one_node(conn)  # else deferred (:data:`TITLES_STATE`)
    set_state(conn, TITLES_STATE, "done" if titles else "deferred")
    scan = _scan(conn, vocabulary, workers, path, titles)
    malloc_trim()  # what the pass freed (its batches) goes back before the next phase grows
    t1 = time.perf_counter()
    # the duplicates first: their pass's memory (SQLite's sorts of the temporary tables, the
    # features it loads, its table of pairs) is given back before matching's heads and
    # weights grow, rather than added on top of them (matching's Python objects, once
    # freed, mostly stay with the process); neither reads the other's tables
    _dup_edges(conn)
    clustered = _write_clusters(conn)
    malloc_trim()
    t2 = time.perf_counter()
    index = HeadIndex(conn, match.PER_KEY)
    t3 = time.perf_counter()
    _match_all(conn, index, Hierarchy(vocabulary), workers)
    t4 = time.perf_counter()
    log.info(
        "recompute: scan %.1fs, clusters %.1fs, heads %.1fs, match %.1fs",
        t1 - t0, t2 - t1, t3 - t2, t4 - t3,
    )  # fmt: skip
    return {"changed": scan.records, "matched": scan.matched, "clusters_touched": clustered}
