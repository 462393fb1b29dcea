"""The benchmark feed split over several nodes (``bench/_feed.py --nodes``) and the
configuration ``bench/bench_memory.py --nodes`` registers them with."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import _feed
from bench.bench_memory import config, node_ids


@settings(max_examples=60, deadline=None)
@given(
    pool=st.integers(1, 400),
    copies=st.integers(1, 12),
    extra=st.integers(0, 399),
    nodes=st.integers(1, 9),
    shared=st.sampled_from([0.0, 0.05, 0.3, 1.0]),
)
def test_node_of_splits_the_copies(
    pool: int, copies: int, extra: int, nodes: int, shared: float
) -> None:
    """Every record has one node; a body's copies stay in one node unless it is shared,
    and a shared body's copies go round the nodes (``min(copies, nodes)`` of them)."""
    count = pool * copies + extra % pool
    where: dict[int, list[int]] = defaultdict(list)
    sizes = [0] * nodes
    for i in range(count):
        j = _feed.node_of(i, pool, nodes, shared)
        assert 0 <= j < nodes
        where[i % pool].append(j)
        sizes[j] += 1
    for body, got in where.items():
        if _feed.is_shared(body, shared):
            assert len(set(got)) == min(len(got), nodes)
            assert all(b == (a + 1) % nodes for a, b in itertools.pairwise(got))
        else:
            assert len(set(got)) == 1
    if shared == 0.0 and extra == 0:  # whole copies of the pool: the homes' shares of it
        per = [sum(1 for b in range(pool) if b * nodes // pool == j) for j in range(nodes)]
        assert sizes == [p * copies for p in per]


def test_shared_fraction() -> None:
    """About the fraction asked for of the bodies is shared."""
    for shared in (0.0, 0.05, 0.2):
        n = sum(_feed.is_shared(b, shared) for b in range(100_000))
        assert abs(n - shared * 100_000) <= 100_000 * 0.005


def _identifiers(feed: _feed.Feed, path: str) -> list[int]:
    """The record numbers a node lists, page after page through its resumption tokens."""
    out: list[int] = []
    token = ""
    while True:
        params = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
        if token:
            params["resumptionToken"] = token
        status, _, body = feed.respond(path, params)
        assert status == 200
        out += [int(x) for x in re.findall(r"<identifier>oai:bench:(\d+)</identifier>", body)]
        token = re.search(r'cursor="\d+">([^<]*)</resumptionToken>', body).group(1)  # type: ignore[union-attr]
        if not token:
            return out


def test_feed_serves_each_node_its_records() -> None:
    """Each node's path lists its own records in order, together every record once; the
    one-node feed (no ``--nodes``) lists them all at ``/oai``, and no node path."""
    feed = _feed.Feed("oai", 700, page_size=60, nodes=3, shared=0.2)
    lists = [_identifiers(feed, f"/oai/{j}") for j in range(3)]
    assert sorted(x for got in lists for x in got) == list(range(700))
    for j, got in enumerate(lists):
        assert got == sorted(got)
        assert all(_feed.node_of(i, 700, 3, 0.2) == j for i in got)
    assert feed.respond("/oai/3", {"verb": "ListRecords"})[0] == 404
    assert feed.respond("/oai", {"verb": "ListRecords"})[0] == 404
    one = _feed.Feed("oai", 130, page_size=60)
    assert _identifiers(one, "/oai") == list(range(130))
    assert one.respond("/oai/0", {"verb": "ListRecords"})[0] == 404


def test_feed_refuses_nodes_it_cannot_split() -> None:
    with pytest.raises(ValueError, match="--nodes"):
        _feed.Feed("ckan", 10, 10, nodes=2)
    with pytest.raises(ValueError, match="--shared"):
        _feed.Feed("oai", 10, 10, nodes=2, shared=1.5)


def test_config_registers_the_nodes(tmp_path: Path) -> None:
    """One node as before the option; K nodes on the feed's paths, harvested by their ids."""
    one = tomllib.loads(config(tmp_path / "a", "http://127.0.0.1:1/oai", None, None).read_text())
    assert [(n["id"], n["url"]) for n in one["nodes"]] == [("bench", "http://127.0.0.1:1/oai")]
    cfg = config(tmp_path / "b", "http://127.0.0.1:1/oai", None, None, True, nodes=3)
    many = tomllib.loads(cfg.read_text())
    assert [(n["id"], n["url"]) for n in many["nodes"]] == [
        (f"bench-{j + 1}", f"http://127.0.0.1:1/oai/{j}") for j in range(3)
    ]
    assert node_ids(3) == [n["id"] for n in many["nodes"]]
    assert many["matching"]["incremental"] is True
