"""An independent OAI-PMH data provider for tests: the ``oaipmh`` package (pyoai 4) over HTTP.

Where it sits: test infrastructure for the harvest step. chm's harvester is written against
Sickle and tested against our own demo server; this server is someone else's OAI-PMH
implementation (``oaipmh.server.BatchingServer``), so protocol assumptions shared by our
client and our server get checked against a third party.

Records live in memory and are set by the test (:meth:`PyoaiServer.add`, ``update``,
``delete``, ``clear``), with explicit datestamps, sets and deleted records.

What oaipmh 4 does, found by reading ``oaipmh/server.py`` and ``datestamp.py``:

* Header datestamps and ``earliestDatestamp`` are always written as
  ``YYYY-MM-DDThh:mm:ssZ`` (``datetime_to_datestamp`` is never asked for day granularity),
  whatever Identify declares. With ``granularity="day"`` this module rewrites them to
  ``YYYY-MM-DD`` and answers ``badArgument`` to ``from``/``until`` given with a time.
* ``from``/``until`` are parsed to naive UTC datetimes; a day-only ``until`` is inclusive
  (23:59:59). Mixed granularities between ``from`` and ``until`` give ``badArgument``.
* Resumption tokens are the URL-quoted query string of the original arguments plus
  ``cursor`` and ``batch_size`` (``from_`` re-encoded as a seconds datestamp), e.g.
  ``metadataPrefix%3Doai_dc%26cursor%3D3%26batch_size%3D4``. They carry no
  ``completeListSize`` or ``cursor`` attributes, and the last page has no token element.
  A token that does not parse gives ``badResumptionToken``.
* Deleted records are supported: a header whose ``isDeleted()`` is true gets
  ``status="deleted"`` and no metadata. Identify's ``deletedRecord`` is whatever we say
  (``persistent`` here).
* An empty first page raises ``noRecordsMatch``; an exception that is not an OAI error is
  re-raised (this module turns it into HTTP 500). Repeated arguments are not detected by
  oaipmh; this module answers ``badArgument`` for them.
* Identify carries a pyoai ``toolkit`` description.

Example::

    server = PyoaiServer(batch_size=3).start()
    server.add("oai:x:1", "2024-01-02T10:00:00Z", title="Mercury guide", sets=["docs"])
    server.delete("oai:x:1", "2024-02-01T00:00:00Z")
    Sickle(server.url).ListRecords(metadataPrefix="oai_dc", ignore_deleted=False)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lxml import etree
from oaipmh import common, error
from oaipmh.metadata import MetadataRegistry
from oaipmh.server import BatchingResumption, BatchingServer, XMLTreeServer, oai_dc_writer

from demo.oai_server import HttpAppServer
from demo.provider import Response

OAI_DC = (
    "oai_dc",
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc/",
)
DC_FIELDS = (
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
)


def parse_datestamp(value: str | datetime) -> datetime:
    """A datestamp (``2024-01-02``, ``2024-01-02T10:00:00Z`` or a datetime) as naive UTC."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.replace(microsecond=0)
    fmt = "%Y-%m-%dT%H:%M:%SZ" if "T" in value else "%Y-%m-%d"
    return datetime.strptime(value, fmt)


@dataclass
class PyoaiRecord:
    """One record of the in-memory repository (Dublin Core values by field name)."""

    identifier: str
    datestamp: datetime
    deleted: bool = False
    sets: tuple[str, ...] = ()
    dc: dict[str, list[str]] = field(default_factory=dict)

    def header(self) -> common.Header:
        """The pyoai header object."""
        return common.Header(None, self.identifier, self.datestamp, list(self.sets), self.deleted)


class _Repository:
    """The IBatchingOAI implementation oaipmh's BatchingServer calls."""

    def __init__(self, owner: PyoaiServer) -> None:
        self.owner = owner

    def identify(self) -> common.Identify:
        stamps = [r.datestamp for r in self.owner.records.values()]
        granularity = "YYYY-MM-DD" if self.owner.day else "YYYY-MM-DDThh:mm:ssZ"
        return common.Identify(
            "chm test repository (pyoai)",
            self.owner.url,
            "2.0",
            ["test@example.org"],
            min(stamps, default=datetime(2000, 1, 1)),
            "persistent",
            granularity,
            ["identity"],
        )

    def listMetadataFormats(self, identifier: str | None = None) -> list[tuple[str, ...]]:
        if identifier is not None:
            self._get(identifier)
        return [OAI_DC]

    def listSets(self, cursor: int = 0, batch_size: int = 10) -> list[tuple[str, str, None]]:
        names = sorted({s for r in self.owner.records.values() for s in r.sets})
        if not names:
            raise error.NoSetHierarchyError("This repository has no sets.")
        return [(s, f"Set {s}", None) for s in names][cursor : cursor + batch_size]

    def getRecord(self, metadataPrefix: str, identifier: str) -> tuple[Any, Any, None]:
        _check_prefix(metadataPrefix)
        record = self._get(identifier)
        return record.header(), common.Metadata(None, record.dc), None

    def listIdentifiers(self, metadataPrefix: str, **kw: Any) -> list[Any]:
        return [r.header() for r in self._select(metadataPrefix, **kw)]

    def listRecords(self, metadataPrefix: str, **kw: Any) -> list[Any]:
        return [
            (r.header(), common.Metadata(None, r.dc), None)
            for r in self._select(metadataPrefix, **kw)
        ]

    def _get(self, identifier: str) -> PyoaiRecord:
        record = self.owner.records.get(identifier)
        if record is None:
            raise error.IdDoesNotExistError(f"No record {identifier!r}.")
        return record

    def _select(
        self,
        prefix: str,
        set: str | None = None,
        from_: datetime | None = None,
        until: datetime | None = None,
        cursor: int = 0,
        batch_size: int = 10,
    ) -> list[PyoaiRecord]:
        _check_prefix(prefix)
        with self.owner.lock:
            rows = sorted(self.owner.records.values(), key=lambda r: (r.datestamp, r.identifier))
        rows = [
            r
            for r in rows
            if (set is None or set in r.sets)
            and (from_ is None or r.datestamp >= from_)
            and (until is None or r.datestamp <= until)
        ]
        return rows[int(cursor) : int(cursor) + int(batch_size)]


