"""config.toml -> typed settings, checked in full at start-up.

Every section and key is known here: an unknown section or key, a value of the wrong type or
out of range, a path that cannot be created, an environment variable the file names but the
environment lacks, all are problems. Every problem is reported at once, each naming the file,
the section (or node) and the key, and what is expected::

    config.toml: nodes[2] (id 'sn-chm').protocol: 'oai' is not one of dcat, json, oai-pmh
    config.toml: server.port: expected an integer, got 'eighty'

Problems in ``config.toml`` stop chm (exit 2). ``nodes.local.toml``, which chm writes itself
(``chm nodes add``, the registration API), is read more gently: a file that is not valid
TOML, or a node in it that is not valid, is left out and reported in
``Settings.registry_problems`` with the file and line, so every command still runs for the
other nodes; chm never writes that file again until it loads (:class:`RegistryFileError`).
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from core.messages import Message
from core.plugins import load_object
from core.triggers import interval_seconds as interval_seconds  # re-exported
from core.triggers import schedule_problem

PROTOCOLS = ("oai-pmh", "json", "dcat")
NODE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")
_ENV_RE = re.compile(r"\$\{([A-Z0-9_]+)(?::-([^}]*))?\}")


NODE_OPTIONS_CHECK = "harvesters.node_options:option_problems"
"""What a registered node's options must pass (the allow-list; operators' nodes are trusted)."""
MAPPING_CHECK = "mappings.registry:check_mapping"
"""What checks a node's ``mapping`` (a registered name or a mapping file)."""

NODE_MESSAGES = {
    "node.not_table": "(node): must be a table",
    "node.unknown_key": "{key}: unknown key (known: {known})",
    "node.required": "{key}: required, a non-empty string",
    "node.bad_id": "id: '{value}' must be lower-case letters, digits, '.', '_' or '-'",
    "node.bad_protocol": "protocol: '{value}' is not one of {known}",
    "node.bad_url": "url: '{value}' is not an http(s) URL",
    "node.bad_country": "country: '{value}' is not an ISO 3166-1 alpha-2 code such as 'FR'",
    "node.bad_type": "{key}: expected {type}, got {value}",
    "node.mapping": "mapping: {detail}",
    "node.misconfigured": "{where}.{problem}",
}
"""A node definition's problems as people see them (the registration form and API, the
operators' page), by code; ``detail`` is the mapping registry's own (English) words."""


def _say(code: str, **params: Any) -> Message:
    return Message(NODE_MESSAGES, code, **params)


