"""Backend-neutral helpers for search: the user's query text, dates, cursors, checks.

Sits between ``search_api`` (which builds a :class:`~index.base.SearchQuery`) and each index
backend (which turns the parsed text into its own query objects). Nothing here touches an
engine, so tantivy and Elasticsearch read user input the same way and reject the same input
with the same plain-words :class:`~index.base.InvalidQuery`.

Query text grammar (a small, safe subset of what people type into search boxes)::

    pesticides mercury        both words (AND is the default)
    "produits chimiques"      exact phrase
    merc*                     words starting with "merc" (at least 2 letters before *)
    -mercury   NOT mercury    exclude
    lead OR mercury           either (OR binds tighter than the implicit AND)
    a AND b                   explicit AND (also keeps a and b apart as two terms)
    a OR (b c)   (a OR b) c   parentheses group; read as an AND of ORs (see below)

Meaning (DESIGN.md "Search semantics"; both backends build their queries from the
:class:`ParsedText` this module returns, so they cannot drift apart):

- each term matches its text in any language **or** the keyword values an
  :class:`Expander` says it means (the concepts it is a label of, with their narrower and
  equivalent concepts; the record type, region or country it names), see :class:`Item`;
- consecutive plain words that together are a label (``perfil nacional``, ``hazardous
  waste``, ``Côte d'Ivoire``) form one term whose text part is the AND of its words; an
  explicit ``AND`` keeps words apart;
- a phrase matches the exact phrase, or what the phrase names when it is a label as a whole;
- a term that names nothing of the vocabulary (no concept, record type, region or country)
  also matches its translations (:attr:`Item.translations`, from the domain lexicon the
  expander may offer: ``poissons`` -> English *fish*, Spanish *peces*; else from the
  bilingual dictionaries' table, :mod:`vocabulary.dictionary`: ``bruit`` -> *noise*,
  *ruido*), each only in the text of its own language and scored below the word itself; a
  translation is text only (never expanded again to concepts or further translations);
- ``-term`` excludes both the text and what the term names; prefixes match text only;
- a stop word (``de``, ``the``, ``y``) among other plain words asks for nothing
  (``gestion de residuos``); typed alone or kept apart by ``AND`` it is searched;
- parentheses group: what is inside is parsed on its own (a label run or a phrase inside
  keeps its meaning; a run never spans a parenthesis) and the whole is spelled out as the AND
  of OR-groups that :class:`ParsedText` holds, OR distributed over AND: ``a OR (b c)`` is
  ``(a OR b) AND (a OR c)``, ``(a OR b) c`` is ``(a OR b) AND c``. Refused: unbalanced
  parentheses, more than :data:`MAX_PAREN_DEPTH` levels, more than
  :data:`MAX_SPELLED_ITEMS` items once spelled out, an exclusion inside parentheses joined
  by OR (``a OR (b -c)``: no AND of ORs says it) and an excluded group that is not one
  OR-group (``-(a OR b)`` is ``-a -b``; ``-(a b)`` cannot be said). Parentheses that only
  wrap AND-ed words change nothing (``mercury (Hg)`` is ``mercury Hg``; ``(b -c)`` AND-ed is
  ``b -c``). A parenthesis groups only at the start or end of a word: inside one it is part
  of the word (``CO(2)``, ``state(s)``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

from index.base import FACET_FIELDS, SORTS, InvalidQuery, SearchQuery
from vocabulary.spelling import english_spellings, with_spellings
from vocabulary.text import QUERY_STOPWORDS, STEM_LANGS, STOPWORDS, fold, stem_token

MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64
MIN_PREFIX_CHARS = 2
MAX_LIMIT = 1000
BAD_CURSOR = "the cursor is not valid for this search; start again from the first page"
OTHER_SEARCH_CURSOR = (
    "the cursor belongs to another search (other words, filters or ranges); follow the "
    "next_cursor of this search's previous page, or start again from its first page"
)
MAX_WINDOW = 10_000
"""offset + limit may not exceed this (Elasticsearch's default window); use the cursor."""

_WORD_CHAR = re.compile(r"\w", re.UNICODE)
_OR_REASON = "OR must stand between two words, e.g. lead OR mercury"

ItemKind = Literal["term", "phrase", "prefix", "words"]
Alternatives = tuple[tuple[str, tuple[str, ...]], ...]
"""Keyword field -> values, e.g. ``(("concept", (uri, ...)), ("type", ("project",)))``."""
Translations = tuple[tuple[str, str], ...]
"""(language, text) pairs: the same word or phrase in other languages (or another variant of
its own), e.g. ``(("en", "fish"), ("es", "peces"), ("es", "pez"))``."""

MAX_LABEL_WORDS = 8
"""Longest run of plain words looked up as one label."""
MAX_PAREN_DEPTH = 8
"""Parentheses nested deeper than this are refused (each level is parsed on its own)."""
MAX_SPELLED_ITEMS = MAX_QUERY_TERMS
"""Items (words, phrases, labels) a query may hold once parentheses joined by OR are spelled
out as an AND of ORs: ``a OR (b c)`` holds four (``(a OR b) AND (a OR c)``). As many as a
query may have words, so a query without parentheses joined by OR is never refused for it;
the OR-groups spelled out from parentheses are then at most half as many (32)."""
_SPELL_WORK = 64 * MAX_SPELLED_ITEMS
"""Items one step of spelling out may build before duplicates are dropped (a bound on work)."""


class Expander(Protocol):
    """What the words of a query mean beyond their text (the vocabulary implements it:
    :class:`vocabulary.search.QueryExpander`). Look-ups must be cheap: a query of n words
    asks at most ``n * MAX_LABEL_WORDS`` times."""

    def alternatives(self, text: str) -> Alternatives:
        """Keyword values meant by ``text`` when it is a whole label; ``()`` otherwise."""
        ...

    def is_stopword(self, word: str) -> bool:
        """True for a word that asks for nothing on its own (``de``, ``the``)."""
        ...


class StopWordsOnly:
    """The :class:`Expander` of a network without a vocabulary: words mean only their text,
    and the stop words of a run of words ask for nothing, as with the vocabulary (the
    stemmed fields hold no stop word: ``plan para la gestión`` is *plan* and *gestión*)."""

    def alternatives(self, text: str) -> Alternatives:
        return ()

    def is_stopword(self, word: str) -> bool:
        return fold(word) in QUERY_STOPWORDS


class Localiser(Protocol):
    """An :class:`Expander` that also knows in which languages a word is a word of the
    domain (optional: an expander without ``text_languages`` looks for words everywhere)."""

    def text_languages(self, text: str) -> tuple[str, ...]:
        """The languages whose text ``text`` is looked for in; ``()`` for all of them."""
        ...


class Apart(Protocol):
    """An :class:`Expander` that also knows French and Spanish words from English ones
    (optional: without it a hyphenated word stays one word, see :func:`_apart`)."""

    def is_foreign_word(self, word: str) -> bool:
        """True for a French or Spanish word that is no English word."""
        ...


class Translator(Protocol):
    """An :class:`Expander` that also knows a word's translations (optional: an expander
    without ``translations`` gives none)."""

    def translations(self, text: str) -> Translations:
        """``text`` in other languages when it is a whole lexicon entry; ``()`` otherwise."""
        ...


LINK_WORDS = frozenset(
    {
        "the", "a", "an", "of",  # English
        "le", "la", "les", "l", "un", "une", "de", "des", "du", "d",  # French
        "el", "los", "las", "lo", "una", "unos", "unas", "del",  # Spanish (de, la, un above)
    }
)  # fmt: skip
"""Articles and *of* words: inside a translation they come and go with the writer
(*adaptación basada en los ecosistemas* / *en ecosistemas*, *gestión del riesgo* / *de
riesgos*, *transport de matières* / *des matières*) without changing what it names."""
_LINK_SPLIT = re.compile(r"[\s'\u2019]+")


def loose_phrase(text: str) -> tuple[str, int]:
    """A translation as the backends look for it: its words without the :data:`LINK_WORDS`
    between its first and last word, and the slop (the number of positions the remaining
    words may stand apart in all: two per word left out, for an article and an *of* word).
    ``("adaptación basada ecosistemas", 2)`` for *adaptación basada en los ecosistemas*
    (*en* is kept: only articles and *of* words go). Unchanged, slop 0, when nothing is left
    out or fewer than two words would be left."""
    words = [w for w in _LINK_SPLIT.split(text.strip()) if w]
    if len(words) < 3:
        return text, 0
    inner = [w for w in words[1:-1] if w.casefold() not in LINK_WORDS]
    dropped = len(words) - 2 - len(inner)
    if not dropped:
        return text, 0
    return " ".join([words[0], *inner, words[-1]]), 2 * dropped


def loose_segments(text: str) -> tuple[tuple[str, int], ...]:
    """:func:`loose_phrase` as runs of words that stand together, each with the number of
    articles and *of* words left out just before it (0 for the first run): the place where
    such words may come and go, up to two positions per word left out, and nowhere else.
    ``(("gestión", 0), ("calidad", 2), ("aire", 1))`` for *gestión de la calidad del aire*;
    the text as one run when nothing is left out. A backend that matches the runs in order
    with those gaps (tantivy: one exact phrase per gap size, :mod:`index.tantivy_`) finds a
    record the same way whether it ranks, sorts or counts."""
    words = [w for w in _LINK_SPLIT.split(text.strip()) if w]
    phrase, slop = loose_phrase(text)
    if not slop:
        return ((phrase, 0),)
    runs: list[tuple[list[str], int]] = [([words[0]], 0)]
    left_out = 0
    for w in words[1:-1]:
        if w.casefold() in LINK_WORDS:
            left_out += 1
        elif left_out:
            runs.append(([w], left_out))
            left_out = 0
        else:
            runs[-1][0].append(w)
    if left_out:
        runs.append(([words[-1]], left_out))
    else:
        runs[-1][0].append(words[-1])
    return tuple((" ".join(ws), n) for ws, n in runs)


@dataclass(frozen=True)
class Item:
    """One searchable unit.

    ``kind`` is ``term`` (one word), ``phrase`` (exact words in order), ``prefix`` (text
    without the ``*``) or ``words`` (plain words that together are a label: their text part
    is the AND of :attr:`words`). ``also`` holds the keyword values the item means as well:
    a record matches the item when its text matches **or** one of its keyword fields holds
    one of these values. A ``words`` item may also match through ``within``, its shorter
    labels AND-ed (each with its own text or meaning, never their translations).
    ``translations`` are the item in other languages, each matched as text of its language
    only (never set when the item names something of the vocabulary: a concept or a record
    type finds its records in every language). ``native`` are translations that are a stop
    word of another language (French *or*, gold; English *or* is a stop word): matched only in
    the text of their own language, never in text of unknown language or in subjects.
    ``text_langs``, when set, are the only languages whose text the item's own words are
    looked for in (besides text of unknown language and subjects): a word the vocabulary
    knows only in French or Spanish is not looked for in English text, where the same
    letters are another word (French *formation*, training, is a rock formation in English).
    ``exact`` are translations of one word that the index's stemmer cuts to a stem another
    word of their language shares (Spanish *mareas*, tides, and *mar*, the sea): matched as
    the word itself, unstemmed, in titles, subjects and text of unknown language only.
    """

    text: str
    kind: ItemKind = "term"
    also: Alternatives = ()
    parts: tuple[str, ...] = ()
    within: tuple[Item, ...] = ()
    translations: Translations = ()
    native: Translations = ()
    text_langs: tuple[str, ...] = ()
    exact: Translations = ()

    @property
    def words(self) -> tuple[str, ...]:
        """The words the text part requires (AND): :attr:`parts`, else the text itself."""
        return self.parts or (self.text,)


@dataclass(frozen=True)
class ParsedText:
    """The user's text as ``groups`` (AND of ORs of items) and ``excluded`` items."""

    groups: tuple[tuple[Item, ...], ...] = ()
    excluded: tuple[Item, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the text asks for nothing (all records match)."""
        return not self.groups and not self.excluded

    def positive_items(self) -> list[Item]:
        """Every item that should match (for highlighting), each once (an item of
        parentheses spelled out stands in several groups)."""
        return list(dict.fromkeys(item for group in self.groups for item in group))


@dataclass
class _Token:
    text: str
    quoted: bool = False
    negated: bool = False
    operator: str | None = None  # "OR" / "AND" / "NOT"; "(" / ")" until nested
    item: Item | None = None  # plain words joined into a label (beside an OR, excluded)
    children: list[_Token] | None = None  # the tokens inside a pair of parentheses
    sub: ParsedText | None = None  # what the children mean, parsed on their own


Part = Item | ParsedText
"""A member of an OR-group while a sequence is parsed: an item, or what parentheses hold."""


@dataclass
class _State:
    groups: list[list[Part]] = field(default_factory=list)
    excluded: list[Item] = field(default_factory=list)
    sub_excluded: list[Item] = field(default_factory=list)  # from -( ... ), already expanded
    pending_or: bool = False
    pending_not: bool = False
    linked: list[bool] = field(default_factory=list)  # group i directly follows word i-1
    last_plain: bool = False


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Characters a query loses before it is read: the soft hyphen and the zero-width ones that
text copied from a PDF or a web page carries inside words (``mer\u00adcury`` is mercury)."""


def parse_text(text: str, expander: Expander | None = None) -> ParsedText:
    """Parse the user's query text; raise :class:`InvalidQuery` with a plain reason.

    Args:
        text: what the user typed (may be empty: all records).
        expander: what words mean beyond their text (the vocabulary); None: text only.

    Returns:
        The parsed query; words without any letter or digit (``&``, ``!``) are dropped.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidQuery(
            f"the query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})",
            "too_long",
            n=len(text),
            max=MAX_QUERY_CHARS,
        )
    tokens = _scan(text.translate(_INVISIBLE))
    words = sum(1 for t in tokens if t.operator not in ("(", ")"))
    if words > MAX_QUERY_TERMS:
        raise InvalidQuery(
            f"the query has too many words ({words}; at most {MAX_QUERY_TERMS})",
            "too_many_words",
            n=words,
            max=MAX_QUERY_TERMS,
        )
    parsed = _parse_sequence(_nest(tokens), expander)
    if parsed.is_empty and text.strip():
        raise InvalidQuery(
            "the query has no word to search for (only punctuation or symbols)", "no_word"
        )
    _check_spelled(sum(len(g) for g in parsed.groups) + len(parsed.excluded))
    return parsed


_ELIDED = re.compile(r"^(?:[ldLD]|[qQ][uU])['\u2019](?=\w\w)")
"""A French article or *de* elided before a word (*l'eau*, *d'ozone*, *qu'*)."""


_HYPHENATED = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]{3,})+")
"""Words of three letters or more joined by hyphens (*PRRS-resistant*, *white-tailed*)."""


def _apart(item: Item, expander: Expander) -> list[Item]:
    """A word made of words joined by hyphens that means nothing of its own (no concept, no
    translation: ``PRRS-resistant``, ``human-hippo``), read as its words typed one after the
    other, each with what it means in every language: ``PRRS-resistant pigs`` finds
    *cerdos resistentes al PRRS* and *porcs résistants au SDRP*. A record that has the
    hyphenated word has each of its words, so none is lost, and the word means the same
    wherever it stands in a query (adding an AND term never adds records). Kept one word:
    a hyphenated word that names something (``e-waste``, ``leaf-cutter ants`` as a whole);
    one with a French or Spanish word among its words (:meth:`Apart.is_foreign_word`),
    mostly a compound noun whose words mean something else apart (French *loup-marin*, a
    seal, is no *lobo marino*, a sea lion; *bois-pourri*, *sous-marine*); codes
    (``HFC-23``) and words of one or two letters (``e-scooters``, ``co-management``)."""
    if (
        item.kind != "term"
        or item.also
        or item.translations
        or item.exact
        or item.native
        or not _HYPHENATED.fullmatch(item.text)
    ):
        return [item]
    words = item.text.split("-")
    foreign = getattr(expander, "is_foreign_word", None)
    if foreign is None or any(foreign(word) for word in words):
        return [item]
    return _label_items(words, expander)


def _unelided(item: Item) -> Item:
    """A word typed alone with an elided article means the word: *l'eau* finds *d'eau* and
    *eau* as *eau* does (text analysis keeps the *l* as a word of its own, and a record
    saying *oiseaux d'eau* has no *l eau*), and *l'Inde* names India. Called on a word left
    alone once labels are read: a label of several words (*Côte d'Ivoire*, *couche d'ozone*)
    and a phrase keep what was typed."""
    if item.kind in ("term", "prefix") and _ELIDED.match(item.text):
        return replace(item, text=_ELIDED.sub("", item.text))
    return item


def _parse_sequence(tokens: list[_Token], expander: Expander | None) -> ParsedText:
    """The AND of ORs of one level of the query (the whole of it, or what a pair of
    parentheses holds), each pair of parentheses inside it parsed on its own first."""
    tokens = _sides_of_or(tokens)
    for token in tokens:
        if token.children is not None:
            token.sub = _parse_sequence(token.children, expander)
    if expander is not None:
        tokens = _labels_beside_or(tokens, expander)
    state = _State()
    for token in tokens:
        _consume(state, token)
    if state.pending_or:
        raise InvalidQuery(_OR_REASON, "or_position")
    if state.pending_not:
        raise InvalidQuery(
            "NOT must be followed by a word to exclude, e.g. NOT mercury", "not_position"
        )
    if expander is None:
        groups: list[tuple[Part, ...]] = [
            tuple(_unelided(p) if isinstance(p, Item) else p for p in g) for g in state.groups
        ]
        excluded = tuple(_unelided(i) for i in state.excluded)
    else:
        groups, excluded = _expand(state, expander)
    return _spell_out(groups, (*excluded, *state.sub_excluded))


def _expand(state: _State, expander: Expander) -> tuple[list[tuple[Part, ...]], tuple[Item, ...]]:
    """Join runs of plain words into labels (longest first, left to right), attach what
    every item means, and drop the stop words of a run that asks for something else (a stop
    word typed alone, or kept apart by AND, stays: adding an AND term never adds records).
    What parentheses hold is already expanded and never part of a run."""
    groups: list[tuple[Part, ...]] = []
    run: list[str] = []

    def flush() -> None:
        items = [part for item in _label_items(run, expander) for part in _apart(item, expander)]
        if len(run) > 1:  # a stop word among other words asks for nothing ("gestion de x")
            items = [i for i in items if not _is_lone_stopword((i,), expander)] or items
        groups.extend(_implied([_respelt((item,), expander) for item in items]))
        run.clear()

    for group, linked in zip(state.groups, state.linked, strict=True):
        first = group[0]
        plain = len(group) == 1 and isinstance(first, Item) and first.kind == "term"
        if not (plain and linked):
            flush()
        if plain and isinstance(first, Item):
            run.append(first.text)
        else:
            groups.append(
                _respelt(
                    tuple(p if isinstance(p, ParsedText) else _or_item(p, expander) for p in group),
                    expander,
                )
            )
    flush()
    # an excluded term keeps its translations (the lexicon's and the bilingual dictionaries'):
    # what ``t`` finds through them must be what ``-t`` takes away, or ``q -t`` and ``t``
    # would share records (a property of DESIGN.md's search semantics, tested on every
    # backend); excluding only the word's own text would let ``mercury -oro`` keep a French
    # record about *or*, gold
    excluded = tuple(_or_item(i, expander) for i in state.excluded)
    excluded = (*excluded, *_spellings(list(excluded), expander))
    return groups, excluded


def _implied(groups: list[tuple[Part, ...]]) -> list[tuple[Part, ...]]:
    """The groups, a word that another item of the query already says as the head of one of
    its translations OR-ed with that item: in ``Bulinus snails`` the lexicon writes *Bulinus*
    as *bulinid snails*, so a French record that names *Bulinus* and never *escargots* is
    about snails too; likewise ``button cell batteries``. The word still scores where a
    record says it. Only among words typed together (one run, as labels are read): a word
    kept apart by ``AND`` is always required."""
    singles = [g[0] for g in groups if len(g) == 1 and isinstance(g[0], Item)]
    said = {
        id(item): _translation_stems(item) for item in singles if item.translations or item.exact
    }
    if not said:
        return groups
    out: list[tuple[Part, ...]] = []
    for group in groups:
        first = group[0]
        if len(group) == 1 and isinstance(first, Item) and first.kind == "term" and not first.also:
            stems = {stem_token(fold(first.text), lang) for lang in STEM_LANGS}
            for other in singles:
                if other is not first and stems & said.get(id(other), set()):
                    group = (first, other)
                    break
        out.append(group)
    return out


def _translation_stems(item: Item) -> set[str]:
    """The head word of each of the item's translations (an English phrase's last word, a
    French or Spanish phrase's first: *bulinid snails*, *escargots bulins*), stemmed by each
    language's plural rule. A modifier is no head: *satellite* in *satellite vessel
    tracking* narrows the tracking, it does not say what it is."""
    heads = []
    for lang, text in (*item.translations, *item.exact):
        words = [w for w in fold(text).split() if w not in STOPWORDS]
        if words:
            heads.append(words[-1] if lang == "en" else words[0])
    return {stem_token(word, lang) for word in heads for lang in STEM_LANGS}


def _respelt(group: tuple[Part, ...], expander: Expander) -> tuple[Part, ...]:
    """``group`` with the other British or American spellings of each of its English words
    (:func:`vocabulary.spelling.english_spellings`: *fertilisers* is also *fertilizers*,
    *labelling* *labeling*) OR-ed beside it: each respelt word is looked for in English text
    (and text of unknown language, subjects) with what it names and its translations, as
    the word itself. A word the vocabulary knows only in French or Spanish is not respelt."""
    return (*group, *_spellings([p for p in group if isinstance(p, Item)], expander))


def _spellings(items: list[Item], expander: Expander) -> list[Item]:
    """The items of the other spellings of ``items``' single English words, each once."""
    seen = {item.text for item in items}
    out: list[Item] = []
    for part in items:
        if part.kind != "term" or (part.text_langs and "en" not in part.text_langs):
            continue
        for spelt in english_spellings(fold(part.text)):
            if spelt not in seen:
                seen.add(spelt)
                out.append(replace(_with_also(Item(spelt), expander), text_langs=("en",)))
    return out


def _spell_out(groups: list[tuple[Part, ...]], excluded: tuple[Item, ...]) -> ParsedText:
    """The AND of ``groups`` as an AND of OR-groups of items: what parentheses AND-ed hold
    joins the rest as it is, parentheses joined by OR are distributed (``a OR (b c)`` is
    ``(a OR b) AND (a OR c)``)."""
    out: list[tuple[Item, ...]] = []
    excl = list(excluded)
    for group in groups:
        if len(group) == 1 and isinstance(group[0], ParsedText):
            out.extend(group[0].groups)
            excl.extend(group[0].excluded)
            continue
        spelled: tuple[tuple[Item, ...], ...] | None = None
        for part in group:
            if isinstance(part, ParsedText):
                if part.excluded:
                    raise InvalidQuery(
                        "an excluded word cannot be inside parentheses joined by OR, e.g. "
                        "lead OR (gold -mercury); exclude it outside them",
                        "excluded_in_group_or",
                    )
                cnf = part.groups
            else:
                cnf = ((part,),)
            spelled = cnf if spelled is None else _or_cnf(spelled, cnf)
        out.extend(spelled or ())
    return ParsedText(tuple(out), tuple(excl))


def _or_cnf(
    left: tuple[tuple[Item, ...], ...], right: tuple[tuple[Item, ...], ...]
) -> tuple[tuple[Item, ...], ...]:
    """``left OR right``, both ANDs of OR-groups, as one: every group of the one OR-ed with
    every group of the other; repeated items and groups dropped, and a group that holds all
    the items of another (``a AND (a OR b)`` is ``a``)."""
    work = len(right) * sum(map(len, left)) + len(left) * sum(map(len, right))
    if work > _SPELL_WORK:
        _check_spelled(work)
    groups = list(dict.fromkeys(tuple(dict.fromkeys((*a, *b))) for a in left for b in right))
    sets = [frozenset(g) for g in groups]
    kept = tuple(g for g, s in zip(groups, sets, strict=True) if not any(t < s for t in sets))
    _check_spelled(sum(map(len, kept)))
    return kept


def _check_spelled(n: int) -> None:
    """Refuse a query that holds more than :data:`MAX_SPELLED_ITEMS` items spelled out."""
    if n > MAX_SPELLED_ITEMS:
        raise InvalidQuery(
            f"too many alternatives in parentheses: spelled out as an AND of ORs, the query "
            f"has {n} words or phrases (at most {MAX_SPELLED_ITEMS}); put fewer words inside "
            f"parentheses joined by OR",
            "too_many_alternatives",
            n=n,
            max=MAX_SPELLED_ITEMS,
        )


def _label_items(
    words: list[str], expander: Expander, longest: int = MAX_LABEL_WORDS
) -> list[Item]:
    """Items for a run of plain words: the longest labels first, other words alone.

    A label of several words also matches what its shorter labels mean together
    (:attr:`Item.within`): ``evaluación del riesgo de organismos vivos modificados`` names
    the concept *LMO risk assessment*, and also finds a record tagged *risk assessment* and
    *living modified organisms* (text or concept for each part, AND-ed).

    A word left alone after a label, that makes a label with the label's last words, is
    read as that second label (both AND-ed): ``tatuajes de henna negra`` is *tatuajes de
    henna* and *henna negra* (black henna, *henné noir*), not *tatuajes de henna* and
    *negra* (black) alone."""
    out: list[Item] = []
    at: dict[int, tuple[Item, int] | None] = {}  # each position's label, looked up once

    def label_at(j: int) -> tuple[Item, int] | None:
        if j not in at:
            at[j] = _label_at(words, j, expander, longest)
        return at[j]

    i = 0
    while i < len(words):
        found = label_at(i)
        if found is not None:
            out.append(found[0])
            start, i = i, found[1]
            if i < len(words) and label_at(i) is None:
                over = _overlapping_label(words, start, i, expander, longest)
                if over is not None:
                    out.append(over[0])
                    i = over[1]
        else:
            out.append(_with_also(Item(words[i], "term"), expander))
            i += 1
    return out


def _overlapping_label(
    words: list[str], start: int, end: int, expander: Expander, longest: int
) -> tuple[Item, int] | None:
    """The first label that starts inside ``words[start:end]`` (after its first word) and
    ends after ``end``, with the index after it; None when there is none."""
    for k in range(start + 1, end):
        over = _label_at(words, k, expander, longest)
        if over is not None and over[1] > end:
            return over
    return None


def _label_at(
    words: list[str], i: int, expander: Expander, longest: int = MAX_LABEL_WORDS
) -> tuple[Item, int] | None:
    """The longest label of two words or more that starts at ``words[i]``, as an item, and
    the index after it; None when none starts there."""
    for j in range(min(len(words), i + longest), i + 1, -1):
        text = " ".join(words[i:j])
        also = expander.alternatives(text)
        translated, native = _translations(text, expander, also)
        if also or translated or native:
            parts = tuple(w for w in words[i:j] if not expander.is_stopword(w))
            within = _broad_parts_as_text(_within(words[i:j], expander, translated=not also), also)
            translated, exact = _exact_translations(translated, expander)
            item = Item(
                text, "words", also, parts or (words[i],), within, translated, native,
                _text_langs(text, expander), exact,
            )  # fmt: skip
            return item, j
    return None


def _translations(
    text: str, expander: Expander, also: Alternatives
) -> tuple[Translations, Translations]:
    """The expander's translations of ``text``: none when ``text`` names something of the
    vocabulary (a concept or record type finds its records in every language; translating
    its words as well would find every passing mention: ``needs``, ``projects``) or the
    expander has no lexicon. Split in two: the translations, and the *native* ones, which are
    a stop word of another language (see :attr:`Item.native`)."""
    if also:
        names = _country_names(text, expander, also)
        senses = getattr(expander, "lexicon_translations", None)
        if names and senses is not None:  # French *Chili* is Chile, English *chili* ají
            names = tuple(dict.fromkeys((*names, *_respelt_translations(senses(text)))))
        return names, ()
    translate = getattr(expander, "translations", None)
    if translate is None:
        return (), ()
    found: Translations = _respelt_translations(translate(text))
    native = tuple(t for t in found if expander.is_stopword(t[1]))
    if not native:
        return found, ()
    return tuple(t for t in found if t not in native), native


def _country_names(text: str, expander: Expander, also: Alternatives) -> Translations:
    """A country's names in the other languages, when ``text`` names a country and nothing
    else (*Belgique* also finds English text that says *Belgium* and Spanish text that says
    *Bélgica*: a record is about a country it names, not only one it is tagged with); ``()``
    otherwise, or when the expander has no ``country_names``."""
    names = getattr(expander, "country_names", None)
    if names is None or any(name != "country" for name, _values in also):
        return ()
    typed = fold(text)
    return tuple(
        (lang, name)
        for _name, codes in also
        for code in codes
        for lang, name in names(code)
        if fold(name) != typed
    )


def _respelt_translations(found: Translations) -> Translations:
    """Translations with the other British or American spelling of each English one beside
    it (:func:`vocabulary.spelling.with_spellings`): a lexicon's *digitization* also finds
    English text that says *digitisation*."""
    if not any(lang == "en" for lang, _text in found):
        return found
    out = dict.fromkeys(found)
    for lang, text in found:
        if lang == "en":
            out.update(dict.fromkeys(("en", spelt) for spelt in with_spellings(text)))
    return tuple(out)


def _within(words: list[str], expander: Expander, translated: bool) -> tuple[Item, ...]:
    """The shorter labels of a label run, AND-ed, when one of them means something (else
    ``()``).

    When a shorter label names a topic (a concept, region or country), the others keep
    their translations: ``GMO labelling`` names the concept *GMO labelling*, and also finds a
    record about GMOs that says *étiquetage* (the topic anchors the words around it). When
    none does, inside a run that names something of the vocabulary the shorter labels add
    nothing (``report`` inside ``national report`` names only a record type, and every
    document saying *national* would answer); inside a run that is only a lexicon entry
    (``mercure poissons`` is *mercury in fish*) they keep their translations, so the run
    never finds less than its words typed apart."""
    inner = [
        item
        for item in _label_items(words, expander, len(words) - 1)
        if not (item.kind == "term" and not item.also and expander.is_stopword(item.text))
    ]
    if any(_names_topic(item) for item in inner):
        return tuple(inner)
    if not translated:
        return ()
    return tuple(inner) if any(item.also or _translated(item) for item in inner) else ()


BROAD_PART = 100
"""A part of a label run that means this many concepts or more, its narrower ones included,
names a whole root branch of the thesaurus (*biodiversity*: 129 concepts, *chemicals and
waste*: 167; the next largest, *ecosystems*, 68): see :func:`_broad_parts_as_text`."""


def _broad_parts_as_text(within: tuple[Item, ...], also: Alternatives) -> tuple[Item, ...]:
    """The shorter labels of a label run (:func:`_within`), a part that names a whole root
    branch of the thesaurus (:data:`BROAD_PART`) matched by its text only.

    The run names something narrower than the branch, several levels down or elsewhere:
    *soil biodiversity* is no kind of mangrove or butterfly, *biodiversity finance* no kind
    of invasive plant, yet the part *biodiversity* would find every record about any of the
    branch's concepts that also says *soil* or names funding. A part of a smaller branch
    keeps its meaning: *mountain ecosystems* still finds the high-Andean wetlands through
    *ecosystems* and *montaña*, *GMO detection* a record tagged GMOs that says *detection*."""
    if not within or not any(name == "concept" for name, _values in also):
        return within
    out = []
    for item in within:
        concepts = {v for name, values in item.also if name == "concept" for v in values}
        if len(concepts) >= BROAD_PART:
            item = replace(item, also=tuple((n, v) for n, v in item.also if n != "concept"))
        out.append(item)
    return tuple(out)


def _names_topic(item: Item) -> bool:
    """True when the item means a concept, region or country (not only a record type)."""
    return any(name != "type" for name, _values in item.also)


def _or_item(item: Item, expander: Expander) -> Item:
    """An item of an OR group or an exclusion with what it means: a label of several words
    joined by :func:`_labels_beside_or` comes with it already, any other gets
    :func:`_with_also`."""
    return item if item.kind == "words" else _with_also(item, expander)


def _with_also(item: Item, expander: Expander) -> Item:
    """A term or phrase with what it names, else its translations; prefixes match text
    only. A word typed alone with an elided article is read without it (:func:`_unelided`),
    what it names included."""
    item = _unelided(item)
    if item.kind == "prefix":
        return item
    also = expander.alternatives(item.text)
    translated, native = _translations(item.text, expander, also)
    translated, exact = _exact_translations(translated, expander)
    langs = _text_langs(item.text, expander)
    return Item(
        item.text,
        item.kind,
        also,
        translations=translated,
        native=native,
        text_langs=langs,
        exact=exact,
    )


def _text_langs(text: str, expander: Expander) -> tuple[str, ...]:
    """The languages whose text ``text`` is looked for in (:attr:`Item.text_langs`)."""
    localise = getattr(expander, "text_languages", None)
    return localise(text) if localise is not None else ()


def _translated(item: Item) -> bool:
    return bool(item.translations or item.native or item.exact)


def _exact_translations(
    translated: Translations, expander: Expander
) -> tuple[Translations, Translations]:
    """``translated`` split in two: those to look for stemmed, and those to look for as the
    word itself (:attr:`Item.exact`: the expander's ``stem_shared`` says its stem is another
    word's too)."""
    shared = getattr(expander, "stem_shared", None)
    if shared is None or not translated:
        return translated, ()
    exact = tuple(t for t in translated if shared(t[1], t[0]))
    if not exact:
        return translated, ()
    rest = tuple(t for t in translated if t not in exact)
    # the forms are looked for in subjects and text of unknown language too, which hold
    # English words: a French or Spanish form that is also one (French *retardants*) would
    # find English text that says it (*flame retardants* for a wildfire retardant)
    english = getattr(expander, "is_english_word", None)
    forms = (
        (lang, form)
        for lang, word in exact
        for _lang, form in inflections(lang, word)
        if lang == "en" or english is None or not english(form)
    )
    return rest, tuple(dict.fromkeys((*exact, *forms)))


def inflections(lang: str, word: str) -> tuple[tuple[str, str], ...]:
    """The regular gender and number forms of a one-word translation looked for as the word
    itself (:attr:`Item.exact`), which the stemmer would have joined: French *flottant* is
    also *flottante*, *flottants*, *flottantes* (a title on *écoles flottantes* is found
    for *floating schools*); Spanish *flotante* *flotantes*, *marino* *marinos* (not *marina*:
    *granado*, the tree, is no *granada*); English *tide* *tides*. Forms only, never another
    word's stem: each begins with the whole translation (or with it less a final *-z*)."""
    if not word.isalpha() or len(word) < 3:
        return ()
    low = word.lower()
    if lang == "fr":
        if low.endswith(("s", "x", "z")):
            forms: tuple[str, ...] = ()
        elif low.endswith("e"):
            forms = (word + "s",)
        else:
            forms = (word + "e", word + "s", word + "es")
    elif lang == "es":
        if low.endswith(("a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú")):
            forms = (word + "s",)
        elif low.endswith("s"):
            forms = ()
        elif low.endswith("z"):
            forms = (word[:-1] + "ces",)
        else:
            forms = (word + "es",)
    elif lang == "en":
        forms = (
            ()
            if low.endswith("s")
            else ((word + "es",) if low.endswith(("x", "ch", "sh")) else (word + "s",))
        )
    else:
        forms = ()
    return tuple((lang, f) for f in forms)


def _is_lone_stopword(group: tuple[Item, ...], expander: Expander) -> bool:
    return (
        len(group) == 1
        and group[0].kind == "term"
        and not group[0].also
        and not _translated(group[0])
        and expander.is_stopword(group[0].text)
    )


_DASH_REASON = "'-' must be followed by a word to exclude, e.g. -mercury"


def _scan(text: str) -> list[_Token]:
    """Split text into words, quoted phrases, operators and parentheses.

    A parenthesis groups at the start of a word (``(lead``, ``-(lead``) or at its end
    (``gold)``), unless it closes one opened inside the word: ``CO(2)`` and ``state(s)`` are
    words, as a parenthesis inside a word is (``a)b``)."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            tokens.append(_Token(ch, operator=ch))
            i += 1
            continue
        if ch == "+" and i + 1 < n and text[i + 1] == "(":  # +(a b): "+" asks nothing more
            i += 1
            continue
        negated = ch == "-" and i + 1 < n and not text[i + 1].isspace()
        start = i + 1 if negated else i
        if negated and text[start] == "(":
            tokens.append(_Token("(", negated=True, operator="("))
            i = start + 1
            continue
        if negated and text[start] == ")":
            raise InvalidQuery(_DASH_REASON, "dash_alone")
        if start < n and text[start] == '"':
            end = text.find('"', start + 1)
            if end < 0:
                raise InvalidQuery(
                    'unbalanced quote: a phrase opened with " is never closed', "unbalanced_quote"
                )
            tokens.append(
                _Token(_identifier_of(text[start + 1 : end]), quoted=True, negated=negated)
            )
            i = end + 1
            continue
        end = start
        while end < n and not text[end].isspace() and text[end] != '"':
            end += 1
        word, closing = _closing(text[start:end])
        word = _identifier_of(word)
        i = end
        worded = any(c.isalnum() for c in word)
        if word in ("OR", "AND", "NOT") and not negated:
            tokens.append(_Token(word, operator=word))
        elif word == "-" or (negated and not worded):
            raise InvalidQuery(_DASH_REASON, "dash_alone")  # -> and -: exclude no word
        elif worded or "*" in word:  # (a lone * says what it lacks)
            parts = [word] if negated else _LISTED.split(word)
            tokens.extend(_Token(part, negated=negated) for part in parts if part)
        # a word of punctuation or symbols only (->, &, 🐝) asks nothing: left out, so it is
        # never read as part of a label with the word after it
        tokens.extend(_Token(")", operator=")") for _ in range(closing))
    return tokens


_IDENTIFIER_URL = re.compile(
    r"^(?:https?://)?(?:dx\.)?doi\.org/(10\.\S+)$|^(?:https?://)?hdl\.handle\.net/(\S+)$",
    re.IGNORECASE,
)


def _identifier_of(word: str) -> str:
    """A DOI or handle pasted as its resolver's link, as the identifier records hold:
    ``https://doi.org/10.5281/zenodo.1`` is ``10.5281/zenodo.1``, ``hdl.handle.net/1765/1``
    ``1765/1`` (the link's ``https``, ``doi`` and ``org`` are in no record's identifiers)."""
    lowered = word.lower()
    if "doi.org/" not in lowered and "hdl.handle.net/" not in lowered:
        return word
    m = _IDENTIFIER_URL.match(word)
    return (m.group(1) or m.group(2)) if m else word


_LISTED = re.compile(r"(?<=[^\W\d_])[,;](?=[^\W\d_])")
"""A comma or semicolon between two letters lists words (``mercury,lead`` is mercury and
lead, as with a space); between digits it stays (``1,5``, read as the phrase *1 5*)."""


def _closing(word: str) -> tuple[str, int]:
    """``word`` without the closing parentheses at its end that group, and their number:
    ``("gold", 2)`` for ``gold))``, ``("CO(2)", 0)`` for ``CO(2)`` (it closes its own)."""
    body = word.rstrip(")")
    trailing = len(word) - len(body)
    if not trailing:
        return word, 0
    depth = 0
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    own = min(depth, trailing)
    return word[: len(body) + own], trailing - own


def _nest(tokens: list[_Token]) -> list[_Token]:
    """The tokens with each pair of parentheses as one token holding those inside it
    (:attr:`_Token.children`); refuse unbalanced or too deeply nested parentheses."""
    levels: list[list[_Token]] = [[]]
    opened: list[_Token] = []
    for token in tokens:
        if token.operator == "(":
            if len(opened) >= MAX_PAREN_DEPTH:
                raise InvalidQuery(
                    f"parentheses nested too deep (at most {MAX_PAREN_DEPTH} levels)",
                    "paren_depth",
                    max=MAX_PAREN_DEPTH,
                )
            opened.append(token)
            levels.append([])
        elif token.operator == ")":
            if not opened:
                raise InvalidQuery(
                    "unbalanced parentheses: a ) closes nothing; remove it or add the ( it closes",
                    "unbalanced_close",
                )
            children = levels.pop()
            group = _Token("(", negated=opened.pop().negated, children=children)
            levels[-1].append(group)
        else:
            levels[-1].append(token)
    if opened:
        raise InvalidQuery(
            "unbalanced parentheses: a ( is never closed; add the ) that closes it or remove it",
            "unbalanced_open",
        )
    return levels[0]


def _plain(token: _Token) -> bool:
    return (
        token.operator is None
        and not token.quoted
        and not token.negated
        and token.item is None
        and token.children is None
    )


def _label_at_start(words: list[str], expander: Expander) -> Item | None:
    """The label of several words that ``words`` start with, if any (:func:`_label_at`)."""
    found = _label_at(words, 0, expander) if len(words) > 1 else None
    return found[0] if found is not None else None


def _sides_of_or(tokens: list[_Token]) -> list[_Token]:
    """Two runs of plain words joined by one OR, each of two words or more, are the one
    run or the other, as if each were in parentheses: ``energía mareomotriz OR pasto
    sintético`` asks for tidal energy or artificial grass, not for *energía* and
    *sintético* with *mareomotriz* or *pasto* between them. A run of one word keeps OR's
    binding to the nearest word (``besoins riz OR curcuma``: needs for rice or turmeric;
    ``mercury Ghana OR Kenya``), and so does any other query (two ORs, quotes, exclusions,
    parentheses, AND): what a reader means there is less plain, and the words beside OR
    still join into one label when they make one (:func:`_labels_beside_or`)."""
    ors = [i for i, t in enumerate(tokens) if t.operator == "OR"]
    if len(ors) != 1:
        return tokens
    left, right = tokens[: ors[0]], tokens[ors[0] + 1 :]
    if min(len(left), len(right)) < SIDE_WORDS or not all(map(_plain, left + right)):
        return tokens
    return [_Token("(", children=left), tokens[ors[0]], _Token("(", children=right)]


SIDE_WORDS = 2
"""Words each side of a lone OR needs to be read as a whole (:func:`_sides_of_or`)."""


def _labels_beside_or(tokens: list[_Token], expander: Expander) -> list[_Token]:
    """OR binds to the nearest word, unless the words beside it make one label of several
    words (a concept, record type, region, country or lexicon entry): ``manioc OR pomme de
    terre`` is *manioc* or *pomme de terre*, not (*manioc* or *pomme*) and *terre*. The
    same for an exclusion: ``-Costa Rica`` excludes Costa Rica, not *Costa* while asking for
    *Rica*. The label's words become one token carrying the label's item."""
    out = list(tokens)
    i = 0
    while i < len(out):
        if out[i].negated and _plain(replace(out[i], negated=False)):
            # "-Costa Rica": the excluded word and the words after it, when they are a label
            words = [out[i].text]
            for t in out[i + 1 : i + MAX_LABEL_WORDS]:
                if not _plain(t):
                    break
                words.append(t.text)
            item = _label_at_start(words, expander)
            if item is not None:
                n = len(item.text.split(" "))
                out[i : i + n] = [_Token(item.text, negated=True, item=item)]
            i += 1
            continue
        if out[i].operator != "OR":
            i += 1
            continue
        # the words after OR: the longest label that starts right after it
        after = []
        for t in out[i + 1 : i + 1 + MAX_LABEL_WORDS]:
            if not _plain(t):
                break
            after.append(t.text)
        item = _label_at_start(after, expander)
        if item is not None:
            out[i + 1 : i + 1 + len(item.text.split(" "))] = [_Token(item.text, item=item)]
        # the words before OR: the longest label that ends right before it
        before: list[str] = []
        for t in reversed(out[max(0, i - MAX_LABEL_WORDS) : i]):
            if not _plain(t):
                break
            before.insert(0, t.text)
        for start in range(len(before) - 1):  # longest first
            span = before[start:]
            item = _label_at_start(span, expander)
            if item is not None and len(item.text.split(" ")) == len(span):
                first = i - len(span)
                out[first:i] = [_Token(item.text, item=item)]
                i = first + 1
                break
        i += 1
    return out


def _consume(state: _State, token: _Token) -> None:
    """Add one scanned token to the AND-of-ORs being built."""
    if token.operator == "OR":
        if state.pending_or or state.pending_not or not state.groups:
            raise InvalidQuery(_OR_REASON, "or_position")
        state.pending_or = True
        return
    state.last_plain, was_plain = False, state.last_plain
    if token.operator == "AND":
        if state.pending_or or state.pending_not:
            raise InvalidQuery("AND cannot follow OR or NOT", "and_position")
        return
    if token.operator == "NOT":
        if state.pending_or or state.pending_not:
            raise InvalidQuery("NOT cannot follow OR or NOT", "not_position")
        state.pending_not = True
        return
    item: Part | None = _item(token)
    if token.sub is not None:  # parentheses: what they hold, None when nothing
        item = None if token.sub.is_empty else token.sub
    negated = token.negated or state.pending_not
    state.pending_not = False
    if negated:
        if state.pending_or:
            raise InvalidQuery("an excluded word cannot be part of OR", "excluded_in_or")
        if isinstance(item, ParsedText):
            state.sub_excluded.extend(_excluded_group(item))
        elif item is not None:
            state.excluded.append(item)
        return
    if state.pending_or:
        state.pending_or = False
        if item is not None:
            state.groups[-1].append(item)
        return
    if item is not None:
        state.groups.append([item])
        state.linked.append(was_plain)
        state.last_plain = isinstance(item, Item) and item.kind == "term" and not token.quoted


def _excluded_group(sub: ParsedText) -> tuple[Item, ...]:
    """The items excluded by ``-( ... )`` or ``NOT ( ... )``: those of its one OR-group
    (``-(lead OR gold)`` is ``-lead -gold``); anything else is no exclusion of items."""
    if len(sub.groups) > 1 or sub.excluded:
        raise InvalidQuery(
            "only a word, a phrase or words joined by OR can be excluded: -(lead OR gold) "
            "excludes both, -(lead gold) cannot be said",
            "excluded_group",
        )
    return sub.groups[0] if sub.groups else ()


def _item(token: _Token) -> Item | None:
    """The search item for a word or phrase; None when it has no letter or digit."""
    text = token.text
    if token.item is not None:
        return token.item
    if token.quoted:
        return Item(text.strip(), "phrase") if _WORD_CHAR.search(text) else None
    text = text.lstrip("+")
    if text.endswith("*"):
        stem = text.rstrip("*")
        letters = len(_WORD_CHAR.findall(stem))
        if letters < MIN_PREFIX_CHARS:
            raise InvalidQuery(
                f"'{text[:40]}': type at least {MIN_PREFIX_CHARS} letters before *, e.g. merc*",
                "prefix_short",
                word=text[:40],
                n=MIN_PREFIX_CHARS,
            )
        return Item(stem, "prefix")
    return Item(text, "term") if _WORD_CHAR.search(text) else None


# --- dates ------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by an ISO date of any precision (``2019``, ``2019-07``,
    ``2019-07-15``, or a datetime); None when ``value`` is not such a date."""
    m = _DATE_RE.match(value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        first = dt.date(year, int(month), int(day) if day else 1)
        if day:
            return first, first
        nxt = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    except ValueError:
        return None


def date_int(day: dt.date) -> int:
    """A date as the sortable integer yyyymmdd."""
    return day.year * 10000 + day.month * 100 + day.day


def query_date(value: str, *, end: bool) -> int:
    """``date_from`` / ``date_to`` as yyyymmdd (``end`` picks the last day of a year/month).

    Raises:
        InvalidQuery: the value is not an ISO date.
    """
    bounds = date_bounds(value)
    if bounds is None:
        raise InvalidQuery(f"'{value[:40]}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return date_int(bounds[1] if end else bounds[0])


# --- cursors ------------------------------------------------------------------------------------


def search_key(query: SearchQuery) -> str:
    """What a cursor is made for: a digest of the query's text, filters, ranges and sort
    (not its page size, facets or language, which a next page may change)."""
    what = [
        query.text, sorted((k, sorted(v)) for k, v in query.filters.items()),
        query.year_from, query.year_to, query.date_from, query.date_to, query.sort,
    ]  # fmt: skip
    raw = json.dumps(what, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.blake2b(raw, digest_size=6).hexdigest()


def encode_cursor(data: dict[str, Any], query: SearchQuery | None = None) -> str:
    """An opaque, URL-safe cursor string for ``data``, tied to ``query`` when given
    (:func:`search_key`)."""
    if query is not None:
        data = {**data, "q": search_key(query)}
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, query: SearchQuery | None = None) -> dict[str, Any]:
    """Inverse of :func:`encode_cursor`; check it was made for the same ``sort``, and for
    ``query``'s search when given.

    Raises:
        InvalidQuery: the cursor is damaged, belongs to another sort order or (code
            ``cursor_other_search``) to another search: its position means nothing here.
    """
    bad = InvalidQuery(BAD_CURSOR)
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad from None
    if not isinstance(data, dict) or data.get("s") != sort:
        raise bad
    if query is not None and "q" in data and data["q"] != search_key(query):
        raise InvalidQuery(OTHER_SEARCH_CURSOR, "cursor_other_search")
    return data


# --- the rest of the query --------------------------------------------------------------------


def check_query(query: SearchQuery) -> None:
    """Check the non-text parts of a query; raise :class:`InvalidQuery` with a plain reason."""
    if query.sort not in SORTS:
        raise InvalidQuery(f"unknown sort '{query.sort}'; use one of {', '.join(SORTS)}")
    if not 0 <= query.limit <= MAX_LIMIT:
        raise InvalidQuery(f"limit must be between 0 and {MAX_LIMIT}")
    if query.offset < 0:
        raise InvalidQuery("offset cannot be negative")
    if query.offset + query.limit > MAX_WINDOW:
        raise InvalidQuery(
            f"offset + limit cannot exceed {MAX_WINDOW}; follow next_cursor to page deeper",
            "beyond_window",
            max=MAX_WINDOW,
        )
    if query.facet_size < 1:
        raise InvalidQuery("facet_size must be at least 1")
    for name in (*query.filters, *query.facets):
        if name not in FACET_FIELDS:
            raise InvalidQuery(f"unknown field '{name}'; use one of {', '.join(FACET_FIELDS)}")
    for value in query.filters.get("year", ()):
        if not str(value).strip().lstrip("-").isdigit():
            raise InvalidQuery(f"year filter '{value}' is not a year")


@functools.lru_cache(maxsize=4096)
def fold_lang(tag: str) -> str:
    """Primary language subtag of a BCP 47 / ISO 639 tag: ``"fr-CA"`` -> ``"fr"``
    (remembered: highlighting asks for every language tag of every hit)."""
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return _THREE_LETTER.get(primary, primary)


_THREE_LETTER = {"eng": "en", "fra": "fr", "fre": "fr", "spa": "es"}


def with_cognates(expander: Expander | None, known: Callable[[str, str], bool]) -> Expander | None:
    """``expander`` told which words the index holds (``known(language, word)``), so that
    it can offer cognate forms of words it cannot translate (an expander with a
    ``with_corpus(known)`` method: :meth:`vocabulary.search.QueryExpander.with_corpus`);
    any other expander, or None, as it is. Every backend calls it per search with its own
    look-up (tantivy form by form; a cluster through :func:`parse_with_corpus`, one request
    for all forms); the parse stays shared."""
    attach = getattr(expander, "with_corpus", None)
    return expander if attach is None else attach(known)


MAX_CORPUS_ROUNDS = 3
"""Parses of :func:`parse_with_corpus` at most (two are the rule: every form a parse can ask
about is asked by the first one, answered by one look-up, used by the second)."""
CorpusLookUp = Callable[[Sequence[tuple[str, str]]], Collection[tuple[str, str]]]
"""Given ``(language, word)`` pairs, those the index holds in the text of that language."""


def parse_with_corpus(text: str, expander: Expander | None, look_up: CorpusLookUp) -> ParsedText:
    """:func:`parse_text` with cognate forms (:func:`with_cognates`) for a backend that asks
    its index in batches, one request for every form a query may need (a cluster: one
    round trip instead of one per form), with the same result as asking form by form.

    The parse is first run with every form unknown, which asks about every candidate (an
    expander stops asking a language once it has kept enough of its forms, so a parse that
    finds none asks the most); ``look_up`` answers them all at once and the parse runs
    again on those answers (unless none is held: then the first parse stands). Should that
    second parse ask something new, it is looked up too (at most :data:`MAX_CORPUS_ROUNDS`
    parses; then a form never looked up is absent).
    A query that asks nothing (no word left untranslated into two languages,
    ``CHM_COGNATES=off``, an expander without cognates) is parsed once and looks nothing
    up."""
    answers: dict[tuple[str, str], bool] = {}
    missing: dict[tuple[str, str], None] = {}  # asked by the last parse, not yet looked up

    def known(lang: str, word: str) -> bool:
        got = answers.get((lang, word))
        if got is None:
            missing[(lang, word)] = None
            return False
        return got

    for attempt in range(MAX_CORPUS_ROUNDS):
        missing.clear()
        parsed = parse_text(text, with_cognates(expander, known))
        if not missing or attempt == MAX_CORPUS_ROUNDS - 1:
            break
        found = look_up(tuple(missing))
        if not found:
            break  # the parse assumed every form absent, and so they are: it stands
        answers.update({pair: pair in found for pair in missing})
    return parsed
