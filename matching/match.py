"""Needs <-> offers: candidates from inverted indexes, a transparent score, an explanation.

Where it sits: :mod:`matching.features` -> **match** -> :mod:`matching.update` (stores the
top matches) -> API / CLI (:func:`matches_for` reads them back and explains them).

Candidates never come from a pairwise scan. Every need and offer is posted under keys
``<topic>|<place>`` (``topic/mercury|c:SN``, ``topic/mercury|r:region/western-africa``) and
``<topic>|*``; a need looks up the keys of its topics expanded through the thesaurus (its own
concepts, their broader concepts below the top level, their direct narrower concepts) crossed
with its places (so a need tagged "mercury in artisanal gold mining" in Senegal finds an offer
tagged "mercury" eligible in West Africa). Each posting list is read newest first and cut at
``PER_KEY``; the ``|*`` keys are read only when the place-restricted keys give too few.

Score (0..1), kept simple so the explanation is the truth::

    0.45 topic    + 0.25 place  + 0.15 support type + 0.05 language + 0.10 recency

- topic: share of the need's topics the offer covers (same concept 1, offer's concept broader
  0.8 per level, narrower 0.6; text-inferred topics weigh half, top-level ones half). A pair
  with no topic in common is never a match.
- place: a country in common 1, a region 0.8, an offer with no stated eligibility 0.5.
- support: a type in common 1; the need names none (or the offer names none) 0.6; the
  offer is funding 0.7 (it pays for any kind); else 0.
- language: one in common 1, unknown 0.5. recency: the offer is at most a year older than
  the need 1, then 0.15 less per year (unknown 0.5).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Protocol

from matching.features import Features, short
from vocabulary.eligibility import ALL

TOP_K = 10
"""Matches kept per record."""
PER_KEY = 60
"""Newest postings read per key when looking for candidates."""
SHORTLIST = 40
"""Candidates (best topic score first) that get the full score."""
WEIGHTS = {
    "topic": 0.40,
    "place": 0.25,
    "support": 0.15,
    "kind": 0.05,
    "language": 0.05,
    "recency": 0.10,
}
KIND = {"support-source": 1.0, "project": 0.6}
"""An offer of support answers a need more directly than a project's experience."""
ANY_PLACE = "*any"


class MatchIndex(Protocol):
    """Where candidates come from: the SQLite tables, or memory during a full recompute."""

    def postings(self, key: str, role: str, limit: int) -> list[str]:
        """Ids of ``role`` records posted under ``key``, newest first, at most ``limit``."""
        ...

    def features(self, ids: Iterable[str]) -> dict[str, Features]:
        """Features of the given records (missing ids are left out)."""
        ...

    def topic_lists(self, topic: str, role: str, limit: int) -> TopicLists | None:
        """The posting lists of ``topic`` for ``role`` by place (``c:GH``, ``*any``, ``*``:
        the lists of the keys ``<topic>|<place>``), each newest first with at least its
        first ``limit`` ids; None when no ``role`` record has the topic (answering a list
        for it anyway is allowed)."""
        ...


class TopicLists(Protocol):
    """Place -> posting list (what :meth:`MatchIndex.topic_lists` answers)."""

    def get(self, place: str, default: Sequence[str], /) -> Sequence[str]:
        """The list of ``place``, or ``default``."""
        ...


