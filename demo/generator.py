"""Deterministic generator of realistic clearing-house records for the demo national nodes.

Where it sits: the very start of the demo data flow. ``demo.oai_server`` publishes these
records over OAI-PMH, chm harvests them like any national node. Record ``i`` of a node is
computed from ``(node seed, i)`` alone (a splitmix64 stream), so a node with 1,000,000
records costs no memory and the same seed always gives the same bytes.

Datestamps grow with ``i`` (``2020-01-01T00:00:00Z + i * step``), which makes ``from``/
``until`` filtering a binary search. About 1 slot in 40 is a *shared* project, published by
two of the three demo nodes with the same project code and DOI but different wording, for
duplicate detection downstream.

Example::

    from demo.generator import NODES, records
    node = NODES["fr-chm"]
    node.record(42).titles          # (("fr", "Projet pilote sur ..."),)
    node.oai_dc_xml(42)             # b'<record xmlns="http://www.openarchives.org/OAI/2.0/">...'
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from demo import lexicon as lx
from demo import templates as tp
from mappings.record import RECORD_TYPES as ALL_RECORD_TYPES

RECORD_TYPES: tuple[str, ...] = tuple(t for t in ALL_RECORD_TYPES if t != "other")
TYPE_WEIGHTS: dict[str, int] = {  # percent
    "project": 22,
    "document": 18,
    "need": 9,
    "support-source": 9,
    "national-profile": 6,
    "contact-point": 7,
    "organization": 7,
    "case-study": 8,
    "event": 7,
    "dataset": 7,
}
_TYPE_TABLE: tuple[str, ...] = tuple(t for t, w in TYPE_WEIGHTS.items() for _ in range(w))

BASE_EPOCH: int = calendar.timegm((2020, 1, 1, 0, 0, 0))
DEFAULT_STEP: int = 137  # seconds between datestamps: 1,000,000 records end in 2024
SHARED_EVERY: int = 40
SHARED_SEED: int = 0x5EED_C4A1
SHARED_PAIRS: tuple[tuple[str, str], ...] = (
    ("fr-chm", "es-chm"),
    ("es-chm", "gb-chm"),
    ("gb-chm", "fr-chm"),
)
SECOND_LANG: dict[str, tuple[str, ...]] = {"fr": ("en",), "es": ("en",), "en": ("fr", "es")}
STATUSES: tuple[str, ...] = ("completed", "ongoing", "planned")

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
_DC_OPEN = (
    '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ '
    'http://www.openarchives.org/OAI/2.0/oai_dc.xsd">'
)
_MASK = (1 << 64) - 1


def _splitmix(x: int) -> int:
    z = (x + 0x9E3779B97F4A7C15) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


class _Rng:
    """A 64-bit LCG stream seeded per record through splitmix64: fast and deterministic."""

    __slots__ = ("s",)

    def __init__(self, seed: int) -> None:
        self.s = seed & _MASK

    def next(self) -> int:
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & _MASK
        return self.s >> 24

    def below(self, n: int) -> int:
        return self.next() % n

    def pick(self, seq: tuple[Any, ...]) -> Any:
        return seq[self.next() % len(seq)]

    def chance(self, percent: int) -> bool:
        return self.next() % 100 < percent


def format_datestamp(epoch: int, day: bool = False) -> str:
    """Format seconds since the epoch as an OAI-PMH datestamp (``day`` -> YYYY-MM-DD)."""
    if day:
        return time.strftime("%Y-%m-%d", time.gmtime(epoch))
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def xml_escape(text: str) -> str:
    """Escape text for an XML element or a double-quoted attribute."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


@dataclass(frozen=True)
class DemoRecord:
    """One generated record: OAI header fields plus Dublin Core values as published."""

    identifier: str
    datestamp: str
    deleted: bool
    record_type: str
    set_spec: str
    titles: tuple[tuple[str, str], ...]  # (language, text); the node's language first
    descriptions: tuple[str, ...]
    subjects: tuple[str, ...]
    coverage: tuple[str, ...]
    dates: tuple[str, ...]
    languages: tuple[str, ...]
    types: tuple[str, ...]
    identifiers: tuple[str, ...]
    creators: tuple[str, ...]
    publisher: str
    rights: str
    status: str | None = None  # projects only: completed / ongoing / planned
    shared_key: str | None = None  # project code of a record published by two nodes
    country: str = ""  # ISO code of the country the record is about (ground truth)
    iso_date: str | None = None  # dc:date as ISO 8601 with the precision shown (ground truth)


