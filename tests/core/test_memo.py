"""A cache per vocabulary never serves one vocabulary's values to the next one built at the
same address (CPython reuses a dead object's address for the next object of its size).

Found by a full parallel test run: a small test vocabulary's one-word labels, cached by
``id()``, were read for the demo thesaurus built later at the same address, and the demo's
projects published by two nodes stopped clustering."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, TypeVar

from core.memo import PerObject
from vocabulary.model import Concept
from vocabulary.resolver import Vocabulary

BASE = "https://vocab.chm.example.org/topic/"
T = TypeVar("T")


class _Thing:
    pass


ATTEMPTS = 20
"""Objects made and let die before one dead address is given to a new object of the class."""


def _build_at(dead: int, cls: type, *args: Any) -> Any:
    """A ``cls(*args)`` built at the address ``dead`` held, or None: CPython gives freed
    blocks of a size to the next objects of that size, in its own order, so empty instances
    are made (and kept, each taking a block) until one has that address, which is then
    initialised. Another allocation may take the block first (the test worker's own threads
    allocate too): then no instance gets it."""
    keep = []
    for _ in range(100_000):
        obj = cls.__new__(cls)
        if id(obj) == dead:
            obj.__init__(*args)
            return obj
        keep.append(obj)
    return None


def _reborn(
    make: Callable[[], Any], use: Callable[[Any], T], cls: type, *args: Any
) -> tuple[T, Any]:
    """What ``use`` gave for an object ``make`` built, and a ``cls(*args)`` built at that
    object's address once it died; the whole made again (up to :data:`ATTEMPTS` times) when
    another allocation took the address (seen once in a full parallel run)."""
    for _ in range(ATTEMPTS):
        first = make()
        got = use(first)
        dead = id(first)
        del first
        gc.collect()
        second = _build_at(dead, cls, *args)
        if second is not None:
            return got, second
    raise AssertionError(f"no object was built at a dead object's address in {ATTEMPTS} tries")


def test_a_value_is_served_only_to_the_object_it_was_computed_for() -> None:
    cache: PerObject[str] = PerObject()

    def use(first: _Thing) -> str | None:
        cache.put(first, "first's")
        return cache.get(first)

    served, second = _reborn(_Thing, use, _Thing)
    assert served == "first's"
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

    def use(first: Vocabulary) -> tuple[set[str], set[str]]:
        return set(_one_word_labels(first)), set(_common_words(first))

    (labels, common), second = _reborn(
        lambda: _vocabulary("mangroves"), use, Vocabulary, _concepts("wetlands")
    )
    assert "mangrove" in labels and "mangrove" in common
    assert "wetland" in _one_word_labels(second) and "mangrove" not in _one_word_labels(second)
    assert "wetland" in _common_words(second)


def test_eligibility_groups_are_built_for_the_vocabulary_given() -> None:
    from vocabulary.eligibility import groups

    def use(first: Vocabulary) -> tuple[Any, bool]:
        built = groups(first)
        return built, groups(first) is built

    (built, remembered), second = _reborn(
        lambda: _vocabulary("mangroves"), use, Vocabulary, _concepts("wetlands")
    )
    assert remembered
    assert groups(second) is not built