class ConfigError(Exception):
    """config.toml (or a node definition) is invalid. ``problems`` lists every one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class RegistryFileError(ConfigError):
    """nodes.local.toml cannot be read, so chm refuses to write it (nothing is lost)."""


@dataclass(frozen=True)
class NodeConfig:
    """One national node (or external database) chm harvests."""

    id: str
    url: str
    protocol: str = "oai-pmh"
    name: str = ""
    country: str | None = None
    metadata_prefix: str = "oai_dc"
    set: str | None = None
    mapping: str = "oai_dc"
    schedule: str = "1d"
    enabled: bool = True
    default_language: str | None = None
    options: dict[str, Any] = field(default_factory=dict)  # protocol-specific (profile, paging…)
    source: str = "config"  # "config" (config.toml) or "local" (added by CLI / API)
    # why a stored node cannot be scheduled (e.g. a schedule written before schedules were
    # checked); such a node is shown as misconfigured and never scheduled. Not persisted.
    problem: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for JSON output and persisting (``problem`` is not part of it)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "problem"}


@dataclass(frozen=True)
class HarvestSettings:
    """How harvesters talk to endpoints."""

    timeout: float = 30.0
    max_retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    max_response_bytes: int = 100_000_000
    response_deadline: float = 300.0  # seconds for one whole response (headers to last byte)
    run_deadline: float = 14_400.0  # seconds for every request of one run, retries included
    user_agent: str = "chm/0.1 (+clearing-house harvester)"
    index_commit_every: int = 20_000
    map_workers: int = -1  # processes mapping big pages: -1 auto (one per core), 0 none
    # [harvest.jsonld_contexts]: JSON-LD context URL -> local copy (resolved against the
    # folder of config.toml); the only files a registered DCAT node can make chm read
    jsonld_contexts: tuple[tuple[str, str], ...] = ()

    @property
    def context_map(self) -> dict[str, str]:
        """``jsonld_contexts`` as a dict (URL -> path)."""
        return dict(self.jsonld_contexts)


@dataclass(frozen=True)
class SecuritySettings:
    """Outbound request policy (hostile URLs)."""

    allow_private_hosts: bool = False
    allowed_hosts: tuple[str, ...] = ()
    operator_token_file: str | None = None


@dataclass(frozen=True)
class SchedulerSettings:
    """How the scheduler runs harvests (``[scheduler]``; see ops/schedule.py)."""

    max_concurrent: int = 8  # harvests running at once, across all nodes
    jitter: int = 60  # seconds of random delay added to each firing (spreads load)
    misfire_grace_time: int = 3600  # a firing missed by more than this is skipped (0: never)
    watchdog_seconds: float = 600.0  # abort a run that commits no page for this long
    failing_after: int = 3  # consecutive failed runs before a node is "failing"
    stale_factor: float = 3.0  # "stale": no success within this many intervals
    sync_seconds: int = 30  # how often node schedules are re-read from the registry
    job_store: str = "var/scheduler.sqlite"  # persistent job store (relative to config)


@dataclass(frozen=True)
class AlertSettings:
    """Where health changes are announced (``[alerts]``)."""

    webhook_url: str = ""  # empty: no webhook
    timeout: float = 5.0
    index_lag_seconds: float = 300.0  # an index lag that does not shrink this long alerts


@dataclass(frozen=True)
class RegistrationSettings:
    """``[registration]``: limits for conformance reports and the registration API."""

    timeout: float = 15.0  # seconds per read
    deadline: float = 30.0  # seconds for a whole response
    max_response_bytes: int = 20_000_000
    sample_size: int = 50  # records mapped by the report
    register_per_hour: int = 10  # registrations per client address
    validate_per_hour: int = 30  # validations per client address
    trust_forwarded_for: bool = False  # behind a reverse proxy: client = X-Forwarded-For


@dataclass(frozen=True)
class MatchingSettings:
    """``[matching]``: how needs, offers and duplicates follow the harvests."""

    incremental: bool = True  # update matches after every run (false: `chm match` only)


@dataclass(frozen=True)
class AssistanceSettings:
    """``[assistance]``: the procedure for requests for assistance, and who is told of them."""

    expiry_days: int = 180  # a waiting need unchanged this long is flagged; its node asked
    forward_days: int = 7  # the committee forwards a need within this many days (overdue after)
    public_url: str = ""  # base of the links in messages (empty: http://server.host:port)
    notify_existing: bool = False  # also tell of needs harvested before notifications began
    max_attempts: int = 8  # a message not delivered after this many tries is given up
    retry_backoff: float = 60.0  # seconds before the first retry, doubled at each one
    timeout: float = 10.0  # seconds per webhook request or SMTP exchange
    notify_seconds: int = 300  # the scheduler sends due digests this often (0: only `chm notify`)
    subscribe_per_hour: int = 10  # subscriptions per client address (0: no limit)


@dataclass(frozen=True)
class SmtpSettings:
    """``[smtp]``: the mail server digests are sent through (no host: no e-mail is sent)."""

    host: str = ""
    port: int = 25
    sender: str = "chm@localhost"
    username: str = ""
    password: str = ""  # write "${CHM_SMTP_PASSWORD}": secrets never live in config.toml
    starttls: bool = False


@dataclass(frozen=True)
class ElasticsearchSettings:
    """``[elasticsearch]`` and ``[opensearch]``: the cluster's tunables (read by
    ``index.cluster.EsOptions``, which has the same keys; checked here so that a typo
    fails at start-up)."""

    index: str = "chm-records"
    shards: int = 1
    replicas: int = 1
    chunk_size: int = 500
    max_retries: int = 3
    initial_backoff: float = 1.0
    request_timeout: float = 30.0


@dataclass(frozen=True)
class IndexSettings:
    """Which search backend and where."""

    backend: str = "tantivy"
    path: Path = Path("var/index")
    url: str | None = None


@dataclass(frozen=True)
class Settings:
    """Everything config.toml says."""

    path: Path
    db_path: Path
    index: IndexSettings
    harvest: HarvestSettings
    security: SecuritySettings
    nodes: tuple[NodeConfig, ...]
    vocabulary_files: tuple[Path, ...] = ()
    server_host: str = "127.0.0.1"
    server_port: int = 8000
    raw: dict[str, Any] = field(default_factory=dict)
    scheduler: SchedulerSettings = field(default_factory=SchedulerSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    registration: RegistrationSettings = field(default_factory=RegistrationSettings)
    matching: MatchingSettings = field(default_factory=MatchingSettings)
    assistance: AssistanceSettings = field(default_factory=AssistanceSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    elasticsearch: ElasticsearchSettings = field(default_factory=ElasticsearchSettings)
    opensearch: ElasticsearchSettings = field(default_factory=ElasticsearchSettings)
    registry_problems: tuple[str, ...] = ()  # nodes.local.toml: what was left out, and why

    @property
    def job_store_path(self) -> Path:
        """The scheduler's persistent job store (SQLite), relative to config.toml."""
        return self.path.parent / self.scheduler.job_store

    @property
    def local_nodes_path(self) -> Path:
        """Nodes added with ``chm nodes add`` persist here, beside config.toml."""
        return self.path.with_name("nodes.local.toml")

    def node(self, node_id: str) -> NodeConfig:
        """The node with this id, or KeyError."""
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)


