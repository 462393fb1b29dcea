"""Incremental updates agree with a full recompute; deletions and edits propagate."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mappings.record import Record
from matching import cluster_of, links_for, matches_for
from matching.evaluate import demo_records
from matching.update import UPDATE_CHUNK, recompute_all, update_after_run
from store import Store
from tests.matching.helpers import rec

COUNTS = {"fr-chm": 300, "es-chm": 300, "gb-chm": 300}


def lists(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rid, other in store.conn.execute(
        "SELECT record_id, other_id FROM mx_matches ORDER BY record_id, score DESC, other_id"
    ):
        out.setdefault(rid, []).append(other)
    return out


def write(store: Store, records: list[Record], deleted: bool = False) -> None:
    store.records.write(((r.id, r.node, deleted, r.to_json()) for r in records), "2025-01-02")


@pytest.mark.parametrize("chunk", [None, 37])
def test_incremental_equals_full_for_changed_records(
    make_store: Callable[..., Store], vocab: Any, chunk: int | None, monkeypatch: Any
) -> None:
    if chunk:  # a big run, applied in several transactions
        import matching.update as update

        monkeypatch.setattr(update, "UPDATE_CHUNK", chunk)
    records = demo_records(vocab, COUNTS)
    first, second = records[::5], [r for i, r in enumerate(records) if i % 5]
    inc = make_store(second, "inc.sqlite")
    recompute_all(inc, vocab)
    since = inc.records.max_seq()
    write(inc, first)
    summary = update_after_run(inc, vocab, since)
    assert summary.changed == len(first) and summary.matched >= 1
    assert summary.lists_touched > 0  # new offers entered older needs' lists
    full = make_store(records, "full.sqlite")
    recompute_all(full, vocab)
    a, b = lists(inc), lists(full)
    changed = {r.id for r in first}

    def top5_overlap(ids: Any) -> float:
        shares = [len(set(a.get(k, [])[:5]) & set(b[k][:5])) / min(5, len(b[k])) for k in ids]
        return sum(shares) / len(shares)

    if chunk is None:
        assert {k: v for k, v in a.items() if k in changed} == {
            k: v for k, v in b.items() if k in changed
        }
    else:  # records of an earlier chunk were searched before the later ones were in: their
        # lists were patched by the later chunks, like older records' lists
        assert top5_overlap([k for k in b if k in changed]) > 0.9
    # older records' lists were patched, not searched again: nearly the same top 5
    assert top5_overlap(list(b)) > 0.9
    clusters = "SELECT record_id, cluster_id FROM dup_clusters ORDER BY record_id"
    assert inc.conn.execute(clusters).fetchall() == full.conn.execute(clusters).fetchall()


def test_no_changes_is_a_no_op(make_store: Callable[..., Store]) -> None:
    store = make_store([rec("n", concepts=["mercury"])])
    recompute_all(store, None)
    summary = update_after_run(store, None, store.records.max_seq())
    assert summary.changed == 0 and summary.matched == 0


def test_edit_and_delete_propagate(make_store: Callable[..., Store], vocab: Any) -> None:
    need = rec("n", concepts=["asgm"], countries=["SN"])
    offer = rec("o", "support-source", "n2", concepts=["mercury"], countries=["SN"],
                identifiers=["doi:10.5555/x"])  # fmt: skip
    other = rec("p", "project", "n3", concepts=["biosafety"], countries=["SN"],
                identifiers=["https://doi.org/10.5555/X"])  # fmt: skip
    store = make_store([need, offer])
    update_after_run(store, vocab, 0)
    assert [m["id"] for m in matches_for(store, need.id)["matches"]] == [offer.id]
    assert [m["id"] for m in matches_for(store, offer.id)["matches"]] == [need.id]
    since = store.records.max_seq()
    write(store, [other, need.with_changes(concepts=[c.replace("asgm", "biosafety")
                                                     for c in need.concepts])])  # fmt: skip
    update_after_run(store, vocab, since)
    assert [m["id"] for m in matches_for(store, need.id)["matches"]] == [other.id]
    assert matches_for(store, offer.id)["matches"] == []  # the old pair was rescored away
    assert [m["id"] for m in cluster_of(store, offer.id)["members"]] == [other.id]
    assert links_for(store, other.id)["groups"][0]["node"] == "n2"
    since = store.records.max_seq()
    write(store, [offer], deleted=True)
    update_after_run(store, vocab, since)
    assert cluster_of(store, other.id)["members"] == []
    assert links_for(store, other.id)["groups"] == []


def test_missed_update_is_caught_up(make_store: Callable[..., Store], vocab: Any) -> None:
    # two nodes from the start (a store of one defers its title features until a second
    # node's records come, and that update is a full recompute: test_full_one_node.py)
    store = make_store([rec("n", concepts=["mercury"], countries=["SN"]), rec("z", "other", "n4")])
    first = update_after_run(store, vocab, 0)
    assert first.full  # never matched before: a full recompute
    write(store, [rec("o1", "support-source", "n2", concepts=["mercury"])])
    missed = store.records.max_seq()  # this run's update never happened (crash)
    write(store, [rec("o2", "support-source", "n3", concepts=["mercury"])])
    summary = update_after_run(store, vocab, missed)
    assert summary.changed == 2 and not summary.full
    assert {m["id"] for m in matches_for(store, "n1:n")["matches"]} == {"n2:o1", "n3:o2"}


def test_a_title_shared_by_too_many_records_is_not_compared_in_either_path(
    make_store: Callable[..., Store],
) -> None:
    # 250 nodes each publish a "National implementation plan" of 2021: a title that common
    # says nothing (the full recompute skips buckets over TITLE_BUCKET_MAX, and so must the
    # update after a run), while one real pair across two nodes still clusters
    crowd = [
        rec("nip", "document", f"n{k}", title={"en": "National implementation plan"}, date="2021")
        for k in range(250)
    ]
    pair = [
        rec("a", "document", "n1", title={"en": "Guidance on mercury inventories"}, date="2020"),
        rec("b", "document", "n2", title={"en": "Guidance on Mercury Inventories"}, date="2020"),
    ]
    # a record of a third node from the start: a store of one node would defer its title
    # features, and the update that brings a second node would be a full recompute
    third = rec("z", "document", "n999", title={"en": "Wetland inventory of Lake Chad"})
    inc = make_store([*pair[:1], third], "inc.sqlite")
    recompute_all(inc, None)
    since = inc.records.max_seq()
    write(inc, crowd + pair[1:])
    summary = update_after_run(inc, None, since)
    assert summary.changed == 251 and not summary.full
    full = make_store([*crowd, *pair, third], "full.sqlite")
    recompute_all(full, None)
    clusters = "SELECT record_id, cluster_id FROM dup_clusters ORDER BY record_id"
    edges = "SELECT a, b FROM dup_edges ORDER BY a, b"
    assert inc.conn.execute(clusters).fetchall() == full.conn.execute(clusters).fetchall()
    assert inc.conn.execute(edges).fetchall() == full.conn.execute(edges).fetchall()
    assert [m["id"] for m in cluster_of(inc, "n1:a")["members"]] == ["n2:b"]
    assert cluster_of(inc, "n7:nip")["members"] == []


def test_the_features_read_during_an_update_may_be_forgotten_without_missing_a_pair(
    make_store: Callable[..., Store], monkeypatch: Any
) -> None:
    import matching.update as update
    from matching import duplicates as dup

    title = {"en": "Guidance on mercury inventories"}
    same = [rec(x, "document", f"n{i}", title=title, date="2020") for i, x in enumerate("abc")]
    store = make_store(same)
    recompute_all(store, None)
    feats = update._load_dup_features(store.conn, [r.id for r in same])
    a, b, c = (feats[r.id] for r in same)
    monkeypatch.setattr(update, "_LOADED_MAX", 0)  # what was read is forgotten at once
    loaded: dict[str, dup.DupFeatures] = {a.id: a, c.id: c}  # a read earlier, b not yet
    edges = update._edges_of(store.conn, c, loaded)
    assert sorted(e[:2] for e in edges) == [(a.id, c.id), (b.id, c.id)]


# ---- incremental == full recompute, row for row, on generated stores ----------------------------
_TOPICS = [
    "pesticides", "pesticide-residues", "mrl", "obsolete-pesticides", "paraquat", "arsenic",
    "organophosphates", "microplastics", "phthalates", "mercury", "kw-only",
]  # fmt: skip
_TITLES = ["Training on {}", "Funding for {}", "Equipment needed: {}", "Expertise in {}", "{}"]


@st.composite
def _record(draw: Any, rid: str) -> Record:
    kind = draw(st.sampled_from(["need", "need", "support-source", "project"]))
    topics = draw(st.lists(st.sampled_from(_TOPICS), min_size=1, max_size=3, unique=True))
    country = draw(st.sampled_from(["SN", "GH", "FR", "BR"]))
    words = " and ".join(t.replace("-", " ") for t in topics)
    desc = draw(st.sampled_from(["", "Eligible countries: Ghana, Senegal.", "Open to LDCs."]))
    concepts = [t for t in topics if t != "kw-only"]
    return rec(
        rid,
        type=kind,
        node=draw(st.sampled_from(["n1", "n2"])),
        title={"en": draw(st.sampled_from(_TITLES)).format(words)},
        description={"en": desc} if desc else {},
        concepts=concepts,
        subjects=[words] if not concepts else [],
        countries=[country],
        languages=[draw(st.sampled_from(["en", "fr"]))],
        date=f"{draw(st.integers(2015, 2025))}-01-01",
    )


@st.composite
def _history(draw: Any) -> tuple[list[Record], list[Record], list[Record]]:
    """(records before the run, records written by the run, ids deleted by the run), at
    most 24 records of each role in all: below every candidate cut-off (PER_KEY, SHORTLIST,
    the place-restricted first stage), where incremental and full must agree exactly."""
    n = draw(st.integers(1, 16))
    before = [draw(_record(f"r{i}")) for i in range(n)]
    new = [draw(_record(f"r{n + i}")) for i in range(draw(st.integers(0, 6)))]
    edited_ids = draw(st.lists(st.integers(0, n - 1), max_size=4, unique=True))
    edited = [draw(_record(f"r{i}")) for i in edited_ids]
    for e in edited:  # an edit keeps the record's node
        object.__setattr__(e, "node", next(r.node for r in before if r.source_id == e.source_id))
        object.__setattr__(e, "id", f"{e.node}:{e.source_id}")
    gone_ids = draw(st.lists(st.integers(0, n - 1), max_size=3, unique=True))
    gone = [r for i, r in enumerate(before) if i in gone_ids and i not in edited_ids]
    return before, new + edited, gone


def _rows(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute(
        "SELECT record_id, other_id, score, why FROM mx_matches ORDER BY record_id, other_id"
    ).fetchall()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=_history(), chunk=st.sampled_from([UPDATE_CHUNK, 2]))
def test_incremental_update_equals_a_full_recompute_row_for_row(
    vocab: Any, history: tuple[list[Record], list[Record], list[Record]], chunk: int
) -> None:
    import matching.update as update

    before, written, gone = history
    with tempfile.TemporaryDirectory() as tmp:
        inc = Store(Path(tmp) / "inc.sqlite")
        write(inc, before)
        recompute_all(inc, vocab)
        since = inc.records.max_seq()
        write(inc, written)
        write(inc, gone, deleted=True)
        old_chunk, update.UPDATE_CHUNK = update.UPDATE_CHUNK, chunk
        try:
            update_after_run(inc, vocab, since)
        finally:
            update.UPDATE_CHUNK = old_chunk
        final = {r.id: r for r in before}
        final.update((r.id, r) for r in written)
        for r in gone:
            final.pop(r.id)
        full = Store(Path(tmp) / "full.sqlite")
        write(full, list(final.values()))
        recompute_all(full, vocab)
        assert _rows(inc) == _rows(full)
        inc.close()
        full.close()
