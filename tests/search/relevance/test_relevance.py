"""A floor under the relevance figures of the judged sets (bench/README.md has the figures):
a change that loses cross-language recall or floods results fails here. Each blind set was
checked here for its form and its pool only until it had been measured on main (most before
and after the round it was hidden from); the thirteenth to the sixteenth are development sets
with floors of their own (the sixteenth since its round, after it was measured once blind,
the seventeenth and eighteenth since their own rounds likewise); the nineteenth, twentieth,
twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth, twenty-sixth,
twenty-seventh, twenty-eighth and twenty-ninth, written blind, are checked for their form and
their pool only until they have been measured."""

from __future__ import annotations

from typing import Any

import pytest

from tests.search.relevance.evaluate import (
    LAST_SET,
    OWN_RECORDS,
    POOLS,
    SETS,
    background_ids,
    background_records,
    build_index,
    evaluate_sets,
    golden_items,
    load_queries,
)
from tests.search.relevance.records import RECORDS
from tests.search.relevance.records3 import RECORDS as RECORDS3
from tests.search.relevance.records4 import RECORDS as RECORDS4
from tests.search.relevance.records5 import RECORDS as RECORDS5
from tests.search.relevance.records6 import RECORDS as RECORDS6
from tests.search.relevance.records7 import RECORDS as RECORDS7
from tests.search.relevance.records8 import RECORDS as RECORDS8
from tests.search.relevance.records9 import RECORDS as RECORDS9
from tests.search.relevance.records10 import RECORDS as RECORDS10
from tests.search.relevance.records11 import RECORDS as RECORDS11
from tests.search.relevance.records12 import RECORDS as RECORDS12
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

HAND_WRITTEN = {f"rel:{r[0]}" for r in RECORDS}
HAND_WRITTEN3 = {f"rel:{r[0]}" for r in RECORDS3}
HAND_WRITTEN4 = {f"rel:{r[0]}" for r in RECORDS4}
HAND_WRITTEN5 = {f"rel:{r[0]}" for r in RECORDS5}
HAND_WRITTEN6 = {f"rel:{r[0]}" for r in RECORDS6}
HAND_WRITTEN7 = {f"rel:{r[0]}" for r in RECORDS7}
HAND_WRITTEN8 = {f"rel:{r[0]}" for r in RECORDS8}
HAND_WRITTEN9 = {f"rel:{r[0]}" for r in RECORDS9}
HAND_WRITTEN10 = {f"rel:{r[0]}" for r in RECORDS10}
HAND_WRITTEN11 = {f"rel:{r[0]}" for r in RECORDS11}
HAND_WRITTEN12 = {f"rel:{r[0]}" for r in RECORDS12}


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    # every set but the fourteenth (measured on its own, with floors of its own below)
    return evaluate_sets(tuple(f"set{n}" for n in range(1, LAST_SET + 1) if n != 14))


def test_the_first_set_is_big_enough_and_judged_on_known_records() -> None:
    queries = load_queries(SETS["set1"])
    assert len(queries) >= 60
    assert {q.lang for q in queries} == {"en", "fr", "es"}
    assert all(set(q.grades) <= HAND_WRITTEN for q in queries)


def test_the_second_set_is_big_enough_new_and_judged_on_known_records() -> None:
    queries = load_queries(SETS["set2"])
    by_lang = {lang: [q for q in queries if q.lang == lang] for lang in ("en", "fr", "es")}
    assert len(queries) >= 45
    assert len(by_lang["es"]) >= 20 and len(by_lang["fr"]) >= 12 and len(by_lang["en"]) >= 12
    assert len({q.id for q in queries}) == len(queries)
    # no query of the first set again, and background records judged as well
    first = {q.text.casefold() for q in load_queries(SETS["set1"])}
    assert not {q.text.casefold() for q in queries} & first
    known = HAND_WRITTEN | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN for q in queries)
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)


def test_the_third_set_is_big_enough_and_judged_on_its_own_pool() -> None:
    queries = load_queries(SETS["set3"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    assert not HAND_WRITTEN & HAND_WRITTEN3  # its new records' ids are new
    known = HAND_WRITTEN | HAND_WRITTEN3 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN3 for q in queries)
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)


def test_the_fourth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    queries = load_queries(SETS["set4"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    assert not (HAND_WRITTEN | HAND_WRITTEN3) & HAND_WRITTEN4  # its new records' ids are new
    earlier = {q.text.casefold() for n in ("set1", "set2", "set3") for q in load_queries(SETS[n])}
    assert not {q.text.casefold() for q in queries} & earlier
    known = HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN4 for q in queries)
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)


def test_the_fifth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    queries = load_queries(SETS["set5"])
    assert len(queries) >= 66 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 22 for lang in ("en", "fr", "es"))
    earlier_ids = HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4
    assert len(HAND_WRITTEN5) == len(RECORDS5) and not earlier_ids & HAND_WRITTEN5
    assert {r[2] for r in RECORDS5} == {"en", "fr", "es"}
    earlier = {
        q.text.casefold() for n in ("set1", "set2", "set3", "set4") for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN5 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN5 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN5 for q in queries)  # older records judged too
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)


def test_the_fifth_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set5"] == POOLS["set4"] + RECORDS5
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set5"])
    try:
        assert index.count() == len(POOLS["set5"]) + len(background_ids()) == len(langs)
        assert {langs[rid] for rid in HAND_WRITTEN5} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_sixth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    queries = load_queries(SETS["set6"])
    assert len(queries) >= 66 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 22 for lang in ("en", "fr", "es"))
    earlier_ids = HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5
    assert len(HAND_WRITTEN6) == len(RECORDS6) and not earlier_ids & HAND_WRITTEN6
    assert all(len([r for r in RECORDS6 if r[2] == lang]) == 15 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold()
        for n in ("set1", "set2", "set3", "set4", "set5")
        for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN6 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN6 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN6 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN6 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)


def test_the_sixth_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set6"] == POOLS["set5"] + RECORDS6
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set6"])
    try:
        assert index.count() == len(POOLS["set6"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5) + 45
        assert index.count() == hand_written + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN6} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_seventh_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    # read, never searched: the blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS["set7"])
    assert len(queries) >= 66 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 22 for lang in ("en", "fr", "es"))
    earlier_ids = HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5 | HAND_WRITTEN6
    assert len(HAND_WRITTEN7) == len(RECORDS7) and not earlier_ids & HAND_WRITTEN7
    assert all(len([r for r in RECORDS7 if r[2] == lang]) == 15 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold()
        for n in ("set1", "set2", "set3", "set4", "set5", "set6")
        for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN7 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN7 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN7 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN7 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)


def test_the_seventh_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set7"] == POOLS["set6"] + RECORDS7
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set7"])
    try:
        assert index.count() == len(POOLS["set7"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5)
        assert index.count() == hand_written + len(RECORDS6) + 45 + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN7} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_eighth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    # read, never searched: the blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS["set8"])
    assert len(queries) >= 66 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 22 for lang in ("en", "fr", "es"))
    earlier_ids = (
        HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5 | HAND_WRITTEN6 | HAND_WRITTEN7
    )
    assert len(HAND_WRITTEN8) == len(RECORDS8) and not earlier_ids & HAND_WRITTEN8
    assert all(len([r for r in RECORDS8 if r[2] == lang]) == 15 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold()
        for n in ("set1", "set2", "set3", "set4", "set5", "set6", "set7")
        for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN8 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN8 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN8 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN8 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)
    # every new record answers at least one query
    assert {rid for q in queries for rid in q.grades} >= HAND_WRITTEN8


def test_the_eighth_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set8"] == POOLS["set7"] + RECORDS8
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set8"])
    try:
        assert index.count() == len(POOLS["set8"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5)
        earlier = hand_written + len(RECORDS6) + len(RECORDS7)
        assert index.count() == earlier + 45 + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN8} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_ninth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    # read, never searched: the blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS["set9"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    earlier_ids = (
        HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5 | HAND_WRITTEN6 | HAND_WRITTEN7
    ) | HAND_WRITTEN8
    assert len(HAND_WRITTEN9) == len(RECORDS9) and not earlier_ids & HAND_WRITTEN9
    assert all(len([r for r in RECORDS9 if r[2] == lang]) == 10 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold()
        for n in ("set1", "set2", "set3", "set4", "set5", "set6", "set7", "set8")
        for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN9 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN9 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN9 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN9 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)
    # every new record answers at least one query
    assert {rid for q in queries for rid in q.grades} >= HAND_WRITTEN9


def test_the_ninth_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set9"] == POOLS["set8"] + RECORDS9
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set9"])
    try:
        assert index.count() == len(POOLS["set9"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5)
        earlier = hand_written + len(RECORDS6) + len(RECORDS7) + len(RECORDS8)
        assert index.count() == earlier + 30 + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN9} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_tenth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    # read, never searched: the blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS["set10"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    earlier_ids = (
        HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5 | HAND_WRITTEN6 | HAND_WRITTEN7
    ) | (HAND_WRITTEN8 | HAND_WRITTEN9)
    assert len(HAND_WRITTEN10) == len(RECORDS10) and not earlier_ids & HAND_WRITTEN10
    assert all(len([r for r in RECORDS10 if r[2] == lang]) == 10 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold()
        for n in ("set1", "set2", "set3", "set4", "set5", "set6", "set7", "set8", "set9")
        for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN10 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN10 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN10 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN10 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)
    # every new record answers at least one query
    assert {rid for q in queries for rid in q.grades} >= HAND_WRITTEN10


def test_the_tenth_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set10"] == POOLS["set9"] + RECORDS10
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set10"])
    try:
        assert index.count() == len(POOLS["set10"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5)
        earlier = hand_written + len(RECORDS6) + len(RECORDS7) + len(RECORDS8) + len(RECORDS9)
        assert index.count() == earlier + 30 + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN10} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_eleventh_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    # read, never searched: the blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS["set11"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    earlier_ids = (
        HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5 | HAND_WRITTEN6 | HAND_WRITTEN7
    ) | (HAND_WRITTEN8 | HAND_WRITTEN9 | HAND_WRITTEN10)
    assert len(HAND_WRITTEN11) == len(RECORDS11) and not earlier_ids & HAND_WRITTEN11
    assert all(len([r for r in RECORDS11 if r[2] == lang]) == 10 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold()
        for n in ("set1", "set2", "set3", "set4", "set5", "set6", "set7", "set8", "set9", "set10")
        for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN11 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN11 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN11 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN11 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)
    # every new record answers at least one query
    assert {rid for q in queries for rid in q.grades} >= HAND_WRITTEN11


def test_the_eleventh_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set11"] == POOLS["set10"] + RECORDS11
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set11"])
    try:
        assert index.count() == len(POOLS["set11"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5)
        earlier = hand_written + len(RECORDS6) + len(RECORDS7) + len(RECORDS8) + len(RECORDS9)
        assert index.count() == earlier + len(RECORDS10) + 30 + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN11} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_twelfth_set_is_big_enough_new_and_judged_on_its_own_pool() -> None:
    # read, never searched: the blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS["set12"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    earlier_ids = (
        HAND_WRITTEN | HAND_WRITTEN3 | HAND_WRITTEN4 | HAND_WRITTEN5 | HAND_WRITTEN6 | HAND_WRITTEN7
    ) | (HAND_WRITTEN8 | HAND_WRITTEN9 | HAND_WRITTEN10 | HAND_WRITTEN11)
    assert len(HAND_WRITTEN12) == len(RECORDS12) and not earlier_ids & HAND_WRITTEN12
    assert all(len([r for r in RECORDS12 if r[2] == lang]) == 10 for lang in ("en", "fr", "es"))
    earlier = {
        q.text.casefold() for n in [f"set{i}" for i in range(1, 12)] for q in load_queries(SETS[n])
    }
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | HAND_WRITTEN12 | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & HAND_WRITTEN12 for q in queries)
    assert any(set(q.grades) - HAND_WRITTEN12 for q in queries)  # older records judged too
    assert any(set(q.grades) - earlier_ids - HAND_WRITTEN12 for q in queries)  # and background
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)
    # every new record answers at least one query
    assert {rid for q in queries for rid in q.grades} >= HAND_WRITTEN12


