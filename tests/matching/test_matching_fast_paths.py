"""The cheaper forms of matching's per-record and per-pair work against their first forms.

Each reference below is the function as it was written before it was made cheaper (kept
here, verbatim in behaviour, as the oracle); hypothesis feeds both the same inputs:

- :func:`matching.features.support_from_text` (one pattern for every kind, was one per kind)
  and :func:`matching.features.support_types` (a tier read only when the ones before it
  named nothing; the "Type of support" line looked for only when the text can hold it);
- :func:`matching.match._candidates` (one path over ``MatchIndex.topic_lists``, was a branch
  for the in-memory lists and a branch building a posting key per place; its shortlist
  sorted in C, was ``heapq.nlargest``), on the in-memory index and on the SQLite one
  (``mx_postings``);
- :func:`matching.match._topic_of` (a need topic meeting one offer topic takes it without a
  loop over the offer's topics; an offer all of whose topics relate has coverage 1 without
  summing them);
- :func:`matching.features._topics` (which concepts are topics, kept by URI, was worked out
  on each record).
"""

from __future__ import annotations

import heapq
import re
import sqlite3
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import matching.match as mm
from mappings.normalise import fold
from matching.features import (
    GENERIC_CONCEPTS,
    SUPPORT_CONCEPTS,
    SUPPORT_TYPES,
    VOCAB,
    Features,
    _texts,
    _topics,
    short,
    support_from_text,
    support_types,
)
from matching.full import MemoryMatchIndex
from matching.match import ANY_PLACE, Hierarchy, _candidates, expanded_topics, index_keys
from matching.store import SqliteMatchIndex, ensure_schema, year_key
from tests.matching.test_candidates import _Vocabulary, _world

# ---- support types --------------------------------------------------------------------------

_WORDS: dict[str, tuple[str, ...]] = {
    "training": ("training", "formation", "capacitacion", "workshop", "atelier", "taller"),
    "funding": ("funding", "financ", "grant", "subvention", "subvencion", "loan"),
    "expertise": (
        "expertise", "expert", "technical support", "technical expertise", "appui technique",
        "assistance technique", "apoyo tecnico", "asistencia tecnica", "asesoria",
    ),
    "equipment": ("equipment", "equipement", "equipo", "materiel"),
}  # fmt: skip
_WORD_RE = {
    kind: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")")
    for kind, words in _WORDS.items()
}
_SUPPORT_LINE = re.compile(
    r"(?:type of support|type d.appui|tipo de apoyo)\s*:\s*(.+)", re.IGNORECASE
)


def _support_from_text_reference(text: str) -> set[str]:
    folded = fold(text)
    return {kind for kind, rx in _WORD_RE.items() if rx.search(folded)}


def _support_types_reference(rec: dict[str, Any], stated_only: bool = False) -> tuple[str, ...]:
    titles = " . ".join(_texts(rec.get("title")))
    descriptions = "\n".join(_texts(rec.get("description")))
    tiers: list[set[str]] = [_support_from_text_reference(titles)]
    line = _SUPPORT_LINE.search(descriptions)
    tiers.append(_support_from_text_reference(line.group(1)) if line else set())
    from_concepts = {
        SUPPORT_CONCEPTS[short(c)]
        for c in rec.get("concepts") or ()
        if short(c) in SUPPORT_CONCEPTS
    }
    tiers.append(
        from_concepts | _support_from_text_reference(" . ".join(rec.get("subjects") or ()))
    )
    tiers.append(_support_from_text_reference(descriptions))
    for tier in tiers[:2] if stated_only else tiers:
        if tier:
            return tuple(k for k in SUPPORT_TYPES if k in tier)
    return ()


_PIECES = st.sampled_from(
    [
        *(w for words in _WORDS.values() for w in words),
        "Technical", "SUPPORT", "Équipement", "Matériel", "capacitación", "asesoría",
        "Type of support:", "type d'appui :", "TIPO DE APOYO:", "Type d’appui: ", "TİPO DE APOYO:",
        "tıpo de apoyo:", "typeof", "ſupport", "expertises", "financial", "grants", "loans",
        "of", "the", "de", "-", ".", ". ", "\n", ":", " ", "é", "x",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=14).map(" ".join)
_JOINED = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=14).map("".join)


