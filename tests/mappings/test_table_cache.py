"""The mappings' library tables read from their on-disk copy are the tables built from babel
and pycountry (mappings/table_cache.py): same keys, values and order; a damaged copy is built
again. Each process builds or reads its tables once, so each case runs in new processes."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from mappings.table_cache import cache_path, read_tables, write_tables

ROOT = Path(__file__).resolve().parents[2]
_DUMP = """
import pickle, sys
from mappings import normalise as N
N.prepare_tables()
tables = {k: f() for k, f in N._ON_DISK.items()}
tables["scan"] = N._scan_table()
tables["libraries loaded"] = sorted({"babel", "pycountry"} & set(sys.modules))
sys.stdout.buffer.write(pickle.dumps({k: list(v.items()) if isinstance(v, dict) else v
                                      for k, v in tables.items()}))
"""


def _tables(cache: Path) -> dict[str, object]:
    env = dict(os.environ, CHM_VOCAB_CACHE=str(cache))
    done = subprocess.run([sys.executable, "-c", _DUMP], cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    got: dict[str, object] = pickle.loads(done.stdout)
    return got


def test_tables_read_back_are_the_built_tables(tmp_path: Path) -> None:
    built = _tables(tmp_path)  # builds them and writes the copy
    files = list(tmp_path.glob("mapping-tables-*.pickle"))
    assert len(files) == 1
    read = _tables(tmp_path)
    assert built.pop("libraries loaded") == ["babel", "pycountry"]
    assert read.pop("libraries loaded") == []  # read from disk: neither library loaded
    assert read == built  # items in order: every table, and the scan table built from them
    assert len(built["country_names"]) > 300  # type: ignore[arg-type]


def test_a_damaged_copy_is_built_again(tmp_path: Path) -> None:
    path = cache_path(tmp_path)
    assert path is not None and path.parent == tmp_path
    path.write_bytes(b"\x80\x05not a pickle")
    assert read_tables(path) is None
    damaged = _tables(tmp_path)
    fresh = _tables(tmp_path / "elsewhere")
    assert damaged.pop("libraries loaded") == ["babel", "pycountry"]
    fresh.pop("libraries loaded")
    assert damaged == fresh


def test_the_copy_is_named_by_what_the_tables_are_built_from(tmp_path: Path) -> None:
    path = cache_path(tmp_path)
    assert path is not None and path == cache_path(tmp_path)
    assert write_tables(path, {"a": {"b": 1}})
    assert read_tables(path) == {"a": {"b": 1}}
    (tmp_path / "blocked").write_text("a file where a directory would go")
    assert write_tables(tmp_path / "blocked" / "x.pickle", {}) is False
