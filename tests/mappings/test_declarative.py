"""Declarative mappings: loading checks, field semantics, and golden files for every built-in
mapping file over the real JSON and DCAT fixtures.

Golden files live in ``golden_declarative/<mapping>/<fixture>.json`` (a list of
``Record.to_dict()`` or ``{"error": class, "message": str}``); rewrite them with
``CHM_UPDATE_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harvesters.dcat import DatasetExtractor, detect_format, parse_graph
from harvesters.http import FetchResult
from mappings.base import InvalidValue, MappingError, MissingField, RawRecord
from mappings.declarative import (
    MappingFileError,
    declarative_names,
    load_declarative,
    parse_mapping,
)
from mappings.registry import get_mapping

FIXTURES = Path("/work/shared/fixtures")
if not FIXTURES.exists():
    FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
GOLDEN = Path(__file__).parent / "golden_declarative"
HARVESTED_AT = "2026-01-01T00:00:00Z"


def raw(obj: Any, sid: str = "r1", datestamp: str | None = None, **kw: Any) -> RawRecord:
    payload = json.dumps(obj, sort_keys=True).encode()
    return RawRecord("n", sid, datestamp, False, "test", payload, **kw)


def mapping_from(text_fields: dict[str, Any], **top: Any) -> Any:
    return parse_mapping({"fields": text_fields, **top}, "test.toml")


# --------------------------------------------------------------------------- inputs


def json_objects(path: Path) -> list[dict[str, Any]]:
    """The record objects of a JSON fixture (API envelopes unwrapped)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("result"), dict):
        result = data["result"]
        return list(result.get("results", [result]))
    if isinstance(data, dict) and isinstance(data.get("dataset"), list):
        return data["dataset"]
    for key in ("data", "results"):  # JSON:API (DataCite), GBIF search
        if isinstance(data, dict) and isinstance(data.get(key), list):
            return list(data[key])
    return data if isinstance(data, list) else [data]


def dcat_objects(path: Path) -> list[dict[str, Any]]:
    body = path.read_bytes()
    fetched = FetchResult(f"http://fixtures.test/{path.name}", 200, "", body, {})
    extractor = DatasetExtractor(parse_graph(fetched, detect_format(fetched, None), {}))
    return [extractor.extract(s) for s in extractor.datasets()]


JSON_FILES = sorted(
    p
    for p in (FIXTURES / "json").rglob("*.json")
    if "package_list" not in p.name  # a list of names, not records
)
DCAT_FILES = sorted(
    p for p in (FIXTURES / "dcat").rglob("*") if p.is_file() and p.name != "dataset.ttl"
)  # dataset.ttl has a Turtle syntax error: tests/harvesters/test_dcat.py
EXTERNAL = Path(__file__).resolve().parents[1] / "harvesters" / "data" / "external"
EXTERNAL_CASES = [
    ("datacite", EXTERNAL / "datacite_page1.json"),
    ("datacite", EXTERNAL / "datacite_page2.json"),
    ("gbif_dataset", EXTERNAL / "gbif_dataset_search.json"),
    ("gbif_occurrence", EXTERNAL / "gbif_occurrence_page1.json"),
    ("gbif_occurrence", EXTERNAL / "gbif_occurrence_page2.json"),
    ("gbif_species", EXTERNAL / "gbif_species_search.json"),
]  # hand-written in the APIs' shapes: ../shared/fixtures has no DataCite or GBIF response
CASES = (
    [(m, p) for m in ("ckan", "json") for p in JSON_FILES]
    + [("dcat", p) for p in DCAT_FILES]
    + EXTERNAL_CASES
)


