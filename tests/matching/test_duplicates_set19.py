# ruff: noqa: E501  (hand-written titles read best on one line)
"""The nineteenth held-out set of duplicates as a development set, across languages: a
country's page read in its own script (regime and role in Russian, Arabic and Chinese), the
words clearing-house titles carry in those scripts (reading tables), and the check that keeps
two roles of one country apart whatever their readings share."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.arabic import english as arabic_english
from matching.duplicates import _roles_apart, dup_features, page_match, parse_reason, title_match
from matching.scripts import chinese, russian
from tests.matching.helpers import rec


def test_nineteenth_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout19.py, written blind by someone else. Measured as
    held out on main: recall 0.674, then 0.696 (32 of 46; one language 17 of 23, translations
    15 of 23), precision 1.00. As a development set: recall 0.83 (38 of 46; one language 18,
    translations 20), precision 1.00 on the labelled pairs and on every pair of the set."""
    from tests.matching.assistance import measure_nineteenth_heldout

    got = measure_nineteenth_heldout(tmp_path_factory.mktemp("held19") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 46 and labelled["precision"] >= 0.99, labelled
    assert labelled["recall"] >= 0.8 and every["recall"] >= 0.8, every
    assert every["precision"] >= 0.99, every


def _page(rid: str, node: str, title: dict[str, str], **kw: Any) -> Any:
    kw.setdefault("type", "contact-point")
    kw.setdefault("date", "")
    return dup_features(rec(rid, kw.pop("type"), node, title=title, **kw).to_dict())


# ---- a country's page in its own script --------------------------------------------------------
def test_a_page_in_arabic_is_read_for_its_regime_and_role() -> None:
    english = _page("a", "cites", {"en": "CITES Scientific Authority: Jordan"}, countries=["JO"])
    arabic = _page("b", "jo-chm", {"ar": "السلطة العلمية لاتفاقية سايتس"}, countries=["JO"])
    management = _page(
        "c", "cites2", {"en": "CITES Management Authority: Jordan"}, countries=["JO"]
    )
    assert arabic.roles == ("g:cites", "r:sa")
    why = title_match(english, arabic)
    assert why is not None and parse_reason(why)["code"] == "same-page"
    # the other authority of the same country: apart, whatever words the readings share
    assert _roles_apart(arabic, management) and title_match(arabic, management) is None
    assert title_match(management, arabic) is None


def test_a_profile_in_russian_or_chinese_is_read_for_its_regime() -> None:
    english = _page(
        "a",
        "abs-ch",
        {"en": "ABS country profile: Kyrgyzstan"},
        type="national-profile",
        countries=["KG"],
    )
    ru = _page(
        "b",
        "kg-chm",
        {
            "ru": "Профиль страны по доступу к генетическим ресурсам и совместному использованию выгод"
        },
        type="national-profile",
        countries=["KG"],
    )
    bch = _page(
        "c",
        "kg-chm2",
        {"ru": "Профиль страны в Механизме посредничества по биобезопасности"},
        type="national-profile",
        countries=["KG"],
    )
    zh = _page(
        "d", "cn-chm", {"zh": "获取和惠益分享国家概况"}, type="national-profile", countries=["CN"]
    )
    assert ru.roles == ("g:abs",) and bch.roles == ("g:bch",) and zh.roles == ("g:abs",)
    assert page_match(english, ru) is not None and page_match(ru, english) is not None
    assert page_match(ru, bch) is None and title_match(ru, bch) is None
    assert page_match(english, zh) is None  # another country's profile


@given(
    st.sampled_from(["السلطة العلمية", "السلطة الإدارية", "جهة الاتصال"]),
    st.sampled_from(["Scientific Authority", "Management Authority", "focal point"]),
)
def test_arabic_and_english_pages_join_only_for_one_role(ar_role: str, en_role: str) -> None:
    same = {
        "السلطة العلمية": "Scientific Authority",
        "السلطة الإدارية": "Management Authority",
        "جهة الاتصال": "focal point",
    }[ar_role] == en_role
    a = _page("a", "cites", {"en": f"CITES {en_role}: Kuwait"}, countries=["KW"])
    b = _page("b", "kw-chm", {"ar": f"{ar_role} لاتفاقية سايتس"}, countries=["KW"])
    assert (page_match(a, b) is not None) == same
    assert _roles_apart(a, b) == _roles_apart(b, a) == (not same)


# ---- reading tables ----------------------------------------------------------------------------
def test_the_reading_tables_read_the_words_of_titles_in_other_scripts() -> None:
    assert russian("Инвентаризация запасов устаревших пестицидов") == (
        "inventory stockpiles obsolete pesticides"
    )
    assert "network" in russian("Совещание сети по озону") and "ozone" in russian("озону")
    assert russian("сентябрь") == "September" and russian("ООН") == "United Nations"
    assert russian("Резюме для директивных органов") == "summary policymakers"
    assert chinese("决策者摘要") == "summary for policymakers"
    assert chinese("亚太地区电子废物") == "Asia Pacific e-waste"
    assert arabic_english("تعدين الذهب الحرفي والصغير النطاق") == (
        "mining gold artisanal small-scale"
    )
    assert arabic_english("التقرير النهائي عن أنشطة التمكين لتعديل كيغالي") == (
        "report final activities enabling amendment Kigali"
    )


def test_a_russian_translation_whose_words_the_table_now_holds(vocab: Any) -> None:
    en = dup_features(
        rec(
            "a",
            "document",
            "informea",
            title={
                "en": "Inventory of obsolete pesticide stockpiles and burial sites in Kyrgyzstan"
            },
            countries=["KG"],
            date="2024",
        ).to_dict(),
        vocab,
    )
    ru = dup_features(
        rec(
            "b",
            "document",
            "kg-chm",
            title={
                "ru": "Инвентаризация запасов устаревших пестицидов и мест захоронения в Кыргызстане"
            },
            publisher_country="KG",
        ).to_dict(),
        vocab,
    )
    other = dup_features(
        rec(
            "c",
            "document",
            "kg-chm2",
            title={"ru": "Национальный план выполнения Стокгольмской конвенции, Кыргызстан"},
            publisher_country="KG",
        ).to_dict(),
        vocab,
    )
    assert title_match(en, ru) is not None and title_match(ru, en) is not None
    assert title_match(en, other) is None


def test_a_chinese_title_reads_its_month_and_two_months_stay_apart(vocab: Any) -> None:
    assert chinese("培训班（2026年4月，北京）") == "training course 2026 April Beijing"
    assert chinese("2026年12月") == "2026 December"

    def event(rid: str, node: str, title: dict[str, str], **kw: Any) -> Any:
        return dup_features(
            rec(rid, "event", node, title=title, date="2026", **kw).to_dict(), vocab
        )

    zh = event(
        "a",
        "cn-chm",
        {"zh": "亚太地区危险废物环境无害化管理区域讲习班（2026年6月，北京）"},
        publisher_country="CN",
    )
    june = event(
        "b",
        "brs",
        {
            "en": "Regional workshop on the environmentally sound management of hazardous waste for Asia and the Pacific, Beijing, 8-10 June 2026"
        },
        countries=["CN"],
    )
    november = event(
        "c",
        "brs2",
        {
            "en": "Regional workshop on the environmentally sound management of hazardous waste for Asia and the Pacific, Beijing, 2-4 November 2026"
        },
        countries=["CN"],
    )
    assert title_match(zh, june) is not None
    assert title_match(zh, november) is None and title_match(november, zh) is None


def test_a_cbd_focal_point_in_other_words_and_the_chm_focal_point_apart() -> None:
    cbd = _page("a", "cbd-chm", {"en": "CBD national focal point: Seychelles"}, countries=["SC"])
    own = _page(
        "b",
        "sc-chm",
        {"en": "Our focal point for the biodiversity convention"},
        publisher_country="SC",
    )
    fr = _page(
        "c",
        "sc-chm2",
        {"fr": "Point focal national de la Convention sur la diversité biologique"},
        publisher_country="SC",
    )
    chm = _page(
        "d",
        "sc-chm3",
        {"en": "CBD focal point for the clearing-house mechanism: Seychelles"},
        countries=["SC"],
    )
    assert cbd.roles == own.roles == fr.roles == ("g:cbd", "r:nfp")
    assert chm.roles == ("g:chm", "r:nfp")  # the CHM is the Convention's: its own regime
    assert page_match(cbd, own) is not None and page_match(cbd, fr) is not None
    assert title_match(cbd, chm) is None and title_match(own, chm) is None


def test_a_national_ozone_unit_in_other_words() -> None:
    nou = _page("a", "ozone", {"en": "National Ozone Unit: Tonga"}, countries=["TO"])
    own = _page("b", "to-chm", {"en": "Ozone office (Nuku'alofa)"}, publisher_country="TO")
    es = _page("c", "ozone-es", {"es": "Unidad Nacional de Ozono: Tonga"}, countries=["TO"])
    other = _page("d", "to-chm2", {"en": "Ozone office (Apia)"}, publisher_country="WS")
    assert own.roles == nou.roles == es.roles == ("g:ozone", "r:nou")
    assert page_match(nou, own) is not None and page_match(es, nou) is not None
    assert page_match(nou, other) is None  # another country's office
