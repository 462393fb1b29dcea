"""The ``concept`` keyword values of a record: its concepts and every broader one, in order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.base import indexed_concepts
from tests.index.generated import closure

# A random hierarchy over ten concepts: concept i may have broader concepts among 0..i-1,
# and sometimes a cycle back (a thesaurus can hold one).
_HIERARCHY = st.lists(st.lists(st.integers(0, 9), max_size=3), min_size=10, max_size=10)


def _reference(concepts: list[str], ancestors: object) -> list[str]:
    out: dict[str, None] = {}
    for uri in concepts:
        if uri:
            out[uri] = None
            out.update(dict.fromkeys(ancestors(uri)))  # type: ignore[operator]
    return list(out)


@given(_HIERARCHY, st.lists(st.sampled_from([f"c{i}" for i in range(10)] + [""]), max_size=12))
def test_every_ancestor_once_in_first_seen_order(
    broader: list[list[int]], concepts: list[str]
) -> None:
    closures = {f"c{i}": closure(broader, i) for i in range(10)}
    got = indexed_concepts(concepts, closures.__getitem__)
    assert got == _reference(concepts, closures.__getitem__)
    assert set(got) == set().union(*(closures[c] for c in concepts if c))


def test_without_a_vocabulary_concepts_as_tagged() -> None:
    assert indexed_concepts(["a", "", "b", "a"]) == ["a", "b"]
