"""Search helpers the HTTP API and the CLI use on top of the index (they do no I/O).

Data flow: search_api/params -> **expand_concept_filter / query expansion** -> index query;
index facet counts -> **facet_labels / concept_tree_facet** -> API response.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from vocabulary.model import short_id
from vocabulary.resolver import Vocabulary


def expand_concept_filter(vocab: Vocabulary, uris: Iterable[str]) -> tuple[str, ...]:
    """A concept filter plus every narrower concept (accepts short ids like ``topic/pops``)."""
    return vocab.expand_concept_filter(uris)


def expand_query(vocab: Vocabulary, query: str, lang: str | None = None) -> tuple[str, ...]:
    """Topic concepts named in a user query, each with its narrower concepts.

    ``expand_query(vocab, "plaguicidas")`` includes the pesticides concept: OR the result into
    the concept field so English records tagged "pesticides" match a Spanish query.
    """
    found = [u for u in vocab.query_concepts(query, lang) if vocab.scheme_kind(u) == "topic"]
    return vocab.expand_concept_filter(found)


def facet_labels(vocab: Vocabulary, values: Iterable[str], lang: str = "en") -> dict[str, str]:
    """Display label of each concept/region/type facet value in ``lang`` (fallback en, any).

    Record-type ids (``"project"``) are accepted as well as URIs; unknown values map to
    themselves so a facet never loses a bucket.
    """
    out: dict[str, str] = {}
    for value in values:
        uri = vocab.uri_for(value) or vocab.uri_for("type/" + value)
        out[value] = vocab.label(uri, lang) if uri else value
    return out


def concept_tree_facet(
    vocab: Vocabulary, counts: Sequence[tuple[str, int]], lang: str = "en"
) -> list[dict[str, Any]]:
    """Concept facet counts as a tree: ``[{uri, id, label, count, children}]``.

    ``count`` is the number of records tagged with the concept itself. Ancestors without a
    count of their own are included with ``count: 0`` so the tree stays connected; siblings
    are sorted by count (descending) then label. Unknown URIs become top-level leaves.
    """
    counted = {uri: n for uri, n in counts}
    keep: set[str] = set()
    for uri in counted:
        keep |= vocab.broader_closure(uri) if uri in vocab else {uri}

    def node(uri: str, path: frozenset[str]) -> dict[str, Any]:
        c = vocab.concepts.get(uri)
        kids = [n for n in (c.narrower if c else []) if n in keep and n not in path]
        children = [node(k, path | {k}) for k in kids]
        children.sort(key=lambda d: (-d["count"], d["label"].casefold()))
        return {
            "uri": uri,
            "id": short_id(uri),
            "label": vocab.label(uri, lang),
            "count": counted.get(uri, 0),
            "children": children,
        }

    def is_root(uri: str) -> bool:
        c = vocab.concepts.get(uri)
        return c is None or not keep.intersection(c.broader)

    roots = [u for u in keep if is_root(u)]
    tree = [node(u, frozenset({u})) for u in roots]
    tree.sort(key=lambda d: (-d["count"], d["label"].casefold()))
    return tree
