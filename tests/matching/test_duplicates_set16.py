# ruff: noqa: E501  (hand-written titles read best on one line)
"""The sixteenth held-out set of duplicates and the rules of the round that took it as a
development set: a title that narrows the other's subject is another text (across languages
too), a short title said by its acronyms, a request said short by its own agency, rule 8's
share of rare words for texts that share many, a country's page on GMOs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.duplicates import (
    _creator_initials,
    acronym_match,
    creator_initial_keys,
    dup_features,
    request_match,
    title_keys,
    title_match,
)
from tests.matching.helpers import rec


def test_sixteenth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout16.py, written blind by someone else (every SAME pair
    with one copy without a country, short national copies, translations into Arabic,
    Chinese and Russian). Measured once as held out on main (a0932d8): recall 0.37, 17 of 46
    (rewordings 6 of 21, translations 11 of 25), precision 0.85 on the labelled pairs and
    over every pair (the guidelines for CITES annual reports joined those for annual illegal
    trade reports). A development set from here: 0.65 (rewordings 15 of 21, translations 15
    of 25), precision 1.00 on both counts."""
    from tests.matching.assistance import measure_sixteenth_heldout

    got = measure_sixteenth_heldout(tmp_path_factory.mktemp("held16") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 46 and labelled["precision"] >= 0.95, labelled
    assert labelled["recall"] >= 0.63 and every["recall"] >= 0.63, every
    assert every["precision"] >= 0.95, every
    assert every["pairs"] == 170 * 169 // 2


def _f(rid: str, node: str, title: dict[str, str], vocab: Any, **kw: Any) -> Any:
    kw.setdefault("date", "2025")
    return dup_features(
        rec(rid, kw.pop("type", "document"), node, title=title, **kw).to_dict(), vocab
    )


def test_guidelines_for_another_report_of_one_series_are_another_text(vocab: Any) -> None:
    annual = _f(
        "y",
        "n1",
        {
            "en": "Guidelines for the preparation and submission of CITES annual reports (2025 revision)"
        },
        vocab,
        creators=["CITES Secretariat"],
    )
    illegal = {
        "es": "Directrices para la preparación y presentación de los informes anuales sobre el comercio ilegal CITES (revisión de 2025)",
        "fr": "Lignes directrices pour l'établissement et la soumission des rapports annuels CITES sur le commerce illégal (révision de 2025)",
        "en": "Guidelines for the preparation and submission of CITES annual illegal trade reports (2025 revision)",
    }
    creators = {"es": "Secretaría CITES", "fr": "Secrétariat CITES", "en": "CITES Secretariat"}
    for lang, title in illegal.items():
        other = _f(lang, f"n-{lang}", {lang: title}, vocab, creators=[creators[lang]])
        assert title_match(annual, other) is None, lang
        assert title_match(other, annual) is None, lang
    # the translations of one text still meet
    es = _f("es", "n-es", {"es": illegal["es"]}, vocab, creators=[creators["es"]])
    en = _f("en", "n-en", {"en": illegal["en"]}, vocab, creators=[creators["en"]])
    assert title_match(es, en) is not None


def test_a_short_title_said_by_its_acronyms(vocab: Any) -> None:
    central = _f(
        "a",
        "mercury-ch",
        {"en": "Minamata Initial Assessment of Sierra Leone"},
        vocab,
        date="2023",
        countries=["SL"],
        creators=["Environment Protection Agency Sierra Leone"],
    )
    national = _f(
        "b",
        "sl-chm",
        {"en": "MIA SL - validated report"},
        vocab,
        date="2023-11",
        creators=["EPA-SL"],
    )
    liberia = _f(
        "c",
        "mercury-ch",
        {"en": "Minamata Initial Assessment of Liberia"},
        vocab,
        date="2023",
        countries=["LR"],
        creators=["Environmental Protection Agency of Liberia"],
    )
    assert acronym_match(national, central) is not None
    assert title_match(national, central) is not None
    # "SL" is no word of Liberia's title: another country's assessment
    assert acronym_match(national, liberia) is None
    nip = _f("d", "sg-chm", {"en": "NIP (2024 update)"}, vocab, date="2024-07", creators=["NEA"])
    plan = _f(
        "e",
        "synergies",
        {
            "en": "Updated national implementation plan of Singapore for the Stockholm Convention on Persistent Organic Pollutants"
        },
        vocab,
        date="2024",
        countries=["SG"],
        creators=["National Environment Agency"],
    )
    assert title_match(nip, plan) is not None
    assert set(creator_initial_keys(nip)) & set(creator_initial_keys(plan))
    assert set(title_keys(nip)) & set(title_keys(plan))
    # the same plan of the 2019 edition (numbers apart) and another place's version are not
    older = _f("f", "sg-chm", {"en": "NIP (2019 update)"}, vocab, date="2024-07", creators=["NEA"])
    assert acronym_match(older, plan) is None
    call = _f(
        "g", "ffem", {"fr": "Appel à projets 2025 du PPI (Programme de petites initiatives)"}, vocab
    )
    indian = _f(
        "h",
        "cbd-chm-fr",
        {
            "fr": "Programme de Petites Initiatives du FFEM : appel à projets 2025 pour les îles de l'océan Indien"
        },
        vocab,
        countries=["FR"],
    )
    assert acronym_match(call, indian) is None


def test_a_request_said_short_by_its_own_agency(vocab: Any) -> None:
    need = _f(
        "a",
        "infocap",
        {
            "en": "Request for technical assistance to inventory PCB-containing transformers in Rwanda"
        },
        vocab,
        type="need",
        countries=["RW"],
        creators=["Rwanda Environment Management Authority"],
    )
    short = _f(
        "b",
        "rw-chm",
        {"fr": "Inventaire des PCB : appui recherché"},
        vocab,
        type="need",
        date=None,
        creators=["REMA"],
    )
    assert request_match(short, need) is not None
    # another agency's request, or a title saying something the other does not, is not
    other = _f(
        "c",
        "rw-chm",
        {"fr": "Inventaire des PCB : appui recherché"},
        vocab,
        type="need",
        date=None,
        creators=["Ministère de l'Environnement"],
    )
    assert request_match(other, need) is None
    oils = _f(
        "d",
        "rw-chm",
        {"fr": "Inventaire des huiles usagées : appui recherché"},
        vocab,
        type="need",
        date=None,
        creators=["REMA"],
    )
    assert request_match(oils, need) is None


def test_a_countrys_page_on_gmos_is_its_biosafety_page(vocab: Any) -> None:
    bch = _f(
        "a",
        "bch",
        {"en": "Country profile: Austria (Cartagena Protocol on Biosafety)"},
        vocab,
        type="national-profile",
        countries=["AT"],
    )
    node = _f(
        "b",
        "at-chm",
        {"en": "Austria and GMOs - who does what"},
        vocab,
        type="national-profile",
        date=None,
    )
    abs_ = _f(
        "c",
        "abs-ch",
        {"en": "Country profile: Austria (Nagoya Protocol)"},
        vocab,
        type="national-profile",
        countries=["AT"],
    )
    assert title_match(node, bch) is not None
    assert title_match(node, abs_) is None


@given(
    st.lists(
        st.sampled_from(
            ["national", "environment", "agency", "of", "the", "protection", "ministry", "fund"]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_creator_initials_are_its_words_of_substance(words: list[str]) -> None:
    got = _creator_initials(" ".join(words))
    kept = [w for w in words if w not in ("of", "the")]
    if len(kept) == 1:
        assert got == kept[0]
    else:
        assert got == "".join(w[0] for w in kept)


def test_a_numbered_acronym_and_an_agency_signed_without_its_country(vocab: Any) -> None:
    report = _f(
        "a",
        "cbd-chm",
        {"en": "Seventh National Report of Montenegro to the Convention on Biological Diversity"},
        vocab,
        date="2026",
        countries=["ME"],
        creators=["Environmental Protection Agency of Montenegro"],
    )
    short = _f("b", "me-chm", {"en": "7NR - Montenegro"}, vocab, date="2026-02", creators=["EPA"])
    assert title_match(short, report) is not None
    sixth = _f("c", "me-chm", {"en": "6NR - Montenegro"}, vocab, date="2026-02", creators=["EPA"])
    assert acronym_match(sixth, report) is None  # another report of the series
    need = _f(
        "d",
        "infocap",
        {
            "en": "Request for technical assistance: inventory of PCB-containing transformers in The Gambia"
        },
        vocab,
        type="need",
        countries=["GM"],
        creators=["National Environment Agency of The Gambia"],
    )
    asks = _f(
        "e",
        "gm-chm",
        {"en": "PCB inventory: NEA asks for help"},
        vocab,
        type="need",
        date=None,
        creators=["NEA"],
    )
    assert request_match(asks, need) is not None
    assert set(creator_initial_keys(asks)) & set(creator_initial_keys(need))
    assert _creator_initials("national environment agency of the gambia") == "nea"


def test_a_two_letter_acronym_of_one_creator_and_a_call(vocab: Any) -> None:
    report = _f(
        "a",
        "synergies",
        {"en": "National report of Trinidad and Tobago under the Basel Convention for 2023"},
        vocab,
        date="2024",
        countries=["TT"],
        creators=["Environmental Management Authority"],
    )
    short = _f("b", "tt-chm", {"en": "Basel NR 2023"}, vocab, date="2024-12", creators=["EMA"])
    assert acronym_match(short, report) is not None
    other = _f(
        "c",
        "tt-chm",
        {"en": "Basel NR 2023"},
        vocab,
        date="2024-12",
        creators=["Ministry of Planning"],
    )
    assert acronym_match(other, report) is None  # two letters are not enough without the creator
    master = _f(
        "d",
        "cbd-chm-fr",
        {
            "fr": "Master en gestion des aires protégées et de la biodiversité, Université Senghor, Alexandrie, promotion 2026-2028"
        },
        vocab,
        type="support-source",
        date="2026",
        creators=["Université Senghor"],
    )
    call = _f(
        "e",
        "senghor",
        {"fr": "Master aires protégées – appel 2026"},
        vocab,
        type="support-source",
        date="2026-01",
        creators=["Université Senghor"],
    )
    assert request_match(call, master) is not None