class Hierarchy:
    """Broader/narrower look-ups from the vocabulary, memoised; empty without one."""

    def __init__(self, vocabulary: Any = None) -> None:
        self.vocabulary = vocabulary
        concepts = getattr(vocabulary, "concepts", {}) or {}
        self._broader: dict[str, list[str]] = {u: list(c.broader) for u, c in concepts.items()}
        self._narrower: dict[str, list[str]] = {u: list(c.narrower) for u, c in concepts.items()}
        self._up: dict[tuple[str, int], dict[str, int]] = {}
        self._rel: dict[tuple[str, str], float] = {}
        self._below: dict[str, list[str]] | None = None  # inverse of broader, built on demand
        self._near: dict[str, tuple[dict[str, float], frozenset[str]]] = {}
        self._answers: dict[str, list[str]] = {}
        self._prep: dict[int, tuple[Features, _Prep]] = {}
        self._entries: dict[tuple[str, bool], Any] = {}  # (topic, weak) -> its prep parts

    def is_top(self, uri: str) -> bool:
        """A concept of the thesaurus with nothing above it (too broad to match on)."""
        return uri in self._broader and not self._broader[uri]

    def ancestors(self, uri: str, depth: int = 3) -> dict[str, int]:
        """Broader concepts below the top level, at most ``depth`` levels up -> distance
        (1 = parent). Memoised by (concept, depth): the answer never depends on call order."""
        memo = self._up.get((uri, depth))
        if memo is not None:
            return memo
        out: dict[str, int] = {}
        frontier = [uri]
        for d in range(1, depth + 1):
            frontier = [b for u in frontier for b in self._broader.get(u, ()) if b not in out]
            for b in frontier:
                if b != uri and not self.is_top(b):
                    out.setdefault(b, d)
        self._up[(uri, depth)] = out
        return out

    def children(self, uri: str) -> list[str]:
        """Direct narrower concepts."""
        return self._narrower.get(uri, [])

    def relation(self, need_topic: str, offer_topic: str) -> float:
        """How well an offer's topic answers a need's topic (0 = not at all)."""
        got = self._rel.get((need_topic, offer_topic))
        if got is None:
            got = self._rel[(need_topic, offer_topic)] = self._relation(need_topic, offer_topic)
        return got

    def _relation(self, need_topic: str, offer_topic: str) -> float:
        if need_topic == offer_topic:
            return 1.0
        d = self.ancestors(need_topic).get(offer_topic)
        if d is not None:
            return 0.8**d
        if need_topic in self.ancestors(offer_topic, depth=1):
            return 0.6
        return 0.0

    def near(self, topic: str) -> tuple[dict[str, float], frozenset[str]]:
        """``(forward, related)`` of a need's topic: ``forward[o] = relation(topic, o)`` for
        every offer topic ``o`` it is > 0 for, and ``related`` every ``o`` with
        ``relation(topic, o)`` or ``relation(o, topic)`` > 0 (what :func:`_topic_score` reads
        instead of relating the need's every topic to the offer's every topic).

        Built from supersets that the relation's definition cannot escape (``topic`` itself,
        its ancestors, concepts up to three levels below it, its parents), then filtered by
        :meth:`relation` itself, so the values are the relation's own."""
        got = self._near.get(topic)
        if got is not None:
            return got
        down = self._down(topic)
        ups = list(self.ancestors(topic)) + self._broader.get(topic, [])
        forward: dict[str, float] = {}
        related: set[str] = set()
        for o in dict.fromkeys([topic, *ups, *down]):
            r = self.relation(topic, o)
            if r:
                forward[o] = r
            if r or self.relation(o, topic):
                related.add(o)
        got = self._near[topic] = (forward, frozenset(related))
        return got

    def _entry(
        self, f: Features, t: str
    ) -> tuple[tuple[str, float, float], tuple[str, float, dict[str, float], frozenset[str],
                                               dict[str, int]]]:  # fmt: skip
        """A topic's parts of :meth:`prep` (``weighted`` and ``asked``), which depend on the
        topic and on whether it is weak only: kept once per (topic, weak) and shared by every
        record that has it (a full recompute preps every need and offer and keeps them)."""
        w = _topic_weight(f, t, self)
        weighted = (t, w, 0.3 if t in f.weak else 1.0)
        got = (weighted, (t, w, *self.near(t), self.ancestors(t)))
        if len(self._entries) > 200_000:
            self._entries.clear()
        self._entries[(t, t in f.weak)] = got
        return got

    def answers(self, offer_topic: str) -> list[str]:
        """Every need topic ``t`` with ``relation(t, offer_topic) > 0`` (itself, its parents,
        concepts up to three levels below it), filtered by :meth:`relation` itself."""
        got = self._answers.get(offer_topic)
        if got is None:
            cands = [offer_topic, *self._broader.get(offer_topic, []), *self._down(offer_topic)]
            got = self._answers[offer_topic] = [
                t for t in dict.fromkeys(cands) if self.relation(t, offer_topic)
            ]
        return got

    def _down(self, topic: str) -> list[str]:
        """Concepts up to three levels below ``topic`` (with repeats)."""
        if self._below is None:
            below: dict[str, list[str]] = {}
            for u, bs in self._broader.items():
                for b in bs:
                    below.setdefault(b, []).append(u)
            self._below = below
        down: list[str] = []
        frontier = [topic]
        for _ in range(3):
            frontier = [n for u in frontier for n in self._below.get(u, ())]
            down.extend(frontier)
        return down

    def forget(self, f: Features) -> None:
        """Let go of ``f``'s memoised :meth:`prep` (a record that will not be scored again:
        the full recompute matches each need and offer once)."""
        got = self._prep.get(id(f))
        if got is not None and got[0] is f:
            del self._prep[id(f)]

    def prep(self, f: Features) -> _Prep:
        """Per-record weights of :func:`_topic_score`, computed once per record."""
        got = self._prep.get(id(f))
        if got is not None and got[0] is f:
            return got[1]
        weak = f.weak
        entries = [self._entries.get((t, t in weak)) or self._entry(f, t) for t in f.topics]
        weighted = tuple([e[0] for e in entries])
        asked = tuple([e[1] for e in entries])
        p = _Prep(weighted, f.topics, sum(w for _, w, _ in weighted), asked)
        if len(self._prep) > 500_000:
            self._prep.clear()
        self._prep[id(f)] = (f, p)  # the record is kept, so its id() is not reused meanwhile
        return p


