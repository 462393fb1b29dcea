"""The running service: the shared context, the scheduler, the watchdog, health, alerts.

Where it sits: above the pipeline and the registry (it fires runs and watches them), below
the two front doors (``cli`` and ``search_api``), which both build one
:class:`ops.context.Context`.

- :mod:`ops.context`: ``Context`` (store, index, vocabulary, registry, harvest service,
  scheduler), built once per config file.
- :mod:`ops.schedule`: APScheduler jobs per node; the harvest service.
- :mod:`ops.watchdog`: stalled runs are aborted. :mod:`ops.health`: a node's state from its
  runs. :mod:`ops.alerts`: a webhook when a node's state changes.
"""
