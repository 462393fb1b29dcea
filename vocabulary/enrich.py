"""Enrichment: tag a mapped :class:`Record` with concepts, regions and a confirmed type.

Data flow: mapping -> **enrich** -> index. The pipeline calls :func:`enrich` after mapping
(and again on ``chm reindex``, so a vocabulary change re-tags records without re-harvesting).

What it sets:

* ``concepts``: topic concepts (of the project thesaurus and any external vocabulary) from
  the subjects (*supplied*) and from title and description (*inferred*); ``concepts``
  holds both, ``concepts_inferred`` the URIs that came only from text. Enriching twice gives
  the same result (previous inferred concepts are dropped before re-inferring).
* ``regions``: region concept URIs (``https://vocab.chm.example.org/region/<id>``) of every
  country, smallest UN M49 region first, then the broader ones; plus regions named as
  subjects. The search facet shows them with ``Vocabulary.label``.
* ``eligible``: the ISO codes of the countries an offer (or any record with an eligibility
  line) is open to, read by :func:`vocabulary.eligibility.eligibility_of` (``["all"]`` only
  when it says so; empty when it says nothing).
* ``type``: when the mapping said ``"other"`` and a subject is a label of the record-type
  scheme ("Proyecto", "Guidance document", "Point focal"), that type.

Precision safeguards for inferred concepts (tested in tests/vocabulary/test_vocab_enrich.py):

1. Whole words only: text and labels are compared token by token, never as substrings, so
   "POP" cannot match inside "population" nor "MIP" inside "mipmap".
2. Acronyms and short labels (<= 3 characters, or mostly upper case like "PCBs") match
   case-sensitively ("POP" matches "POP", not "pop"), and a short acronym counts only in text
   of its own language (Spanish "COP" = POPs, English "COP" = Conference of the Parties).
3. Other labels need at least ``MIN_INFER_LABEL_LEN`` (4) characters.
4. Labels made only of stop words are never indexed; single generic words that are labels
   (``GENERIC_LABELS``: "support", "health", "training", "waste", "lead"...) are used for
   subjects but not inferred from running text.
5. The longest label wins at each position ("hazardous waste" does not also yield "waste").
6. In text of a language the vocabulary has labels in, only labels of that language count:
   French "formation" (training) is not read in English text, where it is a rock formation.
7. A concept named only once in a long description (more than ``LONG_DESCRIPTION_WORDS``
   words) is a passing mention ("used in dyes, insecticides and wood preservatives",
   "a phenyl mercury compound") and is not inferred; named twice, or in the title, or in
   an unmapped subject, or once in a short description, it is. A record's own subjects
   are always kept (they are what its cataloguer said it is about).
8. A genre word too generic for rule 4 (*guidance*, *manual*, *guía*: ``GENRE_HEADS``)
   counts at the head of a title or of a part of one (*Guidance on alternatives to PFOS*,
   *Pesticides: a handbook for inspectors*): the record is guidance
   (:meth:`~vocabulary.resolver.Vocabulary.title_heads`). So does an activity word of the
   title's own language (*Training on…*, *Formation aux…*, *Capacitación en…*:
   ``ACTIVITY_HEADS``): the record is training.

Unmapped subjects (no concept) and ambiguous ones (several concepts of one scheme) are counted
per node in the optional :class:`GapCounter`.
"""

from __future__ import annotations

from mappings.record import Record
from vocabulary.eligibility import eligibility_of
from vocabulary.gaps import GapCounter
from vocabulary.resolver import Vocabulary
from vocabulary.text import tokens

LONG_DESCRIPTION_WORDS = 50
"""A description longer than this (in words) needs two mentions of a concept to infer it:
about the length of a short abstract, where one passing mention says little about a record."""


def _lang_hint(record: Record) -> str | None:
    return record.languages[0] if record.languages else None