def delete_threshold(node: NodeConfig) -> float:
    """The share of a node's records one run may delete before deletions are quarantined
    (``options.delete_threshold``, default 0.2)."""
    value = node.options.get("delete_threshold", 0.2)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.2
    return min(max(float(value), 0.0), 1.0)


def _expand_env(value: Any, where: str, missing: list[str]) -> Any:
    """Replace ``${VAR}`` / ``${VAR:-default}``; a ``${VAR}`` whose variable is unset is a
    problem (``where`` is the key's path, e.g. ``index.url``)."""
    if isinstance(value, str):

        def sub(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            if name in os.environ:
                return os.environ[name]
            if default is None:
                missing.append(
                    f"{where}: environment variable {name} is not set (set it, or write "
                    f"${{{name}:-default}} to give a default)"
                )
            return default or ""

        return _ENV_RE.sub(sub, value)
    if isinstance(value, list):
        return [_expand_env(v, f"{where}[{i}]", missing) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {
            k: _expand_env(v, f"{where}.{k}" if where else k, missing) for k, v in value.items()
        }
    return value


def default_config_path() -> Path:
    """``$CHM_CONFIG`` or ./config.toml."""
    return Path(os.environ.get("CHM_CONFIG", "config.toml"))


def load_settings(path: Path | str | None = None) -> Settings:
    """Read and check config.toml (and nodes.local.toml beside it); raise ConfigError.

    Problems of nodes.local.toml do not raise: they are in ``registry_problems``.
    """
    path = Path(path) if path else default_config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([f"{path}: file not found"]) from None
    except IsADirectoryError:
        raise ConfigError([f"{path}: is a folder, not a config file"]) from None
    except UnicodeDecodeError:
        raise ConfigError([f"{path}: not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
    missing: list[str] = []
    data = _expand_env(data, "", missing)
    problems = [f"{path.name}: {m}" for m in missing]
    base = path.resolve().parent
    contexts = _jsonld_contexts(data, base, path.name, problems)
    nodes = list(_check_nodes(path.name, data.get("nodes", []), problems, "config", base))
    registry_problems: list[str] = []
    local = path.with_name("nodes.local.toml")
    in_config = {n.id for n in nodes}
    seen: set[str] = set()
    for n in _load_local_nodes(local, [u for u, _ in contexts], registry_problems, base):
        if n.id in in_config or n.id in seen:
            where = path.name if n.id in in_config else f"{local.name} before"
            registry_problems.append(
                f"{local}: node '{n.id}' is also defined in {where}; the first definition "
                f"is used (remove the other from {local.name})"
            )
            continue
        nodes.append(n)
        seen.add(n.id)
    ids = [n.id for n in nodes]
    for nid in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{path.name}: node id '{nid}' is defined twice")
    settings = _build_settings(path, base, data, tuple(nodes), problems)
    if problems:
        raise ConfigError(problems)
    return replace(
        settings,
        harvest=replace(settings.harvest, jsonld_contexts=contexts),
        registry_problems=tuple(registry_problems),
    )


def _jsonld_contexts(
    data: dict[str, Any], base: Path, fname: str, problems: list[str]
) -> tuple[tuple[str, str], ...]:
    """Take ``[harvest.jsonld_contexts]`` out of the harvest section and check it."""
    harvest = data.get("harvest")
    if not isinstance(harvest, dict) or "jsonld_contexts" not in harvest:
        return ()
    table = harvest.pop("jsonld_contexts")
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and re.match(r"^https?://", k) and isinstance(v, str) and v
        for k, v in table.items()
    ):
        problems.append(
            f'{fname}: harvest.jsonld_contexts: expected a table of "https://… context URL" '
            '= "path/to/local/copy.jsonld"'
        )
        return ()
    return tuple((url, str(base / rel)) for url, rel in sorted(table.items()))


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    """The line a TOML syntax error is on (from tomllib's message)."""
    found = re.search(r"at line (\d+)", str(exc))
    return int(found.group(1)) if found else None


def _node_line(text: str, index: int, item: Any) -> int | None:
    """The line where node ``index`` of a nodes file starts (its id, else its header)."""
    lines = text.splitlines()
    nid = item.get("id") if isinstance(item, dict) else None
    if isinstance(nid, str) and nid:
        pattern = re.compile(r"""(^|[\s{,])id\s*=\s*["']""" + re.escape(nid) + r"""["']""")
        for i, line in enumerate(lines, 1):
            if pattern.search(line):
                return i
    headers = [i for i, line in enumerate(lines, 1) if line.strip().startswith("[[nodes]]")]
    return headers[index] if index < len(headers) else None


def _load_local_nodes(
    path: Path, mapped: list[str], problems: list[str], base: Path | None = None
) -> list[NodeConfig]:
    """The valid nodes of nodes.local.toml; every other one is reported in ``problems``."""
    if not path.exists():
        return []
    fix = (
        f"fix that line by hand (strings and keys with ':' or '/' in double quotes), or "
        f"restore a copy of {path.name}; until then chm leaves it unchanged"
    )
    try:
        text = _registry_text(path)
        data = tomllib.loads(text)
    except RegistryFileError as exc:
        problems.append(f"{exc.problems[0]}; no node registered there is loaded: {fix}")
        return []
    except tomllib.TOMLDecodeError as exc:
        line = toml_error_line(exc)
        where = f"{path} line {line}" if line else str(path)
        problems.append(
            f"{where}: not valid TOML ({str(exc).split(' (at')[0]}); no node registered "
            f"there is loaded: {fix}"
        )
        return []
    items = data.get("nodes", [])
    if not isinstance(items, list):
        problems.append(f"{path}: [[nodes]] must be an array of tables; no node is loaded")
        return []
    out = []
    for i, item in enumerate(items):
        node, errs = check_node(item, source="local", mapped_contexts=mapped, base=base)
        line = _node_line(text, i, item)
        where = f"{path} line {line}" if line else f"{path} nodes[{i}]"
        if node is None:  # only a bad schedule: kept, shown as misconfigured, never run
            node = _misconfigured(item, errs, where, mapped)
        if node is not None:
            out.append(node)
            continue
        nid = item.get("id") if isinstance(item, dict) else None
        problems.append(f"{where}: node {nid!r} is left out (never harvested): {'; '.join(errs)}")
    return out


def _section(data: dict[str, Any], name: str, fname: str, problems: list[str]) -> dict[str, Any]:
    sec = data.get(name, {})
    if not isinstance(sec, dict):
        problems.append(f"{fname}: [{name}] must be a table (a [{name}] header with keys)")
        return {}
    return sec


_TYPE_WORDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}
_POSITIVE = frozenset(
    {"timeout", "deadline", "max_response_bytes", "request_timeout", "expiry_days", "max_attempts"}
)
_AT_LEAST = {"map_workers": -1}  # -1: one worker per core


def _typed(cls: type, sec: dict[str, Any], where: str, problems: list[str]) -> Any:
    """Build the dataclass ``cls`` from a table: every key known, every value of the type of
    its default (an int where a number is expected is fine), numbers not negative."""
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    defaults = cls()
    for key, value in sec.items():
        if key not in known:
            problems.append(f"{where}.{key}: unknown key (known: {', '.join(sorted(known))})")
            continue
        default = getattr(defaults, key)
        want = type(default)
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if want is tuple and isinstance(value, list):
            value = tuple(value)
        if default is not None and (
            not isinstance(value, want) or (want is not bool and isinstance(value, bool))
        ):
            what = _TYPE_WORDS.get(want, "a list of strings" if want is tuple else want.__name__)
            problems.append(f"{where}.{key}: expected {want.__name__} ({what}), got {value!r}")
            continue
        if want is tuple and not all(isinstance(v, str) for v in value):
            problems.append(f"{where}.{key}: expected a list of strings, got {list(value)!r}")
            continue
        if want in (int, float):
            low = _AT_LEAST.get(key, 0)
            if value < low or (key in _POSITIVE and value <= 0):
                bound = "more than 0" if key in _POSITIVE else f"{low} or more"
                problems.append(f"{where}.{key}: expected {bound}, got {value!r}")
                continue
        kwargs[key] = value
    return replace(defaults, **kwargs)


_PLAIN_KEYS: dict[str, dict[str, type]] = {
    # sections read key by key in _build_settings (the others are dataclasses above)
    "storage": {"path": str, "index_path": str},
    "index": {"backend": str, "path": str, "url": str},
    "vocabulary": {"files": list},
    "server": {"host": str, "port": int},
}
_TYPED_SECTIONS: dict[str, type] = {
    "harvest": HarvestSettings,
    "security": SecuritySettings,
    "scheduler": SchedulerSettings,
    "alerts": AlertSettings,
    "registration": RegistrationSettings,
    "matching": MatchingSettings,
    "assistance": AssistanceSettings,
    "smtp": SmtpSettings,
    "elasticsearch": ElasticsearchSettings,
    "opensearch": ElasticsearchSettings,
}
KNOWN_SECTIONS = (*_PLAIN_KEYS, *_TYPED_SECTIONS, "nodes")


def _plain(data: dict[str, Any], name: str, fname: str, problems: list[str]) -> dict[str, Any]:
    """A section read key by key: unknown keys and wrong types are problems (and dropped)."""
    sec = dict(_section(data, name, fname, problems))
    want = _PLAIN_KEYS[name]
    for key in list(sec):
        typ = want.get(key)
        if typ is None:
            problems.append(
                f"{fname}: {name}.{key}: unknown key (known: {', '.join(sorted(want))})"
            )
        elif not isinstance(sec[key], typ) or isinstance(sec[key], bool):
            what = _TYPE_WORDS.get(typ, "a list of strings" if typ is list else typ.__name__)
            problems.append(f"{fname}: {name}.{key}: expected {what}, got {sec[key]!r}")
        else:
            continue
        del sec[key]
    return sec


def _unwritable(path: Path, want_dir: bool) -> str | None:
    """Why ``path`` (a file, or a folder when ``want_dir``) cannot be created, or None.

    Nothing is left behind: a folder that does not exist yet is probed by creating (and
    removing) a temporary folder in its nearest existing ancestor."""
    if "\0" in str(path):
        return "the path contains a NUL character"
    if path.exists():
        if want_dir != path.is_dir():
            return f"'{path}' exists and is {'a file' if want_dir else 'a folder'}"
        return None if os.access(path, os.W_OK) else f"'{path}' is not writable"
    parent = path.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        return f"'{parent}' is a file, so '{path}' cannot be created"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".chm-probe-", dir=parent))
    except OSError as exc:
        return f"nothing can be created in '{parent}' ({exc.strerror or exc})"
    return None


