"""Demo national clearing-house nodes: a deterministic record generator and OAI-PMH servers.

Where it sits: beside the flow, not in it: ``chm demo`` and the tests start these servers and
harvest them like any national node.
"""
