"""Run the judged query sets (queries.tsv and the held-out queries2.tsv, over records.py plus
the real fixtures' records; the third, blind queries3.tsv, over those plus records3.py; the
fourth, blind queries4.tsv, over those plus records4.py; the fifth, blind queries5.tsv, over
those plus records5.py; the sixth, blind queries6.tsv, over those plus records6.py; the
seventh, blind queries7.tsv, over those plus records7.py; the eighth, blind queries8.tsv, over
those plus records8.py; the ninth, blind queries9.tsv, over those plus records9.py; the
tenth, blind queries10.tsv, over those plus records10.py; the eleventh, blind queries11.tsv,
over those plus records11.py; the twelfth, blind queries12.tsv, over those plus records12.py;
the thirteenth, blind queries13.tsv, over those plus records13.py; the fourteenth, blind
queries14.tsv, over those plus records14.py; the fifteenth, blind queries15.tsv, over those
plus records15.py; the sixteenth, blind queries16.tsv, over those plus records16.py; the
seventeenth, blind queries17.tsv, over those plus records17.py; the eighteenth, blind
queries18.tsv, over those plus records18.py; the nineteenth, blind queries19.tsv, over those
plus records19.py; the twentieth, blind queries20.tsv, over those plus records20.py; the
twenty-first, blind queries21.tsv, over those plus records21.py; the twenty-second, blind
queries22.tsv, over those plus records22.py; the twenty-third, blind queries23.tsv, over those
plus records23.py; the twenty-fourth, blind queries24.tsv, over those plus records24.py; the
twenty-fifth, blind queries25.tsv, over those plus records25.py; the twenty-sixth, blind
queries26.tsv, over those plus records26.py; the twenty-seventh, blind queries27.tsv, over
those plus records27.py; the twenty-eighth, blind queries28.tsv, over those plus
records28.py; the twenty-ninth, blind queries29.tsv, over those plus records29.py; the
thirtieth, blind queries30.tsv, over those plus records30.py; the thirty-first, blind
queries31.tsv, over those plus records31.py; the thirty-second, blind queries32.tsv, over
those plus records32.py) through
chm's real search path and measure them: nDCG@10, precision and recall per query, averaged per
query language, and the same restricted to records in *another* language than the query
(cross-language precision and recall).

The first set judges only the records of records.py (background records are never relevant
there); the second and third also judge background records, named by alias lines
(``@name<TAB>record id``) and used in judgments as ``@name:grade``. Each set is measured on
its own pool (:data:`POOLS`): the third set's new records are not in the index the first two
are measured on, so their figures do not move because of them (``evaluate_sets(...,
one_pool=True)`` measures every set on the whole pool).

Used by ``bench/bench_relevance.py`` (figures in bench/README.md) and by
``tests/search/relevance/test_relevance.py`` (a floor under the figures).
"""

from __future__ import annotations

import importlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.base import SearchQuery
from index.tantivy_ import TantivyIndex
from mappings.complete import complete_record
from mappings.record import Record
from search_api.params import expand_with_vocabulary, parse_search_params
from vocabulary.enrich import enrich
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLDEN = ROOT / "tests" / "mappings" / "golden"
PREFIX = "rel:"


@dataclass(frozen=True)
class Judged:
    """One query with its graded judgments (record id -> grade 1 or 2)."""

    id: str
    lang: str
    text: str
    grades: dict[str, int]


@dataclass
class Scores:
    """Per-query figures; ``None`` where a figure is undefined (nothing to find)."""

    ndcg10: float
    precision: float
    recall: float
    cross_precision: float | None
    cross_recall: float | None
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


LAST_SET = 173
"""The newest judged set: ``queries{N}.tsv`` with its records in ``records{N}.py``."""
HandWritten = tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...]


def _suffix(n: int) -> str:
    return "" if n == 1 else str(n)


