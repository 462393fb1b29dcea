"""OAI-PMH 2.0 provider at ``/oai``: other aggregators harvest chm's records.

Where it sits: the end of the data flow, reading the store (the source of truth) rather than
the index, so deleted records appear as ``status="deleted"`` headers (``deletedRecord`` is
``persistent``: tombstones are kept).

- Datestamps are the moment chm last changed a record (``records.updated_at``), seconds
  granularity. ``from``/``until`` accept ``YYYY-MM-DD`` or ``YYYY-MM-DDThh:mm:ssZ``.
- Sets: ``node:<id>``, ``type:<record type>``, ``country:<ISO code>``, and their parents
  ``node``, ``type`` and ``country``.
- Lists are read in change-sequence order. The first page fixes a snapshot (the highest
  sequence number at that moment); the resumption token carries the snapshot, the last
  sequence sent and the request's filters. Records arriving later have higher numbers and
  wait for the next incremental harvest, so a harvest in progress sees every record of its
  snapshot exactly once, however many records arrive between pages. A record *changed*
  during a harvest gets a new number and a new datestamp: it is delivered by the next
  incremental harvest.
- Identifiers are ``oai:<repository id>:<record id>``; the repository id and admin e-mail
  come from ``$CHM_OAI_REPOSITORY_ID`` / ``$CHM_OAI_ADMIN_EMAIL`` (defaults below).
- Every error code of the protocol is produced where it applies; ``noSetHierarchy`` never
  is, because sets are supported.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from index.base import SearchQuery
from mappings.record import RECORD_TYPES
from search_api.exports import OAI_DC_NS, OAI_DC_SCHEMA, record_oai_dc, xml_text
from search_api.tokens import seal, signing_key, unseal
from store.records import RecordFilter

router = APIRouter()

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
PAGE_SIZE = 100
"""Records per ListRecords / ListIdentifiers page (``app.state.oai_page_size`` overrides)."""
DEFAULT_REPOSITORY_ID = "chm.example.org"
DEFAULT_ADMIN_EMAIL = "chm-admin@example.org"
EARLIEST_FALLBACK = "1970-01-01T00:00:00Z"

ARGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # verb -> (required, optional) arguments; resumptionToken is exclusive where allowed
    "Identify": (frozenset(), frozenset()),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"})),
    "ListSets": (frozenset(), frozenset({"resumptionToken"})),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset()),
    "ListIdentifiers": (
        frozenset({"metadataPrefix"}),
        frozenset({"from", "until", "set", "resumptionToken"}),
    ),
    "ListRecords": (
        frozenset({"metadataPrefix"}),
        frozenset({"from", "until", "set", "resumptionToken"}),
    ),
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECOND = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_SET = re.compile(r"^([A-Za-z0-9\-_.!~*'()])+(:[A-Za-z0-9\-_.!~*'()]+)*$")


class OaiError(Exception):
    """An OAI-PMH error: ``code`` is the protocol's, ``message`` says what to change."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class ListState:
    """Where a list request stands; the resumption token is this, encoded."""

    verb: str
    prefix: str
    set_spec: str | None
    from_: str | None
    until: str | None
    snapshot: int
    last: int = 0
    cursor: int = 0
    total: int = 0

    def token(self) -> str:
        """The opaque resumption token for the next page."""
        data = [self.verb, self.prefix, self.set_spec, self.from_, self.until, self.snapshot,
                self.last, self.cursor, self.total]  # fmt: skip
        raw = json.dumps(data, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def from_token(cls, token: str, verb: str) -> ListState:
        """Decode a token; ``badResumptionToken`` if damaged or made for another verb."""
        bad = OaiError("badResumptionToken", "the resumptionToken is invalid or has expired")
        try:
            data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise bad from None
        if not isinstance(data, list) or len(data) != 9 or data[0] != verb:
            raise bad
        texts, ints = data[1:5], data[5:]
        if not all(t is None or isinstance(t, str) for t in texts) or not isinstance(texts[0], str):
            raise bad
        if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 2**63 for n in ints):
            raise bad
        return cls(verb, *texts, *ints)


# --- helpers ------------------------------------------------------------------------------------


def repository_id() -> str:
    """The namespace part of this repository's OAI identifiers."""
    return os.environ.get("CHM_OAI_REPOSITORY_ID", DEFAULT_REPOSITORY_ID)


def oai_identifier(record_id: str) -> str:
    """``oai:<repository id>:<record id>``."""
    return f"oai:{repository_id()}:{record_id}"


def record_id_of(identifier: str) -> str | None:
    """The record id inside an OAI identifier of this repository, else None."""
    prefix = f"oai:{repository_id()}:"
    return identifier[len(prefix) :] if identifier.startswith(prefix) else None


