"""Where a harvest's CPU goes: py-spy samples of every process, summed by function group.

``bench_harvest.py --profile`` runs ``chm harvest`` (fresh store) under ``py-spy record
--subprocesses --format raw`` (the harvest process, all its threads and its child processes:
mapping workers, matching) through this module's ``--exec`` wrapper, which writes the CPU
time (user + system) of chm's process tree to a file. :func:`report` then reads the
collapsed stacks and prints, per process kind and per function group, the share of samples
and that share of the measured CPU per record (py-spy samples threads that are not idle; on
a loaded machine a runnable thread waiting for a core is sampled too, so the shares are what
is meant, not the sample counts).

A sample is given to the first group of :data:`GROUPS` whose test matches a frame of its
stack (so "map" holds everything under the mapping call, the C parts of lxml and regular
expressions included); the rest goes to "other" with its innermost chm frame.

Usage (normally through bench_harvest.py):
  python bench/_spy.py --exec OUT.json -- CMD...     # run CMD, write its tree's CPU to OUT.json
  python bench/_spy.py --report RAW.txt CPU.json RECORDS
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable

Frame = tuple[str, str]  # (function, file)
_FRAME = re.compile(r"^(.*) \((.*?)(?::\d+)?\)$")

_CHM = ("mappings/", "vocabulary/", "pipeline/", "harvesters/", "store/", "index/", "core/",
        "cli/", "matching/", "ops/", "registration/")  # fmt: skip
_NET = ("requests/", "urllib3/", "http/client.py", "socket.py", "ssl.py", "selectors.py")


def _has(func: str | None = None, file: str | None = None) -> Callable[[list[Frame]], bool]:
    def test(stack: list[Frame]) -> bool:
        return any(
            (func is None or f == func or f.endswith("." + func)) and (file is None or file in p)
            for f, p in stack
        )

    return test


def _harvester_net(stack: list[Frame]) -> bool:
    return _has(file="harvesters/")(stack) and any(p.startswith(_NET) for _, p in stack)


_WAITS = ("select", "wait", "get", "_watch", "_worker", "acquire", "sleep", "join", "poll")


def _waiting(stack: list[Frame]) -> bool:
    """A thread blocked in a wait that py-spy sampled as busy (its state flickers to running
    as it wakes): not CPU of any group."""
    if not stack:
        return False
    func, path = stack[-1]
    name = func.rpartition(".")[2]
    return name in _WAITS and (not path.startswith(_CHM) or path == "core/lifeline.py")


GROUPS: list[tuple[str, Callable[[list[Frame]], bool]]] = [
    ("(waiting: not counted)", _waiting),
    ("start-up: imports", _has(func="_find_and_load")),
    ("start-up: vocabulary load", _has(func="load_vocabulary")),
    ("start-up: worker initialiser", _has(func="_init_worker")),
    ("matching after the run (matching/)", _has(file="matching/")),
    ("enrichment (vocabulary/enrich.py)", _has(func="enrichment", file="vocabulary/enrich.py")),
    ("completion (mappings/complete.py)", _has(func="completion", file="mappings/complete.py")),
    ("map: XML parse of the payload", _has(func="parse_xml", file="mappings/safexml.py")),
    ("map: oai_dc fields (_collect)", _has(func="_collect", file="mappings/oai_dc.py")),
    ("map: oai_dc record (_build)", _has(func="_build", file="mappings/oai_dc.py")),
    ("map: other (ids, header, copy)", _has(func="map_one", file="pipeline/mapper.py")),
    ("Record.to_json", _has(func="to_json", file="mappings/record.py")),
    ("Record.from_json (worker results)", _has(func="from_json", file="mappings/record.py")),
    ("record hash", _has(func="record_hash")),
    ("index (documents, tantivy writes, commits)", _has(file="index/")),
    ("store (SQLite page commit, hashes read)", _has(file="store/")),
    ("harvester: HTTP fetch", _harvester_net),
    ("harvester: page parse, records cut", _has(file="harvesters/")),
    ("pipeline: worker results, page assembly", _has(file="pipeline/")),
    ("worker/pipeline IPC (pickle, queues)", lambda s: any(
        p.startswith(("multiprocessing/", "concurrent/", "pickle")) for _, p in s)),
]  # fmt: skip


def _kind(processes: list[str]) -> str:
    cmd = processes[-1] if processes else ""
    if "cli.main" in cmd:
        return "harvest process"
    if "resource_tracker" in cmd:
        return "resource tracker"
    if "multiprocessing" in cmd or "spawn_main" in cmd:
        return "child processes"
    return "other"


def parse(path: str) -> list[tuple[str, list[Frame], int]]:
    """(process kind, frames root first, samples) of each line of py-spy's raw output."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            stack_text, _, count = line.rpartition(" ")
            processes, frames = [], []
            for part in stack_text.split(";"):
                if part.startswith("process "):
                    processes.append(part)
                    continue
                m = _FRAME.match(part)
                if m:
                    frames.append((m[1], m[2]))
            out.append((_kind(processes), frames, int(count)))
    return out


def _group(frames: list[Frame]) -> str:
    for name, test in GROUPS:
        if test(frames):
            return name
    inner = next((f"{p}:{f}" for f, p in reversed(frames) if p.startswith(_CHM)), None)
    return f"other ({inner})" if inner else "other (no chm frame)"


_PY_THREADS = ("python", "MainThread")