@dataclass(frozen=True, slots=True)
class _Prep:
    """A record's topics with their weights (``(topic, weight, damp)``), its topics tuple
    itself (intersected with a need topic's related set, :func:`_topic_of`: a set of its
    own per record was ~500 of the ~870 bytes each record of the heads held here), and the
    sum of the weights (in topic order); ``asked``: each topic as a need's topic, with what
    :func:`_topic_score` looks up for it (``(topic, weight, forward, related, ancestors)``,
    :meth:`Hierarchy.near`, :meth:`Hierarchy.ancestors`), so a pair costs no look-up."""

    weighted: tuple[tuple[str, float, float], ...]
    topics: tuple[str, ...]
    total: float
    asked: tuple[tuple[str, float, dict[str, float], frozenset[str], dict[str, int]], ...]


@dataclass
class Match:
    """One ranked match and why (``why`` is structured; :func:`explain` words it)."""

    id: str
    score: float
    why: dict[str, Any] = field(default_factory=dict)


def place_keys(f: Features) -> list[str]:
    """The places a record is posted under (``*any`` when it states none, or is open to all).

    An offer with stated eligibility is posted under what it named (``c:GH``, ``g:ldc``,
    ``r:region/africa``; "LDCs in Africa" under ``g:ldc``); a need under its countries, their
    regions and their groups, so each finds the other."""
    if f.units:
        if ALL in f.units:
            return [ANY_PLACE]
        return list(dict.fromkeys(u.split("&")[0] for u in f.units))
    keys = [f"c:{c}" for c in f.countries] + [f"r:{short(r)}" for r in f.regions]
    for units in (f.extra.get("places") or {}).values():
        keys.extend(u for u in units if u.startswith("g:") and u not in keys)
    return keys or [ANY_PLACE]


def index_keys(f: Features) -> list[str]:
    """Every posting key of a record."""
    places = place_keys(f)
    out = [f"{t}|{p}" for t in f.topics for p in places]
    out.extend(f"{t}|*" for t in f.topics)
    return out


def _topic_weight(f: Features, topic: str, hier: Hierarchy) -> float:
    w = 0.3 if topic in f.weak else 1.0
    return w * 0.5 if hier.is_top(topic) else w


def expanded_topics(f: Features, hier: Hierarchy) -> list[str]:
    """The record's topics, their broader (below top) and their direct narrower concepts;
    an offer's also every need topic its topics answer (:meth:`Hierarchy.answers`: concepts
    up to three levels below), so an offer finds every need that would find it, and an
    incremental update (which offers a new record to the lists of what it finds) reaches
    every list a full recompute would put it in."""
    out = dict.fromkeys(f.topics)
    for t in f.topics:
        out.update(dict.fromkeys(hier.ancestors(t)))
        out.update(dict.fromkeys(hier.children(t)))
    if f.role == "offer":
        for t in f.topics:
            out.update(dict.fromkeys(hier.answers(t)))
    return list(out)


