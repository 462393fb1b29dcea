"""What matching needs from a record: role, topics, support types, geography, languages, year.

Where it sits: store record (JSON dict) -> **features** -> :mod:`matching.match` (scoring)
and :mod:`matching.store` (posting keys). Pure: no I/O; the vocabulary is optional.

Support types (funding, training, expertise, equipment) are read, most reliable first, from
(1) the title ("Offer of training", "Demande de formation", "Equipment needed"),
(2) a "Type of support: ..." line, (3) the concepts (thesaurus support-type concepts) and
subjects, (4) the description. The first tier that names any type wins, so a need titled
"Equipment needed" is not also a training need because its description mentions training.

Eligibility of an offer (:mod:`vocabulary.eligibility`): the countries, UN M49 regions and
groups named on an eligibility line ("Eligible countries: LDCs and SIDS", "Pays éligibles :
pays d'Afrique"), else a support source's coverage; ``units`` keep what was named and
``eligible`` the ISO codes they expand to. A need keeps, per country, the groups and regions
it belongs to (``extra["places"]``) so a match can say why the offer is open to it. Without a
vocabulary, region names are not resolved and topics fall back to the record's concepts or,
failing that, its subjects.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from typing import Any

from mappings.normalise import find_countries, fold
from vocabulary.eligibility import eligibility_of, groups_for_country

NEED_TYPES: frozenset[str] = frozenset({"need"})
OFFER_TYPES: frozenset[str] = frozenset({"support-source", "project"})
SUPPORT_TYPES: tuple[str, ...] = ("funding", "training", "expertise", "equipment")
VOCAB = "https://vocab.chm.example.org/"

# thesaurus concepts (short ids) that name a kind of support rather than a topic
SUPPORT_CONCEPTS: dict[str, str] = {
    "topic/training": "training",
    "topic/training-support": "training",
    "topic/training-of-trainers": "training",
    "topic/training-materials": "training",
    "topic/e-learning": "training",
    "topic/workshops": "training",
    "topic/financial-support": "funding",
    "topic/grants": "funding",
    "topic/loans": "funding",
    "topic/expertise": "expertise",
    "topic/technical-assistance": "expertise",
    "topic/equipment": "equipment",
}
# concepts too generic to say what a record is about (they neither match nor explain)
GENERIC_CONCEPTS: frozenset[str] = frozenset(
    {"topic/support-types", "topic/capacity-building", "topic/funding", "topic/south-south"}
)

_WORDS: dict[str, tuple[str, ...]] = {  # folded stems, matched at word starts
    "training": ("training", "formation", "capacitacion", "workshop", "atelier", "taller"),
    "funding": ("funding", "financ", "grant", "subvention", "subvencion", "loan"),
    "expertise": (
        "expertise",
        "expert",
        "technical support",
        "technical expertise",
        "appui technique",
        "assistance technique",
        "apoyo tecnico",
        "asistencia tecnica",
        "asesoria",
    ),
    "equipment": ("equipment", "equipement", "equipo", "materiel"),
}
_KIND_OF: dict[str, str] = {w: kind for kind, words in _WORDS.items() for w in words}
# every kind's words in one pattern, matched at word starts: folded text holds only letters,
# digits and single spaces, so a match never hides a word of another kind inside it (the
# words within a match are all of one kind: "technical expertise")
_ANY_WORD_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_KIND_OF, key=len, reverse=True)) + r")"
)
_SUPPORT_LINE = re.compile(
    r"(?:type of support|type d.appui|tipo de apoyo)\s*:\s*(.+)", re.IGNORECASE
)


def _may_hold_support_line(text: str) -> bool:
    """False when :data:`_SUPPORT_LINE` cannot match ``text``: every alternative holds "typ"
    or "tipo", case aside ("ı" and "İ" are an "i" to the case-insensitive pattern)."""
    low = text.lower()
    return "typ" in low or "tipo" in low or "\u0131" in text or "\u0130" in text


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Features:
    """A need or an offer as matching sees it.

    ``countries``/``regions`` are where a need is, or where an offer is eligible; ``topics``
    are concept URIs (support-type and generic concepts removed) or ``kw:<subject>`` keys
    when the record has no concepts.
    """

    id: str
    node: str
    type: str
    role: str  # "need" | "offer"
    topics: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()  # topics found only in the description (weigh less)
    support: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    year: int | None = None
    eligible: tuple[str, ...] = ()  # ISO codes an offer is open to, ("all",); () = not stated
    units: tuple[str, ...] = ()  # what the offer named: c:GH, g:ldc, r:region/africa, all
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """Plain data (stored in ``mx_features``): the fields in order, ``extra`` copied
        (what :func:`dataclasses.asdict` gives, without its deep copy of every tuple)."""
        out = {name: getattr(self, name) for name in _FIELDS}
        out["extra"] = copy.deepcopy(self.extra)
        return out

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Features:
        """Inverse of :meth:`to_json_dict`."""
        tup = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
        return cls(**{**data, **tup})


_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Features))


def role_of(record_type: str | None) -> str | None:
    """``"need"``, ``"offer"`` or None for a record type."""
    if record_type in NEED_TYPES:
        return "need"
    if record_type in OFFER_TYPES:
        return "offer"
    return None


def short(uri: str) -> str:
    """``https://vocab.chm.example.org/topic/x`` -> ``topic/x``."""
    return uri[len(VOCAB) :] if uri.startswith(VOCAB) else uri