@settings(max_examples=400)
@given(st.one_of(_TEXT, _JOINED))
def test_support_from_text_as_the_reference(text: str) -> None:
    assert support_from_text(text) == _support_from_text_reference(text)


_LANG_TEXTS = st.dictionaries(st.sampled_from(["en", "fr", "es", ""]), st.one_of(_TEXT, _JOINED))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_LANG_TEXTS,
    description=_LANG_TEXTS,
    subjects=st.lists(st.one_of(_TEXT, _PIECES), max_size=3),
    concepts=st.lists(
        st.sampled_from(
            [f"https://vocab.chm.example.org/{c}" for c in SUPPORT_CONCEPTS]
            + ["https://vocab.chm.example.org/topic/mercury", "topic/grants"]
        ),
        max_size=3,
    ),
    stated_only=st.booleans(),
)
def test_support_types_as_the_reference(
    title: dict[str, str],
    description: dict[str, str],
    subjects: list[str],
    concepts: list[str],
    stated_only: bool,
) -> None:
    rec = {"title": title, "description": description, "subjects": subjects, "concepts": concepts}
    assert support_types(rec, stated_only) == _support_types_reference(rec, stated_only)


# ---- candidates -----------------------------------------------------------------------------


def _candidates_reference(f: Features, index: Any, hier: Hierarchy, want: int) -> list[str]:
    """``_candidates`` before it became one path (both of its branches)."""
    other = "offer" if f.role == "need" else "need"
    topics = expanded_topics(f, hier)
    own = mm.place_keys(f)
    places = [*own, ANY_PLACE] if own != [ANY_PLACE] else ["*"]
    own_topics = frozenset(f.topics)
    hits: dict[str, float] = {}
    get = hits.get
    by_topic = getattr(index, "by_topic", None)
    for stage in (places, ["*"]):
        if by_topic is None:
            for t in topics:
                w = 1.0 if t in own_topics else 0.7
                for p in stage:
                    for oid in index.postings(f"{t}|{p}", other, mm.PER_KEY):
                        hits[oid] = get(oid, 0.0) + w
        else:
            for t in topics:
                lists = by_topic.get((t, other))
                if lists is None:
                    continue
                w = 1.0 if t in own_topics else 0.7
                for p in stage:
                    for oid in lists.get(p, ())[: mm.PER_KEY]:
                        hits[oid] = get(oid, 0.0) + w
        if len(hits) >= want or stage == ["*"]:
            break
    hits.pop(f.id, None)
    return heapq.nlargest(mm.SHORTLIST, hits, key=hits.__getitem__)


def _sqlite_index(feats: dict[str, Features]) -> SqliteMatchIndex:
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    conn.executemany(
        "INSERT OR IGNORE INTO mx_postings (key, role, year, record_id) VALUES (?,?,?,?)",
        [(k, f.role, year_key(f.year), f.id) for f in feats.values() for k in index_keys(f)],
    )
    return SqliteMatchIndex(conn)


@settings(max_examples=60, deadline=None)
@given(world=_world(most=30), per_key=st.sampled_from([2, mm.PER_KEY]))
def test_candidates_as_the_reference_on_both_indexes(
    world: tuple[_Vocabulary, dict[str, Features]], per_key: int
) -> None:
    vocab, feats = world
    hier = Hierarchy(vocab)
    memory, sql = MemoryMatchIndex(feats), _sqlite_index(feats)
    old = mm.PER_KEY
    mm.PER_KEY = per_key  # 2: the posting lists are cut
    try:
        for f in feats.values():
            for want in (1, mm.TOP_K * 3):
                expected = _candidates_reference(f, memory, hier, want)
                assert _candidates(f, memory, hier, want) == expected
                assert _candidates(f, sql, hier, want) == _candidates_reference(f, sql, hier, want)
    finally:
        mm.PER_KEY = old


# ---- topic score ----------------------------------------------------------------------------


def _topic_of_reference(np: Any, op: Any) -> tuple[float, list[str]]:
    """``_topic_of`` before its shortcuts."""
    offer_topics, offer_weighted = op.topics, op.weighted
    related: set[str] = set()
    got = 0.0
    shared: list[str] = []
    for t, w, forward, rel, anc in np.asked:
        hits = rel.intersection(offer_topics)
        if not hits:
            continue
        related |= hits
        best, best_o = 0.0, ""
        for o, _, damp in offer_weighted:
            if o in hits:
                r = forward.get(o, 0.0)
                if r * damp > best:
                    best, best_o = r * damp, o
        if best > 0:
            got += w * best
            shown = best_o if best_o == t or best_o in anc else t
            if shown not in shared:
                shared.append(shown)
    if not got:
        return 0.0, []
    coverage = sum(w for o, w, _ in offer_weighted if o in related) / op.total
    return 0.5 * got / np.total + 0.5 * coverage, shared


