"""The conformance report: can chm harvest this node, and what should the node fix?

Where it sits in the flow: node registry -> **conformance report** -> (status pending or
active) -> scheduler. Run on registration, on demand (``POST /api/nodes/{id}/validate``,
``chm nodes validate ID``) and for a URL not registered yet (``POST /api/validate``).

Every request goes through :class:`harvesters.urlguard.GuardedHttpClient`: the URL policy at
each hop and at connect time, no retries, a per-read time limit, a whole-response deadline
and a size limit, all from ``[registration]`` in config.toml. An endpoint that breaks the
policy makes the report *refused* (``Report.refused`` says why): the registration is turned
down rather than kept as pending.

For OAI-PMH the checks are Identify (protocol version, granularity, earliestDatestamp,
deletedRecord, admin email, UTC datestamps), ListMetadataFormats (the node's prefix is
offered), ListSets, one page of ListRecords with its resumption token followed once, then
that sample mapped with the node's mapping. For JSON and DCAT the node's harvester fetches
one page, which is mapped the same way. Each check is ``pass``, ``warn``, ``fail`` or
``skip`` with a message a person understands and a hint. The report fails when any check
fails.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import etree

from core.clock import isoformat_z, utcnow
from core.config import HarvestSettings, NodeConfig, RegistrationSettings, Settings
from core.messages import Message, plain_params
from harvesters.base import (
    EndpointUnreachable,
    HarvestError,
    HarvestWindow,
    InvalidResponse,
    ProtocolError,
)
from harvesters.http import HttpClient
from harvesters.oai_pmh import (
    DAY,
    OAI_NS,
    SECONDS,
    IdentifyInfo,
    OaiPmhHarvester,
    check_oai_error,
    parse_oai,
)
from harvesters.urlguard import GuardedHttpClient, HostileUrl, Resolver, UrlPolicy
from mappings.base import MappingError, RawRecord
from mappings.record import Record

_O = "{" + OAI_NS + "}"
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECONDS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
CHECK_STATUSES = ("pass", "warn", "fail", "skip")

CHECK_MESSAGES = {
    # words used inside other messages
    "word.missing": "missing",
    "word.none": "none",
    "word.more": " and {n} more",
    "label.languages": "a language",
    "label.languages_oai": "dc:language",
    "label.countries": "a country",
    "label.countries_oai": "a country (dc:coverage)",
    "label.date": "a date",
    "label.date_oai": "a date (dc:date)",
    # what a check found
    "url.refused": "refused: {detail}",
    "url.ok": "{url} is an http(s) URL the address policy allows",
    "step.unreachable": "the endpoint could not be reached: {detail}",
    "step.invalid_response": "the endpoint's answer cannot be used: {detail}",
    "step.protocol_error": "the endpoint answered with the OAI-PMH error {oai_code}",
    "step.failed": "the request failed: {detail}",
    "oai.skipped": "skipped because Identify failed",
    "identify.missing": "the response has no <Identify> element",
    "identify.ok": "the endpoint answers Identify: {name}",
    "version.ok": "OAI-PMH 2.0",
    "version.bad": "protocolVersion is '{value}', chm harvests OAI-PMH 2.0 only",
    "granularity.seconds": "seconds (YYYY-MM-DDThh:mm:ssZ)",
    "granularity.days": "days (YYYY-MM-DD): each incremental harvest re-fetches the current day",
    "granularity.bad": "granularity is '{value}'; chm assumes days",
    "earliest.ok": "{value}",
    "earliest.bad": "earliestDatestamp '{value}' is not a UTC datestamp in the declared "
    "granularity",
    "deleted.persistent": "persistent: deletions are kept",
    "deleted.partial": "deletedRecord is '{value}': chm notices deletions only on full harvests",
    "deleted.bad": "deletedRecord is '{value}', not one of no, transient, persistent",
    "email.ok": "{emails}",
    "email.none": "no valid <adminEmail>: the operators cannot reach the repository's "
    "administrator",
    "utc.ok": "responseDate {value} is UTC",
    "utc.bad": "responseDate '{value}' is not a UTC datestamp (YYYY-MM-DDThh:mm:ssZ)",
    "formats.ok": "'{prefix}' is offered (all: {offered})",
    "formats.missing": "the endpoint does not offer '{prefix}' (it offers: {offered})",
    "sets.none": "the repository does not use sets",
    "sets.none_asked": "the repository has no sets, but the node asks for set '{set}'",
    "sets.offered": "{n} sets offered",
    "sets.offered_more": "{n} sets offered (more on later pages)",
    "sets.ok": "set '{set}' is offered",
    "sets.not_first_page": "set '{set}' is not on the first page of ListSets",
    "sets.missing": "set '{set}' is not offered (sets: {sets})",
    "records.none": "the endpoint has no records in '{prefix}'",
    "records.none_in_set": "the endpoint has no records in '{prefix}' in set '{set}'",
    "records.first_page": "{n} records on the first page",
    "records.rejected": "a record was left out: {detail}",
    "token.none": "one page only: no token",
    "token.ok": "the token was followed: {n} records on the second page",
    "datestamps.ok": "every record datestamp is UTC, as declared",
    "datestamps.bad": "{n} of {total} record datestamps do not match the declared granularity "
    "in UTC: {shown}",
    "fetch.protocol": "this server cannot harvest protocol '{protocol}' yet ({detail})",
    "fetch.empty": "the first page has no records",
    "mapping.unknown": "no mapping '{mapping}': {detail}",
    "mapping.no_sample": "no live records in the sample to map",
    "mapping.ok": "all {n} sampled records map to chm's record",
    "mapping.none": "none of the {n} sampled records can be mapped: {shown}{more}",
    "mapping.some": "{n} of {total} records fail mapping: {shown}{more}",
    "types.ok": "every mapped record has a record type",
    "types.other": "{n} of {total} records are typed 'other': the record type values {shown}",
    "types.other_oai": "{n} of {total} records are typed 'other': dc:type values {shown}",
    "field.ok": "every mapped record has {label}",
    "field.lacking": "{n} of {total} records lack {label}",
    "concepts.not_loaded": "the vocabulary is not loaded: concept share not measured",
    "concepts.share": "{n} of {total} records ({share}) get concepts of the network's vocabulary",
}
"""What each check found, by code (:class:`core.messages.Message`; the pages say it in the
reader's language). ``detail`` parameters are chm's own technical words about a request or a
record (HTTP status, parser error), shown as they are."""

CHECK_HINTS = {
    "hint.unreachable": "the endpoint must be reachable from the internet: check the host "
    "name, the port and that the server is up",
    "hint.refused": "chm only fetches public http(s) endpoints that answer within the time "
    "limit and the size limit; correct the URL or ask the operators",
    "hint.base_url": "the URL must be the OAI-PMH base URL, the address that answers "
    "?verb=Identify (it often ends in /oai, /oai2d or /oai/request)",
    "hint.version": "serve OAI-PMH 2.0 and declare <protocolVersion>2.0</protocolVersion>",
    "hint.granularity": "declare <granularity>{seconds}</granularity> or {day}",
    "hint.earliest": "give the datestamp of the oldest record, e.g. 2011-01-01T00:00:00Z",
    "hint.deleted": 'keep deleted records as headers with status="deleted" and declare '
    "deletedRecord 'persistent'",
    "hint.deleted_value": "declare <deletedRecord>persistent</deletedRecord> (or transient / no)",
    "hint.email": "add <adminEmail> with a monitored address",
    "hint.utc": "OAI-PMH datestamps are UTC with a trailing Z; a local time zone shifts "
    "incremental harvests and records can be missed",
    "hint.formats_answer": "the endpoint must answer ListMetadataFormats",
    "hint.formats": "set the node's metadata prefix to one the endpoint offers, with a mapping "
    "for it",
    "hint.sets_answer": "ListSets should answer",
    "hint.remove_set": "remove the set from the node's definition",
    "hint.set_name": "check the set name; only the first page of sets was read",
    "hint.set_choice": "use one of the endpoint's setSpec values, or no set",
    "hint.records": "ListRecords with the node's metadata prefix (and set) must return records",
    "hint.no_records": "nothing will be harvested until records are published",
    "hint.token": "a resumption token must fetch the next page; tokens must not expire within "
    "minutes",
    "hint.datestamps": "give every header a UTC <datestamp> in the granularity Identify declares",
    "hint.protocol": "ask the operators, or offer OAI-PMH",
    "hint.first_page": "the URL must return the first page of records in the declared format",
    "hint.mapping_choice": "choose one of chm's mappings for the node's format",
    "hint.types": "state a type chm knows in each record (project, need, offer of support, "
    "guidance document…, in English, French or Spanish), or ask the network to add your "
    "phrasing to the thesaurus's record-type scheme; a node's own mapping can map it in a "
    "values table",
    "hint.mapping_format": "check that the records are in the format the '{mapping}' mapping reads",
    "hint.mapping_some": "fix these records at the source; the others will be harvested",
    "hint.languages": "add it or set a default language for the node",
    "hint.countries": "add it or set the node's country",
    "hint.date": "add the publication or project date",
    "hint.concepts": "add subject keywords (dc:subject) in the vocabulary's terms, in any language",
}
"""The fix a check suggests, by code."""


def say(code: str, english: str | None = None, **params: Any) -> Message:
    """A finding of :data:`CHECK_MESSAGES` (``english`` keeps an older exact sentence)."""
    return Message(CHECK_MESSAGES, code, english, **params)


def hint(code: str, **params: Any) -> Message:
    """A hint of :data:`CHECK_HINTS`."""
    return Message(CHECK_HINTS, code, **params)


_SERVER_SAYS = re.compile(r"\(server says: (.*)\)$", re.S)


def registration_settings(settings: Settings) -> RegistrationSettings:
    """``[registration]`` (checked at start-up), never looser than ``[harvest]``."""
    reg = settings.registration
    harvest = settings.harvest
    return replace(
        reg,
        timeout=min(reg.timeout, harvest.timeout),
        max_response_bytes=min(reg.max_response_bytes, harvest.max_response_bytes),
    )


def make_client(settings: Settings, resolver: Resolver | None = None) -> GuardedHttpClient:
    """The HTTP client reports use: URL policy, no retries, registration limits."""
    reg = registration_settings(settings)
    harvest = replace(
        settings.harvest,
        timeout=reg.timeout,
        max_retries=0,
        max_response_bytes=reg.max_response_bytes,
    )
    policy = UrlPolicy.from_settings(settings.security, resolver)
    return GuardedHttpClient(harvest, policy, deadline=reg.deadline)


@dataclass
class Check:
    """One line of the report. ``message`` and ``hint`` are English; ``code`` / ``params``
    and ``hint_code`` / ``hint_params`` say the same for translation; ``node_text`` is what
    the node itself wrote (an OAI-PMH error's text), shown as it is, as the node's words."""

    id: str
    title: str
    status: str  # pass | warn | fail | skip
    message: str
    hint: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    hint_code: str = ""
    hint_params: dict[str, Any] = field(default_factory=dict)
    node_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        out = dict(self.__dict__)
        out["message"], out["hint"] = str(self.message), str(self.hint)
        return out


@dataclass
class Report:
    """The conformance report of one node (or of a URL not registered yet)."""

    node_id: str | None
    url: str
    protocol: str
    metadata_prefix: str | None
    mapping: str
    started_at: str = field(default_factory=lambda: isoformat_z(utcnow()))
    finished_at: str | None = None
    duration_s: float = 0.0
    checks: list[Check] = field(default_factory=list)
    refused: str | None = None
    sample: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        """``fail`` when a check fails (or the URL is refused), else ``warn`` or ``pass``."""
        seen = {c.status for c in self.checks}
        if self.refused or "fail" in seen:
            return "fail"
        return "warn" if "warn" in seen else "pass"

    def add(
        self,
        id: str,
        title: str,
        status: str,
        message: str,
        hint: str = "",
        *,
        node_text: str = "",
        **details: Any,
    ) -> Check:
        """Append a check and return it (a :class:`Message` keeps its code for translation)."""
        assert status in CHECK_STATUSES, status
        check = Check(id, title, status, message, hint, details, node_text=node_text)
        if isinstance(message, Message):
            check.code, check.params = message.code, plain_params(message.params)
        if isinstance(hint, Message):
            check.hint_code, check.hint_params = hint.code, plain_params(hint.params)
        self.checks.append(check)
        return check

    def counts(self) -> dict[str, int]:
        """How many checks have each status."""
        return {s: sum(1 for c in self.checks if c.status == s) for s in CHECK_STATUSES}

    def summary(self) -> str:
        """One line for people: ``fail: 2 failed, 3 warnings, 9 passed``."""
        c = self.counts()
        if self.refused:
            return self.refused
        return f"{self.status}: {c['fail']} failed, {c['warn']} warnings, {c['pass']} passed"

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what the API returns and stores)."""
        return {
            "status": self.status,
            "summary": self.summary(),
            "node_id": self.node_id,
            "url": self.url,
            "protocol": self.protocol,
            "metadata_prefix": self.metadata_prefix,
            "mapping": self.mapping,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "duration_s": round(self.duration_s, 3),
            "refused": self.refused,
            "counts": self.counts(),
            "checks": [c.to_dict() for c in self.checks],
            "sample": self.sample,
        }

    def to_text(self) -> str:
        """The report for a terminal."""
        lines = [f"conformance report for {self.node_id or self.url} ({self.protocol})"]
        for c in self.checks:
            lines.append(f"  {c.status.upper():4}  {c.title}: {c.message}")
            if c.hint and c.status in ("warn", "fail"):
                lines.append(f"        hint: {c.hint}")
        lines.append(self.summary())
        return "\n".join(lines)


def run_report(
    node: NodeConfig,
    settings: Settings,
    *,
    vocabulary: Any = None,
    client: HttpClient | None = None,
    resolver: Resolver | None = None,
    auth: Any = None,
) -> Report:
    """Check ``node``'s endpoint and a sample of its records; never raises for bad endpoints.

    Args:
        node: the node (registered or not; ``id`` may be a placeholder).
        settings: for ``[security]``, ``[harvest]`` and ``[registration]``.
        vocabulary: the loaded vocabulary, or None (the concept share is then skipped).
        client: an HTTP client to use instead of :func:`make_client` (tests).
        resolver: a DNS resolver for the URL policy (tests).
        auth: the node's secrets (:func:`harvesters.secrets.node_auth`), or None: a report
            for a URL nobody registered is always made without secrets.

    Returns:
        the report; ``report.status`` is ``pass``, ``warn`` or ``fail``.
    """
    started = time.monotonic()
    report = Report(
        node_id=node.id,
        url=node.url,
        protocol=node.protocol,
        metadata_prefix=node.metadata_prefix if node.protocol == "oai-pmh" else None,
        mapping=node.mapping,
    )
    client = client or make_client(settings, resolver)
    client.session.auth = auth
    reg = registration_settings(settings)
    try:
        _check_url(report, client, node.url)
        if node.protocol == "oai-pmh":
            records = _oai_checks(report, node, client)
        else:
            records = _page_checks(report, node, client, settings.harvest)
        if records is not None:
            _sample_checks(report, node, records[: reg.sample_size], vocabulary)
    except HostileUrl as exc:
        report.refused = exc.reason
        refused = say("url.refused", exc.reason, detail=exc.reason.removeprefix("refused: "))
        report.add("url_policy", "Hostile input", "fail", refused, hint("hint.refused"))
    report.finished_at = isoformat_z(utcnow())
    report.duration_s = time.monotonic() - started
    return report


def _check_url(report: Report, client: HttpClient, url: str) -> None:
    if client.guard is not None:
        client.guard(url)  # raises HostileUrl
    report.add("url", "URL", "pass", say("url.ok", url=url))


def _step(report: Report, id: str, title: str, fix: Message, fn: Callable[[], Any]) -> Any:
    """Run one network step; a HarvestError becomes a failed check (hostile input goes up)."""
    try:
        return fn()
    except HostileUrl:
        raise
    except EndpointUnreachable as exc:
        report.add(id, title, "fail", harvest_error(exc), hint("hint.unreachable"))
        return None
    except HarvestError as exc:
        report.add(id, title, "fail", harvest_error(exc), fix, node_text=node_words(exc))
        return None


def harvest_error(exc: HarvestError) -> Message:
    """A harvest error as a finding: its English text, with a code by kind of error."""
    if isinstance(exc, EndpointUnreachable):
        return say("step.unreachable", str(exc), detail=str(exc))
    if isinstance(exc, ProtocolError):
        # the English keeps the whole error; the node's own words go to Check.node_text
        return say("step.protocol_error", str(exc), oai_code=exc.code)
    if isinstance(exc, InvalidResponse):
        return say("step.invalid_response", str(exc), detail=str(exc))
    return say("step.failed", str(exc), detail=str(exc))


def node_words(exc: HarvestError) -> str:
    """What the node itself wrote in an OAI-PMH error (``(server says: …)``), else ``""``."""
    m = _SERVER_SAYS.search(exc.message) if isinstance(exc, ProtocolError) else None
    return m.group(1) if m else ""


def _fetch_oai(client: HttpClient, url: str, params: dict[str, str]) -> etree._Element:
    fetched = client.get(url, params=params)
    root = parse_oai(fetched)
    check_oai_error(root, fetched.url)
    return root


def _text(el: etree._Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


# ---- OAI-PMH -----------------------------------------------------------------------------


def _oai_checks(report: Report, node: NodeConfig, client: HttpClient) -> list[RawRecord] | None:
    root = _step(
        report,
        "identify",
        "Identify",
        hint("hint.base_url"),
        lambda: _fetch_oai(client, node.url, {"verb": "Identify"}),
    )
    if root is None:
        report.add("oai", "Other OAI-PMH checks", "skip", say("oai.skipped"))
        return None
    info = _identify_checks(report, root, node.url)
    _formats_check(report, node, client)
    _sets_check(report, node, client)
    return _records_checks(report, node, client, info)


def _identify_checks(report: Report, root: etree._Element, url: str) -> IdentifyInfo:
    ident = root.find(_O + "Identify")
    if ident is None:
        report.add("identify", "Identify", "fail", say("identify.missing"))
        return IdentifyInfo()

    def get(name: str) -> str:
        return _text(ident.find(_O + name))

    name = get("repositoryName") or "(no repositoryName)"
    report.add("identify", "Identify", "pass", say("identify.ok", name=name))
    version = get("protocolVersion")
    if version == "2.0":
        report.add("identify.protocol_version", "Protocol version", "pass", say("version.ok"))
    else:
        report.add(
            "identify.protocol_version",
            "Protocol version",
            "fail",
            say("version.bad", value=version or say("word.missing")),
            hint("hint.version"),
        )
    gran = get("granularity")
    _granularity_check(report, gran)
    _earliest_check(report, get("earliestDatestamp"), gran)
    _deleted_check(report, get("deletedRecord"))
    _email_check(report, [_text(e) for e in ident.findall(_O + "adminEmail")])
    _utc_check(report, _text(root.find(_O + "responseDate")))
    return IdentifyInfo(
        repository_name=name,
        base_url=get("baseURL"),
        protocol_version=version,
        granularity=SECONDS if gran == SECONDS else DAY,
        earliest_datestamp=get("earliestDatestamp") or None,
        deleted_record=get("deletedRecord") or "no",
    )


def _granularity_check(report: Report, gran: str) -> None:
    title = "Datestamp granularity"
    if gran == SECONDS:
        report.add("identify.granularity", title, "pass", say("granularity.seconds"))
    elif gran == DAY:
        report.add("identify.granularity", title, "pass", say("granularity.days"))
    else:
        report.add(
            "identify.granularity",
            title,
            "warn",
            say("granularity.bad", value=gran or say("word.missing")),
            hint("hint.granularity", seconds=SECONDS, day=DAY),
        )


def _earliest_check(report: Report, value: str, gran: str) -> None:
    title = "Earliest datestamp"
    pattern = _SECONDS_RE if gran == SECONDS else _DAY_RE
    if value and (pattern.match(value) or _SECONDS_RE.match(value)):
        report.add("identify.earliest_datestamp", title, "pass", say("earliest.ok", value=value))
        return
    report.add(
        "identify.earliest_datestamp",
        title,
        "warn",
        say("earliest.bad", value=value or say("word.missing")),
        hint("hint.earliest"),
    )


def _deleted_check(report: Report, value: str) -> None:
    title = "Deleted records"
    if value == "persistent":
        report.add("identify.deleted_record", title, "pass", say("deleted.persistent"))
    elif value in ("transient", "no"):
        report.add(
            "identify.deleted_record",
            title,
            "warn",
            say("deleted.partial", value=value),
            hint("hint.deleted"),
        )
    else:
        report.add(
            "identify.deleted_record",
            title,
            "warn",
            say("deleted.bad", value=value or say("word.missing")),
            hint("hint.deleted_value"),
        )


def _email_check(report: Report, emails: list[str]) -> None:
    good = [e for e in emails if _EMAIL_RE.match(e.removeprefix("mailto:"))]
    if good:
        shown = say("email.ok", emails=", ".join(good))
        report.add("identify.admin_email", "Administrator e-mail", "pass", shown)
    else:
        report.add(
            "identify.admin_email",
            "Administrator e-mail",
            "warn",
            say("email.none"),
            hint("hint.email"),
        )


def _utc_check(report: Report, response_date: str) -> None:
    title = "Datestamps in UTC"
    if _SECONDS_RE.match(response_date):
        report.add("identify.utc", title, "pass", say("utc.ok", value=response_date))
    else:
        report.add(
            "identify.utc",
            title,
            "warn",
            say("utc.bad", value=response_date or say("word.missing")),
            hint("hint.utc"),
        )


def _formats_check(report: Report, node: NodeConfig, client: HttpClient) -> None:
    title = "Metadata formats"
    root = _step(
        report,
        "list_metadata_formats",
        title,
        hint("hint.formats_answer"),
        lambda: _fetch_oai(client, node.url, {"verb": "ListMetadataFormats"}),
    )
    if root is None:
        return
    prefixes = [_text(p) for p in root.iter(_O + "metadataPrefix")]
    offered = ", ".join(prefixes) or say("word.none")
    prefix = node.metadata_prefix
    if prefix in prefixes:
        found = say("formats.ok", prefix=prefix, offered=offered)
        report.add("list_metadata_formats", title, "pass", found)
    else:
        report.add(
            "list_metadata_formats",
            title,
            "fail",
            say("formats.missing", prefix=prefix, offered=offered),
            hint("hint.formats"),
            offered=prefixes,
        )


def _sets_check(report: Report, node: NodeConfig, client: HttpClient) -> None:
    title = "Sets"
    try:
        root = _fetch_oai(client, node.url, {"verb": "ListSets"})
    except ProtocolError as exc:
        if exc.code == "noSetHierarchy" and not node.set:
            report.add("list_sets", title, "pass", say("sets.none"))
        elif exc.code == "noSetHierarchy":
            report.add(
                "list_sets",
                title,
                "fail",
                say("sets.none_asked", set=node.set),
                hint("hint.remove_set"),
            )
        else:
            found, words = harvest_error(exc), node_words(exc)
            report.add("list_sets", title, "warn", found, hint("hint.sets_answer"), node_text=words)
        return
    except HostileUrl:
        raise
    except HarvestError as exc:
        report.add("list_sets", title, "warn", harvest_error(exc), hint("hint.sets_answer"))
        return
    specs = [_text(s) for s in root.iter(_O + "setSpec")]
    more = bool(_text(root.find(f"{_O}ListSets/{_O}resumptionToken")))
    if not node.set:
        found = say("sets.offered_more" if more else "sets.offered", n=len(specs))
        report.add("list_sets", title, "pass", found)
    elif node.set in specs:
        report.add("list_sets", title, "pass", say("sets.ok", set=node.set))
    elif more:
        report.add(
            "list_sets",
            title,
            "warn",
            say("sets.not_first_page", set=node.set),
            hint("hint.set_name"),
        )
    else:
        report.add(
            "list_sets",
            title,
            "fail",
            say("sets.missing", set=node.set, sets=", ".join(specs[:20]) or say("word.none")),
            hint("hint.set_choice"),
        )


def _records_checks(
    report: Report, node: NodeConfig, client: HttpClient, info: IdentifyInfo
) -> list[RawRecord] | None:
    harvester = OaiPmhHarvester(node, client.settings, client=client)
    harvester.info = info
    pages: Any = harvester.pages(HarvestWindow(full=True))
    title = "ListRecords"
    fix = hint("hint.records")
    first = _step(report, "list_records", title, fix, lambda: next(pages, None))
    if first is None:
        pages.close()
        return None
    records = list(first.records)
    if not records and first.checkpoint is None:
        prefix = node.metadata_prefix
        none = (
            say("records.none_in_set", prefix=prefix, set=node.set)
            if node.set
            else say("records.none", prefix=prefix)
        )
        report.add("list_records", title, "warn", none, hint("hint.no_records"))
    else:
        found = say("records.first_page", n=len(records))
        report.add("list_records", title, "pass", found)
    for sid, why in first.rejected[:5]:
        left_out = say("records.rejected", why, detail=why)
        report.add("list_records.rejected", "Malformed records", "warn", left_out, record_id=sid)
    if first.checkpoint:
        records += _token_check(report, pages)
    else:
        report.add("resumption_token", "Resumption token", "pass", say("token.none"))
    pages.close()
    _datestamp_check(report, records, info.granularity)
    return records


def _token_check(report: Report, pages: Any) -> list[RawRecord]:
    title = "Resumption token"
    second = _step(
        report,
        "resumption_token",
        title,
        hint("hint.token"),
        lambda: next(pages, None),
    )
    if second is None:
        return []
    report.add(
        "resumption_token",
        title,
        "pass",
        say("token.ok", n=len(second.records)),
    )
    return list(second.records)


def _datestamp_check(report: Report, records: list[RawRecord], granularity: str) -> None:
    pattern = _SECONDS_RE if granularity == SECONDS else _DAY_RE
    bad = [r for r in records if not (r.datestamp and pattern.match(r.datestamp))]
    if not records:
        return
    title = "Record datestamps"
    if not bad:
        report.add("datestamps", title, "pass", say("datestamps.ok"))
        return
    shown = "; ".join(f"{r.source_id} ({r.datestamp or 'empty'})" for r in bad[:5])
    report.add(
        "datestamps",
        title,
        "warn",
        say("datestamps.bad", n=len(bad), total=len(records), shown=shown),
        hint("hint.datestamps"),
        ids=[r.source_id for r in bad],
    )


# ---- JSON, DCAT (any protocol with a harvester) --------------------------------------------


def _page_checks(
    report: Report, node: NodeConfig, client: HttpClient, harvest: HarvestSettings
) -> list[RawRecord] | None:
    from harvesters.registry import get_harvester

    title = f"First page ({node.protocol})"
    try:
        harvester = get_harvester(node, client.settings, client=client)
    except (KeyError, ImportError, AttributeError) as exc:
        report.add(
            "fetch",
            title,
            "fail",
            say("fetch.protocol", protocol=node.protocol, detail=str(exc)),
            hint("hint.protocol"),
        )
        return None
    pages = harvester.pages(HarvestWindow(full=True))
    fix = hint("hint.first_page")
    first = _step(report, "fetch", title, fix, lambda: next(iter(pages), None))
    if hasattr(pages, "close"):
        pages.close()
    if first is None:
        return None
    if first.records:
        report.add("fetch", title, "pass", say("records.first_page", n=len(first.records)))
    else:
        report.add("fetch", title, "warn", say("fetch.empty"), fix)
    return list(first.records)


# ---- the sample: mapping, fields, concepts -----------------------------------------------


def _sample_checks(
    report: Report, node: NodeConfig, records: list[RawRecord], vocabulary: Any
) -> None:
    from mappings.registry import get_mapping

    live = [r for r in records if not r.deleted]
    try:
        mapping = get_mapping(node.mapping)
    except KeyError as exc:
        report.add(
            "mapping",
            "Mapping",
            "fail",
            say("mapping.unknown", mapping=node.mapping, detail=str(exc)),
            hint("hint.mapping_choice"),
        )
        return
    notes: Notes = {}
    completed: list[Record] = []
    mapped, failed = _map_sample(node, mapping, live, notes, completed)
    report.sample = {
        "records": len(records),
        "deleted": len(records) - len(live),
        "mapped": len(mapped),
        "failed": [{"id": sid, "error": err} for sid, err in failed],
    }
    _mapping_check(report, node, len(live), mapped, failed)
    if mapped:
        _field_checks(report, node, mapped)
        _type_check(report, node, completed, notes)
        _concept_check(report, completed, vocabulary)


Notes = dict[str, list[dict[str, Any]]]


def _map_sample(
    node: NodeConfig,
    mapping: Any,
    records: list[RawRecord],
    notes_by_id: Notes | None = None,
    completed: list[Record] | None = None,
) -> tuple[list[Record], list[tuple[str, str]]]:
    """Map the sample. Returns the records as the source states them (the node's country and
    default language filling gaps, for the field checks); ``completed`` receives them as a
    harvest stores them (:func:`complete_record`) and ``notes_by_id`` their notes."""
    from mappings.complete import complete_record
    from mappings.notes import collecting

    now = isoformat_z(utcnow())
    mapped: list[Record] = []
    failed: list[tuple[str, str]] = []
    fast = getattr(mapping, "map_raw_fast", None)
    for raw in records:
        try:
            with collecting() as notes:
                rec: Record = fast(raw, now) if fast else mapping.map(raw, now)
                done = complete_record(
                    rec, node_country=node.country, default_language=node.default_language
                )
        except MappingError as exc:
            failed.append((raw.source_id, str(exc)))
            continue
        except Exception as exc:  # a mapping bug must not sink the whole report
            failed.append((raw.source_id, f"{type(exc).__name__}: {exc}"))
            continue
        if node.country and not rec.countries:
            rec = rec.with_changes(countries=[node.country])
        if node.default_language and not rec.languages:
            rec = rec.with_changes(languages=[node.default_language])
        mapped.append(rec)
        if completed is not None:
            completed.append(done)
        if notes_by_id is not None:
            notes_by_id[rec.id] = notes
    return mapped, failed


def _type_check(report: Report, node: NodeConfig, mapped: list[Record], notes: Notes) -> None:
    """Records typed ``other``: the raw type values no label of the record-type scheme
    matched, counted, with the fix to make."""
    other = [r for r in mapped if r.type == "other"]
    title = "Record types"
    if not other:
        report.add("types", title, "pass", say("types.ok"))
        return
    raw: dict[str, int] = {}
    for rec in other:
        values = [n["value"] for n in notes.get(rec.id, []) if n["field"] == "type"]
        for value in values or ["(no type stated)"]:
            raw[value] = raw.get(value, 0) + 1
    shown = ", ".join(f"{v!r} ({n})" for v, n in sorted(raw.items(), key=lambda p: -p[1])[:8])
    code = "types.other_oai" if node.protocol == "oai-pmh" else "types.other"
    report.add(
        "types",
        title,
        "warn",
        say(code, n=len(other), total=len(mapped), shown=shown),
        hint("hint.types"),
        ids=[r.source_id for r in other[:50]],
    )


def _mapping_check(
    report: Report,
    node: NodeConfig,
    total: int,
    mapped: list[Record],
    failed: list[tuple[str, str]],
) -> None:
    title = f"Mapping ({node.mapping})"
    if total == 0:
        report.add("mapping", title, "skip", say("mapping.no_sample"))
        return
    shown = "; ".join(f"{sid} ({err})" for sid, err in failed[:5])
    more: str = say("word.more", n=len(failed) - 5) if len(failed) > 5 else ""
    ids = [sid for sid, _ in failed]
    if not failed:
        report.add("mapping", title, "pass", say("mapping.ok", n=total))
    elif not mapped:
        report.add(
            "mapping",
            title,
            "fail",
            say("mapping.none", n=total, shown=shown, more=more),
            hint("hint.mapping_format", mapping=node.mapping),
            ids=ids,
        )
    else:
        report.add(
            "mapping",
            title,
            "warn",
            say("mapping.some", n=len(failed), total=total, shown=shown, more=more),
            hint("hint.mapping_some"),
            ids=ids,
        )


_FIELD_RULES: tuple[tuple[str, str], ...] = (
    # (Record attribute, node default); labels label.<attr>[_oai], hints hint.<attr>
    ("languages", "default_language"),
    ("countries", "country"),
    ("date", ""),
)


def _field_checks(report: Report, node: NodeConfig, mapped: list[Record]) -> None:
    for attr, node_default in _FIELD_RULES:
        label = say(f"label.{attr}_oai" if node.protocol == "oai-pmh" else f"label.{attr}")
        lacking = [r for r in mapped if not getattr(r, attr)]
        title = f"Field: {attr}"
        if not lacking:
            report.add(f"field.{attr}", title, "pass", say("field.ok", label=label))
            continue
        report.add(
            f"field.{attr}",
            title,
            "warn",
            say("field.lacking", n=len(lacking), total=len(mapped), label=label),
            hint(f"hint.{attr}") if not (node_default and getattr(node, node_default)) else "",
            ids=[r.source_id for r in lacking[:50]],
        )


def _concept_check(report: Report, mapped: list[Record], vocabulary: Any) -> None:
    title = "Vocabulary concepts"
    if vocabulary is None:
        report.add("concepts", title, "skip", say("concepts.not_loaded"))
        return
    from vocabulary.enrich import enrich

    with_concepts = 0
    for rec in mapped:
        try:
            got = enrich(rec, vocabulary)
        except Exception:  # enrichment must not sink the report
            continue
        if got.concepts:
            with_concepts += 1
    share = with_concepts / len(mapped)
    report.sample["concept_share"] = round(share, 3)
    message = say("concepts.share", n=with_concepts, total=len(mapped), share=f"{share:.0%}")
    if share >= 0.3:
        report.add("concepts", title, "pass", message)
    else:
        report.add("concepts", title, "warn", message, hint("hint.concepts"))