@dataclass
class _Facts:
    """Language-independent choices for one record, rendered later in any language."""

    rtype: str
    topic: lx.Topic
    country: lx.Country
    tmpl: int
    y1: int
    y2: int
    month: int
    day: int
    status: str | None = None
    code: str | None = None
    doi: str | None = None
    shared: bool = False


class DemoNode:
    """A demo national node: a language, its countries, and a seed.

    Args:
        id: node id, e.g. ``"fr-chm"``.
        lang: main language, one of ``fr``, ``es``, ``en``.
        countries: ISO alpha-2 codes of the countries the node covers.
        seed: any integer; the same seed gives the same records.
        host: site host used in identifiers and URLs (default ``chm.example.<id>``).
        step_seconds: datestamp spacing between consecutive records.
    """

    def __init__(
        self,
        id: str,
        lang: str,
        countries: tuple[str, ...] | list[str],
        seed: int,
        host: str | None = None,
        step_seconds: int = DEFAULT_STEP,
    ) -> None:
        if lang not in lx.LANGS:
            raise ValueError(f"demo node {id!r}: language {lang!r} is not one of {lx.LANGS}")
        unknown = [c for c in countries if c not in lx.COUNTRIES]
        if unknown or not countries:
            raise ValueError(f"demo node {id!r}: unknown or no countries {unknown}")
        self.id = id
        self.lang = lang
        self.countries = tuple(countries)
        self.seed = seed
        self.host = host or f"{id}.example.org"
        self.step = step_seconds
        self._prefix = f"oai:{self.host}:"

    def __repr__(self) -> str:
        return f"DemoNode({self.id!r}, {self.lang!r}, seed={self.seed})"

    # -- identity and order -------------------------------------------------------------
    def identifier(self, i: int) -> str:
        """The OAI identifier of record ``i``."""
        return f"{self._prefix}{i}"

    def index_of(self, identifier: str) -> int | None:
        """The index of an identifier of this node, or None if it is not one."""
        if not identifier.startswith(self._prefix):
            return None
        tail = identifier[len(self._prefix) :]
        if not tail.isdigit() or (len(tail) > 1 and tail[0] == "0"):
            return None
        return int(tail)

    def epoch(self, i: int) -> int:
        """Datestamp of record ``i`` in seconds since the epoch (grows with ``i``)."""
        return BASE_EPOCH + i * self.step

    def _rng(self, i: int) -> _Rng:
        return _Rng(_splitmix(self.seed * 0x100000001B3 + i))

    def shared_slot(self, i: int) -> int | None:
        """The shared-project number published at index ``i``, or None."""
        if i % SHARED_EVERY != SHARED_EVERY // 2:
            return None
        k = i // SHARED_EVERY
        return k if self.id in SHARED_PAIRS[k % len(SHARED_PAIRS)] else None

    def record_type(self, i: int) -> str:
        """The record type of record ``i`` (cheap: one random draw)."""
        if self.shared_slot(i) is not None:
            return "project"
        return _TYPE_TABLE[self._rng(i).next() % 100]

    # -- records --------------------------------------------------------------------------
    def record(self, i: int, version: int = 0) -> DemoRecord:
        """Record ``i``; ``version > 0`` gives the record as changed by an update."""
        rng = self._rng(i)
        facts = self._facts(i, rng)
        return _compose(self, i, facts, rng, version)

    def record_xml(
        self, i: int, datestamp: str, version: int = 0, deleted: bool = False, ns: bool = False
    ) -> str:
        """The ``<record>`` element of record ``i`` as a string, with a given datestamp."""
        xmlns = f' xmlns="{OAI_NS}"' if ns else ""
        spec = "type:" + self.record_type(i)
        if deleted:
            return (
                f'<record{xmlns}><header status="deleted"><identifier>{self.identifier(i)}'
                f"</identifier><datestamp>{datestamp}</datestamp><setSpec>{spec}</setSpec>"
                "</header></record>"
            )
        return _record_xml(self.record(i, version), datestamp, xmlns)

    def oai_dc_xml(self, i: int) -> bytes:
        """Record ``i`` as a standalone OAI-PMH ``<record>`` element (header + oai_dc)."""
        return self.record_xml(i, format_datestamp(self.epoch(i)), ns=True).encode()

    def _facts(self, i: int, rng: _Rng) -> _Facts:
        rtype = _TYPE_TABLE[rng.next() % 100]
        k = self.shared_slot(i)
        if k is not None:
            return _shared_facts(k, rng)
        topic = rng.pick(lx.TOPICS)
        country = lx.COUNTRIES[rng.pick(self.countries)]
        ntmpl = len(tp.TITLES[rtype]["fr"])
        y1 = 2008 + rng.below(17)
        facts = _Facts(
            rtype,
            topic,
            country,
            rng.below(ntmpl),
            y1,
            y1 + 1 + rng.below(4),
            1 + rng.below(12),
            1 + rng.below(28),
        )
        if rtype == "project":
            _project_facts(facts, rng)
        elif rtype in ("document", "dataset") and rng.chance(30):
            facts.doi = f"10.5555/{self.id}.{i}"
        return facts


