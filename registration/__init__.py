"""Who is harvested: the node registry, node API keys, the conformance report.

Where it sits in the flow: **node registry** -> scheduler / pipeline -> harvester. Nodes come
from config.toml and nodes.local.toml (:mod:`core.config`); registered nodes' status, keys,
reports and audit log live in the store. A node is enabled only once its conformance report
passes.
"""