def test_the_twelfth_sets_pool_is_every_records_file_and_the_background() -> None:
    # the index is built and counted, never searched: the set is measured once, by the bench
    assert POOLS["set12"] == POOLS["set11"] + RECORDS12
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS["set12"])
    try:
        assert index.count() == len(POOLS["set12"]) + len(background_ids()) == len(langs)
        hand_written = len(RECORDS) + len(RECORDS3) + len(RECORDS4) + len(RECORDS5)
        earlier = hand_written + len(RECORDS6) + len(RECORDS7) + len(RECORDS8) + len(RECORDS9)
        earlier += len(RECORDS10) + len(RECORDS11)
        assert index.count() == earlier + 30 + len(background_ids())
        assert {langs[rid] for rid in HAND_WRITTEN12} == {"en", "fr", "es"}
    finally:
        index.close()


def test_the_fixtures_records_are_indexed_as_a_harvest_stores_them() -> None:
    # a harvest completes every mapped record before it enriches and indexes it: a text keyed
    # "und" gets the record's declared language (the NSDL molecule pages declare English), so
    # its words are stemmed as that language's are; the judged sets measure the same records
    mapped = {i["id"]: i for i in golden_items().values()}
    records = background_records(load_vocabulary([PROJECT_THESAURUS]))
    declared = [r for r in records if len(mapped[r.id].get("languages") or []) == 1 and r.title]
    assert len(declared) >= 100
    assert any("und" in mapped[r.id]["title"] for r in declared)  # what the mapping returned
    assert all("und" not in r.title and "und" not in r.description for r in declared)
    assert all(r.languages[0] in r.title for r in declared)


def test_each_set_is_measured_on_its_own_pool(result: dict[str, Any]) -> None:
    pools = result["records"]
    assert pools["set1"] == pools["set2"]
    assert pools["set3"]["hand_written"] == len(RECORDS) + len(RECORDS3)
    assert pools["set3"]["total"] == pools["set1"]["total"] + len(RECORDS3)
    assert pools["set4"]["total"] == pools["set3"]["total"] + len(RECORDS4)
    assert pools["set5"]["total"] == pools["set4"]["total"] + len(RECORDS5)
    assert pools["set6"]["total"] == pools["set5"]["total"] + len(RECORDS6)


