"""Work off the GUI thread: jobs in a thread pool, the library's long work, and the search runner."""

from reader.gui.workers.jobs import Job, Workers

__all__ = ["Job", "Workers"]
