"""The full recompute's duplicate pass alone: its CPU and peak resident memory, and the
digests of what it writes, without rerunning the pass over the records and matching.

``--build N`` writes the incremental-cost benchmark's synthetic store of ``N`` records
(``bench_matching.py``: ``--templates`` enriched records copied under new ids, countries,
years and titles) to STORE, runs the recompute's pass over the records on it and keeps the
two temporary tables the duplicate pass reads (``mx_tmp_title``, ``mx_tmp_ids``) as tables of
the store. Without ``--build``, the duplicate pass (``matching.full._dup_edges`` then
``_write_clusters``) runs on a copy of STORE, and this prints its CPU (user + system of this
process), its resident memory every ~15 s and at its highest (sampled every 20 ms, from what
the process held when the pass began), the sizes of the duplicate rules' memoised look-ups,
and the SHA-256 of ``dup_edges`` and ``dup_clusters`` (rows sorted, as
``bench/_match_digest.py`` digests them: a full recompute of the store must give the
same).

Usage: python bench/_dup_pass.py STORE --build 100000 [--templates 2000]
       python bench/_dup_pass.py STORE [--workdir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching import duplicates as dup
from matching import full
from matching.store import DERIVED_TABLES, ensure_schema
from store import Store


def _rss() -> dict[str, int]:
    """VmRSS and VmHWM of this process, MB."""
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key = line.split(":", 1)[0]
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(line.split()[1]) // 1024
    return out


def build(path: Path, n: int, templates: int) -> None:
    """The synthetic store, its pass over the records, the duplicate pass's input kept."""
    from bench.bench_matching import synthetic_store
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    vocab = load_vocabulary([PROJECT_THESAURUS])
    store = Store(path)
    synthetic_store(store, vocab, n, templates, 2)
    with store.transaction() as conn:
        for table in DERIVED_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        ensure_schema(conn)
        c = time.process_time()
        full._scan(conn, vocab, 2, path)
        print(f"pass over the records: {time.process_time() - c:.1f} CPU-s (this process)")
        for table in ("mx_tmp_title", "mx_tmp_ids"):
            conn.execute(f"DROP TABLE IF EXISTS kept_{table}")
            conn.execute(f"CREATE TABLE kept_{table} AS SELECT * FROM temp.{table}")
    store.close()


def digests(conn: Any) -> dict[str, tuple[int, str]]:
    """Rows and SHA-256 (16 hex digits) of ``dup_edges`` and ``dup_clusters``."""
    out = {}
    for table, order in (("dup_edges", "a, b"), ("dup_clusters", "record_id")):
        h, n = hashlib.sha256(), 0
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
            h.update((json.dumps([table, *row], ensure_ascii=False) + "\n").encode())
            n += 1
        out[table] = (n, h.hexdigest()[:16])
    return out


def run(path: Path, workdir: Path) -> dict[str, object]:
    """The duplicate pass on a copy of ``path``."""
    work = workdir / "dup_pass.sqlite"
    shutil.copyfile(path, work)
    store = Store(work)
    conn = store.conn
    conn.execute("BEGIN")
    conn.execute("DELETE FROM dup_edges")
    conn.execute("DELETE FROM dup_clusters")
    for sql in full._TEMP:
        conn.execute(sql)
    for table in ("mx_tmp_title", "mx_tmp_ids"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM kept_{table}")
    conn.execute("CREATE INDEX IF NOT EXISTS temp.mx_tmp_title_key ON mx_tmp_title(key, seq)")
    conn.execute("CREATE INDEX IF NOT EXISTS temp.mx_tmp_ids_key ON mx_tmp_ids(key, seq)")
    full.malloc_trim()
    top, stop = [0], threading.Event()

    def sample() -> None:
        k = 0
        while not stop.wait(0.02):
            top[0] = max(top[0], _rss()["VmRSS"])
            k += 1
            if k % 750 == 0:
                print(f"  ~{k // 50} s: RSS {_rss()['VmRSS']} MB", flush=True)

    before = _rss()["VmRSS"]
    threading.Thread(target=sample, daemon=True).start()
    c = time.process_time()
    full._dup_edges(conn)
    full._write_clusters(conn)
    cpu = time.process_time() - c
    stop.set()
    conn.execute("COMMIT")
    caches = {
        name: fn.cache_info().currsize
        for name in sorted(vars(dup))
        if hasattr(fn := getattr(dup, name), "cache_info")
    }
    out = {
        "cpu_seconds": round(cpu, 1),
        "rss_mb_when_it_began": before,
        "rss_mb_peak": max(top[0], _rss()["VmRSS"]),
        "memoised_entries": caches,
        "tables": digests(conn),
    }
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--build", type=int, metavar="N")
    ap.add_argument("--templates", type=int, default=2000)
    ap.add_argument("--workdir", type=Path)
    args = ap.parse_args()
    if args.build:
        build(args.store, args.build, args.templates)
        return
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        print(json.dumps(run(args.store, Path(tmp)), indent=1))


if __name__ == "__main__":
    main()
