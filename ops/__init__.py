"""The running service: the shared context, the scheduler, the watchdog, health, alerts.

Where it sits: above the pipeline and the registry (it fires runs and watches them), below
the two front doors (``cli`` and ``search_api``), which both build one :class:`Context`.
"""
