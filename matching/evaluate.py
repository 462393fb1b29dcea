"""Measuring matching and duplicate detection against labelled sets (tests and benchmark).

Where it sits: beside the pipeline, not in it. :func:`demo_records` runs the demo nodes'
records through the same steps a harvest does (oai_dc mapping, node country, vocabulary
enrichment); :func:`evaluate_matching` and :func:`evaluate_duplicates` score the stored
results against the labelled sets in ``tests/matching/data/`` (how they were built:
docs/matching.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "matching" / "data"
NODE_COUNTRY = {"fr-chm": "FR", "es-chm": "ES", "gb-chm": "GB"}
HARVESTED_AT = "2025-01-01T00:00:00Z"


def demo_records(vocabulary: Any = None, counts: dict[str, int] | None = None) -> list[Any]:
    """The demo nodes' records (``demo.generator.DEMO_COUNTS``) mapped and enriched.

    Returns ``mappings.record.Record`` objects, in node order.
    """
    from demo.generator import DEMO_COUNTS, NODES
    from mappings.base import RawRecord
    from mappings.registry import get_mapping

    mapping = get_mapping("oai_dc")
    out = []
    for node_id, n in (counts or DEMO_COUNTS).items():
        node = NODES[node_id]
        for i in range(n):
            raw = RawRecord(node_id, node.identifier(i), None, False, "oai_dc", node.oai_dc_xml(i))
            rec = mapping.map(raw, HARVESTED_AT)
            if not rec.countries:
                rec = rec.with_changes(countries=[NODE_COUNTRY[node_id]])
            if vocabulary is not None:
                from vocabulary.enrich import enrich

                rec = enrich(rec, vocabulary)
            out.append(rec)
    return out


def write_records(store: Any, records: Iterable[Any]) -> int:
    """Write ``Record`` objects straight into the store (no harvest); returns the last seq."""
    last: int = store.records.write(
        ((r.id, r.node, False, r.to_json()) for r in records), HARVESTED_AT
    )
    return last


def load_labels(name: str) -> Any:
    """A labelled set from ``tests/matching/data/<name>``."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def evaluate_matching(store: Any, labels: dict[str, Any], k: int = 5) -> dict[str, Any]:
    """precision@k and hit rate@k of the stored matches of the labelled needs.

    Args:
        store: a store whose matching tables are computed.
        labels: ``{"needs": {need_id: {"relevant": [offer ids]}}}`` (match_labels.json).
        k: the cut-off.

    Returns:
        ``{"needs", "precision_at_k", "hit_rate_at_k", "judged", "correct", "misses"}``.
    """
    judged = correct = hits = 0
    misses: list[str] = []
    for need_id, entry in sorted(labels["needs"].items()):
        relevant = set(entry["relevant"])
        top = [
            r[0]
            for r in store.conn.execute(
                "SELECT other_id FROM mx_matches WHERE record_id=?"
                " ORDER BY score DESC, other_id LIMIT ?",
                (need_id, k),
            )
        ]
        good = sum(1 for t in top if t in relevant)
        judged += len(top)
        correct += good
        hits += bool(good)
        if not good:
            misses.append(need_id)
    n = len(labels["needs"])
    return {
        "needs": n,
        "precision_at_k": round(correct / judged, 4) if judged else 0.0,
        "hit_rate_at_k": round(hits / n, 4) if n else 0.0,
        "judged": judged,
        "correct": correct,
        "misses": misses,
    }


def evaluate_eligible_matching(
    store: Any,
    relevant: dict[str, list[str]],
    open_to: dict[str, set[str] | None],
    need_country: dict[str, str],
    k: int = 5,
) -> dict[str, Any]:
    """hit rate@k of needs, and the offers in any top k that are closed to the need's country.

    Args:
        store: a store whose matching tables are computed.
        relevant: need id -> relevant offer ids (full record ids).
        open_to: offer id -> the countries a person read as eligible (None: not stated).
        need_country: need id -> its country.
        k: the cut-off.

    Returns:
        ``{"needs", "hit_rate_at_k", "precision_at_k", "ineligible_in_top_k", "misses",
        "ineligible"}`` (``ineligible``: ``[need, offer]`` pairs).
    """
    hits = judged = correct = 0
    misses: list[str] = []
    ineligible: list[list[str]] = []
    for need_id, good in sorted(relevant.items()):
        top = [
            r[0]
            for r in store.conn.execute(
                "SELECT other_id FROM mx_matches WHERE record_id=?"
                " ORDER BY score DESC, other_id LIMIT ?",
                (need_id, k),
            )
        ]
        judged += len(top)
        correct += sum(1 for t in top if t in good)
        if set(top) & set(good):
            hits += 1
        else:
            misses.append(need_id)
        for t in top:
            allowed = open_to.get(t)
            if allowed is not None and need_country[need_id] not in allowed:
                ineligible.append([need_id, t])
    n = len(relevant)
    return {
        "needs": n,
        "hit_rate_at_k": round(hits / n, 4) if n else 0.0,
        "precision_at_k": round(correct / judged, 4) if judged else 0.0,
        "ineligible_in_top_k": len(ineligible),
        "misses": misses,
        "ineligible": ineligible,
    }


def evaluate_duplicates(store: Any, labels: dict[str, Any]) -> dict[str, Any]:
    """Precision and recall of the stored clusters on labelled pairs.

    Args:
        store: a store whose clusters are computed.
        labels: ``{"pairs": [{"a", "b", "same": bool, "why"}]}`` (duplicate_pairs.json).
    """
    pairs: list[dict[str, Any]] = labels["pairs"]
    ids = sorted({p[x] for p in pairs for x in ("a", "b")})
    cluster: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        q = ",".join("?" * len(part))
        cluster.update(
            store.conn.execute(
                f"SELECT record_id, cluster_id FROM dup_clusters WHERE record_id IN ({q})", part
            ).fetchall()
        )
    tp = fp = fn = tn = 0
    wrong: list[dict[str, Any]] = []
    for p in pairs:
        said = p["a"] in cluster and cluster.get(p["a"]) == cluster.get(p["b"])
        if said and p["same"]:
            tp += 1
        elif said:
            fp += 1
            wrong.append(p)
        elif p["same"]:
            fn += 1
            wrong.append(p)
        else:
            tn += 1
    return {
        "pairs": len(pairs),
        "positives": tp + fn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "wrong": wrong,
    }