# (nDCG@10, precision, recall, cross-language precision, cross-language recall), a little
# under the figures of bench/README.md (the lowest language of each set, minus ~0.02); every
# language of each set must stay above them. Since 2026-12-06 (sets 62 and 63) the real
# fixtures' records are completed as a harvest completes them before they are indexed (their
# text keyed "und" gets its language and is stemmed as such): a text search finds more of the
# passing words in them (molecule pages that say "used" and "containers"), which the judges
# graded 0, so the precision floors of sets 3, 15, 24, 37, 50, 52, 56, 58, 59 and of all sets
# (and the nDCG@10 floors of sets 3 and 15) went down to the figures measured then
FLOORS = {
    "set1": (0.95, 0.91, 0.97, 0.92, 0.97),
    # the held-out set: the target (0.95) is not met; a change that loses ground fails here
    # raised after the residual-miss round on sets 1-15 (cross-language recall 0.87-0.91)
    "set2": (0.92, 0.93, 0.87, 0.92, 0.85),
    "both": (0.94, 0.92, 0.91, 0.92, 0.90),
    # the third and fourth sets, written blind; measured once each, then used (with the
    # first two) to find the general causes of misses of the fifth round of relevance work
    "set3": (0.90, 0.88, 0.87, 0.91, 0.82),
    "set4": (0.91, 0.91, 0.89, 0.95, 0.85),
    # the fifth set, written blind, measured once (2026-12-04) after the fifth round, then
    # used as a development set for the vocabulary's coverage (bench/README.md); raised
    # where the sixth round's rules and vocabulary lifted a figure
    "set5": (0.88, 0.90, 0.89, 0.88, 0.84),
    # the sixth set, written blind, measured before the sixth round and once after it
    # (2026-12-04, bench/README.md), then a development set for the seventh round's rules and
    # coverage (its figures rose: cross-language recall 0.66-0.76 -> 0.88-0.97)
    # raised after the tenth round (community fisheries management under small-scale
    # fisheries: cross-language recall 0.90-0.98)
    "set6": (0.93, 0.88, 0.90, 0.85, 0.88),
    # the seventh set, written blind, measured before the seventh round (cross-language recall
    # 0.61-0.66) and once after it (0.74-0.84; bench/README.md), then a development set for
    # the eighth round's coverage (cross-language recall 0.86-0.97)
    "set7": (0.92, 0.93, 0.88, 0.92, 0.85),
    # the eighth set, written blind, measured before the eighth round (cross-language recall
    # 0.52-0.65) and once after it (0.56-0.67; bench/README.md): topics (noise, light, heat,
    # haze, glacial lakes, sargassum, algal blooms, deep-sea mining) the vocabulary barely
    # reaches; a development set from now on. Raised after the ninth round's families
    # (algal blooms, haze, heat, urban nature, sargassum, glacial lakes, deep-sea mining,
    # chemical weapons, peat fires; cross-language recall 0.94-0.96)
    "set8": (0.92, 0.91, 0.93, 0.93, 0.91),
    # the ninth set, written blind, measured before the ninth round (cross-language recall
    # 0.71-0.87) and once after it (unchanged to the third decimal: that round's families
    # were the eighth set's topics; bench/README.md); a development set from now on. Raised
    # after the tenth round's families (groundwater, fluoride, veterinary drugs, wood
    # preservatives, salt flats, tanneries, shellfish farming, shipping: cross-language
    # recall 0.92-0.96)
    "set9": (0.92, 0.93, 0.91, 0.94, 0.89),
    # the tenth set, written blind, measured once on main (cross-language recall 0.52-0.67,
    # precision 0.86-0.94; bench/README.md), then a development set for the tenth round's
    # families (One Health, wildlife diseases, nitrogen, oil spill response, citizen science,
    # gender, information systems, textile waste, agroforestry, small enterprises)
    "set10": (0.88, 0.92, 0.83, 0.92, 0.79),
    # the eleventh set, written blind, measured once on the vocabulary of both tenth rounds
    # (cross-language recall 0.53-0.61, precision 0.73-0.91; bench/README.md): floors under
    # those blind figures; raised after the eleventh round's families (local breeds, invasive
    # plants, biodiversity finance, coastal erosion, SEA, forest crime, dams and fish passes,
    # ecotourism, cooling: cross-language precision 0.92-0.94, recall 0.83-0.95); a
    # development set from now on
    # raised after the residual-miss round on sets 1-15 (Prosopis, bofedales: cross-language
    # recall 0.84-1.00)
    "set11": (0.87, 0.89, 0.88, 0.89, 0.82),
    # the twelfth set, written blind, measured once on the same vocabulary (cross-language
    # recall 0.58-0.71, precision 0.71-0.94; bench/README.md): floors under those figures;
    # raised after the twelfth round's families (caves and karst, basin organisations and
    # IWRM, online wildlife trade, environmental justice, farmers' seeds and seed laws, soil
    # biodiversity, laboratory accreditation, drought risk management, eco-schools) and the
    # root-branch rule of label runs (cross-language precision 0.95-1.00, recall 0.92-0.97);
    # a development set from now on
    "set12": (0.93, 0.91, 0.91, 0.92, 0.89),
    # the thirteenth set, written blind, measured twice on main (cross-language recall
    # 0.65-0.75, precision 0.82-0.92; bench/README.md), then a development set for its own
    # round's families (territories of life, public procurement, ex situ conservation and
    # botanic gardens, the high seas and the BBNJ Agreement, fire extinguishers and halon
    # banks, organotins, lead poisoning, solar panels: cross-language precision 0.95-1.00,
    # recall 0.92-0.98)
    "set13": (0.94, 0.93, 0.91, 0.93, 0.90),
    # the fifteenth set, written blind, measured once on main (cross-language recall
    # 0.61-0.81, precision 0.77-0.93; bench/README.md), then a development set for its own
    # round's families (dugongs, wildlife rescue centres, ammonia and industrial
    # refrigeration, rosewood, orchids, urban wetlands and Wetland Cities, confined field
    # trials apart from contained use, sunscreens and their UV filters, fluorescent lamps:
    # nDCG@10 0.99, precision, recall and their cross-language figures 1.000 in the three
    # languages): floors ~0.02 under those figures
    "set15": (0.96, 0.95, 0.98, 0.98, 0.98),
    # the sixteenth set, written blind, measured once on main (cross-language recall
    # 0.55-0.60, precision 0.96-1.00; bench/README.md), then a development set for its own
    # round's families (oil palm apart from deforestation-free supply chains, biochar, argan,
    # antelopes and the saiga, kelp forests, hydrogen sulfide, confined spaces and sanitation
    # workers, dust explosions, cork oak, crematoria: cross-language precision 0.98-0.99,
    # recall 0.90-0.97): floors ~0.02 under those figures
    "set16": (0.93, 0.96, 0.90, 0.95, 0.88),
    # the seventeenth set, written blind, measured once on main with the query-term
    # translation table (cross-language recall 0.58-0.73, precision 0.95-1.00;
    # bench/README.md), then a development set for its own round's families (sturgeons, date
    # palms, lead in spices, vinyl chloride, rail accidents and derailments, the vicuña, the
    # Khoi and San, agricultural plastics and mulch films, the snow leopard: cross-language
    # precision 0.96-1.00, recall 0.94-1.00): floors ~0.02 under those figures
    "set17": (0.92, 0.95, 0.92, 0.94, 0.92),
    # the eighteenth set, written blind, measured once on main with the query-term translation
    # table (cross-language recall 0.48-0.65, precision 1.000; bench/README.md), then a
    # development set for its own round's families (longline fishing, eels with glass eels and
    # the European eel, zaï pits and half-moons under rainwater harvesting, fire-fighting
    # water, GM wheat, patents, horseshoe crabs, beavers, rewilding, the Sahel region:
    # cross-language precision 1.000, recall 0.79-1.00): floors ~0.02 under the lowest
    # language's figures
    "set18": (0.89, 0.93, 0.85, 0.98, 0.77),
    # sets 19-23, each written blind and measured once (bench/README.md, issue 15), then
    # development sets for the cognates, FreeDict's French-Spanish, English through German,
    # the goods lexicon, the member-as-synonym splits and acronyms by their own key
    # (2026-12-05): floors ~0.02 under the lowest language's figures after those
    "set19": (0.78, 0.90, 0.73, 0.93, 0.61),
    "set20": (0.90, 0.92, 0.87, 0.90, 0.81),
    "set21": (0.87, 0.94, 0.80, 0.90, 0.71),
    "set22": (0.89, 0.92, 0.87, 0.92, 0.84),
    # the blind set 23 as first measured (0.56-0.68 cross-language recall), with the manta
    # rays split made after it
    "set23": (0.72, 0.73, 0.70, 0.82, 0.58),
    # the blind sets 24 and 25, first measured with the general-knowledge lexicon
    # (cross-language recall 0.35-0.53, precision 0.91-1.00), then development sets for the
    # country short names, exclusions of several words and a fourth lexicon batch
    # (cross-language recall 0.86-0.94): floors ~0.02 under the lowest language's figures;
    # set 24's French cross-language precision 1.000 -> 0.967 with the relational adjectives
    # (2026-12-06: "aide alimentaire" typed apart, aid and food, also finds the thiamine page
    # that says "can aid in learning" and "food sources"; English recall 0.95 -> 1.00)
    "set24": (0.89, 0.92, 0.88, 0.94, 0.84),
    "set25": (0.93, 0.93, 0.93, 0.94, 0.89),
    # the blind set 26, first measured with the goods lexicon (cross-language recall
    # 0.62-0.76 at precision 1.00), then with the field lexicon written without seeing it
    # (0.68-0.87 at 1.00): floors ~0.02 under the lowest language's figures after that
    "set26": (0.80, 0.91, 0.74, 0.98, 0.65),
    # the blind set 27, first measured with the field lexicon (cross-language recall
    # 0.60-0.76, precision 0.90-1.00; the nature lexicon, written without it, changed nothing)
    "set27": (0.76, 0.83, 0.72, 0.87, 0.57),
    # the blind set 28, first measured with the nature lexicon (cross-language recall
    # 0.55-0.88, precision 0.93-0.96), then with the industry lexicon written without it
    "set28": (0.72, 0.80, 0.67, 0.91, 0.53),
    # the blind set 29, first measured with the industry lexicon (cross-language recall
    # 0.46-0.79, precision 0.96-1.00)
    "set29": (0.65, 0.75, 0.59, 0.93, 0.43),
    # the blind set 30, first measured with the phenomena lexicon (cross-language recall
    # 0.71-0.82, precision 0.93-0.97), then with the earth lexicon written without it and the
    # GM labels (0.83-0.94 at 0.92-0.97): floors ~0.02 under the lowest language's figures
    "set30": (0.87, 0.84, 0.86, 0.89, 0.81),
    # the blind set 31, first measured on the same state (cross-language recall 0.67-0.69,
    # precision 0.93-1.00), then with the GM and deposit-return labels (0.75-0.79); French
    # jetables translated as Spanish desechable, which the stemmer cuts to desech as it
    # cuts desechos (waste), looked for as the word itself since 2026-12-07
    # (vocabulary.search.QueryExpander.stem_shared: French cross-language recall 0.750 ->
    # 0.719, a Spanish page on disposable vapes that says desechable in its description only)
    "set31": (0.82, 0.83, 0.78, 0.91, 0.70),
    # the blind set 32, first measured with the six batches of 2026-12-06 (cross-language
    # recall 0.82-0.86, precision 0.92-1.00)
    "set32": (0.89, 0.91, 0.87, 0.90, 0.79),
    # the blind set 33, first measured with the cognate endings of 2026-12-06 (cross-language
    # recall 0.71-0.83, precision 0.92-0.97; the same without them)
    "set33": (0.80, 0.87, 0.76, 0.89, 0.68),
    # the blind set 34, first measured with the stop words out of the stemmed fields
    # (cross-language recall 0.79-0.92, precision 0.86-0.93), then with a round on it
    # (sloths, saltworks, African swine fever; 0.85-0.97 at 0.95-0.97)
    "set34": (0.86, 0.86, 0.86, 0.93, 0.83),
    # the blind set 35, first measured with the accent rule of 2026-12-06 (cross-language
    # recall 0.67-0.78, precision 0.88-0.96), then with the taxa lexicon written without it
    # (0.67-0.90) and a round on it (tapirs, shifting cultivation, myrtle rust, fruit
    # ripening, legal personhood, sport hunting; 0.92-1.00 at 0.91-0.96)
    "set35": (0.91, 0.90, 0.89, 0.89, 0.89),
    # the blind set 36, first measured with the taxa lexicon (cross-language recall
    # 0.57-0.59, precision 0.82-0.93), then with the practices lexicon written without it
    # (0.63-0.65) and a round on it (conservation easements, sky lanterns, cooling towers,
    # bird-safe glass, mothballs, chestnut pests; 0.80-1.00 at 0.86-0.94)
    "set36": (0.88, 0.82, 0.83, 0.84, 0.78),
    # the blind set 37, first measured with the taxa, diseases and practices lexicons and the
    # rounds on sets 35 and 36 (cross-language recall 0.82-0.85, precision 0.93-0.96), then
    # with a round on it (ecological fiscal transfers, animal feed, citrus greening, the
    # palmyra palm; 0.88-0.91 at 0.93-0.97)
    "set37": (0.89, 0.89, 0.87, 0.87, 0.85),
    # the blind set 38, first measured with the British and American spellings and the
    # overlapping labels in place (cross-language recall 0.77-0.81, precision 0.80-0.89:
    # labels of broader concepts such as twinning and volcanic eruptions, homonyms such as
    # galápagos and mulet / mulette)
    "set38": (0.81, 0.73, 0.82, 0.79, 0.76),
    # the blind set 39, first measured on the same state (cross-language recall 0.75-0.78,
    # precision 0.78-1.00: South-South cooperation graded on offers that never say it, the
    # tsunami label of a concept that also holds volcanic eruptions)
    "set39": (0.77, 0.74, 0.78, 0.77, 0.74),
    # the blind set 40, first measured with the generic-label and women changes of 2026-12-06
    # (cross-language recall 0.70-0.87, precision 0.87-0.99: closed seasons (veda pesquera)
    # and dunes (médanos) that no file holds), then with three lexicon batches written
    # without it (French 0.75 -> 0.81: oyat)
    "set40": (0.84, 0.87, 0.77, 0.85, 0.68),
    # the blind set 41, first measured with set 40's round (cross-language recall 0.61-0.75,
    # precision 0.77-0.91: pollarding found coppice, topics no file names, French "gel" as
    # frost and as nail gel), then with the places lexicon written without it (Spanish
    # recall 0.75 -> 0.81) and a round on it (pollarding, Culicoides: precision 0.83-0.96)
    "set41": (0.72, 0.73, 0.67, 0.80, 0.58),
    # the blind set 42, first measured with the relational adjectives (cross-language recall
    # 0.71-0.89, precision 0.78-0.87: hantavirose, huaicos, deslizamientos, cultivo de algas,
    # tyre wear particles, carrageenan and cíbolo that no label or row held), then a round on
    # it (recall 0.92-1.00; precision 0.79-0.91: "right to repair" typed apart finds repairs
    # and rights, as its words typed apart would)
    "set42": (0.92, 0.83, 0.91, 0.77, 0.90),
    # the blind set 43, first measured with set 42's round (cross-language recall 0.67-0.83,
    # precision 0.75-0.88: regional names no row held, cultivos de servicio, cercos and
    # boyeros eléctricos, filets paragrêle, CIPAN), then with the pollutants file written
    # without it (one record) and a round on it (recall 0.92-0.95; "couverts végétaux" left
    # out: French "couvert végétal" is also vegetation cover, a land degradation indicator)
    "set43": (0.89, 0.76, 0.90, 0.78, 0.90),
    # the blind set 44, first measured with set 43's round (cross-language recall 0.78-0.94,
    # precision 0.83-0.86), then with the regional and law files written without it
    # (styromousse, unicel: 0.85 / 0.82 / 0.94) and a round on it (sea kraits, irrigation
    # localisée, lightning arresters; a country's names in every language: recall 0.90-0.98)
    "set44": (0.94, 0.85, 0.90, 0.82, 0.88),
    # the blind set 45, first measured with the regional and law files (cross-language recall
    # 0.82-0.89, precision 0.80-0.95), then a round on it (ecolabels a concept of their own,
    # ventilas hidrotermales, snowmaking, shellfish gleaning: recall 0.91-0.97)
    "set45": (0.90, 0.81, 0.91, 0.82, 0.88),
    # the blind set 46, first measured with set 45's round (cross-language recall 0.82-0.94,
    # precision 0.80-0.93), then with the recreation file written without it (unchanged) and
    # a round on it (livestock guardian dogs, radon dans les maisons: recall 0.88-0.97)
    "set46": (0.89, 0.74, 0.88, 0.78, 0.86),
    # the blind set 47, first measured with the disasters file (cross-language recall
    # 0.85-0.88, precision 0.70-0.84: French "stages" is internships and training courses),
    # then a round on it (mountain lakes, thermopompes, arroz-peces, ship speed limits:
    # recall 0.90-0.98)
    "set47": (0.89, 0.68, 0.90, 0.71, 0.88),
    # the blind set 48, first measured with the stop words and the members file (cross-language
    # recall 0.65-0.93, precision 0.74-0.81: plaguicidas bamba, gravats, cascajo, a lexicon
    # row that made hydrogen green hydrogen), then a round on it (illegal pesticides and
    # industrial symbiosis concepts, construction waste labels: recall 0.84-0.98)
    "set48": (0.92, 0.84, 0.90, 0.80, 0.84),
    # the blind set 49, first measured before the stop words (cross-language recall 0.72-0.75,
    # precision 0.63-0.81: Spanish cuyo found as cuyes, guinea pigs), then with the stop
    # words, the members file written without it (unchanged) and a round on it (hedgehogs,
    # ethnoveterinary medicine, assisted migration, pesca con devolución: recall 0.94-1.00)
    "set49": (0.96, 0.81, 0.96, 0.78, 0.93),
    # the blind set 50, first measured with set 49's round (cross-language recall 0.81-0.88,
    # precision 0.81-0.88: customs codes, raps, fierro viejo, émissions intrinsèques, autos
    # usados), then with the forestry, oceans and climate files written without it
    # (unchanged) and a round on it (recall 0.93-0.94)
    "set50": (0.90, 0.79, 0.89, 0.80, 0.91),
    # the blind set 51, first measured with set 49's round (cross-language recall 0.68-0.85,
    # precision 0.66-0.73: breadfruit trees and humpback trips in passing graded 0, swiftlets
    # graded as swifts), then with the three files written without it (unchanged) and a round
    # on it (avistaje de ballenas, swiftlets as swifts, indicadores naturales del clima:
    # recall 0.76-0.92; the breadfruit row stays out, it cost the held-out duplicate sets a pair)
    "set51": (0.84, 0.71, 0.81, 0.63, 0.74),
    # the blind set 52, first measured with sets 50 and 51's rounds (cross-language recall
    # 0.77-0.81, precision 0.80-0.89: sea-dumped munitions typed in another order,
    # disposable face masks, anaesthetic gases, décompensation), then with the water and
    # cities files written without it (unchanged) and a round on it (recall 0.91-0.94)
    "set52": (0.93, 0.77, 0.93, 0.71, 0.91),
    # the blind set 53, first measured on the same state (cross-language recall 0.80-1.00,
    # precision 0.70-0.83: kiwicha, living roofs, toits verts), then a round on it (recall
    # 0.88-1.00; rock climbing left: escalade / escalada alone are also escalation, and the
    # Spanish stem of escalada is escala's)
    "set53": (0.94, 0.70, 0.93, 0.66, 0.87),
    # the blind set 54, first measured after the acronym rule and five ambiguous variants out
    # (cross-language recall 0.72-0.85, precision 0.82-0.90: two runs of words joined by OR
    # read word by word, crumb rubber, tidal stream turbines, mecheros de kerosene,
    # bioturbosina, Congo read as the Republic only), then a round on it: a lone OR between
    # two runs of two words or more, Congo as either Congo, rows (recall 0.93-0.98)
    "set54": (0.96, 0.83, 0.96, 0.83, 0.93),
    # the blind set 55, first measured on the same state (cross-language recall 0.76-0.95,
    # precision 0.69-0.70: passing mentions of groupers, parakeets and hippos graded 0;
    # caballos cimarrones, baguales, garrofa, jardins communautaires, surfistas), then the
    # same round (recall 0.90-1.00; precision unchanged: the passing mentions stay found)
    "set55": (0.89, 0.64, 0.92, 0.68, 0.90),
    # the blind set 56, first measured after the rounds on sets 54 and 55 (cross-language
    # recall 0.61-0.79, precision 0.88-0.90: leaded avgas, laughing gas, sail cargo, cultivated
    # meat, citizens' assemblies, calcined clay, none in the lexicon), then a round on it
    # (recall 0.97-1.00)
    "set56": (0.98, 0.88, 0.98, 0.84, 0.97),
    # the blind set 57, first measured on the same state (cross-language recall 0.70-0.77,
    # precision 0.61-0.76: passing mentions of chiles and oysters graded 0; French *Chili* read
    # as Chile only; daylighting, marara, bancos ostioneros), then the same round (recall
    # 0.93-0.97; the khettaras page z04 that the judges graded for acequias left out: the
    # Spanish acequias in every irrigation page cost more than it found)
    "set57": (0.98, 0.69, 0.96, 0.62, 0.93),
    # the blind set 58, first measured after the rounds on sets 56 and 57 (cross-language
    # recall 0.80-0.91, precision 0.69-0.81: lissage des cheveux, plant-made pharmaceuticals,
    # cuisinières à induction), then a round on it (recall 0.93-0.98)
    "set58": (0.89, 0.75, 0.96, 0.71, 0.92),
    # the blind set 59, first measured on the same state (cross-language recall 0.59-0.76,
    # precision 0.79-0.81: place names, bioluminescent bays, panteones, tatú carreta, manoomin,
    # Indigenous peoples named only by name), then the same round and Indigenous peoples as
    # members of *indigenous* (recall 0.88-0.92; waterfalls written as *falls* left)
    "set59": (0.92, 0.80, 0.90, 0.78, 0.87),
    # the blind set 60, first measured after the rounds on sets 58 and 59 (cross-language
    # recall 0.51-0.68, the lowest first figures since set 36, precision 0.65-0.72: data
    # centres, cryptomining, GMO medicines, fumigated containers, drug precursors, clima
    # automotriz, none in the lexicon), then a round on it (recall 0.91-1.00)
    "set60": (0.94, 0.72, 0.94, 0.69, 0.91),
    # the blind set 61, first measured on the same state (cross-language recall 0.78-0.97,
    # precision 0.63-0.80: pouces-pieds, fauchage tardif, gardiens du territoire, first
    # flowering), then the same round (recall 0.94-0.98); French "ours" (bears) is looked for
    # in English text too since an English word too is (the pronoun: precision 0.69 -> 0.685)
    "set61": (0.94, 0.68, 0.96, 0.63, 0.94),
    # the blind set 62, first measured after the round on sets 60 and 61 (cross-language
    # recall 0.85 / 0.89 / 0.67 at precision 0.81 / 0.86 / 0.87: shore power in Spanish,
    # district cooling apart from heating, street disinfection, vitriolage, GM apples, building
    # energy standards), then a round on it (recall 0.92-1.00)
    "set62": (0.95, 0.81, 0.94, 0.78, 0.89),
    # the blind set 63, first measured on the same state (cross-language recall 0.77 / 0.85 /
    # 0.79 at precision 0.59 / 0.83 / 0.68: green schoolyards, cochon-bois and sajino, magot,
    # fourmi électrique, butternut, black pearls, sea sponges), then the same round (recall
    # 0.93-1.00; the passing foxes, bears and macaques of older pages stay 0)
    "set63": (0.94, 0.70, 0.94, 0.61, 0.91),
    # the blind set 64, first measured after the round on sets 62 and 63 (cross-language
    # recall 0.59 / 0.53 / 0.54 at precision 0.79 / 0.86 / 0.78: geoengineering, night
    # trains, community energy, conflict minerals and dog faeces in no entry; low-sulphur
    # road diesel), then a round on it (recall 0.92-0.98)
    "set64": (0.94, 0.82, 0.93, 0.84, 0.89),
    # the blind set 65, first measured on the same state (cross-language recall 0.68 / 0.72 /
    # 0.78 at precision 0.78 / 0.58 / 0.72: honey hunting's wild honey and meleros, snorkel
    # trails apart from dive sites, careteo and PMT, dragon trees, woodpeckers as pics and
    # carpinteros), then the same round (recall 0.89-0.99; wadis as members of intermittent
    # rivers left out: they found olive-mill wastewater in wadis and Montevideo's rambla)
    "set65": (0.93, 0.68, 0.90, 0.57, 0.86),
    # the blind set 66, first measured after the round on sets 64 and 65 (cross-language
    # recall 0.70 / 0.68 / 0.81 at precision 0.84 / 0.90 / 0.79: radioactive waste disposal,
    # serious games, shared e-scooters apart from e-bikes, GM tomatoes, green freight, kalaba),
    # then a round on it (recall 0.84-0.97)
    "set66": (0.90, 0.81, 0.85, 0.77, 0.82),
    # the blind set 67, first measured on the same state (cross-language recall 0.93 / 0.74 /
    # 0.81 at precision 0.77 / 0.66 / 0.53: cicadas, chicharras and coyuyos, urban pigeons and
    # pigeon lofts, reindeer and caribou, remeandering apart from river restoration), then the
    # same round (recall 1.00; the pigeons that peregrines eat stay 0)
    "set67": (0.95, 0.62, 0.98, 0.53, 0.98),
    # the blind set 68, first measured after the round on sets 66 and 67 (cross-language
    # recall 0.73 / 0.67 / 0.63 at precision 0.83 / 0.70 / 0.76: head lice, leaf blowers,
    # zero waste in French, raite and compartir auto, bois massif, houlomoteurs, la gratte),
    # then a round on it (recall 0.92-1.00)
    "set68": (0.91, 0.71, 0.93, 0.67, 0.90),
    # the blind set 69, first measured on the same state (cross-language recall 0.90 / 0.80 /
    # 0.86 at precision 0.57 / 0.56 / 0.62: piafs and pardales, negrillos, martin-chasseur,
    # the red-bellied squirrel, DED), then the same round (recall 0.92-1.00; French golfs
    # left out: its stem is golfe's, every gulf)
    "set69": (0.92, 0.59, 0.92, 0.57, 0.90),
    # the blind set 70, first measured after the round on sets 68 and 69 (cross-language
    # recall 0.49 / 0.46 / 0.53 at precision 0.83 / 0.62 / 0.75: pulvérisations spatiales and
    # fumigación contra el dengue, aérosols-doseurs and pompes pour l'asthme, MDI and MPOC,
    # pompage-turbinage, pirogues and canoas solares, chiques and banquetas, laboratoires des
    # douanes, budget vert and etiquetado del gasto), then a round on it (recall 0.91-1.00;
    # Spanish lino stays stemmed as líneas is, so GM flax finds líneas de base)
    "set70": (0.91, 0.69, 0.93, 0.62, 0.89),
    # the blind set 71, first measured on the same state (cross-language recall 0.74 / 0.79 /
    # 0.75 at precision 0.60 / 0.64 / 0.66: melandru, vacaloura and texu, MHW, yanchama and
    # tapa, palmito and chou palmiste, bovine TB), then the same round (recall 0.94-1.00; the
    # passing badgers, Mexican tejones and the weevil in the heart of palms stay 0)
    "set71": (0.92, 0.65, 0.94, 0.62, 0.92),
    # the blind set 72, first measured after the round on sets 70 and 71 (cross-language
    # recall 0.41 / 0.57 / 0.53 at precision 1.00 / 0.92 / 0.89: dégivrage des avions and
    # deshielo de aeronaves, albercas, antennes-relais, congestion charging, avions en fin de
    # vie, échanges d'électricité, langues nationales, betarraga), then a round on it (recall
    # 0.93-0.96)
    "set72": (0.92, 0.88, 0.90, 0.93, 0.91),
    # the blind set 73, first measured on the same state (cross-language recall 0.88 / 0.74 /
    # 0.92 at precision 0.79 / 0.68 / 0.67: gabians, fanjans, rat-trompette, espèces
    # lessepsiennes, madereo con bueyes), then the same round (recall 0.97-1.00; the passing
    # gulls, lavender and canyons of earlier pages stay 0)
    "set73": (0.97, 0.66, 0.97, 0.63, 0.95),
    # the blind set 74, first measured after the everyday-nouns batch and the English-words
    # change, neither of which moved it (cross-language recall 0.60 / 0.63 / 0.48 at precision
    # 0.82 / 0.74 / 0.72: gaz lacrymogènes, solvent sniffing as inhalation de colle, centros
    # de recarga, limitation de vitesse, plans climat des communes, vides transgénicas,
    # court-noué, prepaid meters), then a round on it (recall 0.90-0.98)
    "set74": (0.93, 0.75, 0.90, 0.74, 0.88),
    # the blind set 75, first measured on the same state (cross-language recall 0.67 / 0.72 /
    # 0.70 at precision 0.55 / 0.57 / 0.44: rat d'eau, thuriféraies, refuges thermiques,
    # yuyos de vereda, mascatos, ruches troncs, gîtes à la ferme), then the same round (recall
    # 0.96-1.00; the passing dormice, gannets and hay meadows of earlier pages stay 0)
    "set75": (0.97, 0.58, 0.96, 0.53, 0.93),
    # the blind set 76, first measured after the round on sets 74 and 75 (cross-language
    # recall 0.62 / 0.64 / 0.55 at precision 0.85 / 0.88 / 0.88: shisha as chicha and
    # cachimbas, pre-shipment inspection, rosters of experts as bancos de expertos, pourghère
    # and tempate, marihuana, appliance energy labels), then a round on it (recall 0.89-0.92;
    # TCE, bare pellets and piñón left out: transaction cost economics, plastic pellets, pine
    # nuts)
    "set76": (0.92, 0.82, 0.90, 0.82, 0.87),
    # the blind set 77, first measured on the same state (cross-language recall 0.85 / 0.83 /
    # 0.88 at precision 0.66 / 0.68 / 0.62: killifish and cachorritos, alose feinte and
    # saboga, makis, porc-épic, tuneras, canopys and tyroliennes), then the same round
    # (recall 1.00)
    "set77": (0.92, 0.59, 0.94, 0.56, 0.98),
    # the blind set 78, first measured after the round on sets 76 and 77 (cross-language
    # recall 0.75 / 0.56 / 0.63 at precision 0.58 / 0.85 / 0.59: patinoires and pistas de
    # hielo, traînées de condensation and estelas, masses d'équilibrage and contrapesos de
    # plomo, residuos de comida), then a round on it (recall 0.82-0.97; Québec arénas left
    # out: folded, it is Spanish arenas, sand)
    "set78": (0.89, 0.70, 0.90, 0.67, 0.80),
    # the blind set 79, first measured on the same state (cross-language recall 0.85 / 0.92 /
    # 0.89 at precision 0.70 / 0.60 / 0.73: brood parasitism, nutria as coypu, stromatolithes,
    # algues envahissantes, legumbres), then the same round (recall 0.94-1.00)
    "set79": (0.95, 0.61, 0.95, 0.60, 0.92),
    # the blind set 80, first measured on the state after the round on sets 78 and 79
    # (cross-language recall 0.84 / 0.82 / 0.90 at precision 0.76 / 0.62 / 0.77: énergie
    # osmotique and energía azul, bateaux de plaisance hors d'usage and buques abandonados,
    # pasteras, an aluminerie as a smelter), then a round on it (recall 0.99-1.00)
    "set80": (0.93, 0.72, 0.96, 0.63, 0.97),
    # the blind set 81, first measured on the same state (cross-language recall 0.94 / 0.87 /
    # 0.81 at precision 0.65 / 0.72 / 0.71: tabobo, camellones and campos elevados, refuges
    # gardés, mountain hare as lièvre variable), then the same round (recall 0.90-1.00;
    # chinampas as raised fields and Écrins as the Alps left to the judge's reading)
    "set81": (0.92, 0.65, 0.89, 0.62, 0.87),
    # the blind set 82, first measured with cognates in the languages a one-language
    # translation lacks (cross-language recall 0.79 / 0.91 / 0.83 at precision 0.77 / 0.68 /
    # 0.57: synthèse d'ADN, loi type, tickets de caisse and boletas, energy hardship,
    # cajeras), then a round on it (recall 0.97-1.00)
    "set82": (0.93, 0.67, 0.96, 0.59, 0.95),
    # the blind set 83, first measured on the same state (cross-language recall 0.80 / 0.70 /
    # 0.81 at precision 0.64 / 0.50 / 0.71: corocoro and ibis rouge, mannes and efímeras,
    # cuatrimotos and VTT, yaxché), then the same round (recall 0.94-1.00; fromagers left
    # out: it is French for cheesemakers too)
    "set83": (0.94, 0.61, 0.94, 0.52, 0.91),
    # the blind set 84, first measured after the round on sets 82 and 83 (cross-language
    # recall 0.80 / 0.81 / 0.86 at precision 0.69 / 0.69 / 0.77: billboards and vallas,
    # contrôle technique and VTV, grid-scale batteries, golosinas), then a round on it
    # (recall 0.96-0.97; derelict boats and munitions as potentially polluting wrecks left to
    # the judge's reading)
    "set84": (0.90, 0.71, 0.95, 0.67, 0.93),
    # the blind set 85, first measured on the same state (cross-language recall 0.90 / 0.90 /
    # 0.77 at precision 0.60 / 0.58 / 0.73: sardinelles as sardines, wild geese, flysurf,
    # aguaje and morichales), then the same round (recall 1.00)
    "set85": (0.95, 0.56, 0.98, 0.53, 0.98),
    # the blind set 86, first measured after the round on sets 84 and 85 (cross-language
    # recall 0.87 / 0.75 / 0.92 at precision 0.81 / 0.72 / 0.65: farts and ceras de esquí,
    # lecteurs de CO2, drones fumigadores, minería de cinabrio), then a round on it (recall
    # 0.97-0.99)
    "set86": (0.92, 0.69, 0.93, 0.65, 0.95),
    # the blind set 87, first measured on the same state (cross-language recall 0.90 / 0.84 /
    # 0.93 at precision 0.61 / 0.49 / 0.49: tilapias as cichlids, magpies as corvids but not
    # as crows, cisne de cuello negro, tarodières, merluchons, BTT), then the same round
    # (recall 1.00)
    "set87": (0.97, 0.54, 0.98, 0.45, 0.98),
    # the blind set 88, first measured after the round on sets 86 and 87 (cross-language
    # recall 0.47 / 0.50 / 0.70 at precision 0.83 / 0.88 / 0.92: geothermal power, marche au
    # ralenti and motor al ralentí, dredged sediments, agrostide, piquages clandestins and
    # ductos, gasohol, comisión multisectorial), then a round on it (recall 0.83-0.99; E10
    # and E85 kept apart from gasohol, a judge's 1 for it left)
    "set88": (0.90, 0.81, 0.90, 0.78, 0.81),
    # the blind set 89, first measured on the same state (cross-language recall 0.72 / 0.70 /
    # 0.89 at precision 0.61 / 0.78 / 0.67: kumara, OFSP, higuerones, bambou japonais,
    # fotografía de naturaleza, recuperación de playas, poutargue), then the same round
    # (recall 0.93-1.00; French mulets and Spanish lisas alone still left out: a mule and
    # "smooth")
    "set89": (0.95, 0.68, 0.94, 0.63, 0.90),
    # the blind set 90, first measured after the round on sets 88 and 89 (cross-language
    # recall 0.86 / 0.82 / 0.88 at precision 0.83 / 0.91 / 0.88: recyclage de la peinture,
    # non-animal methods, Bt refuges, evaluación inicial de Minamata), then a round on it
    # (recall 0.85-0.89; the judge's 1s for older Bt pages that name no resistance
    # management left)
    "set90": (0.87, 0.77, 0.87, 0.81, 0.82),
    # the blind set 91, first measured on the same state (cross-language recall 0.74 / 0.72 /
    # 0.77 at precision 0.56 / 0.49 / 0.65: flora de serpentina, albergues ecoturísticos,
    # carraca europea, zarapito común, jambonneau, yagé), then the same round (recall
    # 0.94-1.00; Spanish nácaras, which the stemmer reads as nacidos, taken out; bleuets
    # still left out: a cornflower in France)
    "set91": (0.94, 0.70, 0.94, 0.66, 0.91),
    # the blind set 92, first measured after the exact translations (cross-language recall
    # 0.59 / 0.77 / 0.70 at precision 0.77 / 0.74 / 1.00: biobardas and barrages à fatras,
    # moteurs à haut rendement, precio social del carbono, cameline, retenues), then a round
    # on it (recall 0.97-1.00; trash wheels and France's valeur de l'action pour le climat
    # kept narrower, as the judge has them)
    "set92": (0.95, 0.84, 0.96, 0.77, 0.94),
    # the blind set 93, first measured on the same state (cross-language recall 0.81 / 0.81 /
    # 0.93 at precision 0.79 / 0.42 / 0.60: théiculture and chacras de té, piraïs, aguadas and
    # bebederos, animaux sacrés and tabúes), then the same round (recall 0.94-0.98; its
    # judge grades 0 the many pages that name tea, a quail or a chimpanzee in passing)
    "set93": (0.88, 0.55, 0.93, 0.43, 0.91),
    # the blind set 94, first measured after a try of participles in the translation table
    # (measured both ways, not kept: cross-language recall 0.74 / 0.67 / 0.66 at precision
    # 0.72 / 0.60 / 0.78 without them: puits orphelins and pozos inactivos, vol d'électricité
    # and conexiones ilegales, balados and pódcast, lengua de señas), then a round on it
    # (recall 0.77-1.00; French papillons kept for butterflies, as set 85's judge has it;
    # infant formula as food and FALC as sign language left to the judge; French
    # cross-language precision 0.618 -> 0.584 when a translation looked for as the word
    # itself gained its regular forms: Spanish retardantes, the flame retardants of two
    # pages its judge graded 0, for retardant feux de forêt)
    "set94": (0.88, 0.66, 0.83, 0.56, 0.74),
    # the blind set 95, first measured on the same state (cross-language recall 0.69 / 0.80 /
    # 0.82 at precision 0.55 / 0.73 / 0.65: frégates and fragatas, chinitas, terrains
    # militaires and campos de maniobras, acampe agreste, déclassement), then the same round
    # (recall 0.96-1.00; mountain huts as wild camping left to the judge)
    "set95": (0.93, 0.69, 0.95, 0.61, 0.93),
    # the blind set 96, first measured on the state after set 95's round (cross-language
    # recall 0.95 / 0.63 / 0.69 at precision 0.78 / 0.80 / 0.80: schistes bitumineux and
    # esquistos bituminosos, bandes dessinées and historietas, statistiques miroirs, mosquées
    # vertes, carrosseries and talleres de desabolladura), then a round on it (recall
    # 0.94-0.98; pages that name cartons among other packaging left to the judge)
    "set96": (0.93, 0.76, 0.94, 0.79, 0.91),
    # the blind set 97, first measured on the same state (cross-language recall 0.75 / 0.87 /
    # 0.86 at precision 0.66 / 0.74 / 0.63: dippers, cincles and mirlos acuáticos, curré,
    # bois-pourri and tapacaminos), then the same round (recall 0.97-1.00; forest pages
    # without certification left to the judge)
    "set97": (0.95, 0.74, 0.96, 0.68, 0.94),
    # the blind set 98, first measured on the state after set 97's round (cross-language
    # recall 0.83 / 0.68 / 0.62 at precision 0.87 / 0.46 / 0.73: fongicides cupriques and
    # fungicidas cúpricos, déchets post-catastrophe, théâtre-forum and teatro comunitario,
    # agences de crédit à l'exportation, arbitrage investisseur-État), then a round on it
    # (recall 0.90-0.96; older pages that name storms, debris or timber in passing left to
    # the judge's 1s)
    "set98": (0.93, 0.66, 0.91, 0.53, 0.88),
    # the blind set 99, first measured on the same state (cross-language recall 0.73 / 0.73 /
    # 0.63 at precision 0.60 / 0.64 / 0.58: bichiques, cetí and titiri, pistachier de l'Atlas,
    # plumeros, efectividad de manejo, alcaudón chico), then the same round (recall
    # 0.96-0.97; METT taken back out: stemmed, it found French *met* and *mets*; pineapple
    # pages as bromeliads left to the judge)
    "set99": (0.92, 0.60, 0.95, 0.57, 0.94),
    # the blind set 100, first measured on the state after set 99's round (cross-language
    # recall 0.63 / 0.64 / 0.58 at precision 0.80 / 0.90 / 0.77: antinéoplasiques and
    # citostáticos, termovalorización, PEHSU, lessives sans phosphates, aerogeneradores de baja
    # potencia, mosaïque dorée), then a round on it (recall 0.89-0.95; pages that name an
    # energy-from-waste plant in passing graded 0)
    "set100": (0.86, 0.66, 0.85, 0.67, 0.87),
    # the blind set 101, first measured on the same state (cross-language recall 0.90 / 0.72 /
    # 0.93 at precision 0.72 / 0.79 / 0.70: manicou, gentiane jaune, fardela blanca and puffin
    # yelkouan, grenadiers and granados, indigo végétal and jiquilite), then the same round
    # (recall 0.94-1.00; four shearwaters and the yellow gentian kept narrower, as the judge
    # has them; French puffins alone left out: the English puffin)
    "set101": (0.94, 0.64, 0.95, 0.68, 0.91),
    # the blind set 102, first measured on the state after set 101's round (cross-language
    # recall 0.63 / 0.53 / 0.60 at precision 0.71 / 0.88 / 0.86: vols intérieurs courts and
    # vuelos peninsulares, ressourceries and centros de reutilización, festivals de films sur
    # l'environnement, trasvases entre buques, gale du ciment, divulgation des risques
    # climatiques), then a round on it (recall 0.90-0.98; Kamikatsu's take-and-leave shop and
    # pesticide-free cemeteries and streets left to the judge's 1s)
    "set102": (0.94, 0.81, 0.92, 0.76, 0.87),
    # the blind set 103, first measured on the same state (cross-language recall 0.83 / 0.83 /
    # 0.82 at precision 0.76 / 0.62 / 0.84: perrito llanero, putois d'Amérique, simsim,
    # tisane de tilleul and flor de tila), then the same round (recall 0.97-1.00; a squid page
    # that describes SPRFMO without naming it left out)
    "set103": (0.95, 0.70, 0.95, 0.62, 0.95),
    # the blind set 104, first measured on the state after set 103's round (cross-language
    # recall 0.76 / 0.68 / 0.71 at precision 0.98 / 0.85 / 0.83: télétravail and teletrabajo,
    # impression 3D, contenedores caídos al mar, ombrières de parking, incendies dans les
    # centres de tri), then a round on it (recall 0.88-0.98; "A OR B C" still binds OR to the
    # nearest word, as documented)
    "set104": (0.90, 0.82, 0.88, 0.80, 0.86),
    # the blind set 105, first measured on the same state (cross-language recall 0.66 / 0.66 /
    # 0.78 at precision 0.61 / 0.59 / 0.47: becasa de mar, kuaka, vergers haute-tige and
    # pomaradas, rapaces migrateurs, caza submarina, caracoles trompo, burgao, jatata), then
    # the same round (recall 0.83-0.92; the godwits' row held two species: each godwit now a
    # row of its own and a member of the group; French *barges* alone left out: boats; GM
    # eucalyptus, kayak rules and raptor species pages left to the judge's 1s)
    "set105": (0.83, 0.59, 0.83, 0.53, 0.80),
    # the blind set 106, first measured on the state after set 105's round (cross-language
    # recall 0.67 / 0.78 / 0.69 at precision 0.88 / 0.63 / 0.69: thanatopraxie and
    # tanatopraxia, heure d'été and horario de verano, machines à glace solaires, laboratoires
    # de haute sécurité biologique, commissionnaires en douane and despachantes de aduana,
    # suero de quesería), then a round on it (recall 0.94-1.00; *agentes de aduana* and
    # *agents des douanes*, customs officers as often as brokers, left out; *transitaires*,
    # freight forwarders, left to their own row)
    "set106": (0.92, 0.69, 0.93, 0.60, 0.91),
    # the blind set 107, first measured on the same state (cross-language recall 0.79 / 0.88 /
    # 0.82 at precision 0.84 / 0.81 / 0.61: salicorne and espárrago de mar, écopâturage and
    # pastoreo urbano, free-roaming cats, verdolagas de agua, síndrome blanco de los corales,
    # espacios naturales protegidos as a Spanish label of protected areas), then the same
    # round (recall 0.94-1.00)
    "set107": (0.88, 0.64, 0.93, 0.60, 0.92),
    # the blind set 108, first measured on the state after set 107's round (cross-language
    # recall 0.71 / 0.63 / 0.80 at precision 0.83 / 0.75 / 0.74: déstockage des anciennes
    # décharges and minería de basurales, gaz naturel renouvelable, carthame and cártamo, NIMF
    # 15, lye, altération forcée), then a round on it (recall 0.84-0.92; Spanish *expediciones*
    # is not a translation of *expedition* the dictionaries know, whose French one is a
    # shipment: left)
    "set108": (0.91, 0.71, 0.88, 0.69, 0.82),
    # the blind set 109, first measured on the same state (cross-language recall 0.82 / 0.80 /
    # 0.77 at precision 0.70 / 0.68 / 0.68: camoudi and sicurí, cartografía social, poulet
    # bicyclette and gallinas criollas, pêche des couteaux, musgo para nacimientos,
    # tepezcuintles, a paca's name the lexicon had put with the agoutis), then the same round
    # (recall 0.86-0.94; *guantas*, Ecuador's pacas, stem as *guantes*, gloves: taken out;
    # *pak* alone left out)
    "set109": (0.88, 0.67, 0.86, 0.65, 0.83),
    # the blind set 110, first measured on the state after set 109's round (cross-language
    # recall 0.74 / 0.72 / 0.80 at precision 0.86 / 0.94 / 0.77: campagnes sismiques and
    # exploración sísmica, canons à air, défapage and anulación del FAP, SPIS, cheveux coupés,
    # yuca amarga, mantakassa, bromate de potassium beside OR), then a round on it (recall
    # 0.90-0.97; *PRRS-resistant*, one hyphenated word no entry holds, and el27's *emuladores*
    # left)
    "set110": (0.89, 0.78, 0.89, 0.79, 0.87),
    # the blind set 111, first measured on the same state (cross-language recall 0.70 / 0.65 /
    # 0.68 at precision 0.60 / 0.86 / 0.81: roucou and achiote, hylodes and coquíes,
    # lépisostés and pejelagartos, péril animalier and peligro aviario, fourmi-manioc, a tuna
    # row that made bluefin tuna every tuna, bird strikes in the window collisions' row), then
    # the same round (recall 0.87-1.00; *gars* names the Spanish acronym GAR of environmentally
    # sound management, left)
    "set111": (0.87, 0.72, 0.88, 0.66, 0.84),
    # the blind set 112, first measured on the state after set 111's round (cross-language
    # recall 0.71 / 0.59 / 0.66 at precision 0.83 / 0.86 / 0.79: gis chino, lave-auto and
    # autolavado, fallen stock, déchets conchylicoles, radars sonores and radares acústicos,
    # vertidos de sentinas, feux de détresse périmés and bengalas caducadas), then a round on
    # it (recall 0.96-0.98)
    "set112": (0.95, 0.80, 0.94, 0.78, 0.93),
    # the blind set 113, first measured on the same state with three of its records on the
    # topic its author had dropped (gars, not white-tailed eagles: cross-language recall 0.63
    # / 0.47 / 0.60), then with them (0.75 / 0.62 / 0.73 at precision 0.71 / 0.64 / 0.48:
    # alfa, blés vêtus and engrain, poules sultanes and calamones, crapauds accoucheurs and
    # sapos parteros, œdicnèmes and alcaravanes, a row that made every sea eagle a white-tailed
    # one and the choique a greater rhea), then the same round (recall 0.97-1.00)
    "set113": (0.96, 0.66, 0.96, 0.61, 0.94),
    # the blind set 114, first measured on the state after set 113's round and the hyphen
    # and acronym rules (cross-language recall 0.64 / 0.49 / 0.63 at precision 0.83 / 0.58 /
    # 0.68: plaquettes de frein and balatas, fumarate de diméthyle, limiteurs de pression
    # acoustique, contrôle des pulvérisateurs, feux de joie and años viejos, eaux noires des
    # bateaux, laine de mouton beside OR), then a round on it (recall 0.94-1.00; Spanish
    # *vid silvestre* left out of set 115's row: it stems as *vida silvestre*, wildlife)
    "set114": (0.92, 0.71, 0.93, 0.70, 0.91),
    # the blind set 115, first measured on the same state (cross-language recall 0.78 / 0.90 /
    # 0.74 at precision 0.80 / 0.72 / 0.77: arbousier and madroño, hoazin and hoacín, lis de
    # mer and azucena de mar, lambrusque, yarsagumba), then the same round (recall 1.00)
    "set115": (0.94, 0.73, 0.98, 0.73, 0.98),
    # the blind set 116, first measured on the state after set 115's round (cross-language
    # recall 0.71 / 0.63 / 0.59 at precision 0.69 / 0.75 / 0.78: bañaderos garrapaticidas,
    # chamico and stramoine, rapadou, jarres réfrigérantes, vols de câbles, residuos de
    # conchas; a cattle dips row that held sheep dips), then a round on it (recall 0.89-1.00)
    "set116": (0.90, 0.72, 0.89, 0.61, 0.87),
    # the blind set 117, first measured on the same state (cross-language recall 0.87 / 0.72 /
    # 0.65 at precision 0.92 / 0.90 / 0.91: proteo and protée anguillard, megápodos,
    # balsamine de l'Himalaya, duvet d'eider, oliviers millénaires, panda menor), then the
    # same round (recall 1.00)
    "set117": (0.96, 0.86, 0.98, 0.89, 0.98),
    # the blind sets 118-121, written at the same time by four engineers and first measured
    # on the state after set 117's round and the group entries split from their kinds:
    # cross-language recall 0.62 / 0.53 / 0.56 at precision 0.85 / 0.63 / 0.73 (118:
    # détecteurs ioniques, usines à gaz, engins de chantier, tabac à chiquer), 0.91 / 0.85 /
    # 0.84 at 0.80 / 0.82 / 0.84 (119: guacharos, étoile des glaciers, carcajou), 0.69 /
    # 0.86 / 0.74 at 0.70 / 0.69 / 0.96 (120: souchet and chufa, carabao, escombroidosis,
    # excluidor de tortugas), 0.77 / 0.91 / 0.84 at 0.77 / 0.82 / 0.81 (121: socavones,
    # bebederos escolares, filtros de barro, chiens de sauvetage); then a round on them
    "set118": (0.95, 0.72, 0.96, 0.72, 0.95),
    "set119": (0.96, 0.78, 0.98, 0.79, 0.98),
    "set120": (0.95, 0.68, 0.94, 0.69, 0.92),
    "set121": (0.97, 0.66, 0.98, 0.72, 0.98),
    # the blind sets 122-125, written at the same time by four more engineers, one per area as
    # 118-121, first measured on the state after that round and a second lexicon split:
    # cross-language recall 0.71 / 0.50 / 0.63 at precision 0.86 / 0.76 / 0.55 (122:
    # pointeurs laser, cabines de bronzage, films radiographiques, tirs de mines), 0.92 /
    # 0.92 / 0.97 at 0.81 / 0.92 / 0.89 (123: poudou, tumboa, lézards cornus), 0.88 / 0.84 /
    # 0.72 at 0.86 / 0.91 / 0.66 (124: Atriplex and cachiyuyo, luz difusa, pois Congo), 0.78 /
    # 0.76 / 0.81 at 0.66 / 0.86 / 0.73 (125: pompes à motricité humaine, desazolve,
    # radiosondages, muros costeros); then a round on them
    "set122": (0.96, 0.72, 0.98, 0.68, 0.98),
    "set123": (0.96, 0.87, 0.98, 0.90, 0.98),
    "set124": (0.96, 0.77, 0.96, 0.75, 0.94),
    "set125": (0.96, 0.62, 0.98, 0.66, 0.98),
    # the blind sets 126-129, written the same way, first measured on the state after that
    # round, three kinds split from their groups (bottom trawling, crystalline silica, tin and
    # drink cans) and the lexicon and glossary caches: cross-language recall 0.64 / 0.66 /
    # 0.72 at precision 0.71 / 0.80 / 0.77 (126: asthme du boulanger, centrales d'enrobage,
    # navires-centrales, chauffage au mazout), 0.93 / 0.80 / 0.75 at 0.85 / 0.85 / 0.79 (127:
    # musaraignes à trompe, cagou, arbre carquois), 0.71 / 0.77 / 0.62 at 0.90 / 0.84 / 0.68
    # (128: fève tonka and sarrapia, filets maillants dérivants, leche bronca), 0.40 / 0.43 /
    # 0.60 at 0.52 / 0.69 / 0.50 (129: barrières anti-submersion, relevés nivométriques,
    # diagnostic post-sismique, clases de natación); then a round on them (the regular forms
    # of a translation looked for as the word itself, mines a label of mining, lexicon rows)
    "set126": (0.94, 0.76, 0.95, 0.74, 0.94),
    "set127": (0.96, 0.73, 0.98, 0.78, 0.98),
    "set128": (0.94, 0.77, 0.95, 0.72, 0.94),
    "set129": (0.92, 0.61, 0.94, 0.56, 0.93),
    # the blind sets 130-133, written the same way, first measured on the state after that
    # round: cross-language recall 0.79 / 0.85 / 0.78 at precision 0.90 / 0.76 / 0.73 (130:
    # kyste hydatique, bougies de cimetière and veladoras, briquets jetables and chisqueros),
    # 0.84 / 0.88 / 0.70 at 0.78 / 0.84 / 0.84 (131: oiseaux à berceau and pájaros
    # glorieta, llareta, fourmilier marsupial, "-Sudán del Sur"), 0.72 / 0.77 / 0.86 at
    # 0.69 / 0.78 / 0.81 (132: polvillo estriado, glanage and espigueo, herring worm), 0.75 /
    # 0.79 / 0.85 at 0.93 / 0.79 / 0.87 (133: radioamateurs, retrait-gonflement des argiles,
    # pluies provoquées); then a round on them (a country's name that ends in a stop word of
    # another language is still its name; lexicon rows)
    "set130": (0.95, 0.72, 0.98, 0.66, 0.98),
    "set131": (0.98, 0.77, 0.98, 0.76, 0.98),
    "set132": (0.95, 0.76, 0.98, 0.73, 0.98),
    "set133": (0.94, 0.80, 0.91, 0.81, 0.88),
    # the blind sets 134-137, written the same way, first measured on the state after that
    # round: cross-language recall 0.59 / 0.68 / 0.35 at precision 0.78 / 0.76 / 0.52 (134:
    # perles d'eau and bolitas de hidrogel, marc de café and posos de café, azufreras,
    # arena para gatos), 0.66 / 0.67 / 0.54 at 0.78 / 0.83 / 0.54 (135: ouakaris, brèves and
    # pitas, péripates and onicóforos, varillales), 0.75 / 0.86 / 0.75 at 0.70 / 0.59 / 0.58
    # (136: canastillas plásticas, clausura de pastos, turkey farming), 0.70 / 0.67 / 0.51 at
    # 0.84 / 0.92 / 0.86 (137: batardeaux, bornes d'incendie and grifos, pluviomètres
    # citoyens, bande littorale inconstructible); then a round on them (lexicon rows)
    "set134": (0.94, 0.76, 0.95, 0.73, 0.93),
    "set135": (0.97, 0.69, 0.98, 0.71, 0.98),
    "set136": (0.89, 0.60, 0.93, 0.58, 0.98),
    "set137": (0.94, 0.85, 0.93, 0.80, 0.90),
    # the blind sets 138-141, written the same way, first measured on the state after that
    # round: cross-language recall 0.75 / 0.77 / 0.81 at precision 0.86 / 0.86 / 0.77 (138:
    # produits de contraste and medios de contraste, filtres à huile, sprays imperméabilisants,
    # fumées de cuisson, balles de tennis), 0.79 / 0.86 / 0.72 at 0.89 / 0.93 / 0.93 (139:
    # coqs-de-roche and gallitos de las rocas, pato cortacorrientes, goodéidés, pivoines
    # sauvages, cicindèles), 0.69 / 0.78 / 0.65 at 0.70 / 0.83 / 0.82 (140: surveillance
    # électronique, évents d'échappement and anillos de escape, shiitaké sur bûches, trampas
    # read as "cheat"), 0.71 / 0.51 / 0.58 at 0.83 / 0.85 / 0.78 (141: graus and bocabarras,
    # ici commence la mer, incendies dans les quartiers précaires, pronóstico marino); then a
    # round on them (lexicon rows; electronic monitoring split from electronic logbooks)
    "set138": (0.97, 0.79, 0.97, 0.76, 0.96),
    "set139": (0.97, 0.83, 0.98, 0.85, 0.98),
    "set140": (0.95, 0.76, 0.94, 0.76, 0.92),
    "set141": (0.92, 0.81, 0.90, 0.78, 0.89),
    # the blind sets 142-145, written the same way, first measured on the state after that
    # round: cross-language recall 0.65 / 0.54 / 0.60 at precision 0.95 / 0.98 / 0.91 (142:
    # effluents vinicoles and efluentes de bodegas, hydroliennes fluviales, lentilles de
    # contact, recharge bidirectionnelle, cartouches de gaz), 0.73 / 0.97 / 0.65 at 0.82 /
    # 0.73 / 0.70 (143: peces pulmonados and protoptères, monos nocturnos, saltarines,
    # tucu-tucus, sapins méditerranéens), 0.86 / 0.90 / 0.78 at 0.85 / 0.80 / 0.88 (144:
    # forraje verde hidropónico, planage laser, abono orgánico tipo bokashi, andok), 0.63 /
    # 0.68 / 0.68 at 0.92 / 0.74 / 0.90 (145: by-pass de sable and trasvase de arena,
    # nommage des tempêtes, météo spatiale, velas de sombra); then a round on them (lexicon
    # rows; bokashi split from compost tea, the Spanish fir from the firs)
    "set142": (0.95, 0.85, 0.94, 0.80, 0.91),
    "set143": (0.88, 0.72, 0.91, 0.70, 0.88),
    "set144": (0.97, 0.81, 0.98, 0.74, 0.98),
    "set145": (0.86, 0.73, 0.87, 0.78, 0.88),
    # the blind sets 146-149, written the same way, first measured on the state after that
    # round: cross-language recall 0.63 / 0.78 / 0.56 at precision 0.70 / 0.89 / 0.80 (146:
    # buzoneo and imprimés publicitaires, airbags défectueux, ingestion d'aimants, leña
    # seca, épidémiologie des eaux usées, panneaux solaires de balcon), 0.53 / 0.58 / 0.43 at
    # 0.97 / 0.78 / 0.85 (147: cassiques and yapú, picatartes, tolomucos, lézard ocellé and
    # fardacho, thuya de Berbérie and ciprés de Cartagena, épinoches, jacinthes des bois),
    # 0.74 / 0.91 / 0.94 at 0.75 / 0.79 / 0.72 (148: charque, sondas de humedad, ouassous
    # and langostino de agua dulce), 0.51 / 0.63 / 0.60 at 0.79 / 0.70 / 0.88 (149:
    # lavaderos comunitarios, recul des falaises, bousculades and estampidas, cafés
    # scientifiques, branchements sociaux); then a round on them (lexicon rows; French and
    # Spanish tensiomètres / tensiómetros and Spanish oropéndolas left out: blood-pressure
    # meters and golden orioles too; cliff erosion split from coastal cliffs, the Iberian
    # peony from the wild peonies)
    "set146": (0.96, 0.76, 0.98, 0.72, 0.98),
    "set147": (0.97, 0.82, 0.98, 0.82, 0.98),
    "set148": (0.93, 0.73, 0.93, 0.71, 0.91),
    "set149": (0.89, 0.68, 0.88, 0.72, 0.86),
    # the blind sets 150-153, written the same way, first measured on the state after a
    # round on the misses of sets 1-149: cross-language recall 0.39 / 0.52 / 0.52 at
    # precision 0.66 / 0.77 / 0.88 (150: propaganda electoral and bâches électorales,
    # poêles à pétrole and estufas a parafina, bardages combustibles, boues de marbre, gaz
    # carbonique dans les chais, câbles non conformes, ozonizadores), 0.47 / 0.31 / 0.64 at
    # 0.74 / 0.88 / 0.71 (151: arapongas and pájaros campana, becs-croisés and piquituertos,
    # poissons-lunes, fourmilions, amphisbènes and culebrillas ciegas, pain de pourceau,
    # cormiers and serbales, ramondes and oreja de oso), 0.91 / 0.83 / 0.82 at 0.84 / 0.85 /
    # 0.75 (152: grand capucin du maïs, piétin and pietín), 0.62 / 0.55 / 0.64 at 0.80 /
    # 0.78 / 0.46 (153: radiers and badenes inundables, gestion des dépouilles, fotomonitoreo
    # ciudadano, réseau piézométrique, immeubles menaçant ruine, sauveteurs en mer bénévoles,
    # Prix junior de l'eau); then a round on them (lexicon rows; plain Spanish bodegas left
    # out: warehouses too; the crossings and the dead's rows joined to the rows they
    # repeated)
    "set150": (0.88, 0.70, 0.86, 0.68, 0.82),
    "set151": (0.97, 0.75, 0.97, 0.70, 0.96),
    "set152": (0.97, 0.76, 0.98, 0.78, 0.98),
    "set153": (0.88, 0.59, 0.86, 0.55, 0.84),
    # the blind sets 154-157, written the same way, first measured on the state after that
    # round: cross-language recall 0.54 / 0.58 / 0.71 at precision 1.00 / 0.83 / 0.91 (154:
    # setas de gas and terrasses chauffées, charges fantômes and consumo vampiro, cheminées
    # à l'éthanol, taladrinas and fluides de coupe, tapones de corcho), 0.65 / 0.67 / 0.56
    # at 0.77 / 0.64 / 0.82 (155: orvet and lución, trichomanès remarquable, yesares,
    # muguet, sittelles and saltapalos, chou marin and col marina, balisiers and
    # platanillos, topos), 0.88 / 0.83 / 0.75 at 0.91 / 0.81 / 0.80 (156: eudémis and
    # polilla del racimo, mancha blanca, CAHWs, zona de exclusión costera), 0.46 / 0.35 /
    # 0.41 at 0.78 / 0.75 / 0.85 (157: plaques d'égout and tapas de alcantarilla,
    # houlographes and boyas de oleaje, playas inclusivas, charge de neige, présentateurs
    # météo, xéropaysagisme and xerojardinería, chasseurs d'orages, puentes de hamaca);
    # then a round on them (lexicon rows; wave buoys split from the oceanographic buoys as
    # a member, storm spotters apart from storm chasers)
    "set154": (0.90, 0.77, 0.89, 0.80, 0.89),
    "set155": (0.97, 0.68, 0.98, 0.73, 0.98),
    "set156": (0.87, 0.74, 0.88, 0.79, 0.91),
    "set157": (0.81, 0.63, 0.81, 0.75, 0.77),
    # the blind sets 158-161, written the same way, first measured on the state after that
    # round: cross-language recall 0.41 / 0.36 / 0.50 at precision 0.91 / 0.63 / 0.85 (158:
    # tabac chauffé and tabaco calentado, pipetas antipulgas, retraitement des dispositifs
    # à usage unique, mousse florale, lampes germicides UV-C, groupes frigorifiques des
    # camions, humo escénico), 0.75 / 0.81 / 0.81 at 0.54 / 0.52 / 0.55 (159: chevêchettes
    # and caburés, tetigónidos, osmonde royale and helecho real, trembles and álamo
    # temblón), 0.87 / 0.72 / 0.64 at 1.00 / 1.00 / 0.89 (160: potra de la col, mosca de
    # alas manchadas, gale ovine, exploitation à faible impact, clôtures virtuelles and
    # cercos virtuales), 0.79 / 0.77 / 0.79 at 0.61 / 0.69 / 0.53 (161: jaugeages and aforos,
    # gliders oceanográficos, capteurs de vent, fixation des meubles, concours de dessin);
    # then a round on them (lexicon rows; the aspens a group of the Eurasian and the
    # trembling aspen, UV-C lamps a member of UV lamps, bush-crickets joined to their row)
    "set158": (0.88, 0.73, 0.89, 0.75, 0.86),
    "set159": (0.89, 0.48, 0.93, 0.46, 0.92),
    "set160": (0.94, 0.88, 0.96, 0.90, 0.95),
    "set161": (0.92, 0.63, 0.94, 0.60, 0.91),
    # the blind sets 162-165, written the same way, first measured on the state after that
    # round: cross-language recall 0.38 / 0.46 / 0.37 at precision 0.80 / 0.76 / 0.90 (162:
    # manchons à incandescence and camisetas con torio, poudres colorées and polvos holi,
    # oxygène médical, injections esthétiques, chaudières and calderos, déchets
    # internationaux and residuos regulados, syndrome aérotoxique, toitures
    # photovoltaïques), 0.58 / 0.64 / 0.53 at 0.70 / 0.73 / 0.78 (163: crossopes and
    # musgaños, bisbitas and cachirlas, fourmis moissonneuses, chabots and cavilat,
    # hygrocybes and higróforos, myxomycètes, ládano), 0.68 / 0.79 / 0.87 at 0.60 / 0.86 /
    # 0.75 (164: kiwi, terres noires amazoniennes, bigorneaux and bígaros, écoles de bergers,
    # mercados de hacienda), 0.74 / 0.62 / 0.44 at 0.87 / 0.52 / 0.64 (165: cazahuracanes,
    # déferrisation, surveillance des digues and jarillón, numéro d'urgence unique, concours
    # photo); then a round on them (lexicon rows, joined to the rows they repeated: coastal
    # paths, hotel toiletries, steam boilers, iron removal, cattle markets and livestock
    # markets made one; Montagu's and Réunion harriers, the gum rockrose members of their
    # groups)
    "set162": (0.90, 0.80, 0.88, 0.74, 0.84),
    "set163": (0.95, 0.71, 0.98, 0.70, 0.98),
    "set164": (0.97, 0.71, 0.98, 0.65, 0.98),
    "set165": (0.90, 0.70, 0.94, 0.59, 0.92),
    # the blind sets 166-169, written the same way, first measured on the state after that
    # round: cross-language recall 0.71 / 0.68 / 0.83 at precision 0.90 / 0.71 / 0.88 (166:
    # tramadol abuse, fuites d'air comprimé, fourrières and corralones, billets usagés and
    # billetes triturados), 0.53 / 0.56 / 0.67 at 0.62 / 0.93 / 0.91 (167: sargantanas,
    # traquets and collalbas, méloés and carralejas, nécrophores and escarabajos
    # enterradores, opilions, géastres and estrellas de tierra, lavandes de mer and
    # limonios, érèses, abaniquillos), 0.91 / 0.78 / 0.92 at 0.80 / 0.90 / 0.83 (168: tache
    # goudronneuse and mancha de asfalto, kiri, ionisation des aliments), 0.60 / 0.60 / 0.68
    # at 0.74 / 0.84 / 0.81 (169: windpumps and molinos de viento, portes à flot and clapets
    # anti-marée, prévision axée sur les impacts, benchmarking of water utilities, disaster
    # memorials and lugares de memoria, evacuación vertical ante tsunami); then a round on
    # them (lexicon rows, the windpumps' and the chayote's twin rows made one; Spanish
    # "ante" a function word)
    "set166": (0.92, 0.79, 0.91, 0.76, 0.90),
    "set167": (0.96, 0.80, 0.98, 0.80, 0.98),
    "set168": (0.96, 0.79, 0.96, 0.79, 0.95),
    "set169": (0.93, 0.81, 0.94, 0.76, 0.91),
    # the blind sets 170-173, written the same way, first measured on the state after that
    # round: cross-language recall 0.30 / 0.32 / 0.34 at precision 0.84 / 0.39 / 0.53 (170:
    # nicotine pouches and sachets de nicotine, parrillas descartables, bourres and tacos
    # de cartuchos, heat cost allocators, groupes auxiliaires de puissance, drogues
    # saisies, shop doors left open), 0.50 / 0.40 / 0.35 at 0.76 / 1.00 / 0.89 (171:
    # faux-scorpions, galéodes and solífugos, amblypyges and guabás, pompiles, mutilles and
    # matavacas, membracides, todiers and barrancolíes, oiseaux-lunettes and anteojitos,
    # ancolies and aguileñas, phallacées and hongos hediondos), 0.71 / 0.63 / 0.74 at 0.87 /
    # 0.92 / 0.94 (172: Mangalitsa and porc laineux, noix maya and ojoche, jardins en trou
    # de serrure, humidimètres à grains, garrapatillo), 0.77 / 0.45 / 0.72 at 0.89 / 0.78 /
    # 0.79 (173: stations de réception, désinfection des puits, derivadores, radionovelas);
    # then a round on them (lexicon rows; left out: Spanish ramón, a first name, and
    # patis, French pâtis)
    "set170": (0.84, 0.68, 0.82, 0.62, 0.80),
    "set171": (0.93, 0.86, 0.93, 0.91, 0.92),
    "set172": (0.95, 0.88, 0.95, 0.84, 0.94),
    "set173": (0.90, 0.72, 0.90, 0.78, 0.83),
    # every set together (with the eighth set since 2026-12-05; raised with it after the
    # ninth round: cross-language recall 0.91-0.94, and after the tenth: 0.92-0.94; with the
    # tenth set and its own round: 0.92-0.93, cross-language precision 0.95-0.97; with the
    # eleventh, blind: recall 0.91-0.93, cross-language recall 0.89-0.91; with the twelfth,
    # blind: nDCG@10 0.93, cross-language precision 0.94-0.96, recall 0.87-0.88; with the
    # fifteenth after its round, unchanged floors; with the sixteenth after its round,
    # unchanged floors; with sets 54-57, cross-language precision 0.916-0.931: sets 55 and
    # 57 keep the passing mentions their judges graded 0 and a text search finds, so its
    # floor goes to 0.91; with sets 58 and 59 precision 0.910-0.917, for the same reason:
    # 0.90; with sets 60 and 61 cross-language precision 0.905-0.919: 0.90; with sets 62 and
    # 63 and the fixtures' records completed, precision 0.895-0.904 and cross-language
    # precision 0.898-0.915: 0.88 and 0.89; with sets 64-67, cross-language precision
    # 0.888-0.910, the new sets' passing pigeons, bears and foxes graded 0: 0.88; with sets
    # 70 and 71, cross-language precision 0.877-0.900, their passing badgers, coatis and
    # inhalers graded 0: 0.87; with sets 74 and 75, precision 0.878-0.879 and cross-language
    # precision 0.869-0.894, their passing dormice, gannets and meters graded 0: 0.87 and
    # 0.86; with sets 78 and 79, precision 0.870-0.872, their passing terns, briquettes and
    # ice rinks graded 0: 0.86; with sets 80 and 81, cross-language precision 0.860-0.882,
    # their passing hoopoes, partridges, chamois and pulp mills graded 0: 0.85; with sets 82
    # and 83, cross-language precision 0.854-0.879: unchanged; with sets 84 and 85,
    # 0.8497-0.874, and precision 0.859-0.862, their passing sardines, howler monkeys and
    # geese graded 0: 0.84 and 0.85; with sets 88 and 89, cross-language precision
    # 0.844-0.868: unchanged; with sets 90 and 91, 0.844-0.866: unchanged; with sets 92 and
    # 93, 0.842-0.869, set 93's passing teas, quails and chimpanzees graded 0: 0.83; with
    # sets 94 and 95, 0.839-0.866: unchanged; with sets 96 and 97, 0.839-0.865: unchanged;
    # with sets 98 and 99, precision 0.849-0.851 and cross-language precision 0.834-0.862,
    # their passing storms, shrikes and herons graded 0: precision 0.84; with sets 100 and
    # 101, 0.834-0.860: unchanged; with sets 102 and 103, 0.834-0.859: unchanged; with sets
    # 104 and 105, 0.833-0.857: unchanged; with sets 106 and 107, precision 0.840-0.846 and
    # cross-language precision 0.829-0.856 on one pool, their passing feral cats, customs
    # officers and biosafety pages graded 0: 0.83 and 0.82; with sets 108 and 109, bench
    # figures 0.840-0.845 and 0.829-0.856: unchanged; with sets 110 and 111, 0.840-0.845 and
    # 0.831-0.854: unchanged; with sets 112 and 113, 0.839-0.845 and 0.831-0.853: unchanged;
    # with sets 114 and 115, 0.838-0.844 and 0.830-0.853: unchanged; with sets 116 and 117,
    # 0.838-0.844 and 0.830-0.852: unchanged; with sets 118-121, 0.839-0.844 and
    # 0.829-0.853: unchanged; with sets 122-125, 0.837-0.844 and 0.831-0.853: unchanged;
    # with sets 126-129, 0.835-0.844 and 0.828-0.852: unchanged; with sets 130-133,
    # 0.834-0.844 and 0.828-0.852: unchanged; with sets 134-137, 0.833-0.844 and
    # 0.826-0.851: unchanged; with sets 138-141, 0.833-0.844 and 0.827-0.851: unchanged;
    # with sets 142-145, 0.835-0.843 and 0.828-0.851: unchanged; with sets 146-149,
    # 0.834-0.842 and 0.828-0.849: unchanged; after the round on sets 1-149's misses,
    # 0.835-0.843 and 0.828-0.850, cross R 0.952-0.954: unchanged; with sets 150-153,
    # 0.833-0.842 and 0.827-0.850, cross R 0.952-0.954: unchanged; with sets 154-157,
    # 0.832-0.842 and 0.827-0.850, cross R 0.951-0.954: unchanged; with sets 158-161,
    # precision 0.829-0.840 and cross-language precision 0.824-0.848, set 159's passing
    # owls, grasshoppers and ferns graded 0 (its precision 0.53): precision 0.82; with sets
    # 162-165, 0.829-0.838 and 0.823-0.847, cross R 0.952-0.954: unchanged; with sets
    # 166-169, 0.829-0.839 and 0.824-0.846, cross R 0.952-0.955: unchanged; with sets
    # 170-173, 0.829-0.839 and 0.824-0.848, cross R 0.952-0.955: unchanged)
    "all": (0.91, 0.82, 0.89, 0.82, 0.85),
}
FIGURES = ("ndcg@10", "precision", "recall", "cross_precision", "cross_recall")


