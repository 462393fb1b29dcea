"""Mapping registry: a node's ``mapping`` name (config.toml) -> a :class:`Mapping` instance.

Where this sits: the harvest pipeline and ``chm reindex`` look up each node's mapping here
before mapping raw records from the store. Built-in mappings are dotted paths imported lazily
by :func:`core.plugins.load_object`; declarative mappings are ``mappings/<name>.toml`` files,
loaded by ``mappings.declarative.load_declarative``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from core.plugins import load_object
from mappings.declarative import load_declarative

if TYPE_CHECKING:
    from mappings.base import Mapping

MAPPINGS: dict[str, str] = {
    "oai_dc": "mappings.oai_dc:OaiDcMapping",
    "nsdl_dc": "mappings.oai_dc:OaiDcMapping",
}
"""Built-in mappings: registry name -> ``"module:Class"`` (instantiated without arguments)."""

DECLARATIVE_DIR = Path(__file__).resolve().parent
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class UnknownMapping(KeyError):
    """No built-in or declarative mapping has that name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown mapping"


def known_mappings() -> list[str]:
    """Names of every available mapping: built-in ones and ``mappings/*.toml`` files."""
    declarative = {p.stem for p in DECLARATIVE_DIR.glob("*.toml")}
    return sorted(set(MAPPINGS) | declarative)


def _declarative(name: str) -> Mapping | None:
    """The declarative mapping ``mappings/<name>.toml``, or None when there is no such file."""
    if not _SAFE_NAME.match(name) or ".." in name:
        return None
    path = DECLARATIVE_DIR / f"{name}.toml"
    if not path.is_file():
        return None
    return cast("Mapping", load_declarative(path))


def is_mapping_file(name: str) -> bool:
    """True when a node's ``mapping`` names a file (``my-node.toml``, ``maps/x.toml``)."""
    return name.endswith(".toml") or "/" in name or "\\" in name


def check_mapping(name: str, base: Path | None = None) -> tuple[str, str | None]:
    """Check a node's ``mapping`` value before it is saved.

    Args:
        name: a mapping name or a path to a declarative mapping file.
        base: the directory a relative path is read from (config.toml's).

    Returns:
        ``(value to store, problem)``: a file path is made absolute; ``problem`` is None when
        the mapping loads, else a sentence naming what is wrong.
    """
    if is_mapping_file(name):
        path = Path(name).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
        name = str(path.resolve())
    try:
        get_mapping(name)
    except KeyError as exc:
        return name, str(exc.args[0] if exc.args else exc)
    return name, None


def get_mapping(name: str) -> Mapping:
    """Return a ready-to-use mapping for a registry name or a mapping file.

    Args:
        name: a key of :data:`MAPPINGS` (``"oai_dc"``, ``"nsdl_dc"``), the stem of a
            declarative mapping file ``mappings/<name>.toml``, or the path of a declarative
            mapping file anywhere (an operator's own, ``/etc/chm/my-node.toml``).

    Returns:
        an object following the :class:`mappings.base.Mapping` protocol.

    Raises:
        UnknownMapping: (a ``KeyError``) no such mapping; the message lists the known names.
    """
    if is_mapping_file(name):
        from mappings.declarative import MappingFileError, load_declarative

        try:
            return cast("Mapping", load_declarative(Path(name)))
        except MappingFileError as exc:
            raise UnknownMapping(
                f"mapping file {name!r} cannot be used: " + "; ".join(exc.problems)
            ) from None
    dotted = MAPPINGS.get(name)
    if dotted is not None:
        cls = cast("type[Mapping]", load_object(dotted))
        return cls()
    mapping = _declarative(name)
    if mapping is not None:
        return mapping
    raise UnknownMapping(f"unknown mapping {name!r}; known mappings: {', '.join(known_mappings())}")
