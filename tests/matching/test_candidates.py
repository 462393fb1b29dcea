"""Candidate generation against the exhaustive scorer, on random needs, offers and hierarchies.

Two properties, on random concept hierarchies (several parents, depth up to five), random
eligibility (countries, groups, regions, open to all, unstated) and random topics (thesaurus
concepts and ``kw:`` keys):

- the posting lists never lose a pair the exhaustive scorer keeps, while no candidate cut-off
  binds (fewer records of the other role than the first stage wants);
- :func:`matching.match.top_matches` (what the full recompute runs: candidates visited by
  their non-topic parts, the rest left once they cannot reach the k-th score) returns the
  explained top ``k`` of :func:`matching.match.find_matches` exactly, with cut-offs binding
  or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import matching.match as mm
from matching.features import VOCAB, Features
from matching.full import MemoryMatchIndex
from matching.match import Hierarchy, _candidates, _score, find_matches, rank, top_matches

_COUNTRIES = ["GH", "SN", "FR", "BR", "KE"]
_GROUPS = ["g:ldc", "g:sids"]
_REGIONS = ["region/west", "region/africa", "region/europe"]


@dataclass
class _Concept:
    broader: list[str] = field(default_factory=list)
    narrower: list[str] = field(default_factory=list)


@dataclass
class _Vocabulary:
    concepts: dict[str, _Concept]


@st.composite
def _hierarchy(draw: Any) -> _Vocabulary:
    """Concepts c0..cN; each but the first few has one to two broader concepts among the
    earlier ones (so no cycles), giving tops, deep chains and several parents."""
    n = draw(st.integers(3, 14))
    concepts = {f"{VOCAB}topic/c{i}": _Concept() for i in range(n)}
    uris = list(concepts)
    tops = draw(st.integers(1, 2))
    for i in range(tops, n):
        parents = draw(st.lists(st.integers(0, i - 1), min_size=1, max_size=2, unique=True))
        for p in parents:
            concepts[uris[i]].broader.append(uris[p])
            concepts[uris[p]].narrower.append(uris[i])
    return _Vocabulary(concepts)


@st.composite
def _features(draw: Any, rid: str, uris: list[str]) -> Features:
    role = draw(st.sampled_from(["need", "offer"]))
    topics = draw(st.lists(st.sampled_from([*uris, "kw:soil", "kw:water"]), min_size=1, max_size=4))
    topics = list(dict.fromkeys(topics))
    weak = [t for t in topics if draw(st.booleans()) and draw(st.booleans())]
    countries = draw(st.lists(st.sampled_from(_COUNTRIES), max_size=2, unique=True))
    regions = [VOCAB + r for r in draw(st.lists(st.sampled_from(_REGIONS), max_size=2))]
    support = draw(
        st.lists(st.sampled_from(["funding", "training", "expertise"]), max_size=2, unique=True)
    )
    common: dict[str, Any] = {
        "id": rid,
        "node": draw(st.sampled_from(["n1", "n2"])),
        "topics": tuple(topics),
        "weak": tuple(weak),
        "support": tuple(support),
        "countries": tuple(countries),
        "regions": tuple(dict.fromkeys(regions)),
        "languages": tuple(draw(st.lists(st.sampled_from(["en", "fr"]), max_size=2, unique=True))),
        "year": draw(st.one_of(st.none(), st.integers(2015, 2025))),
    }
    if role == "need":
        places = {
            cc: draw(st.lists(st.sampled_from([*_GROUPS, *("r:" + r for r in _REGIONS)])))
            for cc in countries
        }
        return Features(type="need", role="need", extra={"places": places}, **common)
    kind = draw(st.sampled_from(["support-source", "project"]))
    units: tuple[str, ...] = ()
    eligible: tuple[str, ...] = ()
    if draw(st.booleans()):
        named = draw(
            st.lists(
                st.sampled_from(
                    [
                        *(f"c:{c}" for c in _COUNTRIES),
                        *_GROUPS,
                        *("r:" + r for r in _REGIONS),
                        "g:ldc&r:region/africa",
                        "all",
                    ]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        units = tuple(named)
        eligible = (
            ("all",)
            if "all" in units
            else tuple(
                draw(st.lists(st.sampled_from(_COUNTRIES), min_size=1, max_size=4, unique=True))
            )
        )
    return Features(type=kind, role="offer", units=units, eligible=eligible, **common)


@st.composite
def _world(draw: Any, most: int) -> tuple[_Vocabulary, dict[str, Features]]:
    vocab = draw(_hierarchy())
    uris = list(vocab.concepts)
    n = draw(st.integers(2, most))
    feats = [draw(_features(f"r{i:03d}", uris)) for i in range(n)]
    return vocab, {f.id: f for f in feats}


def _exhaustive(f: Features, feats: dict[str, Features], hier: Hierarchy) -> set[str]:
    """Every record of the other role the scorer keeps a pair with."""
    out = set()
    for o in feats.values():
        if o.role == f.role:
            continue
        need, offer = (f, o) if f.role == "need" else (o, f)
        if _score(need, offer, hier) is not None:
            out.add(o.id)
    return out


def _rows(matches: list[mm.Match]) -> list[tuple[str, float, dict[str, Any]]]:
    return [(m.id, m.score, m.why) for m in matches]


@settings(max_examples=60, deadline=None)
@given(world=_world(most=24))
def test_candidates_never_drop_a_pair_the_exhaustive_scorer_keeps(
    world: tuple[_Vocabulary, dict[str, Features]],
) -> None:
    vocab, feats = world
    hier = Hierarchy(vocab)
    index = MemoryMatchIndex(feats)
    for f in feats.values():
        kept = _exhaustive(f, feats, hier)
        assert kept <= set(_candidates(f, index, hier, want=mm.TOP_K * 3))
        # and the full recompute's list is the exhaustive ranking's best k
        assert _rows(top_matches(f, index, hier)) == _rows(
            rank(f, [o for o in feats.values() if o.role != f.role], hier)
        )


@pytest.mark.parametrize("per_key", [2, mm.PER_KEY])
@settings(max_examples=40, deadline=None)
@given(world=_world(most=40), k=st.sampled_from([1, 3, mm.TOP_K]))
def test_top_matches_equal_the_first_list_of_find_matches(
    world: tuple[_Vocabulary, dict[str, Features]], k: int, per_key: int
) -> None:
    vocab, feats = world
    hier = Hierarchy(vocab)
    index = MemoryMatchIndex(feats)
    old = mm.PER_KEY
    mm.PER_KEY = per_key  # 2: posting lists cut (the cut-offs bind)
    try:
        for f in feats.values():
            top, _ = find_matches(f, index, hier, k=k)
            assert _rows(top_matches(f, index, hier, k=k)) == _rows(top)
    finally:
        mm.PER_KEY = old
