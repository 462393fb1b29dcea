"""The hand-written labelled set (tests/matching/assistance.py): eligibility, matching and
duplicates measured against labels written before chm ran on it; the same set served by the
API (``eligible_for``, explanations, reverse matching) and the page.

Thresholds are the targets of the assistance procedure (docs/matching.md), not timings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.record import Record
from matching.duplicates import REASON_CODES
from ops.context import Context
from search_api.app import create_app
from store import Store
from tests.matching.assistance import OPEN_TO, build_store, measure, records
from vocabulary.eligibility import eligibility_of, parse_units, why_eligible
from vocabulary.enrich import enrich


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> Iterator[Store]:
    store = build_store(tmp_path_factory.mktemp("assist") / "chm.sqlite", vocab)
    yield store
    store.close()


def test_labelled_set_meets_the_targets(labelled: Store) -> None:
    got = measure(labelled)
    m, d = got["matching"], got["duplicates"]
    assert m["needs"] >= 20 and d["positives"] >= 10
    assert m["hit_rate_at_k"] >= 0.85, m["misses"]
    assert m["ineligible_in_top_k"] == 0, m["ineligible"]
    assert d["recall"] >= 0.8 and d["precision"] >= 0.95, d["wrong"]
    # the first held-out pairs: recall 1.00, precision 0.75 on their first run (one wrong
    # merge: same creator and year, sibling subjects); the rules were then changed looking at
    # them, so they are development pairs now
    h = got["duplicates_heldout"]
    assert h["positives"] == 6 and h["recall"] >= 0.8 and h["precision"] >= 0.95, h["wrong"]


def test_second_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout.py, committed before it was measured: first run
    precision 0.93, recall 0.59; 1.00 / 0.73 after the changes that followed, 1.00 / 1.00
    after those made on it and the third set as development sets (see bench/README.md)."""
    from tests.matching.assistance import measure_second_heldout

    got = measure_second_heldout(tmp_path_factory.mktemp("held2") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 22 and d["precision"] >= 0.95, d["wrong"]
        assert d["recall"] >= 0.95, d["wrong"]
    assert got["all_pairs"]["pairs"] == 72 * 71 // 2


def test_third_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout3.py, committed before it was measured and not tuned
    on: precision 0.85, recall 0.73 (bench/README.md; below the targets); then a development
    set: 1.00 / 1.00 after the changes made looking at its misses."""
    from tests.matching.assistance import measure_third_heldout

    got = measure_third_heldout(tmp_path_factory.mktemp("held3") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 15 and d["precision"] >= 0.95 and d["recall"] >= 0.95, d
    assert got["all_pairs"]["pairs"] == 46 * 45 // 2


def test_fourth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout4.py, committed before the rule changes it measures and
    measured once after them: precision 0.76, recall 0.45; then a development set: 1.00 / 0.62
    after the changes made looking at its misses, 1.00 / 0.66 after the next ones, 1.00 /
    0.83 after those made before the seventh set's measurement, 1.00 / 0.86 after those made
    looking at sets 1-10 (bench/README.md). 0.93 once one country's texts of one kind share
    fewer words (sets 1-15); 0.90 with the set-16 round's creators' words beside it (the
    Korean training course's "Institute" a known word, no longer a rare one)."""
    from tests.matching.assistance import measure_fourth_heldout

    got = measure_fourth_heldout(tmp_path_factory.mktemp("held4") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 29 and d["precision"] >= 0.95 and d["recall"] >= 0.89, d
    assert got["all_pairs"]["pairs"] == 92 * 91 // 2


def test_fifth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout5.py, committed before the changes made on the fourth
    set and measured once after them: precision 1.00, recall 0.50; then a development set:
    1.00 / 0.75 after the changes made looking at its misses, 1.00 / 0.86 after the next ones
    (bench/README.md)."""
    from tests.matching.assistance import measure_fifth_heldout

    got = measure_fifth_heldout(tmp_path_factory.mktemp("held5") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 28 and d["precision"] >= 0.95 and d["recall"] >= 0.85, d
    assert got["all_pairs"]["pairs"] == 84 * 83 // 2


def test_sixth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout6.py, committed before the changes made on the fifth
    set and measured once after them, not tuned on: precision 1.00, recall 0.68; then a
    development set: 1.00 / 0.92 after the changes made looking at its misses
    (bench/README.md)."""
    from tests.matching.assistance import measure_sixth_heldout

    got = measure_sixth_heldout(tmp_path_factory.mktemp("held6") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 25 and d["precision"] >= 0.95 and d["recall"] >= 0.91, d
    assert got["all_pairs"]["pairs"] == 79 * 78 // 2


def test_seventh_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout7.py, committed alone before the changes made on sets
    1-6 (vocabulary labels and a list of title words across languages, acronyms, translated
    titles, undated records without a country) and measured once after them, not tuned on:
    precision 0.83, recall 0.59 (bench/README.md; below both targets); then a development
    set: 1.00 / 0.71 after the changes made looking at sets 1-7, 1.00 / 0.76 after those made
    looking at sets 1-8, 1.00 / 0.82 after those made looking at sets 1-10 (words across
    languages through the domain lexicon; bench/README.md), 1.00 / 0.85 after those made
    looking at sets 1-11 (what the records say: rare words and codes of their texts). 0.88
    once a national copy stands for its node's country (sets 1-15)."""
    from tests.matching.assistance import measure_seventh_heldout

    got = measure_seventh_heldout(tmp_path_factory.mktemp("held7") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 34 and d["precision"] >= 0.95 and d["recall"] >= 0.88, d
    assert got["all_pairs"]["pairs"] == 111 * 110 // 2


def test_eighth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout8.py, written blind by someone else and committed
    before this round's rule changes, measured once after them, not tuned on: recall 0.04
    (2 of 46), precision 0.67 (bench/README.md; far below both targets: most of its copies
    name their creator in another language or by an acronym, which the rules read as two
    creators, or share no blocking key). A regression guard under the measured figures, not
    a pass."""
    from tests.matching.assistance import measure_eighth_heldout

    got = measure_eighth_heldout(tmp_path_factory.mktemp("held8") / "chm.sqlite", vocab)
    # a development set since: 1.00 / 0.57 after the changes of its round, 1.00 / 0.70 after
    # those made looking at sets 1-10 (the lexicon, Arabic titles, creators in two languages),
    # 1.00 / 0.717 after those made looking at sets 1-12 (known words rare in the store,
    # Russian texts in Latin letters)
    for d in got.values():
        assert d["positives"] == 46 and d["precision"] >= 0.95 and d["recall"] >= 0.71, d
    assert got["all_pairs"]["pairs"] == 145 * 144 // 2


def test_ninth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout9.py, written blind by someone else on its own branch
    and merged after this round's rule changes (creators as organisations, bodies, numbers,
    sessions, bare copies, new blocking keys), measured once, not tuned on: recall 0.375 (18
    of 48), precision 0.947 (one wrong pair: two identical titles of two countries' nodes,
    both dated 2024, neither with a country) — below both targets (bench/README.md). Then a
    development set: 1.00 / 0.625 after the changes made looking at sets 1-10 (the lexicon,
    Arabic titles and descriptions, creators in two languages), 1.00 / 0.71 after those made
    looking at sets 1-11 (what the records say, Portuguese words), 1.00 / 0.75 after those made
    looking at sets 1-13 (one country's page on one regime, Russian and Chinese titles read in
    English). Recall still below target. 0.81 once a national copy stands for its node's
    country and one country's texts of one kind share fewer words (sets 1-15)."""
    from tests.matching.assistance import measure_ninth_heldout

    got = measure_ninth_heldout(tmp_path_factory.mktemp("held9") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 48 and d["precision"] >= 0.95 and d["recall"] >= 0.81, d
    assert got["all_pairs"]["pairs"] == 172 * 171 // 2


def test_tenth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout10.py, written blind by someone else on its own
    branch, merged after every rule change of its round and measured once, not tuned on:
    recall 0.18 (9 of 51), precision 1.00 — recall far below the target (bench/README.md).
    Then a development set: 1.00 / 0.51 after the changes made looking at sets 1-10 (the
    lexicon, the key in no language, Arabic titles, subset titles), 1.00 / 0.69 after those
    made looking at sets 1-11 (rare words and codes of the texts, events of one day, Portuguese
    words), 1.00 / 0.745 after those made looking at sets 1-12 (words of the lexicon that few
    of the store's records say, amounts), 1.00 / 0.82 after those made looking at sets 1-13
    (one country's profile or contact point worded by two nodes is one page). 0.90 once a
    national copy stands for its node's country (sets 1-15)."""
    from tests.matching.assistance import measure_tenth_heldout

    got = measure_tenth_heldout(tmp_path_factory.mktemp("held10") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 51 and d["precision"] >= 0.95 and d["recall"] >= 0.90, d
    assert got["all_pairs"]["pairs"] == 184 * 183 // 2


def test_eleventh_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout11.py, written blind by someone else on its own
    branch, merged after the cross-language rule changes and measured once, not tuned on:
    recall 0.18 (9 of 50), precision 1.00 - recall far below the target (bench/README.md):
    reworded same-language copies are found 2 times in 22. Then a development set: 1.00 / 0.44
    after the changes made looking at sets 1-11 (rules 8 and 9: what the records' texts say,
    one event on its day; Portuguese words), 0.42 once the sixth relevance round's lexicon
    made "savings" a domain word, not a rare one (one pair then shares three rare words);
    1.00 / 0.50 after the changes made looking at sets 1-12 (a word of the lexicon counts
    when few of the store's records say it, "savings" again; Russian texts in Latin letters;
    the asking words of Arabic requests), 0.54 on main at 92a2f05 (later merges);
    1.00 / 0.70 after the changes made looking at sets 1-13 (Russian and Chinese titles read
    in English, one country's page on one regime, a session's report by its acronym), 0.74
    once a numbered session of one body counts as placed. Recall still below. 0.84 once one
    body's text on its country's node is found by its fields and a title's name that is its
    own creator's acronym is no place (sets 1-15)."""
    from tests.matching.assistance import measure_eleventh_heldout

    got = measure_eleventh_heldout(tmp_path_factory.mktemp("held11") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 50 and d["precision"] >= 0.95 and d["recall"] >= 0.84, d
    assert got["all_pairs"]["pairs"] == 180 * 179 // 2


def test_twelfth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout12.py, written blind by someone else on its own
    branch, never looked at by whoever changed the rules. Measured twice: before the round on
    reworded copies (recall 0.26, 13 of 50; same-language rewordings 1 of 24) and once after it
    (0.56, 28 of 50; rewordings 11 of 24, translations 17 of 26), precision 1.00 both times.
    Then a development set: 1.00 / 0.70 after the changes made looking at sets 1-12 (known
    words rare in the store, Russian texts in Latin letters, a shared code over a check
    digit, places two texts name alike); 1.00 / 0.88 after those made looking at sets 1-13
    (Russian and Chinese titles read in English, more Arabic words, one country's page on one
    regime)."""
    from tests.matching.assistance import measure_twelfth_heldout

    got = measure_twelfth_heldout(tmp_path_factory.mktemp("held12") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 50 and d["precision"] >= 0.95 and d["recall"] >= 0.88, d
    assert got["all_pairs"]["pairs"] == 183 * 182 // 2


def test_thirteenth_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout13.py, written blind by someone else on its own
    branch, never looked at by whoever changed the rules. Measured twice: before the round on
    rare-in-the-store words (recall 0.76, 38 of 50; same-language rewordings 20 of 24,
    translations 18 of 26; precision 0.93) and once after it (0.82, 41 of 50; rewordings 23 of
    24, translations 18 of 26; precision 0.91: an undated copy joined two editions of one
    sheet, a draft and the adopted guidance, into one cluster). Then a development set: 1.00
    / 0.82 once a title edge no longer joins two records of different years; 1.00 / 0.94 after
    the changes made looking at sets 1-13 (Russian and Chinese titles read in English word for
    word and compared as English, more Arabic words). 0.96 once a creator written in
    Cyrillic or Chinese letters is no longer told apart from a Latin one (sets 1-15)."""
    from tests.matching.assistance import measure_thirteenth_heldout

    got = measure_thirteenth_heldout(tmp_path_factory.mktemp("held13") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 50 and d["precision"] >= 0.95 and d["recall"] >= 0.96, d
    assert got["all_pairs"]["pairs"] == 180 * 179 // 2


def test_fourteenth_heldout_duplicates(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> None:
    """tests/matching/duplicates_heldout14.py, written blind by someone else on its own
    branch (more short national copies of long central records, a fifth of the translations
    into Arabic, Chinese and Russian, look-alike pages of one template), never looked at by
    whoever changed the rules. Measured twice: before the round on other scripts and
    one-country pages (recall 0.54, 27 of 50; same-language rewordings 10 of 25, translations
    17 of 25; precision 0.90) and once after it (0.56, 28 of 50; rewordings 10 of 25,
    translations 18 of 25; precision 0.90: a Spanish guidance joined the English annex of its
    own title, "… (revised 2023) - Annex: template for baseline estimates", and through it
    its English and French copies). Then a development set: 1.00 / 0.56 once an annex,
    appendix or addendum no longer meets the text it belongs to; 1.00 / 0.62 once a creator
    both name, known words a little less rare and two more blocking keys count (ninth
    round). 0.70 once one country's texts of one kind share fewer words and one body's text
    on its country's node is found by its fields (sets 1-15)."""
    from tests.matching.assistance import measure_fourteenth_heldout

    got = measure_fourteenth_heldout(tmp_path_factory.mktemp("held14") / "chm.sqlite", vocab)
    for d in got.values():
        assert d["positives"] == 50 and d["precision"] >= 0.95 and d["recall"] >= 0.70, d
    assert got["all_pairs"]["pairs"] == 180 * 179 // 2


def test_fifteenth_heldout_duplicates(tmp_path_factory: pytest.TempPathFactory, vocab: Any) -> None:
    """tests/matching/duplicates_heldout15.py, written blind by someone else on its own
    branch (countries the earlier sets use least, short national copies, a quarter of the
    translations into Arabic, Chinese or Russian), never looked at by whoever changed the
    rules. Measured twice: before the round on creators and content keys (recall 0.50, 25 of
    50; same-language rewordings 11 of 25, translations 14 of 25; precision 1.00 on the
    labelled pairs, 0.96 over every pair of the set: a Paraguayan node's undated-country
    "Evaluación Inicial de Minamata (EIM)" joined Rwanda's French initial assessment) and once
    after it (0.54, 27 of 50; rewordings 13 of 25, translations 14 of 25; the same
    precisions). A development set from here: 0.62 with precision 1.00 on both counts once a
    national node's copy naming no country stands for its node's country (the measurement
    stores each record with its node's ``publisher_country``, as a harvest does); 0.72 once
    one country's texts of one kind share fewer words (``NATIONAL_CONTENT_WORDS``); 0.76 once
    one body's text on its country's node is found by its fields (``national_match``) and a
    national body's acronym spells its name less its country ("DOE"); 0.78 once a name one
    title says alone is no other place when the other record's text says it."""
    from tests.matching.assistance import measure_fifteenth_heldout

    got = measure_fifteenth_heldout(tmp_path_factory.mktemp("held15") / "chm.sqlite", vocab)
    labelled, every = got["labelled_pairs"], got["all_pairs"]
    assert labelled["positives"] == 50 and labelled["precision"] >= 0.95, labelled
    assert labelled["recall"] >= 0.78 and every["recall"] >= 0.78, every
    assert every["precision"] >= 0.95, every
    assert not any(
        {p["a"], p["b"]} == {"mercury-ch-fr:f36y", "py-chm:f42b"} for p in every["wrong"]
    )
    assert every["pairs"] == 186 * 185 // 2


def test_every_offer_eligibility_is_read_as_a_person_reads_it(vocab: Any) -> None:
    for rec in records():
        if rec["source_id"] not in OPEN_TO or rec["type"] != "support-source":
            continue
        expected = OPEN_TO[rec["source_id"]]
        elig = eligibility_of(rec, vocab)
        if expected is None:
            assert not elig.stated, rec["id"]
            continue
        from tests.matching.assistance import COUNTRIES

        read = {c for c in COUNTRIES if elig.admits(c)}
        assert read == expected, (rec["id"], sorted(read ^ expected))


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("pays d'Afrique", ("r:region/africa",)),
        ("LDCs and SIDS", ("g:ldc", "g:sids")),
        ("América Latina y el Caribe", ("r:region/latin-america-caribbean",)),
        ("South Africa, Kenya", ("c:ZA", "c:KE")),  # not the region "Africa"
        ("least developed countries in Africa and Asia",
         ("g:ldc&r:region/africa", "g:ldc&r:region/asia")),
        ("pays les moins avancés d'Afrique de l'Ouest", ("g:ldc&r:region/western-africa",)),
        ("Pacific SIDS", ("g:sids&r:region/oceania",)),
        ("Commonwealth partners", ("g:commonwealth",)),
        ("todos los países", ("all",)),
        ("SN; ML", ("c:SN", "c:ML")),
    ],
)  # fmt: skip
def test_eligibility_phrases(vocab: Any, text: str, units: tuple[str, ...]) -> None:
    assert parse_units(text, vocab) == units


def test_why_a_country_is_eligible(vocab: Any) -> None:
    units = parse_units("LDCs, Ghana; Western Africa", vocab)
    assert why_eligible(units, "GH", vocab) == "c:GH"  # by name first
    assert why_eligible(units, "SN", vocab) == "g:ldc"  # then a group
    assert why_eligible(units, "CI", vocab) == "r:region/western-africa"
    assert why_eligible(units, "CO", vocab) is None


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=80))
def test_any_line_reads_as_iso_codes_or_all(vocab: Any, text: str) -> None:
    elig = eligibility_of(
        {"type": "support-source", "description": {"en": f"x\nEligible: {text}"}}, vocab
    )
    assert elig.codes == ("all",) or all(len(c) == 2 and c.isupper() for c in elig.codes)
    assert bool(elig.codes) <= elig.stated  # codes only when something was named


# --- served: API and page --------------------------------------------------------------------
@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory, vocab: Any
) -> Iterator[tuple[Context, TestClient]]:
    from tests.matching.conftest import CONFIG
    from vocabulary.model import PROJECT_THESAURUS

    folder = tmp_path_factory.mktemp("assist-api")
    cfg = folder / "config.toml"
    cfg.write_text(CONFIG.format(vocab=f'"{PROJECT_THESAURUS}"'), encoding="utf-8")
    ctx = Context.from_path(cfg)
    recs = [enrich(Record.from_dict(r), ctx.vocabulary) for r in records()]
    last = ctx.store.records.write(((r.id, r.node, False, r.to_json()) for r in recs), "2025")
    ctx.index.upsert(recs)
    ctx.index.commit(last_seq=last)
    from matching.update import recompute_all

    recompute_all(ctx.store, ctx.vocabulary)
    yield ctx, TestClient(create_app(ctx))
    ctx.close()


def test_search_lists_offers_open_to_a_country(served: tuple[Context, TestClient]) -> None:
    _, client = served
    body = client.get("/api/search", params={"eligible_for": "gh", "size": 100}).json()
    got = {h["id"].split(":")[1] for h in body["hits"]}
    expected = {o for o, c in OPEN_TO.items() if c is not None and "GH" in c}
    projects = {"offer-37", "offer-38", "offer-39"}
    assert got == expected - projects, sorted(got ^ (expected - projects))
    by_name = client.get("/api/search", params={"eligible_for": "Ghana", "size": 0}).json()
    assert by_name["total"] == body["total"]
    bad = client.get("/api/search", params={"eligible_for": "Atlantis"})
    assert bad.status_code == 400 and "eligible_for" in bad.text


def test_page_has_the_country_filter(served: tuple[Context, TestClient]) -> None:
    _, client = served
    page = client.get("/", params={"eligible_for": "SN", "lang": "fr"}).text
    assert 'name="eligible_for"' in page and "Ouvert à mon pays" in page
    assert "Sénégal" in page  # the active filter, named


def test_matches_say_why_the_offer_is_open(served: tuple[Context, TestClient]) -> None:
    _, client = served
    body = client.get("/api/records/sn-chm:need-02/matches").json()
    texts = {m["id"]: m["explanation"] for m in body["matches"]}
    assert "Senegal is eligible: in Africa" in texts["infocap:offer-01"]
    assert "Senegal is eligible: a least developed country" in texts["infocap:offer-04"]
    fr = client.get("/api/records/sn-chm:need-02/matches", params={"lang": "fr"}).json()
    assert any("Sénégal éligible" in m["explanation"] for m in fr["matches"])


def test_reverse_matching_obeys_eligibility(served: tuple[Context, TestClient]) -> None:
    _, client = served
    body = client.get("/api/records/infocap:offer-07/matches").json()  # Ecuador, Peru, Bolivia
    countries = {m["id"].split(":")[0][:2].upper() for m in body["matches"]}
    assert countries and countries <= {"EC", "PE", "BO"}, countries
    assert any("Bolivia is eligible: listed by name" in m["explanation"] for m in body["matches"])


def test_record_field_carries_the_eligible_codes(served: tuple[Context, TestClient]) -> None:
    _, client = served
    rec = client.get("/api/records/mercury-ch:offer-03").json()["record"]
    assert {"CO", "MX", "JM"} <= set(rec["eligible"]) and "GH" not in rec["eligible"]


MEXICO = {"cbd-chm:d10a", "cbd-chm-en:d10b"}


def test_operators_list_clusters_with_reasons_in_words(served: tuple[Context, TestClient]) -> None:
    _, client = served
    body = client.get("/api/duplicates/clusters", params={"limit": 100}).json()
    pairs = {frozenset(m["id"] for m in c["members"]) for c in body["clusters"]}
    assert frozenset({"cbd-chm:d10a", "cbd-chm-en:d10b"}) in pairs
    assert frozenset({"sn-chm:d01b", "cbd-chm:d01a"}) in pairs  # one has no country
    for c in body["clusters"]:
        assert c["reasons"] and all(isinstance(r["why"], str) for r in c["reasons"])
        assert not any(r["why"].startswith(("[", "{")) for r in c["reasons"])
        assert all(r["code"] in REASON_CODES for r in c["reasons"])  # machine-readable
    mexico = next(r for c in body["clusters"] for r in c["reasons"] if {r["a"], r["b"]} == MEXICO)
    assert mexico["code"] == "similar-subject" and mexico["params"]["countries"] == ["MX"]
    assert mexico["params"]["numbers"] == ["6"] and mexico["params"]["year"] == 2019
    page = client.get(
        "/operators/duplicates", params={"lang": "en"}
    ).text  # shared client: a cookie may hold another language
    assert "Sixth national report on biodiversity of Mexico" in page
    assert "same subject in titles in English and Spanish" in page
    assert "Not the same item (block)" in page


@pytest.mark.parametrize("path", ["/api/duplicates/clusters", "/operators/duplicates"])
def test_a_cluster_offset_beyond_sqlites_integers_is_a_400(
    served: tuple[Context, TestClient], path: str
) -> None:
    """An offset SQLite cannot hold (found by the API's schema-driven tests as a 500) is a
    400 naming the parameter; the largest one it can hold gives an empty page."""
    _, client = served
    got = client.get(path, params={"offset": 2**63})
    assert got.status_code == 400 and "offset" in got.text
    last = client.get("/api/duplicates/clusters", params={"offset": 2**63 - 1})
    assert last.status_code == 200 and last.json()["clusters"] == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("same subject in titles in English and Spanish", "Mexico", "number 6", "2019")),
        ("fr", ("même sujet dans des titres en anglais et espagnol", "Mexique", "numéro 6")),
        ("es", ("mismo tema en títulos en inglés y español", "México", "número 6", "año 2019")),
    ],
)  # fmt: skip
def test_duplicate_reasons_are_in_the_readers_language(
    served: tuple[Context, TestClient], lang: str, words: tuple[str, ...]
) -> None:
    _, client = served
    got = client.get("/api/records/cbd-chm:d10a/cluster", params={"lang": lang}).json()
    member = next(m for m in got["members"] if m["id"] == "cbd-chm-en:d10b")
    assert member["reasons"][0]["code"] == "similar-subject"
    why = member["why"][0]
    assert all(w in why for w in words), why
    clusters = client.get("/api/duplicates/clusters", params={"limit": 100, "lang": lang}).json()
    said = [
        r["why"] for c in clusters["clusters"] for r in c["reasons"] if {r["a"], r["b"]} == MEXICO
    ]
    assert said == [why]
    page = client.get("/operators/duplicates", params={"lang": lang}).text
    record = client.get("/records/cbd-chm:d10a", params={"lang": lang}).text
    for html in (page, record):
        assert all(w in html for w in words[:2]), lang
    if lang != "en":
        assert "similar" not in why and "same subject" not in page and "same subject" not in record


def test_block_from_the_operators_is_stored_and_splits_the_cluster(
    served: tuple[Context, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, client = served
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", "op-token")
    pair = {"a": "bch:d06a", "b": "bch-en:d06b", "rule": "block", "note": "two editions"}
    refused = client.post("/api/duplicates/rules", json=pair)
    assert refused.status_code in (401, 403)
    auth = {"Authorization": "Bearer op-token"}
    done = client.post("/api/duplicates/rules", json=pair, headers=auth)
    assert done.status_code == 201 and done.json()["cluster"]["members"] == []
    body = client.get("/api/duplicates/clusters", params={"limit": 100}).json()
    assert {"a": "bch-en:d06b", "b": "bch:d06a"} in [
        {"a": r["a"], "b": r["b"]} for r in body["blocked"]
    ]
    assert "two editions" in client.get("/operators/duplicates").text
    gone = client.delete("/api/duplicates/rules", params={"a": "bch:d06a", "b": "bch-en:d06b"},
                         headers=auth)  # fmt: skip
    assert gone.json()["removed"] is True
    assert client.get("/api/records/bch:d06a/cluster").json()["members"]


def test_record_page_shows_each_linked_record_once(served: tuple[Context, TestClient]) -> None:
    _, client = served
    view = client.get("/records/cbd-chm:d10a.json").json()
    cluster = [m["id"] for m in view["clearing"]["cluster"]]
    linked = [r["id"] for g in view["clearing"]["links"] for r in g["records"]]
    same_ids = [o["id"] for o in (view["related"] or {}).get("same_identifiers", [])]
    shown = cluster + linked + same_ids
    assert "cbd-chm-en:d10b" in cluster and len(shown) == len(set(shown))
    html = client.get("/records/cbd-chm:d10a").text
    assert "[&#39;" not in html and "['" not in html  # reasons in words, not a list
    assert html.count('href="/records/cbd-chm-en:d10b"') == 1
    offer = client.get("/records/mercury-ch:offer-03", params={"lang": "es"}).text
    assert "Abierto a" in offer and "eligible_for=JM" in offer


def test_cli_search_filters_on_eligibility(
    served: tuple[Context, TestClient], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from cli.main import main

    ctx, _ = served
    rc = main(["--config", str(ctx.settings.path), "search", "", "--eligible-for", "Fiji",
               "--json", "--limit", "50"])  # fmt: skip
    got = {h["id"].split(":")[1] for h in json.loads(capsys.readouterr().out)["hits"]}
    assert rc == 0 and got == {o for o, c in OPEN_TO.items() if c and "FJ" in c}
