"""A floor under the relevance figures of the judged set (bench/README.md has the figures):
a change that loses cross-language recall or floods results fails here."""

from __future__ import annotations

from typing import Any

import pytest

from tests.search.relevance.evaluate import evaluate, load_queries
from tests.search.relevance.records import RECORDS


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    return evaluate()


def test_the_set_is_big_enough_and_judged_on_known_records() -> None:
    queries = load_queries()
    assert len(queries) >= 60
    assert {q.lang for q in queries} == {"en", "fr", "es"}
    known = {f"rel:{r[0]}" for r in RECORDS}
    assert all(set(q.grades) <= known for q in queries)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "all"])
def test_relevance_floor(summary: dict[str, Any], lang: str) -> None:
    s = summary[lang]
    assert s["recall"] >= 0.95, s
    assert s["cross_recall"] >= 0.95, s
    assert s["precision"] >= 0.90, s
    # 0.928 for Spanish before passing mentions in long descriptions stopped being inferred
    assert s["cross_precision"] >= 0.93, s
    assert s["ndcg@10"] >= 0.93, s