def _project_facts(facts: _Facts, rng: _Rng) -> None:
    """Status consistent with the years, and sometimes a project code."""
    if facts.y2 < 2024:
        facts.status = "completed"
    elif facts.y1 > 2024:
        facts.status = "planned"
    else:
        facts.status = rng.pick(("ongoing", "ongoing", "planned"))
    if rng.chance(50):
        facts.code = f"PRJ-{facts.country.code}-{facts.y1}-{1 + rng.below(8999):04d}"


def _shared_facts(k: int, node_rng: _Rng) -> _Facts:
    """Facts of shared project ``k``: the same for both nodes that publish it."""
    rng = _Rng(_splitmix(SHARED_SEED + k))
    pair = SHARED_PAIRS[k % len(SHARED_PAIRS)]
    codes = tuple(c for nid in pair for c in NODE_COUNTRIES[nid])
    topic = rng.pick(lx.TOPICS)
    country = lx.COUNTRIES[rng.pick(codes)]
    y1 = 2012 + rng.below(12)
    facts = _Facts(
        "project",
        topic,
        country,
        node_rng.below(4),
        y1,
        y1 + 2 + rng.below(3),
        1 + rng.below(12),
        1 + rng.below(28),
        shared=True,
    )
    facts.status = "completed" if facts.y2 < 2024 else "ongoing"
    facts.code = f"PRJ-{country.code}-{y1}-{9000 + k % 1000:04d}"
    facts.doi = f"10.5555/chm.shared.{k}"
    return facts


