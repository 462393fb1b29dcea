"""The ``oai_dc`` mapping: one OAI-PMH ``<record>`` in Dublin Core -> :class:`Record`.

Where this sits: ``harvester -> raw store -> **mapping** -> vocabulary -> index``. The harvester
stores each ``<record>`` element as bytes (:class:`mappings.base.RawRecord`); this module reads
it back and normalises every field with :mod:`mappings.normalise`. It is pure: no network, no
clock (``harvested_at`` is passed in).

Any element in the DC elements namespace (``http://purl.org/dc/elements/1.1/``) or in DCMI
terms (``http://purl.org/dc/terms/``) found under ``<metadata>`` is read, whatever wraps it, so
the same class maps ``oai_dc`` and ``nsdl_dc``. OAI elements are found by local name, which
covers ``oai:``-prefixed responses (pycsw) and namespaces declared only on the page root.

A harvester that has already parsed the page can skip re-parsing and call
:meth:`OaiDcMapping.map_element` with the ``oai_dc:dc`` element.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from lxml import etree

from mappings.base import InvalidValue, MappingError, MissingField
from mappings.normalise import (
    find_countries,
    fold,
    normalise_date,
    normalise_datestamp,
    normalise_language,
    normalise_status,
)
from mappings.notes import note
from mappings.record import Record
from mappings.safexml import NotXml, UnsafeXml, parse_xml
from mappings.types import resolve_type

if TYPE_CHECKING:
    from mappings.base import RawRecord

OAI = "{http://www.openarchives.org/OAI/2.0/}"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_DC_ELEMENTS = (
    "title",
    "creator",
    "contributor",
    "publisher",
    "subject",
    "description",
    "coverage",
    "language",
    "date",
    "type",
    "identifier",
    "rights",
)
_DCTERMS_EXTRA = {
    "abstract": "description",
    "spatial": "coverage",
    "created": "date_extra",
    "issued": "date_extra",
    "available": "date_extra",
    "dateAccepted": "date_extra",
    "dateSubmitted": "date_extra",
    "modified": "date_extra",
    "license": "rights_extra",
    "accessRights": "rights_extra",
}
# Clark-notation tag -> the field it feeds.
_FIELD_OF_TAG: dict[str, str] = {
    **{f"{{{DC}}}{name}": name for name in _DC_ELEMENTS},
    **{f"{{{DCTERMS}}}{name}": name for name in _DC_ELEMENTS},
    **{f"{{{DCTERMS}}}{name}": field for name, field in _DCTERMS_EXTRA.items()},
}
# Written in dc:date when a source has no date: treated as absent, not as a bad date.
_NO_DATE = frozenset(
    {
        "n d",
        "nd",
        "s d",
        "sd",
        "s f",
        "sin fecha",
        "sans date",
        "no date",
        "undated",
        "unknown",
        "inconnu",
        "desconocido",
        "none",
        "null",
    }
)
_STATUS_LINE = re.compile(
    r"(?im)^\s*(?:project\s+)?(?:status|statut|[ée]tat|estado)\s*:\s*(.+?)\s*$"
)
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", re.DOTALL)
_DOI = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_HANDLE = re.compile(r"^(?:hdl:\s*|https?://hdl\.handle\.net/)(\S+/\S+)$", re.IGNORECASE)
_ISBN = re.compile(r"^(?:isbn(?:-1[03])?\s*:?\s*)?([0-9][0-9 -]{8,20}[0-9Xx])$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*[;,/]\s*")

Fields = dict[str, list[tuple[str, str | None]]]
"""Collected DC values: field -> [(text, xml:lang)] in document order."""


def _clean(text: str) -> str:
    """Collapse runs of whitespace (indentation, newlines) to single spaces.

    A long text that is clean already (printable, so its only white space is the plain
    space; no two in a row; none at either end) is returned as it is, without splitting it
    into words and joining them again (property-tested against the split and join)."""
    if (
        len(text) > _CLEAN_CHECK_FROM
        and text.isprintable()
        and "  " not in text
        and text[0] != " "
        and text[-1] != " "
    ):
        return text
    return " ".join(text.split())


_CLEAN_CHECK_FROM = 80
"""Texts longer than this are checked for being clean before splitting (descriptions); the
check costs more than splitting a short one."""


def _local(tag: object) -> str:
    """Local name of an lxml tag (comments and processing instructions give "")."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _collect(metadata: etree._Element) -> Fields:
    """Every DC / DCMI terms element under ``metadata`` (itself included), by field."""
    fields: Fields = {}
    for el in metadata.iter(f"{{{DC}}}*", f"{{{DCTERMS}}}*"):
        field = _FIELD_OF_TAG.get(el.tag)
        if field is None:
            continue
        text = el.text if len(el) == 0 else "".join(el.itertext())
        if text and not text.isspace():
            # most elements have no attribute: items() tells so for a fifth of what get()
            # costs (which parses its Clark-notation name at every call)
            lang = el.get(XML_LANG) if el.items() else None
            fields.setdefault(field, []).append((text, lang))
    return fields