def _candidates(f: Features, index: MatchIndex, hier: Hierarchy, want: int) -> list[str]:
    """Candidate ids of the other role, best topic overlap first (approximate, cheap).

    Each expanded topic's lists (:meth:`MatchIndex.topic_lists`, None when nobody of the
    other role has the topic) are read place by place, own places first, then ``*`` when
    they gave fewer than ``want``; each list newest first, cut at :data:`PER_KEY`."""
    other = "offer" if f.role == "need" else "need"
    own = place_keys(f)
    places = [*own, ANY_PLACE] if own != [ANY_PLACE] else ["*"]
    own_topics = frozenset(f.topics)
    per_key = PER_KEY
    lists = []
    for t in expanded_topics(f, hier):
        by_place = index.topic_lists(t, other, per_key)
        if by_place is not None:
            lists.append((1.0 if t in own_topics else 0.7, by_place.get))
    hits: dict[str, float] = {}
    get = hits.get
    for stage in (places, ["*"]):
        for w, lookup in lists:
            for p in stage:
                ids = lookup(p, ())
                if len(ids) > per_key:  # (the heads of a full recompute never are)
                    ids = ids[:per_key]
                for oid in ids:
                    hits[oid] = get(oid, 0.0) + w
        if len(hits) >= want or stage == ["*"]:
            break
    hits.pop(f.id, None)
    # what ``heapq.nlargest(SHORTLIST, hits, key=hits.__getitem__)`` gives (its documented
    # equivalent, ties in insertion order), sorted in C rather than by its Python loop
    return sorted(hits, key=hits.__getitem__, reverse=True)[:SHORTLIST]


def _topic_score(need: Features, offer: Features, hier: Hierarchy) -> tuple[float, list[str]]:
    """Half the weighted share of the need's topics the offer answers, half the weighted
    share of the offer's topics that relate to the need (so neither side's noise dominates).

    Each need topic meets only the offer topics it relates to (:meth:`Hierarchy.near`, a set
    intersection), in the offer's topic order, so ties and sums are those of comparing every
    pair."""
    return _topic_of(hier.prep(need), hier.prep(offer))


def _topic_of(np: _Prep, op: _Prep) -> tuple[float, list[str]]:
    """:func:`_topic_score` of a need and an offer given by their :meth:`Hierarchy.prep`."""
    offer_topics, offer_weighted = op.topics, op.weighted
    related: set[str] = set()
    got = 0.0
    shared: list[str] = []
    for t, w, forward, rel, anc in np.asked:
        hits = rel.intersection(offer_topics)
        if not hits:
            continue
        related |= hits
        if len(hits) == 1:  # most often: the one offer topic is the best (if it scores)
            (best_o,) = hits
            best = forward.get(best_o, 0.0) * offer_weighted[offer_topics.index(best_o)][2]
        else:
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
    if len(related) == len(offer_topics):  # every offer topic: the sum is ``op.total``'s own
        return 0.5 * got / np.total + 0.5, shared
    coverage = sum(w for o, w, _ in offer_weighted if o in related) / op.total
    return 0.5 * got / np.total + 0.5 * coverage, shared


def eligible_via(need: Features, offer: Features) -> dict[str, Any] | None:
    """Why ``offer`` is open to ``need``'s country: ``{"country", "via"}`` (``via`` a unit:
    ``c:GH`` listed by name, ``g:ldc``, ``g:ldc&r:region/africa``, ``r:region/...``, ``all``);
    ``{"via": "unstated"}`` when the offer states no eligibility, ``{"via": "unchecked"}``
    when the need names no country; None when no country of the need is eligible (the pair
    is never a match)."""
    if not offer.units:
        return {"via": "unstated"}
    if not need.countries:
        return {"via": "unchecked"}
    if ALL in offer.units:
        return {"country": need.countries[0], "via": ALL}
    places: dict[str, list[str]] = need.extra.get("places") or {}
    for cc in need.countries:
        if cc not in offer.eligible:
            continue
        if f"c:{cc}" in offer.units:
            return {"country": cc, "via": f"c:{cc}"}
        mine = places.get(cc, [])
        for u in mine:  # groups first, then regions smallest first
            for unit in offer.units:
                parts = unit.split("&")
                if parts[0] == u and all(p in mine for p in parts):
                    return {"country": cc, "via": unit}
        return {"country": cc, "via": next(iter(offer.units))}
    return None


