"""Library work that runs in a worker, each on its own workspace: imports, removals, index rebuilds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.gui.workers.jobs import Job

if TYPE_CHECKING:
    from reader.core.library import ImportReport


class RebuildCancelled(Exception):
    """The reader cancelled an index rebuild; the old index stays."""


def import_work(folder: Path, paths: list[Path]) -> Callable[[Job], ImportReport]:
    """Work that imports files and folders with its own connection to the library, reporting each file."""

    def work(job: Job) -> ImportReport:
        """Import in this worker thread, reporting after each file."""
        from reader.core.library import Workspace

        workspace = Workspace(folder)
        try:
            return workspace.import_paths(paths, progress=lambda done, total, path: job.report(
                done, total, Path(path).name
            ))
        finally:
            workspace.close()

    return work


def remove_work(folder: Path, article_ids: list[str]) -> Callable[[Job], list[str]]:
    """Work that removes articles (and their index entries and highlights); returns those removed."""

    def work(job: Job) -> list[str]:
        """Remove in this worker thread, one article at a time."""
        from reader.core.library import Workspace

        workspace = Workspace(folder)
        removed: list[str] = []
        try:
            for done, article_id in enumerate(article_ids, start=1):
                workspace.remove(article_id)
                removed.append(article_id)
                if not job.report(done, len(article_ids), ""):
                    break
        finally:
            workspace.close()
        return removed

    return work


def rebuild_work(folder: Path) -> Callable[[Job], int | None]:
    """Work that rebuilds the search index from the library; returns the number of articles (None if
    cancelled)."""

    def work(job: Job) -> int | None:
        """Rebuild in this worker thread, reporting after each article."""
        from reader.core.library import Workspace

        def progress(done: int, total: int) -> None:
            """Report, and stop the rebuild once it is cancelled."""
            if not job.report(done, total, ""):
                raise RebuildCancelled

        workspace = Workspace(folder)
        try:
            return workspace.rebuild_index(progress)
        except RebuildCancelled:
            return None
        finally:
            workspace.close()

    return work
