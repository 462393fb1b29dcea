"""Mapping quality (issue: records as real nodes write them): per-field accuracy on the
labelled sets of tests/mappings/labelled/ (hand-written clearing-house records and records
of the real fixtures in ../shared/fixtures), each mapped as a harvest maps it.

Prints the table and every miss, and writes ``bench/out/bench_records.json``. No timing.

Usage: python bench/bench_records.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mappings.evaluate import load_fixtures, load_network, report, score


def main() -> int:
    """Score both sets and their union; print and save."""
    sets = {"network": load_network(), "fixtures": load_fixtures()}
    sets["all"] = sets["network"] + sets["fixtures"]
    out: dict[str, dict[str, dict[str, float | int]]] = {}
    for name, records in sets.items():
        scores = score(records)
        print(f"== {name} ({len(records)} records)")
        print(report(scores))
        out[name] = {
            k: {"right": s.right, "total": s.total, "accuracy": round(s.accuracy, 4)}
            for k, s in scores.items()
        }
    target = Path(__file__).resolve().parent / "out" / "bench_records.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