def _check_paths(settings: Settings, fname: str, problems: list[str]) -> None:
    checks = [("storage.path", settings.db_path, False)]
    if settings.index.backend == "tantivy":
        checks.append(("index.path", settings.index.path, True))
    checks.append(("scheduler.job_store", settings.job_store_path, False))
    for key, path, want_dir in checks:
        why = _unwritable(path, want_dir)
        if why:
            problems.append(f"{fname}: {key}: cannot be created: {why}")


def _build_settings(
    path: Path,
    base: Path,
    data: dict[str, Any],
    nodes: tuple[NodeConfig, ...],
    problems: list[str],
) -> Settings:
    fname = path.name
    for key in data:
        if key not in KNOWN_SECTIONS:
            problems.append(
                f"{fname}: unknown section [{key}] (known: {', '.join(sorted(KNOWN_SECTIONS))})"
            )
    storage = _plain(data, "storage", fname, problems)
    idx = _plain(data, "index", fname, problems)
    backend = idx.get("backend", "tantivy")
    if backend not in ("tantivy", "elasticsearch", "opensearch"):
        problems.append(
            f"{fname}: index.backend: '{backend}' is not one of elasticsearch, opensearch, tantivy"
        )
    index = IndexSettings(
        backend=backend,
        path=base / idx.get("path", storage.get("index_path", "var/index")),
        url=idx.get("url") or None,
    )
    typed = {
        name: _typed(cls, _section(data, name, fname, problems), f"{fname}: {name}", problems)
        for name, cls in _TYPED_SECTIONS.items()
    }
    vocab = _plain(data, "vocabulary", fname, problems)
    files = vocab.get("files", ["vocabulary/thesaurus.ttl"])
    if not all(isinstance(f, str) for f in files):
        problems.append(f"{fname}: vocabulary.files: expected a list of strings, got {files!r}")
        files = []
    server = _plain(data, "server", fname, problems)
    port = server.get("port", 8000)
    if not 1 <= port <= 65535:
        problems.append(f"{fname}: server.port: expected an integer from 1 to 65535, got {port}")
        port = 8000
    settings = Settings(
        path=path.resolve(),
        db_path=base / storage.get("path", "var/chm.sqlite"),
        index=index,
        nodes=nodes,
        vocabulary_files=tuple(base / f for f in files),
        server_host=server.get("host", "127.0.0.1"),
        server_port=port,
        raw=data,
        **typed,
    )
    _check_paths(settings, fname, problems)
    _check_assistance(settings, fname, problems)
    return settings


