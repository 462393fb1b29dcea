"""config.toml -> typed settings, checked in full at start-up.

Every section and key is known here: an unknown section or key, a value of the wrong type or
out of range, a path that cannot be created, an environment variable the file names but the
environment lacks, all are problems. Every problem is reported at once, each naming the file,
the section (or node) and the key, and what is expected::

    config.toml: nodes[2] (id 'sn-chm').protocol: 'oai' is not one of dcat, json, oai-pmh
    config.toml: server.port: expected an integer, got 'eighty'
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from harvesters.triggers import interval_seconds as interval_seconds  # re-exported
from harvesters.triggers import schedule_problem

PROTOCOLS = ("oai-pmh", "json", "dcat")
NODE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")
_ENV_RE = re.compile(r"\$\{([A-Z0-9_]+)(?::-([^}]*))?\}")


class ConfigError(Exception):
    """config.toml (or a node definition) is invalid. ``problems`` lists every one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


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


@dataclass(frozen=True)
class SecuritySettings:
    """Outbound request policy (hostile URLs)."""

    allow_private_hosts: bool = False
    allowed_hosts: tuple[str, ...] = ()
    operator_token_file: str | None = None


@dataclass(frozen=True)
class SchedulerSettings:
    """How the scheduler runs harvests (``[scheduler]``; see harvesters/schedule.py)."""

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
class ElasticsearchSettings:
    """``[elasticsearch]``: the cluster's tunables (read by ``index.elasticsearch_.EsOptions``,
    which has the same keys; checked here so that a typo fails at start-up)."""

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
    elasticsearch: ElasticsearchSettings = field(default_factory=ElasticsearchSettings)

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
    """Read and check config.toml (and nodes.local.toml beside it); raise ConfigError."""
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
    nodes = list(_check_nodes(path.name, data.get("nodes", []), problems, "config", base))
    local = path.with_name("nodes.local.toml")
    if local.exists():
        try:
            ldata = tomllib.loads(local.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{local.name}: not valid TOML: {exc}")
            ldata = {}
        nodes += _check_nodes(local.name, ldata.get("nodes", []), problems, "local", base)
    seen: set[str] = set()
    for n in nodes:
        if n.id in seen:
            problems.append(f"{path.name}: node id '{n.id}' is defined twice")
        seen.add(n.id)
    settings = _build_settings(path, base, data, tuple(nodes), problems)
    if problems:
        raise ConfigError(problems)
    return settings


def _section(data: dict[str, Any], name: str, fname: str, problems: list[str]) -> dict[str, Any]:
    sec = data.get(name, {})
    if not isinstance(sec, dict):
        problems.append(f"{fname}: [{name}] must be a table (a [{name}] header with keys)")
        return {}
    return sec


_TYPE_WORDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}
_POSITIVE = frozenset({"timeout", "deadline", "max_response_bytes", "request_timeout"})
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
    "elasticsearch": ElasticsearchSettings,
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
    if backend not in ("tantivy", "elasticsearch"):
        problems.append(f"{fname}: index.backend: '{backend}' is not one of elasticsearch, tantivy")
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
    return settings


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


def _misconfigured(item: Any, errs: list[str], where: str) -> NodeConfig | None:
    """A registered node whose only fault is its schedule (stored before schedules were
    checked): kept, with ``problem`` set, so that it shows as misconfigured and the other
    nodes (and every command) still work. None when it has other faults."""
    if not errs or not all(e.startswith("schedule:") for e in errs):
        return None
    node, rest = check_node({**item, "schedule": "1d"}, source="local")
    if node is None or rest:
        return None
    shown = str(item.get("schedule"))[:80]
    return replace(node, schedule=shown, problem=f"{where}.{errs[0]}")


def check_node(
    item: Any, source: str = "config", base: Path | None = None
) -> tuple[NodeConfig | None, list[str]]:
    """Check one node definition; return (node or None, problems as ``key: message``).

    ``mapping`` must load: a built-in name, ``mappings/<name>.toml``, or a mapping file (a
    relative path is read from ``base``, config.toml's folder, and stored absolute)."""
    if not isinstance(item, dict):
        return None, ["(node): must be a table"]
    errs: list[str] = []
    known = {f.name for f in fields(NodeConfig)} - {"source", "problem"}
    for key in item:
        if key not in known:
            errs.append(f"{key}: unknown key (known: {', '.join(sorted(known))})")
    for key in ("id", "url"):
        if not isinstance(item.get(key), str) or not item.get(key):
            errs.append(f"{key}: required, a non-empty string")
    nid = item.get("id")
    if isinstance(nid, str) and nid and not NODE_ID_RE.match(nid):
        errs.append(f"id: '{nid}' must be lower-case letters, digits, '.', '_' or '-'")
    proto = item.get("protocol", "oai-pmh")
    if proto not in PROTOCOLS:
        errs.append(f"protocol: '{proto}' is not one of {', '.join(sorted(PROTOCOLS))}")
    url = item.get("url")
    if isinstance(url, str) and url and not re.match(r"^https?://[^/\s]+", url):
        errs.append(f"url: '{url}' is not an http(s) URL")
    country = item.get("country")
    if country is not None and not (
        isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)
    ):
        errs.append(f"country: '{country}' is not an ISO 3166-1 alpha-2 code such as 'FR'")
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
            errs.append(f"{key}: expected {typ.__name__}, got {item[key]!r}")
    if errs:
        return None, errs
    kwargs = {k: v for k, v in item.items() if k in known}
    if kwargs.get("set") == "":
        kwargs["set"] = None
    if proto != "oai-pmh" and "mapping" not in kwargs:
        kwargs["mapping"] = proto
    from mappings.registry import check_mapping

    kwargs["mapping"], problem = check_mapping(kwargs.get("mapping", "oai_dc"), base)
    if problem:
        return None, [f"mapping: {problem}"]
    return NodeConfig(source=source, **kwargs), []


def save_local_node(settings: Settings, node: NodeConfig) -> None:
    """Add or replace a node in nodes.local.toml (written atomically)."""
    path = settings.local_nodes_path
    existing: list[dict[str, Any]] = []
    if path.exists():
        existing = tomllib.loads(path.read_text(encoding="utf-8")).get("nodes", [])
    existing = [n for n in existing if n.get("id") != node.id]
    d = {k: v for k, v in node.to_dict().items() if v not in (None, {}) and k != "source"}
    existing.append(d)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(dump_nodes_toml(existing), encoding="utf-8")
    tmp.replace(path)


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"cannot write {v!r} as TOML")


def dump_nodes_toml(nodes: list[dict[str, Any]]) -> str:
    """Write ``[[nodes]]`` tables (a tiny TOML writer for flat node definitions)."""
    out = ["# Nodes added with `chm nodes add` or the registration API. Edit with care.\n"]
    for n in nodes:
        out.append("[[nodes]]")
        out += [f"{k} = {_toml_value(v)}" for k, v in n.items()]
        out.append("")
    return "\n".join(out)
