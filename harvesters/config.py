"""config.toml -> typed settings, checked in full at start-up.

Every problem is reported at once, each naming the file, the node and the key::

    config.toml: nodes[2] (id 'sn-chm').protocol: 'oai' is not one of dcat, json, oai-pmh
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

PROTOCOLS = ("oai-pmh", "json", "dcat")
NODE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")
_ENV_RE = re.compile(r"\$\{([A-Z0-9_]+)(?::-([^}]*))?\}")
_INTERVAL_RE = re.compile(r"^(\d+)\s*([smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


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

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for JSON output and persisting."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class HarvestSettings:
    """How harvesters talk to endpoints."""

    timeout: float = 30.0
    max_retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    max_response_bytes: int = 100_000_000
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


def interval_seconds(schedule: str) -> int | None:
    """``"6h"`` -> 21600; a cron expression -> None."""
    m = _INTERVAL_RE.match(schedule.strip())
    return int(m.group(1)) * _UNIT_SECONDS[m.group(2)] if m else None


def _expand_env(value: Any) -> Any:
    if isinstance(value, str):
        return _ENV_RE.sub(lambda m: os.environ.get(m.group(1), m.group(2) or ""), value)
    if isinstance(value, list):
        return [_expand_env(v) for v in value]
    if isinstance(value, dict):
        return {k: _expand_env(v) for k, v in value.items()}
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
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
    data = _expand_env(data)
    problems: list[str] = []
    base = path.resolve().parent
    nodes = list(_check_nodes(path.name, data.get("nodes", []), problems, "config"))
    local = path.with_name("nodes.local.toml")
    if local.exists():
        try:
            ldata = tomllib.loads(local.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{local.name}: not valid TOML: {exc}")
            ldata = {}
        nodes += _check_nodes(local.name, ldata.get("nodes", []), problems, "local")
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
        problems.append(f"{fname}: [{name}] must be a table")
        return {}
    return sec


def _typed(cls: type, sec: dict[str, Any], where: str, problems: list[str]) -> Any:
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    defaults = cls()
    for key, value in sec.items():
        if key not in known:
            problems.append(f"{where}.{key}: unknown key (known: {', '.join(sorted(known))})")
            continue
        want = type(getattr(defaults, key))
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if want is tuple and isinstance(value, list):
            value = tuple(value)
        if getattr(defaults, key) is not None and not isinstance(value, want):
            problems.append(f"{where}.{key}: expected {want.__name__}, got {value!r}")
            continue
        kwargs[key] = value
    return replace(defaults, **kwargs)


def _build_settings(
    path: Path,
    base: Path,
    data: dict[str, Any],
    nodes: tuple[NodeConfig, ...],
    problems: list[str],
) -> Settings:
    fname = path.name
    known_sections = {
        "storage",
        "index",
        "harvest",
        "security",
        "vocabulary",
        "server",
        "nodes",
        "scheduler",
        "registration",
        "alerts",
        "matching",
        "elasticsearch",
        "opensearch",
        "search",
    }
    for key in data:
        if key not in known_sections:
            problems.append(f"{fname}: unknown section [{key}]")
    storage = _section(data, "storage", fname, problems)
    idx = _section(data, "index", fname, problems)
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
    harvest = _typed(
        HarvestSettings, _section(data, "harvest", fname, problems), f"{fname}: harvest", problems
    )
    security = _typed(
        SecuritySettings,
        _section(data, "security", fname, problems),
        f"{fname}: security",
        problems,
    )
    vocab = _section(data, "vocabulary", fname, problems)
    vfiles = tuple(base / f for f in vocab.get("files", ["vocabulary/thesaurus.ttl"]))
    server = _section(data, "server", fname, problems)
    scheduler = _typed(
        SchedulerSettings,
        _section(data, "scheduler", fname, problems),
        f"{fname}: scheduler",
        problems,
    )
    alerts = _typed(
        AlertSettings, _section(data, "alerts", fname, problems), f"{fname}: alerts", problems
    )
    return Settings(
        path=path.resolve(),
        db_path=base / storage.get("path", "var/chm.sqlite"),
        index=index,
        harvest=harvest,
        security=security,
        nodes=nodes,
        vocabulary_files=vfiles,
        server_host=str(server.get("host", "127.0.0.1")),
        server_port=int(server.get("port", 8000)),
        raw=data,
        scheduler=scheduler,
        alerts=alerts,
    )


def _check_nodes(fname: str, items: Any, problems: list[str], source: str) -> list[NodeConfig]:
    if not isinstance(items, list):
        problems.append(f"{fname}: [[nodes]] must be an array of tables")
        return []
    out = []
    for i, item in enumerate(items):
        node, errs = check_node(item, source=source)
        where = f"{fname}: nodes[{i}]"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where += f" (id '{item['id']}')"
        problems += [f"{where}.{e}" for e in errs]
        if node:
            out.append(node)
    return out


def check_node(item: Any, source: str = "config") -> tuple[NodeConfig | None, list[str]]:
    """Check one node definition; return (node or None, problems as ``key: message``)."""
    if not isinstance(item, dict):
        return None, ["(node): must be a table"]
    errs: list[str] = []
    known = {f.name for f in fields(NodeConfig)} - {"source"}
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
    schedule = item.get("schedule", "1d")
    if not isinstance(schedule, str) or not _valid_schedule(schedule):
        errs.append(
            f"schedule: '{schedule}' is neither an interval (30m, 6h, 1d) nor a cron "
            "expression (5 fields)"
        )
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
    return NodeConfig(source=source, **kwargs), []


def _valid_schedule(schedule: str) -> bool:
    if interval_seconds(schedule):
        return True
    parts = schedule.split()
    return len(parts) == 5 and all(re.fullmatch(r"[\d*/,\-A-Za-z?]+", p) for p in parts)


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
