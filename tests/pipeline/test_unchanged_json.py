"""An unchanged CKAN ``--full`` re-harvest through the real pipeline: packages are recognised by
the hash of their compact JSON as they came (:func:`harvesters.json_api.content_hash`), and
any change to a package is still caught.

A small CKAN ``package_search`` server on 127.0.0.1 serves the real packages of the recorded
fixtures (demo.ckan.org, ckanext-dcat), each written as exact text that a test can change:
one field, the order of the keys, the whitespace, the escapes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import NodeConfig
from harvesters.json_api import content_hash, dumps_sorted
from tests.fixture_records import ckan_fixture_objects
from tests.harvesters.helpers import Env
from tests.servers.body_server import BodyServer

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


def real_packages() -> list[dict[str, Any]]:
    """The distinct packages of the CKAN fixtures (package_search and package_show answers of
    demo.ckan.org, the ckanext-dcat test datasets), each with an id."""
    found: dict[str, dict[str, Any]] = {}
    for pkg in ckan_fixture_objects(FIXTURES):
        found.setdefault(pkg["id"], pkg)
    for path in sorted((FIXTURES / "json" / "ckanext-dcat").glob("*.json")):
        pkg = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(pkg, dict) and "title" in pkg and ("id" in pkg or "name" in pkg):
            pkg = {"id": pkg.get("id") or pkg["name"], **pkg}
            found.setdefault(pkg["id"], pkg)
    return list(found.values())


PACKAGES = real_packages()


class CkanServer(BodyServer):
    """``package_search`` (start / rows) over ``texts``: each package as the exact JSON text
    it is served in."""

    content_type = "application/json"

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        super().__init__("/api/3/action/package_search")

    def body(self, params: dict[str, list[str]]) -> bytes:
        q = {k: v[-1] for k, v in params.items()}
        start, rows = int(q.get("start", "0")), int(q.get("rows", "10"))
        shown = self.texts[start : start + rows]
        return (
            '{"help": "package_search", "success": true, "result": {"count": '
            f'{len(self.texts)}, "results": [{", ".join(shown)}]}}}}'
        ).encode()


def text(pkg: dict[str, Any]) -> str:
    """A package as CKAN writes it (Python's json: ASCII escapes, ", " and ": ")."""
    return json.dumps(pkg)


@pytest.fixture
def ckan(tmp_path: Path) -> Iterator[tuple[CkanServer, Env, NodeConfig]]:
    assert len(PACKAGES) >= 6
    server = CkanServer([text(p) for p in PACKAGES])
    node = NodeConfig(id="c", url=server.url, protocol="json", mapping="ckan",
                      options={"profile": "ckan", "page_size": 4})  # fmt: skip
    yield server, Env(tmp_path), node
    server.close()


def counts(s: Any) -> tuple[int, int, int, int]:
    assert s.status == "success", s.error
    return (s.added, s.updated, s.unchanged, s.deleted)


def reordered(value: Any) -> Any:
    """The same JSON value with the keys of every object in reverse order."""
    if isinstance(value, dict):
        return {k: reordered(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [reordered(v) for v in value]
    return value


def test_an_unchanged_full_harvest_maps_and_writes_nothing(
    ckan: tuple[CkanServer, Env, NodeConfig],
) -> None:
    _, env, node = ckan
    n = len(PACKAGES)
    assert counts(env.run(node)) == (n, 0, 0, 0)
    seq = env.store.records.max_seq()
    hashes = dict(env.store.conn.execute("SELECT source_id, hash FROM raw_records").fetchall())
    assert hashes == {p["id"]: content_hash(p) for p in PACKAGES}
    assert counts(env.run(node, full=True)) == (0, 0, n, 0)
    assert env.store.records.max_seq() == seq


def _change_notes(p: dict[str, Any]) -> dict[str, Any]:
    return {**p, "notes": (p.get("notes") or "") + "."}


def _change_nested(p: dict[str, Any]) -> dict[str, Any]:
    res = [dict(r) for r in p.get("resources") or [{}]]
    res[-1]["format"] = "XLSX"
    return {**p, "resources": res}


def _add_key(p: dict[str, Any]) -> dict[str, Any]:
    return {**p, "version": "2.0", "x_new_field": None}


def _drop_key(p: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in p.items() if k not in ("notes", "url")}


def _retype(p: dict[str, Any]) -> dict[str, Any]:
    return {**p, "private": 0} if "private" in p else {**p, "num_tags": "0"}


@pytest.mark.parametrize("change", [_change_notes, _change_nested, _add_key, _drop_key, _retype])
def test_any_change_to_one_package_is_caught(
    ckan: tuple[CkanServer, Env, NodeConfig], change: Any
) -> None:
    server, env, node = ckan
    n = len(PACKAGES)
    env.run(node)
    before = env.store.records.get_raw("c", PACKAGES[5]["id"])
    server.texts[5] = text(change(PACKAGES[5]))
    assert counts(env.run(node, full=True)) == (0, 1, n - 1, 0)
    after = env.store.records.get_raw("c", PACKAGES[5]["id"])
    assert before is not None and after is not None
    assert bytes(after["payload"]) == dumps_sorted(change(PACKAGES[5])) != bytes(before["payload"])
    assert counts(env.run(node, full=True)) == (0, 0, n, 0)  # and unchanged from then on


@pytest.mark.parametrize(
    "rewrite",
    [
        lambda p: json.dumps(p, indent=2),  # whitespace only
        lambda p: json.dumps(p, separators=(",", ":")),
        lambda p: json.dumps(p, ensure_ascii=False),  # "é" instead of "\u00e9"
        lambda p: re.sub(  # escapes where none are needed, in keys and strings
            r'"(?:[^"\\]|\\.)*"', lambda m: m[0].replace("o", "\\u006f"), json.dumps(p)
        ),
    ],
    ids=["indented", "compact", "utf-8", "escaped"],
)
def test_whitespace_and_escapes_are_not_changes(
    ckan: tuple[CkanServer, Env, NodeConfig], rewrite: Any
) -> None:
    server, env, node = ckan
    n = len(PACKAGES)
    env.run(node)
    seq = env.store.records.max_seq()
    server.texts[:] = [rewrite(p) for p in PACKAGES]
    assert server.texts != [text(p) for p in PACKAGES]
    assert counts(env.run(node, full=True)) == (0, 0, n, 0)
    assert env.store.records.max_seq() == seq


def test_keys_in_another_order_are_not_a_change(
    ckan: tuple[CkanServer, Env, NodeConfig],
) -> None:
    """Another hash (the keys count in their order), the same sorted payload: unchanged, no
    change sequence; the store learns the new hash, so the next run compares hashes only; and a
    real change of a reordered package is still caught."""
    server, env, node = ckan
    n = len(PACKAGES)
    env.run(node)
    seq = env.store.records.max_seq()
    server.texts[:] = [text(reordered(p)) for p in PACKAGES]
    assert counts(env.run(node, full=True)) == (0, 0, n, 0)
    assert env.store.records.max_seq() == seq
    hashes = dict(env.store.conn.execute("SELECT source_id, hash FROM raw_records").fetchall())
    assert hashes == {p["id"]: content_hash(reordered(p)) for p in PACKAGES}
    server.texts[2] = text(reordered(_change_notes(PACKAGES[2])))
    assert counts(env.run(node, full=True)) == (0, 1, n - 1, 0)
    assert env.store.records.max_seq() == seq + 1


def test_a_store_of_sorted_payload_sha1_hashes_is_recognised(
    ckan: tuple[CkanServer, Env, NodeConfig],
) -> None:
    """Stores written before hold the SHA-1 of each sorted payload: nothing is re-mapped, the
    store learns the new hashes, and the one package that changed is caught."""
    server, env, node = ckan
    n = len(PACKAGES)
    env.run(node)
    conn = env.store.conn
    rows = conn.execute("SELECT source_id, payload FROM raw_records").fetchall()
    with env.store.transaction() as c:
        c.executemany(
            "UPDATE raw_records SET hash=? WHERE source_id=?",
            [(hashlib.sha1(p).hexdigest(), sid) for sid, p in rows],
        )
    seq = env.store.records.max_seq()
    server.texts[1] = text(_change_nested(PACKAGES[1]))
    assert counts(env.run(node, full=True)) == (0, 1, n - 1, 0)
    assert env.store.records.max_seq() == seq + 1
    hashes = dict(conn.execute("SELECT source_id, hash FROM raw_records").fetchall())
    assert hashes[PACKAGES[0]["id"]] == content_hash(PACKAGES[0])
    assert counts(env.run(node, full=True)) == (0, 0, n, 0)


def test_deleted_and_withdrawn_packages(ckan: tuple[CkanServer, Env, NodeConfig]) -> None:
    """A package whose state becomes "deleted" is a tombstone; one gone from the complete
    listing too; both come back when the source lists them again."""
    server, env, node = ckan
    n = len(PACKAGES)
    env.run(node)
    gone = server.texts.pop(4)
    server.texts[0] = text({**PACKAGES[0], "state": "deleted"})
    assert counts(env.run(node, full=True)) == (0, 0, n - 2, 2)
    assert env.store.records.live_source_ids("c") == {p["id"] for p in PACKAGES} - {
        PACKAGES[0]["id"],
        PACKAGES[4]["id"],
    }
    assert counts(env.run(node, full=True)) == (0, 0, n - 1, 0)  # the tombstone is unchanged
    server.texts.insert(4, gone)
    server.texts[0] = text(PACKAGES[0])
    assert counts(env.run(node, full=True)) == (2, 0, n - 2, 0)


# ------------------------------------------------------------------ the hash, any package

_scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=8)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=20,
)  # fmt: skip
_packages = st.dictionaries(st.sampled_from(["id", "name", "notes", "tags", "extras", "x"]),
                            _json, min_size=1)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_packages, st.sampled_from([None, 1, 2]), st.booleans())
