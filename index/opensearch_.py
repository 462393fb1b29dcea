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
lifecycle is the Elasticsearch backend's (docs/opensearch.md): versioned indices
``<alias>-v<N>`` from one composable template, reads and writes through the alias, ``chm
reindex`` into the next version with an atomic alias swap, ``last_seq`` in the mapping ``_meta``.

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
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from index.base import (
    BackendUnavailable,
    ConceptAncestors,
    IndexBackendError,
    InvalidQuery,
    RecordNotFound,
    SearchQuery,
    SearchResult,
)
from index.elasticsearch_ import BulkRejected, EsOptions, VersionedWriter, bulk_reason
from index.es_query import (
    ADDED_FIELDS,
    OPENSEARCH,
    PIT_KEEP_ALIVE,
    TEMPLATE_VERSION,
    Cursor,
    build_search,
    index_template,
    parse_response,
    read_cursor,
    to_document,
)
from mappings.record import Record

if TYPE_CHECKING:
    from core.config import Settings

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


class OpenSearchIndex(VersionedWriter):
    """:class:`~index.base.IndexBackend` on an OpenSearch cluster.

    Args:
        client: a configured client (see :func:`client_from_env`).
        options: alias name, shards, replicas, bulk settings (``[opensearch]`` in config.toml).
        server_version: the version reported by :func:`check_server` (for :meth:`health`).
        setup: install the index template and create the first index behind the alias if
            there is none yet.

    ``target`` is where writes go: the alias, or the new index during a rebuild.
    """

    supports_reopen = True
    concept_ancestors: ConceptAncestors | None = None
    page_out_reads = False  # nothing of the index is mapped in this process
    sleep: Callable[[float], None] = staticmethod(time.sleep)

    def __init__(
        self,
        client: OpenSearch,
        options: EsOptions | None = None,
        *,
        server_version: str | None = None,
        setup: bool = True,
    ) -> None:
        self.client = client
        self.options = options or EsOptions()
        self.alias = self.options.index
        self.target = self.alias
        self.server_version = server_version
        self.retried = 0  # bulk chunks sent again (a lost node, a busy cluster): for tests, logs
        self._bulk_loading = False  # refreshes paused until the next commit (_start_bulk_load)
        self._restore_refresh: str | None = None
        if setup:
            self.ensure_index()

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenSearchIndex:
        """Open the cluster config.toml names; check it before anything else.

        ``[index] url`` (or ``$CHM_OPENSEARCH_URL``), one or several comma-separated node URLs;
        credentials from the environment (:func:`client_from_env`); tunables from
        ``[opensearch]`` (the same keys as ``[elasticsearch]``).

        Raises:
            BackendUnavailable: no URL, unreachable cluster, unsupported version, bad options.
        """
        url = settings.index.url or os.environ.get("CHM_OPENSEARCH_URL")
        if not url:
            raise BackendUnavailable(
                '[index] backend = "opensearch" needs url = "https://host:9200" (or '
                'url = "${CHM_OPENSEARCH_URL}" and CHM_OPENSEARCH_URL in the environment)'
            )
        section = settings.raw.get("opensearch", {})
        if not isinstance(section, dict):
            raise BackendUnavailable("config.toml: [opensearch] must be a table")
        return cls.connect(url, EsOptions.from_mapping(section, "opensearch"))

    @classmethod
    def connect(
        cls, url: str, options: EsOptions | None = None, env: Mapping[str, str] | None = None
    ) -> OpenSearchIndex:
        """Client from ``url`` and the environment, start-up check, template and alias."""
        options = options or EsOptions()
        client = client_from_env(url, env, options)
        try:
            info = check_server(client, url)
            return cls(client, options, server_version=info["version"]["number"])
        except BackendUnavailable:
            client.close()
            raise

    # --- indices, template and alias ---------------------------------------------------------

    def ensure_index(self) -> None:
        """Install the template; create ``<alias>-v1`` behind the alias when there is none."""
        body = index_template(
            f"{self.alias}-v*", shards=self.options.shards, replicas=self.options.replicas
        )
        with _translated("install the index template"):
            self.client.indices.put_index_template(name=f"{self.alias}-template", body=body)
            if self.client.indices.exists_alias(name=self.alias):
                self._warn_if_old_template()
                return
            if self.client.indices.exists(index=self.alias):
                raise BackendUnavailable(
                    f"'{self.alias}' is an index, not an alias; chm keeps records in versioned "
                    f"indices behind an alias: rename or delete that index (docs/opensearch.md)"
                )
            self._create_index(self._next_index_name(), alias=True)

    def _create_index(self, name: str, *, alias: bool = False) -> None:
        """Create ``name`` from the template (optionally already behind the alias)."""
        body: dict[str, Any] | None = {"aliases": {self.alias: {}}} if alias else None
        try:
            self.client.indices.create(index=name, body=body)
        except RequestError as exc:
            if exc.error != "resource_already_exists_exception":
                raise
            log.info("index %s already exists (created by another chm process)", name)

    def _next_index_name(self) -> str:
        """``<alias>-v<N+1>`` after the highest existing version."""
        existing = self.client.indices.get(index=f"{self.alias}-v*")
        versions = [0]
        for name in existing:
            suffix = name[len(self.alias) + 2 :]
            if name.startswith(f"{self.alias}-v") and suffix.isdigit():
                versions.append(int(suffix))
        return f"{self.alias}-v{max(versions) + 1}"

    def alias_indices(self) -> list[str]:
        """The concrete indices behind the alias (one, except in the middle of a swap)."""
        with _translated("read the alias"):
            try:
                return sorted(self.client.indices.get_alias(name=self.alias))
            except NotFoundError:
                return []

    def _meta(self) -> dict[str, Any]:
        """The ``_meta`` of the write target's mapping (``last_seq``, template version)."""
        with _translated("read the index metadata"):
            body = self.client.indices.get_mapping(index=self.target)
        for entry in body.values():
            meta = (entry.get("mappings") or {}).get("_meta") or {}
            return dict(meta)
        return {}

    def _warn_if_old_template(self) -> None:
        version = self._meta().get("chm_template_version")
        if version != TEMPLATE_VERSION:
            log.warning(
                "index %s was built with template version %s (current %s): run chm "
                "reindex to apply the new mappings",
                self.alias,
                version,
                TEMPLATE_VERSION,
            )
            try:  # a strict mapping refuses fields it does not know: add them
                self.client.indices.put_mapping(
                    index=self.target, body={"properties": ADDED_FIELDS}
                )
            except Exception as exc:  # a read-only alias still serves searches
                log.warning("cannot add %s to %s: %s", sorted(ADDED_FIELDS), self.target, exc)

    # --- writes ------------------------------------------------------------------------------

    def upsert(self, records: Iterable[Record]) -> int:
        """Index records by id; return how many were sent.

        Raises:
            BulkRejected: some documents were refused (the others are written).
            BackendUnavailable: the cluster cannot be reached, even after the retries.
        """
        sent = 0

        def actions() -> Iterator[dict[str, Any]]:
            nonlocal sent
            for record in records:
                sent += 1
                yield {
                    "_op_type": "index",
                    "_index": self.target,
                    "_id": record.id,
                    "_source": to_document(record.to_dict(), None, self.concept_ancestors),
                }

        rejected = self._bulk(actions())
        if rejected:
            raise BulkRejected(sent, rejected, PRODUCT)
        return sent

    def delete(self, ids: Iterable[str]) -> int:
        """Remove records by id (unknown ids are ignored); return how many were asked."""
        asked = 0

        def actions() -> Iterator[dict[str, Any]]:
            nonlocal asked
            for record_id in ids:
                asked += 1
                yield {"_op_type": "delete", "_index": self.target, "_id": record_id}

        rejected = self._bulk(actions())
        if rejected:
            raise BulkRejected(asked, rejected, PRODUCT)
        return asked

    def apply_versioned(self, changes: Iterable[tuple[int, str, Record | None]]) -> int:
        """Write ``(store sequence, id, record or None to delete)`` changes, each with its
        sequence as an external version (``version_type=external``): a document already at
        that version or newer is kept, so a late or repeated write (a resend, a process that
        lost the index lease) never replaces a newer record (see :mod:`index.follower`).

        Raises:
            BulkRejected: some documents were refused for another reason.
            BackendUnavailable: the cluster cannot be reached, even after the retries.
        """
        sent = 0

        def actions() -> Iterator[dict[str, Any]]:
            nonlocal sent
            for seq, record_id, record in changes:
                sent += 1
                meta = {
                    "_index": self.target,
                    "_id": record_id,
                    "version": int(seq),
                    "version_type": "external",
                }
                if record is None:
                    yield {"_op_type": "delete", **meta}
                else:
                    doc = to_document(record.to_dict(), None, self.concept_ancestors)
                    yield {"_op_type": "index", **meta, "_source": doc}

        rejected = self._bulk(actions())
        if rejected:
            raise BulkRejected(sent, rejected, PRODUCT)
        return sent

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

    def commit(self, last_seq: int | None = None) -> None:
        """Refresh (make writes searchable); store ``last_seq`` in the mapping ``_meta``; end
        a bulk load (the refresh interval it paused is put back)."""
        with _translated("refresh the index"):
            self.client.indices.refresh(index=self.target)
        self._end_bulk_load()
        with _translated("store the applied change sequence"):
            if last_seq is not None:
                meta = {**self._meta(), "last_seq": int(last_seq)}
                self.client.indices.put_mapping(index=self.target, body={"_meta": meta})

    def last_seq(self) -> int:
        """The store change sequence applied by the last commit (0 for a new index)."""
        return int(self._meta().get("last_seq", 0) or 0)

    def clear(self) -> None:
        """Remove every record and reset ``last_seq`` to 0 (a fresh empty index behind the
        alias; during a rebuild, the new index emptied)."""
        if self.target != self.alias:
            with _translated("empty the new index"):
                self.client.delete_by_query(
                    index=self.target,
                    body={"query": {"match_all": {}}},
                    params={"refresh": "true", "conflicts": "proceed"},
                )
                meta = {**self._meta(), "last_seq": 0}
                self.client.indices.put_mapping(index=self.target, body={"_meta": meta})
            return
        with _translated("replace the index with an empty one"):
            new = self._next_index_name()
            self._create_index(new)
            self._swap_alias(new)

    # --- zero-downtime rebuild -----------------------------------------------------------------

    def rebuild(self, fill: Callable[[], int], catch_up: Callable[[], object]) -> int:
        """Fill a new versioned index while searches read the old one, then swap the alias
        (:meth:`begin_rebuild`, ``fill``, :meth:`finish_rebuild` with ``catch_up``)."""
        self.begin_rebuild()
        n = fill()
        self.finish_rebuild(catch_up)
        return n

    def begin_rebuild(self) -> str:
        """Create the next versioned index and send writes there; return its name.

        The new index is tuned for bulk loading (no replicas, no periodic refresh) until
        :meth:`finish_rebuild`. Searches keep reading the old index through the alias.
        """
        if self.target != self.alias:
            raise IndexBackendError(f"a rebuild into {self.target} is already in progress")
        with _translated("create the new index"):
            new = self._next_index_name()
            self._create_index(new)
            self.client.indices.put_settings(
                index=new, body={"index": {"number_of_replicas": 0, "refresh_interval": "-1"}}
            )
        self.target = new
        log.info("rebuilding %s into %s", self.alias, new)
        return new

    def finish_rebuild(self, catch_up: Callable[[], object]) -> str:
        """Catch up, restore replicas and wait for them, swap the alias atomically, catch up
        again, delete the old index. Returns the index now behind the alias."""
        new = self.target
        if new == self.alias:
            raise IndexBackendError("no rebuild in progress: call begin_rebuild() first")
        catch_up()
        with _translated("prepare the new index"):
            self.client.indices.put_settings(
                index=new,
                body={
                    "index": {"number_of_replicas": self.options.replicas, "refresh_interval": None}
                },
            )
            self.client.indices.refresh(index=new)
            # the swap waits until the new index has its replicas: a node lost right after the
            # swap must not take the only copy of a shard with it
            health = self.client.cluster.health(index=new, params={"wait_for_status": "green"})
            if health.get("timed_out"):
                log.warning("swapping to %s before its replicas are assigned (%s)", new,
                            health.get("status"))  # fmt: skip
        self._swap_alias(new)
        self.target = self.alias
        catch_up()
        return new

    def abort_rebuild(self) -> None:
        """Drop the index being rebuilt; the alias never moved."""
        if self.target == self.alias:
            return
        with _translated("delete the abandoned index"):
            self.client.indices.delete(index=self.target, params={"ignore_unavailable": "true"})
        self.target = self.alias

    def _swap_alias(self, new: str) -> None:
        """Point the alias at ``new`` in one ``_aliases`` request, then delete the old index."""
        old = [name for name in self.alias_indices() if name != new]
        actions: list[dict[str, Any]] = [
            {"remove": {"index": name, "alias": self.alias}} for name in old
        ]
        actions.append({"add": {"index": new, "alias": self.alias}})
        with _translated("swap the alias"):
            self.client.indices.update_aliases(body={"actions": actions})
            for name in old:
                self.client.indices.delete(index=name, params={"ignore_unavailable": "true"})
        log.info("alias %s now points at %s (removed %s)", self.alias, new, ", ".join(old))

    # --- reads ---------------------------------------------------------------------------------

    def get(self, record_id: str) -> dict[str, Any]:
        """The indexed record as JSON data; raise :class:`RecordNotFound`."""
        with _translated("read a record"):
            try:
                resp = self.client.get(
                    index=self.alias, id=record_id, params={"_source_includes": "doc"}
                )
            except NotFoundError as exc:
                if exc.error == "index_not_found_exception":
                    raise BackendUnavailable(f"the index {self.alias} does not exist") from None
                raise RecordNotFound(record_id) from None
        doc: dict[str, Any] = (resp.get("_source") or {}).get("doc") or {}
        return doc

    def count(self) -> int:
        """Number of searchable records."""
        with _translated("count records"):
            return int(self.client.count(index=self.alias)["count"])

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; cursor pages use ``search_after`` over a point in time.

        Raises:
            InvalidQuery: input that cannot be searched (also when OpenSearch answers 400).
            BackendUnavailable: the cluster cannot be reached.
        """
        cursor = read_cursor(query, OPENSEARCH)
        if cursor is None:
            body = self._search(build_search(query, dialect=OPENSEARCH), index=self.alias)
            return parse_response(body, query)
        return self._search_after(query, cursor)

    def _search_after(self, query: SearchQuery, cursor: Cursor) -> SearchResult:
        """A cursor page: open a PIT if the cursor has none (or it expired); close it at the
        last page. A PIT left open by a reader who stops paging expires after keep-alive."""
        pit = cursor.pit_id or self._open_pit()
        opened = pit if cursor.pit_id is None else None
        try:
            try:
                body = self._search(build_search(query, pit_id=pit, dialect=OPENSEARCH))
            except NotFoundError:  # the PIT expired (keep-alive passed): continue on a new one
                pit = opened = self._open_pit()
                body = self._search(build_search(query, pit_id=pit, dialect=OPENSEARCH))
        except BaseException:
            if opened:
                self._close_pit(opened)
            raise
        result = parse_response(body, query)
        if result.next_cursor is None:
            self._close_pit(str(body.get("pit_id") or pit))
        return result

    def _search(self, body: dict[str, Any], index: str | None = None) -> dict[str, Any]:
        try:
            resp = self.client.search(index=index, body=body)
        except RequestError as exc:
            raise InvalidQuery(f"OpenSearch could not run this query: {_reason(exc)}") from None
        except NotFoundError:
            if index is None:
                raise  # a PIT that expired: the caller opens a new one
            raise BackendUnavailable(f"the index {index} does not exist") from None
        except TransportError as exc:
            raise BackendUnavailable(f"OpenSearch search failed: {_reason(exc)}") from None
        shards = resp.get("_shards") or {}
        if shards.get("failed"):
            # a copy of every shard answered or OpenSearch would have failed the request; log
            # what did not, so an operator sees a cluster that serves partial results
            log.warning("search answered by %s of %s shards", shards.get("successful"),
                        shards.get("total"))  # fmt: skip
        return dict(resp)

    def _open_pit(self) -> str:
        with _translated("open a point in time"):
            resp = self.client.create_pit(index=self.alias, params={"keep_alive": PIT_KEEP_ALIVE})
        return str(resp["pit_id"])

    def _close_pit(self, pit_id: str) -> None:
        try:
            self.client.delete_pit(body={"pit_id": [pit_id]})
        except TransportError as exc:  # it expires by itself; never fail a search for this
            log.info("could not close point in time: %s", exc)

    # --- operations ----------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Cluster status, version, index, documents and ``last_seq`` (never raises)."""
        out: dict[str, Any] = {"backend": "opensearch", "alias": self.alias,
                               "version": self.server_version}  # fmt: skip
        try:
            cluster = self.client.cluster.health()
            meta = self._meta()
            out |= {
                "ok": cluster.get("status") in ("green", "yellow"),
                "status": cluster.get("status"),
                "cluster": cluster.get("cluster_name"),
                "nodes": cluster.get("number_of_nodes"),
                "indices": self.alias_indices(),
                "documents": self.count(),
                "last_seq": int(meta.get("last_seq", 0) or 0),
                "template_version": meta.get("chm_template_version"),
                "template_current": meta.get("chm_template_version") == TEMPLATE_VERSION,
            }
        except IndexBackendError as exc:
            out |= {"ok": False, "status": "unreachable", "documents": None, "error": str(exc)}
        except TransportError as exc:
            error = f"cannot reach OpenSearch: {_reason(exc)}"
            out |= {"ok": False, "status": "unreachable", "documents": None, "error": error}
        if self.target != self.alias:
            out["rebuilding_into"] = self.target
        return out

    def close(self) -> None:
        """Put back a refresh interval a bulk load paused (normally done by the last commit),
        close the client's connections. Closing twice is harmless."""
        self._end_bulk_load()
        self.client.close()


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


class _translated:
    """Turn client errors into chm's: ``with _translated("write documents"): ...`` raises
    :class:`BackendUnavailable` saying what chm was doing and what the cluster said."""

    def __init__(self, doing: str) -> None:
        self.doing = doing

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, _tb: object
    ) -> None:
        if exc is not None and isinstance(exc, TransportError):
            raise BackendUnavailable(f"OpenSearch: could not {self.doing}: {_reason(exc)}") from exc