def _place_score(need: Features, offer: Features) -> tuple[float, list[str]]:
    if offer.units:
        return _eligible_place_score(need, offer)
    common = [c for c in need.countries if c in offer.countries]
    if common:
        return 1.0, common
    for level, region in enumerate(need.regions):  # smallest region first
        if region in offer.regions:
            return (0.8, 0.3, 0.1)[min(level, 2)], [region]
    if not offer.countries and not offer.regions:
        return 0.5, []
    return 0.0, []


def _eligible_place_score(need: Features, offer: Features) -> tuple[float, list[str]]:
    """Place score of an offer that states its eligibility (the pair is known eligible):
    named by country 1; a group 0.8; its smallest region 0.8, the next 0.6, broader 0.5;
    open to all 0.5."""
    if ALL in offer.units or not need.countries:
        return 0.5, []
    common = [c for c in need.countries if f"c:{c}" in offer.units]
    if common:
        return 1.0, common
    best = 0.5
    for units in (need.extra.get("places") or {}).values():
        regions = [u for u in units if u.startswith("r:")]
        for unit in offer.units:
            head = unit.split("&")[-1]
            if unit.startswith("g:") and "&" not in unit and unit in units:
                best = max(best, 0.8)
            elif head in regions:
                best = max(best, (0.8, 0.6, 0.5)[min(regions.index(head), 2)])
    return best, []


def _support_score(need: Features, offer: Features) -> tuple[float, list[str]]:
    common = [s for s in need.support if s in offer.support]
    if common:
        return 1.0, common
    if not need.support or not offer.support:
        return 0.6, []
    if "funding" in offer.support:
        return 0.7, []
    return 0.0, []


def _recency(need: Features, offer: Features) -> float:
    if need.year is None or offer.year is None:
        return 0.5
    gap = need.year - offer.year - 1
    return 1.0 if gap <= 0 else max(0.0, 1.0 - 0.15 * gap)


_PARTS = ("topic", "place", "support", "kind", "language", "recency")
_PART_WEIGHTS = tuple(WEIGHTS[k] for k in _PARTS)
_W_TOPIC, _W_PLACE, _W_SUPPORT, _W_KIND, _W_LANGUAGE, _W_RECENCY = _PART_WEIGHTS


def _score(
    need: Features, offer: Features, hier: Hierarchy
) -> tuple[float, tuple[Any, ...]] | None:
    """The pair's rounded score and what :func:`_explained` needs to say why; None when the
    pair is never a match. (Scoring every candidate, explaining only the kept ones.)"""
    eligible = eligible_via(need, offer)
    if eligible is None:
        return None  # a hard constraint: the offer is not open to the need's country
    topic, shared = _topic_score(need, offer, hier)
    if topic <= 0:
        return None
    return _combined(topic, shared, _other_parts(need, offer, eligible))


def _other_parts(need: Features, offer: Features, eligible: dict[str, Any]) -> tuple[Any, ...]:
    """Every part of the score but the topic, and what explains them."""
    place, covers = _place_score(need, offer)
    support, common = _support_score(need, offer)
    langs = [x for x in need.languages if x in offer.languages]
    language = 1.0 if langs else (0.5 if not need.languages or not offer.languages else 0.0)
    kind, recency = KIND.get(offer.type, 0.5), _recency(need, offer)
    return place, support, kind, language, recency, covers, common, langs, eligible


def _combined(
    topic: float, shared: list[str], other: tuple[Any, ...]
) -> tuple[float, tuple[Any, ...]]:
    """The rounded weighted sum of the parts (in :data:`_PARTS` order) and the data of
    :func:`_explained`."""
    place, support, kind, language, recency, covers, common, langs, eligible = other
    # the weighted sum in :data:`_PARTS` order, written out (the floats of summing the
    # products from 0 in that order)
    score = (
        _W_TOPIC * topic
        + _W_PLACE * place
        + _W_SUPPORT * support
        + _W_KIND * kind
        + _W_LANGUAGE * language
        + _W_RECENCY * recency
    )
    parts = (topic, place, support, kind, language, recency)
    return round(score, 4), (parts, shared, common, covers, langs, eligible)


