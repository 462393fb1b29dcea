"""Build the labelled sets in tests/matching/data/ from the demo generator's ground truth.

Run ``.venv/bin/python -m tests.matching.labels`` to rewrite them (docs/matching.md gives
the criteria). The judge reads the generator's own facts (topic, country, template, eligible
countries as written), never the matcher's features, so the figures are not circular.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

from demo import lexicon as lx
from demo.generator import DEMO_COUNTS, NODES, DemoNode
from mappings.normalise import fold
from matching.evaluate import DATA_DIR

NEED_SUPPORT = {0: "any", 1: "expertise", 2: "training", 3: "equipment", 4: "expertise"}
OFFER_SUPPORT = ("training", "expertise", "funding", "expertise", "equipment")
# need topic -> offer topics that answer it besides itself (the offer's topic is broader)
BROADER_TOPICS: dict[str, tuple[str, ...]] = {
    "asgm": ("mercury",),
    "gmo-detection": ("biosafety",),
    "risk-assessment": ("biosafety",),
    "industrial": ("chemicals",),
    "pesticides": ("chemicals",),
    "laboratory": ("pops",),
}


@dataclass(frozen=True)
class Truth:
    """What the generator decided for one record."""

    id: str
    node: str
    type: str
    topic: str
    country: str
    region: str
    support: frozenset[str]
    eligible_countries: frozenset[str] = frozenset()
    eligible_regions: frozenset[str] = frozenset()
    shared_key: str | None = None
    title: str = ""
    year: int = 0


def _eligible(node: DemoNode, text: str) -> tuple[frozenset[str], frozenset[str]]:
    m = re.search(r"(?:Eligible countries|Pays éligibles|Países elegibles)\s*:\s*(.+)", text)
    if not m:
        return frozenset(), frozenset()
    names = {fold(p) for p in m.group(1).split(",")}
    countries = {c.code for c in lx.COUNTRIES.values() if fold(c.name[node.lang]) in names}
    regions = {k for k, v in lx.REGIONS.items() if fold(v[node.lang][0]) in names}
    return frozenset(countries), frozenset(regions)


def truth(node: DemoNode, i: int) -> Truth:
    """The ground truth of record ``i`` of a demo node."""
    facts = node._facts(i, node._rng(i))
    rec = node.record(i)
    if rec.record_type == "need":
        support = frozenset({NEED_SUPPORT[facts.tmpl % 5]})
    elif rec.record_type == "support-source":
        support = frozenset({OFFER_SUPPORT[facts.tmpl % 5]})
    else:
        support = frozenset({"expertise", "training"} if facts.tmpl == 0 else {"expertise"})
    countries, regions = _eligible(node, rec.descriptions[0])
    return Truth(
        id=f"{node.id}:{rec.identifier}",
        node=node.id,
        type=rec.record_type,
        topic=facts.topic.key,
        country=facts.country.code,
        region=facts.country.region,
        support=support,
        eligible_countries=countries,
        eligible_regions=regions,
        shared_key=rec.shared_key,
        title=rec.titles[0][1],
        year=facts.y1,
    )


def relevant(need: Truth, offer: Truth) -> bool:
    """The written criteria (docs/matching.md): topic, place and support type all fit."""
    if offer.topic != need.topic and offer.topic not in BROADER_TOPICS.get(need.topic, ()):
        return False
    if offer.type == "support-source":
        place = need.country in offer.eligible_countries or need.region in offer.eligible_regions
    else:
        place = offer.country == need.country or offer.region == need.region
    if not place:
        return False
    return "any" in need.support or "funding" in offer.support or bool(need.support & offer.support)


DUPLICATE_COUNTS = {"fr-chm": 2400, "es-chm": 2400, "gb-chm": 2400}
"""The duplicate set reads more records than the demo serves, for more shared projects."""


def corpus_truth(counts: dict[str, int] | None = None) -> list[Truth]:
    """Ground truth of the first records of each demo node (default: DEMO_COUNTS)."""
    counts = counts or DEMO_COUNTS
    return [truth(NODES[nid], i) for nid, n in counts.items() for i in range(n)]


def match_labels(records: list[Truth]) -> dict[str, Any]:
    """Every need of the demo corpus with every offer that answers it."""
    offers = [r for r in records if r.type in ("support-source", "project")]
    needs = {}
    for n in (r for r in records if r.type == "need"):
        needs[n.id] = {
            "topic": n.topic,
            "country": n.country,
            "support": sorted(n.support),
            "relevant": sorted(o.id for o in offers if relevant(n, o)),
        }
    return {"k": 5, "criteria": "docs/matching.md#labelled-sets", "needs": needs}


def _shared_pairs(records: list[Truth]) -> list[dict[str, Any]]:
    by_key: dict[str, list[Truth]] = {}
    for r in records:
        if r.shared_key:
            by_key.setdefault(r.shared_key, []).append(r)
    out = []
    for key, group in sorted(by_key.items()):
        if len(group) == 2:  # both publishing nodes are within the demo counts
            a, b = sorted(m.id for m in group)
            out.append({"a": a, "b": b, "same": True, "why": f"shared project {key}"})
    return out


def _near_pairs(records: list[Truth]) -> list[dict[str, Any]]:
    """Different records that look alike: same title, same project in another phase or
    period, same topic and country."""
    projects = [r for r in records if r.type == "project" and not r.shared_key]
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(a: Truth, b: Truth, why: str, cap: int) -> None:
        pair = (min(a.id, b.id), max(a.id, b.id))
        if pair not in seen and sum(p["why"].startswith(why[:12]) for p in out) < cap:
            seen.add(pair)
            out.append({"a": pair[0], "b": pair[1], "same": False, "why": why})

    by_title: dict[str, list[Truth]] = {}
    for r in records:
        by_title.setdefault(fold(r.title), []).append(r)
    for group in by_title.values():
        for a, b in itertools.pairwise(group):
            if a.shared_key is None or a.shared_key != b.shared_key:
                add(a, b, "same title, different records", 150)
    by_topic: dict[tuple[str, str], list[Truth]] = {}
    for r in projects:
        by_topic.setdefault((r.topic, r.country), []).append(r)
    for group in by_topic.values():
        for a, b in itertools.pairwise(group):
            why = "another phase" if "phase" in fold(a.title) else "same topic and country"
            add(a, b, f"{why}, years {a.year}/{b.year}", 150)
    return out


def duplicate_pairs(records: list[Truth]) -> dict[str, Any]:
    """Labelled duplicate pairs: shared projects (same) and look-alikes (not the same)."""
    return {"pairs": _shared_pairs(records) + _near_pairs(records)}


def main() -> None:
    """Rewrite the labelled sets."""
    for name, data in (
        ("match_labels.json", match_labels(corpus_truth())),
        ("duplicate_pairs.json", duplicate_pairs(corpus_truth(DUPLICATE_COUNTS))),
    ):
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        (DATA_DIR / name).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