def test_the_hash_ignores_how_a_package_is_written(
    pkg: dict[str, Any], indent: int | None, ascii_only: bool
) -> None:
    """Written with any whitespace and escapes, a package parses to the same hash; with its
    keys in another order it has the same sorted payload (what the pipeline then compares)."""
    from harvesters.json_api import loads

    written = json.dumps(pkg, indent=indent, ensure_ascii=ascii_only).encode()
    assert content_hash(loads(written)) == content_hash(pkg)
    assert dumps_sorted(reordered(pkg)) == dumps_sorted(pkg)


@settings(max_examples=300, deadline=None)
@given(_packages, _packages)
def test_two_packages_have_one_hash_only_when_they_are_the_same(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    """Equal hashes mean equal packages, keys in the same order (a change of any value, key,
    type or order changes the hash)."""
    assert (content_hash(a) == content_hash(b)) == (json.dumps(a) == json.dumps(b))


@settings(max_examples=200, deadline=None)
@given(_packages, st.data())
def test_any_one_value_changed_changes_the_hash(pkg: dict[str, Any], data: st.DataObject) -> None:
    key = data.draw(st.sampled_from(sorted(pkg)))
    new = data.draw(_json.filter(lambda v: json.dumps(v) != json.dumps(pkg[key])))
    assert content_hash({**pkg, key: new}) != content_hash(pkg)


@pytest.mark.parametrize("enabled", [True, False])
def test_parsing_a_page_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    """The collector is off while orjson builds a page (no cycles to find there), then as it
    was before: on, or off when something else had switched it off."""
    import gc

    from harvesters.json_api import loads

    body = json.dumps({"result": {"results": PACKAGES}}).encode()
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert loads(body)["result"]["results"] == PACKAGES
        assert gc.isenabled() is enabled
        with pytest.raises(orjson.JSONDecodeError, match="unexpected end of data"):
            loads(b'{"result": [1, 2')
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