def _inferred(record: Record, vocab: Vocabulary, unmapped: list[str]) -> list[str]:
    """Concepts named in the title, in unmapped subjects, or with enough weight in the
    description (safeguard 7 of the module docstring), in the order they come."""
    out: dict[str, None] = {}
    untagged = record.languages[0] if len(record.languages) == 1 else None
    hint = _lang_hint(record)
    # each title folded and split once, for its concepts and its genre head
    titles = [(text, untagged if lang in ("", "und") else lang, tokens(text)) for lang, text
              in record.title.items() if text]  # fmt: skip
    for text, lang, folded in titles:
        out.update(dict.fromkeys(vocab.infer_mentions(text, lang, folded)))
    for subject in unmapped:  # subjects repeat from record to record: remembered
        out.update(dict.fromkeys(vocab.text_mentions(subject, hint)))
    for text, lang, folded in titles:  # "Guidance on ...": genre
        out.update(dict.fromkeys(vocab.title_heads(text, lang, folded)))
    for lang, text in record.description.items():
        if not text:
            continue
        mentions = vocab.infer_mentions(text, untagged if lang in ("", "und") else lang)
        # len(text.split()) <= LONG_DESCRIPTION_WORDS, without splitting a long text whole
        short = len(text.split(None, LONG_DESCRIPTION_WORDS)) <= LONG_DESCRIPTION_WORDS
        for uri, n in mentions.items():
            if short or n >= 2:
                out[uri] = None
    return list(out)


def _from_subjects(
    record: Record, vocab: Vocabulary, gaps: GapCounter | None
) -> tuple[list[str], list[str], str | None, list[str]]:
    """(topic concepts, regions, type id, unmapped subjects) from the subject strings."""
    topics: list[str] = []
    regions: list[str] = []
    type_id: str | None = None
    unmapped: list[str] = []
    for subject in record.subjects:
        uris, ambiguous = vocab.resolve(subject, _lang_hint(record))
        for uri in uris:
            kind = vocab.scheme_kind(uri)
            if kind == "type":
                type_id = type_id or vocab.type_for(subject)
            elif kind == "region":
                regions.append(uri)
            elif uri not in topics:
                topics.append(uri)
        if not uris:
            unmapped.append(subject)
        if gaps is not None and (not uris or ambiguous):
            gaps.add(record.node, subject, "ambiguous" if uris else "unmapped")
    return topics, regions, type_id, unmapped


def _regions(record: Record, vocab: Vocabulary, from_subjects: list[str]) -> list[str]:
    out: list[str] = []
    for cc in record.countries:
        out.extend(u for u in vocab.regions_for_country(cc) if u not in out)
    for uri in from_subjects:
        out.extend(u for u in [uri, *sorted(vocab.broader_closure(uri) - {uri})] if u not in out)
    return out


def enrich(record: Record, vocab: Vocabulary, gaps: GapCounter | None = None) -> Record:
    """Return ``record`` with concepts, inferred concepts, regions and type filled in.

    Args:
        record: a mapped record (possibly enriched before: the result is the same).
        vocab: the loaded vocabulary.
        gaps: counts unmapped and ambiguous subject terms per node when given.
    """
    return record.with_changes(**enrichment(record, vocab, gaps))


def enrichment(
    record: Record, vocab: Vocabulary, gaps: GapCounter | None = None
) -> dict[str, object]:
    """What :func:`enrich` changes in ``record``, as field values (for a caller that builds
    the record once from several such changes)."""
    previous_inferred = set(record.concepts_inferred)
    kept = [u for u in record.concepts if u not in previous_inferred]
    topics, subject_regions, type_id, unmapped = _from_subjects(record, vocab, gaps)
    supplied = list(dict.fromkeys(kept + topics))
    inferred = [u for u in _inferred(record, vocab, unmapped) if u not in supplied]
    changes: dict[str, object] = {
        "concepts": supplied + inferred,
        "concepts_inferred": inferred,
        "regions": _regions(record, vocab, subject_regions),
    }
    if record.type == "other" and type_id and type_id != "other":
        changes["type"] = type_id
    if record.type != "need":
        shaped = {
            "type": changes.get("type", record.type),
            "description": record.description,
            "countries": record.countries,
            "regions": changes["regions"],
        }
        changes["eligible"] = list(eligibility_of(shaped, vocab).codes)
    return changes
