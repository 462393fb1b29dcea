"""Records hashed from the bytes they came in: where each record is cut from a ListRecords
page (``record_spans``), what its content hash covers, and the payload serialised only when read.

The spans are checked against records whose exact bytes the test wrote (comments, CDATA
sections and processing instructions holding ``<record>``, nested records of another
vocabulary, attributes holding ``>``), and on every real ListRecords page of the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from core.config import HarvestSettings, NodeConfig
from harvesters.http import FetchResult
from harvesters.oai_pmh import OaiPmhHarvester, parse_oai, record_hash, record_spans
from mappings.base import DeferredPayload, RawRecord

FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures" / "oai-pmh"
OAI_NS = "http://www.openarchives.org/OAI/2.0/"
DC = 'xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" ' \
     'xmlns:dc="http://purl.org/dc/elements/1.1/"'  # fmt: skip


def record(i: int, title: str = "Water quality", subject: str = "water", lang: str = "en",
           extra: str = "", stamp: str = "2024-01-01") -> str:  # fmt: skip
    return (
        f"<record><header><identifier>oai:t:{i}</identifier><datestamp>{stamp}</datestamp>"
        f'</header><metadata><oai_dc:dc {DC}><dc:title xml:lang="{lang}">{title}</dc:title>'
        f"<dc:subject>{subject}</dc:subject>{extra}</oai_dc:dc></metadata></record>"
    )


def page(records: list[str], between: str = "", root_extra: str = "",
         response_date: str = "2026-01-01T00:00:00Z") -> bytes:  # fmt: skip
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="{OAI_NS}"{root_extra}>'
        f"<responseDate>{response_date}</responseDate>"
        '<request verb="ListRecords">http://x/oai</request><ListRecords>'
        + between.join(records)
        + "</ListRecords></OAI-PMH>"
    ).encode()


def harvested(body: bytes) -> list[RawRecord]:
    harvester = OaiPmhHarvester(NodeConfig(id="n", url="http://x/oai"), HarvestSettings())
    fetched = FetchResult("http://x/oai", 200, "text/xml", body, {})
    got, _ = harvester._parse_page(parse_oai(fetched), fetched)
    return got.records


# ------------------------------------------------------------------------------ the spans

_INSIDE = st.sampled_from([
    "text &lt;record&gt; escaped",
    "<!-- <record> in a comment </record> -->",
    "<![CDATA[ </record> <record> in CDATA ]]>",
    "<?chm <record> in a processing instruction?>",
    '<record xmlns="http://www.loc.gov/MARC21/slim"><leader>x</leader></record>',
    '<record xmlns="http://example.org/other"/>',
    '<x:record xmlns:x="http://example.org/x">prefixed</x:record>',
    '<recordSchema>not a record</recordSchema>',
    '<a title="a &gt; b" b=\'">\'>attribute holding &gt;</a>',
    "plain text",
])  # fmt: skip
_BETWEEN = st.sampled_from(["", " ", "\n  ", "<!-- between -->", "<?pi between?>"])


@st.composite
def _records(draw: st.DrawFn) -> list[str]:
    out = []
    for i in range(draw(st.integers(0, 6))):
        inner = "".join(draw(st.lists(_INSIDE, max_size=4)))
        attrs = draw(st.sampled_from(["", ' data-x="1>2"', " \n "]))
        close = draw(st.sampled_from(["</record>", "</record >", "</record\n>"]))
        out.append(
            f"<record{attrs}><header><identifier>oai:t:{i}</identifier></header>"
            f"<metadata><m>{inner}</m></metadata>{close}"
        )
    return out


@settings(max_examples=300)
@given(records=_records(), between=_BETWEEN)
def test_spans_are_the_records_bytes_exactly(records: list[str], between: str) -> None:
    body = page(records, between)
    spans = record_spans(body, b"record")
    assert spans is not None
    assert [body[s:e].decode() for s, e in spans] == records
    root = parse_oai(FetchResult("http://x/", 200, "text/xml", body, {}))
    assert len(spans) == len(root.findall(f"{{{OAI_NS}}}ListRecords/{{{OAI_NS}}}record"))


def test_prefixed_records_and_empty_records() -> None:
    body = (
        f'<o:OAI-PMH xmlns:o="{OAI_NS}"><o:ListRecords><o:record><o:header/></o:record>'
        "<o:record/><o:record ><record>inner</record></o:record></o:ListRecords></o:OAI-PMH>"
    ).encode()
    spans = record_spans(body, b"o:record")
    assert [body[s:e] for s, e in spans or []] == [
        b"<o:record><o:header/></o:record>",
        b"<o:record/>",
        b"<o:record ><record>inner</record></o:record>",
    ]


@pytest.mark.parametrize(
    "body",
    [b"<r><record>never closed</r>", b"<r></record></r>", b"<r><!-- <record> never ends",
     b"<r><record a='unclosed></record></r>"],
)  # fmt: skip
def test_bytes_that_do_not_cut_give_none(body: bytes) -> None:
    assert record_spans(body, b"record") is None


# --------------------------------------------------------------------- hashes and payloads


def test_payload_is_serialised_only_when_read_and_equals_the_serialised_record() -> None:
    records = harvested(page([record(1), record(2)]))
    assert all(isinstance(r, DeferredPayload) and "payload" not in vars(r) for r in records)
    for raw in records:
        assert raw.content_hash and len(raw.content_hash) == 64
        assert raw.payload == etree.tostring(raw.parsed, with_tail=False)
        assert "payload" in vars(raw)  # computed once, kept


@pytest.mark.parametrize(
    "changed",
    [
        record(2, title="Water qualities"),  # one character of the text
        record(2, lang="fr"),  # an attribute value
        record(2, extra="<dc:subject>air</dc:subject>"),  # a field added
        record(2, stamp="2024-01-02"),  # the header's datestamp
        record(2, title="Water  quality"),  # whitespace inside text
        record(2).replace("<dc:title", "<dc:title "),  # insignificant to XML, but a byte
    ],
)
def test_a_change_in_one_record_changes_its_hash_only(changed: str) -> None:
    before = harvested(page([record(1), record(2), record(3)]))
    after = harvested(page([record(1), changed, record(3)]))
    assert [r.content_hash == s.content_hash for r, s in zip(before, after, strict=True)] == [
        True,
        False,
        True,
    ]


def test_hash_ignores_the_page_around_the_record() -> None:
    """Position in the page, neighbours, the response date and comments between records do not
    make a record new."""
    first = {r.source_id: r.content_hash for r in harvested(page([record(1), record(2)]))}
    moved = harvested(
        page([record(3), record(2), record(1)], between="\n<!-- x -->", response_date="2027")
    )
    assert {r.source_id: r.content_hash for r in moved if r.source_id in first} == first


def test_namespaces_declared_around_the_records_are_part_of_the_hash() -> None:
    """The dc prefix declared on the root (not in the record): the same bytes mean another
    vocabulary when the root binds it to another URI."""
    bare = (
        "<record><header><identifier>oai:t:1</identifier></header><metadata><oai_dc:dc>"
        "<dc:title>T</dc:title></oai_dc:dc></metadata></record>"
    )
    one = harvested(page([bare], root_extra=" " + DC))[0]
    other = harvested(page([bare], root_extra=" " + DC.replace("elements/1.1/", "terms/")))[0]
    assert one.payload != other.payload and one.content_hash != other.content_hash


def test_a_page_that_does_not_cut_is_serialised_and_hashed_as_before() -> None:
    """An identifier written with a character reference is not in the bytes as it reads:
    the page's records are serialised at once, hashed by the pipeline (SHA-1 of the payload)."""
    odd = record(7).replace("oai:t:7", "oai:t:&#55;")
    records = harvested(page([record(1), odd]))
    assert [r.source_id for r in records] == ["oai:t:1", "oai:t:7"]
    assert all(type(r) is RawRecord and r.content_hash is None for r in records)
    assert records[1].payload == etree.tostring(records[1].parsed, with_tail=False)
    assert len(record_hash(records[1].payload)) == 40