def report(raw: str, cpu_json: str, records: int) -> str:
    """The table of where the CPU went, as Markdown.

    Each process kind's CPU (its threads' CPU read from /proc) is split into its Python
    threads' CPU, shared out over the groups by that kind's samples (waits left out), and
    its native threads' (tantivy's indexing and merge threads: py-spy does not see them),
    shown by thread name."""
    with open(cpu_json, encoding="utf-8") as f:
        measured = json.load(f)
    cpu = float(measured["cpu"])
    native: dict[str, dict[str, float]] = defaultdict(dict)
    python_cpu: dict[str, float] = defaultdict(float)
    for key, secs in measured["threads"].items():
        kind, name = key.split("\t", 1)
        if name != "python":  # tantivy's threads (indexing, merges, doc store)
            native[kind][name] = native[kind].get(name, 0.0) + secs
        else:
            python_cpu[kind] += secs
    per_kind: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    others: Counter[str] = Counter()
    for kind, frames, n in parse(raw):
        g = _group(frames)
        if g.startswith("("):
            continue
        per_kind[kind] += n
        if g.startswith("other ("):
            others[g] += n
            g = "other"
        groups[g][kind] += n
    kinds = [k for k, _ in per_kind.most_common() if python_cpu.get(k)]

    def us(kind: str, n: float) -> float:  # samples of a kind -> CPU us per record
        return python_cpu[kind] * 1e6 / max(1, records) * n / max(1, per_kind[kind])

    rows: list[tuple[float, str]] = []
    for g, by in groups.items():
        cells = [us(k, by[k]) for k in kinds]
        rows.append((sum(cells), f"| {g} | " + " | ".join(f"{c:,.0f}" for c in cells)))
    for kind, threads in native.items():
        for name, secs in threads.items():
            cells = [secs * 1e6 / max(1, records) if k == kind else 0.0 for k in kinds]
            rows.append((sum(cells), f"| native thread {name} | "
                         + " | ".join(f"{c:,.0f}" for c in cells)))  # fmt: skip
    threads_total = sum(python_cpu.values()) + sum(sum(t.values()) for t in native.values())
    total_us = threads_total * 1e6 / max(1, records)
    lines = [
        f"{records:,} records; CPU of chm's process tree (getrusage) {cpu:.1f} s = "
        f"{cpu * 1e6 / max(1, records):,.0f} us/record; its threads' CPU read from /proc "
        f"{threads_total:.1f} s; {sum(per_kind.values()):,} samples (waits left out)",
        "",
        "| group (CPU us per record) | " + " | ".join(kinds) + " | all | share |",
        "|---|" + "---:|" * (len(kinds) + 2),
    ]
    for total, row in sorted(rows, key=lambda r: -r[0]):
        lines.append(f"{row} | {total:,.0f} | {100 * total / max(1e-9, total_us):.1f}% |")
    kind_us = [sum(us(k, by[k]) for by in groups.values()) for k in kinds]
    kind_us = [u + sum(native.get(k, {}).values()) * 1e6 / max(1, records)
               for u, k in zip(kind_us, kinds, strict=True)]  # fmt: skip
    lines.append("| **all** | " + " | ".join(f"**{u:,.0f}**" for u in kind_us)
                 + f" | **{total_us:,.0f}** | 100% |")  # fmt: skip
    lines += ["", "largest parts of 'other' (innermost chm frame, share of the samples):"]
    total_n = max(1, sum(per_kind.values()))
    lines += [f"  {100 * n / total_n:5.1f}%  {g}" for g, n in others.most_common(8)]
    return "\n".join(lines)


def top_functions(raw: str, group: str, limit: int = 25) -> str:
    """Innermost frames (self time) of the samples of one group, most sampled first."""
    leaves: Counter[str] = Counter()
    total = 0
    for _, frames, n in parse(raw):
        if _group(frames) != group:
            continue
        total += n
        f, p = frames[-1] if frames else ("?", "?")
        leaves[f"{p}:{f}"] += n
    return "\n".join(f"{100 * n / max(1, total):5.1f}%  {k}" for k, n in leaves.most_common(limit))


def _kind_of_cmdline(cmd: str) -> str:
    return _kind([cmd])


def _threads(root: int, kinds: dict[int, str]) -> dict[tuple[int, int], tuple[str, str, float]]:
    """(pid, tid) -> (process kind, thread name, CPU seconds so far) of ``root``'s tree
    (``kinds``: each process's kind as first told, kept: an ended process has no cmdline)."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[tuple[int, int], tuple[str, str, float]] = {}
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
            kind = kinds.get(pid) or _kind_of_cmdline(cmd)
            if cmd and kind != "other" and (pid == root or kind != "harvest process"):
                kinds.setdefault(pid, kind)  # (a child not yet exec'd shows its parent's)
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    stat = f.read()
                name = stat[stat.index("(") + 1 : stat.rindex(")")]
                fields = stat[stat.rindex(")") + 2 :].split()
                out[(pid, int(tid))] = (kind, name, (int(fields[11]) + int(fields[12])) / tick)
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return out


def _exec(out: str, cmd: list[str]) -> int:
    """Run ``cmd``; write the CPU of its tree (``getrusage``) and of each of its threads
    (read from /proc every 0.1 s: the last reading of a thread that ended counts)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd)
    seen: dict[tuple[int, int], tuple[str, str, float]] = {}
    kinds: dict[int, str] = {}
    while proc.poll() is None:
        seen.update(_threads(proc.pid, kinds))
        time.sleep(0.1)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    by: dict[str, float] = defaultdict(float)
    for kind, name, secs in seen.values():
        by[f"{kind}\t{name}"] += secs
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"cpu": cpu, "returncode": proc.returncode, "threads": by}, f)
    return proc.returncode


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--exec"]:
        sep = args.index("--")
        raise SystemExit(_exec(args[1], args[sep + 1 :]))
    if args[:1] == ["--report"]:
        print(report(args[1], args[2], int(args[3])))
        return
    if args[:1] == ["--top"]:
        print(top_functions(args[1], args[2]))
        return
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