def _explained(offer_id: str, score: float, data: tuple[Any, ...]) -> Match:
    parts, shared, common, covers, langs, eligible = data
    why: dict[str, Any] = {
        "shared": shared,
        "support": common,
        "covers": covers,
        "languages": langs,
        "eligible": eligible,
    }
    topic, place, support, kind, language, recency = parts
    r3 = _ROUND3  # the parts but the topic take a few values each: rounded once per value
    why["parts"] = {
        "topic": round(topic, 3),
        "place": r3[place],
        "support": r3[support],
        "kind": r3[kind],
        "language": r3[language],
        "recency": r3[recency],
    }  # the keys in :data:`_PARTS` order
    return Match(offer_id, score, why)


class _Rounded(dict[float, float]):
    """``round(v, 3)`` of each float asked for, remembered (up to 4,096 values; zeros are
    never remembered, so ``-0.0`` stays itself): ``round`` with digits costs ~0.4 us, a
    look-up ~0.05."""

    def __missing__(self, v: float) -> float:
        got = round(v, 3)
        if v and len(self) < 4096:
            self[v] = got
        return got


_ROUND3 = _Rounded()


def score_pair(need: Features, offer: Features, hier: Hierarchy) -> Match | None:
    """Score a need against an offer; None when they share no topic.

    Example::

        m = score_pair(need, offer, Hierarchy(vocab))
        m.score, m.why   # 0.87, {"shared": [".../topic/mercury"], "support": ["training"], ...}
    """
    got = _score(need, offer, hier)
    return None if got is None else _explained(offer.id, *got)


def _ranked(
    f: Features, others: Iterable[Features], hier: Hierarchy
) -> list[tuple[float, str, Features, tuple[Any, ...]]]:
    """Every scoring pair of ``f`` with ``others``, best first (ties by id)."""
    out: list[tuple[float, str, Features, tuple[Any, ...]]] = []
    need = f.role == "need"
    for o in others:
        if o.id == f.id or o.role == f.role:
            continue
        got = _score(f, o, hier) if need else _score(o, f, hier)
        if got is not None:
            out.append((got[0], o.id, o, got[1]))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out


def _match_of(score: float, oid: str, o: Features, data: tuple[Any, ...]) -> Match:
    """:func:`_explained` with what the other record offers or asks for."""
    m = _explained(oid, score, data)
    m.why["other_support"] = list(o.support)
    m.why["other_languages"] = list(o.languages)
    return m


def rank(f: Features, others: Iterable[Features], hier: Hierarchy, k: int = TOP_K) -> list[Match]:
    """Score ``f`` against ``others`` (of the other role) and keep the best ``k``.

    Each match's ``why`` also carries what the *other* record offers or asks for
    (``other_support``, ``other_languages``), for the explanation.
    """
    return [_match_of(*x) for x in _ranked(f, others, hier)[:k]]


def find_matches(
    f: Features, index: MatchIndex, hier: Hierarchy, k: int = TOP_K
) -> tuple[list[Match], list[Match]]:
    """The best ``k`` matches of a need or an offer, and every scored candidate.

    The second list lets the caller offer ``f`` to its candidates' own lists (incremental
    updates) without searching again: its first ``k`` are the explained best ``k``, the rest
    carry id and score only (``why`` empty; explaining every candidate was most of the
    cost of scoring).
    """
    ids = _candidates(f, index, hier, want=k * 3)
    feats = index.features(ids)
    ranked = _ranked(f, (feats[i] for i in ids if i in feats), hier)
    top = [_match_of(*x) for x in ranked[:k]]
    return top, top + [Match(oid, score) for score, oid, _, _ in ranked[k:]]


_MARGIN = 1e-3
"""Slack of the bound in :func:`top_matches` (scores are rounded to 4 places)."""


