"""The pure Elasticsearch translation (:mod:`index.es_query`): request bodies, the index
template and documents against golden JSON files in ``tests/index/golden_es/`` (rewrite them
with ``CHM_UPDATE_GOLDEN=1`` and review the diff like code), structural checks on the bodies,
and :func:`parse_response` on response bodies written by hand after the documented
Elasticsearch response format (no server runs here: these are not recorded from a cluster).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.base import FACET_FIELDS, FIELD_STOPWORDS, InvalidQuery, SearchQuery
from index.es_query import (
    SHARD_DOC_MAX,
    build_search,
    dumps,
    found_words,
    index_template,
    item_query,
    known_words_search,
    parse_response,
    to_document,
)
from index.query import Item, decode_cursor, encode_cursor, search_key
from tests.index.samples import MERCURY, PESTICIDES, SAMPLES

GOLDEN = Path(__file__).parent / "golden_es"
UPDATE = os.environ.get("CHM_UPDATE_GOLDEN") == "1"
PIT_CURSOR = encode_cursor(
    {"s": "-date", "a": [20190715, 918273645, "fr-chm:oai:chm.fr:1", 42], "p": "pit-abc"}
)


class _Quecksilber:
    """An expander: "quecksilber" means two concepts (as a vocabulary label would)."""

    def is_stopword(self, word: str) -> bool:
        return word == "the"

    def alternatives(self, text: str) -> tuple:
        return (("concept", (MERCURY, PESTICIDES)),) if text == "quecksilber" else ()


QUERIES: dict[str, SearchQuery] = {
    "all_defaults": SearchQuery(),
    "text_only": SearchQuery(text="mercury emissions", facets=()),
    "phrase": SearchQuery(text='"produits chimiques"', facets=()),
    "prefix": SearchQuery(text="merc*", facets=(), highlight=False),
    "prefix_multi_token": SearchQuery(text="covid-1*", facets=(), highlight=False),
    "exclusion": SearchQuery(text="mercury -coal NOT gold", facets=()),
    "or_groups": SearchQuery(text="lead OR mercury paint", facets=(), highlight=False),
    "filters": SearchQuery(
        filters={"type": ("project", "document"), "country": ("FR", "SN"), "year": ("2019",)},
        facets=(),
    ),
    "concept_expansion": SearchQuery(
        text="quecksilber the gold -coal",
        expander=_Quecksilber(),
        filters={"concept": (MERCURY,)},
        facets=(),
    ),
    "year_and_date_range": SearchQuery(
        year_from=2018, year_to=2020, date_from="2019-07", date_to="2020", facets=()
    ),
    "date_sort_offset": SearchQuery(sort="date", limit=5, offset=10, facets=()),
    "date_sort_with_cursor": SearchQuery(
        sort="-date", limit=10, search_after=PIT_CURSOR, facets=()
    ),
    "facets": SearchQuery(text="pesticides", facets=FACET_FIELDS, facet_size=10, highlight=False),
    "highlight_fr": SearchQuery(text="sécurité pesticides", lang="fr", facets=()),
    "count_only": SearchQuery(limit=0, facets=("type",)),
}


def check_golden(name: str, body: dict[str, Any]) -> None:
    """Compare with (or, with CHM_UPDATE_GOLDEN=1, rewrite) ``golden_es/<name>.json``."""
    path = GOLDEN / f"{name}.json"
    text = dumps(body)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing {path}: run with CHM_UPDATE_GOLDEN=1 and review it"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), name


# --- golden bodies -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_search_bodies_match_golden(name: str) -> None:
    check_golden(f"search_{name}", build_search(QUERIES[name]))


def test_pit_body_matches_golden() -> None:
    body = build_search(QUERIES["date_sort_with_cursor"], pit_id="pit-abc")
    check_golden("search_date_sort_with_cursor_under_pit", body)


def test_template_matches_golden() -> None:
    check_golden("index_template", index_template("chm-records-v*", shards=2, replicas=1))


@pytest.mark.parametrize("index", [0, 1, 5, 6])
def test_documents_match_golden(index: int) -> None:
    check_golden(f"document_{index}", to_document(SAMPLES[index].to_dict(), seq=index + 1))


# --- structure -----------------------------------------------------------------------------------


def test_every_filter_is_in_bool_filter() -> None:
    query = QUERIES["filters"]
    body = build_search(query)
    filters = body["query"]["bool"]["filter"]
    assert {"terms": {"type": ["project", "document"]}} in filters
    assert {"terms": {"country": ["FR", "SN"]}} in filters
    assert {"terms": {"year": [2019]}} in filters
    assert "must" not in body["query"]["bool"]  # filters do not score


def test_ranges_are_filters_with_inclusive_bounds() -> None:
    filters = build_search(QUERIES["year_and_date_range"])["query"]["bool"]["filter"]
    assert {"range": {"year": {"gte": 2018, "lte": 2020}}} in filters
    assert {"range": {"date_sort": {"gte": 20190701, "lte": 20201231}}} in filters


def test_terms_are_anded_and_exclusions_are_must_not() -> None:
    text = build_search(QUERIES["exclusion"])["query"]["bool"]["must"][0]["bool"]
    assert len(text["must"]) == 1
    assert [c["multi_match"]["query"] for c in text["must_not"]] == ["coal", "gold"]
    anded = build_search(QUERIES["text_only"])["query"]["bool"]["must"][0]["bool"]["must"]
    assert [c["multi_match"]["query"] for c in anded] == ["mercury", "emissions"]


def test_concepts_are_ored_with_their_own_term_only() -> None:
    text = build_search(QUERIES["concept_expansion"])["query"]["bool"]["must"][0]["bool"]
    first, second = text["must"]  # the lone stop word "the" asks for nothing
    assert first["bool"]["minimum_should_match"] == 1
    assert first["bool"]["should"][0]["multi_match"]["query"] == "quecksilber"
    terms = first["bool"]["should"][1]["constant_score"]["filter"]
    assert terms == {"terms": {"concept": [MERCURY, PESTICIDES]}}
    assert second["multi_match"]["query"] == "gold"  # the concept does not leak onto "gold"
    assert [c["multi_match"]["query"] for c in text["must_not"]] == ["coal"]


def test_an_excluded_term_excludes_its_concepts_too() -> None:
    query = SearchQuery(text="gold -quecksilber", expander=_Quecksilber(), facets=())
    excluded = build_search(query)["query"]["bool"]["must"][0]["bool"]["must_not"][0]
    assert excluded["bool"]["should"][1]["constant_score"]["filter"]["terms"]["concept"]


def test_aggregation_for_each_requested_facet() -> None:
    body = build_search(QUERIES["facets"])
    assert set(body["aggs"]) == set(FACET_FIELDS)
    for name, agg in body["aggs"].items():
        assert agg["terms"]["field"] == name
        assert agg["terms"]["size"] == 10
    assert "aggs" not in build_search(QUERIES["text_only"])


def test_sorts_are_total_orders() -> None:
    assert build_search(SearchQuery())["sort"][-1] == {"id": {"order": "asc"}}
    date = build_search(QUERIES["date_sort_offset"])
    assert date["sort"][:2] == [{"date_sort": {"order": "asc", "missing": "_last"}},
                                {"tie": {"order": "asc", "missing": "_last"}}]  # fmt: skip
    assert (date["from"], date["size"]) == (10, 5)
    pit = build_search(QUERIES["date_sort_with_cursor"], pit_id="pit-abc")
    assert pit["sort"][-1] == {"_shard_doc": {"order": "asc"}}
    assert pit["search_after"] == [20190715, 918273645, "fr-chm:oai:chm.fr:1", 42]
    assert pit["size"] == 11  # one more than the page: is there a next page?
    assert "from" not in pit


def test_cursor_fits_a_new_pit() -> None:
    fresh = build_search(QUERIES["date_sort_with_cursor"], pit_id="pit-new")
    assert fresh["search_after"] == [20190715, 918273645, "fr-chm:oai:chm.fr:1", SHARD_DOC_MAX]
    no_pit = encode_cursor({"s": "relevance", "a": [3.2, "x:1"]})
    body = build_search(SearchQuery(search_after=no_pit), pit_id="pit-1")
    assert body["search_after"] == [3.2, "x:1", SHARD_DOC_MAX]
    assert build_search(SearchQuery(search_after=no_pit))["search_after"] == [3.2, "x:1"]


def test_template_analysers() -> None:
    template = index_template("chm-records-v*")
    analysis = template["template"]["settings"]["analysis"]
    for lang, name in (("en", "English"), ("fr", "French"), ("es", "Spanish")):
        chain = analysis["analyzer"][f"chm_{lang}"]["filter"]
        assert chain[:4] == ["chm_long", "lowercase", f"chm_stop_{lang}", "asciifolding"]
        stop = analysis["filter"][f"chm_stop_{lang}"]
        assert stop == {"type": "stop", "stopwords": list(FIELD_STOPWORDS[lang])}
        assert f"chm_stem_{lang}" in chain
        assert analysis["filter"][f"chm_stem_{lang}"] == {"type": "snowball", "language": name}
    assert analysis["analyzer"]["chm_folded"]["filter"] == ["chm_long", "lowercase", "asciifolding"]
    assert {a["tokenizer"] for a in analysis["analyzer"].values()} == {"chm_words"}
    props = template["template"]["mappings"]["properties"]
    assert props["title_fr"]["analyzer"] == "chm_fr"
    assert props["description_other"]["analyzer"] == "chm_folded"
    assert props["doc"] == {"type": "object", "enabled": False}
    for name in ("type", "country", "region", "language", "concept", "node", "id"):
        assert props[name] == {"type": "keyword"}
    assert props["year"]["type"] == "integer"


def test_documents_route_languages_and_dates() -> None:
    doc = to_document(SAMPLES[6].to_dict())  # fr-CA
    assert doc["title_fr"] == [SAMPLES[6].title["fr-CA"]]
    record = SAMPLES[0].with_changes(title={"pt": "Resíduos", "und": "X"}, date="junk")
    doc = to_document(record.to_dict())
    assert doc["title_other"] == ["Resíduos", "X"]
    assert "year" not in doc
    assert "date_sort" not in doc
    doc = to_document(SAMPLES[1].to_dict())  # "2020-03"
    assert (doc["year"], doc["date_sort"]) == (2020, 20200301)
    assert to_document(SAMPLES[5].to_dict())["concept"] == list(
        dict.fromkeys([*SAMPLES[5].concepts, *SAMPLES[5].concepts_inferred])
    )


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        (SearchQuery(limit=5000), "limit must be between"),
        (SearchQuery(text="x" * 5000), "too long"),
        (SearchQuery(text='"open'), "unbalanced quote"),
        (SearchQuery(facet_size=100_000), "facet_size cannot exceed"),
        (SearchQuery(search_after="bm90IGpzb24"), "cursor is not valid"),
        (
            SearchQuery(sort="date", search_after=encode_cursor({"s": "date", "a": [1]})),
            "cursor is not valid",
        ),
        (SearchQuery(search_after=PIT_CURSOR), "cursor is not valid"),  # made for -date
    ],
)
def test_invalid_input_is_invalid_query(query: SearchQuery, reason: str) -> None:
    with pytest.raises(InvalidQuery, match=reason):
        build_search(query)


# --- responses (hand-written after the documented response format) ------------------------------


def _hit(record_index: int, sort: list[Any], **extra: Any) -> dict[str, Any]:
    record = SAMPLES[record_index]
    return {
        "_index": "chm-records-v1",
        "_id": record.id,
        "_score": extra.pop("score", 1.5),
        "_source": {"doc": record.to_dict()},
        "sort": sort,
        **extra,
    }


def test_parse_response_hits_highlights_facets() -> None:
    body = {
        "took": 3,
        "timed_out": False,
        "hits": {
            "total": {"value": 12, "relation": "eq"},
            "max_score": 2.5,
            "hits": [
                _hit(
                    1,
                    [2.5, SAMPLES[1].id],
                    score=2.5,
                    highlight={
                        "title_en": ["Safety guide for <mark>pesticide</mark> use"],
                        "title_fr": ["Guide de <mark>sécurité</mark> pour l&#x27;utilisation"],
                        "description_fr": ["Bonnes pratiques de <mark>sécurité</mark>"],
                    },
                ),
                _hit(4, [1.1, SAMPLES[4].id], score=1.1),
            ],
        },
        "aggregations": {
            "type": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": "project", "doc_count": 7},
                    {"key": "document", "doc_count": 5},
                ],
            },
            "year": {
                "buckets": [
                    {"key": 2020, "doc_count": 2},
                    {"key": 2019, "doc_count": 2},
                    {"key": 2021, "doc_count": 3},
                ]
            },
        },
    }
    query = SearchQuery(text="pesticide sécurité", lang="fr", limit=2, facets=("type", "year"))
    result = parse_response(body, query)
    assert result.total == 12
    assert [h.id for h in result.hits] == [SAMPLES[1].id, SAMPLES[4].id]
    assert result.hits[0].record == SAMPLES[1].to_dict()
    assert result.hits[0].score == 2.5
    assert result.hits[0].highlights == {
        "title": "Guide de <mark>sécurité</mark> pour l&#x27;utilisation",  # reader's language
        "description": "Bonnes pratiques de <mark>sécurité</mark>",
    }
    assert result.hits[1].highlights == {}
    assert result.facets["type"] == [("project", 7), ("document", 5)]
    assert result.facets["year"] == [("2021", 3), ("2019", 2), ("2020", 2)]
    cursor = decode_cursor(result.next_cursor or "", "relevance", query)
    assert cursor == {"s": "relevance", "a": [1.1, SAMPLES[4].id], "q": search_key(query)}
    with pytest.raises(InvalidQuery):  # 2 of 12 shown: more, for this search only
        decode_cursor(result.next_cursor or "", "relevance", replace(query, text="pesticide"))


def test_parse_response_cursor_pages() -> None:
    hits = [_hit(i, [20200101 - i, SAMPLES[i].id, 7 + i], score=None) for i in range(3)]
    body = {"pit_id": "pit-2", "hits": {"total": {"value": 40, "relation": "eq"}, "hits": hits}}
    query = SearchQuery(sort="-date", limit=2, search_after=PIT_CURSOR, facets=())
    result = parse_response(body, query)
    assert len(result.hits) == 2  # the third hit only says there is a next page
    assert result.hits[0].score == 0.0
    data = decode_cursor(result.next_cursor or "", "-date")
    assert data == {
        "s": "-date", "a": [20200100, SAMPLES[1].id, 8], "p": "pit-2", "q": search_key(query)
    }  # fmt: skip
    last = parse_response({"pit_id": "pit-2", "hits": {"total": 40, "hits": hits[:2]}}, query)
    assert last.next_cursor is None
    assert last.total == 40  # the pre-7.0 integer form is read too


def test_parse_response_from_size_uses_total() -> None:
    body = {
        "hits": {"total": {"value": 3, "relation": "eq"}, "hits": [_hit(0, [1.0, SAMPLES[0].id])]}
    }
    assert parse_response(body, SearchQuery(limit=1, offset=2)).next_cursor is None
    assert parse_response(body, SearchQuery(limit=1, offset=1)).next_cursor is not None
    empty = parse_response({"hits": {"total": {"value": 0}, "hits": []}}, SearchQuery())
    assert (empty.total, empty.hits, empty.next_cursor) == (0, [], None)


# --- properties ----------------------------------------------------------------------------------

_queries = st.builds(
    SearchQuery,
    text=st.text(max_size=80) | st.text(alphabet='ab "*-OR()+:\\^~', max_size=30),
    sort=st.sampled_from(["relevance", "date", "-date", "title"]),
    limit=st.integers(-2, 1200),
    offset=st.integers(-1, 12_000),
    filters=st.dictionaries(
        st.sampled_from([*FACET_FIELDS, "colour"]),
        st.lists(st.text(max_size=8), max_size=3).map(tuple),
        max_size=3,
    ),
    search_after=st.none() | st.text(max_size=30),
    date_from=st.none() | st.sampled_from(["2019", "2019-07", "junk", "2019-13"]),
)


@settings(max_examples=300, deadline=None)
@given(query=_queries, pit=st.none() | st.just("pit-x"))
def test_build_search_never_raises_anything_but_invalid_query(
    query: SearchQuery, pit: str | None
) -> None:
    try:
        body = build_search(query, pit_id=pit)
    except InvalidQuery as exc:
        reason = exc.reason
        assert reason  # a plain-words reason for the person who typed it
        return
    assert json.loads(json.dumps(body)) == body
    assert body["size"] <= 1001


@settings(max_examples=100, deadline=None)
@given(
    values=st.lists(
        st.one_of(
            st.none(),
            st.integers(),
            st.floats(allow_nan=False),
            st.text(max_size=10),
            st.booleans(),
        ),
        max_size=4,
    ),
    pit=st.none() | st.text(max_size=5),
)
def test_any_decoded_cursor_gives_a_body_or_invalid_query(values: list, pit: str | None) -> None:
    data: dict[str, Any] = {"s": "relevance", "a": values}
    if pit is not None:
        data["p"] = pit
    query = SearchQuery(search_after=encode_cursor(data))
    try:
        body = build_search(query, pit_id=pit or None)
    except InvalidQuery:
        return
    assert len(body["search_after"]) == len(body["sort"])


def test_documents_hold_broader_concepts_when_asked() -> None:
    record = SAMPLES[0].to_dict()
    plain = to_document(record)["concept"]
    assert plain == list(dict.fromkeys([*record["concepts"], *record["concepts_inferred"]]))
    wider = to_document(record, None, lambda uri: {uri, "https://x.example/parent"})["concept"]
    assert set(wider) == {*plain, "https://x.example/parent"}
    assert len(wider) == len(set(wider))


def test_a_label_run_is_one_clause_with_its_words_anded() -> None:
    from tests.index.generated import GenExpander

    query = SearchQuery(text="perfil nacional mercury gold mining", expander=GenExpander(),
                        facets=())  # fmt: skip
    label, run = build_search(query)["query"]["bool"]["must"][0]["bool"]["must"]
    text, type_ = label["bool"]["should"]
    assert [c["multi_match"]["query"] for c in text["bool"]["must"]] == ["perfil", "nacional"]
    assert type_["constant_score"]["filter"] == {"terms": {"type": ["national-profile"]}}
    # "mercury gold mining" is a label made of a shorter one: its parts AND-ed are a third way
    text, concept, within = run["bool"]["should"]
    assert "concept" in concept["constant_score"]["filter"]["terms"]
    assert len(within["bool"]["must"]) == 3


def test_a_native_translation_is_looked_for_in_its_language_only() -> None:
    body = item_query(Item("oro", translations=(("en", "gold"),), native=(("fr", "or"),)))
    shoulds = body["bool"]["should"]
    gold, native = (q["multi_match"] for q in shoulds[1:])
    assert "subjects^0.75" in gold["fields"] and any("other" in f for f in gold["fields"])
    # French "or" (gold) is the English stop word "or": French title and description only
    assert [f.split("^")[0] for f in native["fields"]] == ["title_fr", "description_fr"]
    assert native["type"] == "phrase" and native["query"] == "or"


# --- the cognate forms' look-up -------------------------------------------------------------------


def test_known_words_search_asks_every_form_in_one_body() -> None:
    asked = (("fr", "chlorure"), ("es", "cloruro"), ("pt", "cloreto"), ("en", "a-b"))
    body = known_words_search(asked)
    assert body is not None
    check_golden("known_words", body)
    assert body["size"] == 0
    buckets = body["aggs"]["known"]["filters"]["filters"]
    # a language without fields of its own, a form that is not one token: never asked
    assert set(buckets) == {"0", "1"}
    assert buckets["0"]["multi_match"]["fields"] == ["title_fr", "description_fr"]
    assert known_words_search([("pt", "cloreto")]) is None


def test_found_words_reads_the_buckets() -> None:
    asked = (("fr", "chlorure"), ("es", "cloruro"), ("pt", "cloreto"))
    response = {"aggregations": {"known": {"buckets": {"0": {"doc_count": 3},
                                                       "1": {"doc_count": 0}}}}}  # fmt: skip
    assert found_words(response, asked) == {("fr", "chlorure")}
    assert found_words({}, asked) == set()
