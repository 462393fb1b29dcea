"""The ``chm`` command line (DESIGN.md CLI contract), run in-process against local servers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from cli.main import main
from tests.harvesters.helpers import make_settings


@pytest.fixture
def config(tmp_path: Path, demo_oai_server) -> Path:
    server = demo_oai_server(count=40, node="es-chm", page_size=15)
    make_settings(tmp_path, [{"id": "es-chm", "url": server.url, "country": "ES"}])
    return tmp_path / "config.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_nodes_list_and_add(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--config", str(config), "nodes", "list")
    assert rc == 0 and "es-chm" in out and "oai-pmh" in out
    rc, out, _ = run(
        capsys,
        "--config",
        str(config),
        "nodes",
        "add",
        "sn-chm",
        "--url",
        "http://127.0.0.1:9/oai",
        "--country",
        "sn",
        "--schedule",
        "12h",
    )
    assert rc == 0 and "added node sn-chm" in out
    assert (config.parent / "nodes.local.toml").exists()
    rc, out, _ = run(capsys, "--config", str(config), "nodes", "list", "--json")
    nodes = {n["id"]: n for n in json.loads(out)["nodes"]}
    assert nodes["sn-chm"]["country"] == "SN" and nodes["sn-chm"]["schedule"] == "12h"


def test_nodes_add_rejects_bad_input_naming_the_key(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, _, err = run(capsys, "--config", str(config), "nodes", "add", "Bad Id", "--url", "ftp://x")
    assert rc == 2
    assert "id: 'Bad Id' must be lower-case" in err and "url: 'ftp://x'" in err


def test_harvest_json_search_runs_reindex(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--config", str(config), "harvest", "es-chm", "--json")
    assert rc == 0
    last = json.loads(out.strip().splitlines()[-1])
    assert last["status"] == "success" and last["added"] == 40 and last["pages"] == 3
    rc, out, _ = run(capsys, "--config", str(config), "search", "", "--json", "--limit", "5")
    data = json.loads(out)
    assert data["total"] == 40 and len(data["hits"]) == 5 and "type" in data["facets"]
    rc, out, _ = run(capsys, "--config", str(config), "search", "", "--country", "ES", "--json")
    assert 0 < json.loads(out)["total"] <= 40
    rc, out, _ = run(capsys, "--config", str(config), "runs", "--json")
    assert json.loads(out)["runs"][0]["added"] == 40
    rc, out, _ = run(capsys, "--config", str(config), "reindex", "--json")
    assert rc == 0 and json.loads(out)["indexed"] == 40
    rc, out, _ = run(capsys, "--config", str(config), "harvest", "es-chm")
    assert rc == 0
    assert "success" in out and "0 added" in out and "0 updated" in out


def test_search_reads_as_a_terminal_user_types_it(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # found from outside: --sort -date was "expected one argument"; errors named the API's
    # 'size' and 'year_from'; facets printed topic and region URIs whatever --lang said
    assert run(capsys, "--config", str(config), "harvest", "es-chm")[0] == 0
    rc, out, _ = run(capsys, "--config", str(config), "search", "", "--sort", "-date", "--json")
    dates = [h["record"].get("date") or "" for h in json.loads(out)["hits"]]
    assert rc == 0 and dates == sorted(dates, reverse=True) and len(dates) == 10
    rc, out, _ = run(capsys, "--config", str(config), "search", "", "--lang", "fr")
    facet_lines = [
        ln for ln in out.splitlines() if ln.split(":")[0] in ("concept", "region", "type")
    ]
    assert rc == 0 and facet_lines and not any("http" in ln for ln in facet_lines)
    assert not any(ln.endswith(": ") or ln.endswith(":") for ln in out.splitlines())
    rc, out, _ = run(capsys, "--config", str(config), "search", "", "--limit", "500")
    assert rc == 2 and "'--limit' must be between 0 and 100" in out and "chm export" in out
    pages = [
        json.loads(run(capsys, "--config", str(config), "search", "", "--sort=date", "--json",
                       "--limit", "15", "--page", str(n))[1])["hits"]
        for n in (1, 2, 3)
    ]  # fmt: skip
    seen = [h["id"] for page in pages for h in page]
    assert len(seen) == len(set(seen)) == 40  # 15 + 15 + 10: every record once
    rc, out, _ = run(capsys, "--config", str(config), "search", "", "--year-from", "abc")
    assert rc == 2 and "'--year-from'" in out
    rc, out, _ = run(capsys, "--config", str(config), "search", "--json", "--", "-mercury")
    assert rc == 0 and json.loads(out)["total"] > 0
    with pytest.raises(SystemExit):
        run(capsys, "--config", str(config), "search", "-mercury")
    assert "chm search -- -mercury" in capsys.readouterr().err


def test_harvest_writes_the_index_on_one_thread(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One indexing thread fills one segment per commit (tantivy's one thread per core
    would split the pages' records over two): the run's single commit is one segment."""
    rc, _, _ = run(capsys, "--config", str(config), "harvest", "es-chm", "--json")
    assert rc == 0
    meta = json.loads((config.parent / "index" / "meta.json").read_text())
    assert [seg["max_doc"] for seg in meta["segments"]] == [40]


