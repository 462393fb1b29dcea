"""``chm nodes`` operator commands on a real config, store and endpoint server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from core.config import load_settings

from .helpers import write_config


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cfg(tmp_path: Path, oai_url: str) -> Path:
    return write_config(tmp_path, nodes=f'[[nodes]]\nid = "fr-chm"\nurl = "{oai_url}"\n')


def test_validate_approve_disable_rotate_audit(
    cfg: Path, capsys: pytest.CaptureFixture[str], endpoint_server: tuple
) -> None:
    base, _, state = endpoint_server
    c = str(cfg)
    code, out, _ = _run(capsys, "nodes", "add", "sn", "--url", f"{base}/toggle/oai", "--config", c)
    assert code == 0 and "added node sn" in out
    state["toggle_ok"] = False
    code, out, _ = _run(capsys, "nodes", "validate", "sn", "--config", c)
    assert code == 1
    assert "FAIL  Identify" in out and "HTML page" in out and "hint:" in out

    code, out, _ = _run(capsys, "nodes", "disable", "sn", "--reason", "broken", "--config", c)
    assert (code, out.strip()) == (0, "node sn: disabled")
    assert load_settings(cfg).node("sn").enabled is False
    code, out, _ = _run(capsys, "nodes", "list", "--config", c)
    assert any(line.startswith("sn ") and " disabled " in line for line in out.splitlines())

    code, out, _ = _run(capsys, "nodes", "approve", "sn", "--config", c)
    assert code == 0
    assert "its last conformance report fails" in out
    assert load_settings(cfg).node("sn").enabled is True

    code, out, _ = _run(capsys, "nodes", "rotate-key", "sn", "--json", "--config", c)
    key = json.loads(out)["api_key"]
    assert key.startswith("chmk.sn.")

    code, out, _ = _run(capsys, "nodes", "audit", "--json", "--config", c)
    entries = json.loads(out)["entries"]
    assert [e["action"] for e in entries] == ["rotate-key", "status", "status", "add"]
    assert all(e["actor"].startswith("cli:") and e["client"] == "cli" for e in entries)
    assert entries[2]["detail"] == {"from": "active", "to": "disabled", "reason": "broken"}
    code, out, _ = _run(capsys, "nodes", "show", "sn", "--config", c)
    assert "status: active" in out and "last report: fail" in out
    assert key not in out


def test_validate_makes_a_pending_node_active(
    cfg: Path, capsys: pytest.CaptureFixture[str], endpoint_server: tuple
) -> None:
    base, _, state = endpoint_server
    c = str(cfg)
    _run(capsys, "nodes", "add", "sn", "--url", f"{base}/toggle/oai", "--config", c)
    _run(capsys, "nodes", "disable", "sn", "--config", c)
    from ops.context import Context
    from registration.registry import Actor

    ctx = Context(load_settings(cfg))
    ctx.registry.set_status("sn", "pending", Actor("test", "test"))
    ctx.close()
    state["toggle_ok"] = True
    try:
        code, out, _ = _run(capsys, "nodes", "validate", "sn", "--json", "--config", c)
    finally:
        state["toggle_ok"] = False
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "active"
    assert data["report"]["status"] in ("pass", "warn")
    assert load_settings(cfg).node("sn").enabled is True


def test_config_nodes_are_changed_in_config_toml(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "nodes", "disable", "fr-chm", "--config", str(cfg))
    assert code == 2
    assert "defined in config.toml; change it there" in err
    code, out, _ = _run(capsys, "nodes", "validate", "fr-chm", "--config", str(cfg))
    assert code == 0 and "PASS  Identify" in out
    code, _, err = _run(capsys, "nodes", "approve", "nope", "--config", str(cfg))
    assert code == 2 and "no node 'nope'" in err
