"""nodes.local.toml: written with a TOML library, atomically; a broken one is reported with
its file and line and stops nothing else; no request can produce one."""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.main import main
from core.config import (
    RegistryFileError,
    dump_nodes_toml,
    load_settings,
    read_local_nodes,
    write_local_nodes,
)
from ops.context import Context
from search_api.app import create_app

from .helpers import registration, write_config

# keys and values a hostile caller (or an unlucky operator) could produce
HOSTILE = st.sampled_from(
    [
        "http://example.org/context.jsonld",
        'a "quoted" key',
        "line\nbreak",
        "tab\tand\x00nul\x1f\x7f",
        "[[nodes]]",
        "= ",
        "",
        "é中文🙂",
        "'single'",
        "\\backslash\\",
        "trailing\\",
        '"""',
        "${CHM_OPERATOR_TOKEN}",
    ]
)
TEXT = st.text(max_size=25) | HOSTILE
SCALAR = (
    TEXT
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)  # TOML has nan, but nan != nan: compared apart below
)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
NODE = st.fixed_dictionaries(
    {"id": TEXT, "url": TEXT, "name": TEXT, "enabled": st.booleans()},
    optional={"options": st.dictionaries(TEXT, VALUE, max_size=4), "set": TEXT},
)


@settings(max_examples=300, deadline=None)
@given(nodes=st.lists(NODE, max_size=4))
def test_any_nodes_round_trip_through_the_file_text(nodes: list[dict[str, Any]]) -> None:
    text = dump_nodes_toml(nodes)
    assert tomllib.loads(text).get("nodes", []) == nodes


@settings(max_examples=50, deadline=None)
@given(nodes=st.lists(NODE, max_size=3))
def test_write_local_nodes_round_trips_and_leaves_no_temporary_file(
    tmp_path_factory: pytest.TempPathFactory, nodes: list[dict[str, Any]]
) -> None:
    folder = tmp_path_factory.mktemp("reg")
    path = folder / "nodes.local.toml"
    write_local_nodes(path, nodes)
    assert read_local_nodes(path) == nodes
    assert [p.name for p in folder.iterdir()] == ["nodes.local.toml"]


def test_nan_and_infinity_round_trip() -> None:
    got = tomllib.loads(dump_nodes_toml([{"id": "x", "options": {"a": math.nan, "b": -math.inf}}]))
    assert math.isnan(got["nodes"][0]["options"]["a"])
    assert got["nodes"][0]["options"]["b"] == -math.inf


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "nodes.local.toml"
    write_local_nodes(path, [{"id": "a", "url": "https://a.example.org/oai"}])
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write_local_nodes(path, [{"id": "b", "options": {"x": None}}])  # None: no TOML value
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["nodes.local.toml"]


# ---- a broken registry file --------------------------------------------------------------

BROKEN = """# as the old writer left it after an anonymous POST /api/nodes (issue: item 9)
[[nodes]]
id = "good"
url = "{url}"

[[nodes]]
id = "bad"
url = "{url}"
protocol = "dcat"
options = {{contexts = {{http://x.example.org/c.jsonld = "/etc/passwd"}}}}
"""


@pytest.fixture
def broken(tmp_path: Path, oai_url: str) -> Path:
    cfg = write_config(tmp_path, nodes=f'[[nodes]]\nid = "ops"\nurl = "{oai_url}"\n')
    (tmp_path / "nodes.local.toml").write_text(BROKEN.format(url=oai_url))
    return cfg


