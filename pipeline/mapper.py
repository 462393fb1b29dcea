"""One node's raw record -> mapped, enriched :class:`~mappings.record.Record`.

Pure CPU work, so the same :class:`RecordMapper` runs in the pipeline's own process and in the
mapping workers (:mod:`pipeline.mapworkers`): mapping (the node's registered mapping), the
node's defaults (country, language), then vocabulary enrichment.
"""

from __future__ import annotations

from typing import Any

from core.config import NodeConfig
from mappings.record import Record
from mappings.registry import get_mapping
from vocabulary.enrich import enrich
from vocabulary.gaps import GapCounter


class RecordMapper:
    """Maps and enriches raw records of one node (pure CPU work: also runs in worker
    processes, see :mod:`pipeline.mapworkers`)."""

    def __init__(self, node: NodeConfig, vocabulary: Any = None) -> None:
        self.node = node
        self.mapping = get_mapping(node.mapping)
        self.vocabulary = vocabulary
        self.gaps: Any = None
        if vocabulary is not None:
            self.gaps = GapCounter()

    def map_one(self, raw: Any, now: str) -> Record:
        """Map (and enrich) one raw record; raises MappingError."""
        map_element = getattr(self.mapping, "map_raw_fast", None)
        rec: Record = map_element(raw, now) if map_element else self.mapping.map(raw, now)
        if self.node.country and not rec.countries:
            rec = rec.with_changes(countries=[self.node.country])
        if self.node.default_language and not rec.languages:
            rec = rec.with_changes(languages=[self.node.default_language])
        if self.vocabulary is not None:
            rec = enrich(rec, self.vocabulary, self.gaps)
        return rec

    def take_gaps(self) -> list[tuple[tuple[str, str, str], int]]:
        """The vocabulary-gap counts gathered since the last call (and forget them)."""
        if self.gaps is None:
            return []
        items: list[tuple[tuple[str, str, str], int]] = self.gaps.items()
        self.gaps = type(self.gaps)()
        return items
