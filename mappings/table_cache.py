"""The mappings' library tables, kept on disk between processes.

Where it sits: :func:`mappings.normalise.prepare_tables`, which every process that maps
records calls once (a harvest's own process and each of its mapping workers). The tables it
builds (month, day, language and country names and codes, folded) come from babel's CLDR
locales and pycountry's ISO databases: ~0.15 CPU-s per process, paid by every run of every
harvest. The built tables pickled are ~0.35 MB and read back in ~3 ms.

The file's name holds a digest of all the tables are built from: the source of
``mappings/normalise.py`` (the builders, the alias tables) and ``mappings/folding.py`` (the
keys are folded), the installed versions of babel and pycountry, and Python's version; any
change to one of them names another file, built and written by the next process that maps.
A file that cannot be read back is built again; one that cannot be written (a read-only
home) leaves every process building its tables, as before.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

_SOURCES = ("normalise.py", "folding.py")
_LIBRARIES = ("babel", "pycountry")


def cache_path(cache_dir: Path | None = None) -> Path | None:
    """Where this installation's tables live (None when what they are built from cannot be
    read: then they are built in every process)."""
    from importlib import metadata

    from vocabulary.loader import default_cache_dir

    digest = hashlib.sha256(sys.version.encode())
    try:
        for name in _SOURCES:
            digest.update((Path(__file__).parent / name).read_bytes())
        for lib in _LIBRARIES:
            digest.update(f"{lib}=={metadata.version(lib)}".encode())
    except (OSError, metadata.PackageNotFoundError):
        return None
    return (cache_dir or default_cache_dir()) / f"mapping-tables-{digest.hexdigest()[:32]}.pickle"


def read_tables(path: Path) -> dict[str, Any] | None:
    """The tables written at ``path``, or None (no file, or one that does not read back)."""
    from vocabulary.loader import read_pickle

    return read_pickle(path, dict)


def write_tables(path: Path, tables: dict[str, Any]) -> bool:
    """Write ``tables`` at ``path`` atomically (a reader sees no file or the whole of it);
    False when it cannot be written (nothing else happens)."""
    from vocabulary.loader import write_pickle

    return write_pickle(path, tables)
