"""The ``chm`` command line (DESIGN.md CLI contract)."""
