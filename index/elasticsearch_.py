"""The Elasticsearch backend: chm's search on a cluster, for networks that outgrow one machine.

Data flow: the harvest pipeline feeds mapped records to :meth:`ElasticsearchIndex.upsert`
(``helpers.streaming_bulk``); ``search_api`` and the CLI call :meth:`ElasticsearchIndex.search`,
whose request bodies come from the pure :mod:`index.es_query`. Chosen in config.toml with
``[index] backend = "elasticsearch"`` and opened by :func:`index.registry.open_backend` through
:meth:`ElasticsearchIndex.from_settings`. See docs/elasticsearch.md for operations.

The index lifecycle (versioned indices behind an alias, zero-downtime rebuilds, ``last_seq``
in the mapping's ``_meta``), reads and versioned writes are :class:`index.cluster.ClusterIndex`'s,
shared with OpenSearch; what is Elasticsearch's own is here: the client and its start-up check
(the server's product header and major version against the client's), bulk writes through
``helpers.streaming_bulk`` (items answered 429 retried with a doubling backoff), point in time
through ``open_point_in_time``/``close_point_in_time``, and the client's error objects.

Errors (all :class:`~index.base.IndexBackendError`): :class:`BackendUnavailable` for an
unreachable or unsupported cluster, :class:`~index.cluster.BulkRejected` for documents the
cluster refused, :class:`~index.base.InvalidQuery` when Elasticsearch rejects a query (HTTP 400).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import elasticsearch
from elastic_transport import TransportError
from elasticsearch import ApiError, BadRequestError, Elasticsearch, NotFoundError
from elasticsearch.helpers import streaming_bulk

from index.base import BackendUnavailable
from index.cluster import ClusterIndex, EsOptions, bulk_reason
from index.es_query import PIT_KEEP_ALIVE

log = logging.getLogger(__name__)

MIN_SERVER_MAJOR = 8
CLIENT_MAJOR = int(elasticsearch.__versionstr__.partition(".")[0])
ES_ERRORS = (ApiError, TransportError)


# --- connecting ----------------------------------------------------------------------------------


def client_from_env(
    url: str, env: Mapping[str, str] | None = None, options: EsOptions | None = None
) -> Elasticsearch:
    """An Elasticsearch client for ``url`` with credentials from the environment.

    ``CHM_ES_API_KEY`` (preferred), or ``CHM_ES_USER`` + ``CHM_ES_PASSWORD``; ``CHM_ES_CA_CERT``
    is the CA certificate file for a cluster with its own certificate authority.

    Raises:
        BackendUnavailable: a malformed URL, half a user/password pair, a missing CA file.
    """
    env = os.environ if env is None else env
    options = options or EsOptions()
    if not re.match(r"^https?://[^/\s]+", url):
        raise BackendUnavailable(f"[index] url {url!r} is not an http(s) URL of a cluster")
    kwargs: dict[str, Any] = {
        "request_timeout": options.request_timeout,
        "max_retries": 2,
        "retry_on_timeout": True,
    }
    user, password = env.get("CHM_ES_USER"), env.get("CHM_ES_PASSWORD")
    if env.get("CHM_ES_API_KEY"):
        kwargs["api_key"] = env["CHM_ES_API_KEY"]
    elif user or password:
        if not (user and password):
            raise BackendUnavailable("set both CHM_ES_USER and CHM_ES_PASSWORD (or CHM_ES_API_KEY)")
        kwargs["basic_auth"] = (user, password)
    ca = env.get("CHM_ES_CA_CERT")
    if ca:
        if not Path(ca).is_file():
            raise BackendUnavailable(f"CHM_ES_CA_CERT: no such file {ca!r}")
        kwargs["ca_certs"] = ca
    try:
        return Elasticsearch(url, **kwargs)
    except (ValueError, TypeError) as exc:
        raise BackendUnavailable(f"cannot configure the Elasticsearch client: {exc}") from None


def check_server(client: Elasticsearch, url: str = "the cluster") -> dict[str, Any]:
    """Ask the cluster who it is (``GET /``) and refuse what chm cannot work with.

    The request goes through the transport with a plain JSON ``Accept`` header, so an 8.x
    server answers even to a 9.x client (whose API calls it would refuse).

    Returns:
        The root response: ``cluster_name``, ``version.number``, ...

    Raises:
        BackendUnavailable: unreachable, credentials refused, not Elasticsearch, or a server
            major version below 8 or older than the installed client can speak to.
    """
    try:
        resp = client.transport.perform_request("GET", "/", headers={"accept": "application/json"})
    except TransportError as exc:
        raise BackendUnavailable(f"cannot reach Elasticsearch at {url}: {exc}") from None
    status, body = resp.meta.status, resp.body
    if status in (401, 403):
        raise BackendUnavailable(
            f"Elasticsearch at {url} refused chm's credentials (HTTP {status}); set "
            "CHM_ES_API_KEY, or CHM_ES_USER and CHM_ES_PASSWORD"
        )
    if status != 200 or not isinstance(body, dict):
        raise BackendUnavailable(f"Elasticsearch at {url} answered HTTP {status} to GET /")
    if resp.meta.headers.get("x-elastic-product") != "Elasticsearch":
        raise BackendUnavailable(f"the server at {url} is not Elasticsearch (no product header)")
    number = str((body.get("version") or {}).get("number", "0"))
    major = int(number.split(".")[0]) if number.split(".")[0].isdigit() else 0
    if major < MIN_SERVER_MAJOR:
        raise BackendUnavailable(
            f"Elasticsearch {number} at {url} is not supported: chm needs {MIN_SERVER_MAJOR}.x "
            "or later"
        )
    if major < CLIENT_MAJOR:
        raise BackendUnavailable(
            f"Elasticsearch {number} at {url} is older than the installed Python client "
            f"{elasticsearch.__versionstr__}, which only talks to {CLIENT_MAJOR}.x servers; "
            f"install a matching client: pip install 'elasticsearch>={major},<{major + 1}'"
        )
    return body


# --- the backend -------------------------------------------------------------------------------


class ElasticsearchIndex(ClusterIndex):
    """:class:`~index.base.IndexBackend` on an Elasticsearch cluster (official client); the
    index lifecycle, reads and writes are :class:`~index.cluster.ClusterIndex`'s.

    Args:
        client: a configured client (see :func:`client_from_env`).
        options: alias name, shards, replicas, bulk settings (``[elasticsearch]``).
        server_version: the version reported by :func:`check_server` (for :meth:`health`).
        setup: install the index template and create the first index behind the alias if
            there is none yet.
    """

    product = "Elasticsearch"
    backend = "elasticsearch"
    url_env = "CHM_ES_URL"
    errors = ES_ERRORS
    bad_request = BadRequestError
    not_found = NotFoundError
    make_client = staticmethod(client_from_env)
    check_server = staticmethod(check_server)

    @staticmethod
    def reason(exc: Exception) -> str:
        return _reason(exc)

    @staticmethod
    def error_type(exc: Exception) -> str:
        return _error_type(exc)

    @staticmethod
    def body(resp: Any) -> dict[str, Any]:
        return dict(resp.body)

    def _bulk(self, actions: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
        """Send actions in chunks through ``streaming_bulk``; return ``(id, reason)`` for each
        refused one.

        ``raise_on_error=False`` is what lets ``streaming_bulk`` retry items answered 429
        (with ``initial_backoff`` doubling); other failures are collected, not raised midway.
        """
        rejected: list[tuple[str, str]] = []
        with self._translated("write documents"):
            for ok, item in streaming_bulk(
                self.client,
                actions,
                chunk_size=self.options.chunk_size,
                max_retries=self.options.max_retries,
                initial_backoff=self.options.initial_backoff,
                raise_on_error=False,
                yield_ok=False,
            ):
                if ok:
                    continue
                op, info = next(iter(item.items()))
                if op == "delete" and info.get("status") == 404:
                    continue  # deleting an unknown id is fine
                if _is_version_conflict(info):
                    continue  # an external version: the index already has a newer change
                rejected.append((str(info.get("_id")), bulk_reason(info)))
        return rejected

    def _get_doc(self, record_id: str) -> Any:
        return self.client.get(index=self.alias, id=record_id, source_includes=["doc"])

    def _open_pit(self) -> str:
        with self._translated("open a point in time"):
            resp = self.client.open_point_in_time(index=self.alias, keep_alive=PIT_KEEP_ALIVE)
        return str(resp.body["id"])

    def _close_pit(self, pit_id: str) -> None:
        try:
            self.client.close_point_in_time(id=pit_id)
        except ES_ERRORS as exc:  # it expires by itself; never fail a search for this
            log.info("could not close point in time: %s", exc)


# --- error translation -------------------------------------------------------------------------


def _is_version_conflict(info: Mapping[str, Any]) -> bool:
    """A bulk item refused because the document's version is already as new or newer."""
    error = info.get("error")
    kind = error.get("type") if isinstance(error, dict) else None
    return info.get("status") == 409 or kind == "version_conflict_engine_exception"


def _error_type(exc: Exception) -> str:
    body = exc.body if isinstance(exc, ApiError) and isinstance(exc.body, dict) else {}
    error = body.get("error")
    return str(error.get("type", "")) if isinstance(error, dict) else ""


def _reason(exc: Exception) -> str:
    if isinstance(exc, ApiError) and isinstance(exc.body, dict):
        error = exc.body.get("error")
        if isinstance(error, dict):
            root = (error.get("root_cause") or [error])[0]
            return f"{root.get('type', 'error')}: {root.get('reason', '')}"
        return f"HTTP {exc.meta.status}: {error or exc.message}"
    return str(exc)
