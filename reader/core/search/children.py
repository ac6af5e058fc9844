"""Worker processes that never outlive the program that started them.

The index is written by two processes when many articles change at once. If the program is killed
(`kill -9`, a crash), Linux is asked to kill those workers too (a parent-death signal), so none is left
holding the index's write lock or the library open. Elsewhere nothing is done: the workers end when their
work runs out.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1
_bound = False
_forking = 0  # the pid of the process that is forking, seen by the child


def bind_children_to_parent() -> None:
    """From now on, every process this one forks is killed when this one dies (Linux only)."""
    global _bound
    if _bound or not sys.platform.startswith("linux"):
        return
    os.register_at_fork(before=_note_parent, after_in_child=_die_with_parent)
    _bound = True


def _note_parent() -> None:
    global _forking
    _forking = os.getpid()


def _die_with_parent() -> None:
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != _forking:  # the parent died before the signal was asked for
        os._exit(1)
