"""Declarative mappings: a TOML file in mappings/ turns JSON records into :class:`Record`.

Where this sits: ``harvester -> raw store -> **mapping** -> index``. JSON APIs and DCAT
catalogues (whose datasets the DCAT harvester extracts as JSON) are mapped by files such as
``mappings/ckan.toml`` instead of code, so a new source of a known shape needs configuration
only. ``mappings.registry.get_mapping(name)`` loads ``mappings/<name>.toml`` through
:func:`load_declarative`.

A mapping file::

    name = "ckan"
    description = "CKAN package dicts"
    default_language = "und"          # language of plain strings in multilingual fields

    [fields]
    title = { path = "title", translated = "title_translated", required = true }
    description = { path = "notes", translated = "notes_translated", strip_html = true }
    subjects = "tags[].name"          # a bare string is a JMESPath expression
    date = { path = "issued || metadata_created", normalise = "date" }
    type = { path = "type", values = { harvest = "dataset" }, normalise = "type" }
    languages = { path = "language", normalise = "language" }
    rights = { const = "CC-BY-4.0" }

    [fields.title.languages]          # one source field per language
    fr = "titre"

Each field takes: ``path`` (JMESPath, jmespath library) or ``const``; ``values`` (a value map,
matched case-insensitively, applied before the normaliser); ``default`` (used when nothing
matched); ``normalise`` (one of :data:`NORMALISERS`); ``required``; ``strip_html``; and, for
the multilingual fields ``title`` and ``description``, ``translated`` (a path to an object
keyed by language, CKAN's ``*_translated``) and ``languages`` (language -> path). A path that
yields an object keyed by language, or JSON-LD ``{"@value", "@language"}`` objects, gives a
language map directly.

The file is checked in full when loaded: an unknown normaliser, a bad expression or an
unknown Record field raises :class:`MappingFileError` naming the file, the field and the
problem. Mapping a record raises :class:`~mappings.base.MappingError` (``MissingField`` for a
required field or the title, ``InvalidValue`` for a payload that is not a JSON object).
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jmespath.exceptions import JMESPathError

from mappings import normalise as norm
from mappings.base import InvalidValue, MissingField
from mappings.jmespath_compile import compile_expression
from mappings.notes import note
from mappings.record import RECORD_FIELDS, RECORD_TYPES, Record
from mappings.types import resolve_type

if TYPE_CHECKING:
    from mappings.base import RawRecord

MAPPINGS_DIR = Path(__file__).resolve().parent

LANGMAP_FIELDS = frozenset({"title", "description"})
LIST_FIELDS = frozenset(
    {
        "creators",
        "subjects",
        "concepts",
        "concepts_inferred",
        "countries",
        "regions",
        "languages",
        "identifiers",
    }
)
SCALAR_FIELDS = frozenset(
    {
        "type",
        "publisher",
        "publisher_country",
        "date",
        "status",
        "start_year",
        "end_year",
        "url",
        "rights",
        "source_datestamp",
    }
)
RESERVED_FIELDS = frozenset({"id", "node", "source_id", "harvested_at"})
FIELD_KEYS = frozenset(
    {
        "path",
        "const",
        "values",
        "default",
        "normalise",
        "required",
        "strip_html",
        "translated",
        "languages",
    }
)
TOP_KEYS = frozenset({"name", "description", "default_language", "fields"})
_SIMPLE_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")
_HTML_TAG = re.compile(r"<[^>]{0,500}>")
_LANG_KEY = re.compile(r"^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*|und)$")


class MappingFileError(KeyError):
    """A declarative mapping file cannot be used. ``problems`` lists every one.

    A ``KeyError`` on purpose: to the pipeline a mapping that cannot be loaded is like an
    unknown mapping, a configuration problem that fails the run with this message.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(self.problems)


def _uri_tail(value: str) -> str:
    """``http://…/authority/country/ESP`` -> ``ESP`` (codes at the end of vocabulary URIs)."""
    if value.startswith(("http://", "https://")):
        return re.split(r"[/#]", value.rstrip("/#"))[-1]
    return value


def _n_country(value: str) -> list[str]:
    return [norm.normalise_country(_uri_tail(value))]


