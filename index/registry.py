"""Index backends by name, imported only when chosen (config.toml ``[index] backend``).

Sits between configuration and the rest of chm: the CLI, the harvest pipeline and
``search_api`` call :func:`open_backend` and see only :class:`~index.base.IndexBackend`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.plugins import load_object
from index.base import BackendUnavailable, IndexBackend

if TYPE_CHECKING:
    from core.config import Settings

BACKENDS: dict[str, str] = {
    "tantivy": "index.tantivy_:TantivyIndex",
    "elasticsearch": "index.elasticsearch_:ElasticsearchIndex",
    "opensearch": "index.opensearch_:OpenSearchIndex",
}
"""Backend name -> ``"module:Class"`` (lazily imported: a cluster client is not loaded
unless chosen)."""


def backend_class(name: str) -> Any:
    """The backend class registered under ``name``.

    Raises:
        BackendUnavailable: unknown name, or its module cannot be imported.
    """
    try:
        target = BACKENDS[name]
    except KeyError:
        known = ", ".join(sorted(BACKENDS))
        raise BackendUnavailable(f"unknown index backend '{name}'; use one of {known}") from None
    try:
        return load_object(target)
    except (ImportError, AttributeError) as exc:
        raise BackendUnavailable(f"index backend '{name}' cannot be loaded: {exc}") from None


def open_backend(settings: Settings) -> IndexBackend:
    """Open the index backend that config.toml chooses.

    Args:
        settings: loaded settings; ``settings.index.backend`` names the backend.

    Returns:
        ``TantivyIndex(settings.index.path)``, or ``from_settings(settings)`` of the
        Elasticsearch or OpenSearch backend.

    Raises:
        BackendUnavailable: unknown backend, or it cannot be opened or reached.
    """
    cls = backend_class(settings.index.backend)
    if settings.index.backend == "tantivy":
        backend: IndexBackend = cls(settings.index.path)
    else:
        backend = cls.from_settings(settings)
    return backend
