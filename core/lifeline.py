"""Worker processes end with their parent: no orphans after ``kill -9``.

Where it sits: the mapping workers (:mod:`pipeline.mapworkers`) and the first matching's
process (:mod:`matching.apart`) call :func:`die_with_parent` first thing. A worker of a
``ProcessPoolExecutor`` waits on its queue forever when the parent is killed (it never hears
that it should stop), and keeps the ``multiprocessing`` resource tracker alive with it. Two guards:

- on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` asks the kernel to kill the worker the moment
  its parent dies (through ``ctypes``: no extra package);
- everywhere, a daemon thread compares ``os.getppid()`` with the parent's pid once a second
  and ends the process when they differ (also covers a parent that died before the ``prctl``).

When the workers are gone the resource tracker reads end-of-file on its pipe and exits too.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>

WATCH_EVERY = 1.0
"""Seconds between checks of the parent's pid."""


def set_parent_death_signal(sig: int = signal.SIGKILL) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent_pid: int, every: float) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)  # the parent is gone: nothing of ours can still be wanted
        time.sleep(every)


def die_with_parent(parent_pid: int, every: float = WATCH_EVERY) -> None:
    """End this process (at once, without clean-up) when the process ``parent_pid`` ends."""
    set_parent_death_signal()
    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(
        target=_watch, args=(parent_pid, every), name="parent-watch", daemon=True
    ).start()
