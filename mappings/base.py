"""The ``Mapping`` interface, its input (``RawRecord``) and its errors.

Error tree::

    MappingError            a raw record cannot become a Record (the record is rejected)
    ├── MissingField        a required field is absent
    └── InvalidValue        a field is present but its value cannot be used
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from mappings.record import Record


@dataclass(frozen=True)
class RawRecord:
    """One record as it came off the wire, before mapping."""

    node_id: str
    source_id: str
    datestamp: str | None
    deleted: bool
    format: str
    payload: bytes
    url: str = ""
    parsed: Any = field(default=None, compare=False, repr=False)  # e.g. the lxml element


class MappingError(Exception):
    """A raw record cannot be mapped. Carries the field, the value and the reason."""

    def __init__(self, message: str, *, field: str | None = None, value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def __str__(self) -> str:
        if self.field:
            shown = repr(self.value)
            if len(shown) > 120:
                shown = shown[:117] + "..."
            suffix = f" (value {shown})" if self.value is not None else ""
            return f"field '{self.field}': {self.message}{suffix}"
        return self.message


class MissingField(MappingError):
    """A required field is absent or empty."""


class InvalidValue(MappingError):
    """A field is present but its value cannot be used."""


class Mapping(Protocol):
    """Turns one raw record into a :class:`Record`. Pure: no network, no clock.

    Example::

        record = OaiDcMapping().map(raw, harvested_at="2026-11-22T09:00:00Z")
    """

    name: str

    def map(self, raw: RawRecord, harvested_at: str | None = None) -> Record:
        """Map ``raw`` or raise :class:`MappingError`."""
        ...