def _check_assistance(settings: Settings, fname: str, problems: list[str]) -> None:
    """What ``_typed`` cannot see in ``[assistance]`` and ``[smtp]``."""
    url = settings.assistance.public_url
    if url and not re.match(r"^https?://[^/\s]+", url):
        problems.append(f"{fname}: assistance.public_url: '{url}' is not an http(s) URL")
    smtp = settings.smtp
    if smtp.host and not 1 <= smtp.port <= 65535:
        problems.append(f"{fname}: smtp.port: expected an integer from 1 to 65535, got {smtp.port}")
    if smtp.host and not re.fullmatch(r"[^@\s]+@[^@\s]+", smtp.sender):
        problems.append(f"{fname}: smtp.sender: '{smtp.sender}' is not an e-mail address")
    if smtp.username and not smtp.password:
        problems.append(f"{fname}: smtp.password: required with smtp.username")


def _check_nodes(
    fname: str, items: Any, problems: list[str], source: str, base: Path | None = None
) -> list[NodeConfig]:
    if not isinstance(items, list):
        problems.append(f"{fname}: [[nodes]] must be an array of tables")
        return []
    out = []
    for i, item in enumerate(items):
        node, errs = check_node(item, source=source, base=base)
        where = f"{fname}: nodes[{i}]"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where += f" (id '{item['id']}')"
        if node is None and source == "local":
            node = _misconfigured(item, errs, where)
            if node is not None:
                errs = []
        problems += [f"{where}.{e}" for e in errs]
        if node:
            out.append(node)
    return out