def now_z() -> str:
    """The current UTC time, seconds granularity."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def datestamp(value: str | None) -> str:
    """A stored timestamp as an OAI datestamp (``YYYY-MM-DDThh:mm:ssZ``)."""
    if not value:
        return EARLIEST_FALLBACK
    if _DAY.match(value):
        return value + "T00:00:00Z"
    return value[:19] + "Z"


def parse_bound(name: str, value: str, end: bool) -> str:
    """A ``from``/``until`` argument as a seconds-granularity bound; badArgument if invalid."""
    if _DAY.match(value):
        full = value + ("T23:59:59Z" if end else "T00:00:00Z")
    elif _SECOND.match(value):
        full = value
    else:
        raise OaiError("badArgument", f"'{name}' must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ")
    try:
        datetime.strptime(full, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise OaiError("badArgument", f"'{name}' is not a real date: {value}") from None
    return full


def set_specs(record: dict[str, Any], node_id: str) -> list[str]:
    """The sets a record belongs to (the parents are implied by the protocol)."""
    specs = [f"node:{node_id}"]
    if record.get("type"):
        specs.append(f"type:{record['type']}")
    specs += [f"country:{c}" for c in record.get("countries") or [] if _SET.match(f"country:{c}")]
    return [s for s in specs if _SET.match(s)]


def set_filter(set_spec: str | None) -> RecordFilter:
    """The store's selection of the records of a set."""
    if set_spec is None or set_spec in ("node", "type"):
        return RecordFilter()
    if set_spec == "country":
        return RecordFilter(has_country=True)
    kind, _, value = set_spec.partition(":")
    if kind == "node" and value:
        return RecordFilter(node=value)
    if kind == "type" and value:
        return RecordFilter(type=value)
    if kind == "country" and value:
        return RecordFilter(country=value)
    return RecordFilter(nothing=True)


# --- responses ----------------------------------------------------------------------------------


def envelope(base_url: str, args: dict[str, str], body: str) -> str:
    """The OAI-PMH document around ``body`` (``args`` echoed in ``<request>``)."""
    attrs = "".join(f' {k}="{xml_text(v)}"' for k, v in sorted(args.items()))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<OAI-PMH xmlns="{OAI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        f' xsi:schemaLocation="{OAI_NS} {OAI_SCHEMA}">'
        f"<responseDate>{now_z()}</responseDate>"
        f"<request{attrs}>{xml_text(base_url)}</request>{body}</OAI-PMH>\n"
    )


def header_xml(row: tuple[Any, ...], record: dict[str, Any]) -> str:
    """``<header>`` of a stored row ``(seq, id, node_id, deleted, json, updated_at)``."""
    status = ' status="deleted"' if row[3] else ""
    specs = "".join(f"<setSpec>{xml_text(s)}</setSpec>" for s in set_specs(record, row[2]))
    return (
        f"<header{status}><identifier>{xml_text(oai_identifier(row[1]))}</identifier>"
        f"<datestamp>{datestamp(row[5])}</datestamp>{specs}</header>"
    )


def record_xml(row: tuple[Any, ...], base_url: str) -> str:
    """``<record>``: header, and metadata unless the record is deleted."""
    record = _json(row[4])
    head = header_xml(row, record)
    if row[3]:
        return f"<record>{head}</record>"
    return f"<record>{head}<metadata>{record_oai_dc(record, base_url)}</metadata></record>"


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


# --- verbs ---------------------------------------------------------------------------------------


