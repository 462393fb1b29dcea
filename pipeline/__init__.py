"""A harvest run: harvester -> raw store -> mapping -> vocabulary -> index.

Where it sits in the flow: between the node registry (what to harvest) and the index (what
search reads). One transaction per page; quarantine of mass deletions; the index catching
up from the store's change sequence; ``chm reindex`` (re-map from the raw store).
"""
