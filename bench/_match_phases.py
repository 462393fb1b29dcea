"""CPU per phase of the full matching recompute, from several checkouts of chm, alternated.

The first matching after a harvest into an empty store is :func:`matching.full.recompute`
(in a child process of the harvest: :mod:`matching.apart`). This runs its phases one by one
on a copy of a store (e.g. the corpus store ``bench_matching.py --first-run`` harvests into
``bench/out/matching-first-run-N/chm.sqlite``), each checkout in a fresh process of this venv's
Python with the checkout first on its path, the order alternating pair by pair, and prints the
user + system CPU of each phase per record: the one-node check, the pass over the records
(features, identifier and title keys, their rows), the duplicate edges and clusters, the heads
of the posting lists, matching (candidates, scores, explanations, rows). On a shared machine
compare these CPU times run by run; wall times mean nothing.

Usage: python bench/_match_phases.py STORE DIR [DIR ...] [--pairs 3]
       git archive c1e992f | tar -x -C /tmp/before   # a checkout of an earlier commit
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PHASES = ("one_node", "scan", "dups", "heads", "match")


def _one(store: Path) -> dict[str, Any]:
    """The phases on a copy of ``store`` with the chm found first on ``sys.path``."""
    from matching import full, match
    from matching.match import Hierarchy
    from matching.store import DERIVED_TABLES, ensure_schema
    from store import Store
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    vocab = load_vocabulary([PROJECT_THESAURUS])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chm.sqlite"
        shutil.copyfile(store, path)
        db = Store(path)
        cpu = time.process_time
        with db.transaction() as conn:
            for table in DERIVED_TABLES:
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            ensure_schema(conn)
            marks = [cpu()]
            titles = not full._one_node(conn)
            marks.append(cpu())
            scan = full._scan(conn, vocab, 1, path, titles)
            marks.append(cpu())
            full._dup_edges(conn)
            full._write_clusters(conn)
            marks.append(cpu())
            index = full.HeadIndex(conn, match.PER_KEY)
            marks.append(cpu())
            full._match_all(conn, index, Hierarchy(vocab), 1)
            marks.append(cpu())
        db.close()
    n = max(1, scan.records)
    out = {
        p: round(1e6 * (b - a) / n, 1) for p, a, b in zip(PHASES, marks, marks[1:], strict=False)
    }
    out["total"] = round(1e6 * (marks[-1] - marks[0]) / n, 1)
    out["records"] = scan.records
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("dirs", nargs="*", type=Path, help="checkouts of chm to compare")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(_one(args.store.resolve())))
        return
    runs: dict[Path, list[dict[str, Any]]] = {d: [] for d in args.dirs}
    for n in range(args.pairs):
        order = args.dirs if n % 2 == 0 else args.dirs[::-1]
        for code in order:
            env = {**os.environ, "PYTHONPATH": str(code.resolve())}
            cmd = [
                sys.executable,
                str(Path(__file__).resolve()),
                str(args.store.resolve()),
                "--one",
            ]
            got = subprocess.run(cmd, cwd=code, env=env, check=True, capture_output=True, text=True)
            row = json.loads(got.stdout.strip().splitlines()[-1])
            runs[code].append(row)
            parts = "  ".join(f"{p} {row[p]}" for p in PHASES)
            print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC  {code}: {parts}  total"
                  f" {row['total']} CPU us/record ({row['records']:,} records); load"
                  f" {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    for code, rows in runs.items():
        med = {p: statistics.median(r[p] for r in rows) for p in (*PHASES, "total")}
        print(f"{code}: median " + "  ".join(f"{p} {v:g}" for p, v in med.items()))


if __name__ == "__main__":
    main()
