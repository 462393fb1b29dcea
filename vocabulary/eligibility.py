"""Who may receive an offer: countries, UN M49 regions and groups read from its words.

Where it sits: record -> **eligibility** -> ``Record.eligible`` (set by
:func:`vocabulary.enrich.enrich`), the index's ``eligible`` field (``eligible_for=GH``) and
matching's hard constraint (:mod:`matching.match`).

An offer's eligibility is read, first that applies:

1. an eligibility line of its description ("Eligible countries: LDCs and SIDS", "Pays
   éligibles : pays d'Afrique", "Países elegibles: América Latina y el Caribe", "Eligibility:
   ..."): countries by name (English, French, Spanish) or code, UN M49 regions (the
   thesaurus's ``region/<id>`` concepts and their labels), the groups of
   ``country_groups.json`` (least developed countries, landlocked developing countries, small
   island developing states, developing countries, the Commonwealth; each with its
   provenance), "all countries" / "tous les pays" / "todos los países". "LDCs in Africa" is
   the intersection of the two;
2. for a support source: its coverage (``countries``, and regions named as subjects or
   coverage that are not just its countries' own regions);
3. nothing: the offer states no eligibility (``eligible`` stays empty; never "all").

``units`` keep what the offer named (``c:GH``, ``r:region/africa``, ``g:ldc``,
``g:ldc&r:region/africa``, ``all``) so an explanation can say *why* a country is eligible;
``codes`` are the ISO 3166-1 alpha-2 codes they expand to (``("all",)`` when open to all).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.memo import PerObject
from mappings.normalise import country_name_table, find_countries, fold

GROUPS_FILE = Path(__file__).resolve().parent / "country_groups.json"
REGION_PREFIX = "https://vocab.chm.example.org/"
ALL = "all"
ELIGIBLE_LINE = re.compile(
    r"(?:eligible countries|eligible parties|eligibility|eligible|countries eligible"
    r"|pays [ée]ligibles|[ée]ligibilit[ée]|pa[ií]ses elegibles|elegibilidad|elegibles)"
    r"\s*:\s*([^\n]+)",
    re.IGNORECASE,
)
_DOTTED_I = ("\u0130", "\u0131")  # the regex's case-insensitive "i" also matches "İ" and "ı"


def _may_hold_line(text: str) -> bool:
    """False when :data:`ELIGIBLE_LINE` cannot match ``text``: every alternative holds
    "ligib" or "legib", case aside, and a colon follows it (C-level substring tests instead
    of a case-insensitive regex search over the whole description, which was a quarter of
    enrichment's CPU; the colon first: it spares most texts the lower-cased copy)."""
    if ":" not in text:
        return False
    low = text.lower()
    return "ligib" in low or "legib" in low or any(c in text for c in _DOTTED_I)


_CONNECT = frozenset(
    [
        "in", "of", "from", "the", "d", "de", "du", "des", "en", "del", "la", "el",
        "los", "las", "countries", "country", "pays", "paises", "pais",
        "located", "situes", "situados",
    ]
)  # fmt: skip
_AND = frozenset({"and", "et", "y", "or", "ou", "o"})


@dataclass(frozen=True)
class Group:
    """A country group of ``country_groups.json``."""

    id: str
    labels: dict[str, list[str]]
    singular: dict[str, str]
    members: frozenset[str]
    source: str
    as_of: str


@dataclass(frozen=True)
class Eligibility:
    """What an offer says about who may receive it (empty: it says nothing)."""

    units: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    source: str = ""  # "line" | "coverage" | ""

    @property
    def stated(self) -> bool:
        """True when the offer says who is eligible."""
        return bool(self.units)

    def admits(self, country: str) -> bool:
        """True when ``country`` (alpha-2) is eligible (only when eligibility is stated)."""
        return ALL in self.codes or country.upper() in self.codes


@cache
def _groups_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GROUPS_FILE.read_text(encoding="utf-8"))
    return data


def groups(vocabulary: Any = None) -> dict[str, Group]:
    """The country groups; "developing countries" needs the vocabulary's M49 regions (without
    one it has no members)."""
    got = _GROUP_CACHE.get(vocabulary)
    if got is None:
        got = _GROUP_CACHE.put(vocabulary, _build_groups(vocabulary))
    return got


_GROUP_CACHE: PerObject[dict[str, Group]] = PerObject(8)


def _build_groups(vocabulary: Any) -> dict[str, Group]:
    out: dict[str, Group] = {}
    for gid, g in _groups_data()["groups"].items():
        members = set(g.get("members") or ())
        rule = g.get("members_from_regions_except")
        if rule and vocabulary is not None:
            every = all_m49_countries(vocabulary)
            excluded = set(rule.get("countries") or ())
            for r in rule.get("regions") or ():
                excluded |= region_members(vocabulary, REGION_PREFIX + r)
            members |= every - excluded
        out[gid] = Group(
            gid, g["labels"], g.get("singular", {}), frozenset(members), g["source"], g["as_of"]
        )
    return out