class _Ctx(dict[str, Any]):
    """Template values; the rarely used ones are drawn only when a template asks."""

    def __init__(self, facts: _Facts, lang: str, rng: _Rng, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.facts, self.lang, self.rng = facts, lang, rng

    def __missing__(self, key: str) -> Any:
        lang, rng, c = self.lang, self.rng, self.facts.country
        if key == "eligible":
            value: Any = _eligible(self.facts, lang, rng)
        elif key == "person":
            value = _person(rng.pick(lx.PEOPLE[lang]))
        elif key == "phone":
            value = f"+{200 + rng.below(700)} {rng.below(100):02d} {rng.below(1000):03d} "
            value += f"{rng.below(10000):04d}"
        elif key == "email":
            value = f"pointfocal.{c.code.lower()}@example.org"
        elif key in ("audience", "result", "fmt"):
            table = {"audience": lx.AUDIENCES[lang], "result": lx.RESULTS[lang]}
            value = rng.pick(table.get(key, lx.FORMATS))
        else:
            raise KeyError(key)
        self[key] = value
        return value


def _context(facts: _Facts, lang: str, rng: _Rng) -> _Ctx:
    """Everything a template may ask for, in one language."""
    t = facts.topic.text[lang]
    c = facts.country
    conv, of_conv = lx.CONVENTIONS[facts.topic.convention][lang]
    fi = rng.below(len(lx.FUNDERS[lang]))
    funder = lx.FUNDERS[lang][fi]
    org = lx.ORGS[lang][rng.below(len(lx.ORGS[lang]))].format(of_c=c.of_form[lang])
    org_name = org.split(" ", 1)[1] if org[1] != "'" else org[2:]
    acts = lx.ACTIVITIES[lang]
    a0 = rng.below(len(acts))
    return _Ctx(
        facts,
        lang,
        rng,
        {
            "the": t.the,
            "bare": t.bare,
            "need": t.need,
            "c": c.name[lang],
            "in_c": c.in_form[lang],
            "of_c": c.of_form[lang],
            "conv": conv,
            "of_conv": of_conv,
            "in_region": lx.REGIONS[c.region][lang][1],
            "city": c.city,
            "y1": facts.y1,
            "y2": facts.y2,
            "year": facts.y1,
            "phase": 1 + facts.y1 % 3,
            "month": lx.MONTHS[lang][facts.month - 1],
            "d1": facts.day,
            "d2": facts.day + 2,
            "funder": funder,
            "funder_cap": funder[0].upper() + funder[1:],
            "funder_short": lx.FUNDER_SHORT[fi],
            "org": org,
            "Org": org[0].upper() + org[1:],
            "org_name": org_name[0].upper() + org_name[1:],
            "activities": f"{acts[a0]}, {acts[(a0 + 3) % len(acts)]}",
            "needs": f"{t.need}, {acts[(a0 + 1) % len(acts)]}",
            "support": lx.SUPPORT_TYPES[lang][facts.tmpl % len(lx.SUPPORT_TYPES[lang])],
            "code": facts.code or "",
        },
    )


def _org_name(lang: str, k: int, of_c: str) -> str:
    org = lx.ORGS[lang][k].format(of_c=of_c)
    name = org.split(" ", 1)[1] if org[1] != "'" else org[2:]
    return name[0].upper() + name[1:]


def _person(name: str) -> str:
    last, _, first = name.partition(", ")
    return f"{first} {last}" if first else last


def _eligible(facts: _Facts, lang: str, rng: _Rng) -> str:
    region = lx.REGIONS[facts.country.region][lang][0]
    others = [lx.COUNTRIES[rng.pick(tuple(lx.COUNTRIES))].name[lang] for _ in range(2)]
    return ", ".join(dict.fromkeys([region, facts.country.name[lang], *others]))


def _title(facts: _Facts, lang: str, ctx: dict[str, Any]) -> str:
    options = tp.TITLES[facts.rtype][lang]
    title = options[facts.tmpl % len(options)].format_map(ctx)
    return title[0].upper() + title[1:]


def _description(facts: _Facts, lang: str, ctx: dict[str, Any], rng: _Rng) -> str:
    options = tp.DESCRIPTIONS[facts.rtype][lang]
    text = rng.pick(options).format_map(ctx)
    if facts.status is not None:
        prefix, value = lx.STATUS[lang][facts.status]
        period, code, funding = tp.PROJECT_LINES[lang]
        lines = [text, prefix + value, period.format_map(ctx)]
        if facts.code:
            lines.append(code.format_map(ctx))
        if rng.chance(40):
            lines.append(funding.format_map(ctx))
        text = "\n".join(lines)
    return text


def _subjects(facts: _Facts, lang: str, rng: _Rng) -> tuple[str, ...]:
    pool = facts.topic.text[lang].subjects
    picked = [rng.pick(pool)]
    if rng.chance(60):
        picked.append(rng.pick(pool))
    if facts.rtype in ("project", "need", "support-source", "document") and rng.chance(50):
        picked.append(rng.pick(lx.CROSS_SUBJECTS[lang]))
    picked = list(dict.fromkeys(picked))
    style = rng.below(10)
    if style == 0 and len(picked) > 1:
        return ("; ".join(picked),)
    if style == 1:
        return tuple(s.upper() for s in picked)
    return tuple(picked)


def _coverage(facts: _Facts, lang: str, rng: _Rng) -> tuple[str, ...]:
    c = facts.country
    roll = rng.below(100)
    if roll < 65:
        return (c.name[lang],)
    if roll < 75:
        return (c.code if roll % 2 else c.code3,)
    if roll < 88:
        return (lx.REGIONS[c.region][lang][0],)
    if roll < 95:
        return (c.name[lang], lx.REGIONS[c.region][lang][0])
    return ()


def _date(facts: _Facts, lang: str, rng: _Rng) -> tuple[tuple[str, ...], str | None]:
    """The dc:date value in a national format, and the same date in ISO 8601."""
    if rng.chance(3):
        return (), None
    fmt = rng.pick(tp.DATE_FORMATS[lang])
    month = lx.MONTHS[lang][facts.month - 1]
    value = fmt.format(y=facts.y1, m=facts.month, d=facts.day, month=month)
    if "{d" not in fmt:
        iso = (
            f"{facts.y1}"
            if "{m" not in fmt and "{month}" not in fmt
            else (f"{facts.y1}-{facts.month:02d}")
        )
    else:
        iso = f"{facts.y1}-{facts.month:02d}-{facts.day:02d}"
    return (value,), iso


def _identifiers(node: DemoNode, i: int, facts: _Facts, rng: _Rng) -> tuple[str, ...]:
    ids = [f"https://{node.host}/records/{i}"]
    if facts.code:
        ids.append(facts.code)
    if facts.doi:
        ids.append(rng.pick((f"https://doi.org/{facts.doi}", f"doi:{facts.doi}", facts.doi)))
    return tuple(ids)


def _compose(node: DemoNode, i: int, facts: _Facts, rng: _Rng, version: int) -> DemoRecord:
    lang = node.lang
    ctx = _context(facts, lang, rng)
    titles = [(lang, _title(facts, lang, ctx))]
    if rng.chance(15):
        other = rng.pick(SECOND_LANG[lang])
        titles.append((other, _title(facts, other, _context(facts, other, _Rng(rng.s)))))
    if version:
        titles[0] = (lang, titles[0][1] + tp.REVISED[lang].format(v=version))
    languages = [rng.pick(lx.LANGUAGE_VALUES[lang])]
    if len(titles) > 1 and rng.chance(50):
        languages.append(titles[1][0])
    dates, iso_date = _date(facts, lang, rng)
    creators = [
        _person(p) if rng.chance(20) else p
        for p in {rng.pick(lx.PEOPLE[lang]): None for _ in range(1 + rng.below(2))}
    ]
    if rng.chance(40):
        creators.append(ctx["org_name"])
    return DemoRecord(
        identifier=node.identifier(i),
        datestamp=format_datestamp(node.epoch(i)),
        deleted=False,
        record_type=facts.rtype,
        set_spec="type:" + facts.rtype,
        titles=tuple(titles),
        descriptions=(_description(facts, lang, ctx, rng),),
        subjects=_subjects(facts, lang, rng),
        coverage=_coverage(facts, lang, rng),
        dates=dates,
        languages=tuple(languages),
        types=(rng.pick(lx.TYPE_LABELS[lang][facts.rtype]),),
        identifiers=_identifiers(node, i, facts, rng),
        creators=tuple(creators),
        publisher=ctx["org_name"] if rng.chance(70) else _org_name(lang, 0, ctx["of_c"]),
        rights=rng.pick(lx.RIGHTS[lang]),
        status=facts.status,
        shared_key=facts.code if facts.shared else None,
        country=facts.country.code,
        iso_date=iso_date,
    )


def _record_xml(rec: DemoRecord, datestamp: str, xmlns: str) -> str:
    """Serialise a record by string concatenation (the server's hot path)."""
    e = xml_escape
    parts = [
        f"<record{xmlns}><header><identifier>{rec.identifier}</identifier><datestamp>"
        f"{datestamp}</datestamp><setSpec>{rec.set_spec}</setSpec></header><metadata>",
        _DC_OPEN,
    ]
    ap = parts.append
    for lang, title in rec.titles:
        ap(f'<dc:title xml:lang="{lang}">{e(title)}</dc:title>')
    for v in rec.creators:
        ap(f"<dc:creator>{e(v)}</dc:creator>")
    for v in rec.subjects:
        ap(f"<dc:subject>{e(v)}</dc:subject>")
    for v in rec.descriptions:
        ap(f"<dc:description>{e(v)}</dc:description>")
    ap(f"<dc:publisher>{e(rec.publisher)}</dc:publisher>")
    for v in rec.dates:
        ap(f"<dc:date>{e(v)}</dc:date>")
    for v in rec.types:
        ap(f"<dc:type>{e(v)}</dc:type>")
    for v in rec.identifiers:
        ap(f"<dc:identifier>{e(v)}</dc:identifier>")
    for v in rec.languages:
        ap(f"<dc:language>{e(v)}</dc:language>")
    for v in rec.coverage:
        ap(f"<dc:coverage>{e(v)}</dc:coverage>")
    ap(f"<dc:rights>{e(rec.rights)}</dc:rights></oai_dc:dc></metadata></record>")
    return "".join(parts)


NODE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "fr-chm": ("SN", "CI", "ML", "BF", "CM", "BJ", "MA", "TN", "FR", "MG"),
    "es-chm": ("ES", "MX", "CO", "PE", "CL", "AR", "EC", "BO", "CR", "GT"),
    "gb-chm": ("GB", "GH", "KE", "NG", "IN", "PH", "JM", "ZA", "UG", "BD"),
}

