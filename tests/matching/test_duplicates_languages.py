# ruff: noqa: E501  (hand-written titles read best on one line)
"""Duplicates found across languages: the lexicon's senses, the key in no language, creators
written in two languages, Arabic titles, titles said whole and in part, and clusters that
never join two countries' records."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.arabic import english, is_arabic
from matching.duplicates import (
    Components,
    _creators_agree,
    _numbers,
    _translated_name,
    build_clusters,
    dup_features,
    encode_reason,
    lexicon_match,
    lexicon_senses,
    subset_match,
    title_keys,
    title_match,
    title_tokens,
)
from tests.matching.helpers import rec


def _f(rid: str, node: str, title: dict[str, str], vocab: Any = None, **kw: Any) -> Any:
    kw.setdefault("date", "2022")
    return dup_features(
        rec(rid, kw.pop("type", "document"), node, title=title, **kw).to_dict(), vocab
    )


def _senses(text: str) -> dict[str, set[str]]:
    from matching.duplicates import _stem

    return lexicon_senses([_stem(t) for t in title_tokens(text)])


def test_a_word_and_its_translation_share_a_sense_phrases_whole() -> None:
    fr, en = _senses("zones humides urbaines"), _senses("urban wetlands")
    assert fr["zone"] & en["wetland"] and fr["humide"] & en["wetland"]
    assert fr["urbaine"] & en["urban"]
    # entries are not joined through a variant they share: French "application" is both
    # *implementation* and *request*, which stay two senses
    assert not _senses("implementation")["implementation"] & _senses("request")["request"]


def test_organisations_named_in_two_languages_are_one_creator() -> None:
    assert _translated_name(
        "ministerio de ambiente y desarrollo sostenible",
        "ministry of environment and sustainable development",
    )
    assert not _translated_name(
        "ministerio de agricultura y ganaderia",
        "ministry of environment and sustainable development",
    )


def test_creators_apart_only_when_they_can_be_told_apart() -> None:
    en = _f("a", "n1", {"en": "National strategy on invasive alien species"}, creators=["ICCM5"])
    fr = _f(
        "b",
        "n2",
        {"fr": "Stratégie nationale sur les espèces exotiques envahissantes"},
        creators=["Conférence internationale sur la gestion des produits chimiques"],
    )
    en2 = _f(
        "c",
        "n2",
        {"en": "National strategy on invasive alien species"},
        creators=["Conférence internationale sur la gestion des produits chimiques"],
    )
    assert _creators_agree(en, fr) is None  # an acronym and a name in two languages: unknown
    assert _creators_agree(en, en2) is False  # one language: two creators
    unep = _f("d", "n1", {"en": "Global waste outlook"}, creators=["UNEP"])
    fao = _f("e", "n2", {"fr": "Perspectives mondiales des déchets"}, creators=["FAO"])
    assert _creators_agree(unep, fao) is False  # two organisations the table knows


def test_a_title_and_its_translation_share_a_key_in_no_language(vocab: Any) -> None:
    fr = _f("a", "fr-chm", {"fr": "Stratégie nationale de biodiversité 2021"}, vocab, date="2021")
    en = _f("b", "cbd", {"en": "National biodiversity strategy 2021"}, vocab, date="2021")
    shared = set(title_keys(fr)) & set(title_keys(en))
    assert any(k.startswith("g|document|2021|") for k in shared)


def test_translated_titles_match_through_the_lexicon(vocab: Any) -> None:
    es = _f(
        "a",
        "sv-chm",
        {"es": "Apoyo para el monitoreo del mercurio en la cuenca del río Caroní"},
        vocab,
        type="need",
        date="2024",
    )
    en = _f(
        "b",
        "mercury",
        {"en": "Mercury monitoring in the Caroní river basin"},
        vocab,
        type="need",
        date="2024",
        countries=["VE"],
    )
    assert title_match(es, en) is not None
    # another basin is another request
    other = _f(
        "c",
        "mercury",
        {"en": "Mercury monitoring in the Cuyuni river basin"},
        vocab,
        type="need",
        date="2024",
        countries=["VE"],
    )
    assert title_match(es, other) is None


def test_a_subject_apart_on_each_side_is_two_items(vocab: Any) -> None:
    """Each title keeps a word the lexicon knows that the other lacks: risk assessment and
    detection are two training manuals, whatever the other words share."""
    es = _f(
        "a",
        "bch-es",
        {
            "es": "Manual de capacitación sobre la evaluación del riesgo de organismos vivos modificados"
        },
        vocab,
        creators=["SCBD"],
    )
    en = _f(
        "b",
        "bch",
        {"en": "Training manual on the detection of living modified organisms"},
        vocab,
        creators=["SCBD"],
    )
    assert title_match(es, en) is None and title_match(en, es) is None


@given(st.integers(2000, 2030), st.integers(2000, 2030))
def test_translations_with_other_numbers_are_two_items(y1: int, y2: int) -> None:
    a = _f(
        "a",
        "n1",
        {"en": f"Regional training course on coral reef restoration, {y1}"},
        type="support-source",
        date="2025",
    )
    b = _f(
        "b",
        "n2",
        {"es": f"Curso regional de capacitación en restauración de arrecifes coralinos, {y2}"},
        type="support-source",
        date="2025",
    )
    got = lexicon_match(a, b)
    assert (got is None) if y1 != y2 else (got is not None or title_match(a, b) is not None)


def test_roman_numerals_are_numbers() -> None:
    assert _numbers(["project", "ii"]) == _numbers(["phase", "2"]) == frozenset({"2"})
    assert _numbers(["phase", "i"]) != _numbers(["phase", "ii"])


def test_arabic_titles_are_read_in_english() -> None:
    assert is_arabic("التقرير الوطني الأول") and not is_arabic("Rapport national")
    assert (
        english("التقرير الوطني الأول عن تنفيذ بروتوكول ناغويا")
        == "report national first implementation protocol Nagoya"
    )
    assert (
        english("الاستراتيجية الوطنية وخطة العمل للتنوع البيولوجي")
        == "strategy national action plan biodiversity"
    )
    assert english("Rapport national") == "rapport national"  # other scripts: folded only


def test_an_arabic_copy_says_whose_it_is_by_its_description(vocab: Any) -> None:
    title = {"ar": "المساعدة التقنية لإنشاء سجل وطني لمولدي النفايات الخطرة"}
    iq = _f(
        "a",
        "iq-chm",
        title,
        vocab,
        type="need",
        date="2024",
        description={"ar": "تطلب وزارة البيئة العراقية المساعدة في تصميم سجل."},
    )
    ye = _f(
        "b",
        "ye-chm",
        title,
        vocab,
        type="need",
        date="2024",
        description={"ar": "تطلب الهيئة العامة لحماية البيئة في اليمن المساعدة."},
    )
    assert iq.places == {"IQ"} and ye.places == {"YE"}
    assert title_match(iq, ye) is None


def test_a_title_and_a_longer_one_saying_all_of_it() -> None:
    long_ = _f(
        "a",
        "basel",
        {
            "en": "Report of the Open-ended Working Group of the Basel Convention on the work of its fourteenth meeting"
        },
        date="2024",
        creators=["Secretariat of the Basel, Rotterdam and Stockholm Conventions"],
    )
    short = _f(
        "b",
        "informea",
        {"en": "OEWG-14 report - Basel Convention"},
        date=None,
        creators=["Basel Convention Secretariat"],
    )
    assert subset_match(long_, short) is not None
    draft = _f(
        "c",
        "basel",
        {
            "en": "Draft report of the Open-ended Working Group of the Basel Convention on the work of its fourteenth meeting"
        },
        date="2024",
        creators=["Basel Convention Secretariat"],
    )
    other = _f(
        "d",
        "informea",
        {"en": "OEWG-13 report - Basel Convention"},
        date="2024",
        creators=["Basel Convention Secretariat"],
    )
    assert subset_match(draft, short) is None and title_match(long_, other) is None
    regional = _f(
        "e",
        "ffem",
        {
            "fr": "Programme de Petites Initiatives : appel à projets 2025 pour les îles de l'océan Indien"
        },
        date="2025",
        creators=["FFEM"],
    )
    general = _f(
        "f",
        "cbd-fr",
        {"fr": "Programme de Petites Initiatives : appel à projets 2025"},
        date="2025",
        creators=["FFEM"],
    )
    assert subset_match(regional, general) is None


def test_clusters_never_join_two_countries_records_by_title() -> None:
    """A copy without a country may meet the same text published for two countries; it
    joins the first, never both."""
    why = encode_reason("similar-subject", languages=["ar", "en"], topics=[], countries=[],
                        regions=[], numbers=[], same_creator=False, year=2024)  # fmt: skip
    edges = [("ar", "sd", why), ("ar", "er", why)]
    countries = {"sd": frozenset({"SD"}), "er": frozenset({"ER"})}
    got = build_clusters(edges, countries=countries)
    assert [x for x in ("sd", "er") if got.get(x) == got["ar"]] in (["sd"], ["er"])
    # an operator's allow is applied whatever the countries
    assert build_clusters(edges, allows=[("sd", "er")], countries=countries)["er"] == "ar"
    # without country fields, as before
    assert len(set(build_clusters(edges).values())) == 1


def test_clusters_never_join_two_years_by_title() -> None:
    """An undated copy may meet a sheet's 2006 designation and its 2024 update (each compared
    with it alone); it joins one of them, never both, unless an identifier says so."""
    why = encode_reason("similar-title", score=0.8, countries=[], year=None)
    edges = [("undated", "y2006", why), ("undated", "y2024", why)]
    years = {"y2006": 2006, "y2024": 2024}
    got = build_clusters(edges, years=years)
    assert [x for x in ("y2006", "y2024") if got.get(x) == got["undated"]] in (
        ["y2006"],
        ["y2024"],
    )
    # an operator's allow is applied whatever the years
    allowed = build_clusters(edges, allows=[("y2006", "y2024")], years=years)
    assert len(allowed) == 3 and len(set(allowed.values())) == 1
    same_year = {"y2006": 2024, "y2024": 2024}
    assert len(set(build_clusters(edges, years=same_year).values())) == 1


@given(
    st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=25),
    st.dictionaries(st.integers(0, 7), st.integers(2000, 2003), max_size=8),
)
def test_no_cluster_holds_two_years(pairs: list[tuple[int, int]], dated: dict[int, int]) -> None:
    years = {str(i): y for i, y in dated.items()}
    comps = Components(years=years)
    for a, b in pairs:
        comps.union(str(a), str(b))
    by_cluster: dict[str, set[int]] = {}
    for rid, cid in comps.clusters().items():
        if rid in years:
            by_cluster.setdefault(cid, set()).add(years[rid])
    assert all(len(got) == 1 for got in by_cluster.values())


@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=25))
def test_no_cluster_holds_two_disjoint_country_fields(pairs: list[tuple[int, int]]) -> None:
    fields = {str(i): frozenset({"GH" if i % 3 == 0 else "SN"}) for i in range(8) if i % 3 != 2}
    comps = Components(countries=fields)
    for a, b in pairs:
        comps.union(str(a), str(b))
    by_cluster: dict[str, set[frozenset[str]]] = {}
    for rid, cid in comps.clusters().items():
        if rid in fields:
            by_cluster.setdefault(cid, set()).add(fields[rid])
    assert all(len(got) == 1 for got in by_cluster.values())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            {"fr": "Stratégie nationale et plan d'action pour la biodiversité 2025-2030"},
            {"ar": "الاستراتيجية الوطنية وخطة العمل للتنوع البيولوجي 2025-2030"},
        ),
        (
            {"en": "Sudan: first national report on the implementation of the Nagoya Protocol"},
            {"ar": "التقرير الوطني الأول عن تنفيذ بروتوكول ناغويا"},
        ),
    ],
)
def test_arabic_copies_share_a_key_with_their_translation(
    vocab: Any, a: dict[str, str], b: dict[str, str]
) -> None:
    fa, fb = _f("a", "n1", a, vocab, date="2025"), _f("b", "n2", b, vocab, date="2025")
    assert set(title_keys(fa)) & set(title_keys(fb))


def test_a_request_said_shorter_with_its_asking_words() -> None:
    """A national node's shorter copy of a request, undated, with "appui recherché": the
    words that ask are no part of the subject, and the city both name ties them."""
    long_ = _f(
        "a",
        "cbd-fr",
        {"fr": "Appui à la cartographie et à l'inventaire des zones humides urbaines de Kigali"},
        type="need",
        date="2024",
        countries=["RW"],
    )
    short = _f(
        "b",
        "rw-chm",
        {"fr": "Cartographie des zones humides de Kigali : appui recherché"},
        type="need",
        date=None,
    )
    other = _f(
        "c",
        "bi-chm",
        {"fr": "Cartographie des zones humides de Bujumbura : appui recherché"},
        type="need",
        date=None,
    )
    assert subset_match(long_, short) is not None
    assert subset_match(long_, other) is None and title_match(long_, other) is None


@given(st.text(alphabet=st.sampled_from("الوطنيةتقريرخطعمب 0123456789-:éa"), max_size=60))
def test_any_arabic_text_is_read_without_failing(text: str) -> None:
    got = english(text)
    assert isinstance(got, str) and "  " not in got
    features = dup_features(rec("a", "document", "n1", title={"ar": text or "x"}).to_dict())
    assert features.id == "n1:a"


@given(
    st.lists(
        st.sampled_from(
            ["zone", "humide", "wetland", "protected", "area", "aire", "protegee", "x"]
        ),
        max_size=8,
    )
)
def test_senses_are_given_only_to_the_words_of_the_run(words: list[str]) -> None:
    got = lexicon_senses(words)
    assert set(got) <= set(words) and all(
        s and all(x.startswith("x:") for x in s) for s in got.values()
    )


def test_a_name_written_as_one_word_or_two_is_one_name() -> None:
    a = _f(
        "a",
        "cbd-es",
        {"es": "Curso regional de identificación de murciélagos de Centroamérica, 2025"},
        type="support-source",
        date="2025",
        countries=["CR"],
    )
    b = _f(
        "b",
        "catie",
        {"es": "Curso Regional: Identificacion de Murcielagos de Centro America (edicion 2025)"},
        type="support-source",
        date="2025",
    )
    c = _f(
        "c",
        "catie",
        {"es": "Curso Regional: Identificacion de Murcielagos de Sudamerica (edicion 2025)"},
        type="support-source",
        date="2025",
    )
    assert title_match(a, b) is not None and title_match(b, c) is None
