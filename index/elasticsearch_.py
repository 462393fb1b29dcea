"""The Elasticsearch backend: chm's search on a cluster, for networks that outgrow one machine.

Data flow: the harvest pipeline feeds mapped records to :meth:`ElasticsearchIndex.upsert`
(``helpers.streaming_bulk``); ``search_api`` and the CLI call :meth:`ElasticsearchIndex.search`,
whose request bodies come from the pure :mod:`index.es_query`. Chosen in config.toml with
``[index] backend = "elasticsearch"`` and opened by :func:`index.registry.open_backend` through
:meth:`ElasticsearchIndex.from_settings`. See docs/elasticsearch.md for operations.

Index lifecycle: records live in versioned indices (``chm-records-v1``, ``-v2``, ...) created
from one composable index template, and everything reads through the alias ``chm-records``.
``chm reindex`` builds the next version with :meth:`~ElasticsearchIndex.begin_rebuild` (writes
go to the new index), then :meth:`~ElasticsearchIndex.finish_rebuild` catches up from the
store's change sequence, swaps the alias in one ``_aliases`` request (remove old + add new,
atomic for readers), catches up once more (changes other processes wrote through the alias
between the first catch-up and the swap) and deletes the old index: no downtime, no lost update.

``last_seq`` (the store change sequence the index has applied) is kept in the index mapping's
``_meta``, so it moves with the versioned index: a new index starts at 0.

Errors (all :class:`~index.base.IndexBackendError`): :class:`BackendUnavailable` for an
unreachable or unsupported cluster, :class:`BulkRejected` for documents the cluster refused,
:class:`~index.base.InvalidQuery` when Elasticsearch rejects a query (HTTP 400).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import elasticsearch
from elastic_transport import TransportError
from elasticsearch import ApiError, BadRequestError, Elasticsearch, NotFoundError
from elasticsearch.helpers import streaming_bulk

from index.base import (
    BackendUnavailable,
    ConceptAncestors,
    IndexBackendError,
    InvalidQuery,
    RecordNotFound,
    SearchQuery,
    SearchResult,
)
from index.es_query import (
    ADDED_FIELDS,
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

MIN_SERVER_MAJOR = 8
CLIENT_MAJOR = int(elasticsearch.__versionstr__.partition(".")[0])
ES_ERRORS = (ApiError, TransportError)
MAX_REPORTED_REJECTIONS = 5
_INDEX_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,200}$")


@dataclass(frozen=True)
class EsOptions:
    """Tunables, from the optional ``[elasticsearch]`` (or ``[opensearch]``) section of
    config.toml."""

    index: str = "chm-records"  # the alias; versioned indices are <index>-v<N>
    shards: int = 1
    replicas: int = 1
    chunk_size: int = 500  # documents per bulk request
    max_retries: int = 3  # bulk items answered 429 (cluster busy) are retried this often
    # (on OpenSearch also items and whole requests that failed while a node was lost)
    initial_backoff: float = 1.0  # seconds before the first bulk retry, doubled each time
    request_timeout: float = 30.0

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], section: str = "elasticsearch") -> EsOptions:
        """Check the ``[elasticsearch]`` (or ``[<section>]``) table; raise BackendUnavailable
        naming each problem."""
        known = {f.name: f for f in fields(cls)}
        defaults, kwargs, problems = cls(), {}, []
        for key, value in data.items():
            if key not in known:
                problems.append(f"unknown key '{key}' (known: {', '.join(sorted(known))})")
                continue
            want = type(getattr(defaults, key))
            if want is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, want) or isinstance(value, bool):
                problems.append(f"'{key}' must be {want.__name__}, got {value!r}")
                continue
            kwargs[key] = value
        options = replace(defaults, **kwargs)
        if not _INDEX_NAME_RE.match(options.index):
            problems.append(f"'index' {options.index!r}: use lower-case letters, digits, . _ -")
        if problems:
            raise BackendUnavailable(f"config.toml [{section}]: " + "; ".join(problems))
        return options


class BulkRejected(IndexBackendError):
    """Elasticsearch refused some documents of a bulk write.

    ``rejected`` lists ``(record id, reason)`` for every refused document; the message names
    the first few.
    """

    def __init__(
        self, sent: int, rejected: list[tuple[str, str]], product: str = "Elasticsearch"
    ) -> None:
        shown = "; ".join(f"'{rid}': {why}" for rid, why in rejected[:MAX_REPORTED_REJECTIONS])
        more = len(rejected) - MAX_REPORTED_REJECTIONS
        tail = f" (and {more} more)" if more > 0 else ""
        super().__init__(f"{product} rejected {len(rejected)} of {sent} documents: {shown}{tail}")
        self.sent = sent
        self.rejected = rejected


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


class VersionedWriter:
    """The follower's side of a cluster backend (Elasticsearch, OpenSearch): store changes go
    out as versioned writes, so nothing is buffered in the process to re-read or drop."""

    alias: str

    def apply_versioned(self, changes: Iterable[tuple[int, str, Record | None]]) -> int:
        """Each backend's bulk write with external versions."""
        raise NotImplementedError

    def writer_lease(self) -> str | None:
        """One writing process per alias (the lease keeps chm's historical name for both
        Elasticsearch and OpenSearch, so a running older process is still seen)."""
        return f"index:elasticsearch:{self.alias}"

    def apply_changes(self, changes: Sequence[tuple[int, str, Record | None]]) -> int:
        """Versioned writes: each change's store sequence is its external version."""
        if not changes:
            return 0
        return self.apply_versioned(changes)

    def refresh(self) -> None:
        """Nothing to re-read: :meth:`last_seq` asks the cluster each time."""

    def rollback(self) -> None:
        """Nothing to drop: every write is sent and versioned (a later apply of the same
        changes is idempotent)."""


