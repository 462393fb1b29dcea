"""JSON (CKAN) benchmark: ``chm harvest`` end to end against a requests + orjson ceiling.

N CKAN ``package_search`` results built from ``bench/_corpus.py`` (English, French and Spanish
text of varied lengths and subjects; not the demo generator's) are served by
``bench/_feed.py ckan`` on 127.0.0.1, pages of 1,000. Printed, each a process of its own
(process start included; CPU of every process it started; peak RSS of the largest process
and of the whole tree): the ceiling (requests + orjson, each package's fields mapped into a
dict, no chm code: ``bench/_ceilings.py ckan``), ``chm harvest`` with the ``ckan`` profile and
mapping into a fresh store and index, ``--full`` over the unchanged source, an incremental
run; chm's ratio to the ceiling and the issue's targets (>= 10,000 records/s).

Usage: python bench/bench_json.py [--records 100000] [--no-matching] [--no-enrich]
       python bench/bench_json.py --records 100000 --no-matching --full-pairs 5
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._compare import CKAN, run


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", "--count", type=int, default=100_000, dest="records")
    ap.add_argument("--no-matching", action="store_true", help="switch matching after the run off")
    ap.add_argument("--no-enrich", action="store_true", help="harvest without the thesaurus")
    ap.add_argument("--full-pairs", type=int, default=0, metavar="N",
                    help="N more (ceiling, unchanged --full) pairs at the end")  # fmt: skip
    args = ap.parse_args()
    run(CKAN, args.records, matching=not args.no_matching, enrich=not args.no_enrich,
        full_pairs=args.full_pairs)  # fmt: skip


if __name__ == "__main__":
    main()
