"""The common record (DESIGN.md contract): the JSON shape served by the API.

``Record.to_json()`` / ``Record.from_json()`` are the only serialisation, shared by the
store, golden files, index backends and the HTTP API.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

import orjson

LangMap = dict[str, str]
"""A multilingual value keyed by BCP 47 language tag (``"und"`` when unknown)."""

RECORD_TYPES: tuple[str, ...] = (
    "national-profile",
    "need",
    "support-source",
    "project",
    "document",
    "contact-point",
    "organization",
    "case-study",
    "event",
    "dataset",
    "other",
)


@dataclass(frozen=True)
class Record:
    """One harvested item in the common, Dublin Core based shape.

    ``id`` is ``f"{node}:{source_id}"`` and stable across harvests. ``countries`` are the
    countries the record is about; ``publisher_country`` is the country of the node that
    published it. ``eligible`` are the ISO codes of the countries an offer is open to
    (``["all"]`` only when it says so; empty when it says nothing), set by enrichment.
    ``status`` (completed, ongoing, planned), ``start_year`` and ``end_year``
    describe a project.
    """

    id: str
    node: str
    source_id: str
    type: str = "other"
    title: LangMap = field(default_factory=dict)
    description: LangMap = field(default_factory=dict)
    creators: list[str] = field(default_factory=list)
    publisher: str | None = None
    subjects: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    concepts_inferred: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    publisher_country: str | None = None
    regions: list[str] = field(default_factory=list)
    eligible: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    date: str | None = None
    status: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    url: str | None = None
    identifiers: list[str] = field(default_factory=list)
    rights: str | None = None
    source_datestamp: str | None = None
    harvested_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain JSON-compatible data (lists and maps are copies)."""
        out: dict[str, Any] = {}
        for name in _FIELD_NAMES:
            v = getattr(self, name)
            out[name] = v.copy() if isinstance(v, list | dict) else v
        return out

    def to_json(self) -> str:
        """Serialise to compact JSON with sorted keys (stable for hashing and golden files)."""
        d = self.__dict__
        cached: str | None = d.get("_json")
        if cached is not None:
            return cached
        # orjson writes exactly what json.dumps(ensure_ascii=False, sort_keys=True, compact)
        # writes for these plain values, 5x faster; json stays for what orjson refuses (lone
        # surrogates in a string)
        values = {name: d[name] for name in _FIELD_NAMES}
        try:
            text = orjson.dumps(values, option=orjson.OPT_SORT_KEYS).decode()
        except orjson.JSONEncodeError:
            text = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        # remembered: the store and the index document share one serialisation (records are
        # immutable; with_changes and fill_unshared drop the text)
        d["_json"] = text
        return text

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from :meth:`to_dict` output; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def from_json(cls, text: str | bytes) -> Record:
        """Inverse of :meth:`to_json`. The text is kept when it is exactly a record's JSON, so
        serialising the record again (store, index) costs nothing."""
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError:  # what orjson refuses and json reads (lone surrogates)
            data = json.loads(text)
        if data.keys() != RECORD_FIELDS:
            return cls.from_dict(data)
        # exactly a record's fields: fill the instance directly (what the frozen dataclass's
        # __init__ does field by field, 5x slower), and keep the text: records are immutable
        record = cls.__new__(cls)
        record.__dict__.update(data)
        if isinstance(text, str):
            record.__dict__["_json"] = text
        return record

    def with_changes(self, **changes: Any) -> Record:
        """Return a copy with some fields replaced (records are immutable).

        Like ``dataclasses.replace`` (an unknown field is a TypeError) without re-running the
        frozen ``__init__`` field by field: enrichment calls this for every record."""
        unknown = changes.keys() - RECORD_FIELDS
        if unknown:
            return replace(self, **changes)  # raises the usual TypeError
        record = object.__new__(type(self))
        values = record.__dict__
        values.update(self.__dict__)
        values.pop("_json", None)  # the cached text is of the old values
        values.update(changes)
        return record

    def fill_unshared(self, changes: dict[str, Any]) -> None:
        """Replace some fields in place. Only for the code that has just built this record
        and has not handed it out yet (the mapping pipeline builds a record once, then
        fills in what completion and enrichment add, instead of copying it at each step):
        anywhere else a record is immutable, use :meth:`with_changes`."""
        unknown = changes.keys() - RECORD_FIELDS
        if unknown:
            raise TypeError(f"not fields of a record: {sorted(unknown)}")
        values = self.__dict__
        values.pop("_json", None)
        values.update(changes)

    @property
    def year(self) -> int | None:
        """The year of :attr:`date`, or None."""
        if self.date and len(self.date) >= 4 and self.date[:4].isdigit():
            return int(self.date[:4])
        return None

    def best_title(self, lang: str = "en") -> str:
        """Title in ``lang``, else English, else any language."""
        return pick_lang(self.title, lang)


_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Record))
RECORD_FIELDS: frozenset[str] = frozenset(_FIELD_NAMES)


def pick_lang(value: LangMap, lang: str = "en") -> str:
    """Pick the text of ``value`` in ``lang`` with fallback: lang -> en -> und -> any."""
    if not value:
        return ""
    for key in (lang, lang.split("-")[0], "en", "und"):
        if key in value:
            return value[key]
    return next(iter(value.values()))
