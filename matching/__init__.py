"""The clearing-house's matching, clustering and linking, derived from the store.

Where it sits: store -> **matching** -> search_api / CLI. After each harvest run the pipeline
calls :func:`matching.update.update_after_run` with the change sequence the run started from;
``chm match recompute`` calls :func:`matching.update.recompute_all`. Everything it computes
lives in its own SQLite tables on the store's connection (:mod:`matching.store`) and can be
rebuilt from the records alone.

- :mod:`matching.features`: a record -> what matching needs (topics, support types,
  geography, languages, year).
- :mod:`matching.match`: needs <-> offers (support sources and projects), ranked and explained.
- :mod:`matching.duplicates`: clusters of the same item published by several nodes, with
  operators' allow and block lists, and :func:`matching.duplicates.collapse` for search.
- :mod:`matching.links`: records that share an identifier across nodes.
"""

from matching.duplicates import cluster_of, collapse
from matching.links import links_for
from matching.match import matches_for
from matching.store import UpdateSummary
from matching.update import recompute_all, update_after_run

__all__ = [
    "UpdateSummary",
    "cluster_of",
    "collapse",
    "links_for",
    "matches_for",
    "recompute_all",
    "update_after_run",
]
