"""What chm's two cluster backends share: one index lifecycle on the Elasticsearch REST API.

Elasticsearch (:mod:`index.elasticsearch_`) and OpenSearch (:mod:`index.opensearch_`) take
the same request bodies (:mod:`index.es_query`) and the same REST calls for everything chm
does; their Python clients differ in response objects, exception classes, point-in-time calls
and a few argument names. :class:`ClusterIndex` holds the lifecycle once and each backend
supplies those differences as a handful of small methods (the ``--- product hooks ---``
section below).

Index lifecycle: records live in versioned indices (``chm-records-v1``, ``-v2``, ...) created
from one composable index template, and everything reads through the alias ``chm-records``.
``chm reindex`` builds the next version with :meth:`~ClusterIndex.begin_rebuild` (writes go to
the new index), then :meth:`~ClusterIndex.finish_rebuild` catches up from the store's change
sequence, swaps the alias in one ``_aliases`` request (remove old + add new, atomic for
readers), catches up once more (changes other processes wrote through the alias between the
first catch-up and the swap) and deletes the old index: no downtime, no lost update.

``last_seq`` (the store change sequence the index has applied) is kept in the index mapping's
``_meta``, so it moves with the versioned index: a new index starts at 0. Store changes reach a
cluster as versioned writes (:meth:`~ClusterIndex.apply_versioned`): each change's sequence is
its external version, so a late or repeated write never replaces a newer document.

Errors (all :class:`~index.base.IndexBackendError`): :class:`BackendUnavailable` for an
unreachable or unsupported cluster, :class:`BulkRejected` for documents the cluster refused,
:class:`~index.base.InvalidQuery` when the cluster rejects a query (HTTP 400).
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, ClassVar

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
    ELASTICSEARCH,
    TEMPLATE_VERSION,
    Cursor,
    Dialect,
    build_search,
    found_words,
    index_template,
    known_words_search,
    parse_response,
    read_cursor,
    to_document,
)
from index.query import ParsedText, check_query, parse_with_corpus
from mappings.record import Record

if TYPE_CHECKING:
    from core.config import Settings

log = logging.getLogger(__name__)

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
    """The cluster refused some documents of a bulk write.

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


