"""Values computed once per live object (a vocabulary, a parsed table), never served to another.

Where it sits: ``core/`` is below every step of the flow; everything may import it.

A cache keyed by ``id(obj)`` alone is wrong as soon as the object dies: CPython hands its
address to the next object of the same size, and that object (another vocabulary, built by
the next test or by a reload in a long-running server) reads the first one's values. A run of
the whole test suite showed it: a vocabulary's one-word labels, cached by address, were read
for a later vocabulary, and the demo's shared projects stopped clustering.
:class:`PerObject` keys by address too (a vocabulary need not be hashable) but keeps a weak
reference with each value (the object itself when it cannot be weakly referenced) and serves
a value only to the object it was computed for.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class PerObject(Generic[T]):
    """``obj -> value`` for live objects, at most ``max_entries`` of them (all are dropped when
    a new one would exceed it: the callers hold one or two vocabularies at a time)."""

    def __init__(self, max_entries: int = 16) -> None:
        self.max_entries = max_entries
        self._entries: dict[int, tuple[Callable[[], Any], T]] = {}

    def get(self, obj: Any) -> T | None:
        """The value computed for ``obj``, or None (never one computed for an object that
        lived at the same address before it)."""
        got = self._entries.get(id(obj))
        if got is None or got[0]() is not obj:
            return None
        return got[1]

    def put(self, obj: Any, value: T) -> T:
        """Keep ``value`` for ``obj`` and return it."""
        if len(self._entries) >= self.max_entries:
            self._entries.clear()
        try:
            ref: Callable[[], Any] = weakref.ref(obj)
        except TypeError:  # None, dicts, namespaces: kept alive, so their address is theirs

            def ref(obj: Any = obj) -> Any:
                return obj

        self._entries[id(obj)] = (ref, value)
        return value

    def clear(self) -> None:
        """Forget every value."""
        self._entries.clear()