def _lang_key(tag: str | None) -> str:
    """Language of an ``xml:lang`` attribute, normalised; "und" when absent or unknown."""
    if not tag:
        return "und"
    try:
        return normalise_language(tag)
    except ValueError as exc:
        note("xml:lang", tag, f"{exc}; the text is read as untagged")
        return "und"


def _strip_html(text: str) -> str:
    """Plain text from a description that holds (possibly escaped) HTML, as Zenodo sends."""
    if "&" in text:  # every escape looked for starts with it: most texts have none
        for _ in range(2):
            if "&lt;" in text or "&amp;" in text or "&quot;" in text:
                text = html.unescape(text)
    return _HTML_TAG.sub(" ", text) if "<" in text else text


def _lang_map(values: Iterable[tuple[str, str | None]], *, join: bool) -> dict[str, str]:
    """Language-tagged texts -> LangMap. The first text per language wins (``join=False``),
    or distinct texts are joined by a blank line (``join=True``)."""
    parts: dict[str, list[str]] = {}
    for text, lang in values:
        clean = _clean(_strip_html(text) if join else text)
        if not clean:
            continue
        seen = parts.setdefault(_lang_key(lang), [])
        if clean not in seen and (join or not seen):
            seen.append(clean)
    return {lang: "\n\n".join(texts) for lang, texts in parts.items()}


def _unique(values: Iterable[str], *, casefold: bool = False) -> list[str]:
    """Cleaned, non-empty values without repeats, in first-seen order."""
    seen: dict[str, str] = {}
    for value in values:
        clean = _clean(value)
        if clean:
            seen.setdefault(clean.casefold() if casefold else clean, clean)
    return list(seen.values())


def _texts(fields: Fields, *names: str) -> list[str]:
    """The texts of one or more fields, in field order then document order."""
    return [text for name in names for text, _ in fields.get(name, ())]


def _first(fields: Fields, *names: str) -> str | None:
    """The first non-empty cleaned text of the given fields, or None."""
    return next((c for t in _texts(fields, *names) if (c := _clean(t))), None)


def _subjects(fields: Fields) -> list[str]:
    """Subjects as free text; one element holding "a; b; c" gives three subjects."""
    return _unique(
        (part for text in _texts(fields, "subject") for part in text.split(";")), casefold=True
    )