@settings(max_examples=80, deadline=None)
@given(world=_world(most=12))
def test_topic_of_as_the_reference(world: tuple[_Vocabulary, dict[str, Features]]) -> None:
    vocab, feats = world
    hier = Hierarchy(vocab)
    for a in feats.values():
        for b in feats.values():
            np_, op = hier.prep(a), hier.prep(b)  # any two records, whatever their roles
            got = mm._topic_of(np_, op)
            assert got == _topic_of_reference(np_, op)
            assert repr(got[0]) == repr(_topic_of_reference(np_, op)[0])  # the same float


# ---- topics of a record ---------------------------------------------------------------------


def _topics_reference(rec: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_topics`` (without a vocabulary) before the concepts' kinds were kept by URI."""
    concepts = [
        c
        for c in rec.get("concepts") or ()
        if short(c) not in SUPPORT_CONCEPTS
        and short(c) not in GENERIC_CONCEPTS
        and not short(c).startswith(("region/", "type/"))
    ]
    if concepts:
        weak = set(rec.get("concepts_inferred") or ())
        return tuple(dict.fromkeys(concepts)), tuple(c for c in concepts if c in weak)
    keys = [f"kw:{fold(s)}" for s in rec.get("subjects") or () if fold(s)]
    return tuple(dict.fromkeys(keys)), ()


_CONCEPT_IDS = [
    *SUPPORT_CONCEPTS, *GENERIC_CONCEPTS, "topic/mercury", "topic/soil", "region/africa",
    "type/need", "regional", "typed/x", "topic/training-x",
]  # fmt: skip


@settings(max_examples=300)
@given(
    concepts=st.lists(
        st.one_of(
            st.sampled_from([VOCAB + c for c in _CONCEPT_IDS] + _CONCEPT_IDS),
            st.text(max_size=12),
        ),
        max_size=6,
    ),
    inferred=st.lists(st.sampled_from([VOCAB + c for c in _CONCEPT_IDS]), max_size=4),
    subjects=st.lists(st.text(max_size=8), max_size=3),
)
def test_topics_as_the_reference(
    concepts: list[str], inferred: list[str], subjects: list[str]
) -> None:
    rec = {"concepts": concepts, "concepts_inferred": inferred, "subjects": subjects}
    for _ in range(2):  # the kinds worked out, then read back
        assert _topics(rec, None) == _topics_reference(rec)


# ---- rounding of the explanation's parts ------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.floats(allow_nan=False, allow_infinity=False, width=64), max_size=20))
def test_remembered_rounding_as_round(values: list[float]) -> None:
    """``_ROUND3`` answers ``round(v, 3)`` whatever it remembers (asked twice: the second
    answer is the remembered one), ``-0.0`` included."""
    for v in [*values, -0.0, 0.0, 0.85, 1.0 - 0.15 * 3, *values]:
        got = mm._ROUND3[v]
        assert repr(got) == repr(round(v, 3))


# ---- identifier keys ------------------------------------------------------------------------

_IDENTIFIER = st.sampled_from(
    [
        "https://doi.org/10.5555/ABC", "10.5555/abc", "ISBN 0-306-40615-2", "PRJ-SN-2015-0042",
        "gef:10523", "http://www.Example.org/a/", "https://example.org/a", "urn:x:1", "ab", "",
    ]
) | st.text(max_size=30)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(identifiers=st.lists(_IDENTIFIER, max_size=6), url=st.none() | _IDENTIFIER)
def test_identifier_keys_as_normalising_every_value(identifiers: list[str], url: Any) -> None:
    """``identifier_keys`` normalises each distinct value once: the keys of normalising every
    value (repeats included) in order, each kept once."""
    from matching.duplicates import identifier_keys, normalise_identifier

    values = [*identifiers, url or ""]
    expected = list(dict.fromkeys(k for k in map(normalise_identifier, values) if k))
    assert identifier_keys({"identifiers": identifiers, "url": url}) == expected