@pytest.mark.parametrize("name", sorted(FLOORS))
@pytest.mark.parametrize("lang", ["en", "fr", "es", "all"])
def test_relevance_floor(result: dict[str, Any], name: str, lang: str) -> None:
    s = result[name][lang]
    below = {f: round(s[f], 3) for f, low in zip(FIGURES, FLOORS[name], strict=True) if s[f] < low}
    assert not below, (name, lang, below)


# the fourteenth set, written blind, measured once on main (cross-language precision 1.000 in
# the three languages, recall 0.54-0.64; bench/README.md), then a development set for its own
# round's families (acid mine drainage, abandoned mines, GURTs, BioTrade, non-timber forest
# products, saltwater intrusion, chemical leasing, environmental defenders, the Escazú
# Agreement, land grabbing, sea cucumbers, school laboratory chemicals: cross-language
# precision 1.000, recall 0.91-0.98): floors a little under those figures, every language
SET14_FLOORS = (0.94, 0.97, 0.91, 0.98, 0.89)


@pytest.fixture(scope="module")
def result14() -> dict[str, Any]:
    return evaluate_sets(("set14",))


@pytest.mark.parametrize("lang", ["en", "fr", "es", "all"])
def test_the_fourteenth_sets_relevance_floor(result14: dict[str, Any], lang: str) -> None:
    s = result14["set14"][lang]
    below = {f: round(s[f], 3) for f, low in zip(FIGURES, SET14_FLOORS, strict=True) if s[f] < low}
    assert not below, ("set14", lang, below)


