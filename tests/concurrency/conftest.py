"""The multi-process tests reuse the operations tests' live nodes and config writer."""

from tests.ops.conftest import oai

__all__ = ["oai"]