class Provider:
    """Answers one OAI-PMH request against the app's store (and the index, for ListSets)."""

    def __init__(self, request: Request, page_size: int) -> None:
        self.ctx = request.app.state.ctx
        self.store = self.ctx.store
        self.base_url = str(request.url).split("?")[0]
        self.site = str(request.base_url)
        self.page_size = page_size

    def identify(self, args: dict[str, str]) -> str:
        """Identify: who this repository is."""
        oldest = self.store.records.earliest_update()
        earliest = datestamp(oldest) if oldest else EARLIEST_FALLBACK
        email = os.environ.get("CHM_OAI_ADMIN_EMAIL", DEFAULT_ADMIN_EMAIL)
        return (
            "<Identify><repositoryName>chm — clearing-house network aggregator</repositoryName>"
            f"<baseURL>{xml_text(self.base_url)}</baseURL><protocolVersion>2.0</protocolVersion>"
            f"<adminEmail>{xml_text(email)}</adminEmail>"
            f"<earliestDatestamp>{earliest}</earliestDatestamp>"
            "<deletedRecord>persistent</deletedRecord>"
            "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>"
        )

    def list_metadata_formats(self, args: dict[str, str]) -> str:
        """ListMetadataFormats: oai_dc (for one item: noMetadataFormats if it has none)."""
        if "identifier" in args:
            row = self._row(args["identifier"])
            if row[3] and not _json(row[4]).get("id"):
                raise OaiError("noMetadataFormats", "this deleted item has no metadata left")
        return (
            "<ListMetadataFormats><metadataFormat><metadataPrefix>oai_dc</metadataPrefix>"
            f"<schema>{OAI_DC_SCHEMA}</schema><metadataNamespace>{OAI_DC_NS}</metadataNamespace>"
            "</metadataFormat></ListMetadataFormats>"
        )

    def list_sets(self, args: dict[str, str]) -> str:
        """ListSets: nodes, record types and countries (with their parent sets)."""
        if "resumptionToken" in args:
            raise OaiError("badResumptionToken", "ListSets is never split; no token is valid")
        sets: list[tuple[str, str]] = [("node", "Nodes")]
        names = {n.id: n.name or n.id for n in self.ctx.settings.nodes}
        for node_id in sorted(set(names) | set(self.store.records.counts_by_node())):
            sets.append((f"node:{node_id}", names.get(node_id, node_id)))
        sets.append(("type", "Record types"))
        sets += [(f"type:{t}", t) for t in RECORD_TYPES]
        sets.append(("country", "Countries"))
        sets += [(f"country:{c}", c) for c in self._countries()]
        body = "".join(
            f"<set><setSpec>{xml_text(spec)}</setSpec><setName>{xml_text(name)}</setName></set>"
            for spec, name in sets
            if _SET.match(spec)
        )
        return f"<ListSets>{body}</ListSets>"

    def _countries(self) -> list[str]:
        query = SearchQuery(limit=0, facets=("country",), facet_size=400, highlight=False)
        facets = self.ctx.index.search(query).facets.get("country", [])
        return sorted(value for value, _ in facets)

    def _row(self, identifier: str) -> tuple[Any, ...]:
        rid = record_id_of(identifier)
        row = self.store.records.row(rid) if rid else None
        if row is None:
            raise OaiError("idDoesNotExist", f"no item has the identifier '{identifier[:200]}'")
        return tuple(row)

    def get_record(self, args: dict[str, str]) -> str:
        """GetRecord: one record (or its deleted header)."""
        _check_prefix(args["metadataPrefix"])
        row = self._row(args["identifier"])
        return f"<GetRecord>{record_xml(row, self.site)}</GetRecord>"

    def list_items(self, verb: str, args: dict[str, str]) -> str:
        """ListIdentifiers / ListRecords, one page, with a resumption token when more remain."""
        state = self._state(verb, args)
        rows = self.store.records.rows_after(
            state.last, state.snapshot, self._where(state), self.page_size + 1
        )
        more, rows = len(rows) > self.page_size, rows[: self.page_size]
        if not rows:
            raise OaiError("noRecordsMatch", "no record matches these arguments")
        if verb == "ListRecords":
            items = "".join(record_xml(tuple(r), self.site) for r in rows)
        else:
            items = "".join(header_xml(tuple(r), _json(r[4])) for r in rows)
        return f"<{verb}>{items}{self._token_xml(state, rows, more)}</{verb}>"

    def _state(self, verb: str, args: dict[str, str]) -> ListState:
        if "resumptionToken" in args:
            plain = unseal(signing_key(self.ctx), "oai", args["resumptionToken"])
            if plain is None:  # forged, altered, or made by another server
                raise OaiError("badResumptionToken", "the resumptionToken is not one this "
                               "repository issued (damaged or altered)")  # fmt: skip
            return ListState.from_token(plain, verb)
        prefix = _check_prefix(args["metadataPrefix"])
        lo = parse_bound("from", args["from"], False) if "from" in args else None
        hi = parse_bound("until", args["until"], True) if "until" in args else None
        if "from" in args and "until" in args and len(args["from"]) != len(args["until"]):
            raise OaiError("badArgument", "'from' and 'until' must have the same granularity")
        if lo and hi and lo > hi:
            raise OaiError("badArgument", "'from' is later than 'until'")
        set_spec = args.get("set")
        if set_spec is not None and not _SET.match(set_spec):
            raise OaiError("badArgument", f"'{set_spec[:80]}' is not a valid setSpec")
        state = ListState(verb, prefix, set_spec, lo, hi, self.store.records.max_seq())
        return replace(
            state, total=self.store.records.count_upto(state.snapshot, self._where(state))
        )

    @staticmethod
    def _where(state: ListState) -> RecordFilter:
        return replace(
            set_filter(state.set_spec),
            updated_from=state.from_ or None,
            updated_until=state.until or None,
        )

    def _token_xml(self, state: ListState, rows: list[Any], more: bool) -> str:
        cursor = state.cursor
        size = f' completeListSize="{state.total}"' if state.total > 0 else ""
        if more:
            nxt = replace(state, last=int(rows[-1][0]), cursor=cursor + len(rows))
            token = seal(signing_key(self.ctx), "oai", nxt.token())  # signed: see tokens.py
            return f'<resumptionToken{size} cursor="{cursor}">{token}</resumptionToken>'
        if cursor:  # the last page of a split list: an empty token ends it
            return f'<resumptionToken{size} cursor="{cursor}"/>'
        return ""


