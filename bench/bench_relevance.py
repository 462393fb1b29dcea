"""Relevance of chm's search on a judged query set (quality figures, not timing).

74 queries in English, French and Spanish (tests/search/relevance/queries.tsv), judged with
grades before chm was run, over 44 hand-written clearing-house records in three languages
(tests/search/relevance/records.py, provenance there) and every record of the real fixtures'
golden mappings as background. Each query goes through the API's own path (parameters ->
vocabulary expansion -> the tantivy index, records enriched as a harvest enriches them).

Prints, per query language and for all: nDCG@10 (gain 2^grade - 1), precision and recall of
the whole result set, and cross-language precision and recall (only records in another
language than the query's), then every query with a miss or an unjudged hit. Writes
bench/out/relevance.json. Figures and their reading: bench/README.md.

Usage: python bench/bench_relevance.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT
from tests.search.relevance.evaluate import evaluate


def main() -> int:
    summary = evaluate()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "relevance.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"records: {summary['records']['judged']} judged, {summary['records']['total']} indexed")
    print(
        f"{'lang':5} {'queries':>7} {'nDCG@10':>8} {'P':>6} {'R':>6} {'cross P':>8} {'cross R':>8}"
    )
    for lang in ("en", "fr", "es", "all"):
        s = summary[lang]
        print(
            f"{lang:5} {s['queries']:>7} {s['ndcg@10']:>8.3f} {s['precision']:>6.3f} "
            f"{s['recall']:>6.3f} {s['cross_precision']:>8.3f} {s['cross_recall']:>8.3f}"
        )
    for qid, f in summary["failures"].items():
        print(f"  {qid} {f['query']!r}: missed {f['missed']}, unjudged hits {f['extra'][:5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
