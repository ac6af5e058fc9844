"""Long work off the GUI thread: a job runs a function in a thread pool and reports back by signals."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from reader.core.errors import QariError


class Job(QObject):
    """One piece of work; its signals are delivered on the GUI thread, in this order."""

    progressed = Signal(int, int, str)  # done, total, what is being worked on
    succeeded = Signal(object)  # the function's result
    failed = Signal(str)  # one plain sentence
    finished = Signal()  # always last, also after a cancellation

    def __init__(self, work: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether the work was asked to stop."""
        return self._cancelled.is_set()

    def report(self, done: int, total: int, text: str = "") -> bool:
        """Called by the work (in its thread): show progress; returns False once the job is cancelled."""
        self.progressed.emit(done, total, text)
        return not self._cancelled.is_set()

    def run(self) -> None:
        """Run the work in the calling (worker) thread."""
        try:
            result = self._work(self)
        except QariError as error:
            self.failed.emit(str(error))
        except Exception:  # a bug: keep the window alive, and leave the details for the log
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(
                QCoreApplication.translate("Job", "Something went wrong; the details are in the log.")
            )
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _State:
    """Whether a pool still delivers its jobs' signals; kept apart from the QObject that Qt may delete."""

    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        """Deliver nothing from now on."""
        self.stopped = True

    def guard(self, slot: Callable[..., Any]) -> Callable[..., None]:
        """`slot`, called only while the pool delivers."""

        def delivered(*args: Any) -> None:
            """Pass the signal on unless the pool was stopped."""
            if not self.stopped:
                slot(*args)

        return delivered


class Workers(QObject):
    """A thread pool with the jobs it runs; `threads=1` runs jobs one after the other."""

    def __init__(self, parent: QObject | None = None, threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if threads:
            self._pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()
        # Deliveries stop once the owner stops the pool or is deleted: a job that ends later must not call
        # into widgets that are gone. The flag lives in a plain object, readable after Qt deleted this one.
        self._state = _State()
        state = self._state
        self.destroyed.connect(lambda: state.stop())
        # Finished jobs are let go a few jobs later, on this thread: the worker may still hold the last
        # reference for a moment, and a QObject must not be deleted on another thread than its own.
        self._finished: list[Job] = []

    def start(
        self,
        work: Callable[[Job], Any],
        *,
        progressed: Callable[[int, int, str], None] | None = None,
        succeeded: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> Job:
        """Start `work(job)` in a worker thread, with its signals connected first (a quick job could win)."""
        job = Job(work)  # owned by Python, not by a Qt parent, so that a held reference keeps it alive
        for signal, slot in (
            (job.progressed, progressed), (job.succeeded, succeeded), (job.failed, failed),
            (job.finished, finished),
        ):
            if slot is not None:
                signal.connect(self._state.guard(slot))
        self._jobs.add(job)
        job.finished.connect(lambda: self._forget(job))
        self._pool.start(job.run)
        return job

    def busy(self) -> bool:
        """Whether a job is running or waiting."""
        return bool(self._jobs)

    def cancel_all(self) -> None:
        """Ask every job to stop."""
        for job in list(self._jobs):
            job.cancel()

    def stop(self) -> None:
        """Cancel every job, wait for them to end, and deliver none of their signals any more."""
        self._state.stop()
        self.cancel_all()
        self.wait()

    @property
    def stopped(self) -> bool:
        """Whether `stop` was called (or the pool deleted): no job delivers its signals any more."""
        return self._state.stopped

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the running jobs to end; returns False on a timeout."""
        return self._pool.waitForDone(milliseconds)

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        self._finished = [*self._finished[-7:], job]