def _misconfigured(
    item: Any, errs: list[str], where: str, mapped_contexts: Collection[str] = ()
) -> NodeConfig | None:
    """A registered node whose only fault is its schedule (stored before schedules were
    checked): kept, with ``problem`` set, so that it shows as misconfigured and the other
    nodes (and every command) still work. None when it has other faults."""
    if not errs or not all(e.startswith("schedule:") for e in errs):
        return None
    node, rest = check_node({**item, "schedule": "1d"}, "local", mapped_contexts)
    if node is None or rest:
        return None
    shown = str(item.get("schedule"))[:80]
    return replace(
        node, schedule=shown, problem=_say("node.misconfigured", where=where, problem=errs[0])
    )


def check_node(
    item: Any,
    source: str = "config",
    mapped_contexts: Collection[str] = (),
    base: Path | None = None,
) -> tuple[NodeConfig | None, list[str]]:
    """Check one node definition; return (node or None, problems as ``key: message``).

    A node of ``source = "local"`` (registered through the API, ``chm nodes add``,
    nodes.local.toml) may only set the options of the allow-list
    (:mod:`harvesters.node_options`); ``mapped_contexts`` are the JSON-LD context URLs of
    ``[harvest.jsonld_contexts]`` it may name. ``mapping`` must load: a built-in name,
    ``mappings/<name>.toml``, or a mapping file (a relative path is read from ``base``,
    config.toml's folder, and stored absolute).
    """
    if not isinstance(item, dict):
        return None, [_say("node.not_table")]
    errs: list[str] = []
    known = {f.name for f in fields(NodeConfig)} - {"source", "problem"}
    for key in item:
        if key not in known:
            errs.append(_say("node.unknown_key", key=key, known=", ".join(sorted(known))))
    for key in ("id", "url"):
        if not isinstance(item.get(key), str) or not item.get(key):
            errs.append(_say("node.required", key=key))
    nid = item.get("id")
    if isinstance(nid, str) and nid and not NODE_ID_RE.match(nid):
        errs.append(_say("node.bad_id", value=nid))
    proto = item.get("protocol", "oai-pmh")
    if proto not in PROTOCOLS:
        errs.append(_say("node.bad_protocol", value=proto, known=", ".join(sorted(PROTOCOLS))))
    url = item.get("url")
    if isinstance(url, str) and url and not re.match(r"^https?://[^/\s]+", url):
        errs.append(_say("node.bad_url", value=url))
    country = item.get("country")
    if country is not None and not (
        isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)
    ):
        errs.append(_say("node.bad_country", value=country))
    why = schedule_problem(item.get("schedule", "1d"))
    if why:
        errs.append(why)
    for key, typ in (
        ("enabled", bool),
        ("options", dict),
        ("name", str),
        ("set", str),
        ("metadata_prefix", str),
        ("mapping", str),
        ("default_language", str),
    ):
        if key in item and not isinstance(item[key], typ):
            errs.append(_say("node.bad_type", key=key, type=typ.__name__, value=repr(item[key])))
    if source != "config" and isinstance(item.get("options", {}), dict):
        # the allow-list belongs to the harvesters that read the options; core sits below
        # them, so it is loaded by its path (the plugin loader), never imported
        option_problems = load_object(NODE_OPTIONS_CHECK)
        errs += option_problems(str(proto), item.get("options", {}), mapped_contexts)
    if errs:
        return None, errs
    kwargs = {k: v for k, v in item.items() if k in known}
    if kwargs.get("set") == "":
        kwargs["set"] = None
    if proto != "oai-pmh" and "mapping" not in kwargs:
        kwargs["mapping"] = proto
    # the mappings sit above core: their checker is loaded by its path, never imported
    check_mapping = load_object(MAPPING_CHECK)
    kwargs["mapping"], problem = check_mapping(kwargs.get("mapping", "oai_dc"), base)
    if problem:
        return None, [_say("node.mapping", detail=problem)]
    return NodeConfig(source=source, **kwargs), []


