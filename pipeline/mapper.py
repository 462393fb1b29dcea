"""One node's raw record -> mapped, enriched :class:`~mappings.record.Record`.

Pure CPU work, so the same :class:`RecordMapper` runs in the pipeline's own process and in the
mapping workers (:mod:`pipeline.mapworkers`): mapping (the node's registered mapping), the
node's defaults and what the text says (:func:`mappings.complete.completion`), then
vocabulary enrichment; per-record warnings are kept for the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.config import NodeConfig
from mappings.base import MappingError
from mappings.complete import completion
from mappings.notes import collecting
from mappings.record import Record
from mappings.registry import get_mapping
from vocabulary.enrich import enrichment
from vocabulary.gaps import GapCounter


class RecordMapper:
    """Maps and enriches raw records of one node (pure CPU work: also runs in worker
    processes, see :mod:`pipeline.mapworkers`)."""

    def __init__(self, node: NodeConfig, vocabulary: Any = None) -> None:
        self.node = node
        self.mapping = get_mapping(node.mapping)
        self.vocabulary = vocabulary
        self.warnings: list[dict[str, Any]] = []  # per-record warnings, taken by the page
        self.gaps: Any = None
        if vocabulary is not None:
            self.gaps = GapCounter()

    def map_one(self, raw: Any, now: str) -> Record:
        """Map (and enrich) one raw record; raises MappingError."""
        rec, notes = self._map_complete(raw, now)
        return self._enrich(rec, notes)

    def map_many(self, raws: Sequence[Any], now: str) -> list[Record | MappingError]:
        """:meth:`map_one` of each raw record, in order: the record, or the MappingError it
        raised. Same records, warnings and gap counts (in the same order) as calling
        :meth:`map_one` on each, for less CPU: every record is mapped and completed first,
        then every one enriched. Interleaved, the two stages evict each other's tables
        (lxml and the mapping's on one side, the vocabulary's word tables and automaton on
        the other) from the CPU caches at every record."""
        mapped: list[tuple[Record, list[dict[str, Any]]] | MappingError] = []
        for raw in raws:
            try:
                mapped.append(self._map_complete(raw, now))
            except MappingError as exc:
                mapped.append(exc)
        return [m if isinstance(m, MappingError) else self._enrich(*m) for m in mapped]

    def _map_complete(self, raw: Any, now: str) -> tuple[Record, list[dict[str, Any]]]:
        """The record mapped and completed, and the notes taken on the way (kept as
        warnings); raises MappingError."""
        map_element = getattr(self.mapping, "map_raw_fast", None)
        with collecting() as notes:
            rec: Record = map_element(raw, now) if map_element else self.mapping.map(raw, now)
            # the record is copied once, here: from then on it is this call's own, and what
            # enrichment adds is filled in (the record is handed out only when complete)
            rec = rec.with_changes(
                **completion(
                    rec, node_country=self.node.country, default_language=self.node.default_language
                )
            )
        self.warnings.extend({"source_id": raw.source_id, "stage": "warning", **n} for n in notes)
        return rec, notes

    def _enrich(self, rec: Record, notes: list[dict[str, Any]]) -> Record:
        """The type gaps of the record's notes counted, and the record enriched in place."""
        if self.gaps is not None and rec.type == "other":
            for n in notes:
                if n["field"] == "type" and n["value"]:
                    self.gaps.add(self.node.id, n["value"], "type")
            if not any(n["field"] == "type" for n in notes):
                self.gaps.add(self.node.id, "(no type stated)", "type")
        if self.vocabulary is not None:
            rec.fill_unshared(enrichment(rec, self.vocabulary, self.gaps))
        return rec

    def take_warnings(self) -> list[dict[str, Any]]:
        """The per-record warnings gathered since the last call (and forget them)."""
        out, self.warnings = self.warnings, []
        return out

    def take_gaps(self) -> list[tuple[tuple[str, str, str], int]]:
        """The vocabulary-gap counts gathered since the last call (and forget them)."""
        if self.gaps is None:
            return []
        items: list[tuple[tuple[str, str, str], int]] = self.gaps.items()
        self.gaps = type(self.gaps)()
        return items
