"""Record types read the way a cataloguer reads them, through the thesaurus's type scheme.

Where this sits: ``mapping -> **record type** -> Record``. Every mapping gives the values a
source states for the type (``dc:type``, a JSON ``type``) and the record's title and
description; :func:`resolve_type` returns one type of the record-type scheme of
``vocabulary/thesaurus.ttl`` (labels and altLabels in six languages), or ``"other"``.

How a value is read (each step only when the one before found nothing):

1. **exact**: the folded value (no case, no accents, ``info:eu-repo/semantics/``, DCMI and
   other URI prefixes dropped, camelCase split) is a label: ``Projet``, ``Point focal``,
   ``http://purl.org/dc/dcmitype/Dataset``, ``conferenceObject``;
2. **plural**: the same with each word's plural ``s`` dropped (``Offers``, ``Besoins``);
3. **head noun**: the longest run of words that is a label, anywhere in the value
   (``Support offer`` -> *offer*, ``Besoin d'assistance technique`` -> *besoin*,
   ``Plan national`` -> *plan national*). When two runs of the same length name different
   types, the head decides: the first in French and Spanish phrasing (``Rapport de projet``
   is a report), the last in English (``Project report`` is a report too).

Generic values (``text``, ``document``, ``other``, ``info:eu-repo/semantics/other``...) and
records without one fall back on **cues**: a title's lead before a colon (``Training
opportunity: risk assessment``), a label the title starts with (``Offre d'expertise en …``,
``Demande d'appui pour …``), a dataset word in the title, and the label the description
opens with (``This dataset contains …``). A cue never needs to be complete: it is read with
the same rules as a value, but only from the start of the text, so "What is the need for …"
is not a need.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from mappings.folding import fold
from mappings.status import normalise_status
from mappings.thesaurus import type_labels

_PREFIX = re.compile(r"^(?:info:eu-repo/semantics/|doc-type:|https?://\S*[/#])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
GENERIC = frozenset(
    {"text", "texte", "texto", "document", "documento", "other", "autre", "otro", "resource",
     "item", "record", "fiche", "ficha", "misc", "miscellaneous", "unknown", "none",
     "collection", "physical object", "interactive resource"}
)  # fmt: skip
"""Folded values that say nothing about what a record is: cues are read instead."""

_HEAD_FIRST = frozenset({"de", "d", "du", "des", "del", "la", "le", "les", "el", "para", "pour"})
_LEADING = frozenset(
    {"this", "these", "the", "a", "an", "ce", "cet", "cette", "ces", "le", "la", "les", "l",
     "un", "une", "este", "esta", "estos", "estas", "el", "los", "las", "una", "our", "notre",
     "nuestro", "nuestra", "new", "nouveau", "nouvelle", "nuevo", "nueva"}
)  # fmt: skip
_DATASET_WORDS = frozenset({"dataset", "datasets"})
_PREPOSITIONS = frozenset(
    {"of", "on", "for", "from", "with", "in", "about", "de", "du", "des", "sur", "pour", "avec",
     "del", "sobre", "para", "con"}
)  # fmt: skip
_COLON = re.compile(r"\s[:–—]\s|:\s")


@dataclass(frozen=True)
class TypeReading:
    """What :func:`resolve_type` found.

    ``type``: the record type; ``source``: ``"type"``, ``"title"``, ``"description"`` or
    ``"none"``; ``unmatched``: the stated values no label matched (for the type-gap report).
    """

    type: str
    source: str
    unmatched: list[str] = field(default_factory=list)


@lru_cache(maxsize=8192)
def _key(value: str) -> str:
    # remembered: stated type values repeat from record to record ("Text", "Project"), and
    # each record's values are read up to three times (is_generic, type_of_value, the end)
    text = value.strip()
    text = _PREFIX.sub("", text)
    return fold(_CAMEL.sub(" ", text))


def _singular(words: list[str]) -> list[str]:
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def _head_first(words: list[str]) -> bool:
    """French and Spanish phrasing puts the head noun first ("Offre de formation")."""
    return any(w in _HEAD_FIRST for w in words)


def _head_runs(words: list[str]) -> str | None:
    """The type of the longest run of words that is a label (head rule on ties)."""
    table = type_labels()
    head_first = _head_first(words)
    for n in range(min(table.max_words, len(words)), 0, -1):
        found: list[str] = []
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            tid = table.labels.get(" ".join(run)) or table.labels.get(" ".join(_singular(run)))
            if tid:
                found.append(tid)
        if found:
            return found[0] if head_first else found[-1]
    return None


def type_of_value(value: str) -> str | None:
    """The record type a stated type value names (rules 1-3), or None.

    Example::

        type_of_value("Support offer")        # 'support-source'
        type_of_value("Plan national")        # 'national-profile'
        type_of_value("info:eu-repo/semantics/lecture")   # 'document'
    """
    key = _key(value)
    if not key:
        return None
    labels = type_labels().labels
    if key in labels:
        return labels[key]
    words = key.split()
    singular = " ".join(_singular(words))
    if singular in labels:
        return labels[singular]
    return _head_runs(words)


def _prefix_label(words: list[str]) -> str | None:
    """The type of the longest label the words start with (plural forms too)."""
    table = type_labels()
    # most texts start with no label's first word (nor its plural): nothing to try then
    if not words or (words[0] not in table.firsts and _singular(words[:1])[0] not in table.firsts):
        return None
    for n in range(min(table.max_words, len(words)), 0, -1):
        run = words[:n]
        tid = table.labels.get(" ".join(run)) or table.labels.get(" ".join(_singular(run)))
        if tid:
            return tid
    return None


def _lead_type(lead: str) -> str | None:
    """The type a title's lead names ("Support offer", "Retour d'expérience"): the whole lead
    is a label, or a lead of two or three words has one as its head. A longer lead is a name
    ("owner/Cascading-Events"), not read for a head noun."""
    words = fold(lead).split()
    table = type_labels().labels
    tid = table.get(" ".join(words)) or table.get(" ".join(_singular(words)))
    if tid is None and 2 <= len(words) <= 3:
        tid = _head_runs(words)
    return tid


def _title_cue(title: str) -> str | None:
    lead = _COLON.split(title, maxsplit=1)
    if len(lead) == 2 and (tid := _lead_type(lead[0])):
        return tid
    words = fold(title).split()
    tid = _prefix_label(words)
    if tid:
        return tid
    # "CosMx spatial transcriptome dataset of human gastric mucosa": "dataset" heads the
    # title's first noun phrase (before its first preposition); "… with other datasets" does not
    first = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    if _DATASET_WORDS & set(words[:first]):
        return "dataset"
    return None


_ABSTRACT = re.compile(r"(?i)^\s*(?:abstract|summary|r[ée]sum[ée]|resumen|description)\s*[:.]\s*")


def _description_cue(description: str) -> str | None:
    words = fold(_ABSTRACT.sub("", description[:200])).split()
    while words and words[0] in _LEADING:
        words = words[1:]
    return _prefix_label(words[:4])


def is_generic(value: str) -> bool:
    """True when a stated type says nothing about the record (``Text``, ``other``...)."""
    return _key(value) in GENERIC


def resolve_type(values: Iterable[str], title: str = "", description: str = "") -> TypeReading:
    """The record type of a record from its stated type values, title and description.

    Args:
        values: the type values the source states, in order (may be empty).
        title: the record's title (any language).
        description: the record's description.

    Returns:
        a :class:`TypeReading`. A specific type among several values beats ``document``
        (``Text`` + ``Project`` is a project); a generic or missing value is completed from
        the title's and the description's cues.
    """
    stated = [v for v in values if v and v.strip()]
    found: list[str] = []
    unmatched: list[str] = []
    for value in stated:
        if is_generic(value):
            continue
        tid = type_of_value(value)
        if tid:
            found.append(tid)
        elif normalise_status(value):  # "Completed", "En cours": the status of a project
            found.append("project")
        else:
            unmatched.append(value.strip())
    specific = [t for t in found if t != "document"]
    if specific:
        return TypeReading(specific[0], "type", unmatched)
    if found:  # "Article", "Thesis": a document said so, not a generic "Text"
        return TypeReading("document", "type", unmatched)
    cue = _title_cue(title) if title else None
    if cue:
        return TypeReading(cue, "title", unmatched)
    cue = _description_cue(description) if description else None
    if cue:
        return TypeReading(cue, "description", unmatched)
    if found or any(_key(v) in {"text", "texte", "texto", "document", "documento"} for v in stated):
        return TypeReading("document", "type", unmatched)
    return TypeReading("other", "none", unmatched)
