"""``chm nodes set-secret``: stored by an operator, sent to the node's own origin only.

Real endpoint servers on 127.0.0.1 record the headers of every request they receive.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from cli.main import main
from core.config import HarvestSettings, load_settings
from harvesters.http import HttpClient
from harvesters.secrets import NodeSecret, OriginAuth, origin_of
from registration.registry import node_secrets
from store import Store
from tests.servers import registration_endpoints as regservers

from .helpers import write_config

SECRET = "tok-3b8e1f20c9"
Seen = list[tuple[str, dict[str, str]]]


@pytest.fixture(scope="module")
def two_servers() -> Iterator[tuple[tuple[str, Seen], tuple[str, Seen]]]:
    """Two recording endpoint servers: two origins on 127.0.0.1."""
    a: Seen = []
    b: Seen = []
    for base_a, _, _ in regservers.serve(seen=a):
        for base_b, _, _ in regservers.serve(seen=b):
            yield (base_a, a), (base_b, b)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_secret_reads_stdin_and_the_node_gets_it_at_its_origin_only(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    two_servers: tuple[tuple[str, Seen], tuple[str, Seen]],
) -> None:
    (base, seen), _ = two_servers
    cfg = str(write_config(tmp_path))
    code, _, _ = _run(capsys, "nodes", "add", "sn", "--url", f"{base}/zenodo/oai", "--config", cfg)
    assert code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    code, out, err = _run(
        capsys, "nodes", "set-secret", "sn", "--header", "X-Api-Key", "--config", cfg
    )
    assert code == 0, err
    assert SECRET not in out and "X-Api-Key" in out and origin_of(base) in out
    # stored in the store only: not in any TOML file, not shown
    assert SECRET not in (tmp_path / "nodes.local.toml").read_text()
    code, out, _ = _run(capsys, "nodes", "show", "sn", "--config", cfg)
    assert SECRET not in out and "X-Api-Key" in out
    code, out, _ = _run(capsys, "nodes", "audit", "--config", cfg)
    assert "set-secret" in out and SECRET not in out
    start = len(seen)
    _run(capsys, "nodes", "validate", "sn", "--config", cfg)
    got = [h.get("X-Api-Key") for _, h in seen[start:]]
    assert got and all(v == SECRET for v in got)
    start = len(seen)
    code, _, err = _run(capsys, "harvest", "sn", "--config", cfg)
    assert code == 0, err
    got = [h.get("X-Api-Key") for _, h in seen[start:]]
    assert got and all(v == SECRET for v in got)
    # --scheme, then --clear
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    _run(capsys, "nodes", "set-secret", "sn", "--scheme", "Bearer", "--config", cfg)
    store = Store(load_settings(cfg).db_path)
    try:
        assert {s.header: s.value for s in node_secrets(store, "sn")} == {
            "Authorization": f"Bearer {SECRET}",
            "X-Api-Key": SECRET,
        }
    finally:
        store.close()
    code, out, _ = _run(capsys, "nodes", "set-secret", "sn", "--clear", "--header", "X-Api-Key",
                        "--config", cfg)  # fmt: skip
    assert code == 0 and "1 secret" in out


def test_set_secret_refuses_what_cannot_be_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = str(write_config(tmp_path))
    _run(capsys, "nodes", "add", "sn", "--url", "https://chm.example.sn/oai", "--config", cfg)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = _run(capsys, "nodes", "set-secret", "sn", "--config", cfg)
    assert code == 2 and "no secret given" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    code, _, err = _run(capsys, "nodes", "set-secret", "sn", "--header", "Bad Header", "--config",
                        cfg)  # fmt: skip
    assert code == 2 and "not an HTTP header name" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    code, _, err = _run(capsys, "nodes", "set-secret", "nope", "--config", cfg)
    assert code == 2 and "no node 'nope'" in err


def test_a_secret_never_follows_a_redirect_to_another_origin(
    two_servers: tuple[tuple[str, Seen], tuple[str, Seen]],
) -> None:
    (base_a, seen_a), (base_b, seen_b) = two_servers
    client = HttpClient(HarvestSettings(timeout=5.0, max_retries=0))
    client.session.auth = OriginAuth([NodeSecret("X-Api-Key", SECRET, origin_of(base_a))])
    start_a, start_b = len(seen_a), len(seen_b)
    target = f"{base_b}/zenodo/oai?verb=Identify"
    got = client.get(f"{base_a}/redirect-to/?to={quote(target, safe='')}")
    assert got.status == 200 and got.url.startswith(base_b)
    assert [h.get("X-Api-Key") for _, h in seen_a[start_a:]] == [SECRET]
    assert seen_b[start_b:] and all("X-Api-Key" not in h for _, h in seen_b[start_b:])
    # and a redirect back to its origin carries it again
    back = f"{base_a}/zenodo/oai?verb=Identify"
    start_a = len(seen_a)
    client.get(f"{base_b}/redirect-to/?to={quote(back, safe='')}")
    assert [h.get("X-Api-Key") for _, h in seen_a[start_a:]] == [SECRET]


def test_origin_of() -> None:
    assert origin_of("https://Chm.Example.org/oai?x=1") == "https://chm.example.org:443"
    assert origin_of("http://127.0.0.1:8101/oai") == "http://127.0.0.1:8101"
    assert origin_of("http://h") == "http://h:80"
    assert origin_of("file:///etc/passwd") == origin_of("ftp://h/") == origin_of("x") == ""
    assert "tok" not in repr(NodeSecret("A", "tok", "http://h:80"))
