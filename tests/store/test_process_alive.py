"""A holder counts as dead only when the whole process has ended: a process killed with -9
turns its main thread zombie first and closes its files (the index writer's lock) only when
its last thread ends, so a lease taken over in between found the index still locked."""

from __future__ import annotations

import os
import platform
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from store.nodes import _process_alive

HOST = socket.gethostname()

# the main thread leaves with the exit system call (not exit_group), a second thread stays
LEADER_EXITS = """
import ctypes, threading, time
threading.Thread(target=time.sleep, args=(60,)).start()
ctypes.CDLL(None).syscall(60, 0)
"""


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        return fh.read().rsplit(")", 1)[1].split()[0]


def _wait_state(pid: int, state: str) -> None:
    deadline = time.monotonic() + 20
    while _state(pid) != state:
        assert time.monotonic() < deadline, f"process {pid} never reached state {state}"
        time.sleep(0.02)


@pytest.mark.skipif(platform.machine() != "x86_64", reason="system call number 60 is x86_64")
def test_a_zombie_main_thread_with_a_live_thread_is_alive() -> None:
    proc = subprocess.Popen([sys.executable, "-c", LEADER_EXITS])
    try:
        _wait_state(proc.pid, "Z")
        assert len(os.listdir(f"/proc/{proc.pid}/task")) == 2
        assert _process_alive(HOST, proc.pid)
    finally:
        proc.kill()
        proc.wait(10)
    assert not _process_alive(HOST, proc.pid)


def test_a_killed_unreaped_child_is_dead_and_a_running_one_alive() -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert _process_alive(HOST, proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        _wait_state(proc.pid, "Z")  # not reaped yet: still in the process table
        assert not _process_alive(HOST, proc.pid)
    finally:
        proc.kill()
        proc.wait(10)
    assert _process_alive("another-host", proc.pid)  # other hosts' locks count as live


def test_a_pid_reused_as_a_thread_of_another_process_is_dead() -> None:
    # a lock holder's pid handed to a thread of a live process (threads share the pid counter)
    ready = threading.Event()
    tids: list[int] = []

    def record() -> None:
        tids.append(threading.get_native_id())
        ready.set()
        stop.wait(10)

    stop = threading.Event()
    thread = threading.Thread(target=record)
    thread.start()
    try:
        assert ready.wait(10)
        tid = tids[0]
        assert tid != os.getpid()
        os.kill(tid, 0)  # the kernel answers for a thread's id as for a process's
        assert not _process_alive(HOST, tid)
        assert _process_alive(HOST, os.getpid())
    finally:
        stop.set()
        thread.join(10)