def _n_countries(value: str) -> list[str]:
    tail = _uri_tail(value)
    if tail != value:
        return [norm.normalise_country(tail)]
    return norm.find_countries(value)


def _n_status(value: str) -> list[str]:
    status = norm.normalise_status(value)
    return [status] if status else []


NORMALISERS: dict[str, Callable[[str], list[str]]] = {
    "date": lambda v: [norm.normalise_date(v)],
    "datestamp": lambda v: [norm.normalise_datestamp(v)],
    "language": lambda v: [norm.normalise_language(_uri_tail(v))],
    "country": _n_country,
    "countries": _n_countries,
    "type": lambda v: [norm.normalise_type(v)],
    "status": _n_status,
    "year": lambda v: [norm.normalise_date(v)[:4]],
    "text": lambda v: [" ".join(v.split())],
}
"""Normaliser name -> function (a value -> zero or more values; ValueError when unusable).

``country`` reads a code or a name (or the code at the end of a vocabulary URI);
``countries`` finds every country named in free text; ``language`` reads a code or a name;
``date`` keeps the precision (2019, 2019-07, 2019-07-15); ``type`` and ``status`` give the
record-type and project-status concepts; ``year`` the year of a date (``start_year``,
``end_year``); ``text`` collapses white space. A value a normaliser cannot read is dropped
and noted as a warning of the run (:mod:`mappings.notes`)."""


_fold = lru_cache(maxsize=65536)(norm.fold)


@lru_cache(maxsize=65536)
def _normalised(normaliser: str, value: str) -> tuple[str, ...]:
    """A normaliser's result, memoised failures included (an unusable value gives ``()``:
    it is dropped, and a required field then fails)."""
    try:
        return tuple(NORMALISERS[normaliser](value))
    except ValueError:
        return ()


def compile_path(expr: str) -> Callable[[Any], Any]:
    """A JMESPath expression as a function (plain dotted paths skip the interpreter)."""
    if _SIMPLE_PATH.match(expr):
        keys = expr.split(".")

        def walk(data: Any) -> Any:
            for key in keys:
                if not isinstance(data, dict):
                    return None
                data = data.get(key)
            return data

        return walk
    return compile_expression(expr)


@dataclass
class FieldSpec:
    """One Record field of a declarative mapping, compiled."""

    name: str
    path: str | None = None
    getter: Callable[[Any], Any] | None = None
    const: Any = None
    values: dict[str, str] = field(default_factory=dict)
    default: Any = None
    normaliser: str | None = None
    required: bool = False
    strip_html: bool = False
    translated: Callable[[Any], Any] | None = None
    languages: dict[str, Callable[[Any], Any]] = field(default_factory=dict)


def _flatten(value: Any) -> list[Any]:
    """Scalars and nested lists -> a flat list without None and empty strings."""
    if value is None:
        return []
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            out.extend(_flatten(item))
        return out
    if isinstance(value, str) and not value.strip():
        return []
    return [value]


def _texts(value: Any, out: list[str]) -> None:
    """Append to ``out`` what ``_as_text`` makes of each item of ``_flatten(value)``: the
    two in one pass (JSON strings, the usual case, tested first)."""
    if isinstance(value, str):
        text = value.strip()
        if text:
            out.append(text)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                text = item.strip()
                if text:
                    out.append(text)
            else:
                _texts(item, out)
    elif value is not None:
        other = _as_text(value)
        if other is not None:
            out.append(other)


