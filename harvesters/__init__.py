"""Harvesters: protocol clients that pull raw records from national nodes, page by page.

Where it sits in the flow: node registry -> **harvester** -> raw store (driven by
:mod:`pipeline.run`). Protocol clients only: nothing here stores, maps or indexes.

- :mod:`harvesters.base`: ``Harvester``, ``Page``, ``HarvestWindow``, the ``HarvestError`` tree.
- :mod:`harvesters.oai_pmh`, :mod:`harvesters.json_api` (+ :mod:`harvesters.profiles`),
  :mod:`harvesters.dcat`: one client per protocol.
- :mod:`harvesters.http`: timeouts, retries, ``Retry-After``, the size limit;
  :mod:`harvesters.urlguard`: hostile URLs refused before a connection is made.
- :mod:`harvesters.registry`: protocol name -> harvester class.
"""
