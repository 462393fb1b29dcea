# ruff: noqa: E501  (hand-written titles read best on one line)
"""Duplicates across scripts and across nodes' wordings of one page: Russian and Chinese titles
read in English words, Portuguese words read through the Spanish lexicon, and one country's
profile or contact point published by two nodes (matching.scripts, page_match)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from matching.duplicates import (
    as_spanish,
    dup_features,
    page_match,
    parse_reason,
    title_keys,
    title_match,
)
from matching.scripts import chinese, english, is_other_script, russian
from tests.matching.helpers import rec


def _f(rid: str, node: str, title: dict[str, str], vocab: Any = None, **kw: Any) -> Any:
    kw.setdefault("date", "2024")
    return dup_features(
        rec(rid, kw.pop("type", "document"), node, title=title, **kw).to_dict(), vocab
    )


def test_russian_titles_are_read_in_english_words() -> None:
    assert is_other_script("Национальный доклад") and not is_other_script("Rapport national")
    assert (
        russian(
            "Стратегия по сохранению и устойчивому использованию биологического разнообразия Республики Беларусь на 2021–2030 годы"
        )
        == "strategy conservation sustainable use biological diversity republic Belarus 2021 2030"
    )
    # a two-word entry first; a name the list lacks in Latin letters, an adjective's ending off
    assert russian("Доклад Конференции Сторон") == "report conference of the parties"
    assert russian("Восстановление лесов Аральского моря") == "restoration forests aral sea"
    assert russian("Семинар в Алматы") == "workshop almaty"


def test_chinese_titles_are_read_in_english_words() -> None:
    assert (
        chinese("中国生物多样性保护战略与行动计划（2023—2030年）")
        == "China biodiversity conservation strategy action plan 2023 2030"
    )
    assert (
        chinese("关于持久性有机污染物的斯德哥尔摩公约缔约方大会第十一次会议工作报告")
        == "persistent organic pollutants Stockholm convention conference of the parties 11 meeting work report"
    )
    # characters no entry holds stay together: a name meets itself in another Chinese title
    assert chinese("西双版纳国家公园") == "西双版纳 national park"
    assert english("Rapport national") == "Rapport national"


@given(
    st.text(
        alphabet=st.sampled_from(
            "Национальйдокпрсгтв中国生物多样性保护第十一次年的 0123456789-:éa"
        ),
        max_size=60,
    )
)
def test_any_russian_or_chinese_text_is_read_without_failing(text: str) -> None:
    got = english(text)
    assert isinstance(got, str) and "  " not in got.strip()
    features = dup_features(rec("a", "document", "n1", title={"ru": text or "x"}).to_dict())
    assert features.id == "n1:a"


def test_a_russian_translation_is_its_english_original(vocab: Any) -> None:
    en = _f(
        "a",
        "cbd-chm",
        {
            "en": "Strategy for the Conservation and Sustainable Use of Biological Diversity of the Republic of Belarus for 2021-2030"
        },
        vocab,
        countries=["BY"],
    )
    ru = _f(
        "b",
        "by-chm",
        {
            "ru": "Стратегия по сохранению и устойчивому использованию биологического разнообразия Республики Беларусь на 2021–2030 годы"
        },
        vocab,
    )
    other = _f(
        "c",
        "am-chm",
        {
            "ru": "Стратегия по сохранению и устойчивому использованию биологического разнообразия Республики Армения на 2021–2030 годы"
        },
        vocab,
    )
    assert title_match(en, ru) is not None
    assert set(title_keys(en)) & set(title_keys(ru))
    assert title_match(en, other) is None and title_match(ru, other) is None


def test_portuguese_words_meet_the_lexicon_through_spanish() -> None:
    assert as_spanish("implementacao") == "implementacion"
    assert as_spanish("sustentabilidade") == "sustentabilidad"
    assert as_spanish("eletronico") == "electronico"
    assert as_spanish("gestao") == "gestion"
    assert as_spanish("plano") == "plan" and as_spanish("report") == "report"


def _page(rid: str, node: str, title: dict[str, str], **kw: Any) -> Any:
    kw.setdefault("type", "national-profile")
    kw.setdefault("date", "")
    return _f(rid, node, title, **kw)


def test_one_countrys_profile_from_two_nodes_is_one_page() -> None:
    bch = _page(
        "a", "bch", {"en": "Biosafety Clearing-House country profile: Malawi"}, countries=["MW"]
    )
    national = _page(
        "b",
        "mw-chm",
        {"en": "Malawi on the BCH (EAD)"},
        description={"en": "Malawi's Cartagena Protocol page."},
    )
    why = title_match(bch, national)
    assert why is not None and parse_reason(why)["code"] == "same-page"
    assert set(title_keys(bch)) & set(title_keys(national))
    # another country's page, another regime's page: apart
    zambia = _page("c", "zm-chm", {"en": "Zambia on the BCH (ZEMA)"})
    abs_page = _page("d", "mw-chm2", {"en": "Malawi's access and benefit-sharing profile"})
    assert title_match(bch, zambia) is None and title_match(bch, abs_page) is None


def test_contact_points_join_only_for_one_role() -> None:
    fr = _page(
        "a",
        "abs-ch-fr",
        {"fr": "Correspondant national pour l'accès et le partage des avantages : Bénin"},
        type="contact-point",
        countries=["BJ"],
    )
    short = _page("b", "bj-chm", {"fr": "CN APA - Bénin (DGEFC)"}, type="contact-point")
    cna = _page(
        "c", "bj-chm2", {"fr": "Autorité nationale compétente APA : Bénin"}, type="contact-point"
    )
    cartagena = _page(
        "d",
        "bch-fr",
        {"fr": "Correspondant national pour le Protocole de Cartagena : Bénin"},
        type="contact-point",
        countries=["BJ"],
    )
    clearing = _page(
        "e",
        "bch-fr2",
        {
            "fr": "Correspondant national du Centre d'échange pour la prévention des risques biotechnologiques : Bénin"
        },
        type="contact-point",
        countries=["BJ"],
    )
    assert page_match(fr, short) is not None and page_match(short, fr) is not None
    assert page_match(fr, cna) is None  # a focal point is not the competent authority
    assert page_match(cartagena, clearing) is None  # the Protocol's focal point, the BCH's
    assert page_match(fr, cartagena) is None


@given(
    st.sampled_from(["BJ", "TG", "NE"]),
    st.sampled_from(["BJ", "TG", "NE"]),
    st.sampled_from(["national focal point", "competent national authority"]),
    st.sampled_from(["national focal point", "competent national authority"]),
)
def test_pages_meet_only_for_one_country_and_role(c1: str, c2: str, r1: str, r2: str) -> None:
    a = _page("a", "abs-ch", {"en": f"ABS {r1}"}, type="contact-point", countries=[c1])
    b = _page("b", "nat-chm", {"en": f"Nagoya Protocol {r2}"}, type="contact-point", countries=[c2])
    got = page_match(a, b)
    assert (got is not None) == (c1 == c2 and r1 == r2)
    assert (page_match(b, a) is not None) == (got is not None)


def test_a_sessions_report_named_by_its_acronym_and_in_words(vocab: Any) -> None:
    long_ = _f(
        "a",
        "brs",
        {
            "en": "Report of the Persistent Organic Pollutants Review Committee on the work of its eighteenth meeting"
        },
        vocab,
        date="2022",
    )
    short = _f("b", "informea", {"en": "POPRC-18 report - Stockholm Convention"}, vocab, date="")
    other = _f("c", "informea2", {"en": "POPRC-19 report - Stockholm Convention"}, vocab, date="")
    crc = _f("d", "informea3", {"en": "CRC-18 report - Rotterdam Convention"}, vocab, date="")
    assert title_match(long_, short) is not None
    assert title_match(long_, other) is None and title_match(long_, crc) is None


def test_a_creator_in_cyrillic_letters_is_not_told_apart_from_a_latin_one(vocab: Any) -> None:
    # a Russian title is compared as English, but its creator is not read: "Минприроды
    # России" is unknown against the ministry's English name, not another organisation
    from matching.duplicates import _creators_agree

    ru = _f("ru", "ru-chm", {"ru": "Национальный доклад о биоразнообразии"}, vocab,
            creators=["Минприроды России"])  # fmt: skip
    en = _f("en", "cbd-chm", {"en": "National report on biodiversity"}, vocab,
            creators=["Ministry of Natural Resources and Environment of the Russian Federation"])  # fmt: skip
    other = _f("o", "cbd-chm", {"en": "National report on biodiversity"}, vocab,
               creators=["Ministry of Ecology"])  # fmt: skip
    assert set(ru.titles) == set(en.titles) == {"en"}
    assert _creators_agree(ru, en) is None and _creators_agree(en, ru) is None
    assert _creators_agree(other, en) is False  # two Latin names in one language: apart
