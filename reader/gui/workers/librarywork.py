"""Library work that runs in a worker, each job on its own connection to the library (SQLite connections
belong to one thread): imports, removals, index rebuilds, exports and annotation imports."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from reader.gui.workers.jobs import Job

if TYPE_CHECKING:
    from reader.core.document import Article, Metadata
    from reader.core.library import ImportCounts, ImportReport


class RebuildCancelled(Exception):
    """The reader cancelled an index rebuild; the old index stays."""


def import_work(folder: Path, paths: list[Path | str]) -> Callable[[Job], ImportReport]:
    """Work that imports files, folders and web pages (addresses) with its own connection to the library,
    reporting each one."""

    def work(job: Job) -> ImportReport:
        """Import in this worker thread, reporting after each file."""
        from reader.core.library import Workspace

        with Workspace(folder) as workspace:
            return workspace.import_paths(paths, progress=lambda done, total, path: job.report(
                done, total, Path(path).name
            ))

    return work


def remove_work(folder: Path, article_ids: list[str]) -> Callable[[Job], list[str]]:
    """Work that removes articles (and their index entries and highlights); returns those removed."""

    def work(job: Job) -> list[str]:
        """Remove in this worker thread, one article at a time."""
        from reader.core.library import Workspace

        removed: list[str] = []
        with Workspace(folder) as workspace:
            for done, article_id in enumerate(article_ids, start=1):
                workspace.remove(article_id)
                removed.append(article_id)
                if not job.report(done, len(article_ids), ""):
                    break
        return removed

    return work


def metadata_work(folder: Path, article_id: str, metadata: Metadata) -> Callable[[Job], Article]:
    """Work that saves an article's author, date, language and address (and re-indexes it)."""

    def work(job: Job) -> Article:
        """Save in this worker thread; returns the article as stored."""
        from reader.core.library import Workspace

        with Workspace(folder) as workspace:
            return workspace.set_metadata(article_id, metadata)

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

        with Workspace(folder) as workspace:
            try:
                return workspace.rebuild_index(progress)
            except RebuildCancelled:
                return None

    return work


def export_work(
    folder: Path, article_ids: list[str] | None, colors: Collection[str], format_name: str, path: Path,
    language: str = "en",
) -> Callable[[Job], Path]:
    """Work that exports highlights (see `reader.render.export.export`), its own words in `language`;
    stops when the job is cancelled."""

    def work(job: Job) -> Path:
        """Read, render and write the export in this worker thread."""
        from reader.core.library import Library
        from reader.render.export import export

        with Library(folder) as library:
            export(library, format_name, article_ids=article_ids, colors=colors, path=path,
                   progress=job.report, language=language)
        return path

    return work


def annotations_import_work(folder: Path, path: Path) -> Callable[[Job], ImportCounts]:
    """Work that brings in the W3C Web Annotations of a JSON file."""

    def work(job: Job) -> ImportCounts:
        """Import in this worker thread."""
        from reader.core.library import Library

        with Library(folder) as library:
            return library.import_annotations(path)

    return work