def _map_all(mapping_name: str, objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    mapping = load_declarative(mapping_name)
    out = []
    for i, obj in enumerate(objects):
        sid = str(obj.get("uri") or obj.get("id") or obj.get("name") or obj.get("identifier") or i)
        stamp = obj.get("metadata_modified") or obj.get("modified")
        try:
            out.append(mapping.map(raw(obj, sid, stamp), HARVESTED_AT).to_dict())
        except MappingError as exc:
            out.append({"error": type(exc).__name__, "message": str(exc)})
    return out


@pytest.mark.parametrize(("name", "path"), CASES, ids=[f"{m}-{p.name}" for m, p in CASES])
def test_golden(name: str, path: Path) -> None:
    objects = dcat_objects(path) if name == "dcat" else json_objects(path)
    assert objects, path
    text = json.dumps(_map_all(name, objects), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    golden = GOLDEN / name / f"{path.parent.name}__{path.stem}.json"
    if os.environ.get("CHM_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with CHM_UPDATE_GOLDEN=1 and review it"
    assert text == golden.read_text(encoding="utf-8")


def test_every_builtin_mapping_file_loads_and_has_golden_files() -> None:
    names = declarative_names()
    assert {"ckan", "solr", "jsonapi", "dcat", "json"} <= set(names)
    for name in names:
        assert load_declarative(name).name == name
        assert get_mapping(name).name == name  # the registry finds it
        assert (GOLDEN / name).is_dir() or (GOLDEN / "profiles" / f"{name}.json").exists(), name


# --------------------------------------------------------------------------- semantics


def test_multilingual_forms() -> None:
    m = mapping_from(
        {
            "title": {"path": "title", "translated": "title_translated",
                      "languages": {"fr": "titre"}},
            "description": {"path": "desc"},
        },
        default_language="es",
    )  # fmt: skip
    rec = m.map(raw({"title": "Hola", "titre": "Bonjour", "title_translated": {"en": "Hello"},
                     "desc": [{"@value": "Texte", "@language": "fr"}, "Texto"]}))  # fmt: skip
    assert rec.title == {"en": "Hello", "fr": "Bonjour"}  # translated wins over the plain value
    assert rec.description == {"fr": "Texte", "es": "Texto"}
    plain = m.map(raw({"title": "Hola"}))
    assert plain.title == {"es": "Hola"}
    keyed = m.map(raw({"title": {"en": "Hi", "not a tag!": "x"}}))
    assert keyed.title == {"en": "Hi"}


def test_normalisers_value_maps_constants_and_lists() -> None:
    m = mapping_from(
        {
            "title": "t",
            "type": {"path": "kind", "values": {"Programa": "project"}, "normalise": "type",
                     "default": "other"},
            "date": {"path": "when", "normalise": "date"},
            "countries": {"path": "where", "normalise": "countries"},
            "languages": {"path": "lang", "normalise": "language"},
            "rights": {"const": "CC-BY-4.0"},
            "subjects": "[tags[].name, keywords][]",
        }
    )  # fmt: skip
    rec = m.map(raw({"t": "x", "kind": "programa", "when": "15 juillet 2019",
                     "where": "Sénégal; Côte d'Ivoire",
                     "lang": ["fre", "http://publications.europa.eu/resource/authority/language/ENG"],
                     "tags": [{"name": "a"}, {"name": "b"}], "keywords": ["b", "c"]}))  # fmt: skip
    assert rec.type == "project"
    assert rec.date == "2019-07-15"
    assert rec.countries == ["SN", "CI"]
    assert rec.languages == ["fr", "en"]
    assert rec.rights == "CC-BY-4.0"
    assert rec.subjects == ["a", "b", "c"]
    odd = m.map(raw({"t": "x", "kind": "zzz", "when": "not a date"}))
    assert odd.type == "other"
    assert odd.date is None  # an unusable optional value is dropped


def test_required_fields_and_title() -> None:
    m = mapping_from({"title": "t", "url": {"path": "link", "required": True}})
    with pytest.raises(MissingField) as info:
        m.map(raw({"t": "x"}))
    assert info.value.field == "url"
    with pytest.raises(MissingField, match="no title"):
        m.map(raw({"link": "http://x"}))
    with pytest.raises(InvalidValue, match="not an object"):
        m.map(RawRecord("n", "r", None, False, "t", b"[1, 2]"))
    with pytest.raises(InvalidValue, match="not JSON"):
        m.map(RawRecord("n", "r", None, False, "t", b"{oops"))


def test_a_path_that_fails_on_a_record_rejects_that_record_only() -> None:
    m = mapping_from({"title": "t", "subjects": "length(tags)"})
    assert m.map(raw({"t": "x", "tags": "abc"})).subjects == ["3"]
    with pytest.raises(InvalidValue, match="cannot be evaluated on this record") as info:
        m.map(raw({"t": "x", "tags": 5}))  # length() of a number
    assert info.value.field == "subjects"


def test_deleted_record_gives_a_tombstone() -> None:
    m = mapping_from({"title": "t"})
    rec = m.map(RawRecord("n", "r", "2024-01-02T03:04:05Z", True, "t", b""))
    assert (rec.id, rec.source_datestamp, rec.title) == ("n:r", "2024-01-02T03:04:05Z", {})


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": {"path": "t", "normalise": "shout"}},
         "fields.title.normalise: unknown normaliser 'shout'"),
        ({"title": "t[", "url": "u"}, "fields.title.path: 't[' is not a valid JMESPath expression"),
        ({"title": "t", "colour": "c"}, "fields.colour: 'colour' is not a Record field"),
        ({"title": "t", "id": "x"}, "fields.id: 'id' is set by the pipeline"),
        ({"title": {"path": "t", "colour": 1}}, "fields.title.colour: unknown key"),
        ({"title": "t", "type": {"const": "thing"}}, "'thing' is not a record type"),
        ({"title": "t", "url": {"translated": "x"}}, "only title and description are multilingual"),
        ({"url": "u"}, "fields.title: every mapping must say where the title is"),
        ({"title": {"required": "yes", "path": "t"}},
         "fields.title.required: expected true or false"),
    ],
)  # fmt: skip
def test_invalid_mapping_files_name_file_field_and_problem(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(MappingFileError) as info:
        parse_mapping({"fields": fields}, "broken.toml")
    assert any(message in p for p in info.value.problems), info.value.problems
    assert all(p.startswith("broken.toml: ") for p in info.value.problems)


def test_loading_files(tmp_path: Path) -> None:
    good = tmp_path / "mine.toml"
    good.write_text('[fields]\ntitle = "name"\n', encoding="utf-8")
    assert load_declarative(good).name == "mine"
    bad = tmp_path / "bad.toml"
    bad.write_text("[fields\n", encoding="utf-8")
    with pytest.raises(MappingFileError, match=r"bad\.toml: not valid TOML"):
        load_declarative(bad)
    with pytest.raises(MappingFileError, match="no such mapping file"):
        load_declarative(tmp_path / "missing.toml")
    with pytest.raises(MappingFileError, match="not a mapping name"):
        load_declarative("../etc/passwd")
    with pytest.raises(KeyError):  # the pipeline treats it as a configuration problem
        load_declarative("no-such-mapping")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=4)
    ),
    max_leaves=15,
)
_keys = st.sampled_from(["title", "name", "notes", "tags", "language", "issued", "id", "type",
                         "title_translated", "extras", "organization", "url"])  # fmt: skip


