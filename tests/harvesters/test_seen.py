"""The compact set of listed ids (harvesters/seen.py) against Python's own set."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from harvesters.seen import SeenIds

ids = st.text(min_size=0, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ids, max_size=40), max_size=30), st.lists(ids, max_size=20))
def test_behaves_as_a_set_of_strings(batches: list[list[str]], probes: list[str]) -> None:
    seen, expected = SeenIds(), set[str]()
    for batch in batches:
        new = len(set(batch) - expected)
        assert seen.add(batch) == new
        expected.update(batch)
        assert len(seen) == len(expected)
        assert seen.has_all(batch)
    for probe in probes + [b[0] for b in batches if b]:
        assert (probe in seen) == (probe in expected)
    assert seen.has_all(probes) == expected.issuperset(probes)
    assert seen.has_all([])
    assert seen.missing(probes) == [p for p in probes if p not in expected]
    assert seen.missing([]) == []


def test_a_large_listing_takes_eight_bytes_per_id() -> None:
    seen = SeenIds()
    for page in range(200):
        page_ids = [f"oai:example.org:{page * 500 + i}" for i in range(500)]
        assert seen.add(page_ids + page_ids[:10]) == 500  # repeats within a page count once
    assert len(seen) == 100_000
    assert seen.nbytes == 8 * 100_000
    assert "oai:example.org:99999" in seen
    assert "oai:example.org:100000" not in seen
    assert seen.add(["oai:example.org:0", "oai:example.org:100000"]) == 1
    assert not seen.has_all(["oai:example.org:5", "oai:example.org:100001"])
