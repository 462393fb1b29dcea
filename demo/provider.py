"""OAI-PMH 2.0 data provider logic for a demo node: request parameters in, XML bytes out.

Where it sits: the demo side of the harvest flow. :mod:`demo.oai_server` puts this behind
HTTP; chm's OAI-PMH harvester (and sickle in the tests) talk to it like to any national node.
It knows nothing about sockets, so the fault-injecting test server can wrap it.

Records come from :class:`demo.generator.DemoNode` (record ``i`` computed on demand), plus
a small mutable *overlay* of changes made after start (:meth:`DemoProvider.update`,
:meth:`~DemoProvider.delete`, :meth:`~DemoProvider.add`). The listing order is base
records by index (datestamps grow with the index), then overlay entries in the order they
changed, so every change moves a record to the end with a fresh datestamp, as a real
repository does. Resumption tokens carry the position of the next record (not a raw
offset), so changes between pages never make a harvest skip a record.
"""

from __future__ import annotations

import base64
import bisect
import calendar
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from demo import lexicon as lx
from demo.generator import RECORD_TYPES, DemoNode, format_datestamp, xml_escape

DAY = "YYYY-MM-DD"
SECONDS = "YYYY-MM-DDThh:mm:ssZ"
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEC_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ '
    'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">'
)
OAI_DC_FORMAT = (
    "<metadataFormat><metadataPrefix>oai_dc</metadataPrefix>"
    "<schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>"
    "<metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace>"
    "</metadataFormat>"
)
_LIST_ARGS = ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"})
VERBS: dict[str, tuple[set[str], set[str]]] = {  # verb -> (required, optional)
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), {"resumptionToken"}),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": _LIST_ARGS,
    "ListRecords": _LIST_ARGS,
}


class OaiError(Exception):
    """An OAI-PMH error condition: ``code`` is one of the protocol's error codes."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass
class Response:
    """What to send back over HTTP. ``drop`` closes the connection without an answer."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False


@dataclass(frozen=True)
class _Change:
    seq: int
    epoch: int
    version: int
    deleted: bool


@dataclass(frozen=True)
class _Query:
    """A list request: what it filters on, parsed once and carried in resumption tokens."""

    prefix: str
    lo: int  # epoch bounds, inclusive
    hi: int
    from_: str
    until: str
    set_type: str  # "" for all


@dataclass(frozen=True)
class _Item:
    index: int
    epoch: int
    version: int
    deleted: bool


