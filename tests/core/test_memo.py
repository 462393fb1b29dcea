"""A cache per vocabulary never serves one vocabulary's values to the next one built at the
same address (CPython reuses a dead object's address for the next object of its size).

Found by a full parallel test run: a small test vocabulary's one-word labels, cached by
``id()``, were read for the demo thesaurus built later at the same address, and the demo's
projects published by two nodes stopped clustering."""

from __future__ import annotations

import gc
from typing import Any

from core.memo import PerObject
from vocabulary.model import Concept
from vocabulary.resolver import Vocabulary

BASE = "https://vocab.chm.example.org/topic/"


class _Thing:
    pass


def _same_address(dead: int, cls: type, *args: Any) -> Any:
    """A ``cls(*args)`` built at the address ``dead`` held: CPython gives freed blocks of a
    size to the next objects of that size, in its own order, so empty instances are made
    (and kept, each taking a block) until one has that address, which is then initialised."""
    keep = []
    for _ in range(100_000):
        obj = cls.__new__(cls)
        if id(obj) == dead:
            obj.__init__(*args)
            return obj
        keep.append(obj)
    raise AssertionError("no object was built at the dead object's address")


def test_a_value_is_served_only_to_the_object_it_was_computed_for() -> None:
    cache: PerObject[str] = PerObject()
    first = _Thing()
    cache.put(first, "first's")
    assert cache.get(first) == "first's"
    dead = id(first)
    del first
    gc.collect()
    second = _same_address(dead, _Thing)
    assert cache.get(second) is None


def test_objects_without_weak_references_are_kept_alive_and_served() -> None:
    cache: PerObject[int] = PerObject()
    table: dict[str, int] = {"a": 1}
    cache.put(table, 1)
    cache.put(None, 2)
    assert cache.get(table) == 1 and cache.get(None) == 2 and cache.get({"a": 1}) is None


def test_the_cache_is_bounded() -> None:
    cache: PerObject[int] = PerObject(max_entries=2)
    things = [_Thing() for _ in range(3)]
    for i, t in enumerate(things):
        cache.put(t, i)
    assert cache.get(things[2]) == 2
    assert sum(cache.get(t) is not None for t in things) <= 2


def _concepts(word: str) -> dict[str, Concept]:
    return {BASE + word: Concept(uri=BASE + word, pref={"en": word})}


def _vocabulary(word: str) -> Vocabulary:
    return Vocabulary(_concepts(word))


def test_duplicate_detection_reads_the_labels_of_the_vocabulary_it_is_given() -> None:
    from matching.duplicates import _common_words, _one_word_labels

    first = _vocabulary("mangroves")
    assert "mangrove" in _one_word_labels(first)
    assert "mangrove" in _common_words(first)
    dead = id(first)
    del first
    gc.collect()
    second = _same_address(dead, Vocabulary, _concepts("wetlands"))
    assert "wetland" in _one_word_labels(second) and "mangrove" not in _one_word_labels(second)
    assert "wetland" in _common_words(second)


def test_eligibility_groups_are_built_for_the_vocabulary_given() -> None:
    from vocabulary.eligibility import groups

    first = _vocabulary("mangroves")
    built = groups(first)
    assert groups(first) is built
    dead = id(first)
    del first
    gc.collect()
    second = _same_address(dead, Vocabulary, _concepts("wetlands"))
    assert groups(second) is not built
