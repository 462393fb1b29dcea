"""The one writer of the config.toml files tests run chm with (pointing at the test servers).

Where it sits: test infrastructure beside the servers. Every test folder's helper
(``make_settings`` in tests/harvesters, ``write_config`` in tests/ops, tests/registration and
tests/search_api) states only what differs for its tests and lets this module write the file.

Example::

    path = write_config(tmp_path, [{"id": "n", "url": server.url}], harvest={"timeout": 2.0})
    settings = load_settings(path)

Sections given as keyword arguments replace the defaults' section of that name (a section
given as None is left out); ``extra`` is raw TOML appended at the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, dict[str, Any]] = {
    "storage": {"path": "var/chm.sqlite"},
    "index": {"backend": "tantivy", "path": "var/index"},
    "vocabulary": {"files": []},
    "security": {"allow_private_hosts": True},  # the test servers run on 127.0.0.1
}


def toml_value(v: Any) -> str:
    """A TOML literal for a bool, number, string, list or (inline) table."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list | tuple):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def config_text(
    nodes: Iterable[dict[str, Any]] = (),
    *,
    extra: str = "",
    **sections: dict[str, Any] | None,
) -> str:
    """The text of a config.toml: the defaults, ``sections`` over them, the nodes, ``extra``."""
    merged: dict[str, dict[str, Any] | None] = {**DEFAULTS, **sections}
    lines: list[str] = []
    for name, keys in merged.items():
        if keys is None:
            continue
        lines.append(f"[{name}]")
        lines += [f"{k} = {toml_value(v)}" for k, v in keys.items()]
    for node in nodes:
        lines.append("[[nodes]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in node.items()]
    return "\n".join(lines) + "\n" + extra


def write_config(
    folder: Path,
    nodes: Iterable[dict[str, Any]] = (),
    *,
    extra: str = "",
    **sections: dict[str, Any] | None,
) -> Path:
    """Write ``folder/config.toml`` (see :func:`config_text`); return its path."""
    path = folder / "config.toml"
    path.write_text(config_text(nodes, extra=extra, **sections), encoding="utf-8")
    return path
