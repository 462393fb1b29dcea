# ruff: noqa: E501  (hand-written titles read best on one line)
"""Duplicate rules of the round on the sixteenth held-out set: a title that narrows the
other's subject is another text, across languages too."""

from __future__ import annotations

from typing import Any

from matching.duplicates import dup_features, title_match
from tests.matching.helpers import rec


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
