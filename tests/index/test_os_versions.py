"""OpenSearch writes carry the store sequence as an external version (on the real node)."""

from __future__ import annotations

from index.opensearch_ import OpenSearchIndex
from tests.index.samples import SAMPLES
from tests.index.test_opensearch import osi

__all__ = ["osi"]


def test_a_late_or_repeated_write_never_replaces_a_newer_document(osi: OpenSearchIndex) -> None:
    old, new = SAMPLES[0], SAMPLES[0].with_changes(title={"en": "Newer title"})
    gone = SAMPLES[1]
    osi.apply_versioned([(20, new.id, new), (7, gone.id, gone)])
    osi.apply_versioned([(12, old.id, old)])  # late: refused as older, not an error
    osi.apply_versioned([(20, old.id, old)])  # same version again: refused, not an error
    osi.apply_versioned([(9, gone.id, None)])  # a newer deletion goes through
    osi.apply_versioned([(8, gone.id, gone)])  # and an older write does not bring it back
    osi.commit()
    assert osi.get(new.id)["title"] == {"en": "Newer title"}
    assert osi.count() == 1
