"""Paired CPU of ``chm harvest`` from two checkouts of chm, on a loaded machine: OAI-PMH.

``bench/_ab_source.py --source oai`` (the same runs for the JSON and DCAT sources): each
checkout (a directory holding chm's packages, e.g. ``git archive`` of a commit unpacked, and
this worktree) harvests the same N corpus records of ``bench/_corpus.py`` from one
``bench/_feed.py`` into a fresh store and index (matching after the run off unless
``--matching``), one after the other, the order alternating pair by pair; this venv's Python
runs them all. Printed per run: user and system CPU of chm's process tree (the harvest
process and its mapping workers, from ``wait4``), CPU per record, wall, the largest process's
peak RSS (``ru_maxrss``), a digest of what was stored and the load average; then each
checkout's runs, median and best. Wall times on a shared machine mean nothing: compare CPU,
run by run.

Usage: python bench/_ab_harvest.py --records 20000 --pairs 2 BEFORE_DIR AFTER_DIR
       git archive 92a2f05 | tar -x -C /tmp/before   # a checkout of an earlier commit
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._ab_source import main

if __name__ == "__main__":
    sys.argv[1:1] = ["--source", "oai"]
    main()
