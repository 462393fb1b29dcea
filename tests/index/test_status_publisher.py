"""Project status and the publisher's country: keyword fields, facets and filters (tantivy),
and the query-string contract (``status=`` is checked, never silently ignored)."""

from __future__ import annotations

import pytest

from index.base import SearchQuery
from index.es_query import to_document
from index.tantivy_ import TantivyIndex
from mappings.record import Record
from search_api.errors import BadRequest
from search_api.params import parse_search_params


def _rec(i: int, status: str | None, countries: list[str], publisher: str | None) -> Record:
    return Record(
        id=f"n:{i}", node="n", source_id=str(i), type="project", title={"en": f"Project {i}"},
        countries=countries, publisher_country=publisher, status=status,
    )  # fmt: skip


RECORDS = [
    _rec(1, "completed", ["ML"], "FR"),
    _rec(2, "ongoing", ["SN"], "FR"),
    _rec(3, "ongoing", ["FR"], "FR"),
    _rec(4, None, ["MX"], "MX"),
]


@pytest.fixture
def index() -> TantivyIndex:
    idx = TantivyIndex(None)
    idx.upsert(RECORDS)
    idx.commit(last_seq=1)
    return idx


def test_status_facet_counts_and_filter(index: TantivyIndex) -> None:
    res = index.search(SearchQuery(facets=("status",)))
    assert dict(res.facets["status"]) == {"ongoing": 2, "completed": 1}
    only = index.search(SearchQuery(filters={"status": ("ongoing",)}, facets=("status",)))
    assert sorted(h.id for h in only.hits) == ["n:2", "n:3"]
    # a facet value's count equals the total of the query filtered by it
    assert only.total == dict(res.facets["status"])["ongoing"]


def test_publisher_country_is_apart_from_countries_about(index: TantivyIndex) -> None:
    res = index.search(SearchQuery(facets=("country", "publisher_country")))
    assert dict(res.facets["publisher_country"]) == {"FR": 3, "MX": 1}
    assert dict(res.facets["country"]) == {"ML": 1, "SN": 1, "FR": 1, "MX": 1}
    about_fr = index.search(SearchQuery(filters={"country": ("FR",)}))
    assert [h.id for h in about_fr.hits] == ["n:3"]
    by_fr = index.search(SearchQuery(filters={"publisher_country": ("FR",)}))
    assert by_fr.total == 3


def test_status_param_is_checked() -> None:
    query = parse_search_params({"status": ["Ongoing,planned"], "publisher_country": ["fr"]})
    assert query.filters["status"] == ("ongoing", "planned")
    assert query.filters["publisher_country"] == ("FR",)
    assert "status" in query.facets and "publisher_country" in query.facets
    with pytest.raises(BadRequest, match="'status' must be one of completed, ongoing, planned"):
        parse_search_params({"status": ["finished-ish"]})


def test_elasticsearch_document_carries_both_fields() -> None:
    doc = to_document(RECORDS[0].to_dict())
    assert (doc["status"], doc["publisher_country"], doc["country"]) == ("completed", "FR", ["ML"])