def _registry_text(path: Path) -> str:
    """The text of a registry file; RegistryFileError (with the line) when not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RegistryFileError(
            [
                f"{path} line {line}: not UTF-8 text (byte {exc.start}), so chm will not change "
                "the node registry until it is fixed by hand (nothing was changed)"
            ]
        ) from None


def read_local_nodes(path: Path) -> list[dict[str, Any]]:
    """The node tables of nodes.local.toml as written ([] when there is no file).

    Raises:
        RegistryFileError: the file is not valid TOML (it is then never overwritten).
    """
    if not path.exists():
        return []
    text = _registry_text(path)
    try:
        nodes = tomllib.loads(text).get("nodes", [])
    except tomllib.TOMLDecodeError as exc:
        line = toml_error_line(exc)
        raise RegistryFileError(
            [
                f"{path}{f' line {line}' if line else ''}: not valid TOML, so chm will not "
                "change the node registry until it is fixed by hand (nothing was changed)"
            ]
        ) from None
    if not isinstance(nodes, list):
        raise RegistryFileError([f"{path}: [[nodes]] must be an array of tables"])
    return [n for n in nodes if isinstance(n, dict)]


def save_local_node(settings: Settings, node: NodeConfig) -> None:
    """Add or replace a node in nodes.local.toml (written atomically)."""
    path = settings.local_nodes_path
    existing = [n for n in read_local_nodes(path) if n.get("id") != node.id]
    d = {k: v for k, v in node.to_dict().items() if v not in (None, {}) and k != "source"}
    existing.append(d)
    write_local_nodes(path, existing)


def write_local_nodes(path: Path, nodes: list[dict[str, Any]]) -> None:
    """Write nodes.local.toml atomically: a temporary file in the same folder, fsync, rename.

    A reader sees the old file or the new one, never half of one, and a crash mid-write
    leaves the old file in place.
    """
    text = dump_nodes_toml(nodes)
    tomllib.loads(text)  # never write what cannot be read back
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def dump_nodes_toml(nodes: list[dict[str, Any]]) -> str:
    """``[[nodes]]`` tables as TOML text (tomli-w quotes every key and value).

    Each node is one ``[[nodes]]`` table: its plain keys first, then its tables
    (``options``) as ``[nodes.options]`` sub-tables of that node.
    """
    out = ["# Nodes added with `chm nodes add` or the registration API (written by chm).\n"]
    for n in nodes:
        plain = {k: v for k, v in n.items() if not isinstance(v, dict)}
        tables = {k: v for k, v in n.items() if isinstance(v, dict)}
        out.append("[[nodes]]\n" + tomli_w.dumps(plain))
        if tables:
            out.append(tomli_w.dumps({"nodes": tables}))
    return "\n".join(out)
