"""The cheaper forms of matching's per-record and per-pair work against their first forms.

Each reference below is the function as it was written before it was made cheaper (kept
here, verbatim in behaviour, as the oracle); hypothesis feeds both the same inputs:

- :func:`matching.features.support_from_text` (one pattern for every kind, was one per kind)
  and :func:`matching.features.support_types` (a tier read only when the ones before it
  named nothing; the "Type of support" line looked for only when the text can hold it);
- :func:`matching.match._candidates` (one path over ``MatchIndex.topic_lists``, was a branch
  for the in-memory lists and a branch building a posting key per place), on the in-memory
  index and on the SQLite one (``mx_postings``).
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
    SUPPORT_CONCEPTS,
    SUPPORT_TYPES,
    Features,
    _texts,
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