def all_m49_countries(vocabulary: Any) -> set[str]:
    """Every country that belongs to an M49 region of the vocabulary."""
    return {cc for c in getattr(vocabulary, "concepts", {}).values() for cc in c.member_countries}


def region_members(vocabulary: Any, uri: str) -> set[str]:
    """Countries of a region concept and of every region below it."""
    concepts = getattr(vocabulary, "concepts", {})
    out: set[str] = set()
    for u in vocabulary.narrower_closure(uri):
        c = concepts.get(u)
        if c is not None:
            out.update(c.member_countries)
    return out


def groups_for_country(country: str, vocabulary: Any = None) -> list[str]:
    """Ids of the groups ``country`` belongs to (``["ldc", "developing"]``)."""
    cc = country.upper()
    return [gid for gid, g in groups(vocabulary).items() if cc in g.members]


def _phrases(vocabulary: Any) -> dict[tuple[str, ...], str]:
    """Folded token tuple -> unit (``c:XX``, ``g:id``, ``r:region/id``, ``all``)."""
    got = _PHRASE_CACHE.get(vocabulary)
    if got is not None:
        return got
    table: dict[tuple[str, ...], str] = {}

    def add(label: str, unit: str, overwrite: bool = False) -> None:
        toks = tuple(fold(label).split())
        if toks and (overwrite or toks not in table):
            table[toks] = unit

    for name, cc in country_name_table().items():
        add(name, f"c:{cc}")
    data = _groups_data()
    if vocabulary is not None:
        for c in vocabulary.concepts.values():
            if not c.uri.startswith(REGION_PREFIX + "region/"):
                continue
            unit = "r:" + c.uri[len(REGION_PREFIX) :]
            for lang in ("en", "fr", "es"):
                if c.pref.get(lang):
                    add(c.pref[lang], unit)
                for alt in c.alt.get(lang, ()):
                    add(alt, unit)
        for rid, by_lang in data["region_aliases"].items():
            for labels in by_lang.values():
                for label in labels:
                    add(label, "r:" + rid, overwrite=True)
    for gid, g in data["groups"].items():
        for labels in g["labels"].values():
            for label in labels:
                add(label, f"g:{gid}", overwrite=True)
    for labels in data["all"].values():
        for label in labels:
            add(label, ALL, overwrite=True)
    return _PHRASE_CACHE.put(vocabulary, table)


_PHRASE_CACHE: PerObject[dict[tuple[str, ...], str]] = PerObject(8)
_LENGTHS: PerObject[dict[str, tuple[int, ...]]] = PerObject(8)
"""Phrase table -> first token -> the lengths of the phrases it starts, longest first."""


@cache
def _tokens_by_country() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, cc in country_name_table().items():
        out.setdefault(cc, set()).update(name.split())
    return {cc: frozenset(t) for cc, t in out.items()}


def country_tokens(code: str) -> frozenset[str]:
    """Folded words of a country's names in English, French, Spanish (``MX`` -> mexico...)."""
    return _tokens_by_country().get(code.upper(), frozenset())