def test_a_broken_registry_file_is_reported_with_its_line_and_stops_nothing(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings(broken)  # no exception
    assert [n.id for n in settings.nodes] == ["ops"]
    (problem,) = settings.registry_problems
    assert f"{broken.parent / 'nodes.local.toml'} line 10: not valid TOML" in problem
    assert "fix that line by hand" in problem
    code = main(["nodes", "list", "--config", str(broken)])
    out, err = capsys.readouterr()
    assert code == 0 and "ops" in out
    assert "chm: warning:" in err and "line 10" in err and "Traceback" not in err
    assert main(["nodes", "list", "--json", "--config", str(broken)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [n["id"] for n in listed["nodes"]] == ["ops"]
    assert "line 10" in listed["registry_problems"][0]
    # chm never writes over it: nothing registered there is lost
    before = (broken.parent / "nodes.local.toml").read_bytes()
    code = main(["nodes", "add", "new", "--url", "https://n.example.org/oai", "--config",
                 str(broken)])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 2 and "line 10" in err and "nothing was changed" in err
    assert (broken.parent / "nodes.local.toml").read_bytes() == before
    with pytest.raises(RegistryFileError):
        read_local_nodes(broken.parent / "nodes.local.toml")


def test_the_api_refuses_registry_changes_while_the_file_is_broken(
    broken: Path, oai_url: str
) -> None:
    before = (broken.parent / "nodes.local.toml").read_bytes()
    ctx = Context(load_settings(broken))
    try:
        with TestClient(create_app(ctx)) as client:
            r = client.post("/api/nodes", json=registration("newnode", oai_url))
            assert r.status_code == 503, r.text
            assert "line 10" in r.json()["error"]
            assert client.get("/api/nodes").status_code == 200
    finally:
        ctx.close()
    assert (broken.parent / "nodes.local.toml").read_bytes() == before


def test_a_registry_node_with_operator_only_options_is_left_out(
    tmp_path: Path, oai_url: str
) -> None:
    """A node written before the allow-list, with ``auth_env``: never loaded, never harvested."""
    cfg = write_config(tmp_path)
    write_local_nodes(
        tmp_path / "nodes.local.toml",
        [
            {"id": "fine", "url": oai_url},
            {"id": "old", "url": oai_url, "protocol": "json",
             "options": {"auth_header": "Authorization", "auth_env": "CHM_OPERATOR_TOKEN"}},
        ],
    )  # fmt: skip
    settings = load_settings(cfg)
    assert [n.id for n in settings.nodes] == ["fine"]
    (problem,) = settings.registry_problems
    assert "nodes.local.toml line" in problem and "'old' is left out" in problem
    assert "options.auth_header: set by the operators only" in problem


def test_a_registry_file_that_is_not_utf8_is_reported_with_its_line(
    tmp_path: Path, oai_url: str
) -> None:
    cfg = write_config(tmp_path)
    path = tmp_path / "nodes.local.toml"
    path.write_bytes(f'[[nodes]]\nid = "a"\nurl = "{oai_url}"\nname = "\xe9'.encode("latin-1"))
    settings = load_settings(cfg)
    (problem,) = settings.registry_problems
    assert f"{path} line 4: not UTF-8" in problem
    with pytest.raises(RegistryFileError):
        read_local_nodes(path)


def test_a_node_twice_in_the_registry_file_keeps_the_first(tmp_path: Path, oai_url: str) -> None:
    cfg = write_config(tmp_path, nodes=f'[[nodes]]\nid = "ops"\nurl = "{oai_url}"\n')
    write_local_nodes(
        tmp_path / "nodes.local.toml",
        [
            {"id": "a", "url": oai_url, "name": "first"},
            {"id": "a", "url": oai_url, "name": "second"},
            {"id": "ops", "url": oai_url},
        ],
    )
    settings = load_settings(cfg)
    assert [(n.id, n.name) for n in settings.nodes] == [("ops", ""), ("a", "first")]
    assert len(settings.registry_problems) == 2
    assert all("also defined in" in p for p in settings.registry_problems)


def test_jsonld_contexts_in_config_are_checked_and_resolved(tmp_path: Path) -> None:
    from core.config import ConfigError

    good = '[harvest.jsonld_contexts]\n"https://example.org/c.jsonld" = "contexts/c.jsonld"\n'
    settings = load_settings(write_config(tmp_path, nodes=good))
    assert settings.harvest.context_map == {
        "https://example.org/c.jsonld": str(tmp_path.resolve() / "contexts" / "c.jsonld")
    }
    bad = '[harvest.jsonld_contexts]\n"/etc/c.jsonld" = 3\n'
    with pytest.raises(ConfigError) as info:
        load_settings(write_config(tmp_path, nodes=bad))
    assert "harvest.jsonld_contexts: expected a table" in str(info.value)


def test_a_file_broken_while_serving_gives_503_not_500(tmp_path: Path, oai_url: str) -> None:
    cfg = write_config(tmp_path)
    ctx = Context(load_settings(cfg))
    try:
        with TestClient(create_app(ctx)) as client:
            r = client.post("/api/nodes", json=registration("live", oai_url))
            assert r.status_code == 201, r.text
            key = r.json()["api_key"]
            path = tmp_path / "nodes.local.toml"
            path.write_text(path.read_text() + "\nbroken = = 1\n")  # a hand edit gone wrong
            before = path.read_bytes()
            auth = {"Authorization": f"Bearer {key}"}
            for r in (
                client.patch("/api/nodes/live", headers=auth, json={"name": "New name"}),
                client.delete("/api/nodes/live", headers=auth),
            ):
                assert r.status_code == 503, r.text
                assert "not valid TOML" in r.json()["error"]
            assert path.read_bytes() == before
    finally:
        ctx.close()