SETS = {f"set{n}": HERE / f"queries{_suffix(n)}.tsv" for n in range(1, LAST_SET + 1)}
OWN_RECORDS: dict[int, HandWritten] = {
    n: importlib.import_module(f"tests.search.relevance.records{_suffix(n)}").RECORDS
    for n in (1, *range(3, LAST_SET + 1))
}
"""Each set's own hand-written records file (the second set judges the first's records)."""
RECORDS = OWN_RECORDS[1]
POOLS: dict[str, HandWritten] = {}
"""The hand-written records each set is measured over (the background records always): its
own and every earlier set's (the last set's pool is every records file)."""
_pool: HandWritten = ()
for _n in range(1, LAST_SET + 1):
    _pool = _pool + OWN_RECORDS.get(_n, ())
    POOLS[f"set{_n}"] = _pool


def load_queries(path: Path = SETS["set1"]) -> list[Judged]:
    """The judged queries of one file (aliases resolved to record ids)."""
    out = []
    aliases: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, rid = line.split("\t")
            aliases[name] = rid
            continue
        qid, lang, text, judgments = line.split("\t")
        grades = {}
        for item in judgments.split():
            key, grade = item.rsplit(":", 1)
            rid = aliases[key] if key.startswith("@") else f"{PREFIX}{key}"
            grades[rid] = int(grade)
        out.append(Judged(qid, lang, text, grades))
    return out


def judged_records(vocab: Any, records: HandWritten = RECORDS) -> list[Record]:
    """Hand-written records (records.py's by default) as harvested records, completed and
    enriched as a harvest completes and enriches them."""
    out = []
    for rid, rtype, lang, title, description, subjects, countries, date in records:
        record = Record(
            id=PREFIX + rid, node=f"rel-{lang}", source_id=rid, type=rtype,
            title={lang: title}, description={lang: description}, subjects=list(subjects),
            countries=list(countries), languages=[lang], date=date,
        )  # fmt: skip
        out.append(enrich(complete_record(record), vocab))
    return out


