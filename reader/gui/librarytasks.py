"""Library work that runs in a worker (imports, index rebuilds), and the questions asked before it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader.gui.workers import Job

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

if TYPE_CHECKING:
    from reader.core.library.workspace import ImportReport


class RebuildCancelled(Exception):
    """The reader cancelled an index rebuild; the old index stays."""


def import_work(folder: Path, paths: list[Path]) -> Callable[[Job], ImportReport]:
    """Work that imports files and folders with its own connection to the library, reporting each file."""

    def work(job: Job) -> ImportReport:
        """Import in this worker thread, reporting after each file."""
        from reader.core.library.workspace import Workspace

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
        from reader.core.library.workspace import Workspace

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
        from reader.core.library.workspace import Workspace

        def progress(done: int, total: int) -> None:
            """Report, and stop the rebuild once it is cancelled."""
            if not job.report(done, total, ""):
                raise RebuildCancelled

        workspace = Workspace(folder)
        try:
            return workspace.index.rebuild(progress)
        except RebuildCancelled:
            return None
        finally:
            workspace.close()

    return work


def ask_for_files(parent: QWidget) -> list[Path]:
    """The files the reader picks to import."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("LibraryTasks", "Import Articles"),
        str(Path.home()),
        translate("LibraryTasks", "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
    )
    return [Path(name) for name in names]


def ask_for_folder(parent: QWidget) -> list[Path]:
    """The folder the reader picks to import (the articles inside it)."""
    title = translate("LibraryTasks", "Import a Folder of Articles")
    name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return [Path(name)] if name else []


class _Wording(QObject):
    """Sentences about library work with a number in them (self.tr gives them their plural forms)."""

    def removal_question(self, titles: list[str]) -> str:
        """The question asked before removing articles."""
        if len(titles) == 1:
            return self.tr("Remove “{title}” from the library? Its highlights go with it.").format(
                title=titles[0]
            )
        count = len(titles)
        return self.tr("Remove %n article(s) from the library? Their highlights go with them.", "", count)

    def import_report(self, report: ImportReport) -> str:
        """One line on what an import did."""
        added = sum(1 for item in report.imported if item.status != "unchanged")
        same = len(report.imported) - added
        parts = [self.tr("%n article(s) imported", "", added)]
        if same:
            parts.append(self.tr("%n already in the library", "", same))
        if report.errors:
            parts.append(self.tr("%n file(s) refused", "", len(report.errors)))
        return self.tr(", ").join(parts) + self.tr(".")


def confirm_removal(parent: QWidget, titles: list[str]) -> bool:
    """Ask before removing articles; True to go ahead."""
    answer = QMessageBox.question(
        parent, translate("LibraryTasks", "Remove"), _Wording().removal_question(titles),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def report_text(report: ImportReport) -> str:
    """One line on what an import did."""
    return _Wording().import_report(report)


def show_import_errors(parent: QWidget, report: ImportReport) -> None:
    """Tell which files could not be imported and why, without blocking the window."""
    title = translate("LibraryTasks", "Import")
    box = QMessageBox(QMessageBox.Icon.Warning, title, report_text(report), parent=parent)
    box.setDetailedText("\n".join(message for _path, message in report.errors))
    box.setInformativeText("\n".join(message for _path, message in report.errors[:5]))
    box.open()
