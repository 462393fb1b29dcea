"""chm's query model -> Elasticsearch request bodies, and responses -> chm results (pure).

Where it sits in the flow: ``search_api`` builds a :class:`~index.base.SearchQuery`;
:class:`index.elasticsearch_.ElasticsearchIndex` calls :func:`build_search` for the request
body, sends it, and turns the response into a :class:`~index.base.SearchResult` with
:func:`parse_response`. Writes use :func:`to_document`; indices are created from
:func:`index_template`. Nothing here opens a connection, so every body this backend can send is
tested without a cluster (``tests/index/test_es_query.py``, golden files).

Semantics follow the embedded tantivy backend: the user's text is parsed by
:func:`index.query.parse_text` (the same grammar and the same :class:`InvalidQuery` reasons),
then translated clause by clause. Terms are AND-ed; an item matches when any per-language title
or description field, ``subjects`` or ``names`` (creators, publisher, identifiers) matches it
(``multi_match`` best field wins, titles boosted); ``"phrases"`` are ``phrase`` multi-matches;
``prefix*`` is an analysed ``simple_query_string`` prefix (no 50-term expansion cap, stemmed
like the field); ``-exclusion`` goes to ``bool.must_not``. What an item also means (its
concepts with their narrower and equivalent ones, a record type, region or country:
``Item.also``, from the query's expander) is OR-ed with that item's text as ``constant_score``
``terms`` clauses, so expansion is per term: AND, phrases and exclusions keep their meaning.
Label runs (``words`` items) AND their words. A word's translations (``Item.translations``,
from the expander's lexicon) are ``phrase`` multi-matches on the fields of their own language,
the fields of unknown language and ``subjects``, weighted below the word. Filters never change
scores: they go to ``bool.filter``. Cognate forms of words no dictionary translates are
translations too, kept when the index holds them in that language's text: the backend asks for
all of a query's forms in one ``size: 0`` request (:func:`known_words_search`) before it builds
the search, as the embedded index looks each up (:func:`index.query.parse_with_corpus`).

Paging: ``from``/``size`` for the first pages; a ``next_cursor`` (opaque base64 JSON: the sort,
the last hit's sort values and, once opened, the point-in-time id) continues with
``search_after`` over a point in time (PIT). PIT pages sort on an explicit ``_shard_doc``
tiebreaker after chm's own ``id`` tiebreaker, so the sort is total and a cursor made without a
PIT (2 values) can continue under one (3 values: the missing one is padded with the largest
long, which never excludes another document because ``id`` is unique).

Two servers speak this REST API: Elasticsearch and OpenSearch (:mod:`index.opensearch_`). What
differs between them in a request body is a :class:`Dialect`: OpenSearch 2.x has no
``_shard_doc`` sort, so its PIT pages sort on ``id`` alone (already total: ids are unique).
Everything else (template, analysers, queries, aggregations, highlights) is the same body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from index.base import (
    FIELD_STOPWORDS,
    ConceptAncestors,
    Hit,
    InvalidQuery,
    SearchQuery,
    SearchResult,
    indexed_concepts,
    record_names,
    tie_key,
)
from index.query import (
    BAD_CURSOR,
    Item,
    ParsedText,
    check_query,
    date_bounds,
    date_int,
    decode_cursor,
    encode_cursor,
    fold_lang,
    loose_segments,
    parse_text,
    query_date,
)

TEMPLATE_VERSION = 7
"""Bump when the template changes; then run ``chm reindex`` (a new versioned index).
2: the ``eligible`` keyword field (:data:`ADDED_FIELDS`); 3: analysers equal to tantivy's
(tokenizer, Snowball stemmers: :func:`analysis_settings`); 4: the ``names`` text field
(creators, publisher, identifiers: :func:`index.base.record_names`) and the ``tie`` long
(records of the same date in the order tantivy gives them: :func:`index.base.tie_key`), and
``title_all`` (every title folded, unstemmed, as tantivy's: a prefix or a word finds a title
whatever its language tag); 5: each language's stop words left out of its stemmed fields,
before accents are folded (:data:`index.base.FIELD_STOPWORDS`, as tantivy); 6: English
*does* and Spanish *entre* among them; 7: Spanish *cuyo*, *hay*, *están*, *menos*, *más*,
*son*, *sea*, French
*moins*, English *several* and *many* too."""

LANGS: tuple[str, ...] = ("en", "fr", "es")
"""Languages with their own stemmed fields; every other language goes to ``*_other``."""

TITLE_BOOST = 2.0
SUBJECT_BOOST = 1.5
TIE_BREAKER = 0.2
ALSO_SCORE = 1.0
TRANSLATION_WEIGHT = 0.5
"""A match through a word's translation scores this share of a match of the word itself
(as ``index.tantivy_.TRANSLATION_WEIGHT``)."""
"""Score of a match through what a word means rather than its text (as tantivy's)."""
SNIPPET_CHARS = 240
PIT_KEEP_ALIVE = "2m"
MAX_FACET_SIZE = 5_000
SHARD_DOC_MAX = 2**63 - 1
"""Pads a cursor made without a PIT: sorts after every real ``_shard_doc`` value."""

KEYWORD_FIELDS: tuple[str, ...] = (
    "id", "type", "country", "region", "language", "concept", "node", "status",
    "publisher_country", "eligible",
)  # fmt: skip
FOLDED_TEXT: dict[str, Any] = {"type": "text", "analyzer": "chm_folded", "index_options": "offsets"}
"""A folded text field of no language (``names``, ``title_all``)."""
ADDED_FIELDS: dict[str, dict[str, Any]] = {
    "eligible": {"type": "keyword"}, "names": FOLDED_TEXT, "tie": {"type": "long"},
    "title_all": FOLDED_TEXT,
}  # fmt: skip
"""Fields added since template version 1: put into an older index's mapping when a backend
connects (adding a field is allowed; a strict mapping would refuse the new documents), so
writes keep working until ``chm reindex`` fills them in the older documents too."""
TEXT_PARTS: tuple[str, ...] = ("title", "description")
_SIMPLE_WORD = re.compile(r"^\w+$", re.UNICODE)


def lang_suffix(tag: str) -> str:
    """The field suffix for a language tag: ``"fr-CA"`` -> ``"fr"``, ``"pt"`` -> ``"other"``."""
    lang = fold_lang(tag)
    return lang if lang in LANGS else "other"


def text_fields(langs: tuple[str, ...] = ()) -> list[str]:
    """Full-text fields with their boosts, as ``multi_match`` takes them: of every language,
    or of ``langs`` only (:attr:`Item.text_langs`) besides unknown language and subjects."""
    suffixes = (*(lang for lang in LANGS if not langs or lang in langs), "other")
    return [
        *(f"title_{s}^{TITLE_BOOST:g}" for s in suffixes),
        # every title folded, unstemmed (tantivy's ``title_all``): not for a word of some
        # languages only, which tantivy does not look for there either
        *(() if langs else (f"title_all^{TITLE_BOOST:g}",)),
        *(f"description_{s}" for s in suffixes),
        f"subjects^{SUBJECT_BOOST:g}",
        "names",
    ]


# --- the index template ------------------------------------------------------------------------


TOKEN_PATTERN = r"[^\p{IsAlphabetic}\p{Nd}\p{Nl}\p{No}]+"
"""Where the tokenizer splits: at every character that is neither a letter nor a digit, as
tantivy's ``simple`` tokenizer does (Rust's ``char::is_alphanumeric``: the Unicode Alphabetic
property or a numeric category). The ``standard`` tokenizer kept ``l'eau``, ``3.5``,
``covid_19`` whole where tantivy splits them, so the two backends matched different records."""
MAX_TOKEN_CHARS = 64
"""Longer tokens are dropped (tantivy's ``remove_long``: fewer than 64 bytes kept)."""

STEMMERS: dict[str, str] = {"en": "English", "fr": "French", "es": "Spanish"}
"""Snowball stemmers, the algorithms tantivy's analysers use (Porter2 for English): the
``english`` (Porter) and ``light_*`` stemmers stem differently (``contaminados`` /
``contaminación``, ``agricultura`` / ``agriculture``), so totals differed between backends."""


def analysis_settings() -> dict[str, Any]:
    """Analysers equal to tantivy's (:mod:`index.tantivy_`): split on non-alphanumerics, drop
    long tokens, lowercase, ASCII folding, then a Snowball stemmer per language (no stop
    words, no elision: tantivy keeps ``l`` of ``l'eau`` as a word too)."""
    return {
        "tokenizer": {"chm_words": {"type": "pattern", "pattern": TOKEN_PATTERN}},
        "filter": {
            "chm_long": {"type": "length", "max": MAX_TOKEN_CHARS - 1},
            **{
                f"chm_stem_{lang}": {"type": "snowball", "language": name}
                for lang, name in STEMMERS.items()
            },
            **{
                f"chm_stop_{lang}": {"type": "stop", "stopwords": list(FIELD_STOPWORDS[lang])}
                for lang in STEMMERS
            },
            **{
                f"chm_es_{end}": {
                    "type": "pattern_replace",
                    "pattern": f"{end}on$",
                    "replacement": f"{end}ón",
                }
                for end in ("aci", "uci")
            },
        },
        "analyzer": {
            "chm_en": _custom("chm_stem_en", stop="chm_stop_en"),
            "chm_fr": _custom("chm_stem_fr", stop="chm_stop_fr"),
            # tantivy's Spanish stemmer strips a folded -acion / -ucion as Snowball's strips
            # -ación / -ución: put the accent back for the stemmer, fold what it leaves
            "chm_es": _custom(
                "chm_es_aci", "chm_es_uci", "chm_stem_es", "asciifolding", stop="chm_stop_es"
            ),
            "chm_folded": _custom(),
        },
    }


def _custom(*filters: str, stop: str | None = None) -> dict[str, Any]:
    """A custom analyser on :data:`TOKEN_PATTERN`; ``stop``: the stop filter of a stemmed
    field's language, before accents are folded, as tantivy's (the folded fields keep every
    word)."""
    return {
        "type": "custom",
        "tokenizer": "chm_words",
        "filter": ["chm_long", "lowercase", *((stop,) if stop else ()), "asciifolding", *filters],
    }


def mappings() -> dict[str, Any]:
    """Field mappings (``dynamic: strict``: an unexpected field is a bug, not a new field)."""
    props: dict[str, Any] = {name: {"type": "keyword"} for name in KEYWORD_FIELDS}
    for part in TEXT_PARTS:
        for suffix in (*LANGS, "other"):
            analyzer = f"chm_{suffix}" if suffix in LANGS else "chm_folded"
            # offsets in the postings make highlighting long descriptions cheap
            props[f"{part}_{suffix}"] = {
                "type": "text",
                "analyzer": analyzer,
                "index_options": "offsets",
            }
    props["subjects"] = FOLDED_TEXT
    props["names"] = FOLDED_TEXT
    props["title_all"] = FOLDED_TEXT  # every title, folded and unstemmed
    props["year"] = {"type": "integer"}
    props["date_sort"] = {"type": "long"}  # yyyymmdd of the first day the date covers
    props["seq"] = {"type": "long"}
    props["tie"] = {"type": "long"}  # index.base.tie_key: the order within a date
    props["doc"] = {"type": "object", "enabled": False}  # the record JSON, returned in hits
    return {
        "dynamic": "strict",
        "_meta": {"chm_template_version": TEMPLATE_VERSION, "last_seq": 0},
        "properties": props,
    }


def index_template(name_pattern: str, *, shards: int = 1, replicas: int = 1) -> dict[str, Any]:
    """The composable index template body (``PUT _index_template/<name>``).

    Args:
        name_pattern: index pattern the template applies to, e.g. ``"chm-records-v*"``.
        shards: primary shards per index (see docs/elasticsearch.md for sizing).
        replicas: replica copies of each primary.

    Returns:
        ``{"index_patterns", "priority", "version", "_meta", "template"}``.
    """
    return {
        "index_patterns": [name_pattern],
        "priority": 200,
        "version": TEMPLATE_VERSION,
        "_meta": {"description": "chm records (docs/elasticsearch.md)", "managed_by": "chm"},
        "template": {
            "settings": {
                "index": {
                    "number_of_shards": shards,
                    "number_of_replicas": replicas,
                    "max_result_window": 10_000,
                },
                "analysis": analysis_settings(),
            },
            "mappings": mappings(),
        },
    }


# --- documents ---------------------------------------------------------------------------------


def to_document(
    record: dict[str, Any], seq: int | None = None, ancestors: ConceptAncestors | None = None
) -> dict[str, Any]:
    """The Elasticsearch document for one record (``Record.to_dict()`` output).

    Args:
        record: the record as JSON data; it is stored whole in ``doc`` and returned in hits.
        seq: the store change sequence of this version of the record, if known.
        ancestors: adds every broader concept to ``concept`` (facet counts equal filtered
            totals, as in tantivy; :func:`index.base.indexed_concepts`).
    """
    doc: dict[str, Any] = {
        "id": record["id"],
        "node": record.get("node"),
        "type": record.get("type"),
        "country": list(record.get("countries") or []),
        "region": list(record.get("regions") or []),
        "language": list(record.get("languages") or []),
        "concept": indexed_concepts(
            [*(record.get("concepts") or []), *(record.get("concepts_inferred") or [])],
            ancestors,
        ),
        "subjects": list(record.get("subjects") or []),
        "status": record.get("status"),
        "publisher_country": record.get("publisher_country"),
        "eligible": list(record.get("eligible") or []),
        "names": record_names(record),
        "title_all": list((record.get("title") or {}).values()),
        "tie": tie_key(str(record["id"])),
    }
    for part in TEXT_PARTS:
        values = record.get(part) or {}
        for tag, text in values.items():
            doc.setdefault(f"{part}_{lang_suffix(tag)}", []).append(text)
    date = record.get("date")
    if isinstance(date, str) and len(date) >= 4 and date[:4].isdigit():
        doc["year"] = int(date[:4])  # as Record.year
    bounds = date_bounds(date) if isinstance(date, str) else None
    if bounds is not None:
        doc["date_sort"] = date_int(bounds[0])
    if seq is not None:
        doc["seq"] = seq
    doc["doc"] = record
    return doc


# --- search request ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Dialect:
    """What differs between the servers this module writes bodies for."""

    name: str
    shard_doc: bool  # PIT pages end their sort with ``_shard_doc`` (Elasticsearch only)


ELASTICSEARCH = Dialect("elasticsearch", shard_doc=True)
OPENSEARCH = Dialect("opensearch", shard_doc=False)


@dataclass(frozen=True)
class Cursor:
    """A decoded ``next_cursor``: the last hit's sort values and the PIT id, if one is open."""

    values: list[Any]
    pit_id: str | None = None


def read_cursor(query: SearchQuery, dialect: Dialect = ELASTICSEARCH) -> Cursor | None:
    """Decode ``query.search_after``; None without a cursor.

    Raises:
        InvalidQuery: damaged cursor, or made for another sort order.
    """
    if not query.search_after:
        return None
    data = decode_cursor(query.search_after, query.sort, query)
    values, pit = data.get("a"), data.get("p")
    base = len(sort_clause(query.sort, pit=False))
    if (
        not isinstance(values, list)
        or not (pit is None or isinstance(pit, str))
        # Elasticsearch PIT pages carry the _shard_doc value
        or len(values) != base + (pit is not None and dialect.shard_doc)
        or not all(v is None or isinstance(v, str | int | float) for v in values)
    ):
        raise InvalidQuery(BAD_CURSOR)
    return Cursor(values, pit)


def sort_clause(sort: str, *, pit: bool, dialect: Dialect = ELASTICSEARCH) -> list[dict[str, Any]]:
    """Sort keys: relevance, or date (undated last both ways) then the id's hash in the same
    direction (:func:`index.base.tie_key`: records of one date in tantivy's order), then
    ``id`` so the order is total; under an Elasticsearch PIT, ``_shard_doc`` last (explicit,
    so the values' count is known)."""
    if sort == "relevance":
        keys: list[dict[str, Any]] = [{"_score": {"order": "desc"}}]
    else:
        order = "asc" if sort == "date" else "desc"
        keys = [
            {"date_sort": {"order": order, "missing": "_last"}},
            {"tie": {"order": order, "missing": "_last"}},
        ]
    keys.append({"id": {"order": "asc"}})
    if pit and dialect.shard_doc:
        keys.append({"_shard_doc": {"order": "asc"}})
    return keys


def build_search(
    query: SearchQuery,
    pit_id: str | None = None,
    dialect: Dialect = ELASTICSEARCH,
    parsed: ParsedText | None = None,
) -> dict[str, Any]:
    """The ``_search`` request body for a query.

    Args:
        query: chm's query; its ``search_after`` cursor (if any) is decoded here.
        pit_id: the point in time to search (cursor pages); then the body has ``pit`` and the
            request must not name an index.
        dialect: the server's (:data:`ELASTICSEARCH` or :data:`OPENSEARCH`).
        parsed: the query's text already parsed (with the cognate forms the index holds:
            :func:`index.query.parse_with_corpus`, :func:`known_words_search`); parsed here
            with ``query.expander`` when None.

    Raises:
        InvalidQuery: anything in the query that cannot be searched, in plain words.
    """
    check_query(query)
    if query.facet_size > MAX_FACET_SIZE:
        raise InvalidQuery(f"facet_size cannot exceed {MAX_FACET_SIZE}")
    if parsed is None:
        parsed = parse_text(query.text, query.expander)
    cursor = read_cursor(query, dialect)
    body: dict[str, Any] = {
        "query": _full_query(query, parsed),
        "sort": sort_clause(query.sort, pit=pit_id is not None, dialect=dialect),
        "track_total_hits": True,
        "_source": ["doc"],
    }
    if cursor is None:
        body["from"] = query.offset
        body["size"] = query.limit
    else:
        body["search_after"] = (
            _after_values(cursor, pit_id) if dialect.shard_doc else list(cursor.values)
        )
        body["size"] = query.limit + 1 if query.limit else 0  # one more: is there a next page?
    if pit_id is not None:
        body["pit"] = {"id": pit_id, "keep_alive": PIT_KEEP_ALIVE}
    if query.facets:
        body["aggs"] = facet_aggs(query)
    if query.highlight and query.limit and parsed.groups:
        body["highlight"] = highlight_clause(parsed)
    return body


def _after_values(cursor: Cursor, pit_id: str | None) -> list[Any]:
    """``search_after`` values fitted to this request's sort (with or without a PIT)."""
    values = list(cursor.values)
    if pit_id is None:
        return values[:-1] if cursor.pit_id is not None else values
    if cursor.pit_id is None:
        return [*values, SHARD_DOC_MAX]
    if cursor.pit_id != pit_id:  # a fresh PIT: the old shard/doc position means nothing here
        values[-1] = SHARD_DOC_MAX
    return values


def _full_query(query: SearchQuery, parsed: ParsedText) -> dict[str, Any]:
    """Text as scoring clauses; filters and ranges in ``bool.filter``."""
    bool_q: dict[str, Any] = {}
    text = text_query(parsed)
    if text is not None:
        bool_q["must"] = [text]
    filters = filter_clauses(query)
    if filters:
        bool_q["filter"] = filters
    return {"bool": bool_q} if bool_q else {"match_all": {}}


def filter_clauses(query: SearchQuery) -> list[dict[str, Any]]:
    """Facet filters (``terms``: OR within a field, AND across) and the year and date ranges."""
    out: list[dict[str, Any]] = []
    for name, values in query.filters.items():
        if not values:
            continue
        if name == "year":
            out.append({"terms": {"year": [int(str(v).strip()) for v in values]}})
        else:
            out.append({"terms": {name: [str(v) for v in values]}})
    years = _range(query.year_from, query.year_to)
    if years:
        out.append({"range": {"year": years}})
    lo = query_date(query.date_from, end=False) if query.date_from else None
    hi = query_date(query.date_to, end=True) if query.date_to else None
    dates = _range(lo, hi)
    if dates:
        out.append({"range": {"date_sort": dates}})
    return out


def _range(lo: int | None, hi: int | None) -> dict[str, int]:
    bounds = {}
    if lo is not None:
        bounds["gte"] = lo
    if hi is not None:
        bounds["lte"] = hi
    return bounds


def text_query(parsed: ParsedText, *, with_exclusions: bool = True) -> dict[str, Any] | None:
    """AND of the OR-groups, minus the excluded items; None for empty text."""
    if parsed.is_empty:
        return None
    bool_q: dict[str, Any] = {
        "must": [group_query(g) for g in parsed.groups] or [{"match_all": {}}]
    }
    if with_exclusions and parsed.excluded:
        bool_q["must_not"] = [item_query(item) for item in parsed.excluded]
    return {"bool": bool_q}


def group_query(group: tuple[Item, ...]) -> dict[str, Any]:
    """One item, or a disjunction of items joined by OR."""
    if len(group) == 1:
        return item_query(group[0])
    return {"bool": {"should": [item_query(i) for i in group], "minimum_should_match": 1}}


def item_query(item: Item) -> dict[str, Any]:
    """The item's text, or one of the keyword values it also means (constant score)."""
    text = item_text_query(item)
    also = [
        {"constant_score": {"filter": {"terms": {name: list(values)}}, "boost": ALSO_SCORE}}
        for name, values in item.also
        if values and name in KEYWORD_FIELDS
    ]
    if item.within:
        also.append({"bool": {"must": [item_query(i) for i in item.within]}})
    also.extend(translation_query(lang, words) for lang, words in item.translations)
    also.extend(translation_query(lang, words, native=True) for lang, words in item.native)
    also.extend(translation_query(lang, words, exact=True) for lang, words in item.exact)
    if not also:
        return text
    return {"bool": {"should": [text, *also], "minimum_should_match": 1}}


def translation_query(
    lang: str, text: str, *, native: bool = False, exact: bool = False
) -> dict[str, Any]:
    """A translation (:attr:`Item.translations`) as a phrase in the title and description of
    its language, of records of unknown language and in subjects (a ``native`` one,
    :attr:`Item.native`, in its language only; an ``exact`` one, :attr:`Item.exact`, as the
    word itself in every title, in text of unknown language and in subjects, all
    unstemmed), weighted below the word; its articles and *of* words may come and go
    (:func:`~index.query.loose_segments`, as tantivy does)."""
    if native and lang not in LANGS:
        return {"match_none": {}}
    if exact:
        suffixes: tuple[str, ...] = ("all", "other")
    else:
        suffixes = ((lang,) if lang in LANGS else ()) + (() if native else ("other",))
    fields = [
        *(f"title_{s}^{TITLE_BOOST * TRANSLATION_WEIGHT:g}" for s in suffixes),
        *(f"description_{s}^{TRANSLATION_WEIGHT:g}" for s in suffixes if s != "all"),
        *(() if native else (f"subjects^{SUBJECT_BOOST * TRANSLATION_WEIGHT:g}",)),
    ]
    runs = loose_segments(text)
    if len(runs) == 1:
        return {"multi_match": {"query": runs[0][0], "fields": fields, "type": "phrase"}}
    # articles and *of* words left out: each run as it stands, in order, and where n words
    # were left out a gap of at most 2 n positions (tantivy's exact phrases, one per gap;
    # a sloppy phrase would also take words swapped); the best field scores, as a phrase
    # multi_match's best_fields does
    rule = _runs_rule(runs)
    per_field = []
    for spec in fields:
        name, _, boost = spec.partition("^")
        per_field.append({"intervals": {name: {**rule, "boost": float(boost or 1)}}})
    return {"dis_max": {"queries": per_field}}


def _runs_rule(runs: tuple[tuple[str, int], ...]) -> dict[str, Any]:
    """The intervals rule of :func:`~index.query.loose_segments`' runs: each run's words
    next to each other in order (``max_gaps`` 0), runs in order with at most ``2 n``
    positions between a run and the one before it (nested, so each place keeps its own
    bound)."""
    rule: dict[str, Any] = {"match": {"query": runs[0][0], "max_gaps": 0, "ordered": True}}
    for text, left_out in runs[1:]:
        nxt = {"match": {"query": text, "max_gaps": 0, "ordered": True}}
        rule = {"all_of": {"intervals": [rule, nxt], "ordered": True, "max_gaps": 2 * left_out}}
    return rule


def item_text_query(item: Item) -> dict[str, Any]:
    """The words of a label run AND-ed (each as :func:`word_query`); else the item."""
    langs = item.text_langs
    if item.kind == "words" and len(item.words) > 1:
        return {"bool": {"must": [word_query(Item(w, text_langs=langs)) for w in item.words]}}
    if item.kind == "words":
        return word_query(Item(item.words[0], text_langs=langs))
    return word_query(item)


def word_query(item: Item) -> dict[str, Any]:
    """One word, phrase or prefix in any full-text field, each analysing it its own way.

    A word that the analysers split (``covid-19``) is searched as a phrase, as tantivy does.
    A word with :attr:`Item.text_langs` is looked for in the fields of those languages, and
    in text of unknown language and subjects except in records of another language only.
    """
    if not item.text_langs:
        return _word_match(item, text_fields())
    own = [
        f
        for f in text_fields(item.text_langs)
        if not f.startswith(("subjects", "title_other", "description_other"))
    ]
    rest = [f for f in text_fields(item.text_langs) if f not in own]
    others = [lang for lang in LANGS if lang not in item.text_langs]
    only_other = {
        "bool": {
            "filter": [{"terms": {"language": others}}],
            "must_not": [{"terms": {"language": list(item.text_langs)}}],
        }
    }
    rest_q = {"bool": {"must": [_word_match(item, rest)], "must_not": [only_other]}}
    return {"bool": {"should": [_word_match(item, own), rest_q], "minimum_should_match": 1}}


def _word_match(item: Item, fields: list[str]) -> dict[str, Any]:
    if item.kind == "prefix" and _SIMPLE_WORD.match(item.text):
        # analysed per field, stemmed like the field, every expansion kept
        return {
            "simple_query_string": {
                "query": f"{item.text}*",
                "fields": fields,
                "default_operator": "and",
                "analyze_wildcard": True,
                "flags": "PREFIX",
            }
        }
    if item.kind == "prefix":
        kind = "phrase_prefix"
    elif item.kind == "phrase" or not _SIMPLE_WORD.match(item.text):
        kind = "phrase"
    else:
        kind = "best_fields"
    match: dict[str, Any] = {"query": item.text, "fields": fields, "type": kind}
    if kind == "best_fields":
        match["operator"] = "and"
        match["tie_breaker"] = TIE_BREAKER
    if kind == "phrase_prefix":
        match["max_expansions"] = 1000
    return {"multi_match": match}


def facet_aggs(query: SearchQuery) -> dict[str, Any]:
    """A ``terms`` aggregation per requested facet: most frequent first, then by value."""
    size = query.facet_size
    return {
        name: {
            "terms": {
                "field": name,
                "size": size,
                "shard_size": max(size * 10, 1000),
                "order": [{"_count": "desc"}, {"_key": "asc"}],
            }
        }
        for name in query.facets
    }


def highlight_clause(parsed: ParsedText) -> dict[str, Any]:
    """Highlight positive matches (never excluded words) with ``<mark>``, HTML-escaped."""
    fields: dict[str, Any] = {}
    for suffix in (*LANGS, "other"):
        fields[f"title_{suffix}"] = {"number_of_fragments": 0}
        fields[f"description_{suffix}"] = {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1}
    fields["names"] = {"number_of_fragments": 0}  # the creators and identifiers that match
    positive = text_query(parsed, with_exclusions=False)
    clause: dict[str, Any] = {
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "encoder": "html",
        "require_field_match": True,
        "fields": fields,
    }
    if positive is not None:
        clause["highlight_query"] = positive
    return clause


# --- which words the index holds (cognate forms) -----------------------------------------------


_ONE_TOKEN = re.compile(r"^[^\W_]+$", re.UNICODE)
KNOWN_BUCKETS = "known"


def known_words_search(asked: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
    """The ``size: 0`` ``_search`` body that says which ``(language, word)`` pairs some
    record holds in its title or description of that language (the cognate forms of
    :func:`index.query.parse_with_corpus`), all in one request: a ``filters`` aggregation
    with one bucket per pair, over the records that hold any of them.

    The rule is the embedded index's (``index.tantivy_._corpus_words``): the word analysed
    as that language's fields are (the same tokenizer, folding and Snowball stemmer,
    :func:`analysis_settings`) must be one token and a term of them. A ``match`` on the
    fields analyses it that way; a word that would not be one token (punctuation, too
    long) or a language without fields of its own is never asked. A ``size: 0`` request
    is kept by the shard request cache until the next refresh: the same forms asked again
    cost a cache hit, and a refresh (new records) is never answered from before it.
    None when no pair can be asked."""
    filters: dict[str, Any] = {}
    for i, (lang, word) in enumerate(asked):
        if lang in LANGS and _ONE_TOKEN.match(word) and len(word) < MAX_TOKEN_CHARS:
            fields = [f"title_{lang}", f"description_{lang}"]
            filters[str(i)] = {"multi_match": {"query": word, "fields": fields}}
    if not filters:
        return None
    return {
        "size": 0,
        "track_total_hits": False,
        "query": {"bool": {"should": list(filters.values()), "minimum_should_match": 1}},
        "aggs": {KNOWN_BUCKETS: {"filters": {"filters": filters}}},
    }


def found_words(body: dict[str, Any], asked: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pairs of ``asked`` that the response to :func:`known_words_search` found."""
    buckets = ((body.get("aggregations") or {}).get(KNOWN_BUCKETS) or {}).get("buckets") or {}
    return {
        pair
        for i, pair in enumerate(asked)
        if int((buckets.get(str(i)) or {}).get("doc_count", 0)) > 0
    }


# --- search response ---------------------------------------------------------------------------


def parse_response(body: dict[str, Any], query: SearchQuery | None = None) -> SearchResult:
    """A ``_search`` response body as chm's :class:`SearchResult`.

    Args:
        body: the decoded JSON response (documented ES response format).
        query: the query the body was built for (page size, sort, cursor, preferred
            highlight language); defaults to ``SearchQuery()``.

    Raises:
        InvalidQuery: never for a well-formed body; a hit without ``_source.doc`` is skipped.
    """
    query = query or SearchQuery()
    hits_obj = body.get("hits") or {}
    total_obj = hits_obj.get("total", 0)
    total = int(total_obj["value"] if isinstance(total_obj, dict) else total_obj)
    raw = [h for h in hits_obj.get("hits") or [] if isinstance(h.get("_source"), dict)]
    page = raw[: query.limit]
    # a cursor page asks for one hit more than it shows; a from/size page knows the total
    more = len(raw) > query.limit if query.search_after else query.offset + len(page) < total
    hits = [_hit(h, query.lang) for h in page]
    cursor = None
    if more and page and page[-1].get("sort") is not None:
        data: dict[str, Any] = {"s": query.sort, "a": page[-1]["sort"]}
        if body.get("pit_id"):
            data["p"] = body["pit_id"]
        cursor = encode_cursor(data, query)
    return SearchResult(total=total, hits=hits, facets=_facets(body, query), next_cursor=cursor)


def _hit(raw: dict[str, Any], lang: str) -> Hit:
    record = raw["_source"].get("doc") or {}
    score = raw.get("_score")
    return Hit(
        id=str(raw.get("_id", record.get("id", ""))),
        score=float(score) if isinstance(score, int | float) else 0.0,
        record=record,
        highlights=merge_highlights(raw.get("highlight") or {}, lang),
    )


def merge_highlights(highlight: dict[str, list[str]], lang: str) -> dict[str, str]:
    """``{"title_fr": [...], "description_en": [...]}`` -> ``{"title": ..., "description":
    ...}``, preferring the reader's language, then en, fr, es, other."""
    wanted = lang_suffix(lang)
    order = [wanted, *(s for s in (*LANGS, "other") if s != wanted)]
    out: dict[str, str] = {}
    for part in TEXT_PARTS:
        for suffix in order:
            fragments = highlight.get(f"{part}_{suffix}")
            if fragments:
                out[part] = str(fragments[0])
                break
    names = highlight.get("names")
    if names:  # the values with a match, each whole (tantivy marks them among all of them)
        out["names"] = " · ".join(str(n) for n in names)
    return out


def _facets(body: dict[str, Any], query: SearchQuery) -> dict[str, list[tuple[str, int]]]:
    aggs = body.get("aggregations") or {}
    out: dict[str, list[tuple[str, int]]] = {}
    for name in query.facets:
        buckets = (aggs.get(name) or {}).get("buckets") or []
        pairs = [(_bucket_key(b), int(b.get("doc_count", 0))) for b in buckets]
        out[name] = sorted(pairs, key=lambda p: (-p[1], p[0]))
    return out


def _bucket_key(bucket: dict[str, Any]) -> str:
    key = bucket.get("key_as_string", bucket.get("key"))
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key)


def dumps(body: dict[str, Any]) -> str:
    """A body as stable, readable JSON (golden files, logs)."""
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
