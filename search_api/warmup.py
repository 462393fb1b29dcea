"""Start-up warm-up of the search index (``chm serve``): a fresh server ready to serve fast.

Where it sits: :func:`cli.serve.serve` calls :func:`warm_up` once the context has opened the
index and loaded the vocabulary, before uvicorn starts. The work runs in the index's
background thread (``TantivyIndex.start_warming``): requests are served meanwhile, never
blocked, and every later reload of the searcher (a commit by this or another process)
warms the new segments the same way. Backends without a warm-up (OpenSearch, Elasticsearch:
their server keeps its own caches) are left alone.

The queries asked here are what a first visitor asks: the search page with no words (every
record, the API's default facets, by relevance and by date: its totals and facet counts are
then remembered for the searcher generation) and a few vocabulary labels in each UI language
(query expansion, the index's word memory and the facet threads filled).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Any

from index.base import SearchQuery
from search_api.params import expand_with_vocabulary, parse_search_params
from vocabulary.search import expander_for

log = logging.getLogger(__name__)

WARM_LANGS = ("en", "fr", "es")
WARM_LABELS = 3
"""Vocabulary labels asked per UI language at start-up (a handful: each is one search)."""


def warm_queries(vocabulary: Any) -> list[SearchQuery]:
    """The start-up queries: the empty search page (by relevance and by date) and the labels
    of the first :data:`WARM_LABELS` concepts in each of :data:`WARM_LANGS`, each as the API
    would build it (default facets, the vocabulary's expansion)."""
    landing = parse_search_params({})
    out = [landing, replace(landing, sort="-date")]
    if vocabulary is not None:
        uris = sorted(getattr(vocabulary, "concepts", {}) or ())[:WARM_LABELS]
        for lang in WARM_LANGS:
            for uri in uris:
                label = vocabulary.label(uri, lang)
                if label and label != uri:
                    out.append(parse_search_params({"q": label, "lang": lang}))
    return [expand_with_vocabulary(q, vocabulary) for q in out]


def warm_expander(vocabulary: Any) -> threading.Thread:
    """Read the dictionaries and group their words by stem (``QueryExpander.warm``, for
    :attr:`index.query.Item.exact`) in a background thread, beside the index's own warm-up,
    rather than in the first search that translates a word (about a second); the thread."""
    thread = threading.Thread(
        target=expander_for(vocabulary).warm, name="chm-warm-expander", daemon=True
    )
    thread.start()
    return thread


def warm_up(ctx: Any) -> bool:
    """Start warming ``ctx.index`` in the background; False when its backend has none. The
    query expander is warmed on every backend (:func:`warm_expander`): it is the same for
    all of them."""
    if ctx.vocabulary is not None:
        warm_expander(ctx.vocabulary)
    index = ctx.index
    start = getattr(index, "start_warming", None)
    if start is None:
        return False
    try:
        queries = warm_queries(ctx.vocabulary)
    except Exception:  # a warm-up is an optimisation: serving works without it
        log.exception("the start-up queries could not be built; warming the files only")
        queries = []
    start(queries)
    return True