def _ids(records: Any) -> set[str]:
    return {f"rel:{r[0]}" for r in records}


OWN_RECORDS_ONLY = frozenset(
    {
        54,
        56,
        62,
        70,
        73,
        92,
        106,
        115,
        117,
        119,
        120,
        122,
        123,
        124,
        125,
        126,
        129,
        130,
        135,
        138,
        139,
        142,
        143,
        144,
        146,
        147,
        151,
        152,
        155,
        156,
        158,
        165,
        167,
        169,
        171,
        172,
        173,
    }
)
"""Blind sets whose judges found no older record relevant to any of their queries (set 54's
topics, from kerosene lamps to sustainable aviation fuel, have no earlier page; the closest,
sky lanterns, cobalt-60 and mask microfibres, are named in its header and graded 0; set 56's,
from leaded aviation fuel to climate litigation, likewise: nitrous oxide as an anaesthetic,
frankincense and agarwood as trees and trade; set 62's, from shore power to GM apples,
likewise: cruise ships, diesel generators, heat pumps and the ozone layer named in passing;
set 70's, from insecticide fogging to climate budget tagging, likewise: a free zone's mobile
laboratory, a botanic garden's identification offer to customs and the batteries of a power
station graded 0 for them; set 73's, from frog legs to turtle doves, likewise: the bullfrog
pages' frog farms and desmantelamiento's letters graded 0; set 92's, from river litter traps
to methylene chloride paint strippers, likewise: the energy audits' motors, the biojet page's
camelina oil and the Petit-Saut wildlife pages graded 0)."""