class DemoProvider:
    """An OAI-PMH repository over a demo node's first ``count`` records.

    Args:
        node: the generator of the records.
        count: how many records the repository starts with.
        base_url: the URL shown in responses (``request`` and ``baseURL``).
        page_size: records per ListRecords/ListIdentifiers page.
        granularity: ``"seconds"`` (YYYY-MM-DDThh:mm:ssZ) or ``"day"`` (YYYY-MM-DD).
        sets: False makes the repository answer ``noSetHierarchy``.
        cache_records: keep each record's XML once rendered, as a repository serves stored
            records (benchmarks: the harvester, not the generator, should use the CPU).
    """

    def __init__(
        self,
        node: DemoNode,
        count: int,
        base_url: str = "http://127.0.0.1/oai",
        page_size: int = 500,
        granularity: str = "seconds",
        sets: bool = True,
        cache_records: bool = False,
    ) -> None:
        if granularity not in ("seconds", "day"):
            raise ValueError(f"granularity must be 'seconds' or 'day', not {granularity!r}")
        if count < 0 or page_size < 1:
            raise ValueError("count must be >= 0 and page_size >= 1")
        self.node = node
        self.base_count = count
        self.base_url = base_url
        self.page_size = page_size
        self.day = granularity == "day"
        self.sets = sets
        self.admin_email = "chm-demo@example.org"
        self._lock = threading.Lock()
        self._count_cache: dict[tuple[object, ...], int] = {}
        self._rendered: dict[tuple[int, int, int, bool], str] | None = {} if cache_records else None
        self.reset()

    # -- the mutable overlay --------------------------------------------------------------
    def reset(self) -> None:
        """Forget every update, deletion and addition."""
        with self._lock:
            self._changes: dict[int, _Change] = {}
            self._log: list[int] = []  # seqs in order; stale ones are skipped
            self._seq_index: dict[int, int] = {}
            self._seq = 0
            self._last_epoch = 0
            self.total = self.base_count
            self._count_cache.clear()

    def identifier(self, i: int) -> str:
        """The OAI identifier of record ``i``."""
        return self.node.identifier(i)

    def update(self, i: int) -> str:
        """Change record ``i`` (new title, datestamp = now); return its identifier."""
        with self._lock:
            old = self._changes.get(self._check(i))
            self._record_change(i, (old.version if old else 0) + 1, deleted=False)
        return self.identifier(i)

    def delete(self, i: int) -> str:
        """Delete record ``i`` (a persistent ``status="deleted"`` header); return its id."""
        with self._lock:
            old = self._changes.get(self._check(i))
            self._record_change(i, old.version if old else 0, deleted=True)
        return self.identifier(i)

    def add(self, n: int) -> list[str]:
        """Add ``n`` new records (datestamp = now); return their identifiers."""
        with self._lock:
            start = self.total
            self.total += n
            for i in range(start, start + n):
                self._record_change(i, 0, deleted=False)
        return [self.identifier(i) for i in range(start, start + n)]

    def _check(self, i: int) -> int:
        if not 0 <= i < self.total:
            raise IndexError(f"record {i} does not exist (the node has {self.total})")
        return i

    def _now_epoch(self) -> int:
        floor = self.node.epoch(max(self.base_count - 1, 0)) + 1
        self._last_epoch = max(int(time.time()), floor, self._last_epoch)
        return self._last_epoch

    def _record_change(self, i: int, version: int, deleted: bool) -> None:
        self._seq += 1
        self._changes[i] = _Change(self._seq, self._now_epoch(), version, deleted)
        self._log.append(self._seq)
        self._seq_index[self._seq] = i
        self._count_cache.clear()

    # -- requests ---------------------------------------------------------------------------
    def handle(self, params: dict[str, list[str]]) -> Response:
        """Answer one OAI-PMH request given its parsed query (each value a list)."""
        request_attrs = ""
        try:
            verb, args = self._validate(params)
            request_attrs = "".join(
                f' {k}="{xml_escape(v)}"' for k, v in sorted({"verb": verb, **args}.items())
            )
            body = getattr(self, "_" + verb)(args)
        except OaiError as exc:
            body = f'<error code="{exc.code}">{xml_escape(exc.message)}</error>'
            if exc.code in ("badVerb", "badArgument"):  # the spec: base URL only
                request_attrs = ""
        return Response(body=self._envelope(request_attrs, body).encode("utf-8"))

    def _envelope(self, request_attrs: str, body: str) -> str:
        now = format_datestamp(int(time.time()))
        return (
            f"{_HEAD}<responseDate>{now}</responseDate><request{request_attrs}>"
            f"{xml_escape(self.base_url)}</request>{body}</OAI-PMH>\n"
        )

    def _validate(self, params: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
        verbs = params.get("verb", [])
        if len(verbs) != 1 or verbs[0] not in VERBS:
            what = "is missing" if not verbs else f"{verbs!r} is not a legal OAI-PMH verb"
            raise OaiError("badVerb", f"The verb argument {what}.")
        verb = verbs[0]
        required, optional = VERBS[verb]
        args: dict[str, str] = {}
        for key, values in params.items():
            if key == "verb":
                continue
            if key not in required and key not in optional:
                raise OaiError("badArgument", f"{key!r} is not an argument of {verb}.")
            if len(values) != 1:
                raise OaiError("badArgument", f"The argument {key!r} is repeated.")
            args[key] = values[0]
        if "resumptionToken" in args:
            if len(args) > 1:
                raise OaiError("badArgument", "resumptionToken is an exclusive argument.")
        elif required - args.keys():
            missing = ", ".join(sorted(required - args.keys()))
            raise OaiError("badArgument", f"{verb} requires the argument(s): {missing}.")
        return verb, args

    # -- verbs ------------------------------------------------------------------------------
    def _Identify(self, args: dict[str, str]) -> str:
        earliest = format_datestamp(self.node.epoch(0), self.day)
        return (
            f"<Identify><repositoryName>{xml_escape(self.node.id)} — demo clearing-house node"
            f"</repositoryName><baseURL>{xml_escape(self.base_url)}</baseURL>"
            f"<protocolVersion>2.0</protocolVersion><adminEmail>{self.admin_email}</adminEmail>"
            f"<earliestDatestamp>{earliest}</earliestDatestamp>"
            f"<deletedRecord>persistent</deletedRecord>"
            f"<granularity>{DAY if self.day else SECONDS}</granularity></Identify>"
        )

    def _ListMetadataFormats(self, args: dict[str, str]) -> str:
        if "identifier" in args:
            i = self._lookup(args["identifier"])
            change = self._changes.get(i)
            if change is not None and change.deleted:
                raise OaiError("noMetadataFormats", "The item has been deleted.")
        return f"<ListMetadataFormats>{OAI_DC_FORMAT}</ListMetadataFormats>"

    def _ListSets(self, args: dict[str, str]) -> str:
        if not self.sets:
            raise OaiError("noSetHierarchy", "This repository does not support sets.")
        if "resumptionToken" in args:
            raise OaiError("badResumptionToken", "ListSets never issues resumption tokens.")
        labels = lx.TYPE_LABELS[self.node.lang]
        sets = "".join(
            f"<set><setSpec>type:{t}</setSpec><setName>{xml_escape(labels[t][0])}</setName></set>"
            for t in RECORD_TYPES
        )
        return f"<ListSets>{sets}</ListSets>"

    def _GetRecord(self, args: dict[str, str]) -> str:
        _check_prefix(args["metadataPrefix"])
        i = self._lookup(args["identifier"])
        item = self._item(i)
        return f"<GetRecord>{self._record(item)}</GetRecord>"

    def _ListIdentifiers(self, args: dict[str, str]) -> str:
        return self._list("ListIdentifiers", args, self._header)

    def _ListRecords(self, args: dict[str, str]) -> str:
        return self._list("ListRecords", args, self._record)

    # -- helpers ----------------------------------------------------------------------------
    def _lookup(self, identifier: str) -> int:
        i = self.node.index_of(identifier)
        if i is None or i >= self.total:
            raise OaiError("idDoesNotExist", f"No record has the identifier {identifier!r}.")
        return i

    def _item(self, i: int) -> _Item:
        change = self._changes.get(i)
        if change is None:
            return _Item(i, self.node.epoch(i), 0, False)
        return _Item(i, change.epoch, change.version, change.deleted)

    def _stamp(self, epoch: int) -> str:
        return format_datestamp(epoch, self.day)

    def _record(self, item: _Item) -> str:
        if self._rendered is None:
            return self._render(item)
        key = (item.index, item.epoch, item.version, item.deleted)
        xml = self._rendered.get(key)
        if xml is None:
            xml = self._rendered[key] = self._render(item)
        return xml

    def _render(self, item: _Item) -> str:
        return self.node.record_xml(item.index, self._stamp(item.epoch), item.version, item.deleted)

    def prerender(self) -> None:
        """Render every record now (with ``cache_records``), before serving anything."""
        if self._rendered is not None:
            for i in range(self.total):
                self._record(self._item(i))

    def _header(self, item: _Item) -> str:
        status = ' status="deleted"' if item.deleted else ""
        return (
            f"<header{status}><identifier>{self.identifier(item.index)}</identifier>"
            f"<datestamp>{self._stamp(item.epoch)}</datestamp>"
            f"<setSpec>type:{self.node.record_type(item.index)}</setSpec></header>"
        )

    def _list(self, verb: str, args: dict[str, str], render: object) -> str:
        if "resumptionToken" in args:
            query, cursor, pos, total = self._decode_token(args["resumptionToken"])
        else:
            query, cursor, pos = self._parse_query(args), 0, ("b", 0)
            total = -1
        with self._lock:
            items, next_pos = self._scan(query, pos, self.page_size)
            if total < 0:
                total = self._count(query)
        if not items:
            raise OaiError("noRecordsMatch", "No records match the request.")
        assert callable(render)
        parts = [f"<{verb}>", *(render(item) for item in items)]
        if next_pos is not None or cursor:
            token = self._encode_token(query, cursor + len(items), next_pos, total)
            parts.append(
                f'<resumptionToken completeListSize="{total}" cursor="{cursor}">'
                f"{token if next_pos is not None else ''}</resumptionToken>"
            )
        parts.append(f"</{verb}>")
        return "".join(parts)

    def _parse_query(self, args: dict[str, str]) -> _Query:
        _check_prefix(args["metadataPrefix"])
        set_spec = args.get("set", "")
        if set_spec and not self.sets:
            raise OaiError("noSetHierarchy", "This repository does not support sets.")
        set_type = set_spec.removeprefix("type:")
        if set_spec and (not set_spec.startswith("type:") or set_type not in RECORD_TYPES):
            raise OaiError("noRecordsMatch", f"There is no set {set_spec!r}.")
        from_, until = args.get("from", ""), args.get("until", "")
        lo = self._parse_date(from_, "from", end=False) if from_ else 0
        hi = self._parse_date(until, "until", end=True) if until else 2**62
        if from_ and until and len(from_) != len(until):
            raise OaiError("badArgument", "from and until have different granularities.")
        if lo > hi:
            raise OaiError("badArgument", f"from ({from_}) is later than until ({until}).")
        return _Query(args["metadataPrefix"], lo, hi, from_, until, set_type)

    def _parse_date(self, value: str, name: str, end: bool) -> int:
        if _DAY_RE.match(value):
            fmt, extra = "%Y-%m-%d", 86399 if end else 0
        elif _SEC_RE.match(value) and not self.day:
            fmt, extra = "%Y-%m-%dT%H:%M:%SZ", 0
        else:
            granularity = DAY if self.day else f"{DAY} or {SECONDS}"
            raise OaiError("badArgument", f"{name}={value!r} is not a datestamp ({granularity}).")
        try:
            return calendar.timegm(time.strptime(value, fmt)) + extra
        except ValueError:
            raise OaiError("badArgument", f"{name}={value!r} is not a valid date.") from None

    # -- listing ----------------------------------------------------------------------------
    def _base_range(self, q: _Query) -> tuple[int, int]:
        """Indexes ``[first, last)`` of base records whose datestamp is in the query's range."""
        base, step = self.node.epoch(0), self.node.step
        first = max(0, -((base - q.lo) // step)) if q.lo > base else 0
        last = min(self.base_count, (q.hi - base) // step + 1) if q.hi >= base else 0
        return first, max(first, last)

    def _candidates(
        self, q: _Query, pos: tuple[str, int]
    ) -> Iterator[tuple[tuple[str, int], _Item]]:
        """Items of the listing from position ``pos`` on, before the set filter."""
        if pos[0] == "b":
            first, last = self._base_range(q)
            changes = self._changes
            epoch = self.node.epoch
            for i in range(max(first, pos[1]), last):
                if i not in changes:
                    yield ("b", i), _Item(i, epoch(i), 0, False)
            pos = ("o", 0)
        for k in range(bisect.bisect_left(self._log, pos[1]), len(self._log)):
            seq = self._log[k]
            i = self._seq_index[seq]
            change = self._changes[i]
            if change.seq == seq and q.lo <= change.epoch <= q.hi:
                yield ("o", seq), _Item(i, change.epoch, change.version, change.deleted)

    def _scan(
        self, q: _Query, pos: tuple[str, int], limit: int
    ) -> tuple[list[_Item], tuple[str, int] | None]:
        items: list[_Item] = []
        record_type = self.node.record_type
        for item_pos, item in self._candidates(q, pos):
            if q.set_type and record_type(item.index) != q.set_type:
                continue
            if len(items) == limit:
                return items, item_pos
            items.append(item)
        return items, None

    def _count(self, q: _Query) -> int:
        key = (q.lo, q.hi, q.set_type)
        if key not in self._count_cache:
            if q.set_type:
                n = sum(1 for _ in self._scan_all(q))
            else:
                first, last = self._base_range(q)
                moved = sum(1 for i in self._changes if first <= i < last)
                overlay = sum(1 for pos, _ in self._candidates(q, ("o", 0)))
                n = last - first - moved + overlay
            self._count_cache[key] = n
        return self._count_cache[key]

    def _scan_all(self, q: _Query) -> Iterator[_Item]:
        record_type = self.node.record_type
        for _, item in self._candidates(q, ("b", 0)):
            if record_type(item.index) == q.set_type:
                yield item

    # -- resumption tokens ------------------------------------------------------------------
    def _encode_token(self, q: _Query, cursor: int, pos: tuple[str, int] | None, total: int) -> str:
        if pos is None:
            return ""
        raw = "|".join(
            (
                "v1",
                str(cursor),
                f"{pos[0]}{pos[1]}",
                q.from_,
                q.until,
                q.set_type,
                q.prefix,
                str(total),
            )
        )
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def _decode_token(self, token: str) -> tuple[_Query, int, tuple[str, int], int]:
        bad = OaiError("badResumptionToken", f"The resumption token {token!r} is invalid.")
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
            v, cursor, pos, from_, until, set_type, prefix, total = raw.split("|")
            if v != "v1" or pos[0] not in "bo":
                raise bad
            args = {"metadataPrefix": prefix, "from": from_, "until": until}
            if set_type:
                args["set"] = "type:" + set_type
            query = self._parse_query({k: v for k, v in args.items() if v})
            return query, int(cursor), (pos[0], int(pos[1:])), int(total)
        except (ValueError, UnicodeDecodeError, OaiError, IndexError):
            raise bad from None


def _check_prefix(prefix: str) -> None:
    if prefix != "oai_dc":
        raise OaiError(
            "cannotDisseminateFormat",
            f"The metadata format {prefix!r} is not supported; this repository serves oai_dc.",
        )
