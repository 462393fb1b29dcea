"""The compiled declarative mapping (each field a function built when the file is loaded)
gives what the spec-reading one gives: same fields, same errors, same notes.

Every built-in mapping over every JSON and DCAT fixture of ``../shared/fixtures`` (and the
hand-written API pages of ``tests/harvesters/data/external``), then generated documents with
missing and odd-typed fields, under generated mapping files.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.base import MappingError
from mappings.declarative import DeclarativeMapping, load_declarative, parse_mapping
from mappings.notes import collecting
from tests.mappings.test_declarative import CASES, dcat_objects, json_objects


def _outcome(fn: Any, data: Any) -> tuple[Any, list[dict[str, Any]]]:
    """(the fields, or the error's class and message; the notes written on the way)."""
    with collecting() as notes:
        try:
            got: Any = ("ok", fn(data))
        except MappingError as exc:
            got = ("error", type(exc).__name__, str(exc), exc.field)
    return got, list(notes)


def _same(mapping: DeclarativeMapping, data: Any) -> None:
    compiled = _outcome(mapping.map_fields, data)
    assert compiled == _outcome(mapping.map_fields_interpreted, data)


@pytest.mark.parametrize(("name", "path"), CASES, ids=[f"{m}-{p.name}" for m, p in CASES])
def test_compiled_mapping_agrees_over_the_fixtures(name: str, path: Any) -> None:
    objects = dcat_objects(path) if name == "dcat" else json_objects(path)
    assert objects
    for mapping_name in {name, "ckan", "json", "dcat", "jsonapi"}:
        mapping = load_declarative(mapping_name)
        for obj in objects:
            _same(mapping, obj)


_KEYS = ["title", "name", "notes", "tags", "extras", "key", "value", "language", "country", "type"]
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-5, 3000)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.sampled_from(["", " ", "x", "fr", "France", "2019-07-15", "dataset", "<b>a</b> &amp;",
                       "Case study", "ongoing", "http://x.org/country/ESP", "country"])
)  # fmt: skip
_values = st.recursive(
    _scalars,
    lambda kids: (
        st.lists(kids, max_size=4)
        | st.dictionaries(
            st.sampled_from([*_KEYS, "@value", "@language", "en", "es"]), kids, max_size=4
        )
    ),
    max_leaves=14,
)
_documents = st.dictionaries(st.sampled_from(_KEYS), _values, max_size=8)
_PATHS = [
    "title", "name", "title || name", "tags[].name", "[tags[].name, name][]", "notes",
    "extras[?key=='country'].value", "(extras[?key=='type'].value | [0]) || type", "value.key",
    "[language, extras[?key=='language'].value][]", "tags[0].value", "length(title)",
]  # fmt: skip
_field_specs = st.fixed_dictionaries(
    {"path": st.sampled_from(_PATHS)},
    optional={
        "normalise": st.sampled_from(["date", "language", "countries", "type", "year", "text"]),
        "required": st.booleans(),
        "strip_html": st.booleans(),
        "default": st.sampled_from(["dataset", "x", 2020]),
        "values": st.just({"x": "dataset", "france": "FR"}),
    },
)


def _mapping(fields: dict[str, dict[str, Any]]) -> DeclarativeMapping | None:
    if "type" in fields:  # a type default or value must be a record type
        fields["type"].pop("values", None)
        fields["type"]["default"] = "dataset"
    for spec in fields.values():
        if "default" in spec and spec.get("normalise") in ("year",):
            del spec["default"]
    title = {"path": "title || name", "translated": "title", "languages": {"fr": "name"}}
    return parse_mapping({"fields": {"title": title, **fields}}, "generated.toml")


@settings(max_examples=400, deadline=None)
@given(
    fields=st.dictionaries(
        st.sampled_from(
            [
                "subjects",
                "countries",
                "languages",
                "date",
                "type",
                "publisher",
                "start_year",
                "url",
                "description",
                "status",
            ]
        ),
        _field_specs,
        max_size=5,
    ),
    data=_documents,
)
def test_compiled_mapping_agrees_on_generated_documents(
    fields: dict[str, dict[str, Any]], data: dict[str, Any]
) -> None:
    mapping = _mapping(fields)
    assert mapping is not None
    _same(mapping, data)


@settings(max_examples=200, deadline=None)
@given(data=_documents)
def test_builtin_mappings_agree_on_generated_documents(data: dict[str, Any]) -> None:
    for name in ("ckan", "json", "jsonapi", "dcat", "solr"):
        _same(load_declarative(name), data)
