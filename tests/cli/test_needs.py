"""``chm needs``, ``chm notify`` and ``chm countries`` on a real store, with a real SMTP server;
and the whole procedure over real HTTP (uvicorn): a node registers its webhook and moves its
need along, a reader subscribes, the scheduler's job sends the digests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from cli.main import main
from core.config import ConfigError, NodeConfig, load_settings
from ops.context import Context
from registration.registry import Actor
from search_api.app import create_app
from tests.matching.helpers import rec
from tests.ops import assistance_world as world
from tests.servers.app_server import LiveServer
from tests.servers.notify_receivers import HookReceiver, SmtpSink


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def cfg(tmp_path: Path, smtp: SmtpSink) -> Path:
    world.build(tmp_path, smtp.port).close()
    return tmp_path / "config.toml"


def _run(cfg: Path, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = main(["--config", str(cfg), *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_needs_list_show_set(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(cfg, "needs", "list", "--json", capsys=capsys)
    assert rc == 0 and [n["id"] for n in json.loads(out)["needs"]] == [world.NEED_TG, world.NEED]
    rc, out, _ = _run(
        cfg,
        "needs",
        "set",
        world.NEED,
        "forwarded",
        "--offer",
        world.OFFER,
        "--note",
        "committee meeting 3",
        capsys=capsys,
    )
    assert rc == 0 and out.strip() == f"{world.NEED}: now forwarded"
    rc, _, err = _run(cfg, "needs", "set", world.NEED, "open", capsys=capsys)
    assert rc == 2 and "cannot become 'open'" in err
    rc, _, err = _run(cfg, "needs", "set", world.NEED, "met", capsys=capsys)
    assert rc == 2 and "met_by" in err
    rc, out, _ = _run(cfg, "needs", "show", world.NEED, capsys=capsys)
    assert f"forwarded: {world.OFFER}" in out and "open -> forwarded — committee meeting 3" in out
    assert "cli:" in out
    rc, out, _ = _run(cfg, "needs", "list", "--state", "forwarded", "--json", capsys=capsys)
    assert [n["id"] for n in json.loads(out)["needs"]] == [world.NEED]
    rc, out, _ = _run(cfg, "nodes", "audit", "--json", capsys=capsys)
    assert "need:forwarded" in out
    rc, _, err = _run(cfg, "needs", "show", "x:nothing", capsys=capsys)
    assert rc == 2 and "no need with id 'x:nothing'" in err


def test_notify_target_send_outbox_and_countries(
    cfg: Path, smtp: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = Context.from_path(cfg)
    ctx.registry.register(
        NodeConfig(id="donor-db", url="http://d.example.org/oai"),
        {"email": "x@d.example.org"},
        "active",
        Actor("operator", "t"),
    )
    ctx.close()
    rc, _, err = _run(cfg, "notify", "target", "donor-db", "--email", "bad", capsys=capsys)
    assert rc == 2 and "not an e-mail address" in err
    rc, out, _ = _run(
        cfg,
        "notify",
        "target",
        "donor-db",
        "--email",
        "focal@donor.example.org",
        "--lang",
        "es",
        capsys=capsys,
    )
    assert rc == 0 and "focal@donor.example.org" in out
    rc, out, _ = _run(cfg, "notify", "--json", capsys=capsys)
    got = json.loads(out)
    assert rc == 0 and got["status"] == "ok" and got["sent"] == 2
    assert got["flagged"] == 2  # both opened more than expiry_days (90) before today
    assert [e[1] for e in smtp.envelopes] == [["focal@donor.example.org"]]
    assert "Nuevas solicitudes de asistencia" in smtp.bodies()[0]
    rc, out, _ = _run(cfg, "notify", capsys=capsys)
    assert rc == 0 and "queued 0 messages; sent 0" in out
    rc, out, _ = _run(cfg, "notify", "outbox", "--status", "sent", "--json", capsys=capsys)
    assert {m["record_id"] for m in json.loads(out)["messages"]} == {world.NEED, world.NEED_TG}
    rc, out, _ = _run(cfg, "countries", "--json", capsys=capsys)
    assert [c["country"] for c in json.loads(out)["countries"]] == ["SN", "TG"]
    rc, out, _ = _run(cfg, "countries", "tg", capsys=capsys)
    assert rc == 0 and "flagged: 1" in out
    rc, _, err = _run(cfg, "countries", "ZZ", capsys=capsys)
    assert rc == 2


def test_undeliverable_digest_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.servers.notify_receivers import free_port

    ctx = world.build(tmp_path, free_port())  # nothing listens on that SMTP port
    ctx.registry.register(
        NodeConfig(id="donor-db", url="http://d.example.org/oai"),
        {"email": "a@b.org"},
        "active",
        Actor("operator", "t"),
    )
    ctx.close()
    rc, out, _ = _run(tmp_path / "config.toml", "notify", capsys=capsys)
    assert rc == 1 and "to retry 2" in out and "NOT sent: 2 to email:a@b.org" in out


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[assistance]\nexpiry_days = 0\n", "assistance.expiry_days: expected more than 0"),
        ('[assistance]\npublic_url = "chm.org"\n', "assistance.public_url: 'chm.org' is not"),
        ("[assistance]\nexpiry = 3\n", "assistance.expiry: unknown key"),
        ('[smtp]\nhost = "mail"\nport = 70000\n', "smtp.port: expected an integer from 1"),
        ('[smtp]\nhost = "mail"\nsender = "nobody"\n', "smtp.sender: 'nobody' is not"),
        ('[smtp]\nusername = "u"\n', "smtp.password: required with smtp.username"),
        ('[smtp]\npassword = "${CHM_NO_SUCH_VAR}"\n', "CHM_NO_SUCH_VAR is not set"),
    ],
)
def test_config_sections_are_checked_at_start(tmp_path: Path, text: str, words: str) -> None:
    path = world.write_config(tmp_path)
    base = path.read_text().split("[assistance]")[0]
    path.write_text(base + text)
    with pytest.raises(ConfigError) as exc:
        load_settings(path)
    assert any(words in p for p in exc.value.problems), exc.value.problems


def test_the_procedure_over_real_http(tmp_path: Path, smtp: SmtpSink, monkeypatch: Any) -> None:
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", "op-live")
    ctx = world.build(tmp_path, smtp.port, existing=False)
    keys = {
        n: ctx.registry.register(
            NodeConfig(id=n, url=f"http://{n}.example.org/oai"),
            {"email": f"c@{n}.example.org"},
            "active",
            Actor("operator", "t"),
        )
        for n in ("sn-chm", "donor-db")
    }
    ctx.reload_settings()
    hook = HookReceiver()
    server = LiveServer(create_app(ctx)).start()
    try:
        auth = {"Authorization": f"Bearer {keys['donor-db']}"}
        r = requests.put(
            f"{server.url}/api/nodes/donor-db/notifications",
            json={"webhook_url": hook.url},
            headers=auth,
            timeout=10,
        )
        assert r.status_code == 200
        r = requests.post(
            f"{server.url}/api/subscriptions",
            timeout=10,
            json={"search": {"type": "need", "country": "ML"}, "email": "reader@example.org"},
        )
        assert r.status_code == 201 and r.json()["confirmed"] is False
        from ops.schedule import HarvestService

        service = HarvestService(ctx)
        now = datetime.now(UTC)  # the confirmation was queued now: due now
        assert service.notify_due(now) and hook.messages == []  # nothing new yet
        confirm = smtp.bodies()[-1].split("https://chm.example.org")[1].split()[0]
        assert confirm.startswith("/subscriptions/confirm?token=")
        token = confirm.split("token=")[1]
        done = requests.post(
            f"{server.url}/subscriptions/confirm", data={"token": token}, timeout=10
        )
        assert done.status_code == 200 and len(ctx.store.assistance.subscriptions()) == 1
        from matching.update import update_after_run

        seq = ctx.store.records.max_seq()
        world.add(
            ctx,
            [
                rec(
                    "need-ml",
                    "need",
                    "ml-chm",
                    concepts=["asgm"],
                    countries=["ML"],
                    title={"fr": "Mali : demande d'appui, mercure et orpaillage"},
                )
            ],
        )
        update_after_run(ctx.store, ctx.vocabulary, seq)
        assert not service.notify_due(now + timedelta(seconds=10))  # notify_seconds not passed
        assert service.notify_due(now + timedelta(seconds=301))
        assert [i["record"] for i in hook.messages[0]["items"]] == ["ml-chm:need-ml"]
        assert smtp.envelopes[-1][1] == ["reader@example.org"]
        unsub = smtp.bodies()[-1].split("messages: ")[1].strip()
        local = server.url + unsub[len("https://chm.example.org") :]  # public_url -> here
        page = requests.get(local, timeout=10)
        assert page.status_code == 200 and ctx.store.assistance.subscriptions() != []
        done = requests.post(
            local.split("?")[0], data={"token": local.split("token=")[1]}, timeout=10
        )
        assert done.status_code == 200 and ctx.store.assistance.subscriptions() == []
        r = requests.post(
            f"{server.url}/api/needs/ml-chm:need-ml/state",
            timeout=10,
            json={"to": "forwarded", "offers": [world.OFFER]},
            headers={"Authorization": "Bearer op-live"},
        )
        assert r.status_code == 200 and r.json()["state"] == "forwarded"
    finally:
        server.stop()
        hook.close()
        ctx.close()
