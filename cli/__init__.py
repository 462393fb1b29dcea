"""The ``chm`` command line (DESIGN.md CLI contract): one front door.

Where it sits: at the top, beside ``search_api`` (which it may use to render exports and
operators' views). Each command module parses arguments, builds one
:class:`ops.context.Context` and calls the step it names.
"""