def _countries(fields: Fields) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the countries named in coverage (others are ignored)."""
    found: list[str] = []
    for text in _texts(fields, "coverage"):
        codes = find_countries(text)
        if not codes and not text.strip().isdigit():
            note("countries", text, "the coverage names no known country")
        found.extend(codes)
    return list(dict.fromkeys(found))


def _languages(fields: Fields) -> list[str]:
    """dc:language values normalised; an unknown language is skipped, not a rejection."""
    codes: list[str] = []
    for text in _texts(fields, "language"):
        for part in _LIST_SPLIT.split(text.strip()):
            try:
                codes.append(normalise_language(part))
            except ValueError as exc:
                note("languages", part, f"{exc}; not kept")
    return list(dict.fromkeys(codes))


def _date(fields: Fields) -> str | None:
    """The first parseable dc:date (then dcterms dates); InvalidValue if none parses."""
    first: tuple[str, str] | None = None
    for text in _texts(fields, "date", "date_extra"):
        value = _clean(text)
        if not value or (not value[0].isdigit() and fold(value) in _NO_DATE):
            continue
        try:
            date = normalise_date(value)
        except ValueError as exc:
            first = first or (value, str(exc))
            continue
        if first is not None:
            note("date", first[0], f"{first[1]}; the record's date is {date}")
        return date
    if first is not None:
        raise InvalidValue(first[1], field="date", value=first[0])
    return None


def _type_and_status(fields: Fields, title: str, description: str) -> tuple[str, str | None]:
    """Record type (through the thesaurus's type scheme, with title and description cues when
    dc:type is absent or generic) and project status (from dc:type or a status line)."""
    types = _texts(fields, "type")
    reading = resolve_type(types, title, description)
    for value in reading.unmatched:
        note("type", value, f"matches no label of the record-type scheme (typed {reading.type!r})")
    status = next((s for t in types if (s := normalise_status(t))), None)
    if status is None:
        for text in _texts(fields, "description"):
            if ":" not in text:
                continue
            for match in _STATUS_LINE.finditer(text):
                if status := normalise_status(match[1]):
                    return reading.type, status
    return reading.type, status


def _identifier(text: str) -> str:
    """One identifier in a canonical form: ``doi:10.…``, ``hdl:…``, ``isbn:…``, or as is."""
    if "10." in text and (m := _DOI.match(text)):
        return f"doi:{m[1]}"
    if "hdl" in text[:24].lower() and (m := _HANDLE.match(text)):
        return f"hdl:{m[1]}"
    if (text[:1].isdigit() or text[:4].lower() == "isbn") and (m := _ISBN.match(text)):
        digits = re.sub(r"[- ]", "", m[1]).upper()
        if _isbn_ok(digits):
            return f"isbn:{digits}"
    return text


def _isbn_ok(digits: str) -> bool:
    """ISBN-10 or ISBN-13 check digit is right (so bare numbers are not taken for ISBNs)."""
    if len(digits) == 10 and digits[:9].isdigit():
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit() and digits.startswith(("978", "979")):
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0
    return False


def _identifiers(fields: Fields) -> tuple[str | None, list[str]]:
    """The landing-page URL (first http(s) identifier, else a DOI or handle resolver URL)
    and every identifier in canonical form."""
    values = _unique(_texts(fields, "identifier"))
    url = next((v for v in values if v.startswith(("http://", "https://")) and " " not in v), None)
    identifiers = list(dict.fromkeys(_identifier(v) for v in values))
    if url is None:
        for ident in identifiers:
            if ident.startswith("doi:"):
                url = "https://doi.org/" + ident[4:]
            elif ident.startswith("hdl:"):
                url = "https://hdl.handle.net/" + ident[4:]
            if url:
                break
    return url, identifiers


def _rights(fields: Fields) -> str | None:
    """The first rights statement, preferring a licence to an eu-repo access-right URI."""
    texts = _unique(_texts(fields, "rights", "rights_extra"))
    return next((t for t in texts if not t.startswith("info:eu-repo/")), None) or next(
        iter(texts), None
    )


def _source_datestamp(datestamp: str | None) -> str | None:
    """The header datestamp in UTC; None when the source left it empty (pycsw)."""
    if datestamp is None or not datestamp.strip():
        return None
    try:
        return normalise_datestamp(datestamp)
    except ValueError as exc:
        raise InvalidValue(str(exc), field="source_datestamp", value=datestamp) from None


def _child(parent: etree._Element, name: str) -> etree._Element | None:
    """First child element with local name ``name`` (any namespace, or none)."""
    tag = OAI + name
    for el in parent:  # ``parent.find(tag)`` without its path parsing (a record has 2 children)
        if el.tag == tag:
            return el
    return next((el for el in parent if _local(el.tag) == name), None)


def _find_record(root: etree._Element) -> etree._Element | None:
    """The ``<record>`` element of a payload: the root itself, or the only record of a whole
    OAI-PMH response (a GetRecord page); None when the payload is bare metadata."""
    name = _local(root.tag)
    if name == "record":
        return root
    if name != "OAI-PMH":
        return None
    records = [el for el in root.iter() if _local(el.tag) == "record"]
    if len(records) != 1:
        raise InvalidValue(
            f"the payload is an OAI-PMH response with {len(records)} records; "
            "a raw record must hold exactly one <record>",
            field="payload",
        )
    return records[0]


def _header_text(header: etree._Element | None, name: str) -> str | None:
    """Text of a header child (``identifier``, ``datestamp``), stripped; None if absent."""
    el = _child(header, name) if header is not None else None
    return el.text.strip() if el is not None and el.text else None


class OaiDcMapping:
    """Dublin Core (``oai_dc``, ``nsdl_dc``, DC/DCMI terms in any wrapper) -> :class:`Record`.

    Example::

        record = OaiDcMapping().map(raw, harvested_at="2026-11-22T09:00:00Z")
    """

    name = "oai_dc"

    def map(self, raw: RawRecord, harvested_at: str | None = None) -> Record:
        """Parse ``raw.payload`` (one OAI-PMH ``<record>``) and map it.

        Args:
            raw: the stored record; ``payload`` holds one ``<record>`` element (header and
                metadata), or a bare ``oai_dc:dc`` element.
            harvested_at: when the record was harvested (ISO 8601, UTC).

        Returns:
            the mapped record; a deleted record gives a tombstone with ids and datestamp only.

        Raises:
            MissingField: no identifier, no metadata (record not deleted) or no title.
            InvalidValue: the payload is not XML, or the date or datestamp is unusable.
        """
        try:
            root = parse_xml(raw.payload)
        except (NotXml, UnsafeXml) as exc:
            raise InvalidValue(str(exc), field="payload") from None
        return self._map_root(raw, root, harvested_at)

    def map_raw_fast(self, raw: RawRecord, harvested_at: str | None = None) -> Record:
        """Like :meth:`map`, but uses ``raw.parsed`` (the harvester's lxml ``<record>``
        element) when it is there instead of parsing ``raw.payload`` again."""
        if isinstance(raw.parsed, etree._Element):
            return self._map_root(raw, raw.parsed, harvested_at)
        return self.map(raw, harvested_at)

    def _map_root(self, raw: RawRecord, root: etree._Element, harvested_at: str | None) -> Record:
        """Map a parsed payload: a ``<record>``, a one-record response or bare metadata."""
        record = _find_record(root)
        if record is None:
            return self.map_element(
                raw.node_id, raw.source_id, raw.datestamp, root, harvested_at, deleted=raw.deleted
            )
        header = _child(record, "header")
        wrapper = _child(record, "metadata")
        metadata = None
        if wrapper is not None:
            metadata = next((el for el in wrapper if isinstance(el.tag, str)), None)
        deleted = raw.deleted or (header is not None and header.get("status") == "deleted")
        return self.map_element(
            raw.node_id,
            raw.source_id or _header_text(header, "identifier") or "",
            _header_text(header, "datestamp") or raw.datestamp,
            metadata,
            harvested_at,
            deleted=deleted,
        )

    def map_element(
        self,
        node_id: str,
        source_id: str,
        datestamp: str | None,
        metadata: etree._Element | None,
        harvested_at: str | None = None,
        *,
        deleted: bool = False,
    ) -> Record:
        """Map an already-parsed metadata element (the harvester's fast path).

        Args:
            node_id: the node the record came from.
            source_id: the OAI identifier at the source.
            datestamp: the header datestamp as sent (None or "" when absent).
            metadata: the ``oai_dc:dc`` element (or the ``<metadata>`` wrapper, or any
                element holding DC elements); None when the record has no metadata.
            harvested_at: when the record was harvested (ISO 8601, UTC).
            deleted: the header says ``status="deleted"``.

        Returns:
            the mapped record (a tombstone when ``deleted``).

        Raises:
            MappingError: see :meth:`map`.
        """
        source_id = source_id.strip()
        if not source_id:
            raise MissingField("the record has no OAI identifier", field="identifier")
        ids: dict[str, Any] = {
            "id": f"{node_id}:{source_id}",
            "node": node_id,
            "source_id": source_id,
            "source_datestamp": _source_datestamp(datestamp),
            "harvested_at": harvested_at,
        }
        if deleted:
            return Record(**ids)
        fields = _collect(metadata) if metadata is not None else {}
        if not fields:
            raise MissingField(
                "the record is not deleted but has no Dublin Core metadata", field="metadata"
            )
        return _build(ids, fields)


def _build(ids: dict[str, Any], fields: Fields) -> Record:
    """The record with identity ``ids``, filled from the collected DC fields."""
    title = _lang_map(fields.get("title", ()), join=False)
    if not title:
        raise MissingField("the record has no title (dc:title)", field="title")
    description = _lang_map(fields.get("description", ()), join=True)
    rtype, status = _type_and_status(
        fields, next(iter(title.values())), next(iter(description.values()), "")
    )
    url, identifiers = _identifiers(fields)
    return Record(
        **ids,
        type=rtype,
        title=title,
        description=description,
        creators=_unique(_texts(fields, "creator", "contributor")),
        publisher=_first(fields, "publisher"),
        subjects=_subjects(fields),
        countries=_countries(fields),
        languages=_languages(fields),
        date=_date(fields),
        status=status,
        url=url,
        identifiers=identifiers,
        rights=_rights(fields),
    )


__all__ = ["DC", "DCTERMS", "MappingError", "OaiDcMapping"]
