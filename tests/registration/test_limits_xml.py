"""Slow, oversized and XML-hostile endpoints, served by a real local server.

Limits come from the test config.toml: 1 s per read, 2 s per response, 1 MB per response.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import NodeConfig, Settings
from harvesters.urlguard import LimitExceeded
from mappings.safexml import NotXml, UnsafeXml, parse_xml
from registration.conformance import make_client, run_report
from tests.servers.registration_endpoints import LOL, XXE


def _report(settings: Settings, url: str):  # type: ignore[no-untyped-def]
    started = time.monotonic()
    report = run_report(NodeConfig(id="t", url=url), settings)
    return report, time.monotonic() - started


def test_slow_endpoint_refused(settings: Settings, base_url: str) -> None:
    report, took = _report(settings, f"{base_url}/slow/oai")
    assert report.status == "fail"
    assert report.refused and "did not answer within the 1-second time limit" in report.refused
    assert took < 2.5  # gave up at the limit, did not wait for the 3 s answer


def test_trickling_endpoint_refused_at_the_deadline(settings: Settings, base_url: str) -> None:
    report, took = _report(settings, f"{base_url}/drip/oai")
    assert report.refused and "took more than 2 seconds" in report.refused
    assert took < 3.5


@pytest.mark.parametrize(
    ("path", "words"),
    [("big", "announces 50,000,000 bytes"), ("bigchunked", "more than the 1,000,000-byte")],
)
def test_oversized_endpoint_refused(
    settings: Settings, base_url: str, path: str, words: str
) -> None:
    report, took = _report(settings, f"{base_url}/{path}/oai")
    assert report.refused and words in report.refused
    assert [c.id for c in report.checks if c.status == "fail"] == ["url_policy"]
    assert took < 2.0


def test_client_raises_limit_exceeded(settings: Settings, base_url: str) -> None:
    client = make_client(settings)
    with pytest.raises(LimitExceeded):
        client.get(f"{base_url}/bigchunked/oai")
    assert client.settings.max_retries == 0


@pytest.mark.parametrize("path", ["xxe", "lol"])
def test_xxe_and_entity_bomb_fail_fast(settings: Settings, base_url: str, path: str) -> None:
    report, took = _report(settings, f"{base_url}/{path}/oai")
    identify = next(c for c in report.checks if c.id == "identify")
    assert identify.status == "fail"
    assert "declares entities" in identify.message
    assert "root:" not in identify.message  # /etc/passwd never read
    assert report.status == "fail"
    assert report.refused is None  # a failing report (pending), not a transport refusal
    assert took < 1.0


# ---- safexml itself -------------------------------------------------------------------------

_PAD = b'<?xml version="1.0"?>\n<!--' + b"x" * 5000 + b"-->\n"
_XXE_BODY = b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'


@pytest.mark.parametrize(
    "doc",
    [
        XXE,
        LOL,
        _PAD + _XXE_BODY,  # DOCTYPE after 4 KiB: past the byte scan
        _PAD + LOL.split(b"\n", 1)[1],
        ('<?xml version="1.0" encoding="UTF-16"?>' + _XXE_BODY.decode()).encode("utf-16"),
        ('<?xml version="1.0" encoding="UTF-16"?>' + LOL.decode().split("\n", 1)[1]).encode(
            "utf-16"
        ),
        b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://10.0.0.1/x.dtd"> %p;]><r/>',
    ],
    ids=["xxe", "lol", "padded-xxe", "padded-lol", "utf16-xxe", "utf16-lol", "param-entity"],
)
def test_safexml_refuses_entity_declarations(doc: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(UnsafeXml, match="declares entities"):
        parse_xml(doc)
    assert time.monotonic() - started < 0.5


def test_safexml_external_dtd_is_not_fetched() -> None:
    """An external DTD is never fetched: libxml2 refuses the network load, a clear error."""
    started = time.monotonic()
    with pytest.raises(NotXml, match="network"):
        parse_xml(b'<!DOCTYPE r SYSTEM "http://10.0.0.1/r.dtd"><r>ok</r>')
    assert time.monotonic() - started < 0.5


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_safexml_any_bytes_give_a_tree_or_a_clear_error(data: bytes) -> None:
    message = ""
    try:
        root = parse_xml(data)
    except (NotXml, UnsafeXml) as exc:
        message = str(exc)
        root = None
    assert (root is not None) != bool(message)
