"""The start-up warm-up of ``chm serve``: the queries it asks are the API's own, and a warmed
index answers exactly what an index that was not warmed answers."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from index.tantivy_ import TantivyIndex
from search_api.params import expand_with_vocabulary, parse_search_params
from search_api.warmup import WARM_LANGS, warm_queries, warm_up
from tests.index.samples import SAMPLES
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS


def _seen(result: object) -> tuple[object, ...]:
    r = result
    return (r.total, r.facets, [(h.id, h.highlights) for h in r.hits])  # type: ignore[attr-defined]


def test_warm_queries_are_the_api_queries_of_a_first_visit() -> None:
    vocab = load_vocabulary([PROJECT_THESAURUS])
    got = warm_queries(vocab)
    landing = expand_with_vocabulary(parse_search_params({}), vocab)
    assert got[0] == landing and got[1].sort == "-date" and got[1].text == ""
    texts = [q for q in got[2:] if q.text]
    assert {q.lang for q in texts} == set(WARM_LANGS)
    assert all(q.expander is not None for q in got)
    assert warm_queries(None)[:2] == [parse_search_params({}),
                                      parse_search_params({"sort": "-date"})]  # fmt: skip


def test_a_warmed_server_answers_what_a_cold_one_answers(tmp_path: Path) -> None:
    vocab = load_vocabulary([PROJECT_THESAURUS])
    writer = TantivyIndex(tmp_path)
    writer.concept_ancestors = vocab.broader_closure
    writer.upsert(SAMPLES)
    writer.commit(last_seq=1)
    writer.close()
    asked = [*warm_queries(vocab), expand_with_vocabulary(
        parse_search_params({"q": "mercury", "country": "SN"}), vocab)]  # fmt: skip
    cold = TantivyIndex(tmp_path)
    cold.concept_ancestors = vocab.broader_closure
    expected = [_seen(cold.search(q)) for q in asked]
    cold.close()
    index = TantivyIndex(tmp_path)
    index.concept_ancestors = vocab.broader_closure
    assert warm_up(SimpleNamespace(index=index, vocabulary=vocab))
    assert index.wait_warm(timeout=60)
    assert len(index._counts) >= 1  # the landing page's counts are ready
    assert [_seen(index.search(q)) for q in asked] == expected
    index.close()


def test_backends_without_a_warm_up_are_left_alone() -> None:
    assert not warm_up(SimpleNamespace(index=object(), vocabulary=None))