def test_deleted_headers_and_records_without_identifier() -> None:
    deleted = (
        '<record><header status="deleted"><identifier>oai:t:9</identifier>'
        "<datestamp>2024-01-01</datestamp></header></record>"
    )
    nameless = "<record><header><datestamp>2024-01-01</datestamp></header></record>"
    records = harvested(page([record(1), nameless, deleted]))
    assert [(r.source_id, r.deleted) for r in records] == [("oai:t:1", False), ("oai:t:9", True)]


def _fixture_pages() -> list[Path]:
    return sorted(
        p
        for p in FIXTURES.rglob("*ListRecords*.xml")
        if "Broken" not in p.name and b"<error" not in p.read_bytes()
    )


@pytest.mark.parametrize("path", _fixture_pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_pages_cut_into_their_records(path: Path) -> None:
    """Every recorded ListRecords page of a real repository is cut from its bytes, and each
    record's payload is what serialising the parsed record gives."""
    body = path.read_bytes()
    root = parse_oai(FetchResult("http://x/", 200, "text/xml", body, {}))
    recs = root.findall(f"{{{OAI_NS}}}ListRecords/{{{OAI_NS}}}record")
    prefix = recs[0].prefix
    spans = record_spans(body, (f"{prefix}:record" if prefix else "record").encode())
    assert spans is not None and len(spans) == len(recs)
    for raw in harvested(body):
        assert isinstance(raw, DeferredPayload)
        assert raw.payload == etree.tostring(raw.parsed, with_tail=False)
