"""Harvesters: pull raw records from national nodes (OAI-PMH, JSON APIs, DCAT).

Where it sits in the flow: node registry -> **harvester** -> raw store.
"""
