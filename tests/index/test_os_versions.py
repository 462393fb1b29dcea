"""OpenSearch writes carry the store sequence as an external version (on the real node)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from index.elasticsearch_ import EsOptions
from index.opensearch_ import OpenSearchIndex
from tests.index.samples import SAMPLES

pytestmark = pytest.mark.xdist_group("opensearch")


@pytest.fixture
def osi(opensearch_node: Any) -> Iterator[OpenSearchIndex]:
    """A throw-away alias on the session's real OpenSearch node."""
    options = EsOptions(index=f"chm-test-{uuid.uuid4().hex[:12]}", replicas=0)
    backend = OpenSearchIndex.connect(opensearch_node.url, options, env={})
    yield backend
    client, alias = backend.client, backend.alias
    for name in client.indices.get(index=f"{alias}-v*"):
        client.indices.delete(index=name, params={"ignore_unavailable": "true"})
    client.indices.delete_index_template(name=f"{alias}-template")
    backend.close()


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
