"""JSON harvester: real CKAN fixtures over HTTP on 127.0.0.1, through ``run_node``, into a real
store and the real tantivy index. Each paging style, each profile, each bad-input case."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import NodeConfig
from harvesters.base import HarvestError, HarvestWindow
from harvesters.http import FetchResult
from harvesters.json_api import (
    JsonApiHarvester,
    RateLimiter,
    RecordExtractor,
    decode_json,
    loads,
)
from harvesters.profiles import NodeOptionsError, json_options
from index.base import RecordNotFound
from mappings.record import Record
from tests.harvesters.helpers import Env
from tests.servers.json_dcat import JsonApp, record_id

GOLDEN = Path(__file__).resolve().parents[1] / "mappings" / "golden_declarative" / "profiles"
HARVESTED_AT = "2026-01-01T00:00:00Z"
ALL_IDS = None  # filled lazily from the fixture list


def node(url: str, mapping: str = "ckan", node_id: str = "n", **options: Any) -> NodeConfig:
    return NodeConfig(id=node_id, url=url, protocol="json", mapping=mapping, options=options)


def ckan(base: str, **options: Any) -> NodeConfig:
    opts = {"profile": "ckan", "page_size": 4, "id_path": "id || name", **options}
    return node(f"{base}/ckan/api/3/action/package_search", **opts)


def expected_ids(app: JsonApp) -> set[str]:
    return {record_id(r) for r in app.records}


# --------------------------------------------------------------------------- happy paths


def test_ckan_profile_through_pipeline(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    s = env.run(ckan(base))
    assert s.status == "success", s.error
    assert (s.added, s.pages) == (9, 3)
    assert env.live("n") == expected_ids(app)
    multi = env.index.get("n:test-dataset-multilingual")
    assert multi["title"] == {
        "en": "Test DCAT dataset",
        "ca": "Conjunt de dades de prova DCAT",
        "es": "Conjunto de datos de prueba DCAT",
    }
    assert multi["languages"] == ["en", "ca", "es"]
    assert multi["type"] == "dataset"
    raw = env.store.records.get_raw("n", "62513382-3b26-4bc8-9096-40b6ce8383c0")
    assert raw is not None
    assert json.loads(raw["payload"])["name"] == "100-validated-species-of-plants"
    again = env.run(ckan(base), full=True)
    assert (again.unchanged, again.added, again.deleted) == (9, 0, 0)


def test_incremental_ckan_sends_modified_since_and_deletes_nothing(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, app = server
    assert env.run(ckan(base)).added == 9
    app.records = app.records[1:]  # gone at the source, but an incremental run cannot know
    s = env.run(ckan(base))
    assert s.status == "success"
    assert s.since
    assert s.deleted == 0
    assert any("fq=metadata_modified" in r for r in app.requests)
    assert len(env.live("n")) == 9


def test_full_listing_deletes_missing_records(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    env.run(ckan(base))
    gone = record_id(app.records[0])
    app.records = app.records[1:]
    s = env.run(ckan(base), full=True)
    assert s.status == "success"
    assert s.deleted == 1
    assert gone not in env.live("n")
    assert len(env.live("n")) == 8
    with pytest.raises(RecordNotFound):
        env.index.get(f"n:{gone}")
    assert env.store.records.get(f"n:{gone}")["deleted"] is True  # type: ignore[index]


def test_without_modified_since_every_run_is_a_full_listing(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, app = server
    paged = node(f"{base}/paged/datasets", "ckan", paging="page", records_path="items",
                 total_path="total", id_path="id || name", page_size=4)  # fmt: skip
    assert env.run(paged).added == 9
    gone = record_id(app.records[-1])
    app.records = app.records[:-1]
    s = env.run(paged)  # incremental: 'since' is set, but the source cannot filter
    assert s.since is not None
    assert s.deleted == 1
    assert gone not in env.live("n")


@pytest.mark.parametrize(
    ("path", "mapping", "options"),
    [
        ("/solr/select", "solr", {"profile": "solr", "page_size": 4}),
        ("/solr/select", "solr", {"profile": "solr", "paging": "cursor", "page_size": 4}),
        ("/jsonapi/datasets", "jsonapi", {"profile": "jsonapi", "page_size": 4}),
        ("/link/datasets", "ckan",
         {"paging": "next", "records_path": "@", "id_path": "id || name", "size_param": "size",
          "page_size": 4}),
        ("/paged/datasets", "ckan",
         {"paging": "page", "records_path": "items", "total_path": "total",
          "id_path": "id || name", "page_size": 4}),
    ],
)  # fmt: skip
def test_paging_styles(
    env: Env, server: tuple[str, JsonApp], path: str, mapping: str, options: dict[str, Any]
) -> None:
    base, app = server
    s = env.run(node(base + path, mapping, **options))
    assert s.status == "success", s.error
    assert s.added == 9
    assert s.pages >= 3
    assert env.live("n") == expected_ids(app)
    assert env.index.get("n:62513382-3b26-4bc8-9096-40b6ce8383c0")["title"]


def test_auth_header_from_environment(
    env: Env, server: tuple[str, JsonApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = server
    secure = node(f"{base}/secure/api/3/action/package_search", profile="ckan",
                  id_path="id || name", auth_header="X-API-Key",
                  auth_env="CHM_TEST_KEY")  # fmt: skip
    monkeypatch.delenv("CHM_TEST_KEY", raising=False)
    s = env.run(secure)
    assert s.status == "failed"
    assert s.error_kind == "configuration"
    assert "CHM_TEST_KEY" in (s.error or "")
    assert "not set" in (s.error or "")
    monkeypatch.setenv("CHM_TEST_KEY", "wrong")
    assert "Invalid API key" in (env.run(secure).error or "")
    monkeypatch.setenv("CHM_TEST_KEY", "s3cret")
    ok = env.run(secure)
    assert ok.status == "success"
    assert ok.added == 9


def test_a_registered_node_never_names_an_environment_variable(
    env: Env, server: tuple[str, JsonApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """auth_env is config.toml's: a registered node that carries it fails, reading nothing."""
    base, _ = server
    monkeypatch.setenv("CHM_TEST_KEY", "s3cret")
    url = f"{base}/secure/api/3/action/package_search"
    auth = {"auth_header": "X-API-Key", "auth_env": "CHM_TEST_KEY"}
    secure = node(url, profile="ckan", id_path="id || name", **auth)
    s = env.run(replace(secure, source="local"))
    assert s.status == "failed" and s.error_kind == "configuration"
    assert "options.auth_env: set by the operators only" in (s.error or "")


