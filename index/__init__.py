"""Search index backends, derived from the store (the store is the source of truth).

Where it sits in the flow: vocabulary -> **index** -> search_api. :mod:`index.base` is the
interface both backends implement, :mod:`index.registry` picks one by name; tantivy
(embedded, the default) and Elasticsearch pass one contract suite (``tests/index``).
"""