@settings(max_examples=200)
@given(
    obj=st.dictionaries(_keys, _json, max_size=8), name=st.sampled_from(["ckan", "json", "dcat"])
)
def test_any_json_object_maps_or_raises_mapping_error(obj: dict[str, Any], name: str) -> None:
    mapping = load_declarative(name)
    try:
        rec = mapping.map(raw(obj), HARVESTED_AT)
    except MappingError as exc:
        message = str(exc)
        rec = None
    if rec is None:
        assert message
        return
    assert rec.title
    assert all(isinstance(v, str) for v in rec.title.values())
    assert all(isinstance(s, str) for s in rec.subjects)


# --------------------------------------------------------------------------- chm mappings


def test_cli_mappings_test_prints_records_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    sample = FIXTURES / "json/ckan-api-demo/demo.ckan.org_package_search_rows3.json"
    assert main(["mappings", "test", "ckan", str(sample), "--profile", "ckan"]) == 0
    out = capsys.readouterr().out
    assert "100 Validated Species of Plants" in out
    assert "# 3 of 3 records mapped" in out
    mixed = tmp_path / "mixed.json"
    mixed.write_text('[{"id": 1}, {"id": 2, "title": "ok"}]')
    assert main(["mappings", "test", "json", str(mixed), "--json"]) == 1
    results = json.loads(capsys.readouterr().out)
    assert [r["ok"] for r in results] == [False, True]
    assert "no title" in results[0]["error"]


