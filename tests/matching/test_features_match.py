"""Features and scoring on small hand-made records."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from matching.explain import explain
from matching.features import extract, support_types
from matching.match import Hierarchy, rank, score_pair
from tests.matching.helpers import R, T, rec


def feats(r: Any, vocab: Any = None) -> Any:
    f = extract(r.to_dict(), vocab)
    assert f is not None
    return f


def test_support_types_title_wins_over_description() -> None:
    r = rec(
        "x",
        title={"en": "Equipment needed for mercury monitoring"},
        description={"en": "Identified needs: training of trainers."},
    )
    assert support_types(r.to_dict(), stated_only=True) == ("equipment",)


def test_support_types_from_support_line_in_french() -> None:
    r = rec(
        "x",
        type="support-source",
        title={"fr": "Offre d'appui technique pour le mercure"},
        description={"fr": "Le FEM propose un appui.\nType d'appui : financement"},
    )
    # the title tier ("appui technique") wins over the support line
    assert support_types(r.to_dict()) == ("expertise",)
    r2 = rec(
        "y",
        type="support-source",
        title={"es": "Oferta para el mercurio"},
        description={"es": "Apoyo.\nTipo de apoyo: capacitación"},
    )
    assert support_types(r2.to_dict()) == ("training",)


def test_generic_need_asks_for_no_particular_support() -> None:
    r = rec("x", title={"en": "Request for assistance: mercury inventory"}, subjects=["Training"])
    assert feats(r).support == ()


def test_offer_eligibility_parsed_from_description(vocab: Any) -> None:
    r = rec(
        "o",
        type="support-source",
        countries=["GB"],
        description={
            "en": "UNEP offers support.\nType of support: training\n"
            "Eligible countries: West Africa, Kenya, Peru"
        },
    )
    f = feats(r, vocab)
    assert set(f.countries) == {"KE", "PE"}  # the line says who is eligible, not the provider
    assert R + "western-africa" in f.regions
    assert R + "africa" not in f.regions  # an offer covers what it names, not the continent
    assert {"SN", "GH", "KE", "PE"} <= set(f.eligible) and "GB" not in f.eligible


def test_need_placed_where_its_title_says(vocab: Any) -> None:
    r = rec("n", countries=["FR"], title={"en": "Request for expertise on biosafety — Mali"})
    assert feats(r, vocab).countries == ("ML",)


def test_other_types_are_not_matched() -> None:
    assert extract(rec("d", type="document").to_dict()) is None
    assert extract({**rec("n").to_dict(), "deleted": True}) is None


def test_narrower_need_matches_broader_offer(vocab: Any) -> None:
    need = feats(
        rec(
            "n",
            concepts=["asgm"],
            countries=["SN"],
            title={"en": "Request for training: mercury in artisanal gold mining"},
        ),
        vocab,
    )
    offer = feats(
        rec(
            "o",
            type="support-source",
            concepts=["mercury"],
            languages=["fr"],
            title={"en": "Offer of training: mercury"},
            description={"en": "x\nEligible countries: West Africa"},
        ),
        vocab,
    )
    m = score_pair(need, offer, Hierarchy(vocab))
    assert m is not None and m.score > 0.7
    assert m.why["shared"] == [T + "mercury"] and m.why["support"] == ["training"]
    ranked = rank(need, [offer], Hierarchy(vocab))
    text = explain(ranked[0].why, "en", vocab)
    assert text == (
        "shares: mercury, training; Senegal is eligible: in Western Africa;"
        " offers training in French"
    )
    fr = explain(ranked[0].why, "fr", vocab)
    assert fr.startswith(
        "en commun : mercure, formation ; Sénégal éligible : en Afrique occidentale"
    )


def test_no_shared_topic_is_no_match(vocab: Any) -> None:
    need = feats(rec("n", concepts=["biosafety"]), vocab)
    offer = feats(rec("o", type="project", concepts=["mercury"]), vocab)
    assert score_pair(need, offer, Hierarchy(vocab)) is None


def test_ineligible_offer_is_never_a_match(vocab: Any) -> None:
    need = feats(rec("n", concepts=["pesticides"], countries=["PE"]), vocab)
    near = feats(rec("o1", type="support-source", concepts=["pesticides"], countries=["PE"]), vocab)
    far = feats(rec("o2", type="support-source", concepts=["pesticides"], countries=["IN"]), vocab)
    assert [m.id for m in rank(need, [far, near], Hierarchy(vocab))] == [near.id]
    assert [m.id for m in rank(far, [need], Hierarchy(vocab))] == []  # reverse direction too


def test_reverse_direction_offer_sees_needs(vocab: Any) -> None:
    offer = feats(rec("o", type="support-source", concepts=["mercury"]), vocab)
    need = feats(rec("n", concepts=["asgm"]), vocab)
    got = rank(offer, [need], Hierarchy(vocab))
    assert [m.id for m in got] == [need.id]
    assert explain(got[0].why, "es", vocab, asks=True).startswith("comparte: mercurio")


def test_works_without_vocabulary_on_subjects() -> None:
    need = feats(rec("n", subjects=["Mercury"], countries=["SN"]))
    offer = feats(rec("o", type="project", subjects=["mercury"], countries=["SN"]))
    m = score_pair(need, offer, Hierarchy(None))
    assert m is not None and m.why["shared"] == ["kw:mercury"]
    assert explain(m.why, "en").startswith("shares: mercury; covers: Senegal")


text_or_none = st.one_of(st.none(), st.text(max_size=40))


@settings(max_examples=150, deadline=None)
@given(
    rtype=st.sampled_from(["need", "support-source", "project", "document", None, ""]),
    title=st.dictionaries(st.sampled_from(["en", "fr", "und", ""]), st.text(max_size=60)),
    desc=st.dictionaries(st.sampled_from(["en", "es"]), st.text(max_size=120)),
    countries=st.lists(st.text(max_size=3), max_size=3),
    subjects=st.lists(st.text(max_size=20), max_size=4),
    date=text_or_none,
)
def test_any_record_gives_features_or_none(
    rtype: Any, title: Any, desc: Any, countries: Any, subjects: Any, date: Any
) -> None:
    data = {
        "id": "n:x",
        "node": "n",
        "type": rtype,
        "title": title,
        "description": desc,
        "countries": countries,
        "subjects": subjects,
        "date": date,
    }
    f = extract(data)
    if rtype in ("need", "support-source", "project"):
        assert f is not None and f.role in ("need", "offer")
        assert set(f.support) <= {"funding", "training", "expertise", "equipment"}
        m = score_pair(f, f, Hierarchy(None))
        assert m is None or 0 <= m.score <= 1
    else:
        assert f is None


def _ancestors_by_walk(vocab: Any, uri: str, depth: int) -> dict[str, int]:
    """Broader concepts below the top level within ``depth`` levels, by a plain walk."""
    out: dict[str, int] = {}
    frontier = [uri]
    for d in range(1, depth + 1):
        frontier = [b for u in frontier for b in vocab.concepts[u].broader if b in vocab.concepts]
        for b in frontier:
            if b != uri and vocab.concepts[b].broader:
                out.setdefault(b, d)
    return out


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_hierarchy_ancestors_do_not_depend_on_call_order(vocab: Any, data: Any) -> None:
    deep = sorted(u for u in vocab.concepts if 2 in _ancestors_by_walk(vocab, u, 3).values())
    assert deep, "the thesaurus has concepts two levels below the top"
    calls = data.draw(
        st.lists(st.tuples(st.sampled_from(deep), st.sampled_from([1, 2, 3])), min_size=1)
    )
    hier = Hierarchy(vocab)
    for uri, depth in calls:
        assert hier.ancestors(uri, depth) == _ancestors_by_walk(vocab, uri, depth)
    uri = calls[0][0]
    assert set(hier.ancestors(uri, 1)) < set(hier.ancestors(uri, 3))
