"""The OpenSearch backend: chm's search on an OpenSearch 2.x cluster (``opensearch-py``).

OpenSearch is the open-source fork of Elasticsearch; it speaks the same REST API for
everything chm sends, so the request bodies come from the same pure :mod:`index.es_query`
(template, analysers, query model, aggregations, highlights) in its ``OPENSEARCH`` dialect. What
differs lives here: the client (the official Elasticsearch client refuses a server without its
product header), point in time through OpenSearch's own calls
(``POST /<index>/_search/point_in_time``, ``DELETE /_search/point_in_time``), several node URLs
for a client that fails over by itself, and bulk writes that ride out a lost node.

Chosen in config.toml with ``[index] backend = "opensearch"``; opened by
:func:`index.registry.open_backend` through :meth:`OpenSearchIndex.from_settings`. The index
lifecycle is :class:`index.cluster.ClusterIndex`'s, shared with Elasticsearch
(docs/opensearch.md): versioned indices ``<alias>-v<N>`` from one composable template, reads
and writes through the alias, ``chm reindex`` into the next version with an atomic alias swap,
``last_seq`` in the mapping ``_meta``.

Bulk writes (:meth:`OpenSearchIndex._bulk`) go in chunks of ``chunk_size``; within a chunk,
items refused for a passing reason (429 busy, 503 shard or cluster manager unavailable, a node
that left) and a request that failed on every node are sent again after ``initial_backoff``
seconds, doubled each time, up to ``max_retries`` times. Indexing by id is idempotent, so a
resend never duplicates. What is still refused is reported by id (:class:`BulkRejected`); a
cluster that stays unreachable is :class:`~index.base.BackendUnavailable`, and the harvest
pipeline then keeps storing and lets the index catch up from the store's change sequence.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

import orjson
from opensearchpy import OpenSearch
from opensearchpy.exceptions import (
    ConnectionError as OsConnectionError,
)
from opensearchpy.exceptions import (
    NotFoundError,
    RequestError,
    TransportError,
)

from index.base import BackendUnavailable
from index.cluster import ClusterIndex, EsOptions, bulk_reason
from index.es_query import OPENSEARCH, PIT_KEEP_ALIVE

log = logging.getLogger(__name__)

PRODUCT = "OpenSearch"
MIN_SERVER = (2, 4)  # the point-in-time API arrived in 2.4
RETRY_STATUSES = frozenset({429, 502, 503, 504})
"""Bulk item statuses that pass: busy, a shard or the cluster manager briefly unavailable."""


# --- connecting ----------------------------------------------------------------------------------


def split_urls(url: str) -> list[str]:
    """``"http://a:9200, http://b:9200"`` -> both URLs; each must be http(s)://host[:port].

    Raises:
        BackendUnavailable: an empty list or a URL that is not one.
    """
    urls = [u.strip() for u in url.split(",") if u.strip()]
    bad = [u for u in urls if not re.match(r"^https?://[^/\s]+/?$", u)]
    if not urls or bad:
        shown = bad[0] if bad else url
        raise BackendUnavailable(
            f"[index] url {shown!r} is not an http(s) URL of an OpenSearch node "
            "(give one URL, or several separated by commas)"
        )
    return urls


def client_from_env(
    url: str, env: Mapping[str, str] | None = None, options: EsOptions | None = None
) -> OpenSearch:
    """An OpenSearch client for ``url`` (one or more comma-separated node URLs).

    Credentials from the environment: ``CHM_OPENSEARCH_USER`` + ``CHM_OPENSEARCH_PASSWORD``
    (basic authentication, the security plugin's internal users); ``CHM_OPENSEARCH_CA_CERT``
    for a cluster with its own certificate authority; ``CHM_OPENSEARCH_CLIENT_CERT`` +
    ``CHM_OPENSEARCH_CLIENT_KEY`` for certificate authentication.

    The client tries the next node when one does not answer (connection error, timeout, 502,
    503, 504), so a list of nodes survives the loss of any one of them.

    Raises:
        BackendUnavailable: malformed URLs, half a user/password or cert/key pair, a missing file.
    """
    env = os.environ if env is None else env
    options = options or EsOptions()
    urls = split_urls(url)
    kwargs: dict[str, Any] = {
        "timeout": options.request_timeout,
        "max_retries": max(2, len(urls)),
        "retry_on_timeout": True,
        "retry_on_status": (502, 503, 504),
    }
    user, password = env.get("CHM_OPENSEARCH_USER"), env.get("CHM_OPENSEARCH_PASSWORD")
    if user or password:
        if not (user and password):
            raise BackendUnavailable("set both CHM_OPENSEARCH_USER and CHM_OPENSEARCH_PASSWORD")
        kwargs["http_auth"] = (user, password)
    files = {
        "ca_certs": env.get("CHM_OPENSEARCH_CA_CERT"),
        "client_cert": env.get("CHM_OPENSEARCH_CLIENT_CERT"),
        "client_key": env.get("CHM_OPENSEARCH_CLIENT_KEY"),
    }
    if bool(files["client_cert"]) != bool(files["client_key"]):
        raise BackendUnavailable(
            "set both CHM_OPENSEARCH_CLIENT_CERT and CHM_OPENSEARCH_CLIENT_KEY (or neither)"
        )
    for key, path in files.items():
        if path:
            if not Path(path).is_file():
                raise BackendUnavailable(f"CHM_OPENSEARCH_{key.upper()}: no such file {path!r}")
            kwargs[key] = path
    if any(u.startswith("https://") for u in urls):
        kwargs["verify_certs"] = True
    try:
        return OpenSearch(hosts=urls, **kwargs)
    except (ValueError, TypeError) as exc:
        raise BackendUnavailable(f"cannot configure the OpenSearch client: {exc}") from None


def check_server(client: OpenSearch, url: str = "the cluster") -> dict[str, Any]:
    """Ask the cluster who it is (``GET /``) and refuse what chm cannot work with.

    Returns:
        The root response: ``cluster_name``, ``version.number``, ``version.distribution``.

    Raises:
        BackendUnavailable: unreachable, credentials refused, Elasticsearch rather than
            OpenSearch, or a version older than 2.4 (no point-in-time API).
    """
    try:
        body = client.info()
    except TransportError as exc:
        if exc.status_code in (401, 403):
            raise BackendUnavailable(
                f"OpenSearch at {url} refused chm's credentials (HTTP {exc.status_code}); set "
                "CHM_OPENSEARCH_USER and CHM_OPENSEARCH_PASSWORD"
            ) from None
        raise BackendUnavailable(f"cannot reach OpenSearch at {url}: {_reason(exc)}") from None
    version = body.get("version") if isinstance(body, dict) else None
    if not isinstance(version, dict):
        raise BackendUnavailable(f"the server at {url} did not say which version it runs")
    number = str(version.get("number", ""))
    if version.get("distribution") != "opensearch":
        raise BackendUnavailable(
            f"the server at {url} is not OpenSearch (it reports version {number}); for "
            'Elasticsearch use [index] backend = "elasticsearch"'
        )
    parts = tuple(int(p) for p in re.findall(r"\d+", number)[:2])
    if parts < MIN_SERVER:
        raise BackendUnavailable(
            f"OpenSearch {number} at {url} is too old: chm needs 2.4 or newer (point in time)"
        )
    return dict(body)


# --- the backend -------------------------------------------------------------------------------


class OpenSearchIndex(ClusterIndex):
    """:class:`~index.base.IndexBackend` on an OpenSearch cluster; the index lifecycle, reads
    and writes are :class:`~index.cluster.ClusterIndex`'s.

    Args:
        client: a configured client (see :func:`client_from_env`).
        options: alias name, shards, replicas, bulk settings (``[opensearch]`` in config.toml).
        server_version: the version reported by :func:`check_server` (for :meth:`health`).
        setup: install the index template and create the first index behind the alias if
            there is none yet.
    """

    product = PRODUCT
    backend = "opensearch"
    url_env = "CHM_OPENSEARCH_URL"
    dialect = OPENSEARCH
    errors = (TransportError,)
    bad_request = RequestError
    not_found = NotFoundError
    make_client = staticmethod(client_from_env)
    check_server = staticmethod(check_server)

    def __init__(
        self,
        client: OpenSearch,
        options: EsOptions | None = None,
        *,
        server_version: str | None = None,
        setup: bool = True,
    ) -> None:
        self.retried = 0  # bulk chunks sent again (a lost node, a busy cluster): for tests, logs
        self._bulk_loading = False  # refreshes paused until the next commit (_start_bulk_load)
        self._restore_refresh: str | None = None
        super().__init__(client, options, server_version=server_version, setup=setup)

    search_retries = 3

    @staticmethod
    def search_passing(exc: Exception) -> bool:
        """A search that no node answered, that a busy or briefly unavailable cluster refused,
        or that failed on every copy of a shard (``search_phase_execution_exception``, HTTP
        500: a node killed while the search ran, before the cluster manager moved its
        shards) is asked again."""
        if not isinstance(exc, TransportError):
            return False
        if _passing(exc):
            return True
        return exc.status_code == 500 and exc.error == "search_phase_execution_exception"

    @staticmethod
    def reason(exc: Exception) -> str:
        return _reason(exc)

    @staticmethod
    def error_type(exc: Exception) -> str:
        return str(exc.error) if isinstance(exc, TransportError) else ""

    @staticmethod
    def body(resp: Any) -> dict[str, Any]:
        return dict(resp)

    def _bulk(self, actions: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
        """Send actions chunk by chunk, each with its retries; ``(id, reason)`` of refusals.

        A write of at least a full chunk (a harvest page, a catch-up batch) starts a bulk load
        (:meth:`_start_bulk_load`) that lasts until the next :meth:`commit`."""
        rejected: list[tuple[str, str]] = []
        it = iter(actions)
        while chunk := list(islice(it, self.options.chunk_size)):
            if len(chunk) >= self.options.chunk_size:
                self._start_bulk_load()
            rejected += self._bulk_chunk(chunk)
        return rejected

    def _start_bulk_load(self) -> None:
        """Stop periodic refreshes of the write index until the next :meth:`commit`.

        Each refresh writes a new small segment that merges then rewrite: during a harvest of
        many pages that is most of the cluster's indexing work, and nobody needs to see the
        records before chm commits them (commit refreshes explicitly, as tantivy's commit
        makes records searchable). The interval the index had is put back at the commit. A
        process killed in between leaves ``refresh_interval: -1``; the next commit by any
        chm process that bulk-loads puts the default back, and chm's commits refresh anyway,
        so nothing chm committed stays unsearchable (docs/opensearch.md). Replicas are kept:
        during a harvest they are what keeps searches answering when a node is lost.
        """
        if self._bulk_loading or self.target != self.alias:
            return  # already loading, or a rebuild (it has its own bulk settings)
        try:  # an optimisation only: a cluster that cannot take it now is written anyway
            current = self.client.indices.get_settings(
                index=self.target, name="index.refresh_interval", params={"flat_settings": "true"}
            )
            values = [v.get("settings", {}).get("index.refresh_interval") for v in current.values()]
            before = values[0] if values else None
            self.client.indices.put_settings(
                index=self.target, body={"index": {"refresh_interval": "-1"}}
            )
        except TransportError as exc:
            log.info("refreshes not paused for this bulk load: %s", _reason(exc))
            return
        self._restore_refresh = None if before in (None, "-1") else str(before)
        self._bulk_loading = True

    def _end_bulk_load(self) -> None:
        """Put back the refresh interval :meth:`_start_bulk_load` paused (if that fails, the
        next commit tries again: chm's commits refresh explicitly meanwhile)."""
        if not self._bulk_loading:
            return
        try:
            self.client.indices.put_settings(
                index=self.target, body={"index": {"refresh_interval": self._restore_refresh}}
            )
        except TransportError as exc:
            log.warning("could not restore the refresh interval of %s (will try again at the "
                        "next commit): %s", self.target, _reason(exc))  # fmt: skip
            return
        self._bulk_loading = False

    def _bulk_chunk(self, chunk: list[dict[str, Any]]) -> list[tuple[str, str]]:
        """One chunk: resend what failed for a passing reason, with a doubling backoff."""
        lines = {str(a["_id"]): _bulk_lines(a) for a in chunk}  # serialised once
        pending, refused = list(lines), []
        backoff = self.options.initial_backoff
        for attempt in range(self.options.max_retries + 1):
            last = attempt == self.options.max_retries
            try:
                failed = self._send(b"".join(lines[i] for i in pending))
            except TransportError as exc:
                if last or not _passing(exc):
                    raise BackendUnavailable(
                        f"OpenSearch: could not write documents: {_reason(exc)}"
                    ) from exc
                log.warning("bulk write failed (%s); retrying in %.1fs", _reason(exc), backoff)
            else:
                refused += [(i, r) for i, r, status in failed if status not in RETRY_STATUSES]
                retry = [(i, r) for i, r, status in failed if status in RETRY_STATUSES]
                if not retry or last:
                    return refused + retry
                pending = [i for i, _r in retry]
                log.warning("%d bulk items refused for now; retrying in %.1fs", len(retry), backoff)
            self.retried += 1
            self.sleep(backoff)
            backoff *= 2
        return refused  # not reached: the last attempt returns or raises

    def _send(self, body: bytes) -> list[tuple[str, str, int]]:
        """One bulk request (NDJSON); ``(id, reason, status)`` of each item that failed."""
        failed: list[tuple[str, str, int]] = []
        resp = self.client.bulk(body=body)
        if not resp.get("errors"):
            return failed
        for item in resp.get("items") or []:
            op, info = next(iter(item.items()))
            status = int(info.get("status") or 0)
            if 200 <= status < 300:
                continue
            if op == "delete" and status == 404:
                continue  # deleting an unknown id is fine
            if status == 409:
                continue  # an external version: the index already has a newer change
            failed.append((str(info.get("_id")), bulk_reason(info), status))
        return failed

    def _before_swap(self, new: str) -> None:
        """The swap waits until the new index has its replicas: a node lost right after the
        swap must not take the only copy of a shard with it."""
        health = self.client.cluster.health(index=new, wait_for_status="green")
        if health.get("timed_out"):
            log.warning("swapping to %s before its replicas are assigned (%s)", new,
                        health.get("status"))  # fmt: skip

    def _get_doc(self, record_id: str) -> Any:
        return self.client.get(index=self.alias, id=record_id, params={"_source_includes": "doc"})

    def _open_pit(self) -> str:
        with self._translated("open a point in time"):
            resp = self.client.create_pit(index=self.alias, params={"keep_alive": PIT_KEEP_ALIVE})
        return str(resp["pit_id"])

    def _close_pit(self, pit_id: str) -> None:
        try:
            self.client.delete_pit(body={"pit_id": [pit_id]})
        except TransportError as exc:  # it expires by itself; never fail a search for this
            log.info("could not close point in time: %s", exc)


def _bulk_lines(action: dict[str, Any]) -> bytes:
    """One action as bulk NDJSON: the action line, and the document line for an index."""
    op = action["_op_type"]
    meta: dict[str, Any] = {"_index": action["_index"], "_id": action["_id"]}
    if "version" in action:
        meta["version"] = action["version"]
        meta["version_type"] = action["version_type"]
    head = orjson.dumps({op: meta}) + b"\n"
    if op == "delete":
        return head
    return head + orjson.dumps(action["_source"]) + b"\n"


# --- error translation -------------------------------------------------------------------------


def _passing(exc: TransportError) -> bool:
    """A request failure worth a retry: no node answered, or busy / unavailable."""
    status = exc.status_code
    return (
        isinstance(exc, OsConnectionError)
        or not isinstance(status, int)
        or (status in RETRY_STATUSES)
    )


def _reason(exc: Exception) -> str:
    if isinstance(exc, TransportError):
        info = exc.info if isinstance(exc.info, dict) else {}
        error = info.get("error")
        if isinstance(error, dict):
            root = (error.get("root_cause") or [error])[0]
            return f"{root.get('type', 'error')}: {root.get('reason', '')}"
        if isinstance(exc, OsConnectionError) or not isinstance(exc.status_code, int):
            return f"no node answered ({exc.error})"
        return f"HTTP {exc.status_code}: {exc.error}"
    return str(exc)
