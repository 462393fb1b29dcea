"""A search that fails for a passing reason is asked again (:meth:`index.opensearch_.
OpenSearchIndex.search_passing`): found from outside on the three-node cluster of
``tests/index/test_opensearch_failover.py``, where a search sent in the 0.1 s after the elected
cluster manager was killed came back ``search_phase_execution_exception`` (HTTP 500, every
copy of a shard on the lost node) and the reader's page failed.

The real cluster cannot be made to fail a search at a chosen moment, so the client here is a
stand-in that raises the errors opensearch-py raises (its own exception classes, with the
bodies a 2.19 node sends); the failover test runs the same path on the real cluster.
"""

from __future__ import annotations

from typing import Any

import pytest
from opensearchpy.exceptions import ConnectionError as OsConnectionError
from opensearchpy.exceptions import RequestError, TransportError

from index.base import BackendUnavailable, InvalidQuery
from index.opensearch_ import OpenSearchIndex

ALL_SHARDS_FAILED = {
    "error": {
        "root_cause": [],
        "type": "search_phase_execution_exception",
        "reason": "all shards failed",
        "phase": "query",
        "grouped": True,
        "failed_shards": [],
    },
    "status": 500,
}
ANSWER = {"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}, "_shards": {}}


class Client:
    """Raises the given errors in turn, then answers."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def search(self, **_kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return ANSWER


def backend(client: Client) -> tuple[OpenSearchIndex, list[float]]:
    index = OpenSearchIndex(client, server_version="2.19.0", setup=False)  # type: ignore[arg-type]
    pauses: list[float] = []
    index.sleep = pauses.append  # type: ignore[method-assign]
    return index, pauses


def lost_shard() -> TransportError:
    return TransportError(500, "search_phase_execution_exception", ALL_SHARDS_FAILED)


def test_a_search_on_a_lost_shard_is_asked_again() -> None:
    client = Client(lost_shard(), lost_shard())
    index, pauses = backend(client)
    assert index._search({"query": {"match_all": {}}}, index="chm") == ANSWER
    assert client.calls == 3
    assert pauses == [0.1, 0.2]


@pytest.mark.parametrize(
    "error",
    [
        TransportError(503, "unavailable_shards_exception", {}),
        TransportError(429, "es_rejected_execution_exception", {}),
        OsConnectionError("N/A", "connection refused", None),
    ],
)
def test_busy_or_unreachable_is_asked_again(error: Exception) -> None:
    client = Client(error)
    index, pauses = backend(client)
    assert index._search({}, index="chm") == ANSWER
    assert client.calls == 2 and pauses == [0.1]


def test_a_cluster_that_keeps_failing_is_unavailable_after_the_retries() -> None:
    client = Client(*[lost_shard() for _ in range(10)])
    index, pauses = backend(client)
    with pytest.raises(BackendUnavailable, match="search_phase_execution_exception"):
        index._search({}, index="chm")
    assert client.calls == index.search_retries + 1 == 4
    assert pauses == [0.1, 0.2, 0.4]


@pytest.mark.parametrize(
    "error",
    [
        TransportError(
            500, "illegal_state_exception", {"error": {"type": "illegal_state_exception"}}
        ),
        TransportError(500, "internal_server_error", {"error": "a string body"}),
    ],
)
def test_other_server_errors_are_not_asked_again(error: Exception) -> None:
    index, pauses = backend(Client(error))
    with pytest.raises(BackendUnavailable):
        index._search({}, index="chm")
    assert pauses == []


def test_a_bad_query_is_never_asked_again() -> None:
    client = Client(
        RequestError(400, "parsing_exception", {"error": {"type": "parsing_exception"}})
    )
    index, pauses = backend(client)
    with pytest.raises(InvalidQuery):
        index._search({}, index="chm")
    assert client.calls == 1 and pauses == []
