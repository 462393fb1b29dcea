"""Mappings: every source format becomes one common :class:`~mappings.record.Record`.

Where it sits in the flow: raw store -> **mapping** -> vocabulary -> index.
Mappings are pure: no network, no clock (``harvested_at`` is passed in).
"""
