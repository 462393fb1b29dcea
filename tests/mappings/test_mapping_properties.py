"""Property tests: normalisers and the mapping never fail in any way but the documented one."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mappings.base import MappingError, RawRecord
from mappings.normalise import (
    find_countries,
    normalise_country,
    normalise_date,
    normalise_language,
    normalise_type,
)
from mappings.oai_dc import OaiDcMapping
from mappings.record import RECORD_TYPES, Record

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$", re.ASCII)
FAST = settings(
    max_examples=int(os.environ.get("CHM_HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
MAPPING = OaiDcMapping()


def attempt(fn: Callable[[str], str], value: str) -> tuple[str | None, ValueError | None]:
    """Call a normaliser; ValueError is returned, anything else escapes and fails the test."""
    try:
        return fn(value), None
    except ValueError as exc:
        return None, exc


# Text that often looks like the real thing: digits, separators, month and country names.
DATEISH = st.lists(
    st.one_of(
        st.integers(0, 3000).map(str),
        st.sampled_from(["/", "-", ".", " ", "T", ":", "Z", "[", "]", "c.", "de", "?", ","]),
        st.sampled_from(["July", "juillet", "julio", "février", "setiembre", "lundi", "1er"]),
    ),
    max_size=8,
).map("".join)
TEXT = st.one_of(st.text(max_size=40), DATEISH)


@FAST
@given(TEXT)
def test_normalise_date_valid_or_value_error(value: str) -> None:
    result, error = attempt(normalise_date, value)
    if result is None:
        assert isinstance(error, ValueError)
        assert "is not a date" in str(error)
    else:
        assert ISO_DATE.match(result), result
        # the result is itself a date that normalises to itself
        assert normalise_date(result) == result


@FAST
@given(st.dates(min_value=date(1, 1, 1)), st.sampled_from([4, 7, 10]))
def test_normalise_date_round_trips(day: date, precision: int) -> None:
    iso = day.isoformat()[:precision]
    assert normalise_date(iso) == iso


@FAST
@given(st.dates(min_value=date(1000, 1, 1)))
def test_day_first_dates_round_trip(day: date) -> None:
    assert normalise_date(day.strftime("%d/%m/%Y")) == day.isoformat()


@FAST
@given(TEXT)
def test_normalise_language_code_or_value_error(value: str) -> None:
    result, error = attempt(normalise_language, value)
    if result is None:
        assert "is not a known language" in str(error)
    else:
        assert re.fullmatch(r"[a-z]{2,3}", result), result


@FAST
@given(st.one_of(st.text(max_size=30), st.sampled_from(["Sénégal", "USA", "FRA", "Mali"])))
def test_normalise_country_code_or_value_error(value: str) -> None:
    result, error = attempt(normalise_country, value)
    if result is None:
        assert "is not a known country" in str(error)
    else:
        assert re.fullmatch(r"[A-Z]{2}", result), result


@FAST
@given(st.text(max_size=80))
def test_find_countries_gives_codes(text: str) -> None:
    found = find_countries(text)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in found)
    assert len(found) == len(set(found))


@FAST
@given(st.text(max_size=40))
def test_normalise_type_is_a_record_type(value: str) -> None:
    assert normalise_type(value) in RECORD_TYPES


def map_or_error(raw: RawRecord) -> tuple[Record | None, MappingError | None]:
    """Map ``raw``; any exception other than MappingError escapes and fails the test."""
    try:
        return MAPPING.map(raw, "2026-01-01T00:00:00Z"), None
    except MappingError as exc:
        return None, exc


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_give_record_or_mapping_error(payload: bytes) -> None:
    rec, error = map_or_error(RawRecord("n", "oai:x:1", None, False, "oai_dc", payload))
    if rec is None:
        assert str(error)
    else:
        assert rec.title


XML_TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30).map(
    escape
)
ELEMENTS = [
    "title",
    "creator",
    "subject",
    "description",
    "coverage",
    "language",
    "date",
    "type",
    "identifier",
    "rights",
    "publisher",
]


@FAST
@given(
    st.lists(
        st.tuples(st.sampled_from(ELEMENTS), XML_TEXT, st.sampled_from(["", "fr", "??"])),
        max_size=10,
    ),
    st.sampled_from(["", ' status="deleted"']),
    st.sampled_from(["2024-03-01", "", "x"]),
)
def test_almost_valid_records_give_record_or_mapping_error(
    fields: list[tuple[str, str, str]], status: str, stamp: str
) -> None:
    body = "".join(
        f"<dc:{n}{f' xml:lang={chr(34)}{lang}{chr(34)}' if lang else ''}>{t}</dc:{n}>"
        for n, t, lang in fields
    )
    payload = (
        f'<record xmlns="http://www.openarchives.org/OAI/2.0/"><header{status}>'
        f"<identifier>oai:x:1</identifier><datestamp>{stamp}</datestamp></header><metadata>"
        f'<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/">{body}</oai_dc:dc></metadata></record>'
    )
    raw = RawRecord("n", "oai:x:1", None, bool(status), "oai_dc", payload.encode())
    rec, error = map_or_error(raw)
    if rec is None:
        assert error is not None
        assert error.field in {"title", "date", "metadata", "source_datestamp", "payload"}
    else:
        assert rec.id == "n:oai:x:1"
        assert rec.type in RECORD_TYPES
        assert rec.date is None or ISO_DATE.match(rec.date)
        assert all(re.fullmatch(r"[a-z]{2,3}", lang) for lang in rec.languages)
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in rec.countries)
        assert Record.from_json(rec.to_json()) == rec


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
_RECORDS = st.builds(
    Record,
    id=_TEXT,
    node=_TEXT,
    source_id=_TEXT,
    type=st.sampled_from(RECORD_TYPES),
    title=st.dictionaries(st.sampled_from(["en", "fr", "und", "pt-BR"]), _TEXT, max_size=3),
    description=st.dictionaries(_TEXT, _TEXT, max_size=2),
    subjects=st.lists(_TEXT, max_size=4),
    countries=st.lists(st.sampled_from(["FR", "SN", "MX"]), max_size=2),
    date=st.none() | _TEXT,
    url=st.none() | _TEXT,
)


@FAST
@given(_RECORDS)
def test_record_json_is_the_reference_json_and_round_trips(record: Record) -> None:
    # to_json uses orjson for speed: its text must be byte for byte what the standard
    # library writes (golden files, hashes and stored JSON depend on it)
    reference = json.dumps(
        record.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    assert record.to_json() == reference
    back = Record.from_json(reference)
    assert back == record
    assert back.to_json() == reference


def test_record_json_keeps_a_lone_surrogate_like_the_standard_library() -> None:
    record = Record(id="n:1", node="n", source_id="1", title={"en": "bad \ud800 text"})
    text = record.to_json()
    assert text == json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True,
                              separators=(",", ":"))  # fmt: skip
    assert "\ud800" in text
    assert Record.from_json(text) == record


@FAST
@given(_RECORDS, st.lists(st.sampled_from(["FR", "SN", "MX"]), max_size=3))
def test_with_changes_is_dataclasses_replace_and_forgets_the_cached_json(
    record: Record, countries: list[str]
) -> None:
    cached = Record.from_json(record.to_json())  # holds its JSON text
    changed = cached.with_changes(countries=countries)
    assert changed == replace(record, countries=countries)
    assert Record.from_json(changed.to_json()) == changed
    assert cached.countries == record.countries  # the original is untouched


def test_with_changes_refuses_an_unknown_field() -> None:
    with pytest.raises(TypeError):
        Record(id="n:1", node="n", source_id="1").with_changes(colour="red")