class ClusterIndex:
    """:class:`~index.base.IndexBackend` on an Elasticsearch-API cluster; a backend subclasses
    it with its client (see the module docstring).

    Args:
        client: a configured client (the backend's ``client_from_env``).
        options: alias name, shards, replicas, bulk settings.
        server_version: the version reported by the backend's ``check_server`` (for
            :meth:`health`).
        setup: install the index template and create the first index behind the alias if
            there is none yet.

    ``target`` is where writes go: the alias, or the new index during a rebuild.
    """

    product: ClassVar[str]  # "Elasticsearch": in messages
    backend: ClassVar[str]  # "elasticsearch": config.toml's [index] backend and section
    url_env: ClassVar[str]  # the environment variable that may hold the URL
    dialect: ClassVar[Dialect] = ELASTICSEARCH
    errors: ClassVar[tuple[type[Exception], ...]]  # what the client raises when a call fails
    bad_request: ClassVar[type[Exception]]  # HTTP 400
    not_found: ClassVar[type[Exception]]  # HTTP 404

    supports_reopen = True
    concept_ancestors: ConceptAncestors | None = None
    page_out_reads = False  # nothing of the index is mapped in this process

    def __init__(
        self,
        client: Any,
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

    # --- product hooks ---------------------------------------------------------------------

    @staticmethod
    def make_client(url: str, env: Mapping[str, str] | None, options: EsOptions) -> Any:
        """A configured client for ``url`` with credentials from ``env``."""
        raise NotImplementedError

    @staticmethod
    def check_server(client: Any, url: str) -> dict[str, Any]:
        """The root response (``GET /``), or BackendUnavailable for what chm cannot use."""
        raise NotImplementedError

    @staticmethod
    def reason(exc: Exception) -> str:
        """What the cluster said, in a line (``index_not_found_exception: no such index``)."""
        raise NotImplementedError

    @staticmethod
    def error_type(exc: Exception) -> str:
        """The error type of a failed call (``resource_already_exists_exception``)."""
        raise NotImplementedError

    @staticmethod
    def body(resp: Any) -> dict[str, Any]:
        """A response's JSON body."""
        raise NotImplementedError

    search_retries = 0
    """Times a search that failed for a passing reason (:meth:`search_passing`) is sent
    again, after 0.1 s, then 0.2 s, ...: none unless the backend says which reasons pass."""

    @staticmethod
    def search_passing(exc: Exception) -> bool:
        """Whether a failed search is worth sending again (a read is idempotent)."""
        return False

    sleep: Callable[[float], None] = staticmethod(time.sleep)  # the pause between retries

    def _bulk(self, actions: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
        """Send bulk actions; return ``(id, reason)`` for each refused one."""
        raise NotImplementedError

    def _get_doc(self, record_id: str) -> Any:
        """``GET <alias>/_doc/<id>`` with only the stored record in ``_source``."""
        raise NotImplementedError

    def _open_pit(self) -> str:
        raise NotImplementedError

    def _close_pit(self, pit_id: str) -> None:
        raise NotImplementedError

    def _end_bulk_load(self) -> None:
        """Undo what a backend changed for a bulk load (at a commit and at close)."""

    def _before_swap(self, new: str) -> None:
        """Called in :meth:`finish_rebuild` once ``new`` has its replicas set and is refreshed."""

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """Turn client errors into chm's: ``with self._translated("write documents"): ...``
        raises :class:`BackendUnavailable` saying what chm was doing and what the cluster
        said."""
        try:
            yield
        except self.errors as exc:
            raise BackendUnavailable(
                f"{self.product}: could not {doing}: {self.reason(exc)}"
            ) from exc

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def from_settings(cls, settings: Settings) -> ClusterIndex:
        """Open the cluster config.toml names; check it before anything else.

        ``[index] url`` (or the backend's ``$CHM_..._URL``); credentials from the environment
        (the backend's ``client_from_env``); tunables from ``[elasticsearch]`` or
        ``[opensearch]`` (:class:`EsOptions`).

        Raises:
            BackendUnavailable: no URL, unreachable cluster, unsupported version, bad options.
        """
        url = settings.index.url or os.environ.get(cls.url_env)
        if not url:
            raise BackendUnavailable(
                f'[index] backend = "{cls.backend}" needs url = "https://host:9200" (or '
                f'url = "${{{cls.url_env}}}" and {cls.url_env} in the environment)'
            )
        section = settings.raw.get(cls.backend, {})
        if not isinstance(section, dict):
            raise BackendUnavailable(f"config.toml: [{cls.backend}] must be a table")
        return cls.connect(url, EsOptions.from_mapping(section, cls.backend))

    @classmethod
    def connect(
        cls, url: str, options: EsOptions | None = None, env: Mapping[str, str] | None = None
    ) -> ClusterIndex:
        """Client from ``url`` and the environment, start-up check, template and alias."""
        options = options or EsOptions()
        client = cls.make_client(url, env, options)
        try:
            info = cls.check_server(client, url)
            return cls(client, options, server_version=info["version"]["number"])
        except BackendUnavailable:
            client.close()
            raise

    # --- the follower's side -----------------------------------------------------------------

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

    # --- indices, template and alias ---------------------------------------------------------

    def ensure_index(self) -> None:
        """Install the template; create ``<alias>-v1`` behind the alias when there is none."""
        body = index_template(
            f"{self.alias}-v*", shards=self.options.shards, replicas=self.options.replicas
        )
        with self._translated("install the index template"):
            self.client.indices.put_index_template(name=f"{self.alias}-template", body=body)
            if self.client.indices.exists_alias(name=self.alias):
                self._warn_if_old_template()
                return
            if self.client.indices.exists(index=self.alias):
                raise BackendUnavailable(
                    f"'{self.alias}' is an index, not an alias; chm keeps records in versioned "
                    f"indices behind an alias: rename or delete that index "
                    f"(docs/{self.backend}.md)"
                )
            self._create_index(self._next_index_name(), alias=True)

    def _create_index(self, name: str, *, alias: bool = False) -> None:
        """Create ``name`` from the template (optionally already behind the alias)."""
        body: dict[str, Any] | None = {"aliases": {self.alias: {}}} if alias else None
        try:
            self.client.indices.create(index=name, body=body)
        except self.bad_request as exc:
            if self.error_type(exc) != "resource_already_exists_exception":
                raise
            log.info("index %s already exists (created by another chm process)", name)

    def _next_index_name(self) -> str:
        """``<alias>-v<N+1>`` after the highest existing version."""
        existing = self.body(self.client.indices.get(index=f"{self.alias}-v*"))
        versions = [0]
        for name in existing:
            suffix = name[len(self.alias) + 2 :]
            if name.startswith(f"{self.alias}-v") and suffix.isdigit():
                versions.append(int(suffix))
        return f"{self.alias}-v{max(versions) + 1}"

    def alias_indices(self) -> list[str]:
        """The concrete indices behind the alias (one, except in the middle of a swap)."""
        with self._translated("read the alias"):
            try:
                return sorted(self.body(self.client.indices.get_alias(name=self.alias)))
            except self.not_found:
                return []

    def _meta(self) -> dict[str, Any]:
        """The ``_meta`` of the write target's mapping (``last_seq``, template version)."""
        with self._translated("read the index metadata"):
            body = self.body(self.client.indices.get_mapping(index=self.target))
        for entry in body.values():
            meta = (entry.get("mappings") or {}).get("_meta") or {}
            return dict(meta)
        return {}

    def _put_meta(self, meta: dict[str, Any]) -> None:
        self.client.indices.put_mapping(index=self.target, body={"_meta": meta})

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

    def _document(self, record: Record) -> dict[str, Any]:
        return to_document(record.to_dict(), None, self.concept_ancestors)

    def _send_all(self, actions: Iterator[dict[str, Any]], counted: list[int]) -> int:
        """Bulk-send ``actions`` (a generator that counts into ``counted[0]``); raise
        :class:`BulkRejected` for what was refused; return the count."""
        rejected = self._bulk(actions)
        if rejected:
            raise BulkRejected(counted[0], rejected, self.product)
        return counted[0]

    def upsert(self, records: Iterable[Record]) -> int:
        """Index records by id; return how many were sent.

        Raises:
            BulkRejected: some documents were refused (the others are written).
            BackendUnavailable: the cluster cannot be reached (after the backend's retries).
        """
        sent = [0]

        def actions() -> Iterator[dict[str, Any]]:
            for record in records:
                sent[0] += 1
                yield {"_op_type": "index", "_index": self.target, "_id": record.id,
                       "_source": self._document(record)}  # fmt: skip

        return self._send_all(actions(), sent)

    def delete(self, ids: Iterable[str]) -> int:
        """Remove records by id (unknown ids are ignored); return how many were asked."""
        asked = [0]

        def actions() -> Iterator[dict[str, Any]]:
            for record_id in ids:
                asked[0] += 1
                yield {"_op_type": "delete", "_index": self.target, "_id": record_id}

        return self._send_all(actions(), asked)

    def apply_versioned(self, changes: Iterable[tuple[int, str, Record | None]]) -> int:
        """Write ``(store sequence, id, record or None to delete)`` changes, each with its
        sequence as an external version (``version_type=external``): the cluster keeps a
        document whose version is already as new or newer, so a late or repeated write (a
        resend, a process that lost the index lease) never replaces a newer record (see
        :mod:`index.follower`). A delete leaves a versioned tombstone for
        ``index.gc_deletes`` (60 s by default).

        Returns:
            How many changes were sent (refused-as-older ones included).

        Raises:
            BulkRejected: some documents were refused for another reason.
            BackendUnavailable: the cluster cannot be reached (after the backend's retries).
        """
        sent = [0]

        def actions() -> Iterator[dict[str, Any]]:
            for seq, record_id, record in changes:
                sent[0] += 1
                meta = {"_index": self.target, "_id": record_id, "version": int(seq),
                        "version_type": "external"}  # fmt: skip
                if record is None:
                    yield {"_op_type": "delete", **meta}
                else:
                    yield {"_op_type": "index", **meta, "_source": self._document(record)}

        return self._send_all(actions(), sent)

    def commit(self, last_seq: int | None = None) -> None:
        """Refresh (make writes searchable); end a bulk load the backend started; store
        ``last_seq`` in the mapping ``_meta``."""
        with self._translated("refresh the index"):
            self.client.indices.refresh(index=self.target)
        self._end_bulk_load()
        if last_seq is not None:
            with self._translated("store the applied change sequence"):
                self._put_meta({**self._meta(), "last_seq": int(last_seq)})

    def last_seq(self) -> int:
        """The store change sequence applied by the last commit (0 for a new index)."""
        return int(self._meta().get("last_seq", 0) or 0)

    def clear(self) -> None:
        """Remove every record and reset ``last_seq`` to 0.

        Outside a rebuild this swaps in a fresh empty index (faster than deleting millions of
        documents); during a rebuild it empties the new index.
        """
        if self.target != self.alias:
            with self._translated("empty the new index"):
                self.client.delete_by_query(index=self.target, body={"query": {"match_all": {}}},
                                            refresh=True, conflicts="proceed")  # fmt: skip
                self._put_meta({**self._meta(), "last_seq": 0})
            return
        with self._translated("replace the index with an empty one"):
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
        with self._translated("create the new index"):
            new = self._next_index_name()
            self._create_index(new)
            self.client.indices.put_settings(
                index=new, body={"index": {"number_of_replicas": 0, "refresh_interval": "-1"}}
            )
        self.target = new
        log.info("rebuilding %s into %s", self.alias, new)
        return new

    def finish_rebuild(self, catch_up: Callable[[], object]) -> str:
        """Catch up, restore replicas, swap the alias atomically, catch up again, delete the
        old index.

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
        with self._translated("prepare the new index"):
            replicas = self.options.replicas
            self.client.indices.put_settings(
                index=new,
                body={"index": {"number_of_replicas": replicas, "refresh_interval": None}},
            )
            self.client.indices.refresh(index=new)
            self._before_swap(new)
        self._swap_alias(new)
        self.target = self.alias
        catch_up()
        return new

    def abort_rebuild(self) -> None:
        """Drop the index being rebuilt; the alias never moved."""
        if self.target == self.alias:
            return
        with self._translated("delete the abandoned index"):
            self.client.indices.delete(index=self.target, ignore_unavailable=True)
        self.target = self.alias

    def _swap_alias(self, new: str) -> None:
        """Point the alias at ``new`` in one ``_aliases`` request, then delete the old index."""
        old = [name for name in self.alias_indices() if name != new]
        actions: list[dict[str, Any]] = [
            {"remove": {"index": name, "alias": self.alias}} for name in old
        ]
        actions.append({"add": {"index": new, "alias": self.alias}})
        with self._translated("swap the alias"):
            self.client.indices.update_aliases(body={"actions": actions})
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        log.info("alias %s now points at %s (removed %s)", self.alias, new, ", ".join(old))

    # --- reads ---------------------------------------------------------------------------------

    def get(self, record_id: str) -> dict[str, Any]:
        """The indexed record as JSON data; raise :class:`RecordNotFound`."""
        with self._translated("read a record"):
            try:
                resp = self.body(self._get_doc(record_id))
            except self.not_found as exc:
                if self.error_type(exc) == "index_not_found_exception":
                    raise BackendUnavailable(f"the index {self.alias} does not exist") from None
                raise RecordNotFound(record_id) from None
        doc: dict[str, Any] = (resp.get("_source") or {}).get("doc") or {}
        return doc

    def count(self) -> int:
        """Number of searchable records."""
        with self._translated("count records"):
            return int(self.body(self.client.count(index=self.alias))["count"])

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; cursor pages use ``search_after`` over a point in time.

        Raises:
            InvalidQuery: input that cannot be searched (also when the cluster answers 400).
            BackendUnavailable: the cluster cannot be reached.
        """
        check_query(query)
        cursor = read_cursor(query, self.dialect)
        parsed = parse_with_corpus(query.text, query.expander, self.known_words)
        if cursor is None:
            body = build_search(query, dialect=self.dialect, parsed=parsed)
            return parse_response(self._search(body, index=self.alias), query)
        return self._search_after(query, cursor, parsed)

    def known_words(self, asked: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """The ``(language, word)`` pairs of ``asked`` that some record holds in its text of
        that language, in one request (:func:`~index.es_query.known_words_search`): what
        the embedded index answers with a term look-up per form, for the cognate forms of
        words no dictionary translates (:func:`~index.query.parse_with_corpus`)."""
        body = known_words_search(asked)
        if body is None:
            return set()
        return found_words(self._search(body, index=self.alias), asked)

    def _search_after(self, query: SearchQuery, cursor: Cursor, parsed: ParsedText) -> SearchResult:
        """A cursor page: open a PIT if the cursor has none (or it expired); close it at the
        last page. A PIT left open by a reader who stops paging expires after keep-alive."""
        pit = cursor.pit_id or self._open_pit()
        opened = pit if cursor.pit_id is None else None
        try:
            try:
                body = self._search(
                    build_search(query, pit_id=pit, dialect=self.dialect, parsed=parsed)
                )
            except self.not_found:  # the PIT expired (keep-alive passed): continue on a new one
                pit = opened = self._open_pit()
                body = self._search(
                    build_search(query, pit_id=pit, dialect=self.dialect, parsed=parsed)
                )
        except BaseException:
            if opened:
                self._close_pit(opened)
            raise
        result = parse_response(body, query)
        if result.next_cursor is None:
            self._close_pit(str(body.get("pit_id") or pit))
        return result

    def _search(self, body: dict[str, Any], index: str | None = None) -> dict[str, Any]:
        attempt = 0
        while True:
            try:
                resp = self.body(self.client.search(index=index, body=body))
                break
            except self.bad_request as exc:
                raise InvalidQuery(
                    f"{self.product} could not run this query: {self.reason(exc)}"
                ) from None
            except self.not_found:
                if index is None:
                    raise  # a PIT that expired: the caller opens a new one
                raise BackendUnavailable(f"the index {index} does not exist") from None
            except self.errors as exc:
                # a node lost while the search ran (its shard copies not yet replaced), a busy
                # cluster: ask again shortly rather than fail the reader's page
                if attempt < self.search_retries and self.search_passing(exc):
                    pause = 0.1 * 2**attempt
                    log.warning("search failed (%s); asking again in %.1fs",
                                self.reason(exc), pause)  # fmt: skip
                    self.sleep(pause)
                    attempt += 1
                    continue
                raise BackendUnavailable(
                    f"{self.product} search failed: {self.reason(exc)}"
                ) from None
        shards = resp.get("_shards") or {}
        if shards.get("failed"):
            # a copy of every shard answered or the cluster would have failed the request; log
            # what did not, so an operator sees a cluster that serves partial results
            log.warning("search answered by %s of %s shards", shards.get("successful"),
                        shards.get("total"))  # fmt: skip
        return dict(resp)

    # --- operations ----------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Cluster status, version, index, documents and ``last_seq`` (never raises)."""
        out: dict[str, Any] = {"backend": self.backend, "alias": self.alias,
                               "version": self.server_version}  # fmt: skip
        try:
            cluster = self.body(self.client.cluster.health())
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
        except self.errors as exc:
            error = f"cannot reach {self.product}: {self.reason(exc)}"
            out |= {"ok": False, "status": "unreachable", "documents": None, "error": error}
        if self.target != self.alias:
            out["rebuilding_into"] = self.target
        return out

    def close(self) -> None:
        """End a bulk load the backend started (normally done by the last commit); close the
        client's connections. Closing twice is harmless."""
        self._end_bulk_load()
        self.client.close()