def test_harvest_failure_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_settings(tmp_path, [{"id": "gone", "url": "http://127.0.0.1:9/oai"}], max_retries=0)
    rc, out, _ = run(capsys, "--config", str(tmp_path / "config.toml"), "harvest", "gone", "--json")
    assert rc == 1
    last = json.loads(out.strip().splitlines()[-1])
    assert last["status"] == "failed" and last["runs"][0]["error_kind"] == "unreachable"


def test_invalid_search_is_a_clear_message(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, _ = run(capsys, "--config", str(config), "search", '"unbalanced')
    assert rc == 2 and "invalid search" in out


def test_broken_config_lists_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text('[[nodes]]\nid = "x"\nprotocol = "gopher"\n', encoding="utf-8")
    rc, _, err = run(capsys, "--config", str(bad), "nodes", "list")
    assert rc == 2
    assert "nodes[0] (id 'x').url: required" in err and "protocol: 'gopher'" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["nodes", "list"],
        ["runs"],
        ["search", "x"],
        ["harvest", "--all"],
        ["vocab", "check"],
        ["serve"],
        ["status"],
        ["match", "list"],
    ],
)
def test_every_command_checks_the_config_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A bad config stops every command before it starts: exit 2, one line per problem, no
    traceback (``serve`` would otherwise bind a port and start the scheduler)."""
    bad = tmp_path / "config.toml"
    bad.write_text("[server]\nport = 'eighty'\n", encoding="utf-8")
    rc, out, err = run(capsys, "--config", str(bad), *argv)
    assert rc == 2 and out == ""
    assert err == "chm: error: config.toml: server.port: expected an integer, got 'eighty'\n"


def test_mappings_need_no_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--config", str(tmp_path / "absent.toml"), "mappings", "list")
    assert rc == 0 and "oai_dc" in out


def test_the_cli_starts_without_the_web_stack() -> None:
    """`chm harvest` and friends start without loading FastAPI (about a CPU-second of start-up
    on a small machine, paid by every run of every command); `chm serve`, `search` and
    `export` load it when they run."""
    import subprocess
    import sys
    from pathlib import Path

    code = "import sys, cli.main; print(sorted({'fastapi', 'starlette'} & set(sys.modules)))"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_importing_the_entry_point_imports_no_command() -> None:
    """A harvest's mapping workers are spawned: each imports the main module (``cli.main``,
    or the ``chm`` script that imports it) again. The command modules, and what they import
    (the index, the exports, the web stack), load only when the parser is built, so a worker
    spends its start-up on the mapping and the vocabulary alone; the parser still has every
    command."""
    import subprocess
    import sys
    from pathlib import Path

    from cli.main import COMMAND_MODULES, build_parser

    code = (
        "import sys, cli.main; print(sorted(m for m in sys.modules"
        " if m.startswith('cli.') and m not in ('cli.main', 'cli.common')))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert {"harvest", "search", "serve", "export", "nodes"} <= set(commands.choices)
    assert len(COMMAND_MODULES) == 10
