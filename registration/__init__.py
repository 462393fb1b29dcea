"""Who is harvested: the node registry, node API keys, the conformance report.

Where it sits in the flow: **node registry** -> scheduler / pipeline -> harvester. Nodes come
from config.toml and nodes.local.toml (:mod:`core.config`); registered nodes' status, key
hashes, reports and audit log live in the store. A node is enabled only once its conformance
report passes.

- :mod:`registration.registry`: ``NodeRegistry`` (register, update, status, audit).
- :mod:`registration.keys`: API keys, kept as salted hashes.
- :mod:`registration.conformance`: the report a node's endpoint must pass.
"""
