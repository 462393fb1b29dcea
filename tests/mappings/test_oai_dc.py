"""Unit tests for the oai_dc mapping on small hand-written records (one rule per test)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from oai_pages import HARVESTED_AT

from mappings.base import InvalidValue, MappingError, MissingField, RawRecord
from mappings.oai_dc import OaiDcMapping
from mappings.record import Record
from mappings.safexml import parse_xml

RECORD = """<record xmlns="http://www.openarchives.org/OAI/2.0/">
 <header{status}><identifier>oai:x:1</identifier><datestamp>2024-03-01</datestamp></header>
 <metadata>
  <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dct="http://purl.org/dc/terms/">
  {body}
  </oai_dc:dc>
 </metadata>
</record>"""


def raw(body: str, *, status: str = "", source_id: str = "oai:x:1") -> RawRecord:
    payload = RECORD.format(body=body, status=status).encode()
    return RawRecord("fr-chm", source_id, "2024-03-01", bool(status), "oai_dc", payload)


def map_body(mapping: OaiDcMapping, body: str) -> Record:
    return mapping.map(raw(body), HARVESTED_AT)


def test_full_record(mapping: OaiDcMapping) -> None:
    rec = map_body(
        mapping,
        """<dc:title xml:lang="fre">Projet pilote</dc:title>
        <dc:title xml:lang="en">Pilot project</dc:title>
        <dc:description xml:lang="fr">Un projet.
        Statut : en cours</dc:description>
        <dc:creator>Dupont, A.</dc:creator><dc:contributor>Dupont, A.</dc:contributor>
        <dc:contributor>Ministère</dc:contributor>
        <dc:publisher>Ministère</dc:publisher><dc:publisher>Other</dc:publisher>
        <dc:subject>produits chimiques; déchets</dc:subject><dc:subject>Déchets</dc:subject>
        <dc:coverage>Afrique de l'Ouest: Sénégal, Mali</dc:coverage>
        <dc:coverage>Spatial: France</dc:coverage>
        <dc:language>fre</dc:language><dc:language>klingonese</dc:language>
        <dc:date>juillet 2019</dc:date>
        <dc:type>Projet</dc:type>
        <dc:identifier>https://doi.org/10.1234/ABC.1</dc:identifier>
        <dc:identifier>https://chm.fr/p/1</dc:identifier>
        <dc:identifier>ISBN 978-3-16-148410-0</dc:identifier>
        <dc:rights>CC-BY</dc:rights>""",
    )
    assert rec.id == "fr-chm:oai:x:1"
    assert rec.node == "fr-chm"
    assert rec.source_id == "oai:x:1"
    assert rec.title == {"fr": "Projet pilote", "en": "Pilot project"}
    assert rec.description == {"fr": "Un projet. Statut : en cours"}
    assert rec.status == "ongoing"
    assert rec.type == "project"
    assert rec.creators == ["Dupont, A.", "Ministère"]
    assert rec.publisher == "Ministère"
    assert rec.subjects == ["produits chimiques", "déchets"]
    assert rec.countries == ["SN", "ML", "FR"]
    assert rec.languages == ["fr"]  # the unknown language is skipped, not a rejection
    assert rec.date == "2019-07"
    assert rec.url == "https://doi.org/10.1234/ABC.1"
    assert rec.identifiers == ["doi:10.1234/ABC.1", "https://chm.fr/p/1", "isbn:9783161484100"]
    assert rec.rights == "CC-BY"
    assert rec.source_datestamp == "2024-03-01T00:00:00Z"
    assert rec.harvested_at == HARVESTED_AT


def test_title_same_language_keeps_first(mapping: OaiDcMapping) -> None:
    rec = map_body(mapping, "<dc:title>First</dc:title><dc:title>Second</dc:title>")
    assert rec.title == {"und": "First"}


def test_unknown_xml_lang_is_und(mapping: OaiDcMapping) -> None:
    rec = map_body(mapping, '<dc:title xml:lang="zz-qq">T</dc:title>')
    assert rec.title == {"und": "T"}


def test_no_title_is_missing_field(mapping: OaiDcMapping) -> None:
    with pytest.raises(MissingField) as err:
        map_body(mapping, "<dc:description>no title</dc:description>")
    assert err.value.field == "title"
    assert "no title" in str(err.value)


def test_blank_title_is_missing_field(mapping: OaiDcMapping) -> None:
    with pytest.raises(MissingField, match="title"):
        map_body(mapping, "<dc:title>   </dc:title><dc:subject>x</dc:subject>")


def test_empty_metadata_is_missing_field(mapping: OaiDcMapping) -> None:
    with pytest.raises(MissingField) as err:
        map_body(mapping, "")
    assert err.value.field == "metadata"


def test_record_without_metadata_element(mapping: OaiDcMapping) -> None:
    payload = (
        b'<record xmlns="http://www.openarchives.org/OAI/2.0/"><header>'
        b"<identifier>oai:x:2</identifier></header></record>"
    )
    with pytest.raises(MissingField, match="metadata"):
        mapping.map(RawRecord("n", "oai:x:2", None, False, "oai_dc", payload))


def test_deleted_record_is_a_tombstone(mapping: OaiDcMapping) -> None:
    rec = mapping.map(raw("", status=' status="deleted"'), HARVESTED_AT)
    assert rec.id == "fr-chm:oai:x:1"
    assert rec.title == {}
    assert rec.source_datestamp == "2024-03-01T00:00:00Z"


def test_missing_identifier(mapping: OaiDcMapping) -> None:
    payload = (
        b'<record xmlns="http://www.openarchives.org/OAI/2.0/"><header status="deleted"/></record>'
    )
    with pytest.raises(MissingField) as err:
        mapping.map(RawRecord("n", "", None, True, "oai_dc", payload))
    assert err.value.field == "identifier"


def test_unparseable_date_is_invalid_value(mapping: OaiDcMapping) -> None:
    with pytest.raises(InvalidValue) as err:
        map_body(mapping, "<dc:title>T</dc:title><dc:date>2021-13-40</dc:date>")
    assert err.value.field == "date"
    assert err.value.value == "2021-13-40"
    assert "month 13 does not exist" in str(err.value)


def test_first_parseable_date_wins(mapping: OaiDcMapping) -> None:
    rec = map_body(
        mapping, "<dc:title>T</dc:title><dc:date>someday</dc:date><dc:date>2019</dc:date>"
    )
    assert rec.date == "2019"


def test_no_date_markers_are_absent_dates(mapping: OaiDcMapping) -> None:
    rec = map_body(mapping, "<dc:title>T</dc:title><dc:date>s.d.</dc:date>")
    assert rec.date is None


def test_bad_datestamp_is_invalid_value(mapping: OaiDcMapping) -> None:
    bad = RECORD.format(body="<dc:title>T</dc:title>", status="").replace("2024-03-01", "yesterday")
    with pytest.raises(InvalidValue) as err:
        mapping.map(RawRecord("n", "oai:x:1", None, False, "oai_dc", bad.encode()))
    assert err.value.field == "source_datestamp"


def test_not_xml_is_invalid_value(mapping: OaiDcMapping) -> None:
    with pytest.raises(InvalidValue, match="not well-formed XML") as err:
        mapping.map(RawRecord("n", "oai:x:1", None, False, "oai_dc", b"<record><oops"))
    assert err.value.field == "payload"


def test_entity_declarations_are_refused(mapping: OaiDcMapping) -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<record>&x;</record>"
    )
    with pytest.raises(InvalidValue, match="entities"):
        mapping.map(RawRecord("n", "oai:x:1", None, False, "oai_dc", xxe))


def test_status_from_type_and_from_spanish_line(mapping: OaiDcMapping) -> None:
    rec = map_body(mapping, "<dc:title>T</dc:title><dc:type>Completed</dc:type>")
    assert (rec.type, rec.status) == ("project", "completed")
    rec = map_body(
        mapping,
        "<dc:title>T</dc:title><dc:type>Proyecto</dc:type>"
        "<dc:description>Algo.\nEstado: en curso</dc:description>",
    )
    assert (rec.type, rec.status) == ("project", "ongoing")


def test_specific_type_beats_text(mapping: OaiDcMapping) -> None:
    rec = map_body(
        mapping, "<dc:title>T</dc:title><dc:type>Text</dc:type><dc:type>Point focal</dc:type>"
    )
    assert rec.type == "contact-point"


def test_dcterms_elements(mapping: OaiDcMapping) -> None:
    rec = map_body(
        mapping,
        "<dct:title>T</dct:title><dct:abstract>A</dct:abstract><dct:spatial>SN</dct:spatial>"
        "<dct:issued>2020-05-04</dct:issued><dct:license>CC0</dct:license>",
    )
    assert (rec.title, rec.description) == ({"und": "T"}, {"und": "A"})
    assert (rec.countries, rec.date, rec.rights) == (["SN"], "2020-05-04", "CC0")


def test_escaped_html_description_becomes_text(mapping: OaiDcMapping) -> None:
    rec = map_body(
        mapping,
        "<dc:title>T</dc:title><dc:description>&amp;lt;p&amp;gt;Hello &amp;amp; "
        "bye&amp;lt;/p&amp;gt; 1 &lt; 2</dc:description>",
    )
    assert rec.description == {"und": "Hello & bye 1 < 2"}


def test_identifiers_handles_and_doi_url(mapping: OaiDcMapping) -> None:
    rec = map_body(
        mapping,
        "<dc:title>T</dc:title><dc:identifier>doi:10.5/x</dc:identifier>"
        "<dc:identifier>hdl:1765/9</dc:identifier><dc:identifier>urn:nbn:1</dc:identifier>",
    )
    assert rec.identifiers == ["doi:10.5/x", "hdl:1765/9", "urn:nbn:1"]
    assert rec.url == "https://doi.org/10.5/x"


def test_bare_metadata_payload(mapping: OaiDcMapping) -> None:
    payload = (
        b'<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bare</dc:title></oai_dc:dc>'
    )
    rec = mapping.map(RawRecord("n", "s:1", "2024-01-01T00:00:00Z", False, "oai_dc", payload))
    assert rec.title == {"und": "Bare"}
    assert rec.source_datestamp == "2024-01-01T00:00:00Z"


def test_envelope_with_two_records_is_refused(mapping: OaiDcMapping) -> None:
    one = RECORD.format(body="<dc:title>T</dc:title>", status="")
    page = f'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">{one}{one}</OAI-PMH>'
    with pytest.raises(InvalidValue, match="2 records"):
        mapping.map(RawRecord("n", "oai:x:1", None, False, "oai_dc", page.encode()))


def test_map_element_fast_path(mapping: OaiDcMapping) -> None:
    record = parse_xml(raw("<dc:title>T</dc:title>").payload)
    dc = record.find(".//{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
    rec = mapping.map_element("n", "oai:x:1", "2024-03-01T10:00:00Z", dc, HARVESTED_AT)
    assert rec.title == {"und": "T"}
    assert rec.id == "n:oai:x:1"
    fast = mapping.map_raw_fast(replace(raw("<dc:title>T</dc:title>"), parsed=record))
    assert fast.title == {"und": "T"}


def test_errors_are_mapping_errors() -> None:
    assert issubclass(MissingField, MappingError)
    assert issubclass(InvalidValue, MappingError)
