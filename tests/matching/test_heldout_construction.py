"""The held-out duplicate sets as written (tests/matching/duplicates_heldout{n}.py): every
record builds and enriches like a harvested one, the labels name records of the set, no pair
is labelled twice, ``SAME`` is closed under transitivity and names one type per item, and no
record identifier clashes with the assistance set the held-out sets are measured beside.

These tests check how a set is written, never what chm finds in it: they do not run the
duplicate detection, so a set can be checked before it is measured once (as a held-out set
must be).
"""

from __future__ import annotations

import importlib
from itertools import combinations
from types import ModuleType
from typing import Any

import pytest

from mappings.record import Record
from vocabulary.enrich import enrich

COUNTS = {
    9: (172, 48, 178),
    10: (184, 51, 193),
    11: (180, 50, 192),
    12: (183, 50, 206),
    13: (180, 50, 214),
    14: (180, 50, 210),
    15: (186, 50, 225),
    16: (170, 46, 195),
    17: (170, 46, 203),
    18: (146, 40, 158),
    19: (156, 46, 173),
    20: (146, 40, 158),
    21: (123, 40, 110),
    22: (113, 40, 95),
    23: (112, 40, 97),
}
"""Per set: records, ``SAME`` pairs, ``NEAR_MISSES`` pairs (as each file's docstrings say)."""


def _set(n: int) -> ModuleType:
    return importlib.import_module(f"tests.matching.duplicates_heldout{n}")


def _clusters(pairs: list[tuple[str, str]]) -> list[set[str]]:
    """The items the ``SAME`` pairs make (connected components)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(a)] = root(b)
    items: dict[str, set[str]] = {}
    for x in parent:
        items.setdefault(root(x), set()).add(x)
    return list(items.values())


@pytest.mark.parametrize("n", sorted(COUNTS))
def test_records_build_and_enrich(n: int, vocab: Any) -> None:
    recs = _set(n).RECORDS
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == COUNTS[n][0]
    for r in recs:
        assert r["id"] == f"{r['node']}:{r['source_id']}"
        assert list(r["title"]) == r["languages"] and r["title"][r["languages"][0]].strip()
        rec = enrich(Record.from_dict(r), vocab)
        assert rec.id == r["id"] and rec.title == r["title"]


@pytest.mark.parametrize("n", sorted(COUNTS))
def test_no_record_clashes_with_the_assistance_set(n: int) -> None:
    from tests.matching.assistance import records

    theirs = {r["id"] for r in records()}
    assert not theirs & {r["id"] for r in _set(n).RECORDS}


@pytest.mark.parametrize("n", sorted(COUNTS))
def test_labels_name_records_of_the_set_once(n: int) -> None:
    mod = _set(n)
    ids = {r["id"] for r in mod.RECORDS}
    same, near = list(mod.SAME), list(mod.NEAR_MISSES)
    assert (len(same), len(near)) == COUNTS[n][1:]
    labelled = [frozenset(p) for p in same + near]
    assert all(len(p) == 2 and p <= ids for p in labelled)  # no record with itself, none unknown
    assert len(set(labelled)) == len(labelled)  # no pair twice, nor in both lists


@pytest.mark.parametrize("n", sorted(COUNTS))
def test_same_is_closed_and_every_record_is_labelled(n: int) -> None:
    mod = _set(n)
    kind = {r["id"]: r["type"] for r in mod.RECORDS}
    same = {frozenset(p) for p in mod.SAME}
    for item in _clusters(list(mod.SAME)):
        assert {frozenset(p) for p in combinations(item, 2)} <= same, sorted(item)
        assert len({kind[x] for x in item}) == 1, sorted(item)
    in_a_pair = {x for p in [*mod.SAME, *mod.NEAR_MISSES] for x in p}
    assert in_a_pair == set(kind)
