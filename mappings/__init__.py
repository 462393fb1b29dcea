"""Mappings: every source format becomes one common :class:`~mappings.record.Record`.

Where it sits in the flow: raw store -> **mapping** -> vocabulary -> index.
Mappings are pure: no network, no clock (``harvested_at`` is passed in). Their input,
:class:`~mappings.base.RawRecord`, is what a harvester hands over; harvesters import it from
here (this package imports no harvester).
"""
