"""Process helpers for the multi-process tests: descendants from /proc, waiting for them.

A process is named by its pid *and* its start time (:class:`Proc`). Pids come from a counter
of 32,768 by default on Linux that threads draw from too; the full parallel suite uses about
50 a second, so it wraps every ten minutes or so, and a pid remembered since the start of a
long test (the ``seen`` set of the multi-process test) may name another test's process, or a
thread of one (``/proc/<tid>`` answers for a thread's id although ``/proc`` does not list it),
by the time the clean-up kills "what is left". Here a pid is waited for or killed only while
it still names the process first seen, and killed through a pidfd taken before the check.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import NamedTuple

from store.nodes import _is_process_id  # a thread's id is no process's


class Proc(NamedTuple):
    """A process: its pid and its start time (clock ticks after boot, /proc/<pid>/stat)."""

    pid: int
    started: int


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (state first), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()


def identify(pid: int) -> Proc | None:
    """The live (non-zombie) process ``pid`` names now, or None."""
    fields = _stat(pid)
    if fields is None or fields[0] == "Z" or not _is_process_id(pid):
        return None
    return Proc(pid, int(fields[19]))  # field 22 of the whole line: starttime


def children_of() -> dict[int, list[Proc]]:
    """ppid -> the live child processes of every process visible in /proc (Linux)."""
    out: dict[int, list[Proc]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields is None or fields[0] == "Z":
            continue  # a zombie is dead; its parent just has not reaped it yet
        out.setdefault(int(fields[1]), []).append(Proc(int(entry.name), int(fields[19])))
    return out


def descendants(root: Proc) -> set[Proc]:
    """Every live process below ``root`` (nothing once ``root`` has ended: its pid may
    name another process by then)."""
    if identify(root.pid) != root:
        return set()
    tree = children_of()
    found: set[Proc] = set()
    todo = [root.pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child.pid)
    return found


def alive(proc: Proc) -> bool:
    """Whether ``proc`` is still running (a zombie, or its pid reused, counts as ended)."""
    return identify(proc.pid) == proc


def wait_gone(procs: set[Proc], timeout: float) -> set[Proc]:
    """Wait until none of ``procs`` is alive; return those still alive at the deadline."""
    deadline = time.monotonic() + timeout
    left = {p for p in procs if alive(p)}
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = {p for p in left if alive(p)}
    return left


def kill_all(procs: set[Proc]) -> None:
    """SIGKILL those of ``procs`` still running (clean-up after a failed assertion); a pid that
    names another process by now is left alone."""
    for p in procs:
        try:
            fd = os.pidfd_open(p.pid)  # holds the process itself, whatever its pid becomes
        except OSError:
            continue  # ended already
        try:
            if alive(p):  # checked after the pidfd was taken: the pidfd names this process
                signal.pidfd_send_signal(fd, signal.SIGKILL)
        except OSError:
            pass
        finally:
            os.close(fd)