def _scan(segment: str, table: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """(unit or connector word, kind) in order: the longest phrase wins at each position."""
    toks = fold(segment).split()
    lengths = _LENGTHS.get(table)
    if lengths is None:
        starts: dict[str, set[int]] = {}
        for k in table:
            if k:
                starts.setdefault(k[0], set()).add(len(k))
        lengths = _LENGTHS.put(
            table, {t: tuple(sorted(ns, reverse=True)) for t, ns in starts.items()}
        )
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(toks):
        # only the lengths of the phrases this token starts, longest first (a token that
        # starts none is a word)
        for n in lengths.get(toks[i], ()):
            if i + n > len(toks):
                continue
            unit = table.get(tuple(toks[i : i + n]))
            if unit is not None:
                out.append((unit, "unit"))
                i += n
                break
        else:
            out.append((toks[i], "word"))
            i += 1
    return out


def parse_units(text: str, vocabulary: Any = None) -> tuple[str, ...]:
    """The units named in an eligibility text ("LDCs in Africa and SIDS" ->
    ``("g:ldc&r:region/africa", "g:sids")``).

    Parsed once per distinct text and vocabulary (offers of one source repeat their
    eligibility lines; the answer is a tuple, never changed by a caller)."""
    per = _UNITS_CACHE.get(vocabulary)
    if per is None:
        per = _UNITS_CACHE.put(vocabulary, {})
    got = per.get(text)
    if got is None:
        if len(per) >= _UNITS_CACHE_MAX:
            per.clear()
        got = per[text] = _parse_units(text, vocabulary)
    return got


_UNITS_CACHE: PerObject[dict[str, tuple[str, ...]]] = PerObject(8)
_UNITS_CACHE_MAX = 20_000


def _parse_units(text: str, vocabulary: Any) -> tuple[str, ...]:
    table = _phrases(vocabulary)
    units: list[str] = []
    for segment in re.split(r"[;,/\n]+", text):
        prev: str | None = None  # the previous unit of this segment
        between: list[str] = []
        for value, kind in _scan(segment, table):
            if kind == "word":
                between.append(value)
                continue
            linked = all(w in _CONNECT or w in _AND for w in between)
            if value.startswith("r:") and prev and linked:
                if prev.startswith("g:") and "&" not in prev and between:
                    if not all(w in _AND for w in between):  # "LDCs in Africa"
                        units[units.index(prev)] = value = f"{prev}&{value}"
                        prev, between = value, []
                        continue
                elif "&" in prev:  # "LDCs in Africa and Asia"
                    value = f"{prev.split('&')[0]}&{value}"
            elif value.startswith("g:") and prev and prev.startswith("r:") and not between:
                units[units.index(prev)] = value = f"{value}&{prev}"  # "Pacific SIDS"
                prev = value
                continue
            units.append(value)
            prev, between = value, []
    for cc in find_countries(text):  # codes written as list items ("SN; ML")
        if f"c:{cc}" not in units:
            units.append(f"c:{cc}")
    if ALL in units:
        return (ALL,)
    return tuple(dict.fromkeys(units))


def unit_members(unit: str, vocabulary: Any = None) -> set[str]:
    """The countries a unit stands for (``{"all"}`` for ``all``)."""
    if unit == ALL:
        return {ALL}
    if "&" in unit:
        a, b = unit.split("&", 1)
        return unit_members(a, vocabulary) & unit_members(b, vocabulary)
    kind, _, value = unit.partition(":")
    if kind == "c":
        return {value}
    if kind == "g":
        g = groups(vocabulary).get(value)
        return set(g.members) if g else set()
    if kind == "r" and vocabulary is not None:
        return region_members(vocabulary, REGION_PREFIX + value)
    return set()


def _texts(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [str(v) for v in value.values() if v]
    return [str(value)] if value else []


def eligibility_line(rec: dict[str, Any]) -> str | None:
    """The first eligibility line of a record's description, or None."""
    for text in _texts(rec.get("description")):
        m = ELIGIBLE_LINE.search(text) if _may_hold_line(text) else None
        if m:
            return m.group(1).strip()
    return None


def eligibility_of(rec: dict[str, Any], vocabulary: Any = None) -> Eligibility:
    """An offer's eligibility (module docstring: line, else a support source's coverage).

    Args:
        rec: a record as a dict (``Record.to_dict()``).
        vocabulary: for region labels and members (optional: without it only countries and
            the groups with listed members are read).
    """
    line = eligibility_line(rec)
    units: tuple[str, ...] = ()
    source = ""
    if line:
        units, source = parse_units(line, vocabulary), "line"
    if not units and rec.get("type") == "support-source":
        countries = [str(c).upper() for c in rec.get("countries") or () if c]
        own: set[str] = set()
        if vocabulary is not None:
            for cc in countries:
                own.update(vocabulary.regions_for_country(cc))
        named = [r for r in rec.get("regions") or () if r not in own]
        # a named region's broader regions come with it; keep the smallest ones
        if vocabulary is not None:
            named = [
                r
                for r in named
                if not any(o != r and r in vocabulary.broader_closure(o) for o in named)
            ]
        units = tuple(f"c:{c}" for c in countries) + tuple(
            "r:" + r[len(REGION_PREFIX) :] for r in named if r.startswith(REGION_PREFIX)
        )
        source = "coverage" if units else ""
    if not units:
        return Eligibility()
    if units == (ALL,):
        return Eligibility(units, (ALL,), source)
    codes: set[str] = set()
    for u in units:
        codes |= unit_members(u, vocabulary)
    return Eligibility(units, tuple(sorted(codes)), source)


def why_eligible(
    units: tuple[str, ...] | list[str], country: str, vocabulary: Any = None
) -> str | None:
    """The unit that makes ``country`` eligible: by name first, then a group, an
    intersection, the smallest region, "all"; None when it is not eligible."""
    cc = country.upper()
    if f"c:{cc}" in units:
        return f"c:{cc}"
    ranked = sorted(
        (u for u in units if u != ALL and not u.startswith("c:")),
        key=lambda u: (
            0 if u.startswith("g:") and "&" not in u else 1 if "&" in u else 2,
            len(unit_members(u, vocabulary)),
        ),
    )
    for u in ranked:
        if cc in unit_members(u, vocabulary):
            return u
    return ALL if ALL in units else None
