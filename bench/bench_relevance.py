"""Relevance of chm's search on judged query sets (quality figures, not timing).

Sets of queries in English, French and Spanish, judged with grades before chm was run
on them: tests/search/relevance/queries.tsv (74 queries; only the hand-written records
judged), the held-out tests/search/relevance/queries2.tsv (68 queries, written after the first
set had been measured; background records judged too; since used to develop the search) and
tests/search/relevance/queries3.tsv (72 queries, written and judged blind by another engineer,
with 47 new records of its own: tests/search/relevance/records3.py) and
tests/search/relevance/queries4.tsv (78 queries, written and judged blind by another engineer,
with 45 new records of its own, records4.py, over records.py + records3.py + records4.py) and
tests/search/relevance/queries5.tsv (73 queries, written and judged blind by another engineer,
with 45 new records of its own, records5.py, over all four records files), and sets 6, 7 and 8
(queries6.tsv to queries8.tsv, each written and judged blind by another engineer with 45
records of its own, records6.py to records8.py, each over every records file up to its own),
and set 9 (queries9.tsv, 66 queries, written and judged blind by another engineer with 30
records of its own, records9.py, over every records file up to its own), and set 10
(queries10.tsv, 68 queries, written and judged blind by another engineer with 30 records of
its own, records10.py, over every records file up to its own), and set 11 (queries11.tsv, 69
queries, written and judged blind by another engineer with 30 records of its own,
records11.py, over every records file up to its own), and set 12 (queries12.tsv, 68 queries,
written and judged blind by another engineer with 30 records of its own, records12.py, over
every records file up to its own), and set 13 (queries13.tsv, 68 queries, written and judged
blind by another engineer with 30 records of its own, records13.py, over every records file up
to its own), and set 14 (queries14.tsv, 70 queries, written and judged blind by another
engineer with 30 records of its own, records14.py, over every records file up to its own), and
set 15 (queries15.tsv, 60 queries, written and judged blind by another engineer with 30
records of its own, records15.py, over every records file up to its own), and set 16
(queries16.tsv, 60 queries, written and judged blind by another engineer with 30 records of
its own, records16.py, over every records file up to its own), and set 17 (queries17.tsv, 60
queries, written and judged blind by another engineer with 30 records of its own,
records17.py, over every records file up to its own), and set 18 (queries18.tsv, 60 queries,
written and judged blind by another engineer with 30 records of its own, records18.py, over
every records file up to its own), and set 19 (queries19.tsv, 60 queries, written and judged
blind by another engineer with 30 records of its own, records19.py, over every records file up
to its own), and set 20 (queries20.tsv, 60 queries, written and judged blind by another
engineer with 30 records of its own, records20.py, over every records file up to its own),
and set 21 (queries21.tsv, 60 queries, written and judged blind by another engineer with 30
records of its own, records21.py, over every records file up to its own), and set 22
(queries22.tsv, 60 queries, written and judged blind by another engineer with 30 records of
its own, records22.py, over every records file up to its own), and set 23 (queries23.tsv, 60
queries, written and judged blind by another engineer with 30 records of its own,
records23.py, over every records file up to its own), set 24 (queries24.tsv, 60 queries,
written and judged blind by another engineer with 30 records of its own, records24.py, over
every records file up to its own), set 25 (queries25.tsv, 60 queries, written and judged blind
by another engineer with 30 records of its own, records25.py, over every records file up to
its own), set 26 (queries26.tsv, 60 queries, written and judged blind by another engineer
with 30 records of its own, records26.py, over every records file up to its own), set 27
(queries27.tsv, 60 queries, written and judged blind by another engineer with 30 records of
its own, records27.py, over every records file up to its own), set 28 (queries28.tsv, 60
queries, written and judged blind by another engineer with 30 records of its own,
records28.py, over every records file up to its own), set 29 (queries29.tsv, 60 queries,
written and judged blind by another engineer with 30 records of its own, records29.py, over
every records file up to its own), set 30 (queries30.tsv, 60 queries, written and judged
blind by another engineer with 30 records of its own, records30.py, over every records file
up to its own), set 31 (queries31.tsv, likewise with records31.py, over every records file
up to its own), set 32 (queries32.tsv, likewise with records32.py, over every records
file up to its own), set 33 (queries33.tsv, likewise with records33.py, over every
records file up to its own), set 34 (queries34.tsv, likewise with records34.py, over
every records file up to its own), set 35 (queries35.tsv, likewise with records35.py,
over every records file up to its own), set 36 (queries36.tsv, likewise with
records36.py, over every records file up to its own), set 37 (queries37.tsv, likewise
with records37.py) and every later set likewise, up to ``LAST_SET`` of
tests/search/relevance/evaluate.py (a hundred and seventy-three sets on 2026-12-08).
Records: the hand-written
clearing-house records in three languages (records.py for the first two sets, records.py and
records3.py for the third: each set over its own pool, so the first two sets' figures do not
move because of the third's records; ``--one-pool`` puts every set over the whole pool) and
every record of the real fixtures' golden mappings as background. Each query goes through the
API's own path (parameters -> vocabulary expansion with the domain lexicon -> the tantivy
index, records enriched as a harvest enriches them).

Prints, for each set, for the first two together and for all sets, per query language and
for all: nDCG@10 (gain 2^grade - 1), precision and recall of the whole result set, and
cross-language precision and recall (only records in another language than the query's),
then every query with a miss or an unjudged hit. Writes bench/out/relevance.json. Figures and
their reading: bench/README.md.

Usage: python bench/bench_relevance.py [--set set1 [set2 ...]] [--one-pool]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT
from tests.search.relevance.evaluate import SETS, evaluate_sets


def table(title: str, summary: dict) -> None:
    print(title)
    print(
        f"{'lang':5} {'queries':>7} {'nDCG@10':>8} {'P':>6} {'R':>6} {'cross P':>8} {'cross R':>8}"
    )
    for lang in ("en", "fr", "es", "all"):
        s = summary[lang]
        print(
            f"{lang:5} {s['queries']:>7} {s['ndcg@10']:>8.3f} {s['precision']:>6.3f} "
            f"{s['recall']:>6.3f} {s['cross_precision']:>8.3f} {s['cross_recall']:>8.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", choices=sorted(SETS), help="these sets only")
    parser.add_argument("--one-pool", action="store_true", help="every set over every records file")
    args = parser.parse_args()
    names = tuple(args.set) if args.set else tuple(SETS)
    result = evaluate_sets(names, one_pool=args.one_pool)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "relevance.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    for name, pool in result["records"].items():
        print(f"{name}: {pool['hand_written']} hand-written records, {pool['total']} indexed")
    for name in names:
        table(f"\n{name} ({SETS[name].name})", result[name])
    if "both" in result:
        table("\nfirst and second sets", result["both"])
    if "all" in result:
        table("\nall sets", result["all"])
    for name in names:
        for qid, f in result[name]["failures"].items():
            extra = f["extra"][:5]
            print(f"  {name} {qid} {f['query']!r}: missed {f['missed']}, unjudged hits {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