class ElasticsearchIndex(VersionedWriter):
    """:class:`~index.base.IndexBackend` on an Elasticsearch cluster (official client).

    Args:
        client: a configured client (see :func:`client_from_env`).
        options: alias name, shards, replicas, bulk settings.
        server_version: the version reported by :func:`check_server` (for :meth:`health`).
        setup: install the index template and create the first index behind the alias if
            there is none yet.

    ``target`` is where writes go: the alias, or the new index during a rebuild.
    """

    supports_reopen = True
    concept_ancestors: ConceptAncestors | None = None
    page_out_reads = False  # nothing of the index is mapped in this process

    def __init__(
        self,
        client: Elasticsearch,
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
        if setup:
            self.ensure_index()

    @classmethod
    def from_settings(cls, settings: Settings) -> ElasticsearchIndex:
        """Open the cluster config.toml names; check it before anything else.

        ``[index] url`` (or ``$CHM_ES_URL``); credentials from the environment (see
        :func:`client_from_env`); tunables from ``[elasticsearch]`` (:class:`EsOptions`).

        Raises:
            BackendUnavailable: no URL, unreachable cluster, unsupported version, bad options.
        """
        url = settings.index.url or os.environ.get("CHM_ES_URL")
        if not url:
            raise BackendUnavailable(
                '[index] backend = "elasticsearch" needs url = "https://host:9200" '
                '(or url = "${CHM_ES_URL}" and CHM_ES_URL in the environment)'
            )
        section = settings.raw.get("elasticsearch", {})
        if not isinstance(section, dict):
            raise BackendUnavailable("config.toml: [elasticsearch] must be a table")
        return cls.connect(url, EsOptions.from_mapping(section))

    @classmethod
    def connect(
        cls, url: str, options: EsOptions | None = None, env: Mapping[str, str] | None = None
    ) -> ElasticsearchIndex:
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
            self.client.indices.put_index_template(
                name=f"{self.alias}-template",
                index_patterns=body["index_patterns"],
                priority=body["priority"],
                version=body["version"],
                meta=body["_meta"],
                template=body["template"],
            )
            if self.client.indices.exists_alias(name=self.alias):
                self._warn_if_old_template()
                return
            if self.client.indices.exists(index=self.alias):
                raise BackendUnavailable(
                    f"'{self.alias}' is an index, not an alias; chm keeps records in versioned "
                    f"indices behind an alias: rename or delete that index (docs/elasticsearch.md)"
                )
            self._create_index(self._next_index_name(), alias=True)

    def _create_index(self, name: str, *, alias: bool = False) -> None:
        """Create ``name`` from the template (optionally already behind the alias)."""
        try:
            self.client.indices.create(index=name, aliases={self.alias: {}} if alias else None)
        except BadRequestError as exc:
            if _error_type(exc) != "resource_already_exists_exception":
                raise
            log.info("index %s already exists (created by another chm process)", name)

    def _next_index_name(self) -> str:
        """``<alias>-v<N+1>`` after the highest existing version."""
        existing = self.client.indices.get(index=f"{self.alias}-v*")
        versions = [0]
        for name in existing.body:
            suffix = name[len(self.alias) + 2 :]
            if name.startswith(f"{self.alias}-v") and suffix.isdigit():
                versions.append(int(suffix))
        return f"{self.alias}-v{max(versions) + 1}"

    def alias_indices(self) -> list[str]:
        """The concrete indices behind the alias (one, except in the middle of a swap)."""
        with _translated("read the alias"):
            try:
                return sorted(self.client.indices.get_alias(name=self.alias).body)
            except NotFoundError:
                return []

    def _meta(self) -> dict[str, Any]:
        """The ``_meta`` of the write target's mapping (``last_seq``, template version)."""
        with _translated("read the index metadata"):
            body = self.client.indices.get_mapping(index=self.target).body
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
        """Index records by id through ``streaming_bulk``; return how many were sent.

        Raises:
            BulkRejected: some documents were refused (the others are written).
            BackendUnavailable: the cluster cannot be reached.
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
            raise BulkRejected(sent, rejected)
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
            raise BulkRejected(asked, rejected)
        return asked

    def apply_versioned(self, changes: Iterable[tuple[int, str, Record | None]]) -> int:
        """Write ``(store sequence, id, record or None to delete)`` changes, each with its
        sequence as an external version (``version_type=external``): Elasticsearch keeps a
        document whose version is already as new or newer, so a late or repeated write (a
        retry, a process that lost the index lease) never replaces a newer record. A delete
        leaves a versioned tombstone for ``index.gc_deletes`` (60 s by default).

        Returns:
            How many changes were sent (refused-as-older ones included).

        Raises:
            BulkRejected: some documents were refused for another reason.
            BackendUnavailable: the cluster cannot be reached.
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
            raise BulkRejected(sent, rejected)
        return sent

    def _bulk(self, actions: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
        """Send actions in chunks; return ``(id, reason)`` for each refused one.

        ``raise_on_error=False`` is what lets ``streaming_bulk`` retry items answered 429
        (with ``initial_backoff`` doubling); other failures are collected, not raised midway.
        """
        rejected: list[tuple[str, str]] = []
        with _translated("write documents"):
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

    def commit(self, last_seq: int | None = None) -> None:
        """Refresh (make writes searchable); store ``last_seq`` in the mapping ``_meta``."""
        with _translated("refresh the index"):
            self.client.indices.refresh(index=self.target)
            if last_seq is not None:
                meta = {**self._meta(), "last_seq": int(last_seq)}
                self.client.indices.put_mapping(index=self.target, meta=meta)

    def last_seq(self) -> int:
        """The store change sequence applied by the last commit (0 for a new index)."""
        return int(self._meta().get("last_seq", 0) or 0)

    def clear(self) -> None:
        """Remove every record and reset ``last_seq`` to 0.

        Outside a rebuild this swaps in a fresh empty index (faster than deleting millions of
        documents); during a rebuild it empties the new index.
        """
        if self.target != self.alias:
            with _translated("empty the new index"):
                self.client.delete_by_query(
                    index=self.target, query={"match_all": {}}, refresh=True, conflicts="proceed"
                )
                self.client.indices.put_mapping(
                    index=self.target, meta={**self._meta(), "last_seq": 0}
                )
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

        Raises:
            IndexBackendError: a rebuild is already in progress in this object.
        """
        if self.target != self.alias:
            raise IndexBackendError(f"a rebuild into {self.target} is already in progress")
        with _translated("create the new index"):
            new = self._next_index_name()
            self._create_index(new)
            self.client.indices.put_settings(
                index=new, settings={"index": {"number_of_replicas": 0, "refresh_interval": "-1"}}
            )
        self.target = new
        log.info("rebuilding %s into %s", self.alias, new)
        return new

    def finish_rebuild(self, catch_up: Callable[[], object]) -> str:
        """Catch up, swap the alias atomically, catch up again, delete the old index.

        Args:
            catch_up: applies the store's changes after ``self.last_seq()`` to this backend
                (upsert/delete + ``commit(last_seq)``); called before the swap (into the new
                index) and after it (through the alias, for changes other processes wrote to
                the old index in between).

        Returns:
            The name of the index now behind the alias.
        """
        new = self.target
        if new == self.alias:
            raise IndexBackendError("no rebuild in progress: call begin_rebuild() first")
        catch_up()
        with _translated("prepare the new index"):
            self.client.indices.put_settings(
                index=new,
                settings={
                    "index": {"number_of_replicas": self.options.replicas, "refresh_interval": None}
                },
            )
            self.client.indices.refresh(index=new)
        self._swap_alias(new)
        self.target = self.alias
        catch_up()
        return new

    def abort_rebuild(self) -> None:
        """Drop the index being rebuilt; the alias never moved."""
        if self.target == self.alias:
            return
        with _translated("delete the abandoned index"):
            self.client.indices.delete(index=self.target, ignore_unavailable=True)
        self.target = self.alias

    def _swap_alias(self, new: str) -> None:
        """Point the alias at ``new`` in one ``_aliases`` request, then delete the old index."""
        old = [name for name in self.alias_indices() if name != new]
        actions: list[dict[str, Any]] = [
            {"remove": {"index": name, "alias": self.alias}} for name in old
        ]
        actions.append({"add": {"index": new, "alias": self.alias}})
        with _translated("swap the alias"):
            self.client.indices.update_aliases(actions=actions)
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        log.info("alias %s now points at %s (removed %s)", self.alias, new, ", ".join(old))

    # --- reads ---------------------------------------------------------------------------------

    def get(self, record_id: str) -> dict[str, Any]:
        """The indexed record as JSON data; raise :class:`RecordNotFound`."""
        with _translated("read a record"):
            try:
                resp = self.client.get(index=self.alias, id=record_id, source_includes=["doc"])
            except NotFoundError as exc:
                if _error_type(exc) == "index_not_found_exception":
                    raise BackendUnavailable(f"the index {self.alias} does not exist") from None
                raise RecordNotFound(record_id) from None
        doc: dict[str, Any] = (resp.body.get("_source") or {}).get("doc") or {}
        return doc

    def count(self) -> int:
        """Number of searchable records."""
        with _translated("count records"):
            return int(self.client.count(index=self.alias).body["count"])

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; cursor pages use ``search_after`` over a point in time.

        Raises:
            InvalidQuery: input that cannot be searched (also when Elasticsearch answers 400).
            BackendUnavailable: the cluster cannot be reached.
        """
        cursor = read_cursor(query)
        if cursor is None:
            body = self._search(build_search(query), index=self.alias)
            return parse_response(body, query)
        return self._search_after(query, cursor)

    def _search_after(self, query: SearchQuery, cursor: Cursor) -> SearchResult:
        """A cursor page: open a PIT if the cursor has none (or it expired); close it at the
        last page. A PIT left open by a reader who stops paging expires after keep-alive."""
        pit = cursor.pit_id or self._open_pit()
        opened = pit if cursor.pit_id is None else None
        try:
            try:
                body = self._search(build_search(query, pit_id=pit))
            except NotFoundError:  # the PIT expired (keep-alive passed): continue on a new one
                pit = opened = self._open_pit()
                body = self._search(build_search(query, pit_id=pit))
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
        except BadRequestError as exc:
            raise InvalidQuery(f"Elasticsearch could not run this query: {_reason(exc)}") from None
        except NotFoundError:
            if index is None:
                raise  # a PIT that expired: the caller opens a new one
            raise BackendUnavailable(f"the index {index} does not exist") from None
        except ES_ERRORS as exc:
            raise BackendUnavailable(f"Elasticsearch search failed: {_reason(exc)}") from None
        return dict(resp.body)

    def _open_pit(self) -> str:
        with _translated("open a point in time"):
            resp = self.client.open_point_in_time(index=self.alias, keep_alive=PIT_KEEP_ALIVE)
        return str(resp.body["id"])

    def _close_pit(self, pit_id: str) -> None:
        try:
            self.client.close_point_in_time(id=pit_id)
        except ES_ERRORS as exc:  # it expires by itself; never fail a search for this
            log.info("could not close point in time: %s", exc)

    # --- operations ----------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Cluster status, version, index, documents and ``last_seq`` (never raises)."""
        out: dict[str, Any] = {
            "backend": "elasticsearch",
            "alias": self.alias,
            "version": self.server_version,
        }
        try:
            cluster = self.client.cluster.health().body
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
        except ES_ERRORS as exc:
            error = f"cannot reach Elasticsearch: {_reason(exc)}"
            out |= {"ok": False, "status": "unreachable", "documents": None, "error": error}
        if self.target != self.alias:
            out["rebuilding_into"] = self.target
        return out

    def close(self) -> None:
        """Close the client's connections. Closing twice is harmless."""
        self.client.close()


# --- error translation -------------------------------------------------------------------------


def bulk_reason(info: Mapping[str, Any]) -> str:
    """A bulk item's failure in a line: ``mapper_parsing_exception: failed to parse [year]``."""
    error = info.get("error")
    if isinstance(error, dict):
        text = f"{error.get('type', 'error')}: {error.get('reason', '')}".strip()
        cause = error.get("caused_by")
        if isinstance(cause, dict) and cause.get("reason"):
            text += f" ({cause.get('type', 'cause')}: {cause['reason']})"
        return text
    return str(error) if error else f"HTTP {info.get('status', '?')}"


def _is_version_conflict(info: Mapping[str, Any]) -> bool:
    """A bulk item refused because the document's version is already as new or newer."""
    error = info.get("error")
    kind = error.get("type") if isinstance(error, dict) else None
    return info.get("status") == 409 or kind == "version_conflict_engine_exception"


def _error_type(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
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
        if exc is not None and isinstance(exc, ES_ERRORS):
            raise BackendUnavailable(
                f"Elasticsearch: could not {self.doing}: {_reason(exc)}"
            ) from exc
