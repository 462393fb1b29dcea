"""Records read as a cataloguer reads them: types through the thesaurus's type scheme, the
language of untagged texts, countries about vs the publisher's, identifiers and project
status from text, per-record warnings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mappings.base import RawRecord
from mappings.complete import (
    complete_record,
    identifiers_in_text,
    status_in_text,
    years_in_text,
)
from mappings.declarative import parse_mapping
from mappings.normalise import normalise_type
from mappings.notes import collecting
from mappings.oai_dc import OaiDcMapping
from mappings.record import Record
from mappings.thesaurus import fund_prefixes, type_labels
from mappings.types import resolve_type, type_of_value
from matching.duplicates import identifier_keys


def _rec(**kw: object) -> Record:
    base: dict[str, object] = {"id": "n:1", "node": "n", "source_id": "1", "title": {"en": "T"}}
    return Record(**{**base, **kw})  # type: ignore[arg-type]


def _oai(body: str) -> bytes:
    return (
        '<record xmlns="http://www.openarchives.org/OAI/2.0/"><header><identifier>x</identifier>'
        '<datestamp>2025-01-01</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc="http://'
        'www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{body}</oai_dc:dc></metadata></record>"
    ).encode()


# ---------------------------------------------------------------------- types


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Offre", "support-source"),
        ("oferta", "support-source"),
        ("Support offer", "support-source"),
        ("Assistance offer", "support-source"),
        ("Training opportunity", "support-source"),
        ("Opportunité de formation", "support-source"),
        ("Directives", "document"),
        ("Plan national", "national-profile"),
        ("National implementation plan", "national-profile"),
        ("Retour d'expérience", "case-study"),
        ("Profil de pays", "national-profile"),
        ("Besoin d'assistance technique", "need"),
        ("BESOINS", "need"),
        ("info:eu-repo/semantics/conferenceProceedings", "document"),
        ("http://purl.org/dc/dcmitype/Dataset", "dataset"),
        ("Rapport de projet", "document"),  # French head first
        ("Project report", "document"),  # English head last
        ("مشروع", "project"),  # Arabic prefLabel
        ("联络点", "contact-point"),  # Chinese prefLabel
        ("мероприятие", "event"),  # Russian prefLabel
    ],
)
def test_stated_types_resolve_through_the_type_scheme(value: str, expected: str) -> None:
    assert type_of_value(value) == expected
    assert normalise_type(value) == expected


def test_every_type_label_of_the_thesaurus_resolves_to_its_concept() -> None:
    table = type_labels()
    assert len(table.labels) > 200  # six languages, labels and altLabels
    for label, type_id in table.labels.items():
        assert type_of_value(label) == type_id, label


def test_unknown_values_stay_other_and_are_listed() -> None:
    reading = resolve_type(["Image", "Zzz widget"], "Lorem ipsum", "")
    assert reading.type == "other"
    assert reading.unmatched == ["Image", "Zzz widget"]


@pytest.mark.parametrize(
    ("types", "title", "description", "expected"),
    [
        ([], "Support offer: laboratory equipment", "", "support-source"),
        ([], "Offre d'expertise en évaluation des risques", "", "support-source"),
        ([], "Demande d'appui pour un laboratoire", "", "need"),
        (["Text"], "Call for proposals: small grants", "", "support-source"),
        (["info:eu-repo/semantics/other"], "CosMx transcriptome dataset of mucosa", "", "dataset"),
        ([], "Balancing ACT: tensions with other datasets", "", "other"),
        (
            [],
            "What is the Need for Gauge Field Theory?",
            "Abstract: This paper proposes",
            "document",
        ),
        ([], "owner/Rapid-Construction-of-Cascading-Events: V1", "", "other"),
        (["Article"], "Strategies of small firms", "", "document"),  # a document said so
        (["Text"], "Nothing to read here", "", "document"),
        (["Completed"], "T", "", "project"),  # a status names a project
    ],
)
def test_cues_when_the_type_is_absent_or_generic(
    types: list[str], title: str, description: str, expected: str
) -> None:
    assert resolve_type(types, title, description).type == expected


def test_unmatched_type_is_a_warning_of_the_record() -> None:
    raw = RawRecord(
        "n", "x", None, False, "oai_dc", _oai("<dc:title>T</dc:title><dc:type>Zzz</dc:type>")
    )
    with collecting() as notes:
        rec = OaiDcMapping().map(raw)
    assert rec.type == "other"
    assert {k: notes[0][k] for k in ("field", "value")} == {"field": "type", "value": "Zzz"}
    assert "record-type scheme" in notes[0]["message"]


# ---------------------------------------------------------------------- languages


def test_untagged_text_takes_the_declared_language() -> None:
    rec = complete_record(
        _rec(title={"und": "Projet"}, description={"und": "Texte"}, languages=["fr"])
    )
    assert (rec.title, rec.description) == ({"fr": "Projet"}, {"fr": "Texte"})


def test_node_default_language_when_the_record_declares_none() -> None:
    rec = complete_record(_rec(title={"und": "Oferta"}), default_language="es")
    assert (rec.title, rec.languages) == ({"es": "Oferta"}, ["es"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gestion écologiquement rationnelle des déchets dangereux au Sénégal", "fr"),
        ("Gestión de plaguicidas altamente peligrosos en América Latina", "es"),
        ("Sound management of mercury in artisanal gold mining", "en"),
        ("Dati demografici della Regione Asia Est Oceania per classi di età", "it"),
        ("規管海外物業銷售", "zh"),
    ],
)
def test_undeclared_language_is_detected(text: str, lang: str) -> None:
    rec = complete_record(_rec(title={"und": text}))
    assert rec.title == {lang: text}
    assert rec.languages == [lang]


def test_several_declared_languages_detect_among_them() -> None:
    rec = complete_record(
        _rec(title={"und": "Inventaire national des polluants organiques persistants"},
             languages=["en", "fr"])
    )  # fmt: skip
    assert rec.title == {"fr": "Inventaire national des polluants organiques persistants"}


def test_an_untagged_title_takes_the_description_language() -> None:
    rec = complete_record(
        _rec(title={"und": "SPED phase mapping"},
             description={"und": "Codes and notebooks for the analysis of scanning precession "
                              "electron diffraction data, published with the paper in the "
                              "journal; the raw data are found in the repository."})
    )  # fmt: skip
    assert set(rec.title) == {"en"}


_FR = ["gestion", "des", "déchets", "dangereux", "dans", "les", "pays", "africains", "pour", "la"]
_ES = ["gestión", "de", "los", "residuos", "peligrosos", "en", "países", "africanos", "para", "la"]
_EN = ["management", "of", "the", "hazardous", "waste", "in", "african", "countries", "for", "and"]


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    words=st.one_of(
        *(st.lists(st.sampled_from(w), min_size=6, max_size=14) for w in (_FR, _ES, _EN))
    )
)
def test_never_und_for_more_than_a_few_words(words: list[str]) -> None:
    text = " ".join(words)
    rec = complete_record(_rec(title={"und": text}))
    assert "und" not in rec.title


# ---------------------------------------------------------------------- countries


def test_countries_about_come_before_the_publisher_country() -> None:
    rec = complete_record(_rec(title={"fr": "Profil de pays : Mali"}), node_country="FR")
    assert (rec.countries, rec.publisher_country) == (["ML"], "FR")
    desc = complete_record(
        _rec(title={"en": "Survey"}, description={"en": "Samples from Ghana and Togo."}),
        node_country="FR",
    )
    assert desc.countries == ["GH", "TG"]
    none = complete_record(_rec(title={"en": "Training opportunity"}), node_country="FR")
    assert (none.countries, none.publisher_country) == (["FR"], "FR")
    coverage = complete_record(_rec(title={"en": "Mali"}, countries=["SN"]), node_country="FR")
    assert coverage.countries == ["SN"]  # coverage says what it is about


# ---------------------------------------------------------------------- identifiers


def test_identifiers_from_text() -> None:
    text = (
        "Projet GEF 9602 (GEF ID 10523), FEM 5532, GCF project 123; doi:10.18356/9789210581243. "
        "See https://hdl.handle.net/20.500.11822/43210 and ISBN 978-0-306-40615-7; "
        "ISBN 978-0-306-40615-8 is wrong"
    )
    found = identifiers_in_text(text)
    assert found == [
        "doi:10.18356/9789210581243",
        "hdl:20.500.11822/43210",
        "isbn:9780306406157",
        "gef:9602",
        "gef:10523",
        "gef:5532",
        "gcf:123",
    ]


def test_funds_come_from_the_thesaurus() -> None:
    prefixes = fund_prefixes()
    assert prefixes["GEF"] == prefixes["FEM"] == prefixes["FMAM"] == "gef"
    assert prefixes["MLF"] == "mlf"


def test_project_codes_link_records_of_different_sources() -> None:
    a = complete_record(
        _rec(title={"en": "Mercury in Ghana"}, description={"en": "GEF project 9602."})
    )
    b = complete_record(
        _rec(id="m:2", node="m", title={"es": "Mercurio"}, identifiers=["GEF-9602"])
    )
    assert "code:GEF9602" in set(identifier_keys(a.to_dict())) & set(identifier_keys(b.to_dict()))


# ---------------------------------------------------------------------- status and years


@pytest.mark.parametrize(
    ("text", "project", "status"),
    [
        ("Statut : achevé. Projet financé par le FEM.", False, "completed"),
        ("Estado: en curso", False, "ongoing"),
        ("Project status: completed.", False, "completed"),
        ("Status: Under implementation", False, "ongoing"),
        ("Statut : planifié.", False, "planned"),
        ("Proyecto cerrado en 2020.", True, "completed"),
        ("Projet en cours d'exécution par le ministère.", True, "ongoing"),
        ("A five-year project starting in 2026 (pipeline).", True, "planned"),
        ("Projet en cours d'exécution par le ministère.", False, None),  # not a project
        ("The training was completed by 30 officers.", False, None),
    ],
)
def test_status_from_text(text: str, project: bool, status: str | None) -> None:
    assert status_in_text(text, project=project) == status


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("mis en œuvre de 2018 à 2022", (2018, 2022)),
        ("The project runs from 2022 to 2025.", (2022, 2025)),
        ("(2015-2019)", (2015, 2019)),
        ("Début : 2023. Fin prévue : 2026.", (2023, 2026)),
        ("Inicio previsto en 2026.", (2026, None)),
        ("Published 2019.", (None, None)),
    ],
)
def test_years_from_text(text: str, years: tuple[int | None, int | None]) -> None:
    assert years_in_text(text) == years


def test_json_status_and_years_from_structured_fields() -> None:
    mapping = parse_mapping(
        {"fields": {"title": "title", "status": {"path": "status", "normalise": "status"},
                    "start_year": {"path": "start", "normalise": "year"},
                    "end_year": {"path": "end", "normalise": "year"}}},
        "t.toml",
    )  # fmt: skip
    fields = mapping.map_fields(
        {"title": "P", "status": "Pipeline", "start": "2026-01-01", "end": 2029}
    )
    assert (fields["status"], fields["start_year"], fields["end_year"]) == ("planned", 2026, 2029)
    with collecting() as notes:
        bad = mapping.map_fields({"title": "P", "status": "tbd", "start": "soon"})
    assert "status" not in bad and "start_year" not in bad
    assert {(n["field"], n["value"]) for n in notes} == {("status", "tbd"), ("start_year", "soon")}


def test_values_that_cannot_be_normalised_are_warnings_not_silence() -> None:
    body = (
        "<dc:title xml:lang='xx-nonsense-tag'>Projet</dc:title>"
        "<dc:language>klingonish</dc:language>"
        "<dc:coverage>Afrique de l'Ouest</dc:coverage><dc:date>31/31/2019</dc:date>"
        "<dc:date>2019-05</dc:date>"
    )
    raw = RawRecord("n", "x", None, False, "oai_dc", _oai(body))
    with collecting() as notes:
        rec = OaiDcMapping().map(raw)
    assert rec.date == "2019-05"
    fields = {n["field"]: n["value"] for n in notes}
    assert fields["languages"] == "klingonish"
    assert fields["countries"] == "Afrique de l'Ouest"
    assert fields["date"] == "31/31/2019"
    assert fields["xml:lang"] == "xx-nonsense-tag"
    assert all(n["message"].startswith(n["field"] + ": ") for n in notes)


# --- the quick filters in front of the text patterns skip no match ---------------------------
# Texts built from the pieces the patterns look for (in every case, with the characters
# Python's IGNORECASE folds: dotless and dotted i, the long s), glued by random text.
_PIECES = st.sampled_from([
    "doi:", "DOI: ", "https://doi.org/", "10.1234/abc", "10.56789/x.y", "hdl:", "HDL: ",
    "https://hdl.handle.net/", "10.25/", "ISBN", "isbn-13", "ISBN-10: ", "978-3-16-148410-0",
    "0-306-40615-2", "GEF", "GEF ID ", "FEM projet n° ", "GCF", "10523", " : ", ":", "Status",
    "ſtatus", "STATUT", "État", "etat", "ESTADO", "Situación", "sıtuacion", "SİTUACİON",
    "Project status: completed", "Estado: en curso", "Statut : achevé", " en cours", "planned",
    "completed in", ". ", "; ", "\n", "(", ")", "İ", "ı", "ſ", "K", " ſtatus: completed",
    " ıSBN 978-3-16-148410-0", " Sİtuacİón: en curso",
    "2018", "1999", "2023", " - ", "–", " to ", " à ", "from ", "Début : ", "starting in ",
    "ended in ", "hasta ", "jusqu'en ", "19", "20", "en ejecución", "EN MARCHA", "Pipeline",
    "prévue", "a pris fin", "sous réserve de l'approbation", "A VENIR", "acheve en",
])  # fmt: skip
_GLUE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
_TEXTS = st.lists(st.one_of(_PIECES, _GLUE), max_size=14).map("".join)


def _identifiers_unfiltered(text: str) -> list[str]:
    from mappings import complete

    out: list[str] = []
    out += ["doi:" + m[1].rstrip(".,;)]") for m in complete._DOI.finditer(text)]
    out += ["hdl:" + m[1].rstrip(".,;)]") for m in complete._HANDLE.finditer(text)]
    for m in complete._ISBN.finditer(text):
        isbn = complete._isbn(m[1].replace("-", "").replace(" ", "").upper())
        if isbn:
            out.append("isbn:" + isbn)
    pattern, prefixes = complete._fund_pattern(), fund_prefixes()
    if pattern is not None:
        out += [f"{prefixes[m[1]]}:{int(m[2])}" for m in pattern.finditer(text)]
    return list(dict.fromkeys(out))


def _phrase_status_unfiltered(text: str) -> str | None:
    from mappings import complete

    key = complete.fold(text)
    return next((status for status, p in complete._PHRASES if p.search(key)), None)


def _status_unfiltered(text: str, project: bool) -> str | None:
    from mappings import complete

    for m in complete._STATUS_LINE.finditer(text):
        status = complete.normalise_status(m[1].strip()) or _phrase_status_unfiltered(m[1])
        if status:
            return status
    return _phrase_status_unfiltered(text) if project else None


def _years_unfiltered(text: str) -> tuple[int | None, int | None]:
    from mappings import complete

    start = end = None
    if m := complete._SPAN.search(text):
        a, b = int(m[1]), int(m[2])
        if a <= b <= a + 30:
            start, end = a, b
    if start is None and (m := complete._START.search(text)):
        start = int(m[1])
    if end is None and (m := complete._END.search(text)):
        year = int(m[1])
        if start is None or year >= start:
            end = year
    return start, end


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.booleans())
@example(" ſtatus: completed", False)
@example("ıSBN 978-3-16-148410-0", False)
def test_quick_filters_skip_no_match(text: str, project: bool) -> None:
    assert identifiers_in_text(text) == _identifiers_unfiltered(text)
    assert status_in_text(text, project=project) == _status_unfiltered(text, project)
    assert years_in_text(text) == _years_unfiltered(text)


def _prefix_label_reference(words: list[str]) -> str | None:
    """_prefix_label as first written: every length tried, whatever the first word."""
    from mappings.types import _singular

    table = type_labels()
    for n in range(min(table.max_words, len(words)), 0, -1):
        run = words[:n]
        tid = table.labels.get(" ".join(run)) or table.labels.get(" ".join(_singular(run)))
        if tid:
            return tid
    return None


def _label_words() -> list[str]:
    words = sorted({w for k in type_labels().labels for w in k.split(" ")})
    return words + [w + "s" for w in words[:40]] + ["the", "of", "zzz", "s", ""]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_prefix_label_skips_only_runs_that_start_no_label(data: st.DataObject) -> None:
    from mappings.types import _prefix_label

    vocabulary = _label_words()
    words = data.draw(st.lists(st.sampled_from(vocabulary), max_size=6))
    if data.draw(st.booleans()):  # a whole label (maybe in the plural) leads the words
        label = data.draw(st.sampled_from(sorted(type_labels().labels))).split(" ")
        plural = data.draw(st.lists(st.booleans(), min_size=len(label), max_size=len(label)))
        words = [w + "s" if p else w for w, p in zip(label, plural, strict=True)] + words
    assert _prefix_label(words) == _prefix_label_reference(words)
