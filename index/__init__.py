"""Search index backends, derived from the store (the store is the source of truth).

Where it sits in the flow: vocabulary -> **index** -> search_api.
"""
