"""An unchanged ``--full`` re-harvest through the real pipeline: records hashed from the bytes
they came in are compared with the store, and any byte that changed in a record is caught.

A small OAI-PMH server on 127.0.0.1 serves pages whose exact bytes each test writes (two
pages, linked by a resumption token, with a new responseDate at every request), so a change
can be made to one field of one record and nothing else.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harvesters.helpers import Harness, make_settings
from tests.harvesters.test_record_spans import record
from tests.servers.body_server import BodyServer

OAI_NS = "http://www.openarchives.org/OAI/2.0/"


class PagesServer(BodyServer):
    """ListRecords answered from ``pages`` (a list of record lists): page N's token is "pN"."""

    content_type = "text/xml; charset=utf-8"

    def __init__(self, pages: list[list[str]]) -> None:
        self.pages = pages
        self.requests = itertools.count()
        super().__init__("/oai")

    def body(self, params: dict[str, list[str]]) -> bytes:
        stamp = f"2026-01-01T00:00:{next(self.requests) % 60:02d}Z"  # differs at every request
        head = (
            f'<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="{OAI_NS}">'
            f"<responseDate>{stamp}</responseDate><request>{self.url}</request>"
        )
        verb = params.get("verb", [""])[0]
        if verb == "Identify":
            return (head + "<Identify><repositoryName>t</repositoryName><granularity>"
                    "YYYY-MM-DD</granularity></Identify></OAI-PMH>").encode()  # fmt: skip
        token = params.get("resumptionToken", ["p0"])[0]
        n = int(token[1:])
        more = f"<resumptionToken>p{n + 1}</resumptionToken>" if n + 1 < len(self.pages) else ""
        return (head + "<ListRecords>" + "\n".join(self.pages[n]) + more
                + "</ListRecords></OAI-PMH>").encode()  # fmt: skip


@pytest.fixture
def run(tmp_path: Path) -> Iterator[tuple[PagesServer, Harness]]:
    server = PagesServer([[record(i) for i in range(5)], [record(i) for i in range(5, 10)]])
    h = Harness(make_settings(tmp_path, [{"id": "n", "url": server.url}], map_workers=0))
    yield server, h
    h.close()
    server.close()


def _counts(s: object) -> tuple[int, int, int, int]:
    return (s.added, s.updated, s.unchanged, s.deleted)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("changed", "title"),
    [
        (record(7, title="Water qualities"), {"en": "Water qualities"}),
        (record(7, lang="fr"), {"fr": "Water quality"}),
        (record(7, subject="air"), None),
        (record(7, extra="<dc:language>fr</dc:language>"), None),
    ],
)
def test_one_changed_field_of_one_record_is_remapped(
    run: tuple[PagesServer, Harness], changed: str, title: dict[str, str] | None
) -> None:
    server, h = run
    assert _counts(h.harvest("n")) == (10, 0, 0, 0)
    before = h.store.records.get("n:oai:t:7")
    assert _counts(h.harvest("n", full=True)) == (0, 0, 10, 0)
    server.pages[1][2] = changed
    s = h.harvest("n", full=True)
    assert _counts(s) == (0, 1, 9, 0)
    after = h.store.records.get("n:oai:t:7")
    assert after != before
    if title is not None:
        assert after is not None and after["title"] == title
    assert _counts(h.harvest("n", full=True)) == (0, 0, 10, 0)  # and stays unchanged after


def test_nothing_that_is_not_a_record_makes_records_new(run: tuple[PagesServer, Harness]) -> None:
    """Comments between records, the records' order and the page they are on are not records."""
    server, h = run
    h.harvest("n")
    seq = h.store.records.max_seq()
    records = server.pages[0] + server.pages[1]
    server.pages[:] = [records[::-1][:3], ["<!-- moved -->", *records[::-1][3:]]]
    assert _counts(h.harvest("n", full=True)) == (0, 0, 10, 0)
    assert h.store.records.max_seq() == seq


def test_a_record_deleted_at_the_source_becomes_a_tombstone(
    run: tuple[PagesServer, Harness],
) -> None:
    server, h = run
    h.harvest("n")
    server.pages[0][1] = (
        '<record><header status="deleted"><identifier>oai:t:1</identifier>'
        "<datestamp>2024-02-01</datestamp></header></record>"
    )
    assert _counts(h.harvest("n", full=True)) == (0, 0, 9, 1)
    tomb = h.store.records.get("n:oai:t:1")
    assert tomb is not None and tomb["deleted"] is True
    server.pages[0][1] = record(1)
    assert _counts(h.harvest("n", full=True)) == (1, 0, 9, 0)  # back again


def test_records_stored_under_their_payloads_sha1_are_not_remapped(
    run: tuple[PagesServer, Harness],
) -> None:
    """A store written before records were hashed as they came holds the SHA-1 of each payload:
    a --full re-harvest finds them unchanged (no change sequence, nothing mapped), rewrites
    their hashes, and still catches the one record that did change."""
    server, h = run
    h.harvest("n")
    conn = h.store.conn
    rows = conn.execute("SELECT source_id, payload FROM raw_records").fetchall()
    with h.store.transaction() as c:
        c.executemany(
            "UPDATE raw_records SET hash=? WHERE source_id=?",
            [(hashlib.sha1(p).hexdigest(), sid) for sid, p in rows],
        )
    payloads = dict(rows)
    seq = h.store.records.max_seq()
    server.pages[0][4] = record(4, title="Changed")
    assert _counts(h.harvest("n", full=True)) == (0, 1, 9, 0)
    assert h.store.records.max_seq() == seq + 1
    hashes = dict(conn.execute("SELECT source_id, hash FROM raw_records").fetchall())
    assert {len(v) for v in hashes.values()} == {64}  # every record now under its content hash
    stored = dict(conn.execute("SELECT source_id, payload FROM raw_records").fetchall())
    assert {k: v for k, v in stored.items() if k != "oai:t:4"} == {
        k: v for k, v in payloads.items() if k != "oai:t:4"
    }
    assert _counts(h.harvest("n", full=True)) == (0, 0, 10, 0)
    assert h.store.records.max_seq() == seq + 1


def test_a_page_that_does_not_cut_keeps_payload_hashes(run: tuple[PagesServer, Harness]) -> None:
    """A record whose identifier is written with a character reference: its page is serialised
    and hashed as before, run after run, and changes on it are still caught."""
    server, h = run
    server.pages[0][0] = record(0).replace("oai:t:0", "oai:t:&#48;")
    assert _counts(h.harvest("n")) == (10, 0, 0, 0)
    hashes = dict(h.store.conn.execute("SELECT source_id, hash FROM raw_records").fetchall())
    assert {len(hashes[f"oai:t:{i}"]) for i in range(5)} == {40}
    assert {len(hashes[f"oai:t:{i}"]) for i in range(5, 10)} == {64}
    assert _counts(h.harvest("n", full=True)) == (0, 0, 10, 0)
    server.pages[0][3] = record(3, subject="soil")
    assert _counts(h.harvest("n", full=True)) == (0, 1, 9, 0)
