# ruff: noqa: E501  (hand-written texts read best on one line)
"""Rule 8: one item reworded by a national node, found by what the records say (the rare
words of titles and descriptions, codes written in texts), and the near misses it keeps
apart (another place's copy of a template, another period, a sibling event)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from matching.duplicates import (
    CONTENT_WORDS,
    RARE_PREFIX,
    DupFeatures,
    content_features,
    content_match,
    dup_features,
    parse_reason,
    store_frequencies,
    title_keys,
    title_match,
)
from tests.matching.helpers import rec


def _f(rid: str, node: str, title: dict[str, str], desc: str, vocab: Any, **kw: Any) -> DupFeatures:
    lang = next(iter(title))
    r = rec(rid, kw.pop("type", "need"), node, title=title, description={lang: desc}, **kw)
    return dup_features(r.to_dict(), vocab)


REGIONAL = (
    "Support to survey wild yak herds in the Chang Tang highlands",
    "Nepal requests GPS collars, spotting scopes and training for the wardens of the Chang Tang "
    "to count the wild yak herds, map their calving grounds and record poaching near the Kora pass.\n"
    "Type of support: equipment, training",
)
NATIONAL = (
    "Wild yak counts - collars and warden training wanted",
    "The Department of National Parks seeks GPS collars and spotting scopes so that wardens can "
    "count the yak herds of Chang Tang, map calving grounds and report poaching at the Kora pass.\n"
    "Type of support: equipment, training",
)


def test_a_reworded_copy_is_found_by_what_it_says(vocab: Any) -> None:
    a = _f("a", "cbd-chm", {"en": REGIONAL[0]}, REGIONAL[1], vocab, date="2025", countries=["NP"])
    b = _f("b", "np-chm", {"en": NATIONAL[0]}, NATIONAL[1], vocab)  # no date, no country
    why = title_match(a, b)
    assert why is not None and parse_reason(why)["code"] == "similar-content"
    assert {"kora", "calving", "spottin"} <= set(a.rare) & set(b.rare)  # 7 letters compared
    assert set(title_keys(a)) & set(title_keys(b))  # compared although the titles differ
    assert title_match(b, a) is not None  # either way round


def test_another_places_copy_of_the_request_is_another_item(vocab: Any) -> None:
    a = _f("a", "cbd-chm", {"en": REGIONAL[0]}, REGIONAL[1], vocab, date="2025", countries=["NP"])
    other = _f(
        "c",
        "bt-chm",
        {"en": "Wild takin counts - collars and warden training wanted"},
        "The Department of Forests seeks GPS collars and spotting scopes so that wardens can count "
        "the takin herds of Jigme Dorji, map calving grounds and report poaching near Lingshi.\n"
        "Type of support: equipment, training",
        vocab,
    )
    assert title_match(a, other) is None


def test_field_lines_a_node_appends_say_nothing(vocab: Any) -> None:
    bare = {"title": {"en": "Wild yak counts"}, "description": {"en": "Counting wild yak."}}
    said = {**bare, "description": {"en": "Counting wild yak.\nType of support: xylophones"}}
    assert content_features(bare, vocab) == content_features(said, vocab)


def test_codes_in_texts_are_read_however_written(vocab: Any) -> None:
    _, spaced, *_ = content_features({"title": {"en": "PBR Cowpea (AAT 709A)"}}, vocab)
    _, joined, *_ = content_features({"title": {"en": "cowpea event AAT709A"}}, vocab)
    _, dashed, *_ = content_features({"title": {"en": "Maize MON-87411-9"}}, vocab)
    assert spaced == joined == ("aat709a",) and dashed == ("mon87411",)
    _, zeros, *_ = content_features({"title": {"es": "Trigo IND-ØØ412-7 (HB4)"}}, vocab)
    assert zeros == ("ind00412",)  # zeros written as letters
    _, none, *_ = content_features({"title": {"en": "COP15 and FY2025"}}, vocab)
    assert none == ()  # a session, a year: no event code


def test_sibling_events_and_other_periods_stay_apart(vocab: Any) -> None:
    text = "Approval of the drought tolerant maize {code} for the Limpopo and Mpumalanga farmers, after the trials at Grootfontein and Potchefstroom."
    one = _f(
        "a",
        "bch",
        {"en": "Decision on maize MON-87460-4"},
        text.format(code="MON-87460-4"),
        vocab,
        type="document",
        date="2016",
    )
    sib = _f(
        "b",
        "za-chm",
        {"en": "Maize approval"},
        text.format(code="MON-87411-9"),
        vocab,
        type="document",
    )
    assert content_match(one, sib) is None  # two codes of one series, none in common
    plan = "Management plan of the marine park: turtle nesting on Poilão, fishing zones of Meio and Cavalos, visitors."
    old = _f("a", "gw-chm", {"pt": "Plano de gestão 2013-2022"}, plan, vocab, type="document")
    new = _f("b", "ibap", {"pt": "Plano de gestão 2024-2033"}, plan, vocab, type="document")
    assert content_match(old, new) is None and title_match(old, new) is None


def test_rare_words_survive_the_stored_features(vocab: Any) -> None:
    a = _f("a", "np-chm", {"en": NATIONAL[0]}, NATIONAL[1], vocab)
    back = DupFeatures.from_json_dict(json.loads(json.dumps(a.to_json_dict())))
    assert back.rare == a.rare and back.text_codes == a.text_codes and a.rare


@given(st.text(max_size=300), st.text(max_size=300))
def test_content_features_read_any_text(title: str, desc: str) -> None:
    rare, codes, *_ = content_features({"title": {"en": title}, "description": {"en": desc}}, None)
    assert all(0 < len(w) <= RARE_PREFIX for w in rare) and len(set(rare)) == len(rare)
    assert all(c == c.lower() for c in codes)


_WORDS = "yak kora calving tangra lhasa wardens herds poaching"


@given(
    st.lists(st.sampled_from(_WORDS.split()), max_size=8),
    st.lists(st.sampled_from(_WORDS.split()), max_size=8),
)
def test_content_match_is_symmetric(xs: list[str], ys: list[str]) -> None:
    a = dup_features(
        rec("a", "need", "n1", title={"en": "One"}, description={"en": " ".join(xs)}).to_dict()
    )
    b = dup_features(
        rec("b", "need", "n2", title={"en": "Two"}, description={"en": " ".join(ys)}).to_dict()
    )
    assert (content_match(a, b) is None) == (content_match(b, a) is None)


def _event(
    rid: str, node: str, title: dict[str, str], day: str, vocab: Any, **kw: Any
) -> DupFeatures:
    r = rec(rid, "event", node, title=title, date=day, **kw)
    return dup_features(r.to_dict(), vocab)


def test_one_event_announced_by_two_nodes_on_its_day(vocab: Any) -> None:
    a = _event(
        "a",
        "basel-ch",
        {"en": "Regional workshop on e-waste inventories for Arab States, Amman, 2026"},
        "2026-03-09",
        vocab,
        countries=["JO"],
    )
    b = _event(
        "b",
        "jo-chm",
        {"en": "E-waste inventory workshop for the Arab region - Amman"},
        "2026-03-09",
        vocab,
    )
    why = title_match(a, b)
    assert why is not None and "e|event|2026-03-09" in set(title_keys(a)) & set(title_keys(b))
    later = _event(
        "c",
        "jo-chm",
        {"en": "E-waste inventory workshop for the Arab region - Amman"},
        "2026-03-10",
        vocab,
    )
    assert title_match(a, later) is None  # another day: not said to be the same


def test_the_same_days_workshop_for_another_region_is_another_event(vocab: Any) -> None:
    a = _event(
        "a",
        "basel-ch",
        {"en": "Regional workshop on e-waste inventories for Africa"},
        "2026-03-09",
        vocab,
    )
    b = _event(
        "b",
        "infocap",
        {"en": "Regional workshop on e-waste inventories for Asia and the Pacific"},
        "2026-03-09",
        vocab,
    )
    assert title_match(a, b) is None


def test_a_portuguese_title_and_its_translation_naming_the_country(vocab: Any) -> None:
    pt = _f(
        "a",
        "gw-chm",
        {"pt": "Restauração dos mangais do arquipélago dos Bijagós"},
        "Projeto com as comunidades de Bubaque e Orango para replantar o mangal.",
        vocab,
        type="project",
        date="2024",
    )
    en = _f(
        "b",
        "cbd-chm",
        {"en": "Restoration of the mangroves of the Bijagós archipelago (Guinea-Bissau)"},
        "Project with the communities of Bubaque and Orango to replant mangroves.",
        vocab,
        type="project",
        date="2024",
        countries=["GW"],
    )
    assert title_match(pt, en) is not None
    other = _f(
        "c",
        "cbd-chm",
        {"en": "Restoration of the mangroves of the Bijagós archipelago, phase 2 (Guinea-Bissau)"},
        "The second phase.",
        vocab,
        type="project",
        date="2024",
        countries=["GW"],
    )
    assert title_match(pt, other) is None  # another phase: numbers apart


def test_a_national_park_is_a_place_not_a_national_text(vocab: Any) -> None:
    park = _f(
        "a",
        "gn-chm",
        {"fr": "Appui au suivi des chimpanzés du parc national du Haut-Niger"},
        "Comptages de nids.",
        vocab,
    )
    report = _f("b", "gn-chm", {"fr": "Rapport national sur les chimpanzés"}, "Rapport.", vocab)
    assert not park.national and report.national


# ---- known words rare in the store, amounts, Russian texts -------------------------------------
SWAP = (
    "Grenada refinanced its commercial debt; the savings go to a trust for seagrass, mangroves and coastal resilience.",
    "The ministry tells how the savings from refinancing the debt pay for seagrass, mangroves and coastal resilience works.",
)


def test_a_word_of_the_lexicon_counts_when_few_records_of_the_store_say_it(vocab: Any) -> None:
    a = _f("a", "cbd-chm", {"en": "How a debt swap pays for the reefs of Grenada"}, SWAP[0], vocab,
           type="case-study", date="2024", countries=["GD"])  # fmt: skip
    b = _f("b", "gd-chm", {"en": "Debt swap: funding our reefs"}, SWAP[1], vocab, type="case-study")
    assert {"saving", "seagras", "mangrov"} <= set(a.known) & set(b.known)  # lexicon words
    assert len(set(a.rare) & set(b.rare)) < CONTENT_WORDS  # debt, refinanced, swap: too few
    assert title_match(a, b) is None  # no store's counts: known words never count
    with store_frequencies({}, 10_000):  # no other record says them
        why = title_match(a, b)
    assert why and parse_reason(why)["code"] == "similar-content"
    said_often = {w: 5_000 for w in (*a.known, *b.known)}
    with store_frequencies(said_often, 10_000):  # half the store says them: no evidence
        assert title_match(a, b) is None


def test_the_update_keeps_the_word_counts_a_full_recompute_gives(tmp_path: Any, vocab: Any) -> None:
    from mappings.record import Record
    from matching.evaluate import write_records
    from matching.store import read_word_counts
    from matching.update import recompute_all, update_after_run
    from store import Store
    from tests.matching.duplicates_heldout12 import RECORDS
    from vocabulary.enrich import enrich

    recs = [enrich(Record.from_dict(r), vocab) for r in RECORDS]
    first, later = recs[::2], recs[1::2]
    edited = [Record.from_dict({**r.to_dict(), "description": {"en": "Seagrass and mangroves."}})
              for r in first[:10]]  # fmt: skip
    inc = Store(tmp_path / "inc.sqlite")
    write_records(inc, first)
    recompute_all(inc, vocab)
    since = inc.records.max_seq()
    write_records(inc, [*later, *edited])
    inc.records.write(((r.id, r.node, True, r.to_json()) for r in first[10:15]), "2025-01-02")
    update_after_run(inc, vocab, since)
    full = Store(tmp_path / "full.sqlite")
    gone = {r.id for r in first[10:15]}
    final = {r.id: r for r in [*first, *later, *edited] if r.id not in gone}
    write_records(full, list(final.values()))
    recompute_all(full, vocab)
    got, want = read_word_counts(inc.conn), read_word_counts(full.conn)
    inc.close()
    full.close()
    assert got == want
    assert want[1] == len(final) and len(want[0]) > 100


def test_amounts_are_read_however_they_are_written(vocab: Any) -> None:
    rare, codes, *_ = content_features(
        {
            "description": {
                "en": "Up to 50,000 US dollars (50 000 $, 50.000 dólares) in 2025 for IND-00412-7; 1,250,000 in all."
            }
        },
        vocab,
    )
    assert {"#50000", "#1250000"} <= set(rare) and "#2025" not in rare and "#00412" not in rare
    assert codes == ("ind00412",)


def test_a_currency_names_no_country_of_a_record(vocab: Any) -> None:
    fr = _f(
        "a",
        "x",
        {"fr": "Appel à propositions"},
        "Subventions jusqu'à 50 000 dollars des États-Unis pour les associations.",
        vocab,
    )
    en = _f(
        "b",
        "x",
        {"en": "Call for proposals"},
        "Grants of up to 50,000 US dollars for associations of Ghana.",
        vocab,
    )
    assert fr.mentioned == () and en.mentioned == ("GH",)


def test_a_russian_text_is_read_in_latin_letters(vocab: Any) -> None:
    ru, _, names, _ = content_features(
        {
            "title": {"ru": "Тигровая балка"},
            "description": {"ru": "Заповедник на реке Вахш, у Припяти и Памира."},
        },
        vocab,
    )
    en, *_ = content_features(
        {
            "title": {"en": "Tigrovaya Balka"},
            "description": {"en": "The reserve on the Vakhsh, near Pripyat and the Pamir."},
        },
        vocab,
    )
    assert {"tigrov", "balk", "vakhsh", "pripiat", "pamir"} <= set(ru) & set(en)
    assert "pamir" in names


def test_events_of_one_day_whose_texts_say_what_few_say(vocab: Any) -> None:
    def event(rid: str, title: str, desc: str, day: str = "2026-05-12", **kw: Any) -> DupFeatures:
        r = rec(rid, "event", rid, title={"en": title}, description={"en": desc}, date=day, **kw)
        return dup_features(r.to_dict(), vocab)

    a = event("a", "International training course on integrated wetland management, 2026",
              "Two weeks for wetland managers, with field visits to the Gomishan and Fereydunkenar wetlands.",
              countries=["IR"])  # fmt: skip
    said = "Field trips to Gomishan and Fereydunkenar for the region's site staff."
    b = event("b", "RRC capacity building, May session", said)
    c = event("c", "RRC capacity building, May session", said, day="2026-05-13")
    with store_frequencies({}, 10_000):
        why = title_match(a, b)
        assert why and parse_reason(why)["code"] == "similar-content"
        assert title_match(a, c) is None  # another day: two names are not enough


BOGS = (
    "Restoring cutover bogs of the Shannon callows with local communities",
    "How the parks service, the state peat company and parish groups rewetted cutover bogs near "
    "Banagher and Clonmacnoise after peat extraction ended: blocking drains, reprofiling fields, "
    "reintroducing sphagnum, monitoring water tables, and training neighbours as bog guides.",
)
BOGS_SHORT = (
    "Callows bogs wet again",
    "Parks story: old peat fields near Banagher wet again; drains blocked, moss returning, locals guiding visitors.",
)


def test_a_national_nodes_short_copy_of_its_countrys_record_shares_fewer_words(vocab: Any) -> None:
    # a national node's two-line summary (its country is its node's) shares three rare words
    # with the central record's abstract: enough for one country's texts of one kind, not for
    # records of two countries or two kinds of text
    a = _f("a", "cbd-chm", {"en": BOGS[0]}, BOGS[1], vocab, type="case-study", date="2024",
           countries=["IE"])  # fmt: skip
    b = _f("b", "ie-chm", {"en": BOGS_SHORT[0]}, BOGS_SHORT[1], vocab, type="case-study",
           publisher_country="IE")  # fmt: skip
    shared = a.rare_set & b.rare_set
    assert 3 <= len(shared) < CONTENT_WORDS and len(shared) < 0.5 * len(b.rare_set), shared
    why = title_match(a, b)
    assert why is not None and parse_reason(why)["code"] == "similar-content"
    elsewhere = _f("b", "gb-chm", {"en": BOGS_SHORT[0]}, BOGS_SHORT[1], vocab,
                   type="case-study", publisher_country="GB")  # fmt: skip
    assert content_match(a, elsewhere) is None  # two countries' records: four words asked
    plan = _f("p", "ie-chm", {"en": "Callows bogs: management plan"}, BOGS_SHORT[1], vocab,
              type="case-study", publisher_country="IE")  # fmt: skip
    sheet = _f("s", "cbd-chm", {"en": "Callows bogs: site sheet"}, BOGS[1], vocab,
               type="case-study", countries=["IE"])  # fmt: skip
    assert content_match(plan, sheet) is None  # a plan is not the site's sheet


def test_one_bodys_text_on_its_countrys_node_is_found_by_its_fields(vocab: Any) -> None:
    # the national node's copy shares one rare word with the central record: too little for
    # rule 8, enough when both are one country's, signed by one body (its acronym less the
    # country), on the same subjects and numbers, and the copy's title words are found
    from matching.duplicates import _same_creator, national_match

    assert _same_creator("nec", "national environment commission of bhutan")
    assert not _same_creator("nec", "national environment commission of forests")  # no country
    central = _f("a", "mercury-ch", {"en": "Full national report of Bhutan under Article 21 of the Minamata Convention, 2025"},
                 "Bhutan's report on the measures taken: the ban on dental amalgam in public clinics, "
                 "gold panning along the Manas, thermometers in district hospitals.", vocab,
                 type="document", date="2025", countries=["BT"],
                 creators=["National Environment Commission of Bhutan"])  # fmt: skip
    copy = _f("b", "bt-chm", {"en": "Minamata report 2025 submitted"},
              "NEC sent its report: clinics, the Manas, hospitals.", vocab, type="document",
              date="2025-11", publisher_country="BT", creators=["NEC"])  # fmt: skip
    assert len(central.rare_set & copy.rare_set) < CONTENT_WORDS
    assert content_match(central, copy) is None
    why = national_match(central, copy)
    assert why is not None and parse_reason(why)["code"] == "similar-content"
    assert title_match(copy, central) is not None
    # the same body's other text of that year, on another subject, is another item
    other = _f("c", "bt-chm", {"en": "Guidance on mercury-free dental clinics 2025"},
               "NEC guidance for clinics on the Manas.", vocab, type="document",
               date="2025-11", publisher_country="BT", creators=["NEC"])  # fmt: skip
    assert national_match(central, other) is None
    # and another country's node's copy never meets it
    elsewhere = _f("d", "np-chm", {"en": "Minamata report 2025 submitted"},
                   "NEC sent its report: clinics, the Manas, hospitals.", vocab,
                   type="document", date="2025-11", publisher_country="NP", creators=["NEC"])  # fmt: skip
    assert national_match(central, elsewhere) is None


def test_one_bodys_texts_on_two_substances_stay_apart(vocab: Any) -> None:
    # one authority's import responses on two pesticides: the national copy names one
    # substance the other record never says
    from matching.duplicates import national_match

    other = _f("x", "infocap", {"en": "Import response: dimethoate (Viet Nam)"},
               "Final decision of Viet Nam on future imports of dimethoate: consent under conditions.",
               vocab, type="document", date="2024", countries=["VN"],
               creators=["Plant Protection Department of Viet Nam"])  # fmt: skip
    copy = _f("b", "vn-chm", {"en": "Endosulfan - Import Response"},
              "The PPD's response on future imports of endosulfan under the consent procedure.",
              vocab, type="document", publisher_country="VN", creators=["PPD"])  # fmt: skip
    assert national_match(other, copy) is None and title_match(other, copy) is None


def test_a_word_of_a_longer_lexicon_variant_is_not_known_by_itself(vocab: Any) -> None:
    # "visitor fees", "storm drains", "debt-for-nature swaps" are variants of the lexicon;
    # "visitor", "drain", "debt" and "swap" are no variant on their own: such a word stays
    # rare (full weight) for rule 8, while a one-word variant ("seagrass", "savings") is known
    from matching.duplicates import _common_words
    from vocabulary.search import domain_lexicon

    variants = {t.lower() for entry in domain_lexicon().entries for _, t in entry}
    assert {"visitor fees", "debt-for-nature swaps"} <= variants
    assert not {"visitor", "visitors", "debt", "swap", "swaps"} & variants
    common = _common_words(vocab)
    assert not {"visitor", "debt", "swap"} & common
    assert {"seagras", "saving"} <= common
