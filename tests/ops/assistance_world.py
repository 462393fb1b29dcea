"""A small chm for the assistance procedure's tests: needs, offers (one closed to the needs'
countries), a project, matching computed, and a config naming the test's SMTP server.

The records are hand-written in the style of clearing-house requests and offers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mappings.record import Record
from ops.context import Context
from tests.matching.helpers import rec
from vocabulary.model import PROJECT_THESAURUS

CONFIG = """
[storage]
path = "var/chm.sqlite"
[index]
backend = "tantivy"
path = "var/index"
[vocabulary]
files = ["{vocab}"]
[security]
allow_private_hosts = true
[server]
host = "127.0.0.1"
port = 8000
[assistance]
expiry_days = 90
public_url = "https://chm.example.org"
notify_existing = {existing}
retry_backoff = 30.0
max_attempts = 3
timeout = 5.0
[smtp]
host = "127.0.0.1"
port = {smtp_port}
sender = "secretariat@chm.example.org"
"""

NEED = "sn-chm:need-asgm"
NEED_TG = "tg-chm:need-tg"
OFFER = "donor-db:offer-wa"
OFFER_ANDES = "andes-db:offer-andes"
PROJECT = "sn-chm:proj-asgm"


def records() -> list[Record]:
    return [
        rec(
            "need-asgm",
            "need",
            "sn-chm",
            concepts=["asgm"],
            countries=["SN"],
            date="2026-01-10",
            title={
                "fr": "Demande d'appui : formation sur le mercure dans l'orpaillage",
                "en": "Request for training: mercury in artisanal gold mining",
            },
        ),
        rec(
            "need-tg",
            "need",
            "tg-chm",
            concepts=["asgm"],
            countries=["TG"],
            date="2025-02-01",
            title={"fr": "Demande : réduction du mercure dans l'orpaillage au Togo"},
        ),
        rec(
            "offer-wa",
            "support-source",
            "donor-db",
            concepts=["mercury"],
            languages=["fr"],
            title={"fr": "Offre de formation : mercure"},
            description={"fr": "Le PNUE propose un appui.\nPays éligibles : Afrique de l'Ouest"},
        ),
        rec(
            "offer-andes",
            "support-source",
            "andes-db",
            concepts=["mercury"],
            languages=["es"],
            countries=["EC", "PE", "BO"],
            title={"es": "Apoyo técnico sobre mercurio para Ecuador, Perú y Bolivia"},
        ),
        rec(
            "proj-asgm",
            "project",
            "sn-chm",
            concepts=["asgm"],
            countries=["SN"],
            title={"fr": "Projet : orpaillage sans mercure à Kédougou"},
        ),
    ]


def write_config(folder: Path, smtp_port: int = 25, existing: bool = True) -> Path:
    path = folder / "config.toml"
    text = CONFIG.format(
        vocab=PROJECT_THESAURUS, smtp_port=smtp_port, existing="true" if existing else "false"
    )
    path.write_text(text, encoding="utf-8")
    return path


def build(folder: Path, smtp_port: int = 25, existing: bool = True) -> Context:
    """A Context over the records above, matching computed."""
    from matching.update import recompute_all

    ctx = Context.from_path(write_config(folder, smtp_port, existing))
    add(ctx, records())
    recompute_all(ctx.store, ctx.vocabulary)
    return ctx


def add(ctx: Context, recs: list[Record], when: str = "2026-03-01T00:00:00Z") -> Any:
    return ctx.store.records.write(((r.id, r.node, False, r.to_json()) for r in recs), when)
