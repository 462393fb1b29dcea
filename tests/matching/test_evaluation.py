"""Quality on the labelled sets built from the demo data (figures in docs/matching.md).

Thresholds are the measured figures minus a small margin, so a regression fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from matching.evaluate import (
    demo_records,
    evaluate_duplicates,
    evaluate_matching,
    load_labels,
    write_records,
)
from matching.update import recompute_all
from store import Store
from tests.matching.labels import DUPLICATE_COUNTS, corpus_truth, duplicate_pairs, match_labels

MEASURED = {"precision_at_k": 0.391, "hit_rate_at_k": 0.700}  # with the thesaurus
MEASURED_NO_VOCAB = {"precision_at_k": 0.228, "hit_rate_at_k": 0.536}
MARGIN = 0.03


def test_labelled_sets_are_what_the_generator_says() -> None:
    assert load_labels("match_labels.json") == match_labels(corpus_truth())
    assert load_labels("duplicate_pairs.json") == duplicate_pairs(corpus_truth(DUPLICATE_COUNTS))
    labels = load_labels("match_labels.json")
    judged = sum(len(v["relevant"]) for v in labels["needs"].values())
    assert len(labels["needs"]) >= 50 and judged >= 50


def test_matching_precision_and_hit_rate_at_5(demo_store: Store) -> None:
    got = evaluate_matching(demo_store, load_labels("match_labels.json"))
    assert got["needs"] == 207
    for key, value in MEASURED.items():
        assert got[key] >= value - MARGIN, (key, got[key])


def test_matching_without_vocabulary_still_works(tmp_path: Path) -> None:
    store = Store(tmp_path / "chm.sqlite")
    write_records(store, demo_records(None))
    recompute_all(store, None)
    got = evaluate_matching(store, load_labels("match_labels.json"))
    for key, value in MEASURED_NO_VOCAB.items():
        assert got[key] >= value - MARGIN, (key, got[key])
    store.close()


@pytest.fixture(scope="module")
def dup_store(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> Iterator[Store]:
    store = Store(tmp_path_factory.mktemp("dups") / "chm.sqlite")
    write_records(store, demo_records(vocab, DUPLICATE_COUNTS))
    recompute_all(store, vocab)
    yield store
    store.close()


def test_duplicate_precision_and_recall_on_demo_pairs(dup_store: Store) -> None:
    got = evaluate_duplicates(dup_store, load_labels("duplicate_pairs.json"))
    assert got["positives"] == 60 and got["pairs"] == 510
    assert got["precision"] >= 1.0 - MARGIN and got["recall"] >= 1.0 - MARGIN, got["wrong"]
