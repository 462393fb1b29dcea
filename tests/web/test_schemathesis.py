"""schemathesis against the OpenAPI document: no generated request to the search, record,
export, suggestion, page or OAI endpoints gets a 500, and JSON errors keep the one shape.

Only GET endpoints of this feature are exercised (the session app is shared and read-only).
Each operation's schemathesis strategy runs under hypothesis with a bounded number of
examples (``schemathesis.pytest.from_fixture`` does not work with this pytest version).
"""

from __future__ import annotations

import warnings
from typing import Any

from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import schemathesis

PATHS = (
    r"^/(api/search|api/records/\{record_id\}|api/export|api/vocabulary/suggest"
    r"|search\.json|records/\{record_id\}|oai)?$"
)
EXAMPLES = 25


def check_case(case: Any) -> int:
    """One generated request: never a 500; a JSON error has the one error shape."""
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    if response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
        body = response.json()
        assert set(body) == {"ok", "status", "error", "errors"}, body
        assert body["ok"] is False and body["status"] == response.status_code
    return int(response.status_code)


def test_no_server_error_for_generated_requests(app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(
        path_regex=PATHS, method="GET"
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    paths = {op.path for op in operations}
    assert {"/api/search", "/api/records/{record_id}", "/api/export", "/oai", "/"} <= paths
    statuses: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def run(case: Any) -> None:
            statuses.append(check_case(case))

        run()
    assert len(statuses) >= 3 * len(operations)
    assert 200 in statuses and 400 in statuses