_TOPIC = "topic"
"""What :func:`_concept_kind` answers for a concept that is a topic."""
_KINDS: dict[str, str | None] = {}
_UNKNOWN: Any = object()


def _concept_kind(uri: str) -> str | None:
    """A record's concept as the features read it: the support type it names
    (:data:`SUPPORT_CONCEPTS`), :data:`_TOPIC` for a topic, None for a generic concept, a
    region or a record type. Kept by URI (concepts come from the vocabulary: a few thousand
    at most, the cache emptied past 50,000): each record names ~10, and working it out
    again took ~1/10 of :func:`extract`."""
    got = _KINDS.get(uri, _UNKNOWN)
    if got is not _UNKNOWN:
        return got
    s = short(uri)
    if s in SUPPORT_CONCEPTS:
        got = SUPPORT_CONCEPTS[s]
    elif s in GENERIC_CONCEPTS or s.startswith(("region/", "type/")):
        got = None
    else:
        got = _TOPIC
    if len(_KINDS) > 50_000:
        _KINDS.clear()
    _KINDS[uri] = got
    return got


def _texts(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [str(v) for v in value.values() if v]
    return [str(value)] if value else []


def support_from_text(text: str) -> set[str]:
    """Support types named in free text (any of English, French, Spanish)."""
    found: set[str] = set()
    for m in _ANY_WORD_RE.finditer(fold(text)):
        found.add(_KIND_OF[m.group()])
        if len(found) == len(SUPPORT_TYPES):
            break
    return found


def support_types(rec: dict[str, Any], stated_only: bool = False) -> tuple[str, ...]:
    """The support types a record asks for or offers (see module docstring for the tiers).

    With ``stated_only`` only the title and a "Type of support" line count: subjects and
    descriptions of needs and projects name activities ("training of trainers") more often
    than the kind of support asked for or given. Each tier is read only when the ones
    before it named nothing.
    """
    tier = support_from_text(" . ".join(_texts(rec.get("title"))))
    if tier:
        return tuple(k for k in SUPPORT_TYPES if k in tier)
    descriptions = "\n".join(_texts(rec.get("description")))
    line = _SUPPORT_LINE.search(descriptions) if _may_hold_support_line(descriptions) else None
    if line:
        tier = support_from_text(line.group(1))
        if tier:
            return tuple(k for k in SUPPORT_TYPES if k in tier)
    if stated_only:
        return ()
    kinds = (_concept_kind(c) for c in rec.get("concepts") or ())
    tier = {k for k in kinds if k is not None and k != _TOPIC}
    tier |= support_from_text(" . ".join(rec.get("subjects") or ()))
    if not tier:
        tier = support_from_text(descriptions)
    return tuple(k for k in SUPPORT_TYPES if k in tier)


def _title_concepts(rec: dict[str, Any], vocabulary: Any) -> set[str]:
    out: set[str] = set()
    for lang, text in (rec.get("title") or {}).items():
        if text:
            out.update(vocabulary.infer(text, None if lang in ("", "und") else lang))
    return out


def _topics(rec: dict[str, Any], vocabulary: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(topics, weak topics): inferred concepts not found in the title are weak."""
    concepts = [c for c in rec.get("concepts") or () if _concept_kind(c) == _TOPIC]
    if concepts:
        weak = set(rec.get("concepts_inferred") or ())
        if vocabulary is not None and weak:
            weak -= _title_concepts(rec, vocabulary)
        return tuple(dict.fromkeys(concepts)), tuple(c for c in concepts if c in weak)
    keys = [f"kw:{fold(s)}" for s in rec.get("subjects") or () if fold(s)]
    return tuple(dict.fromkeys(keys)), ()


def named_countries(rec: dict[str, Any]) -> list[str]:
    """Countries named in the title or the description's first sentence."""
    texts = _texts(rec.get("title")) + [t.split(". ", 1)[0] for t in _texts(rec.get("description"))]
    return list(dict.fromkeys(c for t in texts for c in find_countries(t)))


def _geography(rec: dict[str, Any], role: str, vocabulary: Any) -> tuple[list[str], list[str]]:
    countries = [c.upper() for c in rec.get("countries") or () if c]
    own_regions = list(rec.get("regions") or ())
    if role == "need" or rec.get("type") == "project":
        named = named_countries(rec)
        if named and not set(named) & set(countries):
            countries, own_regions = named, []  # the record's own words beat a node default
    if vocabulary is not None and not own_regions:
        for cc in countries:
            own_regions.extend(vocabulary.regions_for_country(cc))
    return countries, own_regions  # a project: where it took place (the score weighs it)


def _places(countries: list[str], vocabulary: Any) -> dict[str, list[str]]:
    """A need's country -> its groups (``g:ldc``) and regions (``r:region/...``, smallest
    first): what an offer's eligibility is compared with."""
    out: dict[str, list[str]] = {}
    for cc in countries:
        units = [f"g:{g}" for g in groups_for_country(cc, vocabulary)]
        if vocabulary is not None:
            units += ["r:" + short(r) for r in vocabulary.regions_for_country(cc)]
        out[cc] = units
    return out


def _year(rec: dict[str, Any]) -> int | None:
    date = rec.get("date") or ""
    return int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None


def extract(rec: dict[str, Any], vocabulary: Any = None) -> Features | None:
    """Features of a store record (a ``Record.to_dict()``), or None when it is neither a need
    nor an offer (or is deleted)."""
    role = role_of(rec.get("type"))
    if role is None or rec.get("deleted"):
        return None
    topics, weak = _topics(rec, vocabulary)
    countries, regions = _geography(rec, role, vocabulary)
    units: tuple[str, ...] = ()
    eligible: tuple[str, ...] = ()
    extra: dict[str, Any] = {}
    if role == "offer":
        elig = eligibility_of(rec, vocabulary)
        units, eligible = elig.units, elig.codes
        if rec.get("type") == "support-source":  # its places are where it is open
            countries = [u[2:] for u in units if u.startswith("c:")]
            regions = [VOCAB + u[2:] for u in units if u.startswith("r:")]
    else:
        extra["places"] = _places(countries, vocabulary)
    support = support_types(rec, stated_only=rec.get("type") != "support-source")
    if rec.get("type") == "project" and "expertise" not in support:
        support = (*support, "expertise")  # a project is a source of experience
    return Features(
        id=str(rec["id"]),
        node=str(rec.get("node") or ""),
        type=str(rec.get("type")),
        role=role,
        topics=topics,
        weak=weak,
        support=tuple(k for k in SUPPORT_TYPES if k in support),
        countries=tuple(dict.fromkeys(countries)),
        regions=tuple(dict.fromkeys(regions)),
        languages=tuple(dict.fromkeys(x.lower() for x in rec.get("languages") or () if x)),
        year=_year(rec),
        eligible=eligible,
        units=units,
        extra=extra,
    )
