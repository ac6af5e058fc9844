"""Jobs off the GUI thread: progress, result, cancellation, failures as one sentence."""

from __future__ import annotations

import threading

from reader.core.errors import QariError
from reader.gui.workers import Workers


def test_a_job_reports_progress_and_its_result_on_the_gui_thread(qtbot):
    workers = Workers()
    gui_thread = threading.get_ident()
    progress, threads = [], []

    def work(job):
        threads.append(threading.get_ident())
        for done in range(1, 4):
            job.report(done, 3, f"step {done}")
        return "done"

    def progressed(done, total, text):
        progress.append((done, total, text))
        threads.append(threading.get_ident())

    workers.start(work, progressed=progressed)
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)
    assert progress == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert threads[0] != gui_thread and set(threads[1:]) == {gui_thread}
    assert not workers.busy()


def test_a_cancelled_job_stops_at_its_next_report(qtbot):
    workers = Workers()
    release = threading.Event()
    reached = []

    def work(job):
        release.wait(5)
        for step in range(1000):
            reached.append(step)
            if not job.report(step, 1000):
                return "stopped"
        return "finished"

    results = []
    job = workers.start(work, succeeded=results.append)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)
    assert results == ["stopped"] and reached == [0]


def test_failures_arrive_as_one_plain_sentence(qtbot, capsys):
    workers = Workers()
    messages = []

    def refused(job):
        raise QariError("The library is in use by another program.")

    def broken(job):
        raise ZeroDivisionError

    for work in (refused, broken):
        workers.start(work, failed=messages.append)
        qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)
    assert messages[0] == "The library is in use by another program."
    assert "log" in messages[1] and "ZeroDivisionError" in capsys.readouterr().err
