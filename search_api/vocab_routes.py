"""The vocabulary API: concept search and autocomplete, one concept, a scheme's tree, the
thesaurus itself as Turtle and JSON-LD, and the unmapped-term gaps per node.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import Response

from search_api.errors import ApiError, NotFound
from search_api.routes import ctx_of

router = APIRouter(prefix="/api/vocabulary", tags=["vocabulary"])


def _vocab(request: Request) -> Any:
    vocab = ctx_of(request).vocabulary
    if vocab is None:
        raise ApiError("no controlled vocabulary is configured ([vocabulary] files)", 503)
    return vocab


@router.get("/concepts")
def concepts(
    request: Request,
    q: str = Query("", max_length=200, description="Label prefix or words, any language"),
    lang: str = Query("en", max_length=8, description="Language of the returned labels"),
    scheme: str | None = Query(None, description="topics, types or regions"),
    limit: int = Query(10, ge=1, le=100),
) -> dict[str, Any]:
    """Search and autocomplete concepts by label in any language (accents and case ignored).

    Without ``q``: the top concepts of ``scheme`` (default topics).
    """
    vocab = _vocab(request)
    if q.strip():
        hits = [h.to_dict() for h in vocab.search_concepts(q, lang=lang, limit=limit)]
        return {"ok": True, "concepts": hits}
    tops = vocab.top_concepts(scheme or "topics")[:limit]
    return {"ok": True, "concepts": [{"uri": u, "label": vocab.label(u, lang)} for u in tops]}


@router.get("/concepts/{concept_id:path}")
def concept(request: Request, concept_id: str, lang: str = "en") -> dict[str, Any]:
    """One concept: labels in every language, definition, broader, narrower, related, matches.

    ``concept_id`` is a short id (``topic/mercury``) or a full URI.
    """
    vocab = _vocab(request)
    try:
        c = vocab.concept(concept_id)
    except KeyError:
        raise NotFound(f"no concept '{concept_id}'") from None
    data: dict[str, Any] = c.to_dict()
    data["label"] = vocab.label(c.uri, lang)
    data["labels"] = vocab.labels(c.uri)
    return {"ok": True, "concept": data}


@router.get("/schemes/{scheme}/tree")
def scheme_tree(request: Request, scheme: str, lang: str = "en") -> dict[str, Any]:
    """A scheme (topics, types, regions) as a nested tree with labels in ``lang``."""
    vocab = _vocab(request)
    if vocab.uri_for(scheme) is None and not vocab.top_concepts(scheme):
        raise NotFound(f"no concept scheme '{scheme}'")
    return {"ok": True, "scheme": scheme, "tree": vocab.tree(scheme, lang)}


@router.get("/thesaurus.ttl", response_class=Response)
def thesaurus_turtle(request: Request) -> Response:
    """The thesaurus as Turtle, for nodes that want to use it."""
    return Response(_vocab(request).to_turtle(), media_type="text/turtle; charset=utf-8")


@router.get("/thesaurus.jsonld", response_class=Response)
def thesaurus_jsonld(request: Request) -> Response:
    """The thesaurus as JSON-LD."""
    return Response(_vocab(request).to_jsonld(), media_type="application/ld+json")


@router.get("/gaps")
def gaps(
    request: Request,
    node: str | None = None,
    limit: int = Query(50, ge=1, le=1000),
    kind: str | None = Query(None, pattern="^(unmapped|ambiguous|type)$"),
) -> dict[str, Any]:
    """The most frequent subject terms that matched no concept (or several), and the stated
    record types that matched no type (``kind=type``: the type-gap report), per node, each
    with the fix to make."""
    from vocabulary.gaps import top_gaps

    return {"ok": True, "gaps": top_gaps(ctx_of(request).store.conn, node, limit, kind)}


def install(app: FastAPI) -> None:
    """Add the vocabulary routes."""
    app.include_router(router)