def test_cli_mappings_test_reports_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    bad = tmp_path / "bad.toml"
    bad.write_text('[fields]\ntitle = { path = "t", normalise = "shout" }\n')
    sample = FIXTURES / "json/ckanext-dcat/ckan_dataset.json"
    assert main(["mappings", "test", str(bad), str(sample)]) == 2
    assert "unknown normaliser 'shout'" in capsys.readouterr().err
    broken = FIXTURES / "dcat/ckanext-dcat/dataset.ttl"
    assert main(["mappings", "test", "dcat", str(broken)]) == 2
    assert "not valid Turtle" in capsys.readouterr().err
    assert main(["mappings", "test", "nope", str(sample)]) == 2
    assert "unknown mapping 'nope'" in capsys.readouterr().err


def test_cli_mappings_list(capsys: pytest.CaptureFixture[str]) -> None:
    from cli.main import main

    assert main(["mappings", "list", "--json"]) == 0
    rows = {r["name"]: r["kind"] for r in json.loads(capsys.readouterr().out)}
    assert rows["ckan"] == "declarative"
    assert rows["oai_dc"] == "built-in"


# --------------------------------------------------------------------------- compiled JMESPath

_EXPRESSIONS = sorted(
    {
        "a", "a.b", "a[0]", "a[-1].b", "a[].b", "a[*].b", "a.*", "a.*.b", "a[]", "[a, b][]",
        "a || b", "a && b", "!a", "a[?b == 'x'].c", "a[?b != `1`]", "a[?b > `1`].b",
        "a[?b].c | [0]", "(a[?b=='x'].c | [0]) || b", "{x: a, y: b}", "length(a)", "a[1:2]",
        "`[1, 2]`", "@", "a[?b <= `2`] | length(@)", "a.b.c || `\"d\"`",
        "a[?'x' == b].c", "a[?b == 'x'].c[]", "a[?b == `1`].c", "@.a.b", "a | @", "@ | @",
        "[a, b.c][]", "a[].b[]", "a[0].b.c", "a.b[?c == 'y'].a | [0]", "[a[].b, c][]",
    }
)  # fmt: skip
_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["", "x", "y"]),
    lambda kids: (
        st.lists(kids, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b", "c"]), kids, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=300)
@given(expr=st.sampled_from(_EXPRESSIONS), data=_values)
def test_compiled_jmespath_agrees_with_the_library(expr: str, data: Any) -> None:
    import jmespath
    from jmespath.exceptions import JMESPathError

    from mappings.jmespath_compile import compile_expression

    try:
        expected: Any = ("ok", jmespath.search(expr, data))
    except JMESPathError as exc:
        expected = ("error", type(exc))
    except TypeError:  # jmespath 1.0.1 orders a string against a number and fails
        expected = None
    try:
        got: Any = ("ok", compile_expression(expr)(data))
    except JMESPathError as exc:
        got = ("error", type(exc))
    if expected is None:  # the spec says such a comparison is null: the item is filtered out
        assert got[0] == "ok"
    else:
        assert got == expected


def test_ordering_a_string_against_a_number_is_null_not_a_crash() -> None:
    from mappings.jmespath_compile import compile_expression

    data = {"a": [{"b": ""}, {"b": 1}, {"b": "x"}, {"b": 3}]}
    assert compile_expression("a[?b <= `2`].b")(data) == [1]
    assert compile_expression("a[?b > 'a'].b")(data) == ["x"]


def test_mapping_file_expressions_agree_with_the_library() -> None:
    import jmespath

    from mappings.jmespath_compile import compile_expression

    objects = [o for p in JSON_FILES for o in json_objects(p)]
    for name in declarative_names():
        for spec in load_declarative(name).fields:
            if spec.path:
                fn = compile_expression(spec.path)
                for obj in objects:
                    assert fn(obj) == jmespath.search(spec.path, obj), (name, spec.path)
