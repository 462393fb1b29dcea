# ruff: noqa: E501  (hand-written titles read best on one line)
"""The seventeenth held-out set of duplicates and the rules of the round that took it as a
development set: two titles alike but for one phrase each, the phrases naming two
procedures of one regime, are two texts of one guidance series."""

from __future__ import annotations

from typing import Any

import pytest

from matching.duplicates import cognate, dup_features, request_match, signature_match, title_match
from matching.organisations import spells
from tests.matching.helpers import rec


def test_seventeenth_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout17.py, written blind by someone else. Measured once
    as held out on main (106f0aa): recall 0.83, 38 of 46 (one language 20 of 25, translations
    18 of 21), precision 0.93 on the labelled pairs and over every pair (the Rotterdam
    guidance on import responses joined the guidance on export notifications and its French
    and Spanish translations). A development set from here: recall 0.89 (41 of 46), precision
    1.00 on both counts."""
    from tests.matching.assistance import measure_seventeenth_heldout

    got = measure_seventeenth_heldout(tmp_path_factory.mktemp("held17") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 46 and labelled["precision"] >= 0.97, labelled
    assert labelled["recall"] >= 0.87 and every["recall"] >= 0.87, every
    assert every["precision"] >= 0.97, every
    assert every["pairs"] == 170 * 169 // 2


def _f(rid: str, node: str, title: dict[str, str], vocab: Any) -> Any:
    return dup_features(
        rec(
            rid,
            "document",
            node,
            title=title,
            date="2025",
            creators=["Secretariat of the Basel, Rotterdam and Stockholm Conventions"],
        ).to_dict(),
        vocab,
    )


EXPORT = {
    "en": "Guidance for designated national authorities on export notifications under the Rotterdam Convention (2025 edition)",
    "fr": "Guide à l'intention des autorités nationales désignées sur les notifications d'exportation au titre de la Convention de Rotterdam (édition 2025)",
    "es": "Guía para las autoridades nacionales designadas sobre las notificaciones de exportación en virtud del Convenio de Rotterdam (edición de 2025)",
}
IMPORT = {
    "en": "Guidance for designated national authorities on import responses under the Rotterdam Convention (2025 edition)",
    "fr": "Guide à l'intention des autorités nationales désignées sur les réponses concernant l'importation au titre de la Convention de Rotterdam (édition 2025)",
    "es": "Guía para las autoridades nacionales designadas sobre las respuestas sobre la importación en virtud del Convenio de Rotterdam (edición de 2025)",
}


@pytest.mark.parametrize("mine", ["en", "fr", "es"])
@pytest.mark.parametrize("theirs", ["en", "fr", "es"])
def test_guidance_on_another_procedure_of_one_regime_is_another_text(
    vocab: Any, mine: str, theirs: str
) -> None:
    imp = _f("i", f"n-i-{mine}", {mine: IMPORT[mine]}, vocab)
    exp = _f("e", f"n-e-{theirs}", {theirs: EXPORT[theirs]}, vocab)
    assert title_match(imp, exp) is None
    assert title_match(exp, imp) is None
    assert signature_match(imp, exp) is None


@pytest.mark.parametrize(("x", "y"), [("en", "fr"), ("en", "es"), ("fr", "es")])
def test_the_translations_of_one_guidance_still_meet(vocab: Any, x: str, y: str) -> None:
    for texts in (EXPORT, IMPORT):
        one = _f("a", f"n-{x}", {x: texts[x]}, vocab)
        other = _f("b", f"n-{y}", {y: texts[y]}, vocab)
        assert title_match(one, other) is not None, (texts[x], texts[y])
        assert title_match(other, one) is not None


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("import", "export", False),
        ("importation", "exportation", False),
        ("importacion", "exportacion", False),
        ("internal", "external", False),
        ("importation", "import", True),
        ("exportacion", "exportation", True),
        ("detection", "deteccion", True),
    ],
)
def test_opposite_prefixes_are_no_translation(x: str, y: str, same: bool) -> None:
    assert cognate(x, y) is same
    assert cognate(y, x) is same


def test_a_syllabic_acronym_spells_its_agency() -> None:
    name = "Secretaría de Medio Ambiente y Recursos Naturales"
    assert spells("SEMARNAT", name)
    assert not spells("SEMARNAT", "Secretaría de Energía")  # a word left unspelt
    assert not spells("SEMA", name)  # short acronyms spell initials only
    assert spells("MARN", "Ministerio de Ambiente y Recursos Naturales")


def test_a_request_said_short_in_the_words_of_a_concept(vocab: Any) -> None:
    need = dup_features(
        rec(
            "a",
            "need",
            "infocap-es",
            title={
                "es": "Solicitud de asistencia técnica para el inventario de plaguicidas obsoletos en México"
            },
            date="2025",
            countries=["MX"],
            creators=["Secretaría de Medio Ambiente y Recursos Naturales"],
        ).to_dict(),
        vocab,
    )

    def short(title: str, creator: str) -> Any:
        return dup_features(
            rec(
                "b", "need", "mx-chm", title={"es": title}, date=None, creators=[creator]
            ).to_dict(),
            vocab,
        )

    # "plaguicidas caducos" is read as obsolete pesticides, which the other title says
    assert request_match(short("Plaguicidas caducos: buscamos apoyo", "SEMARNAT"), need)
    assert title_match(short("Plaguicidas caducos: buscamos apoyo", "SEMARNAT"), need)
    # another agency, or a concept the other title does not name, is not the request
    assert request_match(short("Plaguicidas caducos: buscamos apoyo", "CONAFOR"), need) is None
    assert request_match(short("Plaguicidas registrados: buscamos apoyo", "SEMARNAT"), need) is None


def test_a_countrys_page_on_access_to_genetic_resources_is_its_abs_page(vocab: Any) -> None:
    def page(rid: str, node: str, title: dict[str, str], **kw: Any) -> Any:
        return dup_features(rec(rid, "national-profile", node, title=title, **kw).to_dict(), vocab)

    abs_ = page(
        "a", "abs-ch-es", {"es": "Perfil de país ABS: México"}, date="2025", countries=["MX"]
    )
    bch = page(
        "c",
        "bch",
        {"es": "Perfil de país: México (Protocolo de Cartagena)"},
        date="2025",
        countries=["MX"],
    )
    for title in (
        {"es": "Acceso a recursos genéticos en México: quién decide"},
        {"en": "Access to genetic resources in Mexico - who decides"},
    ):
        node = page("b", "mx-chm", title, date=None)
        assert title_match(node, abs_) is not None, title
        assert title_match(node, bch) is None, title  # another regime's page
    peru = page("d", "pe-chm", {"es": "Acceso a recursos genéticos en el Perú"}, date=None)
    assert title_match(peru, abs_) is None  # another country's page


def test_a_page_on_cites_permits_is_the_management_authority(vocab: Any) -> None:
    def point(rid: str, node: str, title: str, **kw: Any) -> Any:
        return dup_features(
            rec(rid, "contact-point", node, title={"en": title}, **kw).to_dict(), vocab
        )

    node = point("b", "se-chm", "CITES permits - who to ask - Sweden", date=None)
    ma = point("a", "cites", "CITES Management Authority: Sweden", date="2025", countries=["SE"])
    sa = point("x", "cites", "CITES Scientific Authority: Sweden", date="2025", countries=["SE"])
    sk = point("y", "cites", "CITES Management Authority: Slovakia", date="2025", countries=["SK"])
    assert title_match(node, ma) is not None
    assert title_match(node, sa) is None  # the other authority of the convention
    assert title_match(node, sk) is None  # another country's