def top_matches(
    f: Features,
    index: MatchIndex,
    hier: Hierarchy,
    k: int = TOP_K,
) -> list[Match]:
    """The first list of :func:`find_matches` (the best ``k``, explained), without scoring
    candidates that cannot enter it: every candidate's parts other than the topic are
    computed first (cheap), candidates are visited by those parts, best first, and the rest
    are left once even a full topic score could not lift one to the ``k``-th score kept.
    What the full recompute runs; the same list, row for row (property-tested).

    (Keeping each pair's score for its other record, so a pair met from both sides is
    scored once, saved a fifth of the topic scores at 5,000 records but cost 36 MB at
    20,000 and no CPU that could be told from the noise: not done.)
    """
    ids = _candidates(f, index, hier, want=k * 3)
    feats = index.features(ids)
    is_need = f.role == "need"
    fid, role = f.id, f.role
    mine = hier.prep(f)
    prep = hier.prep
    # every candidate open to the need, with its parts but the topic and their weighted sum
    # (an upper bound of the score less the topic's weight, within rounding)
    pending: list[tuple[float, str, Features, tuple[Any, ...]]] = []
    for i in ids:
        o = feats.get(i)
        if o is None or o.id == fid or o.role == role:
            continue
        need, offer = (f, o) if is_need else (o, f)
        eligible = eligible_via(need, offer)
        if eligible is None:
            continue
        other = _other_parts(need, offer, eligible)
        rest = (
            _W_PLACE * other[0]
            + _W_SUPPORT * other[1]
            + _W_KIND * other[2]
            + _W_LANGUAGE * other[3]
            + _W_RECENCY * other[4]
        )
        pending.append((rest, o.id, o, other))
    pending.sort(key=itemgetter(0), reverse=True)  # stable: ties keep candidate order
    top_w = _W_TOPIC
    kept: list[tuple[float, str, Features, tuple[Any, ...]]] = []
    floor: list[float] = []  # min-heap of the best k scores so far
    for rest, oid, o, other in pending:
        if len(floor) >= k and rest + top_w + _MARGIN < floor[0]:
            break  # sorted by ``rest``: no later candidate can reach the k-th score either
        topic, shared = _topic_of(mine, prep(o)) if is_need else _topic_of(prep(o), mine)
        if topic <= 0:
            continue
        if len(floor) >= k and top_w * topic + rest + _MARGIN < floor[0]:
            continue  # below the k-th score kept so far, rounded or not: never in the list
        score, data = _combined(topic, shared, other)  # the sum of :func:`_score`
        kept.append((score, oid, o, data))
        if len(floor) < k:
            heapq.heappush(floor, score)
        elif score > floor[0]:
            heapq.heapreplace(floor, score)
    kept.sort(key=lambda x: (-x[0], x[1]))
    return [_match_of(*x) for x in kept[:k]]


def matches_for(
    store: Any, record_id: str, lang: str = "en", vocabulary: Any = None, limit: int = TOP_K
) -> dict[str, Any]:
    """A record's stored matches, best first, each explained in ``lang``.

    Args:
        store: the :class:`store.Store`.
        record_id: any record id; records that are neither needs nor offers get no matches.
        lang: the reader's language for the explanations (en, fr, es; else English).
        vocabulary: for concept and region labels (optional).
        limit: at most this many matches.

    Returns:
        ``{"id", "role", "matches": [{"id", "score", "node", "type", "title", "url",
        "explanation", "why"}]}``.

    Raises:
        UnknownRecord: no record with this id.
    """
    from matching.explain import explain
    from matching.features import role_of
    from matching.store import ensure_schema, require_record, summaries

    conn = store.conn
    ensure_schema(conn)
    rec = require_record(conn, record_id)
    role = role_of(rec.get("type"))
    rows = conn.execute(
        "SELECT other_id, score, why FROM mx_matches WHERE record_id=?"
        " ORDER BY score DESC, other_id LIMIT ?",
        (record_id, limit),
    ).fetchall()
    info = summaries(conn, [r[0] for r in rows], lang)
    out = []
    for other, score, why_text in rows:
        if other not in info:
            continue  # deleted since; the next update drops it
        why = json.loads(why_text)
        text = explain(why, lang, vocabulary, asks=role == "offer")
        out.append({**info[other], "score": score, "explanation": text, "why": why})
    return {"id": record_id, "role": role, "matches": out}
