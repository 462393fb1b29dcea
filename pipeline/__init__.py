"""A harvest run: harvester -> raw store -> mapping -> vocabulary -> index.

Where it sits in the flow: between the node registry (what to harvest) and the index (what
search reads); the scheduler (:mod:`ops.schedule`), ``chm harvest`` and the tests start runs.

- :mod:`pipeline.run`: ``HarvestRun`` / ``run_node``, one transaction per page.
- :mod:`pipeline.pages`: a page -> store changes and index writes; tombstones.
- :mod:`pipeline.mapper`, :mod:`pipeline.mapworkers`: mapping and enrichment (in worker
  processes for big pages).
- :mod:`pipeline.indexing`: batched index commits; the index catching up from the store.
- :mod:`pipeline.quarantine`: mass deletions held for an operator.
- :mod:`pipeline.reindex`: ``chm reindex`` (re-map from the raw store, rebuild the index).
- :mod:`pipeline.summary`: what a run reports; :mod:`pipeline.memory`: freed memory back
  to the OS.
"""