def _as_text(value: Any) -> str | None:
    """A JSON scalar as text; objects give their ``@value``/``@id``/``name``, else None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        for key in ("@value", "@id", "name", "title", "value", "label"):
            if isinstance(value.get(key), str | int | float):
                return _as_text(value[key])
    return None


class DeclarativeMapping:
    """A mapping read from a TOML file. Pure: no network, no clock.

    Example::

        mapping = load_declarative("ckan")
        record = mapping.map(raw, harvested_at="2026-11-22T09:00:00Z")
    """

    def __init__(
        self, name: str, fields_: list[FieldSpec], default_language: str, description: str = ""
    ) -> None:
        self.name = name
        self.fields = fields_
        self.default_language = default_language
        self.description = description
        self._plan = [(spec, self._compile(spec)) for spec in fields_]

    def map(self, raw: RawRecord, harvested_at: str | None = None) -> Record:
        """Map one raw JSON record (``raw.payload``: the JSON of one object).

        Args:
            raw: the stored record; ``raw.parsed`` (the harvester's dict) is used when present.
            harvested_at: when the record was harvested (ISO 8601, UTC).

        Returns:
            the mapped record (a tombstone with ids only when ``raw.deleted``).

        Raises:
            InvalidValue: the payload is not a JSON object.
            MissingField: a required field, or the title, is empty.
        """
        ids: dict[str, Any] = {
            "id": f"{raw.node_id}:{raw.source_id}",
            "node": raw.node_id,
            "source_id": raw.source_id,
            "source_datestamp": _datestamp(raw.datestamp),
            "harvested_at": harvested_at,
        }
        if raw.deleted:
            return Record(**ids)
        data = raw.parsed if isinstance(raw.parsed, dict) else _load_object(raw.payload)
        return Record(**{**ids, **self.map_fields(data)})

    map_raw_fast = map

    def map_object(self, data: dict[str, Any], base: Record) -> Record:
        """Apply every field to a parsed JSON object, on top of ``base`` (ids, datestamps)."""
        return base.with_changes(**self.map_fields(data))

    def map_fields(self, data: dict[str, Any]) -> dict[str, Any]:
        """The Record fields a parsed JSON object gives; raise MappingError.

        Each field runs as the function :meth:`_compile` built for it when the file was
        loaded; :meth:`map_fields_interpreted` reads the specs record by record instead (the
        same result, slower: ``tests/mappings`` compares the two)."""
        changes: dict[str, Any] = {}
        for spec, run in self._plan:
            try:
                value = run(data)
            except (JMESPathError, TypeError, ValueError) as exc:
                raise self._cannot(spec, exc) from None
            if value:
                changes[spec.name] = value
            elif spec.required and spec.name != "title":
                raise self._missing(spec)
        return self._finish(changes)

    def _cannot(self, spec: FieldSpec, exc: Exception) -> InvalidValue:
        # a path meeting a value of an unexpected type (length() of a number, say) rejects
        # this record, not the run
        return InvalidValue(
            f"path {spec.path!r} of mapping {self.name!r} cannot be evaluated on this "
            f"record: {' '.join(str(exc).split())}",
            field=spec.name,
        )

    def _missing(self, spec: FieldSpec) -> MissingField:
        return MissingField(
            f"required by mapping {self.name!r} but empty (path {spec.path!r})", field=spec.name
        )

    def map_fields_interpreted(self, data: dict[str, Any]) -> dict[str, Any]:
        """:meth:`map_fields` reading each spec per record (the reference the compiled
        fields are tested against)."""
        changes: dict[str, Any] = {}
        for spec in self.fields:
            try:
                value = self._field(spec, data)
            except (JMESPathError, TypeError, ValueError) as exc:
                # a path meeting a value of an unexpected type (length() of a number, say)
                # rejects this record, not the run
                raise InvalidValue(
                    f"path {spec.path!r} of mapping {self.name!r} cannot be evaluated on this "
                    f"record: {' '.join(str(exc).split())}",
                    field=spec.name,
                ) from None
            if spec.required and not value and spec.name != "title":
                raise MissingField(
                    f"required by mapping {self.name!r} but empty (path {spec.path!r})",
                    field=spec.name,
                )
            if value:
                changes[spec.name] = value
        return self._finish(changes)

    def _finish(self, changes: dict[str, Any]) -> dict[str, Any]:
        if not changes.get("title"):
            raise MissingField(
                f"the record has no title (mapping {self.name!r} found none)", field="title"
            )
        for name in ("start_year", "end_year"):
            if name in changes:
                changes[name] = _year(changes[name], name)
        if changes.get("type", "other") == "other":
            title = next(iter(changes["title"].values()), "")
            description = next(iter(changes.get("description", {}).values()), "")
            changes["type"] = resolve_type((), title, description).type
        rec_type = changes.get("type", "other")
        if rec_type not in RECORD_TYPES:
            raise InvalidValue(
                f"not a record type (one of {', '.join(RECORD_TYPES)}); add it to the field's "
                "values map or use normalise = 'type'",
                field="type",
                value=rec_type,
            )
        return changes

    def _compile(self, spec: FieldSpec) -> Callable[[Any], Any]:
        """One field as a function of the record, with what the spec says decided once: the
        same value as :meth:`_field`, without its per-record tests of the spec."""
        if spec.name in LANGMAP_FIELDS:
            return self._compile_langmap(spec)
        getter, const = spec.getter, spec.const
        plain = not (spec.strip_html or spec.values or spec.normaliser)
        clean = None if plain else self._clean_texts(spec)
        default = None if spec.default is None else tuple(_flatten(spec.default))
        listed = spec.name in LIST_FIELDS
        typed = spec.name == "type"

        def run(data: Any) -> Any:
            texts: list[str] = []
            _texts(const if getter is None else getter(data), texts)
            values: list[Any] = texts if clean is None else clean(texts)
            if not values and default is not None:
                values = list(default)
            if listed:
                return list(dict.fromkeys(values))
            if typed and len(values) > 1:
                specific = [v for v in values if v not in ("other", "document")]
                return (specific or [v for v in values if v == "document"] or values)[0]
            return values[0] if values else None

        return run

    def _clean_texts(self, spec: FieldSpec) -> Callable[[list[str]], list[str]]:
        """:meth:`_clean` for texts already read (:func:`_texts`), the spec's options bound."""
        strip, values, normaliser = spec.strip_html, spec.values, spec.normaliser
        keep_unmapped = not values or spec.default is None
        name = spec.name

        def clean(texts: list[str]) -> list[str]:
            out: list[str] = []
            for text in texts:
                if strip:
                    text = _strip_html(text)
                mapped = values.get(_fold(text)) if values else None
                if mapped is not None:
                    out.append(mapped)
                elif normaliser:
                    result = _normalised(normaliser, text)
                    if not result:
                        note(name, text, f"cannot be read by the {normaliser!r} normaliser")
                    elif normaliser == "type" and result == ("other",):
                        note(name, text, "matches no label of the record-type scheme")
                    out.extend(result)
                elif keep_unmapped:
                    out.append(text)
            return out

        return clean

    def _compile_langmap(self, spec: FieldSpec) -> Callable[[Any], Any]:
        translated, getter, const = spec.translated, spec.getter, spec.const
        languages = list(spec.languages.items())
        add, default = self._add_lang, self.default_language

        def run(data: Any) -> dict[str, str]:
            result: dict[str, str] = {}
            if translated is not None:
                add(result, translated(data), spec, default)
            for lang, get in languages:
                add(result, get(data), spec, lang)
            if not result:
                add(result, const if getter is None else getter(data), spec, default)
            return result

        return run

    def _field(self, spec: FieldSpec, data: dict[str, Any]) -> Any:
        if spec.name in LANGMAP_FIELDS:
            return self._langmap(spec, data)
        raw = spec.const if spec.getter is None else spec.getter(data)
        values = self._clean(spec, _flatten(raw))
        if not values and spec.default is not None:
            values = _flatten(spec.default)
        if spec.name in LIST_FIELDS:
            return list(dict.fromkeys(values))
        if spec.name == "type" and len(values) > 1:
            # several stated types ("Text" and "Guidance document"): a specific one wins
            specific = [v for v in values if v not in ("other", "document")]
            return (specific or [v for v in values if v == "document"] or values)[0]
        return values[0] if values else None

    def _clean(self, spec: FieldSpec, items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            text = _as_text(item)
            if text is None:
                continue
            if spec.strip_html:
                text = _strip_html(text)
            mapped = spec.values.get(_fold(text)) if spec.values else None
            if mapped is not None:
                out.append(mapped)
            elif spec.normaliser:
                result = _normalised(spec.normaliser, text)
                if not result:
                    note(spec.name, text, f"cannot be read by the {spec.normaliser!r} normaliser")
                elif spec.normaliser == "type" and result == ("other",):
                    note(spec.name, text, "matches no label of the record-type scheme")
                out.extend(result)
            elif not spec.values or spec.default is None:
                out.append(text)
        return out

    def _langmap(self, spec: FieldSpec, data: dict[str, Any]) -> dict[str, str]:
        result: dict[str, str] = {}
        if spec.translated is not None:
            self._add_lang(result, spec.translated(data), spec, self.default_language)
        for lang, getter in spec.languages.items():
            self._add_lang(result, getter(data), spec, lang)
        if not result:
            source = spec.const if spec.getter is None else spec.getter(data)
            self._add_lang(result, source, spec, self.default_language)
        return result

    def _add_lang(self, out: dict[str, str], value: Any, spec: FieldSpec, lang: str) -> None:
        if isinstance(value, list):
            for item in value:
                self._add_lang(out, item, spec, lang)
            return
        if isinstance(value, dict) and "@value" in value:
            lang = str(value.get("@language") or lang)
            value = value["@value"]
        elif isinstance(value, dict):
            for key, text in value.items():
                if isinstance(key, str) and _LANG_KEY.match(key.strip()):
                    self._add_lang(out, text, spec, key.strip().lower())
            return
        text = _as_text(value)
        if text and spec.strip_html:
            text = _strip_html(text)
        if text:
            out.setdefault(lang.lower(), text)


def _year(value: Any, field: str) -> int | None:
    text = str(value).strip()[:4]
    if text.isdigit():
        return int(text)
    note(field, value, "is not a year")
    return None


def _strip_html(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = " ".join(_HTML_TAG.sub(" ", text).split())
    return text


def _datestamp(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return norm.normalise_datestamp(value)
    except ValueError:
        return None


def _load_object(payload: bytes) -> dict[str, Any]:
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidValue(f"the payload is not JSON: {exc}", field="payload") from None
    if not isinstance(data, dict):
        raise InvalidValue(
            f"the payload is a JSON {type(data).__name__}, not an object", field="payload"
        )
    return data


# --------------------------------------------------------------------------- loading


def _check_path(expr: Any, where: str, problems: list[str]) -> Callable[[Any], Any] | None:
    if not isinstance(expr, str) or not expr.strip():
        problems.append(f"{where}: expected a JMESPath expression (a string), got {expr!r}")
        return None
    try:
        return compile_path(expr)
    except JMESPathError as exc:
        msg = " ".join(str(exc).split())
        problems.append(f"{where}: {expr!r} is not a valid JMESPath expression: {msg}")
        return None


def _check_field(name: str, spec: Any, where: str, problems: list[str]) -> FieldSpec | None:
    if name in RESERVED_FIELDS:
        problems.append(f"{where}: '{name}' is set by the pipeline, not by a mapping")
        return None
    if name not in RECORD_FIELDS:
        known = ", ".join(sorted(RECORD_FIELDS - RESERVED_FIELDS))
        problems.append(f"{where}: '{name}' is not a Record field (known: {known})")
        return None
    if isinstance(spec, str):
        spec = {"path": spec}
    if not isinstance(spec, dict):
        problems.append(f"{where}: expected a JMESPath string or a table, got {spec!r}")
        return None
    before = len(problems)
    for key in spec:
        if key not in FIELD_KEYS:
            problems.append(f"{where}.{key}: unknown key (known: {', '.join(sorted(FIELD_KEYS))})")
    out = FieldSpec(name=name, const=spec.get("const"), default=spec.get("default"))
    out.required = _check_bool(spec, "required", where, problems)
    out.strip_html = _check_bool(spec, "strip_html", where, problems)
    _check_sources(name, spec, out, where, problems)
    _check_values(spec, out, where, problems)
    return out if len(problems) == before else None


def _check_bool(spec: dict[str, Any], key: str, where: str, problems: list[str]) -> bool:
    value = spec.get(key, False)
    if not isinstance(value, bool):
        problems.append(f"{where}.{key}: expected true or false, got {value!r}")
        return False
    return value


def _check_sources(
    name: str, spec: dict[str, Any], out: FieldSpec, where: str, problems: list[str]
) -> None:
    if "path" in spec:
        out.path = spec["path"]
        out.getter = _check_path(spec["path"], f"{where}.path", problems)
    multilingual = name in LANGMAP_FIELDS
    for key in ("translated", "languages"):
        if key in spec and not multilingual:
            problems.append(f"{where}.{key}: only title and description are multilingual")
    if multilingual and "translated" in spec:
        out.translated = _check_path(spec["translated"], f"{where}.translated", problems)
    langs = spec.get("languages", {})
    if multilingual and not isinstance(langs, dict):
        problems.append(f"{where}.languages: expected a table of language = JMESPath")
    elif multilingual:
        for lang, expr in langs.items():
            if not _LANG_KEY.match(lang):
                problems.append(f"{where}.languages.{lang}: not a language tag such as 'fr'")
            getter = _check_path(expr, f"{where}.languages.{lang}", problems)
            if getter:
                out.languages[lang.lower()] = getter
    sources = ("path", "const", "translated", "languages")
    if not any(k in spec for k in sources):
        problems.append(f"{where}: needs one of path, const, translated or languages")
    if "path" in spec and "const" in spec:
        problems.append(f"{where}: has both path and const; keep one")


def _check_values(spec: dict[str, Any], out: FieldSpec, where: str, problems: list[str]) -> None:
    normaliser = spec.get("normalise")
    if normaliser is not None and normaliser not in NORMALISERS:
        problems.append(
            f"{where}.normalise: unknown normaliser {normaliser!r} "
            f"(known: {', '.join(sorted(NORMALISERS))})"
        )
    else:
        out.normaliser = normaliser
    values = spec.get("values", {})
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        problems.append(f'{where}.values: expected a table of source value = "chm value"')
    else:
        out.values = {norm.fold(str(k)): v for k, v in values.items()}
    if out.name == "type":
        for value in [*out.values.values(), out.const, out.default]:
            if value is not None and value not in RECORD_TYPES:
                problems.append(
                    f"{where}: {value!r} is not a record type (one of {', '.join(RECORD_TYPES)})"
                )


def parse_mapping(data: dict[str, Any], source: str) -> DeclarativeMapping:
    """Check and compile a mapping read from TOML; raise :class:`MappingFileError`.

    Args:
        data: the parsed TOML document.
        source: the file name, used in messages.

    Returns:
        the compiled mapping.
    """
    problems: list[str] = []
    for key in data:
        if key not in TOP_KEYS:
            problems.append(f"{source}: {key}: unknown key (known: {', '.join(sorted(TOP_KEYS))})")
    fields_table = data.get("fields")
    if not isinstance(fields_table, dict) or not fields_table:
        problems.append(f"{source}: [fields] is missing or empty")
        fields_table = {}
    specs = [
        _check_field(name, spec, f"{source}: fields.{name}", problems)
        for name, spec in fields_table.items()
    ]
    if "title" not in fields_table:
        problems.append(f"{source}: fields.title: every mapping must say where the title is")
    lang = data.get("default_language", "und")
    if not isinstance(lang, str) or not _LANG_KEY.match(lang):
        problems.append(f"{source}: default_language: {lang!r} is not a language tag")
    if problems:
        raise MappingFileError(problems)
    name = str(data.get("name") or Path(source).stem)
    return DeclarativeMapping(name, [s for s in specs if s], lang, str(data.get("description", "")))


def mapping_path(name: str | Path) -> Path:
    """The file of a mapping: a path to a ``.toml`` file, or a name in mappings/."""
    path = Path(name)
    if path.suffix == ".toml":
        return path
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", str(name)) or ".." in str(name):
        raise MappingFileError([f"{name!r} is not a mapping name (letters, digits, _ . -)"])
    return MAPPINGS_DIR / f"{name}.toml"


def load_declarative(name: str | Path) -> DeclarativeMapping:
    """Load, check and compile a declarative mapping (cached while the file is unchanged).

    Args:
        name: a mapping name (``"ckan"`` -> ``mappings/ckan.toml``) or a ``.toml`` path.

    Returns:
        the mapping.

    Raises:
        MappingFileError: no such file, not TOML, or invalid (every problem listed).
    """
    path = mapping_path(name)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise MappingFileError([f"{path}: no such mapping file"]) from None
    return _load_cached(path.resolve(), mtime)


@lru_cache(maxsize=64)
def _load_cached(path: Path, mtime: int) -> DeclarativeMapping:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingFileError([f"{path.name}: cannot be read: {exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise MappingFileError([f"{path.name}: not valid TOML: {exc}"]) from None
    return parse_mapping(data, path.name)


def declarative_names() -> list[str]:
    """Names of the mapping files in mappings/."""
    return sorted(p.stem for p in MAPPINGS_DIR.glob("*.toml"))