def _check_prefix(prefix: str) -> str:
    if prefix != "oai_dc":
        raise OaiError("cannotDisseminateFormat", f"metadataPrefix '{prefix[:40]}' is not served; "
                       "use oai_dc")  # fmt: skip
    return prefix


def check_arguments(pairs: list[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """The verb and its arguments; badVerb / badArgument as the protocol says."""
    names = [k for k, _ in pairs]
    verbs = [v for k, v in pairs if k == "verb"]
    if len(verbs) != 1 or verbs[0] not in ARGS:
        what = "is missing" if not verbs else "is repeated" if len(verbs) > 1 else "is not legal"
        raise OaiError("badVerb", f"the verb argument {what}")
    verb = verbs[0]
    args = {k: v for k, v in pairs if k != "verb"}
    repeated = sorted({k for k in names if names.count(k) > 1})
    if repeated:
        raise OaiError("badArgument", f"argument '{repeated[0]}' is repeated")
    required, optional = ARGS[verb]
    illegal = sorted(set(args) - required - optional)
    if illegal:
        raise OaiError("badArgument", f"'{illegal[0][:40]}' is not an argument of {verb}")
    if "resumptionToken" in args:
        if len(args) > 1:
            raise OaiError("badArgument", "resumptionToken must be the only argument")
    else:
        missing = sorted(required - set(args))
        if missing:
            raise OaiError("badArgument", f"{verb} needs the argument '{missing[0]}'")
    return verb, args


def answer(provider: Provider, pairs: list[tuple[str, str]]) -> str:
    """The XML answer to one request."""
    try:
        verb, args = check_arguments(pairs)
    except OaiError as exc:
        return envelope(provider.base_url, {}, _error_xml(exc))
    echo = {"verb": verb, **args}
    try:
        if verb in ("ListIdentifiers", "ListRecords"):
            body = provider.list_items(verb, args)
        else:
            handler = {"Identify": provider.identify, "GetRecord": provider.get_record,
                       "ListSets": provider.list_sets,
                       "ListMetadataFormats": provider.list_metadata_formats}[verb]  # fmt: skip
            body = handler(args)
    except OaiError as exc:
        if exc.code == "badArgument":
            echo = {}
        return envelope(provider.base_url, _safe_echo(echo), _error_xml(exc))
    return envelope(provider.base_url, echo, body)


def _safe_echo(echo: dict[str, str]) -> dict[str, str]:
    """Request attributes that still fit the schema (dates and setSpecs checked)."""
    out = dict(echo)
    for key in ("from", "until"):
        if key in out and not (_DAY.match(out[key]) or _SECOND.match(out[key])):
            out.pop(key)
    if "set" in out and not _SET.match(out["set"]):
        out.pop("set")
    if "metadataPrefix" in out and not re.match(r"^[A-Za-z0-9\-_.!~*'()]+$", out["metadataPrefix"]):
        out.pop("metadataPrefix")
    return out


def _error_xml(exc: OaiError) -> str:
    return f'<error code="{exc.code}">{xml_text(exc.message)}</error>'


async def respond(request: Request, pairs: list[tuple[str, str]]) -> Response:
    """Answer one request's arguments as OAI-PMH XML (always HTTP 200, errors inside)."""
    page_size = int(getattr(request.app.state, "oai_page_size", PAGE_SIZE))
    xml = await run_in_threadpool(answer, Provider(request, page_size), pairs)
    return Response(xml, media_type="text/xml; charset=utf-8")


@router.get("/oai", tags=["oai-pmh"], response_class=Response)
async def oai_get(request: Request) -> Response:
    """The OAI-PMH 2.0 endpoint (``verb=Identify`` to start)."""
    return await respond(request, list(request.query_params.multi_items()))


@router.post("/oai", tags=["oai-pmh"], response_class=Response)
async def oai_post(request: Request) -> Response:
    """The OAI-PMH 2.0 endpoint, arguments form-encoded in the body."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return await respond(request, parse_qsl(body, keep_blank_values=True))


def install(app: FastAPI) -> None:
    """Add /oai."""
    app.include_router(router)
