"""What every step of the flow stands on: configuration, the clock, the plugin loader.

Where it sits: below every other package (``core`` imports none of them).

- :mod:`core.config`: config.toml (+ nodes.local.toml) -> typed, checked settings.
- :mod:`core.clock`: ``utcnow`` and ``isoformat_z``.
- :mod:`core.triggers`: a node's schedule -> an APScheduler trigger, and the check every
  schedule passes.
- :mod:`core.plugins`: ``"package.module:Name"`` -> the object, imported when chosen.
"""
