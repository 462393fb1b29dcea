"""Keeping matches, clusters and links up to date: after each run, and from scratch.

Where it sits: harvest run (store changes with sequence numbers) -> **update** -> matching
tables (:mod:`matching.store`). ``pipeline.run`` calls :func:`update_after_run` with the
change sequence the run started from; ``chm match recompute`` calls :func:`recompute_all`.

Incremental update, for the records whose sequence grew (and only them):

1. their features, posting keys, identifier keys and title keys are replaced;
2. each changed need or offer gets its matches searched again; each candidate found is
   offered to the candidate's own list (kept when it beats that list's last entry);
   lists that held a changed record rescore that one pair; a full list that lost that entry,
   or saw it fall below the list's old last entry, is searched again (a record outside the
   list may now beat it), and so is
   a list that falls below half of ``TOP_K``. Candidates are found symmetrically (an offer
   looks for needs under every topic its own answers), so while no candidate list is cut
   (small stores, or keys below ``PER_KEY``) the result is the full recompute's, row for
   row (property-tested);
3. their duplicate edges are found again (identifier keys, then title bands), and the
   clusters they were and are in are recomputed, with the operators' rules.

Links need no step: they are read from the identifier postings (:mod:`matching.links`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from matching import duplicates as dup
from matching import gates
from matching.features import Features, extract
from matching.match import TOP_K, Hierarchy, find_matches, index_keys, rank
from matching.store import (
    SqliteMatchIndex,
    UpdateSummary,
    add_word_counts,
    chunks,
    ensure_schema,
    get_state,
    migrate,
    pack,
    read_word_counts,
    set_state,
    truncate_wal,
    unpack,
    year_key,
)

log = logging.getLogger(__name__)
REFILL_BELOW = TOP_K // 2
COMPONENT_LIMIT = 5000
_LOADED_MAX = 1_000
"""Candidates' duplicate features kept in memory during one update (~10.8 KB each decoded:
~11 MB; 10,000 of them were ~108 MB); when full, the most recently read half is kept (a
candidate read again costs time only)."""
FEATURES_MAX = 5_000
"""Candidates' match features (with their scoring weights) kept during one chunk of an
update (:class:`matching.store.SqliteMatchIndex`). With 2,000 duplicate features and 10,000
of these, the update of 4,000 changes of five nodes into 60,000 records peaked at 188 MB;
with 1,000 and 5,000 at 164 MB, for the same CPU (26.5 CPU-s each, paired) and the same
rows (the eight tables' digests)."""
UPDATE_CHUNK = 1_000
"""Changed records applied per transaction (the store's write lock is held meanwhile). What
an update holds grows with it: a chunk's records decoded (~7 KB each), their duplicate
features (~10.8 KB each) and what their searches read. The update of 10,000 changes of two
nodes into a 40,000-record store peaked at 288 MB with 5,000 a chunk, 190 MB with 1,000, for
the same CPU (46.1 and 46.7 CPU-s, paired, loaded machine)."""


# ---- writing features and postings ----------------------------------------------------------
def _posting_rows(f: Features) -> list[tuple[str, str, int, str]]:
    return [(k, f.role, year_key(f.year), f.id) for k in index_keys(f)]


def _drop_match_data(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Remove the features and postings of ``ids`` (read back from their stored features)."""
    for part in chunks(ids):
        q = ",".join("?" * len(part))
        old = conn.execute(
            f"SELECT data FROM mx_features WHERE record_id IN ({q})", part
        ).fetchall()
        rows = [
            r for (data,) in old for r in _posting_rows(Features.from_json_dict(json.loads(data)))
        ]
        conn.executemany(
            "DELETE FROM mx_postings WHERE key=? AND role=? AND year=? AND record_id=?", rows
        )
        conn.execute(f"DELETE FROM mx_features WHERE record_id IN ({q})", part)


def _write_match_data(conn: sqlite3.Connection, feats: Iterable[Features]) -> None:
    feats = list(feats)
    conn.executemany(
        "INSERT OR REPLACE INTO mx_features (record_id, role, data) VALUES (?,?,?)",
        [(f.id, f.role, json.dumps(f.to_json_dict())) for f in feats],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO mx_postings (key, role, year, record_id) VALUES (?,?,?,?)",
        [r for f in feats for r in _posting_rows(f)],
    )


def _match_row(owner: str, m: Any) -> tuple[str, str, float, str]:
    return (owner, m.id, m.score, json.dumps(m.why, separators=(",", ":")))


# ---- incremental matching -------------------------------------------------------------------
def _offer_to(conn: sqlite3.Connection, owner: Features, new: Features, hier: Hierarchy) -> bool:
    """Put ``new`` into ``owner``'s list when it ranks; True when the list changed."""
    scored = rank(owner, [new], hier, k=1)
    if not scored:
        return False
    m = scored[0]
    (n,) = conn.execute("SELECT COUNT(*) FROM mx_matches WHERE record_id=?", (owner.id,)).fetchone()
    if n >= TOP_K:
        low, low_id = conn.execute(
            "SELECT score, other_id FROM mx_matches WHERE record_id=?"
            " ORDER BY score, other_id DESC LIMIT 1",
            (owner.id,),
        ).fetchone()
        if (-m.score, m.id) > (-low, low_id):  # ranks below the list's last (ties by id)
            return False
    conn.execute("INSERT OR REPLACE INTO mx_matches VALUES (?,?,?,?)", _match_row(owner.id, m))
    if n + 1 > TOP_K:
        conn.execute(
            "DELETE FROM mx_matches WHERE record_id=? AND other_id NOT IN (SELECT other_id"
            " FROM mx_matches WHERE record_id=? ORDER BY score DESC, other_id LIMIT ?)",
            (owner.id, owner.id, TOP_K),
        )
    return True


def _rescore_holders(
    conn: sqlite3.Connection, index: SqliteMatchIndex, changed: set[str], hier: Hierarchy
) -> tuple[int, set[str]]:
    """Rescore the pairs (holder, changed record) in lists that hold a changed record.

    Returns how many lists changed and which holders must be searched again."""
    pairs: list[tuple[str, str, float]] = []
    for part in chunks(sorted(changed)):
        q = ",".join("?" * len(part))
        pairs += conn.execute(
            f"SELECT record_id, other_id, score FROM mx_matches WHERE other_id IN ({q})", part
        ).fetchall()
    pairs = [(h, o, s) for h, o, s in pairs if h not in changed]
    feats = index.features({x for p in pairs for x in p[:2]})
    sizes, worst = _list_sizes(conn, {h for h, _, _ in pairs})
    refill: set[str] = set()
    for holder, other, old in pairs:
        got = (
            rank(feats[holder], [feats[other]], hier, k=1)
            if holder in feats and other in feats
            else []
        )
        if got:
            conn.execute(
                "INSERT OR REPLACE INTO mx_matches VALUES (?,?,?,?)", _match_row(holder, got[0])
            )
            m = got[0]
            if m.score < old and sizes[holder] >= TOP_K and (-m.score, m.id) > worst[holder]:
                # a full list's entry fell below the list's old last: a record outside the
                # list (all rank below that last) may now beat it
                refill.add(holder)
            continue
        conn.execute("DELETE FROM mx_matches WHERE record_id=? AND other_id=?", (holder, other))
        sizes[holder] -= 1
        if holder in feats and (sizes[holder] + 1 >= TOP_K or sizes[holder] < REFILL_BELOW):
            refill.add(holder)  # a full list lost an entry: a full recompute would fill it
    return len({h for h, _, _ in pairs}), refill


def _list_sizes(
    conn: sqlite3.Connection, ids: set[str]
) -> tuple[dict[str, int], dict[str, tuple[float, str]]]:
    """Each list's length and its last entry's sort key ``(-score, other_id)``."""
    sizes = dict.fromkeys(ids, 0)
    worst: dict[str, tuple[float, str]] = {}
    for part in chunks(sorted(ids)):
        q = ",".join("?" * len(part))
        for rid, score, other in conn.execute(
            f"SELECT record_id, score, other_id FROM mx_matches WHERE record_id IN ({q})", part
        ):
            sizes[rid] += 1
            key = (-score, other)
            if rid not in worst or key > worst[rid]:
                worst[rid] = key
    return sizes, worst


def _update_matching(
    conn: sqlite3.Connection, live: dict[str, dict[str, Any]], gone: list[str], vocabulary: Any
) -> tuple[int, int]:
    """Incremental step 1-2 of the module docstring; returns (searched, lists touched)."""
    hier = Hierarchy(vocabulary)
    changed = set(live) | set(gone)
    _drop_match_data(conn, sorted(changed))
    feats = [f for rec in live.values() if (f := extract(rec, vocabulary)) is not None]
    _write_match_data(conn, feats)
    index = SqliteMatchIndex(conn, FEATURES_MAX, hier)
    touched, refill = _rescore_holders(conn, index, changed, hier)
    conn.executemany("DELETE FROM mx_matches WHERE record_id=?", [(i,) for i in changed])
    found = []
    for f in feats:  # every changed list first, searched over the new postings
        top, scored = find_matches(f, index, hier)
        conn.executemany(
            "INSERT OR REPLACE INTO mx_matches VALUES (?,?,?,?)",
            [_match_row(f.id, m) for m in top],
        )
        found.append((f, [m.id for m in scored if m.id not in changed]))
    for f, candidates in found:  # then offer each changed record to its candidates' lists
        others = index.features(candidates)
        touched += sum(_offer_to(conn, others[c], f, hier) for c in candidates if c in others)
    for fid, f in index.features(sorted(refill)).items():
        conn.execute("DELETE FROM mx_matches WHERE record_id=?", (fid,))
        top, _ = find_matches(f, index, hier)
        conn.executemany(
            "INSERT INTO mx_matches VALUES (?,?,?,?)", [_match_row(fid, m) for m in top]
        )
    return len(feats) + len(refill), touched


# ---- incremental duplicates -----------------------------------------------------------------
def _drop_dup_data(conn: sqlite3.Connection, ids: list[str]) -> Counter[str]:
    """Remove the duplicate rows of ``ids``; returns minus the known words their stored
    features counted (:func:`_known_words_of`). Their title postings go by the keys of those
    features, computed again (``title_postings`` has no index by record: see
    :mod:`matching.store`), read a slice at a time."""
    counts: Counter[str] = Counter()
    for part in chunks(ids):
        old = _load_dup_features(conn, part)
        counts.update(_known_words_of(old, -1))
        conn.executemany(
            "DELETE FROM title_postings WHERE key=? AND record_id=?",
            [(k, f.id) for f in old.values() for k in dup.title_keys(f)],
        )
    for part in chunks(ids):
        q = ",".join("?" * len(part))
        for table in ("id_postings", "dup_features", "dup_gates"):
            conn.execute(f"DELETE FROM {table} WHERE record_id IN ({q})", part)
        conn.execute(f"DELETE FROM dup_edges WHERE a IN ({q})", part)
        conn.execute(f"DELETE FROM dup_edges WHERE b IN ({q})", part)
    return counts


def write_dup_data(
    conn: sqlite3.Connection,
    recs: Iterable[dict[str, Any]],
    vocabulary: Any = None,
    titles: bool = True,
) -> list[dup.DupFeatures]:
    """Write identifier keys, title keys and title features of live records (the title keys
    and features only with ``titles``: see :data:`matching.full.TITLES_STATE`)."""
    from matching.full import bare_features

    id_rows: list[tuple[str, str, str, str]] = []
    title_rows: list[tuple[str, str]] = []
    feats: list[dup.DupFeatures] = []
    for rec in recs:
        keys = dup.identifier_keys(rec)
        f = dup.dup_features(rec, vocabulary, keys) if titles else bare_features(rec)
        feats.append(f)
        id_rows += [(k, f.id, f.node, f.type) for k in keys]
        title_rows += [(k, f.id) for k in dup.title_keys(f)] if titles else []
    conn.executemany("INSERT OR IGNORE INTO id_postings VALUES (?,?,?,?)", id_rows)
    conn.executemany("INSERT OR IGNORE INTO title_postings VALUES (?,?)", title_rows)
    conn.executemany(
        "INSERT OR REPLACE INTO dup_features VALUES (?,?)",
        [(f.id, pack(f.to_json_dict())) for f in feats] if titles else [],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO dup_gates VALUES (?,?,?,?,?)",
        [gates.row(f) for f in feats if f.titles],
    )
    return feats


def _known_words_of(old: dict[str, dup.DupFeatures], sign: int) -> Counter[str]:
    """``sign`` times the known words of the stored features ``old`` (and of the records
    counted, ``""``), as :func:`matching.full` counts them into ``dup_words``."""
    out: Counter[str] = Counter()
    for d in old.values():
        if d.titles:
            for w in d.known:
                out[w] += sign
            out[""] += sign
    return out


def _load_dup_features(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, dup.DupFeatures]:
    out: dict[str, dup.DupFeatures] = {}
    for part in chunks(sorted(set(ids))):
        q = ",".join("?" * len(part))
        for rid, data in conn.execute(
            f"SELECT record_id, data FROM dup_features WHERE record_id IN ({q})", part
        ):
            out[rid] = dup.DupFeatures.from_json_dict(unpack(data))
    return out


def _edges_of(
    conn: sqlite3.Connection, f: dup.DupFeatures, loaded: dict[str, dup.DupFeatures]
) -> list[tuple[str, str, str]]:
    """Duplicate edges of one (changed) record, found through its keys.

    A title key shared by more than ``TITLE_BUCKET_MAX`` records ("Project 12 of ...",
    "Decision 3/4") is too common to block on and is skipped, as the full recompute does.
    ``loaded``: candidates' features already read during this update (shared by the
    records of one run, which mostly meet the same candidates)."""
    edges: list[tuple[str, str, str]] = []
    for (key,) in conn.execute("SELECT key FROM id_postings WHERE record_id=?", (f.id,)).fetchall():
        members = conn.execute(
            "SELECT record_id, node, type FROM id_postings WHERE key=? LIMIT ?",
            (key, dup.MAX_KEY_RECORDS + 1),
        ).fetchall()
        edges += [e for e in dup.identifier_edges(members, key) if f.id in e[:2]]
    candidates: set[str] = set()
    for key in dup.title_keys(f):
        bucket = conn.execute(
            "SELECT record_id FROM title_postings WHERE key=? LIMIT ?",
            (key, dup.TITLE_BUCKET_MAX + 1),
        ).fetchall()
        if len(bucket) <= dup.TITLE_BUCKET_MAX:  # (the bucket holds f itself)
            candidates.update(r[0] for r in bucket)
    candidates.discard(f.id)
    candidates = _not_refused(conn, f, candidates)
    missing = candidates - loaded.keys()
    if len(loaded) + len(missing) > _LOADED_MAX:
        keep = list(loaded.items())[len(loaded) - _LOADED_MAX // 2 :] if _LOADED_MAX > 1 else []
        loaded.clear()
        loaded.update(keep)
        missing = candidates - loaded.keys()
    if missing:
        loaded.update(_load_dup_features(conn, missing))
    for rid in sorted(candidates):
        other = loaded.get(rid)
        reason = dup.title_match(f, other) if other is not None else None
        if reason:
            edges.append((min(f.id, rid), max(f.id, rid), reason))
    return edges


def _not_refused(conn: sqlite3.Connection, f: dup.DupFeatures, ids: set[str]) -> set[str]:
    """``ids`` less the records whose gate row (:mod:`matching.gates`) ``title_match``
    would refuse against ``f``; a record without a gate row (a store written before the
    rows existed) is kept."""
    if not ids:
        return ids
    may = gates.may_match_with(gates.row(f))
    refused: set[str] = set()
    for part in chunks(sorted(ids)):
        q = ",".join("?" * len(part))
        for other in conn.execute(
            f"SELECT record_id, node, type, year, gate FROM dup_gates WHERE record_id IN ({q})",
            part,
        ):
            if not may(other):
                refused.add(other[0])
    return ids - refused


def _component(
    conn: sqlite3.Connection, seeds: set[str]
) -> tuple[set[str], list[tuple[str, str, str]]]:
    """Every record connected to ``seeds`` by edges or allow rules, and those edges."""
    seen = set(seeds)
    frontier = set(seeds)
    edges: dict[tuple[str, str], str] = {}
    while frontier and len(seen) < COMPONENT_LIMIT:
        nxt: set[str] = set()
        for part in chunks(sorted(frontier)):
            q = ",".join("?" * len(part))
            for sql in (
                f"SELECT a, b, reason FROM dup_edges WHERE a IN ({q}) OR b IN ({q})",
                f"SELECT a, b, 'allowed by an operator' FROM dup_rules WHERE rule='allow'"
                f" AND (a IN ({q}) OR b IN ({q}))",
            ):
                for a, b, reason in conn.execute(sql, part + part):
                    edges.setdefault((a, b), reason)
                    nxt.update(x for x in (a, b) if x not in seen)
        seen |= nxt
        frontier = nxt
    return seen, [(a, b, r) for (a, b), r in edges.items()]


def _rules_within(
    conn: sqlite3.Connection, ids: set[str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    allows: list[tuple[str, str]] = []
    blocks: list[tuple[str, str]] = []
    for part in chunks(sorted(ids)):
        q = ",".join("?" * len(part))
        for a, b, rule in conn.execute(f"SELECT a, b, rule FROM dup_rules WHERE a IN ({q})", part):
            if b in ids:
                (allows if rule == "allow" else blocks).append((a, b))
    return allows, blocks


def recluster(conn: sqlite3.Connection, seeds: Iterable[str]) -> int:
    """Recompute the clusters around ``seeds`` (old and new); return the records rewritten."""
    seeds = set(seeds)
    for part in chunks(sorted(seeds)):
        q = ",".join("?" * len(part))
        cids = [
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT cluster_id FROM dup_clusters WHERE record_id IN ({q})", part
            )
        ]
        for cpart in chunks(cids):
            cq = ",".join("?" * len(cpart))
            seeds.update(
                r[0]
                for r in conn.execute(
                    f"SELECT record_id FROM dup_clusters WHERE cluster_id IN ({cq})", cpart
                )
            )
    ids, edges = _component(conn, seeds)
    allows, blocks = _rules_within(conn, ids)
    clusters = dup.build_clusters(
        [e for e in edges if e[2] != "allowed by an operator"],
        allows,
        blocks,
        *gates.cluster_fields(conn, sorted(ids)),
    )
    for part in chunks(sorted(ids)):
        q = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM dup_clusters WHERE record_id IN ({q})", part)
    conn.executemany("INSERT OR REPLACE INTO dup_clusters VALUES (?,?)", sorted(clusters.items()))
    return len(ids)


def _update_duplicates(
    conn: sqlite3.Connection,
    live: dict[str, dict[str, Any]],
    gone: list[str],
    vocabulary: Any = None,
) -> int:
    """Incremental step 3 of the module docstring; returns the records reclustered."""
    from matching.full import TITLES_STATE

    changed = sorted(set(live) | set(gone))
    counts = _drop_dup_data(conn, changed)  # what the old versions said, taken off
    # a store of one node whose title features wait for a second node's records (before
    # those come, update_after_run runs a full recompute instead): identifier keys only
    titles = get_state(conn, TITLES_STATE) != "deferred"
    feats = write_dup_data(conn, live.values(), vocabulary, titles)
    for f in feats:
        if f.titles:
            counts.update(f.known)
            counts[""] += 1
    add_word_counts(conn, counts)
    loaded = {f.id: f for f in feats}
    with dup.store_frequencies(*read_word_counts(conn)):
        edges = [e for f in feats for e in _edges_of(conn, f, loaded)]
    # the first reason found for a pair is kept, as the full recompute keeps it: a record's
    # identifier edges come before its title edges ("same ISBN", not "similar subject")
    conn.executemany("INSERT OR IGNORE INTO dup_edges VALUES (?,?,?)", edges)
    return recluster(conn, set(changed) | {x for e in edges for x in e[:2]})


# ---- entry points ------------------------------------------------------------------------------
def _changes(
    store: Any, since_seq: int, limit: int
) -> tuple[dict[str, dict[str, Any]], list[str], int]:
    """The first ``limit`` changes after ``since_seq``: live records, deleted ids, last seq."""
    live: dict[str, dict[str, Any]] = {}
    gone: list[str] = []
    last = since_seq
    for n, ch in enumerate(store.records.changes_since(since_seq, batch=min(limit, 5000)), 1):
        last = max(last, ch.seq)
        if ch.deleted:
            gone.append(ch.id)
            live.pop(ch.id, None)
        else:
            live[ch.id] = json.loads(ch.json)
        if n >= limit:
            break
    return live, gone, last


def update_after_run(
    store: Any, vocabulary: Any, since_seq: int, here: bool = False
) -> UpdateSummary:
    """Update matches, clusters and links for the records changed after ``since_seq``.

    Args:
        store: the :class:`store.Store`.
        vocabulary: the loaded :class:`vocabulary.Vocabulary`, or None (matching then uses
            the records' stored concepts, or their subjects, and exact concepts only).
        since_seq: the store's ``max_seq()`` before the run.
        here: in this process whatever the number of changes (the child of
            :func:`matching.apart.update_apart` itself).

    Returns:
        An :class:`UpdateSummary`. Each chunk is one transaction that also records how far it
        got, so a crash loses nothing: the next update goes on from there.

    Like an index backend, matching remembers the last sequence it applied and starts from
    there: an update that was missed (or crashed) is caught up, one that another run's update
    already covered (concurrent runs) is not done twice, and a store never matched before gets
    a full recompute (in a process of its own when large: :mod:`matching.apart`). A big run
    is applied ``UPDATE_CHUNK`` changes per transaction, so the store's write lock is never
    held for long: other runs commit their pages in between.
    """
    started = time.perf_counter()
    conn = store.conn
    ensure_schema(conn)
    if get_state(conn, "last_seq") is None and store.records.max_seq() > since_seq:
        from matching.apart import recompute_first  # a process of its own when large

        return recompute_first(store, vocabulary)
    from matching.full import titles_deferred

    if titles_deferred(conn):  # a second node met a one-node store's deferred title features
        from matching.apart import recompute_first

        return recompute_first(store, vocabulary)
    if not here:
        from matching import apart

        applied = get_state(conn, "last_seq")  # where the loop below would start
        last = store.records.max_seq()
        start = int(applied) if applied is not None and int(applied) <= last else since_seq
        if apart.wanted(store, vocabulary, start, apart.UPDATE_APART_MIN):
            return apart.update_apart(store, vocabulary, since_seq, update_after_run)
    with store.transaction():
        migrate(conn)  # a store made before this layout of the duplicate tables
    summary = UpdateSummary(last_seq=since_seq)
    while True:
        with store.transaction():
            # Read inside the transaction: runs that ended meanwhile (the scheduler runs
            # several at once) have been applied by their own updates, and every update
            # applies everything up to the store's last change, so the matching state's
            # own sequence is where to start; ``since_seq`` only for a state from another
            # store.
            applied = get_state(conn, "last_seq")
            if applied is not None and int(applied) <= store.records.max_seq():
                since_seq = int(applied)
            live, gone, last = _changes(store, since_seq, UPDATE_CHUNK)
            changed = len(live) + len(gone)
            if changed:
                matched, touched = _update_matching(conn, live, gone, vocabulary)
                summary.clusters_touched += _update_duplicates(conn, live, gone, vocabulary)
                summary.matched += matched
                summary.lists_touched += touched
                summary.changed += changed
                set_state(conn, "last_seq", str(last))
            summary.last_seq = last
        if changed < UPDATE_CHUNK:
            break
    if summary.changed >= UPDATE_CHUNK:  # several transactions: a log of their pages
        truncate_wal(conn)
    summary.seconds = round(time.perf_counter() - started, 3)
    log.info("matching update: %s", summary.to_dict())
    return summary


def recompute_all(store: Any, vocabulary: Any, workers: int = 1) -> UpdateSummary:
    """Rebuild every matching, cluster and link table from the records (``chm match
    recompute``). The operators' allow and block lists are kept and applied."""
    from matching.full import recompute

    return recompute(store, vocabulary, workers=workers)