def _check_prefix(prefix: str) -> None:
    if prefix != "oai_dc":
        raise error.CannotDisseminateFormatError(f"Unknown metadata format {prefix!r}.")


class _DayTreeServer(XMLTreeServer):
    """oaipmh's XML writer with datestamps cut to YYYY-MM-DD (it always writes seconds)."""

    def _outputHeader(self, element: Any, header: Any) -> None:
        super()._outputHeader(element, header)
        stamp = element[-1].find("{http://www.openarchives.org/OAI/2.0/}datestamp")
        stamp.text = stamp.text[:10]

    def identify(self) -> Any:
        envelope = super().identify()
        for e in envelope.iter("{http://www.openarchives.org/OAI/2.0/}earliestDatestamp"):
            e.text = e.text[:10]
        return envelope


class PyoaiServer(HttpAppServer):
    """The pyoai provider on ``host:port`` (0 = a free port).

    Args:
        batch_size: records per page (small values give multi-page harvests).
        granularity: ``"seconds"`` or ``"day"``.
    """

    def __init__(
        self,
        batch_size: int = 3,
        granularity: str = "seconds",
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if granularity not in ("seconds", "day"):
            raise ValueError(f"granularity must be 'seconds' or 'day', not {granularity!r}")
        super().__init__(self._respond, host, port)
        self.records: dict[str, PyoaiRecord] = {}
        self.lock = threading.Lock()
        self.day = granularity == "day"
        self.requests: list[dict[str, list[str]]] = []
        self._registry = MetadataRegistry()
        self._registry.registerWriter("oai_dc", oai_dc_writer)
        self.set_batch_size(batch_size)

    @property
    def url(self) -> str:
        """The OAI-PMH base URL."""
        return self.root + "/oai"

    def set_batch_size(self, batch_size: int) -> None:
        """Change the page size (takes effect on the next request)."""
        self.batch_size = batch_size
        self._oai = BatchingServer(
            _Repository(self), self._registry, resumption_batch_size=batch_size
        )
        if self.day:
            resuming = BatchingResumption(_Repository(self), batch_size)
            self._oai._tree_server = _DayTreeServer(resuming, self._registry)

    # -- records ------------------------------------------------------------------------------
    def add(
        self,
        identifier: str,
        datestamp: str | datetime,
        title: str | None = None,
        sets: tuple[str, ...] | list[str] = (),
        **dc: str | list[str],
    ) -> PyoaiRecord:
        """Add (or replace) a record. Extra keywords are Dublin Core fields."""
        values = {k: [v] if isinstance(v, str) else list(v) for k, v in dc.items()}
        unknown = set(values) - set(DC_FIELDS)
        if unknown:
            raise ValueError(f"not Dublin Core fields: {sorted(unknown)}")
        if title is not None:
            values["title"] = [title]
        record = PyoaiRecord(identifier, parse_datestamp(datestamp), False, tuple(sets), values)
        with self.lock:
            self.records[identifier] = record
        return record

    def update(self, identifier: str, datestamp: str | datetime, **dc: str | list[str]) -> None:
        """Change fields of a record and give it a new datestamp (undeletes it)."""
        with self.lock:
            record = self.records[identifier]
            record.datestamp = parse_datestamp(datestamp)
            record.deleted = False
            record.dc.update({k: [v] if isinstance(v, str) else list(v) for k, v in dc.items()})

    def delete(self, identifier: str, datestamp: str | datetime) -> None:
        """Mark a record deleted (persistent), with the datestamp of the deletion."""
        with self.lock:
            record = self.records[identifier]
            record.datestamp = parse_datestamp(datestamp)
            record.deleted = True

    def clear(self) -> None:
        """Remove every record and forget the request log."""
        with self.lock:
            self.records.clear()
            self.requests.clear()

    # -- HTTP ---------------------------------------------------------------------------------
    def _respond(self, method: str, path: str, params: dict[str, list[str]]) -> Response:
        if path not in ("/oai", "/"):
            return Response(404, b"the endpoint is /oai\n", "text/plain")
        self.requests.append(params)
        kw = {k: v[0] for k, v in params.items()}
        problem = self._check(params)
        if problem is not None:
            body = self._oai.handleException(kw, (None, error.BadArgumentError(problem), None))
        else:
            body = self._oai.handleRequest(kw)
        return Response(200, body, "text/xml; charset=utf-8")

    def _check(self, params: dict[str, list[str]]) -> str | None:
        """What oaipmh does not check itself: repeated arguments, day granularity."""
        repeated = [k for k, v in params.items() if len(v) > 1]
        if repeated:
            return f"Repeated argument(s): {', '.join(repeated)}."
        if self.day and any("T" in params.get(k, [""])[0] for k in ("from", "until")):
            return "This repository's granularity is YYYY-MM-DD."
        return None


def xml_of(body: bytes) -> etree._Element:
    """Parse a response body (helper for tests)."""
    return etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