def test_a_registered_node_gets_the_secret_an_operator_stored(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    from harvesters.secrets import NodeSecret, origin_of
    from registration.registry import save_node_secret

    base, _ = server
    url = f"{base}/secure/api/3/action/package_search"
    local = replace(node(url, profile="ckan", id_path="id || name"), source="local")
    assert "Invalid API key" in (env.run(local).error or "")
    save_node_secret(env.store, "n", NodeSecret("X-API-Key", "s3cret", origin_of(url)))
    ok = env.run(local)
    assert ok.status == "success", ok.error
    assert ok.added == 9


def test_rate_limit_spaces_requests(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    s = env.run(ckan(base, rate_limit=5))
    assert s.status == "success"
    assert s.pages == 3
    assert len(app.times) == 3
    # 5 requests/s: the client sends them 0.2 s apart. The server sees arrival times, which a
    # loaded machine shifts a little either way, so the check is on the whole span (0.4 s)
    # with 0.1 s of slack; without the limiter the three requests arrive within milliseconds.
    span = app.times[-1] - app.times[0]
    assert span >= 0.3, app.times


def test_rate_limiter_token_bucket() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(d: float) -> None:
        slept.append(d)
        now[0] += d

    limiter = RateLimiter(2.0, sleep=sleep, clock=lambda: now[0])
    for _ in range(5):
        limiter.wait()
    assert slept == [0.5, 0.5, 0.5, 0.5]
    now[0] += 10  # idle: the next request goes at once
    limiter.wait()
    assert len(slept) == 4


def test_resume_continues_and_never_claims_a_complete_listing(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, _ = server
    harvester = JsonApiHarvester(ckan(base), env.settings.harvest)
    first = next(iter(harvester.pages(HarvestWindow())))
    assert first.checkpoint
    assert not first.complete_listing
    resumed = list(JsonApiHarvester(ckan(base), env.settings.harvest).pages(
        HarvestWindow(resume=first.checkpoint)))  # fmt: skip
    assert sum(len(p.records) for p in resumed) == 5
    assert not any(p.complete_listing for p in resumed)
    assert resumed[-1].checkpoint is None
    fresh = list(JsonApiHarvester(ckan(base), env.settings.harvest).pages(HarvestWindow()))
    assert [p.complete_listing for p in fresh] == [False, False, True]


# --------------------------------------------------------------------------- bad input


def test_failed_second_run_deletes_nothing(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    env.run(ckan(base))
    app.records = app.records[:6]  # records "gone" ...
    app.fail_from = 4  # ... and the listing breaks on page 2
    s = env.run(ckan(base), full=True)
    assert s.status == "failed"
    assert s.error_kind == "unreachable"
    assert "503" in (s.error or "")
    assert len(env.live("n")) == 9
    assert env.store.records.count("n") == 9


def test_html_error_page_after_a_good_run_deletes_nothing(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, _ = server
    env.run(ckan(base))
    s = env.run(ckan(base).__class__(**{**ckan(base).to_dict(), "url": f"{base}/bad/html"}),
                full=True)  # fmt: skip
    assert s.status == "failed"
    assert "HTML page" in (s.error or "")
    assert len(env.live("n")) == 9


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/bad/no-records", {"profile": "ckan"}, "records path 'result.results' not found"),
        ("/bad/not-json", {"records_path": "data"}, "not JSON"),
        ("/bad/html", {"records_path": "data"}, "HTML page, not JSON"),
        ("/bad/ckan-error", {"profile": "ckan"}, "Access denied"),
        ("/bad/huge", {"records_path": "data", "max_response_bytes": 100_000},
         "over the 100,000-byte limit"),
        ("/bad/endless", {"paging": "next", "records_path": "data", "next_path": "next",
                          "id_path": "id || name"}, "repeats the records of page 1"),
        ("/bad/endless-fresh", {"paging": "next", "records_path": "data", "next_path": "next",
                                "max_pages": 5}, "more than 5 pages"),
        ("/bad/cyclic", {"paging": "next", "records_path": "data", "next_path": "next",
                         "id_path": "id || name"}, "cyclic"),
        ("/ckan/api/3/action/package_search", {"profile": "kcan"}, "'kcan' is not one of"),
        ("/ckan/api/3/action/package_search", {"profile": "ckan", "api_key": "x"},
         "secrets never go in a TOML file"),
        ("/ckan/api/3/action/package_search", {"profile": "ckan", "pagesize": 3},
         "pagesize: unknown option"),
    ],
)  # fmt: skip
def test_bad_responses_fail_the_run_clearly(
    env: Env, server: tuple[str, JsonApp], path: str, options: dict[str, Any], message: str
) -> None:
    base, _ = server
    s = env.run(node(base + path, **options))
    assert s.status == "failed"
    assert message in (s.error or ""), s.error
    assert "Traceback" not in (s.error or "")


def test_cyclic_next_link_keeps_the_pages_before_the_loop(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, _ = server
    s = env.run(node(f"{base}/bad/cyclic", paging="next", records_path="data", next_path="next",
                     id_path="id || name"))  # fmt: skip
    assert s.status == "failed"
    assert "cyclic" in (s.error or "")
    assert s.pages == 2
    assert len(env.live("n")) == 4


def test_items_that_are_not_objects_are_rejected_and_the_run_goes_on(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, _ = server
    nd = node(f"{base}/bad/not-object", records_path="results", id_path="id || name")
    s = env.run(nd)
    assert s.status == "partial"  # items skipped for their shape are rejected, not silence
    assert s.added == 2
    messages = env.errors(s)
    assert sum("not an object" in m for m in messages) == 4, messages
    assert s.rejected == len([m for m in messages if m.endswith("skipped")]) >= 4
    assert any("is a string" in m for m in messages)
    assert any("is null" in m for m in messages)
    pages = list(JsonApiHarvester(nd, env.settings.harvest).pages(HarvestWindow()))
    assert not pages[-1].complete_listing  # unidentifiable items: absence proves nothing


def test_record_without_title_is_rejected_and_the_run_goes_on(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, _ = server
    s = env.run(node(f"{base}/bad/no-title", profile="ckan", paging="none"))
    assert s.status == "partial"
    assert s.added == 2
    assert s.rejected == 1
    err = env.store.runs.errors(s.run_id)[0]
    assert err["source_id"] == "untitled-1"
    assert err["field"] == "title"
    assert "no title" in err["message"]


def test_options_are_checked_before_any_request() -> None:
    with pytest.raises(NodeOptionsError) as info:
        json_options("x", {"paging": "sideways", "rate_limit": -1, "auth_header": "X-Key"})
    text = str(info.value)
    for part in ("paging: 'sideways'", "rate_limit: expected", "auth_header and auth_env",
                 "records_path: required"):  # fmt: skip
        assert part in text


# --------------------------------------------------------------------------- properties

_json = st.recursive(  # what loads() can return: NaN and Infinity are refused there
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=3), kids, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(_json | st.dictionaries(st.sampled_from(["id", "title"]), _json), max_size=8))
def test_any_items_give_records_or_rejections(items: list[Any]) -> None:
    opts = json_options("p", {"records_path": "@"})
    extractor = RecordExtractor(node("http://x/", "json", records_path="@"), opts)
    fetched = FetchResult("http://x/", 200, "application/json", b"[]", {})
    page = extractor.extract(items, fetched, 1)
    assert len(page.records) + len(page.rejected) == len(items)
    for raw in page.records:
        obj = json.loads(raw.payload)
        assert isinstance(obj, dict)
        assert raw.source_id == str(obj["id"]).strip()


@pytest.mark.parametrize(
    "body", [b'{"id": NaN}', b'[{"id": Infinity}]', b'{"n": 12345678901234567890, "x": -Infinity}']
)
def test_nan_and_infinity_are_not_json(body: bytes) -> None:
    with pytest.raises(HarvestError, match="not JSON"):
        decode_json(FetchResult("http://x/", 200, "application/json", body, {}))


@settings(max_examples=300)
@given(value=_json, pad=st.sampled_from(["", " ", "\n  "]))
def test_loads_reads_what_the_json_module_reads(value: Any, pad: str) -> None:
    """orjson where no run of 19 digits could be an integer over 63 bits, the json module
    otherwise: integers of any size come back exact, floats as floats."""
    body = pad.join(["", json.dumps({"v": value, "big": [2**63, -(2**64) - 1]}), ""]).encode()
    assert loads(body) == json.loads(body)
    small = json.dumps(value).encode()
    assert loads(small) == json.loads(small)


def test_loads_keeps_large_integers_exact() -> None:
    body = (
        b'{"a": 123456789012345678901234567890, "b": 9223372036854775807,'
        b' "c": "1234567890123456789012"}'
    )
    got = loads(body)
    assert got["a"] == 123456789012345678901234567890 and isinstance(got["a"], int)
    assert got == json.loads(body)


@settings(max_examples=200)
@given(body=st.binary(max_size=200), ctype=st.sampled_from(["application/json", "text/html", ""]))
def test_any_body_decodes_or_fails_clearly(body: bytes, ctype: str) -> None:
    message = "http://x/: ok"
    try:
        decode_json(FetchResult("http://x/", 200, ctype, body, {}))
    except HarvestError as exc:
        message = str(exc)
    assert message.startswith("http://x/")


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize(
    ("profile", "path"),
    [("ckan", "/ckan/api/3/action/package_search"), ("solr", "/solr/select"),
     ("jsonapi", "/jsonapi/datasets")],
)  # fmt: skip
def test_profile_golden(env: Env, server: tuple[str, JsonApp], profile: str, path: str) -> None:
    """Each built-in profile with the mapping of the same name, over the real fixtures."""
    from mappings.registry import get_mapping

    base, _ = server
    nd = node(base + path, profile, profile=profile, page_size=4, id_path="id || name")
    mapping = get_mapping(profile)
    out = []
    for page in JsonApiHarvester(nd, env.settings.harvest).pages(HarvestWindow()):
        for raw in page.records:
            rec: Record = mapping.map(raw, HARVESTED_AT)
            out.append({"datestamp": raw.datestamp, "deleted": raw.deleted,
                        "record": rec.to_dict()})  # fmt: skip
    text = json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True)
    text = text.replace(base, "http://127.0.0.1:PORT") + "\n"
    golden = GOLDEN / f"{profile}.json"
    if os.environ.get("CHM_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- demo node


def test_demo_json_node_mx_datos(env: Env) -> None:
    from demo.json_node import start_json_node

    server = start_json_node("127.0.0.1", 0, 120)
    try:
        mx = NodeConfig(id="mx-datos", url=server.url, protocol="json", mapping="ckan",
                        country="MX", options={"profile": "ckan", "page_size": 50})  # fmt: skip
        s = env.run(mx)
        assert s.status == "success", s.error
        assert (s.added, s.pages) == (120, 3)
        rec = env.index.get("mx-datos:mx-datos-000007")
        assert "es" in rec["title"]
        assert rec["type"] != "other"
        again = env.run(mx)  # incremental: fq=metadata_modified:[run start TO *] -> nothing new
        assert (again.status, again.records) == ("success", 0)
        full = env.run(mx, full=True)
        assert (full.unchanged, full.added, full.updated) == (120, 0, 0)  # stable payloads
    finally:
        server.stop()


# --------------------------------------------------------------------------- repeated ids


def planned(base: str) -> NodeConfig:
    return node(f"{base}/planned/datasets", "ckan", paging="page", records_path="items",
                total_path="total", id_path="id || name", page_size=4)  # fmt: skip


def test_a_listing_that_only_repeats_earlier_records_stops(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, app = server
    # fresh page URLs, but the fourth page lists only records of earlier pages (a source
    # that wraps around instead of ending)
    app.plan = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 0, 1, 2], [3, 4, 5, 6], [7, 8]]
    app.planned_total = 100
    s = env.run(planned(base), full=True)
    assert s.status == "failed"
    assert "page 4 only repeats records listed on earlier pages" in (s.error or ""), s.error
    assert s.pages == 3
    assert env.live("n") == expected_ids(app)


def test_repeated_ids_count_once_against_the_announced_total(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, app = server
    app.plan = [[0, 1, 2, 3], [4, 5, 6, 7], [8]]
    app.planned_total = 9
    assert env.run(planned(base), full=True).added == 9
    # ten items listed, as many as announced and more, but only eight distinct records:
    # the listing is short of what the source announced, so nothing is deleted by absence
    app.plan = [[0, 1, 2, 3], [3, 4, 5, 6], [7, 7]]
    s = env.run(planned(base), full=True)
    assert s.status == "success", s.error
    assert s.deleted == 0
    assert any("announced 9 records but listed 8" in w for w in s.warnings), s.warnings
    assert env.live("n") == expected_ids(app)
    # the source drops a record: eight distinct records of eight announced, one of them
    # listed twice (the paging counts nine items), is a complete listing and the missing
    # record is deleted
    gone = record_id(sorted(app.records, key=record_id)[8])
    app.records = [r for r in app.records if record_id(r) != gone]
    app.plan = [[0, 1, 2, 3], [4, 5, 6], [7, 3]]
    app.planned_total = 8
    s = env.run(planned(base), full=True)
    assert s.status == "success", s.error
    assert (s.deleted, s.warnings) == (1, [])
    assert env.live("n") == expected_ids(app)
