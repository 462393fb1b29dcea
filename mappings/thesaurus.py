"""What the mappings read from the project thesaurus: record-type labels and fund codes.

Where this sits: ``mapping -> **thesaurus tables** -> Record``. Record types and the funds
whose project codes are identifiers are concepts of ``vocabulary/thesaurus.ttl`` (the
record-type scheme; fund concepts carrying a ``skos:notation``), not tables in code: adding a
label or a fund there changes what every mapping recognises after ``chm reindex``.

The thesaurus is loaded once per process through :func:`vocabulary.loader.load_vocabulary`
(its on-disk cache makes that milliseconds after the first time); the tables built from it
are plain dicts, so the mappings stay pure and fast. The loaded thesaurus itself is not kept:
both tables are built from one load (:func:`_tables`) and it is dropped (7.6 MB of Python
objects that every mapping worker held beside its own copy of the same vocabulary).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from mappings.folding import fold


@dataclass(frozen=True)
class TypeLabels:
    """The record-type scheme as look-up tables.

    ``labels``: folded label (prefLabel or altLabel, any language) -> type id;
    ``max_words``: the longest label in words; ``firsts``: the first word of every label
    (a run of words whose first word is none of them is no label).
    """

    labels: dict[str, str]
    max_words: int
    firsts: frozenset[str] = frozenset()


def _vocabulary() -> object:
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    return load_vocabulary([PROJECT_THESAURUS])


@cache
def _tables() -> tuple[TypeLabels, dict[str, str]]:
    """Both tables from one load of the thesaurus, which is then let go."""
    vocab = _vocabulary()
    return _type_labels(vocab), _fund_prefixes(vocab)


def type_labels() -> TypeLabels:
    """Every label of the record-type scheme (six languages), folded, -> its type id."""
    return _tables()[0]


def fund_prefixes() -> dict[str, str]:
    """Fund acronyms that prefix project codes -> the fund's code (lower case).

    A fund is a concept with a ``skos:notation`` under the topic ``funding``; its notation
    (``GEF``) and its all-capital altLabels in any language (``FEM``, ``FMAM``) all give
    ``gef``.
    """
    return _tables()[1]


def _type_labels(vocab: object) -> TypeLabels:
    from vocabulary.model import TYPE_SCHEME

    labels: dict[str, str] = {}
    for concept in vocab.concepts.values():  # type: ignore[attr-defined]
        if TYPE_SCHEME not in concept.schemes:
            continue
        tid = concept.notation[0] if concept.notation else concept.uri.rsplit("/", 1)[-1]
        if tid == "other":
            continue
        texts = [*concept.pref.values()]
        for alts in concept.alt.values():
            texts.extend(alts)
        for alts in concept.hidden.values():
            texts.extend(alts)
        texts.append(tid.replace("-", " "))
        for text in texts:
            key = fold(text)
            if key:
                labels.setdefault(key, tid)
    longest = max((len(k.split()) for k in labels), default=1)
    return TypeLabels(labels, longest, frozenset(k.split(" ")[0] for k in labels))


def _fund_prefixes(vocab: object) -> dict[str, str]:
    from vocabulary.model import TOPIC_PREFIX

    funding = TOPIC_PREFIX + "funding"
    out: dict[str, str] = {}
    for concept in vocab.concepts.values():  # type: ignore[attr-defined]
        if not concept.notation or funding not in concept.broader:
            continue
        code = concept.notation[0].strip()
        if not code.isalpha():
            continue
        out[code.upper()] = code.lower()
        for alts in concept.alt.values():
            for alt in alts:
                if alt.isalpha() and alt.isupper() and 2 <= len(alt) <= 6:
                    out.setdefault(alt, code.lower())
    return out
