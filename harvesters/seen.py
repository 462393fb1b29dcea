"""A compact set of the strings a listing has shown: record ids, page URLs, cursors.

Where it sits: the JSON and DCAT harvesters remember what a run has listed to stop a listing
that goes round in circles and to compare the number of records listed with the number the
source announced. A Python ``set`` of a million CKAN ids (36-character UUIDs) holds ~115 MB
(its table and the strings it keeps alive); :class:`SeenIds` holds 8 bytes per string: a
64-bit hash of each, in sorted ``int64`` arrays (numpy).

Strings are added a page at a time into a new sorted run; runs of similar size are merged
(as a binary counter carries), so there are at most ~log2(n / page) runs to search and each
digest is merged ~log2(n / page) times. A run of a million ids holds 8 MB (16 MB during the
merge that makes it).

Two different strings with the same 64-bit digest count as one: for a million ids the chance
that any two collide is about 3 in 100 million, and its effect is on the safe side (the
listing looks one record short of what the source announced, so nothing is deleted by
absence; a page is taken as a repeat only if every id on it is a repeat).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def digests(strings: Iterable[str]) -> Any:
    """The sorted, distinct 64-bit digests of ``strings`` (a numpy ``int64`` array).

    Python's own string hash (SipHash, 64 bits, computed in C and cached on the string): keyed
    per process, which is all a set that lives for one run in one process needs."""
    import numpy as np

    return np.unique(np.fromiter(map(hash, strings), dtype=np.int64))


class SeenIds:
    """Strings seen so far, 8 bytes each (see the module's notes on digests).

    Example::

        seen = SeenIds()
        seen.add(["a", "b"])     # 2 new
        "a" in seen              # True
        seen.has_all(["a", "b"]) # True
        len(seen)                # 2
    """

    def __init__(self) -> None:
        self._runs: list[Any] = []  # sorted int64 arrays, larger first
        self._count = 0

    def _found(self, keys: Any) -> Any:
        """A boolean array: which of ``keys`` are in a run already."""
        import numpy as np

        found = np.zeros(len(keys), dtype=bool)
        for run in self._runs:
            at = np.searchsorted(run, keys)
            at[at == len(run)] = 0
            found |= run[at] == keys
        return found

    def add(self, strings: Iterable[str]) -> int:
        """Remember ``strings``; return how many of them were new (repeats count once)."""
        import numpy as np

        keys = digests(strings)
        if not len(keys):
            return 0
        new = keys[~self._found(keys)]
        if not len(new):
            return 0
        self._count += len(new)
        self._runs.append(new)
        while len(self._runs) > 1 and len(self._runs[-1]) * 2 >= len(self._runs[-2]):
            last = self._runs.pop()
            merged = np.concatenate((self._runs.pop(), last))
            merged.sort(kind="stable")  # two sorted runs: a linear merge
            self._runs.append(merged)
        return len(new)

    def has_all(self, strings: Iterable[str]) -> bool:
        """True when every one of ``strings`` was seen (True for none)."""
        keys = digests(strings)
        return bool(self._found(keys).all())

    def missing(self, strings: list[str]) -> list[str]:
        """Those of ``strings`` never seen, in their order (a digest shared with a string seen
        counts as seen: the safe side for deletion by absence, which deletes only these)."""
        import numpy as np

        if not strings:
            return []
        keys = np.fromiter(map(hash, strings), dtype=np.int64, count=len(strings))
        found = self._found(keys)
        return [s for s, f in zip(strings, found.tolist(), strict=True) if not f]

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str) and self.has_all([item])

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """Bytes the digests take."""
        return sum(int(run.nbytes) for run in self._runs)
