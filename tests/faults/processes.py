"""Running `qari` in a child process and killing it (and whatever it started) with SIGKILL."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path


def run_killed(library: Path, args: list[str], after: float, log: Path) -> int | None:
    """Run `qari ARGS`, and kill it with SIGKILL `after` seconds in unless it ended first.

    Returns its exit status, or None when it was killed. The whole process group goes, so that worker
    processes die with it as they would when the machine stops.
    """
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("QARI_LIBRARY", None)
    with log.open("ab") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "reader", "--library", str(library), *args],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
            start_new_session=True,
        )
    try:
        status = child.wait(timeout=after)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):  # it ended just now
            os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        return None
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")
    return status
