"""``make bench``: run every benchmark in bench/ one after the other and print their figures.

Each script can also be run alone (see its docstring for sizes and targets); figures and the
machine they were measured on are recorded in bench/README.md.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORDER = [
    "bench_harvest.py",
    "bench_json.py",
    "bench_dcat.py",
    "bench_vocab.py",
    "bench_search.py",
    "bench_web.py",
    "bench_scheduler.py",
    "bench_matching.py",
]


def main() -> int:
    failed = []
    for name in ORDER + sorted(p.name for p in HERE.glob("bench_*.py") if p.name not in ORDER):
        path = HERE / name
        if not path.exists():
            continue
        print(f"\n=== {name} ===", flush=True)
        t0 = time.monotonic()
        rc = subprocess.call([sys.executable, str(path)], cwd=HERE.parent)
        print(f"--- {name}: exit {rc} in {time.monotonic() - t0:.0f}s", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
