"""The one plugin loader: ``"package.module:Name"`` -> the object, imported only when chosen.

Every registry in chm is a dict from a name config.toml uses to a dotted path: harvesters by
protocol (:data:`harvesters.registry.HARVESTERS`), mappings by name
(:data:`mappings.registry.MAPPINGS`), index backends by name (:data:`index.registry.BACKENDS`).
A module is imported the first time its name is asked for, so an unused backend's client
library is never loaded. A third-party plugin is a dotted path like the built-in ones.
"""

from __future__ import annotations

import importlib
from typing import Any


def load_object(path: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``.

    Raises:
        ImportError: the module cannot be imported.
        AttributeError: the module has no such name.
    """
    module_name, _, name = path.partition(":")
    return getattr(importlib.import_module(module_name), name)