@pytest.mark.parametrize(
    ("n", "background_judged"),
    [
        (13, True),
        (14, True),
        (15, False),
        (16, False),
        (17, True),
        (18, True),
        (19, True),
        (20, False),
        (21, False),
        (22, True),
        (23, False),
        (24, False),
        (25, False),
        (26, True),
        (27, True),
        (28, True),
        (29, False),
        (30, True),
        (31, True),
        (32, False),
        (33, False),
        (34, False),
        (35, True),
        (36, True),
        (37, True),
        (38, False),
        (39, True),
        (40, False),
        (41, False),
        (42, True),
        (43, True),
        (44, False),
        (45, False),
        (46, False),
        (47, False),
        (48, False),
        (49, False),
        (50, False),
        (51, False),
        (52, False),
        (53, False),
        (54, False),
        (55, False),
        (56, False),
        (57, False),
        (58, False),
        (59, True),
        (60, True),
        (61, False),
        (62, False),
        (63, True),
        (64, False),
        (65, False),
        (66, True),
        (67, False),
        (68, False),
        (69, False),
        (70, False),
        (71, False),
        (72, False),
        (73, False),
        (74, False),
        (75, False),
        (76, False),
        (77, False),
        (78, False),
        (79, False),
        (80, False),
        (81, False),
        (82, False),
        (83, False),
        (84, False),
        (85, False),
        (86, False),
        (87, False),
        (88, False),
        (89, False),
        (90, False),
        (91, False),
        (92, False),
        (93, False),
        (94, False),
        (95, False),
        (96, False),
        (97, False),
        (98, False),
        (99, False),
        (100, False),
        (101, False),
        (102, False),
        (103, False),
        (104, False),
        (105, False),
        (106, False),
        (107, False),
        (108, False),
        (109, False),
        (110, False),
        (111, False),
        (112, False),
        (113, False),
        (114, False),
        (115, False),
        (116, False),
        (117, False),
        (118, False),
        (119, False),
        (120, False),
        (121, False),
        (122, False),
        (123, False),
        (124, False),
        (125, False),
        (126, False),
        (127, False),
        (128, False),
        (129, False),
        (130, False),
        (131, False),
        (132, False),
        (133, False),
        (134, False),
        (135, False),
        (136, False),
        (137, False),
        (138, False),
        (139, False),
        (140, False),
        (141, False),
        (142, False),
        (143, False),
        (144, False),
        (145, False),
        (146, False),
        (147, False),
        (148, False),
        (149, False),
        (150, False),
        (151, False),
        (152, False),
        (153, False),
        (154, False),
        (155, False),
        (156, False),
        (157, False),
        (158, False),
        (159, False),
        (160, False),
        (161, False),
        (162, False),
        (163, False),
        (164, False),
        (165, False),
        (166, False),
        (167, False),
        (168, False),
        (169, False),
        (170, False),
        (171, False),
        (172, False),
        (173, False),
    ],
)
def test_a_blind_set_is_big_enough_new_and_judged_on_its_own_pool(
    n: int, background_judged: bool
) -> None:
    # read, never searched: a blind set is measured once, by the bench, after its commit
    queries = load_queries(SETS[f"set{n}"])
    assert len(queries) >= 60 and len({q.id for q in queries}) == len(queries)
    assert all(len([q for q in queries if q.lang == lang]) >= 20 for lang in ("en", "fr", "es"))
    own_records = OWN_RECORDS[n]
    own = _ids(own_records)
    earlier_ids = set().union(*(_ids(r) for k, r in OWN_RECORDS.items() if k < n))
    assert len(own) == len(own_records) and not earlier_ids & own
    assert all(len([r for r in own_records if r[2] == lang]) == 10 for lang in ("en", "fr", "es"))
    earlier = {q.text.casefold() for k in range(1, n) for q in load_queries(SETS[f"set{k}"])}
    assert not {q.text.casefold() for q in queries} & earlier
    known = earlier_ids | own | background_ids()
    assert all(set(q.grades) <= known for q in queries)
    assert any(set(q.grades) & own for q in queries)
    if n not in OWN_RECORDS_ONLY:
        assert any(set(q.grades) - own for q in queries)  # older records judged too
    if background_judged:  # (sets 15, 16, 20, 21, 23-25, 29, 32-34: none relevant)
        assert any(set(q.grades) - earlier_ids - own for q in queries)
    assert all(q.grades and set(q.grades.values()) <= {1, 2} for q in queries)
    # every new record answers at least one query
    assert {rid for q in queries for rid in q.grades} >= own


@pytest.mark.parametrize("n", list(range(13, LAST_SET + 1)))
def test_a_blind_sets_pool_is_every_records_file_and_the_background(n: int) -> None:
    # the index is built and counted, never searched: a set is measured once, by the bench
    assert POOLS[f"set{n}"] == POOLS[f"set{n - 1}"] + OWN_RECORDS[n]
    vocab = load_vocabulary([PROJECT_THESAURUS])
    index, langs = build_index(vocab, POOLS[f"set{n}"])
    try:
        assert index.count() == len(POOLS[f"set{n}"]) + len(background_ids()) == len(langs)
        earlier = sum(len(r) for k, r in OWN_RECORDS.items() if k < n)
        assert index.count() == earlier + 30 + len(background_ids())
        assert {langs[rid] for rid in _ids(OWN_RECORDS[n])} == {"en", "fr", "es"}
    finally:
        index.close()
