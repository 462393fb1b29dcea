"""Providers told: digests through a real SMTP server (aiosmtpd on 127.0.0.1) and a real
webhook receiver; idempotent, retried with backoff, never the same need twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ops.context import Context
from ops.notify import (
    check_search,
    eligible,
    run_notify,
    search_matches,
    subscription_of_token,
    unsubscribe_token,
)
from store.assistance import Change
from tests.matching.helpers import rec
from tests.ops import assistance_world as world
from tests.servers.notify_receivers import HookReceiver, SmtpSink

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def hook() -> Iterator[HookReceiver]:
    recv = HookReceiver()
    yield recv
    recv.close()


@pytest.fixture
def ctx(tmp_path: Path, smtp: SmtpSink) -> Iterator[Context]:
    c = world.build(tmp_path, smtp.port)
    yield c
    c.close()


def test_eligible_reads_matchings_verdict_else_the_place_score() -> None:
    assert eligible({"eligible": True, "parts": {"place": 0}})
    assert not eligible({"eligible": False, "parts": {"place": 1}})
    assert not eligible({"parts": {"place": 0.0}})
    assert eligible({"parts": {"place": 0.8}}) and eligible({})


def test_offers_node_gets_one_email_of_its_eligible_needs_once(
    ctx: Context, smtp: SmtpSink
) -> None:
    a = ctx.store.assistance
    a.set_target("donor-db", "focal@donor.example.org", None, "fr", "2026-03-01T00:00:00Z")
    a.set_target("andes-db", "andes@example.org", None, "es", "2026-03-01T00:00:00Z")
    a.set_target("sn-chm", "sn@example.org", None, "en", "2026-03-01T00:00:00Z")
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert got.sent == 2 and got.failed == 0
    # one digest, to the West-African offer's node; the Andean offer is closed to SN and TG
    # and the need's own node is never told of its own need
    assert [e[1] for e in smtp.envelopes] == [["focal@donor.example.org"]]
    msg = smtp.messages[0]
    assert msg["From"] == "secretariat@chm.example.org" and msg["Subject"].startswith("chm : 2")
    body = smtp.bodies()[0]
    assert "https://chm.example.org/records/sn-chm:need-asgm" in body
    assert "https://chm.example.org/records/tg-chm:need-tg" in body
    assert "correspond à votre offre : Offre de formation : mercure" in body
    assert "offer-andes" not in body
    again = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=1))
    assert (again.queued, again.sent, len(smtp.messages)) == (0, 0, 1)


def test_closed_needs_are_not_sent_and_new_needs_are(ctx: Context, smtp: SmtpSink) -> None:
    from matching.update import update_after_run

    a = ctx.store.assistance
    a.set_target("donor-db", "focal@donor.example.org", None, "en", "2026-03-01T00:00:00Z")
    a.change(world.NEED_TG, Change("withdrawn", "node:tg-chm"), "2026-03-01T00:00:00Z")
    run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert "need-tg" not in smtp.bodies()[0] and "need-asgm" in smtp.bodies()[0]
    seq = ctx.store.records.max_seq()
    new = rec(
        "need-ml",
        "need",
        "ml-chm",
        concepts=["asgm"],
        countries=["ML"],
        title={"en": "Mali: mercury-free gold processing, request for expertise"},
    )
    world.add(ctx, [new])
    update_after_run(ctx.store, ctx.vocabulary, seq)
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=1))
    assert got.sent == 1 and len(smtp.messages) == 2
    assert "ml-chm:need-ml" in smtp.bodies()[1] and "need-asgm" not in smtp.bodies()[1]


def test_needs_before_the_first_run_are_not_sent_unless_asked(
    tmp_path: Path, smtp: SmtpSink
) -> None:
    ctx = world.build(tmp_path, smtp.port, existing=False)
    try:
        ctx.store.assistance.set_target("donor-db", "f@d.example.org", None, "en", "2026")
        got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
        assert (got.queued, smtp.messages) == (0, [])
    finally:
        ctx.close()


def test_webhook_retried_with_backoff_then_delivered_once(ctx: Context) -> None:
    hook = HookReceiver(fail_first=1)
    try:
        ctx.store.assistance.set_target("donor-db", None, hook.url, "en", "2026-03-01T00:00:00Z")
        first = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
        assert (first.sent, first.retried, hook.refused, hook.messages) == (0, 2, 1, [])
        row = ctx.store.assistance.outbox()[0]
        assert row["status"] == "pending" and row["attempts"] == 1
        assert row["next_attempt_at"] == "2026-03-01T12:00:30Z"  # retry_backoff = 30 s
        early = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(seconds=10))
        assert early.sent == 0 and hook.messages == []  # not due yet
        later = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(seconds=31))
        assert later.sent == 2 and len(hook.messages) == 1
        digest = hook.messages[0]
        assert (
            digest["event"] == "chm_digest"
            and hook.headers[0]["Idempotency-Key"] == digest["digest_id"]
        )
        assert sorted(i["record"] for i in digest["items"]) == [world.NEED, world.NEED_TG]
        assert all(i["offers"][0]["id"] == world.OFFER for i in digest["items"])
        run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=2))
        assert len(hook.messages) == 1
    finally:
        hook.close()


def test_a_dead_receiver_is_given_up_after_max_attempts(ctx: Context) -> None:
    hook = HookReceiver(fail_first=99)
    try:
        ctx.store.assistance.set_target("donor-db", None, hook.url, "en", "2026-03-01T00:00:00Z")
        when = NOW
        for _ in range(3):  # max_attempts = 3
            run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=when)
            when += timedelta(hours=1)
        rows = ctx.store.assistance.outbox()
        assert {r["status"] for r in rows} == {"failed"} and {r["attempts"] for r in rows} == {3}
        assert "HTTP 503" in rows[0]["last_error"]
        run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=when + timedelta(days=1))
        assert hook.refused == 3
    finally:
        hook.close()


def test_webhook_to_a_private_address_is_refused_by_the_url_policy(
    tmp_path: Path, smtp: SmtpSink
) -> None:
    from core.config import load_settings

    ctx = world.build(tmp_path, smtp.port)
    cfg = ctx.settings.path
    cfg.write_text(
        cfg.read_text().replace("allow_private_hosts = true", "allow_private_hosts = false")
    )
    ctx.settings = load_settings(cfg)
    hook = HookReceiver()
    try:
        ctx.store.assistance.set_target("donor-db", None, hook.url, "en", "2026")
        got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
        assert got.sent == 0 and hook.messages == []
        assert "loopback" in ctx.store.assistance.outbox()[0]["last_error"]
    finally:
        hook.close()
        ctx.close()


def test_flagged_need_asks_its_node_to_confirm(ctx: Context, smtp: SmtpSink) -> None:
    ctx.store.assistance.set_target("tg-chm", "focal@tg.example.org", None, "fr", "2026")
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    # expiry_days = 90: the Togo need (2025-02-01) is past, the Senegal one (2026-01-10) not
    assert got.flagged == 1
    (env,) = [e for e in smtp.envelopes if e[1] == ["focal@tg.example.org"]]
    body = smtp.bodies()[smtp.envelopes.index(env)]
    assert "Toujours d'actualité" in body and "2025-02-01" in body and "tg-chm:need-tg" in body
    assert run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW).flagged == 0


def test_saved_search_digest_with_a_working_unsubscribe_token(ctx: Context, smtp: SmtpSink) -> None:
    a = ctx.store.assistance
    sub = a.subscribe(
        "email",
        "reader@example.org",
        check_search({"q": "mercure", "type": "need"}),
        "en",
        "2026-03-01T00:00:00Z",
        confirmed=True,
    )
    assert run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW).sent == 0  # nothing new
    world.add(
        ctx,
        [
            rec(
                "need-bf",
                "need",
                "bf-chm",
                countries=["BF"],
                title={"fr": "Burkina Faso : inventaire du mercure, demande d'appui"},
            ),
            rec("doc-bf", "document", "bf-chm", title={"fr": "Guide mercure"}),
            rec("need-other", "need", "bf-chm", title={"fr": "Demande : déchets plastiques"}),
        ],
        "2026-03-02T00:00:00Z",
    )
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert got.sent == 1
    body = smtp.bodies()[-1]
    assert "bf-chm:need-bf" in body and "doc-bf" not in body and "need-other" not in body
    token = unsubscribe_token(ctx.store, sub)
    assert f"/subscriptions/unsubscribe?token={token}" in body
    assert smtp.messages[-1]["List-Unsubscribe"].endswith(f"token={token}>")
    assert b"List-Unsubscribe: <https://chm.example.org/subscriptions/" in smtp.raw[-1]
    assert subscription_of_token(ctx.store, token) == sub
    assert subscription_of_token(ctx.store, token[:-2] + "xx") is None
    assert subscription_of_token(ctx.store, str(sub)) is None


def test_search_matching_rules(ctx: Context) -> None:
    v = ctx.vocabulary
    need = rec(
        "n",
        "need",
        "x",
        concepts=["mercury"],
        countries=["SN"],
        languages=["fr"],
        title={"fr": "Gestion écologique des déchets"},
    ).to_dict()
    assert search_matches({"q": "DECHETS"}, need, v)  # case and accents
    assert search_matches({"q": "mercury"}, need, v)  # a concept's label, another language
    assert not search_matches({"q": "dechets -mercury"}, need, v)
    assert search_matches({"country": ["SN", "ML"], "type": ["need"]}, need, v)
    assert not search_matches({"country": ["ML"]}, need, v)
    with pytest.raises(ValueError, match="unknown"):
        check_search({"colour": "red"})
    assert check_search({"q": "  ", "country": "sn"}) == {"country": ["SN"]}


def test_unreachable_smtp_is_retried_not_lost(tmp_path: Path) -> None:
    from tests.servers.notify_receivers import free_port

    ctx = world.build(tmp_path, free_port())  # nothing listens there
    try:
        ctx.store.assistance.set_target("donor-db", "f@d.example.org", None, "en", "2026")
        got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
        assert got.retried == 2 and got.sent == 0
        assert {r["status"] for r in ctx.store.assistance.outbox()} == {"pending"}
    finally:
        ctx.close()


def test_an_email_subscription_starts_only_once_confirmed(ctx: Context, smtp: SmtpSink) -> None:
    from ops.notify import confirmation_item, subscription_of

    a = ctx.store.assistance
    search = check_search({"type": "need", "country": "BF"})
    sub = a.subscribe("email", "someone@example.org", search, "fr", "2026-03-01T00:00:00Z")
    a.enqueue([confirmation_item(sub, "someone@example.org", "fr")], "2026-03-01T00:00:00Z")
    world.add(ctx, [rec("need-bf", "need", "bf-chm", countries=["BF"])], "2026-03-02T00:00:00Z")
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert got.sent == 1 and smtp.messages[-1]["Subject"].startswith("chm : confirmez")
    body = smtp.bodies()[-1]
    assert "bf-chm:need-bf" not in body  # nothing before confirmation
    token = body.split("/subscriptions/confirm?token=")[1].split()[0]
    assert subscription_of(ctx.store, "confirm", token) == sub
    assert subscription_of(ctx.store, "unsubscribe", token) is None  # kinds never mix
    assert a.confirm_subscription(sub, "2026-03-02T00:00:00Z")
    assert not a.confirm_subscription(sub, "2026-03-02T00:00:00Z")
    run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert "bf-chm:need-bf" in smtp.bodies()[-1]


def test_the_requesting_node_is_told_what_was_offered(ctx: Context, smtp: SmtpSink) -> None:
    a = ctx.store.assistance
    a.set_target("sn-chm", "focal@sn.example.org", None, "fr", "2026")
    stamp = "2026-03-01T00:00:00Z"
    a.change(world.NEED, Change("forwarded", "operator", offers=(world.OFFER,)), stamp)
    a.change(world.NEED, Change("offers_received", "node:sn-chm", offers=(world.OFFER,)), stamp)
    a.change(world.NEED, Change("met", "operator", met_by=world.PROJECT), stamp)
    run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    (body,) = [
        b
        for b, e in zip(smtp.bodies(), smtp.envelopes, strict=True)
        if e[1] == ["focal@sn.example.org"]
    ]
    assert "Votre demande d'assistance a avancé : transmise aux fournisseurs" in body
    assert "Offre de formation : mercure" in body
    assert "a avancé : satisfaite" in body and "orpaillage sans mercure" in body
    assert "offres reçues" not in body  # the node made that change itself
    sent = len(smtp.messages)
    run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert len(smtp.messages) == sent  # told once


def test_without_a_mail_server_email_is_not_queued_but_webhooks_are(tmp_path: Path) -> None:
    ctx = world.build(tmp_path)
    cfg = ctx.settings.path
    cfg.write_text(cfg.read_text().replace('host = "127.0.0.1"\nport = 25', 'host = ""\nport = 25'))
    from core.config import load_settings

    ctx.settings = load_settings(cfg)
    assert ctx.settings.smtp.host == ""
    hook = HookReceiver()
    try:
        ctx.store.assistance.set_target("donor-db", "f@d.example.org", hook.url, "en", "2026")
        got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
        assert got.sent == 2 and len(hook.messages) == 1
        assert {r["recipient"].split(":")[0] for r in ctx.store.assistance.outbox()} == {"webhook"}
    finally:
        hook.close()
        ctx.close()


# --- incremental: only what changed since the last digest ----------------------------------------


def _west_african_offer(ctx: Context) -> None:
    """A second provider publishes an offer matching the needs already there."""
    from matching.update import update_after_run

    seq = ctx.store.records.max_seq()
    offer = rec(
        "offer-ecowas",
        "support-source",
        "ecowas-db",
        concepts=["mercury"],
        languages=["en"],
        title={"en": "Technical support on mercury for West Africa"},
        description={"en": "Expert missions.\nEligible countries: Western Africa"},
    )
    world.add(ctx, [offer])
    update_after_run(ctx.store, ctx.vocabulary, seq)


def test_a_new_offer_is_told_of_the_needs_already_there_and_nobody_twice(
    ctx: Context, smtp: SmtpSink
) -> None:
    a = ctx.store.assistance
    a.set_target("donor-db", "focal@donor.example.org", None, "en", "2026-03-01T00:00:00Z")
    a.set_target("ecowas-db", "ecowas@example.org", None, "en", "2026-03-01T00:00:00Z")
    run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert [e[1] for e in smtp.envelopes] == [["focal@donor.example.org"]]
    _west_african_offer(ctx)
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=1))
    # the new offer's node hears of both needs; the first provider is not told again
    assert got.sent == 2 and [e[1] for e in smtp.envelopes][1:] == [["ecowas@example.org"]]
    body = smtp.bodies()[1]
    assert world.NEED in body and world.NEED_TG in body
    # the need is edited (a new change sequence): it is looked at again, sent to nobody twice
    need = next(r for r in world.records() if r.id == world.NEED)
    seq = ctx.store.records.max_seq()
    world.add(ctx, [need.with_changes(description={"en": "Now for 40 trainers."})])
    from matching.update import update_after_run

    update_after_run(ctx.store, ctx.vocabulary, seq)
    again = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=2))
    assert (again.queued, again.sent, len(smtp.messages)) == (0, 0, 2)


def test_an_unchanged_need_is_not_read_again(ctx: Context, smtp: SmtpSink) -> None:
    """The digest run reads only needs and offers written since the last one: a match row
    appearing for records that did not change (which matching never writes) is not seen, and
    the same row is seen once the need is written again."""
    from matching.update import update_after_run

    a = ctx.store.assistance
    a.set_target("andes-db", "andes@example.org", None, "es", "2026-03-01T00:00:00Z")
    run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert smtp.messages == []  # the Andean offer is closed to Senegal and Togo
    why = '{"eligible": true, "parts": {"place": 1}}'
    with ctx.store.transaction() as c:
        c.execute("INSERT OR REPLACE INTO mx_matches VALUES (?,?,?,?)",
                  (world.NEED, world.OFFER_ANDES, 0.9, why))  # fmt: skip
    quiet = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=1))
    assert (quiet.queued, smtp.messages) == (0, [])
    seq = ctx.store.records.max_seq()
    need = next(r for r in world.records() if r.id == world.NEED)
    world.add(ctx, [need.with_changes(description={"fr": "Pour 40 formateurs."})])
    update_after_run(ctx.store, ctx.vocabulary, seq)
    with ctx.store.transaction() as c:  # as if matching now found the pair eligible
        c.execute("INSERT OR REPLACE INTO mx_matches VALUES (?,?,?,?)",
                  (world.NEED, world.OFFER_ANDES, 0.9, why))  # fmt: skip
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=2))
    assert got.sent == 1 and smtp.envelopes[0][1] == ["andes@example.org"]
    assert world.NEED in smtp.bodies()[0] and world.NEED_TG not in smtp.bodies()[0]


def test_a_node_that_sets_its_target_later_hears_of_the_live_needs(
    ctx: Context, smtp: SmtpSink
) -> None:
    first = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW)
    assert (first.queued, smtp.messages) == (0, [])  # nobody to tell yet
    ctx.store.assistance.set_target(
        "donor-db", "focal@donor.example.org", None, "en", "2026-03-01T13:00:00Z"
    )
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=2))
    assert got.sent == 2 and [e[1] for e in smtp.envelopes] == [["focal@donor.example.org"]]
    assert world.NEED in smtp.bodies()[0] and world.NEED_TG in smtp.bodies()[0]
    again = run_notify(ctx.store, ctx.settings, ctx.vocabulary, now=NOW + timedelta(hours=3))
    assert (again.queued, again.sent) == (0, 0)