def golden_items() -> dict[str, dict[str, Any]]:
    """The records of the real fixtures' golden mappings, by id (deleted ones left out)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(GOLDEN.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item.get("id") and not item.get("deleted"):
                out[item["id"]] = {k: v for k, v in item.items() if k != "deleted"}
    return out


def background_ids() -> set[str]:
    """The ids of the background records (what the second set may judge besides records.py)."""
    return set(golden_items())


def background_records(vocab: Any) -> list[Record]:
    """Every record of the real fixtures' golden mappings (judged where a set names them), as
    a harvest stores them: completed (:func:`mappings.complete.complete_record`: a text keyed
    ``und`` gets the record's declared or detected language, as a harvest tags it) and
    enriched."""
    return [
        enrich(complete_record(Record.from_dict(item)), vocab) for item in golden_items().values()
    ]


def build_index(
    vocab: Any, hand_written: HandWritten = RECORDS
) -> tuple[TantivyIndex, dict[str, str]]:
    """An in-memory index of hand-written and background records; record id -> language."""
    index = TantivyIndex(None)
    index.concept_ancestors = vocab.broader_closure
    records = judged_records(vocab, hand_written) + background_records(vocab)
    index.upsert(records)
    index.commit()
    langs = {r.id: (r.languages[0] if r.languages else "und") for r in records}
    return index, langs


def run_query(index: TantivyIndex, vocab: Any, text: str) -> list[str]:
    """Every hit id in rank order, through the API's own parameter path."""
    query: SearchQuery = parse_search_params({"q": text, "size": "100", "facets": "type"})
    query = expand_with_vocabulary(query, vocab)
    from dataclasses import replace

    result = index.search(replace(query, limit=1000, facets=(), highlight=False))
    # equal scores come back in the order the indexing threads stored the records, which
    # varies from run to run: break ties by id so the figures are reproducible
    return [h.id for h in sorted(result.hits, key=lambda h: (-h.score, h.id))]


def score(judged: Judged, ranked: list[str], langs: dict[str, str]) -> Scores:
    """nDCG@10 (gain 2^grade - 1), precision and recall of the whole result set."""
    grades = judged.grades
    dcg = sum((2 ** grades.get(rid, 0) - 1) / math.log2(i + 2) for i, rid in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    hits = [rid for rid in ranked if rid in grades]
    precision = len(hits) / len(ranked) if ranked else 0.0
    recall = len(hits) / len(grades)
    other = {rid for rid in grades if langs.get(rid) != judged.lang}
    other_ranked = [rid for rid in ranked if langs.get(rid) != judged.lang]
    cross_recall = len(other & set(ranked)) / len(other) if other else None
    cross_precision = (
        len([r for r in other_ranked if r in grades]) / len(other_ranked) if other_ranked else None
    )
    return Scores(
        ndcg10=dcg / idcg if idcg else 0.0,
        precision=precision,
        recall=recall,
        cross_precision=cross_precision,
        cross_recall=cross_recall,
        missed=sorted(set(grades) - set(ranked)),
        extra=[rid for rid in ranked if rid not in grades],
    )


def mean(values: list[float | None]) -> float | None:
    """Mean of the defined values."""
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def summarise(per_query: list[tuple[Judged, Scores]]) -> dict[str, Any]:
    """Figures per query language and for all, and each query's misses and extras."""
    summary: dict[str, Any] = {}
    for lang in ("en", "fr", "es", "all"):
        chosen = [s for j, s in per_query if lang in ("all", j.lang)]
        summary[lang] = {
            "queries": len(chosen),
            "ndcg@10": mean([s.ndcg10 for s in chosen]),
            "precision": mean([s.precision for s in chosen]),
            "recall": mean([s.recall for s in chosen]),
            "cross_precision": mean([s.cross_precision for s in chosen]),
            "cross_recall": mean([s.cross_recall for s in chosen]),
        }
    summary["failures"] = {
        j.id: {"query": j.text, "missed": s.missed, "extra": s.extra[:8]}
        for j, s in per_query
        if s.missed or s.extra
    }
    return summary


def evaluate_sets(
    names: tuple[str, ...] = ("set1", "set2"), *, one_pool: bool = False
) -> dict[str, Any]:
    """Every figure of each named set, each over its own pool (:data:`POOLS`; the whole pool
    for all with ``one_pool``), of the first two together ("both", when both are named) and
    of all named sets together ("all", when more than two are named)."""
    vocab = load_vocabulary([PROJECT_THESAURUS])
    out: dict[str, Any] = {}
    per_set: dict[str, list[tuple[Judged, Scores]]] = {}
    indexes: dict[int, tuple[TantivyIndex, dict[str, str]]] = {}
    try:
        for name in names:
            pool = POOLS[f"set{LAST_SET}"] if one_pool else POOLS[name]
            if id(pool) not in indexes:
                indexes[id(pool)] = build_index(vocab, pool)
            index, langs = indexes[id(pool)]
            per_query = []
            for judged in load_queries(SETS[name]):
                ranked = run_query(index, vocab, judged.text)
                per_query.append((judged, score(judged, ranked, langs)))
            per_set[name] = per_query
            out[name] = summarise(per_query)
            out.setdefault("records", {})[name] = {
                "hand_written": len(pool), "total": index.count()}  # fmt: skip
        if "set1" in per_set and "set2" in per_set:
            out["both"] = summarise(per_set["set1"] + per_set["set2"])
        if len(per_set) > 2:
            out["all"] = summarise([s for name in names for s in per_set[name]])
    finally:
        for index, _langs in indexes.values():
            index.close()
    return out


def evaluate() -> dict[str, Any]:
    """The first set's figures (bench/README.md's first table)."""
    result = evaluate_sets(("set1",))
    return {**result["set1"], "records": result["records"]["set1"]}
