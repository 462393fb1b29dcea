"""Hand-made records for matching tests."""

from __future__ import annotations

from typing import Any

from mappings.record import Record

T = "https://vocab.chm.example.org/topic/"
R = "https://vocab.chm.example.org/region/"


def rec(rid: str, type: str = "need", node: str = "n1", **kw: Any) -> Record:
    """A hand-made record; ``concepts`` may be short topic ids (``mercury``)."""
    kw["concepts"] = [c if "://" in c else T + c for c in kw.get("concepts", [])]
    kw.setdefault("title", {"en": rid})
    return Record(id=f"{node}:{rid}", node=node, source_id=rid, type=type, **kw)
