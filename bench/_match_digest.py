"""Dump, digest and profile a full matching recompute, to compare code before and after.

Runs ``recompute_all`` on a copy of a store (e.g. the corpus store ``bench_matching.py
--first-run`` harvests into ``bench/out/matching-first-run-N/chm.sqlite``), then writes every
row of the derived matching tables, sorted, to ``--dump`` (one JSON line per row) and prints
the SHA-256 of each table. Two dumps of the same store made by two versions of the code must
be byte-identical (``cmp``). ``--profile FILE`` also writes a cProfile (CPU time) of the
recompute.

Usage: python bench/_match_digest.py STORE --dump out.jsonl [--workers 1] [--profile p.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching.update import recompute_all
from store import Store
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

TABLES = {
    "mx_matches": "record_id, other_id",
    "mx_features": "record_id",
    "mx_postings": "key, role, year, record_id",
    "dup_edges": "a, b",
    "dup_clusters": "record_id",
    "id_postings": "key, record_id",
    "title_postings": "key, record_id",
    "dup_features": "record_id",
}


def dump(store: Store, out: Path) -> dict[str, str]:
    """Every row of :data:`TABLES`, sorted, to ``out``; the SHA-256 of each table."""
    digests = {}
    with out.open("w", encoding="utf-8") as fh:
        for table, order in TABLES.items():
            h = hashlib.sha256()
            for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                line = json.dumps([table, *row], ensure_ascii=False) + "\n"
                h.update(line.encode())
                fh.write(line)
            digests[table] = h.hexdigest()[:16]
    return digests


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store", type=Path)
    ap.add_argument("--dump", type=Path, required=True)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    vocab = load_vocabulary([PROJECT_THESAURUS])
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.sqlite"
        shutil.copyfile(args.store, copy)
        store = Store(copy)
        prof = cProfile.Profile(time.process_time) if args.profile else None
        c = time.process_time()
        if prof:
            prof.enable()
        recompute_all(store, vocab, workers=args.workers)
        if prof:
            prof.disable()
            prof.dump_stats(str(args.profile))
        cpu = time.process_time() - c
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        digests = dump(store, args.dump)
        store.close()
    print(
        json.dumps(
            {
                "cpu_main_s": round(cpu, 2),
                "cpu_children_s": round(ch.ru_utime + ch.ru_stime, 2),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                "tables": digests,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
