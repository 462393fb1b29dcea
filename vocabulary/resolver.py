"""The :class:`Vocabulary`: loaded once, read-only, answers label -> concepts and back.

Data flow: loader.py builds it from SKOS files; enrich.py calls :meth:`Vocabulary.resolve` /
:meth:`Vocabulary.infer` per record; search (vocabulary/search.py) calls
:meth:`Vocabulary.label_concepts`, :meth:`Vocabulary.equivalents`,
:meth:`Vocabulary.narrower_closure` (query words, per term), :meth:`Vocabulary.broader_closure`
(what the index holds for each concept), :meth:`Vocabulary.search_concepts` and the labels.

Every lookup structure is a dict built once in ``__init__`` (DESIGN.md: graph look-ups run at
~100k/s, dict look-ups at millions/s); subject strings are memoised.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vocabulary.matcher import PhraseMatcher, uris_of
from vocabulary.model import (
    BASE_URI,
    PROJECT_THESAURUS,
    REGION_SCHEME,
    TYPE_SCHEME,
    Concept,
    Scheme,
    short_id,
)
from vocabulary.spelling import with_spellings
from vocabulary.text import (
    STEM_LANGS,
    STOPWORDS,
    fold,
    forget_lookups,
    is_acronym_like,
    key,
    mostly_capitals,
    raw_tokens,
    stem_key,
    stem_langs,
    stem_token,
    tokens,
    without_stopwords,
)

MIN_INFER_LABEL_LEN = 4
"""Non-acronym labels shorter than this are never matched inside titles or descriptions."""

GENERIC_LABELS: frozenset[str] = frozenset(
    key(x)
    for x in (
        "support",
        "assistance",
        "health",
        "education",
        "analysis",
        "exposure",
        "testing",
        "media",
        "press",
        "industry",
        "business",
        "companies",
        "credit",
        "compliance",
        "courses",
        "restoration",
        "transparency",
        "consultation",
        "women",
        "children",
        "gender",
        "genre",
        "género",
        "statistics",
        "seeds",
        "habitats",
        "wildlife",
        "flora",
        "fauna",
        "bees",
        "oceans",
        "experts",
        "instruments",
        "policies",
        "data",
        "detection",
        "monitoring",
        "regulation",
        "regulations",
        "laws",
        "legislation",
        "waste",
        "wastes",
        "treaties",
        "request",
        "office",
        "contact",
        "communication",
        "species",
        "training",
        "funding",
        "equipment",
        "expertise",
        "customs",
        "standards",
        "permits",
        "indicators",
        "lead",
        "sampling",
        "samples",
        "toxicity",
        "contamination",
        "pollution",
        "polluants",
        "financing",
        "loans",
        "grants",
        "liability",
        "guidance",
        "manuals",
        "manuels",
        "handbooks",
        "reuse",
        "decrees",
        "inspections",
        "enforcement",
        "certification",
        "licences",
        "licensing",
        "formation",
        "formación",
        "capacitación",
        "apoyo",
        "appui",
        "soutien",
        "santé",
        "salud",
        "datos",
        "données",
        "douane",
        "douanes",
        "aduana",
        "aduanas",
        "équipement",
        "equipos",
        "matériel",
        "material",
        "courses",
        "cours",
        "cursos",
        "lois",
        "leyes",
        "normativa",
        "réglementation",
        "reglamentación",
        "legislación",
        "législation",
        "déchets",
        "desechos",
        "residuos",
        "financement",
        "financiación",
        "financiamiento",
        "especies",
        "espèces",
        "pericia",
        "experts",
        "expertos",
        "enseignement",
        "enseñanza",
        "assistance",
        "asistencia",
        "suivi",
        "seguimiento",
        "surveillance",
        "vigilancia",
        "monitoreo",
        "detección",
        "détection",
        "contaminación",
        "pollution",
        "transparence",
        "transparencia",
        "industrie",
        "industria",
        "empresas",
        "entreprises",
        "médias",
        "conservation",
        "alternatives",
        "chemicals",
        "chemical substances",
        "produits chimiques",
        "substances chimiques",
        "productos químicos",
        "sustancias químicas",
        "químicos",
        # words of labels that are everyday words in other text: French analyses and Spanish
        # análisis (of a situation, of policies) as English "analysis", Spanish licencias as
        # English "licences"; and, in text of a language without labels (Dutch "analyse",
        # Indonesian "analisis"), the "orientation" of flake scars
        "analyses",
        "análisis",
        "licencias",
        "orientations",
        "orientaciones",
    )
)
"""Single common words that are labels but too generic to infer a concept from free text
(a plural or singular of one of them, or its other English spelling, is as generic: see
:func:`is_generic_label`)."""

_GENERIC_STEMS: frozenset[tuple[str, str]] = frozenset(
    (rule, stem_key(form, rule))
    for word in GENERIC_LABELS
    for form in (word, *with_spellings(word))  # "licenses" as generic as "licences"
    for rule in STEM_LANGS
)


def is_generic_label(label_key: str) -> bool:
    """True for the :func:`key` of a label listed in :data:`GENERIC_LABELS`, or of another
    form of one with the same stem: text is matched stem against stem, so the label
    "formations" would find the word "formation" as surely as the label "formation"."""
    return label_key in GENERIC_LABELS or any(
        (rule, stem_key(label_key, rule)) in _GENERIC_STEMS for rule in STEM_LANGS
    )


GENRE_HEADS: frozenset[str] = frozenset(
    key(x)
    for x in (
        "guidance",
        "guidelines",
        "guides",
        "handbooks",
        "manuals",
        "toolkits",
        "lignes directrices",
        "directives",
        "orientations",
        "manuels",
        "directrices",
        "orientaciones",
        "guías",
        "manuales",
    )
)
"""Words that say what kind of document a record is (a guide, a manual) and are too generic
to be inferred from running text ("manual sorting", "the guidance of the Secretariat"), but
mean their concept when they head a title or a part of one (*Guidance on alternatives to
PFOS*, *Manual de buenas prácticas…*, *Pesticides: a handbook for inspectors*): see
:meth:`Vocabulary.title_heads`. Matched by stem, as labels are."""

_GENRE_STEMS: frozenset[tuple[str, str]] = frozenset(
    (rule, stem_key(word, rule)) for word in GENRE_HEADS for rule in STEM_LANGS
)
ACTIVITY_HEADS: dict[str, frozenset[str]] = {
    lang: frozenset(key(x) for x in words)
    for lang, words in (
        ("en", ("training", "trainings")),
        ("fr", ("formation", "formations")),
        ("es", ("capacitación", "capacitaciones", "formación")),
    )
}
"""Words that say what kind of activity a record offers or reports (training), per language:
as generic as a genre word in running text, but a title or part of one that starts with one
(*Training on mercury inventories*, *Formation aux bonnes pratiques*, *Oferta: capacitación
en manejo de suelos*) is training. Only in a title of the word's own language: *Formation of
ozone* is English chemistry, *cours d'eau* and *curso de agua* are rivers (no such word is
listed)."""

ACTIVITY_NEXT: dict[str, frozenset[str]] = {
    key(word): frozenset(fold(x) for x in nexts)
    for word, nexts in (
        ("formation", ("sur", "à", "au", "aux", "en", "pour")),
        ("formations", ("sur", "à", "au", "aux", "en", "pour")),
        ("formación", ("en", "sobre", "para")),
    )
}
"""An activity word that is also a process (*formation des dioxines*, *formación de nubes*)
heads a training title only before one of these words (*Formation aux…*, *Formación en…*);
*training* and *capacitación* before any preposition."""

_GENRE_FIRSTS: frozenset[tuple[str, str]] = frozenset(
    (rule, stem_token(word.split()[0], rule))
    for word in (*GENRE_HEADS, *(w for ws in ACTIVITY_HEADS.values() for w in ws))
    for rule in STEM_LANGS
)
"""The first word of each genre head, stemmed by each rule: a title part that starts with none
of them is passed over before any label of its head is looked up (those lookups are
remembered, and a harvest's titles would fill the memo with heads that are no genre)."""
_TITLE_PARTS = re.compile(r"\s*(?::|;|\||–|—|\s-\s|\(|\))\s*")
_PART_MARKS = re.compile(r"[:;|–—()-]")
"""A title without one of these characters is one part: :data:`_TITLE_PARTS` (which tries
its leading ``\\s*`` at every position) splits only the others."""
_HEAD_WORDS = 3
_GENRE_FIRST_WORDS: dict[str, bool] = {}
"""Folded words -> whether one of them starts a title part that may be headed by a genre
word (:data:`_GENRE_FIRSTS` under some rule); at most :data:`_GENRE_FIRST_WORDS_MAX`."""
_GENRE_FIRST_WORDS_MAX = 20_000


def _may_start_genre_head(word: str) -> bool:
    """True when ``word`` stemmed by some rule is the first word of a genre head."""
    got = _GENRE_FIRST_WORDS.get(word)
    if got is None:
        got = any((rule, stem_token(word, rule)) in _GENRE_FIRSTS for rule in STEM_LANGS)
        if len(_GENRE_FIRST_WORDS) >= _GENRE_FIRST_WORDS_MAX:
            _GENRE_FIRST_WORDS.clear()
        _GENRE_FIRST_WORDS[word] = got
    return got


def is_genre_head(label_key: str, lang: str | None = None) -> bool:
    """True for the :func:`key` of a word of :data:`GENRE_HEADS` or another form of one."""
    return label_key in GENRE_HEADS or any(
        (rule, stem_key(label_key, rule)) in _GENRE_STEMS for rule in stem_langs(lang)
    )


def is_activity_head(label_key: str, lang: str | None, following: str | None = None) -> bool:
    """True for the :func:`key` of a word of :data:`ACTIVITY_HEADS` in ``lang`` (a title of
    unknown language has none: *formation* would be read in English titles), followed by
    ``following`` (``None``: nothing) as :data:`ACTIVITY_NEXT` allows."""
    base = (lang or "").split("-")[0].lower()
    if label_key not in ACTIVITY_HEADS.get(base, ()):
        return False
    allowed = ACTIVITY_NEXT.get(label_key)
    return allowed is None or following is None or following in allowed


_SPLIT = re.compile(r"\s*(?:;|,|/|\||--+|–|—|\s-\s|:|>|\(|\)|\[|\]|\.\s)\s*")
_MEMO_MAX = 500_000
_MENTION_MEMO_MAX = 20_000
"""Short texts whose concepts :meth:`Vocabulary.text_mentions` remembers (then forgotten
all at once, as the other memos)."""
MENTION_MEMO_CHARS = 200
"""Texts longer than this are read each time (titles and descriptions rarely repeat)."""


@dataclass(frozen=True)
class ConceptHit:
    """One autocomplete / search result."""

    uri: str
    label: str
    matched_label: str
    matched_lang: str
    scheme: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data."""
        return {
            "uri": self.uri,
            "id": short_id(self.uri),
            "label": self.label,
            "matched_label": self.matched_label,
            "matched_lang": self.matched_lang,
            "scheme": self.scheme,
        }


def is_acronym_label(label: str) -> bool:
    """One word of two capitals or more, as many capitals as other letters (``PANA``,
    ``POPs``, ``OGM``): found by its own spelling and its plural in -s, never by a plural
    rule's stem (French drops a final -x: *Panax* would be *PANA*)."""
    text = label.strip()
    return bool(text) and " " not in text and "-" not in text and mostly_capitals(text)


class Vocabulary:
    """Concepts of one or more SKOS files with their lookup indexes (see module docstring)."""

    def __init__(
        self,
        concepts: dict[str, Concept],
        schemes: dict[str, Scheme] | None = None,
        files: Iterable[Path] = (),
    ) -> None:
        self.concepts = concepts
        self.schemes = schemes or {}
        self.files = [Path(f) for f in files]
        self._memo: dict[tuple[str, str | None], tuple[tuple[str, ...], bool]] = {}
        self._part_memo: dict[tuple[str, str | None], tuple[tuple[str, ...], bool]] = {}
        self._closure_memo: dict[tuple[str, str], frozenset[str]] = {}
        self._mention_memo: dict[tuple[str, str | None], tuple[str, ...]] = {}
        self._stem: dict[str, dict[str, list[str]]] = {r: {} for r in STEM_LANGS}
        # acronyms ("PANA", "POPs") by their key and its plural in -s only: never by a stem,
        # which a longer word can share ("Panax" -> "pana")
        self._acronyms: dict[str, dict[str, list[str]]] = {r: {} for r in STEM_LANGS}
        self._complete: list[tuple[str, str, str, int, int, str]] = []
        self._query = PhraseMatcher()
        self._query_cs = PhraseMatcher(case_sensitive=True)
        self._infer = PhraseMatcher()
        self._infer_cs = PhraseMatcher(case_sensitive=True)
        self._types: dict[str, str] = {}
        self._regions: dict[str, list[str]] = {}
        self._short: dict[str, set[str]] = {}
        self._equivalent: dict[str, set[str]] = {}
        self._build()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        for c in self.concepts.values():
            written = {key(label) for label, _lang, _pref in iter_labels(c)}
            for label, lang, is_pref in iter_labels(c):
                self._index_label(c, label, lang, is_pref)
                if lang != "en":
                    continue
                # the label's other British or American spelling names the concept too
                # (*fertilisers* / *fertilizers*, *labelling* / *labeling*), in text and
                # queries, unless the concept has it already; never offered as a completion
                for spelt in with_spellings(label):
                    if key(spelt) not in written:
                        written.add(key(spelt))
                        self._index_label(c, spelt, lang, False, complete=False)
        self._complete.sort()
        self._build_types()
        self._build_regions()
        self._build_equivalents()

    def _build_equivalents(self) -> None:
        """skos:exactMatch between concepts of the loaded vocabularies, made symmetric."""
        for c in self.concepts.values():
            for target in c.matches.get("exactMatch", ()):
                if target in self.concepts and target != c.uri:
                    self._equivalent.setdefault(c.uri, set()).add(target)
                    self._equivalent.setdefault(target, set()).add(c.uri)

    def _index_label(
        self, c: Concept, label: str, lang: str, is_pref: bool, complete: bool = True
    ) -> None:
        k = key(label)
        if not k:
            return  # stop-word-only or punctuation-only labels are never matched
        acronym = is_acronym_label(label)
        for rule in (lang,) if lang in STEM_LANGS else STEM_LANGS:  # its own plural rule
            if acronym:
                base = k[:-1] if k.endswith("s") and label.strip()[-1:] == "s" else k
                for form in (base, base + "s"):
                    bucket = self._acronyms[rule].setdefault(form, [])
                    if c.uri not in bucket:
                        bucket.append(c.uri)
                continue
            bucket = self._stem[rule].setdefault(stem_key(k, rule), [])
            if c.uri not in bucket:
                bucket.append(c.uri)
        toks = tokens(label) if complete else []
        for i in range(len(toks)):
            self._complete.append((" ".join(toks[i:]), c.uri, lang, int(not is_pref), i, label))
        short = len(label) <= 3
        if len(k) <= 3:
            # short labels name a concept in the query only as written ("COP", not "cop");
            # a short prefLabel in any case ("DDT", "ddt")
            self._short.setdefault(label.strip() if not is_pref else k, set()).add(c.uri)
        if short and not is_pref:
            self._query_cs.add(label, c.uri, lang)
        else:
            self._query.add(label, c.uri, lang)
        if self.scheme_kind(c.uri) != "topic":
            return
        if is_acronym_like(label):
            if len(label) >= 2:
                self._infer_cs.add(label, c.uri, lang)
        elif len(k) >= MIN_INFER_LABEL_LEN and not is_generic_label(k):
            self._infer.add(label, c.uri, lang)

    def _build_types(self) -> None:
        for c in self.concepts.values():
            if TYPE_SCHEME in c.schemes:
                tid = c.notation[0] if c.notation else c.uri.rsplit("/", 1)[-1]
                self._types[c.uri] = tid

    def _build_regions(self) -> None:
        # the UN M49 regions (with a notation) first, then the other groupings (the Sahel): a
        # country's regions start with its M49 chain, whatever order the graph gives
        regions = [c for c in self.concepts.values() if c.member_countries]
        for c in sorted(regions, key=lambda c: not c.notation):
            chain = [c.uri, *self._ancestors_in_order(c.uri)]
            for cc in c.member_countries:
                bucket = self._regions.setdefault(cc, [])
                bucket.extend(u for u in chain if u not in bucket)

    def _ancestors_in_order(self, uri: str) -> list[str]:
        out: list[str] = []
        frontier = list(self.concepts[uri].broader) if uri in self.concepts else []
        while frontier:
            nxt: list[str] = []
            for u in frontier:
                if u not in out and u != uri:
                    out.append(u)
                    nxt.extend(self.concepts[u].broader if u in self.concepts else [])
            frontier = nxt
        return out

    def compile_matchers(self) -> None:
        """Build the enrichment matcher's compiled form now (:meth:`PhraseMatcher.compile`):
        called before the vocabulary is cached, so the processes that load it (a harvest
        and each of its mapping workers) do not each build it on their first record."""
        self._infer.compile()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = {}
        state["_part_memo"] = {}
        state["_closure_memo"] = {}
        state["_mention_memo"] = {}
        return state

    def __len__(self) -> int:
        return len(self.concepts)

    def forget_lookups(self) -> None:
        """Forget what lookups remembered of the texts they were asked about (subject
        strings, mentions, title words) and the text caches (:func:`vocabulary.text.
        forget_lookups`): answers are the same, computed again when asked. What the
        vocabulary is (its concepts, labels and matchers) stays.

        Called by a harvest process after each run (:mod:`pipeline.run`), so that the
        process does not keep every node's words from one run to the next. The memos are
        replaced, not emptied: another thread's lookup goes on with the one it read."""
        self._memo = {}
        self._part_memo = {}
        self._mention_memo = {}
        _GENRE_FIRST_WORDS.clear()  # a memo of booleans, read and written key by key
        forget_lookups()

    def __contains__(self, uri: object) -> bool:
        return uri in self.concepts

    # -- identity -------------------------------------------------------------------------
    def uri_for(self, id_or_uri: str) -> str | None:
        """Full URI for a URI, a short id (``topic/mercury``) or a bare topic id (``mercury``)."""
        if id_or_uri in self.concepts or id_or_uri in self.schemes:
            return id_or_uri
        for candidate in (BASE_URI + id_or_uri, BASE_URI + "topic/" + id_or_uri):
            if candidate in self.concepts or candidate in self.schemes:
                return candidate
        return None

    def concept(self, uri: str) -> Concept:
        """The concept for a URI or short id. Raises KeyError when unknown."""
        full = self.uri_for(uri)
        if full is None or full not in self.concepts:
            raise KeyError(uri)
        return self.concepts[full]

    def scheme_kind(self, uri: str) -> str:
        """``"type"``, ``"region"`` or ``"topic"`` (topic includes external vocabularies)."""
        c = self.concepts.get(uri)
        if c is None:
            return "topic"
        if TYPE_SCHEME in c.schemes:
            return "type"
        if REGION_SCHEME in c.schemes:
            return "region"
        return "topic"

    # -- resolving subject strings ----------------------------------------------------------
    def lookup(self, term: str, lang: str | None = None) -> list[str]:
        """Concept URIs for a subject string (any language, case, accents, plural, noise).

        Example::

            vocab.lookup("POPs; mercury")  # [".../topic/pops", ".../topic/mercury"]
        """
        return list(self.resolve(term, lang)[0])

    def resolve(self, term: str, lang: str | None = None) -> tuple[tuple[str, ...], bool]:
        """Like :meth:`lookup`, plus whether some part matched several concepts of one scheme."""
        memo_key = (term, lang)
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        uris, ambiguous = self._resolve_part(term, lang)
        if not uris:
            uris, ambiguous = self._resolve_parts(term, lang)
        result = (tuple(uris), ambiguous)
        if len(self._memo) > _MEMO_MAX:
            self._memo.clear()
        self._memo[memo_key] = result
        return result

    def _resolve_part(self, text: str, lang: str | None) -> tuple[list[str], bool]:
        return self._resolve_key(key(text), lang)

    def _resolve_key(self, k: str, lang: str | None) -> tuple[list[str], bool]:
        if not k:
            return [], False
        memo_key = (k, lang)
        hit = self._part_memo.get(memo_key)
        if hit is not None:
            return list(hit[0]), hit[1]
        uris: list[str] = []
        for rule in stem_langs(lang):
            for uri in self._stem[rule].get(stem_key(k, rule), ()):
                if uri not in uris:
                    uris.append(uri)
            for uri in self._acronyms[rule].get(k, ()):
                if uri not in uris:
                    uris.append(uri)
        ambiguous = False
        if len(uris) > 1:
            kinds = [self.scheme_kind(u) for u in uris]
            ambiguous = len(set(kinds)) < len(kinds)
        if len(self._part_memo) > _MEMO_MAX:
            self._part_memo.clear()
        self._part_memo[memo_key] = (tuple(uris), ambiguous)
        return uris, ambiguous

    def _resolve_parts(self, term: str, lang: str | None) -> tuple[list[str], bool]:
        keys = [k for k in (key(p) for p in _SPLIT.split(term) if p) if k]
        if len(keys) < 2:
            return [], False
        if len(keys) == 2:  # "Chemicals -- management", "Produits chimiques -- gestion"
            for joined in (f"{keys[0]} {keys[1]}", f"{keys[1]} {keys[0]}"):
                uris, ambiguous = self._resolve_key(joined, lang)
                if uris:
                    return uris, ambiguous
        out: list[str] = []
        any_ambiguous = False
        for k in keys:
            uris, ambiguous = self._resolve_key(k, lang)
            any_ambiguous |= ambiguous
            out.extend(u for u in uris if u not in out)
        return out, any_ambiguous

    def type_for(self, value: str) -> str | None:
        """Record type id (``"project"``) for a dc:type-like value in any language, or None."""
        if not value or not value.strip():
            return None
        direct = value.strip().lower()
        if BASE_URI + "type/" + direct in self._types:
            return self._types[BASE_URI + "type/" + direct]
        for uri in self.resolve(value)[0]:
            if uri in self._types:
                return self._types[uri]
        return None

    def regions_for_country(self, cc: str) -> list[str]:
        """Region URIs of an ISO 3166-1 alpha-2 code: smallest region first, then its parents."""
        return list(self._regions.get(cc.strip().upper(), ()))

    # -- text matching ----------------------------------------------------------------------
    def query_concepts(
        self, text: str, lang: str | None = None, schemes: Iterable[str] | None = None
    ) -> list[str]:
        """Concepts whose label (any language) appears in ``text`` as whole words.

        Used for cross-language search: ``query_concepts("plaguicidas")`` contains the
        pesticides concept, so English records tagged with it match a Spanish query.
        """
        hits = uris_of(self._query.find(text, lang) + self._query_cs.find(text))
        if schemes is not None:
            wanted = set(schemes)
            hits = [u for u in hits if wanted.intersection(self.concepts[u].schemes)]
        return hits

    def label_concepts(self, text: str) -> list[str]:
        """Concepts of which ``text`` is a whole label, in any language, case, accents, plural
        and stop words aside (``"Plaguicidas"``, ``"produits chimiques"``). Labels of three
        letters or fewer count only as written (``"OGM"``, not ``"ogm"``), unless a prefLabel.
        """
        k = key(text)
        if not k:
            return []
        uris, _ = self._resolve_key(k, None)
        if len(k) <= 3:
            allowed = self._short.get(text.strip(), set()) | self._short.get(k, set())
            uris = [u for u in uris if u in allowed]
        return uris

    def equivalents(self, uri: str) -> frozenset[str]:
        """Concepts the vocabularies mark as the same idea (skos:exactMatch), both ways."""
        return frozenset(self._equivalent.get(uri, ()))

    def type_id(self, uri: str) -> str | None:
        """The record-type id (``"project"``) of a record-type concept, else None."""
        return self._types.get(uri)

    def infer(self, text: str, lang: str | None = None) -> list[str]:
        """Topic concepts found in free text under the precision rules of enrich.py."""
        folded = tokens(text)
        hits = uris_of(self._infer.find_content(without_stopwords(folded), lang))
        if not self._infer_cs.may_occur(text, folded):
            return hits
        base = (lang or "").split("-")[0].lower()
        for uri, label_lang in self._infer_cs.find(text):
            # a short acronym only counts in text of its own language ("COP" is Spanish for
            # POPs but English for Conference of the Parties), or when the language is unknown
            if (base in ("", "und") or label_lang in ("", base)) and uri not in hits:
                hits.append(uri)
        return hits

    def title_heads(
        self, title: str, lang: str | None = None, folded: list[str] | None = None
    ) -> list[str]:
        """Topic concepts named by a genre word (:data:`GENRE_HEADS`) at the head of a title
        or of a part of it (after a colon, a dash, in brackets), articles aside: *Guidance on
        alternatives to PFOS*, *Integrated pest management: a handbook for farmers*, *Manual
        de buenas prácticas*, when it ends the part or a preposition follows it (*Manual
        sorting of waste* is no manual) and starts no longer label (*Manual de capacitación*
        is training material). Such a word is too generic to be read in running
        text, but a title that starts with it says what the record is: guidance. An activity
        word of the title's own language (:data:`ACTIVITY_HEADS`) counts the same way
        (*Formation aux bonnes pratiques*, *Oferta: capacitación en manejo de suelos*: training).

        ``folded``: ``tokens(title)`` when the caller has it already (enrichment's
        :meth:`infer_mentions` of the same title), not computed again."""
        out: list[str] = []
        if _PART_MARKS.search(title):
            parts = [tokens(part) for part in _TITLE_PARTS.split(title)]
        else:
            parts = [tokens(title) if folded is None else folded]
        for toks in parts:
            while toks and toks[0] in STOPWORDS:  # "The guidelines", "Un manuel"
                toks = toks[1:]
            if not toks or not _may_start_genre_head(toks[0]):
                continue  # no genre word can head this part
            if self._longer_head_label(toks):
                continue  # "Manual de capacitación", "Training manual": a genre of its own
            for n in range(min(len(toks), _HEAD_WORDS), 0, -1):
                head = " ".join(toks[:n])
                # the genre word ends the part or a preposition follows it ("Guidance on",
                # "Manual de"): "Manual sorting of waste" is about sorting by hand
                if (n == len(toks) or toks[n] in STOPWORDS) and (
                    is_genre_head(head, lang)
                    or is_activity_head(head, lang, toks[n] if n < len(toks) else None)
                ):
                    out.extend(u for u in self.label_concepts(head) if u not in out
                               and self.scheme_kind(u) not in ("type", "region"))  # fmt: skip
                    break
        return out

    def _longer_head_label(self, toks: list[str]) -> bool:
        """True when the part's first words (a genre word and more) are a label that is no
        genre word: the longest label wins, as in running text (*manual de capacitación*,
        *manuel de formation* are training materials)."""
        for n in range(min(len(toks), _HEAD_WORDS + 2), 1, -1):
            head = " ".join(toks[:n])
            if (
                toks[n - 1] not in STOPWORDS
                and not is_genre_head(key(head))
                and any(
                    self.scheme_kind(u) not in ("type", "region") for u in self.label_concepts(head)
                )
            ):
                return True
        return False

    def infer_mentions(
        self, text: str, lang: str | None = None, folded: list[str] | None = None
    ) -> dict[str, int]:
        """Topic concepts named in free text, each with how many times it is named.

        The rules of :meth:`infer`, and one more: in text of a language the vocabulary has
        labels in, only labels of that language count (a French label read in English text
        is a false friend: "formation" is training in French, rock in English; the concept
        of a cognate such as "pesticides" comes from the text's own label anyway). Used by
        enrichment, which asks a long description for more than one mention. ``folded``:
        ``tokens(text)`` when the caller has it already.
        """
        base = (lang or "").split("-")[0].lower()
        own = base if base in self._label_languages() else None
        if folded is None:
            folded = tokens(text)
        counts: dict[str, int] = {}
        for rule in stem_langs(lang):
            for uri, n in self._infer.content_counts(folded, rule, own).items():
                counts[uri] = max(counts.get(uri, 0), n)
        if self._infer_cs.may_occur(text, folded):
            for entries in self._infer_cs.occurrences(raw_tokens(text)):
                # acronyms as in infer: only in text of their own language, or of unknown one
                kept = {u for u, ll in entries if base in ("", "und") or ll in ("", base)}
                for uri in kept:
                    counts[uri] = counts.get(uri, 0) + 1
        return counts

    def text_mentions(self, text: str, lang: str | None = None) -> tuple[str, ...]:
        """The concepts :meth:`infer_mentions` finds in ``text``, in the same order, without
        their counts; remembered for short texts (up to :data:`MENTION_MEMO_CHARS`
        characters).

        Enrichment reads every unmapped subject as running text: subjects repeat from record
        to record far more than titles do (the 9,894 unmapped subjects of 5,000 corpus
        records are 36 distinct strings), and each reading folds, splits, encodes and scans
        the text again."""
        if len(text) > MENTION_MEMO_CHARS:
            return tuple(self.infer_mentions(text, lang))
        memo = self._mention_memo
        hit = memo.get((text, lang))
        if hit is None:
            hit = tuple(self.infer_mentions(text, lang))
            if len(memo) >= _MENTION_MEMO_MAX:
                memo.clear()
            memo[(text, lang)] = hit
        return hit

    def _label_languages(self) -> frozenset[str]:
        """Languages the topic labels are written in (computed once; not pickled state)."""
        langs: frozenset[str] | None = self.__dict__.get("_label_langs")
        if langs is None:
            langs = frozenset(
                lang for c in self.concepts.values() for _, lang, _ in iter_labels(c) if lang
            )
            self.__dict__["_label_langs"] = langs
        return langs

    # -- labels -----------------------------------------------------------------------------
    def label(self, uri: str, lang: str = "en") -> str:
        """prefLabel in ``lang``, else English, else any; the short id for unknown URIs."""
        full = self.uri_for(uri)
        if full is None:
            return short_id(uri)
        pref = self.concepts[full].pref if full in self.concepts else self.schemes[full].labels
        base = lang.split("-")[0].lower() if lang else "en"
        for candidate in (lang.lower() if lang else "", base, "en", ""):
            if candidate in pref:
                return pref[candidate]
        return next(iter(pref.values()), short_id(full))

    def labels(self, uri: str) -> dict[str, list[str]]:
        """Every label by language, prefLabel first then altLabels."""
        c = self.concept(uri)
        out: dict[str, list[str]] = {}
        for label, lang, _ in iter_labels(c, hidden=False):
            bucket = out.setdefault(lang, [])
            if label not in bucket:
                bucket.append(label)
        return out

    def search_concepts(
        self, text: str, lang: str | None = None, limit: int = 10
    ) -> list[ConceptHit]:
        """Autocomplete: concepts with a label starting with ``text`` (or a word of it).

        Any language, case- and accent-insensitive; ranked exact match, label start, prefLabel,
        label in ``lang``, shorter label.
        """
        q = " ".join(tokens(text))
        if not q:
            return []
        best: dict[str, tuple[tuple[int, int, int, int, int], str, str]] = {}
        i = bisect.bisect_left(self._complete, (q,))
        scanned = 0
        while i < len(self._complete) and scanned < 5000:
            folded, uri, label_lang, not_pref, pos, label = self._complete[i]
            if not folded.startswith(q):
                break
            score = (int(folded != q), int(pos > 0), not_pref, int(label_lang != lang), len(label))
            if uri not in best or score < best[uri][0]:
                best[uri] = (score, label, label_lang)
            i += 1
            scanned += 1
        ranked = sorted(best.items(), key=lambda kv: (kv[1][0], fold(kv[1][1])))
        return [
            ConceptHit(uri, self.label(uri, lang or "en"), label, label_lang, self._scheme(uri))
            for uri, (_, label, label_lang) in ranked[:limit]
        ]

    def _scheme(self, uri: str) -> str | None:
        c = self.concepts.get(uri)
        return c.scheme if c else None

    # -- hierarchy ----------------------------------------------------------------------------
    def narrower_closure(self, uri: str) -> frozenset[str]:
        """``uri`` and every concept below it (cycle-safe)."""
        return self._closure(uri, "narrower")

    def broader_closure(self, uri: str) -> frozenset[str]:
        """``uri`` and every concept above it (cycle-safe)."""
        return self._closure(uri, "broader")

    def _closure(self, uri: str, direction: str) -> frozenset[str]:
        full = self.uri_for(uri) or uri
        memo = self._closure_memo.get((full, direction))
        if memo is not None:
            return memo
        seen = {full}
        stack = [full]
        while stack:
            c = self.concepts.get(stack.pop())
            for nxt in getattr(c, direction) if c else ():
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        result = frozenset(seen)
        self._closure_memo[(full, direction)] = result
        return result

    def expand_concept_filter(self, uris: Iterable[str]) -> tuple[str, ...]:
        """A concept filter with every narrower concept added (order kept, no duplicates)."""
        out: list[str] = []
        for uri in uris:
            full = self.uri_for(uri) or uri
            if full not in out:
                out.append(full)
            out.extend(sorted(u for u in self.narrower_closure(full) if u not in out))
        return tuple(out)

    def top_concepts(self, scheme_uri: str) -> list[str]:
        """Top concepts of a scheme (``topics`` or a full URI)."""
        full = self.uri_for(scheme_uri) or scheme_uri
        scheme = self.schemes.get(full)
        if scheme and scheme.top_concepts:
            return list(scheme.top_concepts)
        return sorted(
            u
            for u, c in self.concepts.items()
            if full in c.schemes and not any(b in self.concepts for b in c.broader)
        )

    def tree(self, scheme_uri: str, lang: str = "en") -> list[dict[str, Any]]:
        """The scheme as nested ``{"uri", "id", "label", "children"}`` sorted by label."""
        return [
            self._subtree(u, lang, frozenset())
            for u in self._sorted(self.top_concepts(scheme_uri), lang)
        ]

    def _subtree(self, uri: str, lang: str, path: frozenset[str]) -> dict[str, Any]:
        path = path | {uri}
        kids = [n for n in self.concepts[uri].narrower if n in self.concepts and n not in path]
        return {
            "uri": uri,
            "id": short_id(uri),
            "label": self.label(uri, lang),
            "children": [self._subtree(k, lang, path) for k in self._sorted(kids, lang)],
        }

    def _sorted(self, uris: Iterable[str], lang: str) -> list[str]:
        return sorted(uris, key=lambda u: fold(self.label(u, lang)))

    # -- export -------------------------------------------------------------------------------
    def _export_files(self) -> list[Path]:
        project = [f for f in self.files if f.resolve() == PROJECT_THESAURUS]
        return project or list(self.files)

    def to_turtle(self) -> str:
        """The project thesaurus as Turtle (the committed file itself, comments included)."""
        files = self._export_files()
        if len(files) == 1 and files[0].suffix == ".ttl":
            return files[0].read_text(encoding="utf-8")
        return self._graph(files).serialize(format="turtle")

    def to_jsonld(self) -> str:
        """The project thesaurus as JSON-LD."""
        return self._graph(self._export_files()).serialize(format="json-ld", indent=1)

    @staticmethod
    def _graph(files: list[Path]) -> Any:
        import rdflib

        from vocabulary.rdf import parse_graph

        graph = rdflib.Graph()
        for f in files:
            parse_graph(f, graph)
        return graph


def iter_labels(c: Concept, hidden: bool = True) -> Iterator[tuple[str, str, bool]]:
    """``(label, lang, is_pref)`` for every label of a concept."""
    for lang, label in c.pref.items():
        yield label, lang, True
    groups = (c.alt, c.hidden) if hidden else (c.alt,)
    for group in groups:
        for lang, values in group.items():
            for label in values:
                yield label, lang, False
