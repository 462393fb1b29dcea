"""The HTTP app: JSON API, web pages, registration, operators' views, OAI-PMH provider.

Where it sits in the flow: index -> **search_api**, the second front door beside ``cli``.
It reads the index and the store through one :class:`ops.context.Context`; registration and
operators' actions go through :mod:`registration` and :mod:`ops`.
"""