NODES: dict[str, DemoNode] = {
    "fr-chm": DemoNode("fr-chm", "fr", NODE_COUNTRIES["fr-chm"], 1001, host="chm.example.fr"),
    "es-chm": DemoNode("es-chm", "es", NODE_COUNTRIES["es-chm"], 2002, host="chm.example.es"),
    "gb-chm": DemoNode("gb-chm", "en", NODE_COUNTRIES["gb-chm"], 3003, host="chm.example.org.uk"),
}

DEMO_COUNTS: dict[str, int] = {"fr-chm": 900, "es-chm": 700, "gb-chm": 600}


def records(node: DemoNode, n: int, start: int = 0) -> Iterator[DemoRecord]:
    """Yield records ``start .. start + n - 1`` of a node, one at a time."""
    for i in range(start, start + n):
        yield node.record(i)


def demo_records_as_dict(node: DemoNode, n: int) -> Iterator[dict[str, Any]]:
    """Yield the first ``n`` records of a node as plain dicts (JSON-friendly)."""
    for rec in records(node, n):
        d = asdict(rec)
        d["titles"] = [list(t) for t in rec.titles]
        yield d


def generate_records(count: int, seed: int = 7) -> Iterator[Any]:
    """Mapped records (``mappings.record.Record``) for index benchmarks and tests.

    Round-robin over the three demo nodes (seeds shifted by ``seed``), with the ground truth
    the generator knows: ISO country, ISO date, language, type and project status.
    """
    from mappings.record import Record

    nodes = [DemoNode(n.id, n.lang, n.countries, n.seed + seed, n.host) for n in NODES.values()]
    for k in range(count):
        node = nodes[k % len(nodes)]
        r = node.record(k // len(nodes))
        yield Record(
            id=f"{node.id}:{r.identifier}",
            node=node.id,
            source_id=r.identifier,
            type=r.record_type,
            title=dict(r.titles),
            description={node.lang: r.descriptions[0]},
            creators=list(r.creators),
            publisher=r.publisher,
            subjects=list(r.subjects),
            countries=[r.country],
            languages=[node.lang],
            date=r.iso_date,
            status=r.status,
            url=r.identifiers[0],
            identifiers=list(r.identifiers[1:]),
            rights=r.rights,
            source_datestamp=r.datestamp,
        )
