"""Unit tests for mappings.normalise: the examples of the brief plus failure cases."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.normalise import (
    find_countries,
    fold,
    normalise_country,
    normalise_date,
    normalise_datestamp,
    normalise_language,
    normalise_status,
    normalise_type,
    warm_up,
)
from mappings.record import RECORD_TYPES


def test_fold() -> None:
    assert fold("  Côte d’Ivoire ") == "cote d ivoire"
    assert fold("ÉTATS-UNIS") == "etats unis"
    # the ligatures have no decomposition: written out, so both spellings fold alike
    assert fold("Œuvre Cæsar ÆGIS, cœur") == "oeuvre caesar aegis coeur"
    assert fold("Œuvre") == fold("oeuvre") and fold("nævus") == fold("naevus")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019", "2019"),
        ("15/07/2019", "2019-07-15"),
        ("5/7/2019", "2019-07-05"),
        ("07/15/2019", "2019-07-15"),  # unambiguously month-first
        ("15.07.2019", "2019-07-15"),
        ("07/2019", "2019-07"),
        ("July 2019", "2019-07"),
        ("juillet 2019", "2019-07"),
        ("julio de 2019", "2019-07"),
        ("2019-07-15T10:00:00Z", "2019-07-15"),
        ("2011-07-18T16:31:00+02:00", "2011-07-18"),
        ("2019-07-15 10:00", "2019-07-15"),
        ("2019-07", "2019-07"),
        ("2019-7-5", "2019-07-05"),
        ("2019/07/15", "2019-07-15"),
        ("15 juillet 2019", "2019-07-15"),
        ("1er juillet 2019", "2019-07-01"),
        ("lundi 15 juillet 2019", "2019-07-15"),
        ("15 de julio de 2019", "2019-07-15"),
        ("July 15, 2019", "2019-07-15"),
        ("15th July 2019", "2019-07-15"),
        ("Sept. 2019", "2019-09"),
        ("janv. 2019", "2019-01"),
        ("février 2020", "2020-02"),
        ("fevrier 2020", "2020-02"),
        ("Août 2018", "2018-08"),
        ("agosto 2018", "2018-08"),
        ("septiembre 2018", "2018-09"),
        ("setiembre 2018", "2018-09"),
        ("c. 2019", "2019"),
        ("ca. 1890?", "1890"),
        ("circa 1890", "1890"),
        ("[2019]", "2019"),
        ("[ca. 2019]", "2019"),
        ("2019?", "2019"),
        ("2019-2021", "2019"),
        ("2019 - 2021", "2019"),
        ("2019/2020", "2019"),
        ("2019-07-01/2020-06-30", "2019-07-01"),
        ("20190715", "2019-07-15"),
        ("2020-02-29", "2020-02-29"),
        ("  2019  ", "2019"),
    ],
)
def test_normalise_date(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2021-13-40", "'2021-13-40' is not a date: month 13 does not exist"),
        ("2021-02-29", "'2021-02-29' is not a date: day 29 does not exist in February 2021"),
        ("31/04/2019", "day 31 does not exist in April 2019"),
        ("2019-00", "month 0 does not exist"),
        ("0000", "year 0 does not exist"),
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("foo", "'foo' is not a date (expected"),
        ("July", "is not a date"),
        ("15 July 2019 foo", "is not a date"),
        ("Spring 2019", "is not a date"),
        ("13/13/2019", "month 13 does not exist"),
        ("123", "is not a date"),
    ],
)
def test_normalise_date_rejects(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        normalise_date(value)


def test_long_bad_date_is_shortened_in_message() -> None:
    with pytest.raises(ValueError, match=r"\.\.\.' is not a date") as err:
        normalise_date("x" * 500)
    assert len(str(err.value)) < 200


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"),
        ("2024-03-01", "2024-03-01T00:00:00Z"),
        ("2024-03-01T12:00:00+02:00", "2024-03-01T10:00:00Z"),
        ("2024-03-01T00:30:00-01:00", "2024-03-01T01:30:00Z"),
        ("2024-03-01T10:00Z", "2024-03-01T10:00:00Z"),
        ("2024-03-01T10:00:00.123Z", "2024-03-01T10:00:00Z"),
        (" 2024-03-01T10:00:00Z\n", "2024-03-01T10:00:00Z"),
    ],
)
def test_normalise_datestamp(value: str, expected: str) -> None:
    assert normalise_datestamp(value) == expected


@pytest.mark.parametrize(
    "value", ["", "2024", "2024-03", "PYCSW_TIMESTAMP", "2024-02-30", "2024-03-01T25:00:00Z"]
)
def test_normalise_datestamp_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="is not an OAI-PMH datestamp"):
        normalise_datestamp(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("fre", "fr"),
        ("fra", "fr"),
        ("French", "fr"),
        ("français", "fr"),
        ("francais", "fr"),
        ("fr-FR", "fr"),
        ("FR", "fr"),
        ("spa", "es"),
        ("Spanish", "es"),
        ("español", "es"),
        ("castellano", "es"),
        ("eng", "en"),
        ("English", "en"),
        ("anglais", "en"),
        ("inglés", "en"),
        ("en_US", "en"),
        ("English (United States)", "en"),
        ("ar", "ar"),
        ("árabe", "ar"),
        ("zh", "zh"),
        ("zh-Hans-CN", "zh"),
        ("chinois", "zh"),
        ("ru", "ru"),
        ("Deutsch", "de"),
        ("uzb", "uz"),
        ("oty", "oty"),  # Old Tamil: ISO 639-3 only
        ("iw", "he"),  # deprecated tag
        ("und", "und"),
    ],
)
def test_normalise_language(value: str, expected: str) -> None:
    assert normalise_language(value) == expected


@pytest.mark.parametrize("value", ["klingonese", "other", "xx", "", "fr FR FR", "12"])
def test_normalise_language_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="is not a known language name or ISO 639 code"):
        normalise_language(value)


def test_every_language_name_the_search_page_shows_names_its_language() -> None:
    # found from outside: the French facet showed Ouszbek and Vieux Tamoul (ISO 639-3's own
    # translations), and the filter those labels make was refused as no language
    import pycountry

    from search_api.i18n import language_name

    checked = 0
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code is None and language.alpha_3 != "oty":
            continue
        code = code or language.alpha_3
        for lang in ("en", "fr", "es"):
            shown = language_name(code, lang)
            if pycountry.languages.get(alpha_3=shown.lower()) is not None:
                continue  # a name that is another language's code (French Cri): the code wins
            assert normalise_language(shown) == code, (code, lang, shown)
            checked += 1
    assert checked > 500
    assert normalise_language("Ouszbek") == "uz" and normalise_language("Vieux Tamoul") == "oty"


def test_language_error_message() -> None:
    with pytest.raises(ValueError, match=r"^'klingonese' is not a known language name or ISO 639"):
        normalise_language("klingonese")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sénégal", "SN"),
        ("Senegal", "SN"),
        ("SENEGAL", "SN"),
        ("SN", "SN"),
        ("sn", "SN"),
        ("SEN", "SN"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Costa de Marfil", "CI"),
        ("Burkina", "BF"),  # the first word a country is called by alone
        ("Bosnie", "BA"),
        ("Trinidad", "TT"),
        ("UAE", "AE"),
        ("Estados Unidos", "US"),
        ("États-Unis", "US"),
        ("United States of America", "US"),
        ("USA", "US"),
        ("UK", "GB"),
        ("Royaume-Uni", "GB"),
        ("Reino Unido", "GB"),
        ("Bolivia", "BO"),
        ("Bolivie (État plurinational de)", "BO"),
        ("Bolivia, Plurinational State of", "BO"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Turquie", "TR"),
        ("République démocratique du Congo", "CD"),
        ("Congo", "CG"),
        ("Corée du Sud", "KR"),
        ("The Gambia", "GM"),
        ("le Sénégal", "SN"),
        ("Allemagne", "DE"),
        ("Alemania", "DE"),
    ],
)
def test_normalise_country(value: str, expected: str) -> None:
    assert normalise_country(value) == expected


@pytest.mark.parametrize("value", ["Atlantis", "Korea", "", "XX", "Afrique de l'Ouest", "EU"])
def test_normalise_country_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="is not a known country name or ISO 3166 code"):
        normalise_country(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal; Mali", ["SN", "ML"]),
        ("Afrique de l'Ouest: Sénégal, Côte d'Ivoire", ["SN", "CI"]),
        ("Spatial: France", ["FR"]),
        ("SN; ML; SN", ["SN", "ML"]),
        ("GR-22", ["GR"]),
        ("Papua New Guinea and Guinea-Bissau", ["PG", "GW"]),
        ("Nigeria, Niger", ["NG", "NE"]),
        ("República Democrática del Congo y Congo", ["CD", "CG"]),
        ("Tourism in Greece", ["GR"]),  # "in" (India) inside a sentence is not a country
        ("SENEGAL AND MALI", ["SN", "ML"]),  # "AND" (Andorra) inside a sentence is not one
        ("Mauritania", ["MR"]),  # not "Mauritius", not "Maurice"
        ("réunion au Sénégal", ["SN"]),  # "réunion" is a meeting here
        ("Francophone Africa", []),  # no country inside "Francophone"
        ("Frankfurt", []),
        ("", []),
        ("Global", []),
    ],
)
def test_find_countries(text: str, expected: list[str]) -> None:
    assert find_countries(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Project", "project"),
        ("Projet", "project"),
        ("Proyecto", "project"),
        ("Text", "document"),
        ("Report", "document"),
        ("Guidance document", "document"),
        ("Training material", "document"),
        ("Manual", "document"),
        ("Need", "need"),
        ("Request for assistance", "need"),
        ("Demande d'assistance", "need"),
        ("Funding opportunity", "support-source"),
        ("Source of support", "support-source"),
        ("Contact", "contact-point"),
        ("Focal point", "contact-point"),
        ("Point focal", "contact-point"),
        ("National profile", "national-profile"),
        ("Plan d'action national", "national-profile"),
        ("Case study", "case-study"),
        ("Étude de cas", "case-study"),
        ("Event", "event"),
        ("Dataset", "dataset"),
        ("http://purl.org/dc/dcmitype/Dataset", "dataset"),
        ("Organization", "organization"),
        ("Article", "document"),
        ("Thesis", "document"),
        ("info:eu-repo/semantics/conferencePaper", "document"),
        ("info:eu-repo/semantics/other", "other"),
        ("http://purl.org/dc/dcmitype/Image", "other"),
        ("Interactive Simulation", "other"),
        ("en cours", "project"),
        ("support-source", "support-source"),
        ("", "other"),
        ("zzz", "other"),
    ],
)
def test_normalise_type(value: str, expected: str) -> None:
    assert normalise_type(value) == expected
    assert expected in RECORD_TYPES


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Completed", "completed"),
        ("terminé", "completed"),
        ("achevé", "completed"),
        ("finalizado", "completed"),
        ("en cours", "ongoing"),
        ("en curso", "ongoing"),
        ("Ongoing", "ongoing"),
        ("planifié", "planned"),
        ("previsto", "planned"),
        ("planned", "planned"),
        ("Status: ongoing", "ongoing"),
        ("Statut : en cours", "ongoing"),
        ("Estado: en curso", "ongoing"),
        ("Project", None),
        ("", None),
    ],
)
def test_normalise_status(value: str, expected: str | None) -> None:
    assert normalise_status(value) == expected


def test_warm_up_builds_every_table() -> None:
    from mappings import normalise

    warm_up()
    for table in (normalise._language_names, normalise._autonyms, normalise._country_names):
        assert table.cache_info().currsize == 1  # type: ignore[attr-defined]
    assert normalise_language("Deutsch") == "de"


def _fold_reference(text: str) -> str:
    """fold() as first written: every character of the decomposed text looked at in Python."""
    import unicodedata

    from mappings.folding import _NON_WORD, _QUOTES

    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare.casefold()).strip()


@settings(max_examples=500)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="aeiouAEIOU éèÉçñÑ’‘`ʼœŒæÆ-_.,ǅﬁİıſ\u0301\u0327\u0485"),
        st.text(alphabet="ab Éé’-\U0001d167\U0001d400\U000e0100"),  # beyond the BMP
        st.text(alphabet=st.characters(max_codepoint=0x7F)),  # the ASCII path
    )
)
def test_fold_fast_paths_fold_as_the_reference(text: str) -> None:
    from mappings.folding import fold

    assert fold(text) == _fold_reference(text)


def _scan_names_reference(text: str) -> list[str]:
    """_scan_names as first written: every length tried at every word."""
    from mappings.normalise import _scan_table, fold

    table, longest = _scan_table()
    words = fold(text).split()
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = table.get(" ".join(words[i : i + n]))
            if code is not None:
                if code:
                    found.append(code)
                i += n
                break
        else:
            i += 1
    return found


_NAME_PIECES = st.sampled_from([
    "Guinea", "Guinea-Bissau", "Papua New Guinea", "Equatorial Guinea", "Côte d'Ivoire",
    "República Dominicana", "Dominica", "United States", "United Kingdom", "Niger", "Nigeria",
    "Congo", "République démocratique du Congo", "South Africa", "Sudan", "South Sudan",
    "the", "of", "and", "de", "la", "new", "south", "republic", ", ", " ", "-", "é",
    "Port of Spain", "Niger Delta", "delta du", "Gulf of", "worm", "Mexico", "port of",
])  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.one_of(_NAME_PIECES, st.text(max_size=6)), max_size=12).map(" ".join))
def test_country_scan_skips_no_name(text: str) -> None:
    from mappings.normalise import _scan_names

    assert _scan_names(text) == _scan_names_reference(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Americas pre-COP15 Ramsar meeting (Port of Spain)", ["TT"]),
        ("Réunion régionale à Port-d'Espagne", ["TT"]),
        ("Oil spills in the Niger Delta", ["NG"]),
        ("Pollution du delta du Niger et du Niger", ["NG", "NE"]),
        ("Mangroves of the Gulf of Guinea", []),
        ("Gulf of Guinea: Ghana and Togo", ["GH", "TG"]),
        ("Forêts du bassin du Congo", []),
        ("Lake Chad basin and Chad", ["TD"]),
        ("Guinea worm eradication in South Sudan", ["SS"]),
        ("Papua New Guinea", ["PG"]),
        ("Birds of New Guinea", []),
        ("New Mexico and Mexico", ["US", "MX"]),
    ],
)
def test_places_that_hold_a_country_name_are_not_that_country(
    text: str, expected: list[str]
) -> None:
    """A capital, a river, a gulf or a basin named after a country is read as the place it
    is ("Port of Spain" is in Trinidad and Tobago), never as the country in its name."""
    from mappings.normalise import country_for_name, find_countries

    assert find_countries(text) == expected
    assert country_for_name("Gulf of Guinea") is None
    assert country_for_name("Guinée") == "GN"
