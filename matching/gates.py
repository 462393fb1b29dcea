"""The first refusals of :func:`matching.duplicates.title_match`, as short rows.

Two records are compared by their titles only when both come from other nodes, have the same
type, the same year (or one is undated), the same country field when both have one, and a
place in common when both name places: ``title_match`` refuses every other pair before it
looks at a word. A record's **gate row** ``(id, node, type, year, gate)`` holds what those
tests read, ``gate`` being the country field and the places in one short text, so the full
recompute (:mod:`matching.full`, title buckets) and the update after a run
(:mod:`matching.update`, a changed record's title candidates) refuse such pairs from rows of
the ``dup_gates`` table or of a bucket, before reading and decoding the features
(``dup_features``, ~3 KB of JSON each). Every pair refused here is one ``title_match``
refuses (tested on every labelled duplicate set), so the edges found are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from matching.duplicates import DupFeatures

_SEP = "\x1f"


def gate(d: DupFeatures) -> str:
    """The country field (in its order) and the places (sorted) of ``d``, in one text."""
    return _SEP.join(d.countries) + "|" + _SEP.join(sorted(d.places))


def row(d: DupFeatures) -> tuple[str, str, str, int | None, str]:
    """``d``'s gate row."""
    return (d.id, d.node, d.type, d.year, gate(d))


def opened(g: str) -> tuple[str, frozenset[str]]:
    """A gate read back: the country field as written, and the places."""
    countries, _, places = g.partition("|")
    return countries, frozenset(places.split(_SEP)) if places else frozenset()


def country_field(g: str) -> frozenset[str]:
    """The country field of a gate, as a set (empty when the record has none)."""
    countries = g.partition("|")[0]
    return frozenset(countries.split(_SEP)) if countries else frozenset()


def may_match(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """Whether ``title_match`` could join the records of two gate rows (symmetric)."""
    return may_match_with(a)(b)


def may_match_with(mine: Sequence[Any]) -> Callable[[Sequence[Any]], bool]:
    """:func:`may_match` against the gate row ``mine``, its gate opened once: the test of the
    many candidates of one changed record (:mod:`matching.update`)."""
    _, node, type_, year, g = mine
    ca, pa = opened(g)

    def may(b: Sequence[Any]) -> bool:
        if b[1] == node or b[2] != type_ or (year is not None and b[3] not in (None, year)):
            return False
        cb, pb = opened(b[4])
        return not ((ca and cb and ca != cb) or (pa and pb and pa.isdisjoint(pb)))

    return may


def bucket_pairs(members: Sequence[Sequence[Any]]) -> list[tuple[Any, Any]]:
    """The pairs of a title bucket's gate rows (in scan order) that :func:`may_match`, each
    pair in scan order, as the rows' first items (the record ids, or any other key)."""
    by_type: dict[str, list[tuple[Any, str, Any, str, frozenset[str]]]] = {}
    for m in members:
        by_type.setdefault(m[2], []).append((m[0], m[1], m[3], *opened(m[4])))
    out: list[tuple[str, str]] = []
    for group in by_type.values():
        if len(group) < 2:
            continue
        for i, (a, na, ya, ca, pa) in enumerate(group):
            for b, nb, yb, cb, pb in group[i + 1 :]:
                if na == nb or (ya is not None and yb is not None and ya != yb):
                    continue
                if (ca and cb and ca != cb) or (pa and pb and pa.isdisjoint(pb)):
                    continue
                out.append((a, b))
    return out


def fields_of(
    rows: Iterable[tuple[str, str, int | None]],
) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    """From ``(record id, gate, year)`` rows of ``dup_gates``: record id -> its country field
    and record id -> its year, for the records that have one (what clusters are kept apart
    by: :class:`matching.duplicates.Components`)."""
    countries: dict[str, frozenset[str]] = {}
    years: dict[str, int] = {}
    for rid, g, year in rows:
        field = country_field(g)
        if field:
            countries[rid] = field
        if year is not None:
            years[rid] = year
    return countries, years


def cluster_fields(
    conn: Any, ids: Sequence[str]
) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    """:func:`fields_of` the ``dup_gates`` rows of ``ids``."""
    rows: list[tuple[str, str, int | None]] = []
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        q = ",".join("?" * len(part))
        rows += conn.execute(
            f"SELECT record_id, gate, year FROM dup_gates WHERE record_id IN ({q})", part
        )
    return fields_of(rows)
