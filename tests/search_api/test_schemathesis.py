"""schemathesis over every operation of the OpenAPI document, with all of its checks, as an
anonymous caller, with a node's API key and with the operator token: 0 failures.

That proves the document tells the truth: each operation answers only the statuses and
media types it declares, errors have the one error shape (the ``Error`` schema), invalid
input is refused with a 4xx (never a 500), authenticated routes refuse missing credentials.

The app runs over its own small chm (the operator's requests change it: keys rotate, nodes
go), which may make no network request at all: ``[security] allow_private_hosts`` is off and
the system resolver is replaced by one that resolves nothing (there is no DNS here), so
every URL a generated registration names is refused before any connection.

``positive_data_acceptance`` expects schema-valid requests to be accepted; where a 400 can
follow from rules no JSON Schema states, 400 is listed as expected for that operation:
the search query language (``q``, impossible dates such as 2019-02-31), registrations and
validations (judged by fetching the URL), and duplicate rules (the records must exist).
Generation is derandomized and bounded (EXAMPLES per operation), so a run is repeatable and
takes well under a minute on an idle 2-core machine.
"""

from __future__ import annotations

import socket
import warnings
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings

from core.config import NodeConfig
from ops.context import Context
from registration.registry import Actor
from search_api.app import create_app
from search_api.openapi import ERRORS
from tests.search_api.conftest import harvested_context

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import schemathesis
    from schemathesis.checks import CHECKS, load_all_checks
    from schemathesis.config import SchemathesisConfig
    from schemathesis.core.failures import FailureGroup

EXAMPLES = 12
OPERATOR_TOKEN = "op-token-for-schemathesis"
SEMANTIC_400 = (
    ("GET", "^/api/search$"),
    ("GET", "^/search\\.json$"),
    ("GET", "^/$"),
    ("GET", "^/api/export$"),
    ("POST", "^/api/nodes$"),
    ("POST", "^/api/validate$"),
    ("PATCH", "^/api/nodes/\\{node_id\\}$"),
    ("POST", "^/register$"),
    ("GET", "^/api/duplicates/rules$"),
    ("POST", "^/api/duplicates/rules$"),
    ("DELETE", "^/api/duplicates/rules$"),
    # the assistance procedure: the need, its offers and the state it is in must allow the
    # change; a webhook URL must pass the outbound policy; a token must be one chm made
    ("POST", "^/api/needs/\\{need_id\\}/state$"),
    ("POST", "^/records/\\{record_id\\}/state$"),
    ("PUT", "^/api/nodes/\\{node_id\\}/notifications$"),
    ("POST", "^/api/subscriptions$"),
    ("DELETE", "^/api/subscriptions$"),
    ("POST", "^/subscriptions/unsubscribe$"),
    ("POST", "^/subscriptions/confirm$"),
    ("GET", "^/api/countries$"),
)
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429"]


def _no_dns(host: str, port: int) -> list[str]:
    raise socket.gaierror(-2, "Name or service not known (this test resolves nothing)")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A small chm (30 records, one registered node) whose app makes no network request."""
    folder = tmp_path_factory.mktemp("schemathesis")
    ctx: Context = harvested_context(folder, {"fr-chm": 30})
    cfg = ctx.settings.path
    cfg.write_text(
        cfg.read_text().replace("allow_private_hosts = true", "allow_private_hosts = false")
        + "[harvest]\nmax_retries = 0\n"
    )
    ctx.reload_settings()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("harvesters.urlguard.system_resolver", _no_dns)
        mp.setenv("CHM_OPERATOR_TOKEN", OPERATOR_TOKEN)
        node = NodeConfig(id="sn-chm", url="http://sn.example.org/oai", name="SN", country="SN")
        key = ctx.registry.register(
            node, {"email": "focal@sn.example.org"}, "active", Actor("anonymous", "test")
        )
        yield {"app": create_app(ctx), "key": key}
    service = getattr(ctx, "_harvest_service", None)
    if service is not None:
        service.watchdog.stop(cancel_runs=True)
    ctx.close()


def _config() -> SchemathesisConfig:
    operations = [
        {
            "include-method": method,
            "include-path-regex": path,
            "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
        }
        for method, path in SEMANTIC_400
    ]
    return SchemathesisConfig.from_dict(
        {
            "checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}},
            "operations": operations,
        }
    )


def test_every_route_is_documented(world: dict[str, Any]) -> None:
    """Every operation is in the table of responses (a new route must be decided), and the
    document declares no 422 anywhere."""
    spec = world["app"].openapi()
    ops = {(m.upper(), p) for p, items in spec["paths"].items() for m in items}
    assert ops == set(ERRORS), (ops - set(ERRORS), set(ERRORS) - ops)
    assert '"422"' not in str(spec).replace("'", '"')


@pytest.mark.parametrize("who", ["anonymous", "node key", "operator token"])
def test_schemathesis_all_checks(world: dict[str, Any], who: str) -> None:
    app: FastAPI = world["app"]
    headers = {
        "anonymous": {},
        "node key": {"Authorization": f"Bearer {world['key']}"},
        "operator token": {"Authorization": f"Bearer {OPERATOR_TOKEN}"},
    }[who]
    load_all_checks()
    checks = CHECKS.get_all()
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=_config())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {(op.method.upper(), op.path) for op in operations} == set(ERRORS)
    statuses: Counter[tuple[str, int]] = Counter()
    failures: list[str] = []
    for operation in operations:
        _exercise(operation, headers, checks, statuses, failures)
    assert not failures, "\n".join(sorted(set(failures))[:30])
    assert not [k for k in statuses if k[1] >= 500]
    answered = {label for label, _ in statuses}
    assert answered == {f"{m} {p}" for m, p in ERRORS}  # every operation was exercised
    ok = {label for (label, status) in statuses if status < 300}
    assert "GET /api/search" in ok and "GET /oai" in ok
    if who == "operator token":
        assert "GET /api/audit" in ok  # the token opened an operator route


def _exercise(
    operation: Any,
    headers: dict[str, str],
    checks: list[Any],
    statuses: Counter[tuple[str, int]],
    failures: list[str],
) -> None:
    """Run EXAMPLES generated requests of one operation; record statuses and failures."""
    label = f"{operation.method.upper()} {operation.path}"

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def run(case: Any) -> None:
        response = case.call(headers=headers)
        statuses[(label, response.status_code)] += 1
        try:
            case.validate_response(response, checks=checks, headers=headers)
        except FailureGroup as group:
            failures.extend(f"{label}: {f.title}: {str(f)[:300]}" for f in group.exceptions)

    run()
