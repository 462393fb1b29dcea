"""The ``Mapping`` interface, its input (``RawRecord``) and its errors.

Error tree::

    MappingError            a raw record cannot become a Record (the record is rejected)
    ├── MissingField        a required field is absent
    └── InvalidValue        a field is present but its value cannot be used
"""

from __future__ import annotations

from collections.abc import Callable
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
    content_hash: str | None = field(default=None, compare=False, repr=False)
    """The harvester's hash of the record as it came off the wire (None: the pipeline hashes
    ``payload``). Records with equal hashes are the same; see :func:`pipeline.pages`."""


class DeferredPayload(RawRecord):
    """A :class:`RawRecord` whose ``payload`` is built from ``parsed`` by ``render`` the first
    time it is read, so a harvester that hashed the record as it came (``content_hash``) pays
    for the payload only for the records that changed.

    Example::

        raw = DeferredPayload(render=etree.tostring, node_id="n", source_id="1",
                              datestamp=None, deleted=False, format="oai_dc", parsed=element,
                              content_hash=digest)
        raw.payload  # etree.tostring(element), computed now and kept
    """

    def __init__(self, render: Callable[[Any], bytes] | None = None, **fields: Any) -> None:
        given = fields.get("payload") is not None
        fields.setdefault("payload", b"")
        super().__init__(**fields)
        if render is not None and not given:
            object.__setattr__(self, "_render", render)
            object.__delattr__(self, "payload")  # read through __getattr__ below

    @classmethod
    def make(
        cls,
        render: Callable[[Any], bytes],
        node_id: str,
        source_id: str,
        datestamp: str | None,
        deleted: bool,
        format: str,
        url: str,
        parsed: Any,
        content_hash: str,
    ) -> DeferredPayload:
        """The same as the constructor, for a harvester that makes one per record: no keyword
        handling (half the cost)."""
        raw = cls.__new__(cls)
        RawRecord.__init__(raw, node_id, source_id, datestamp, deleted, format, b"", url,
                           parsed, content_hash)  # fmt: skip
        fields = raw.__dict__
        del fields["payload"]
        fields["_render"] = render
        return raw

    def __getattr__(self, name: str) -> Any:
        if name != "payload" or "_render" not in self.__dict__:
            raise AttributeError(name)
        payload = self.__dict__.pop("_render")(self.parsed)
        object.__setattr__(self, "payload", payload)
        return payload


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
