"""The main window's long work: imports and index rebuilds in a worker, with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader.gui import librarytasks as tasks

if TYPE_CHECKING:
    from reader.core.workspace import ImportReport
    from reader.gui.actions import Actions
    from reader.gui.libraryaccess import LibraryAccess
    from reader.gui.progresspanel import ProgressPanel
    from reader.gui.searchpanel import SearchPanel
    from reader.gui.workers import Job, Workers


class LongWork(QMainWindow):
    """Part of MainWindow: starting long work and showing how it goes."""

    access: LibraryAccess
    actions: Actions
    progress: ProgressPanel
    search_panel: SearchPanel
    workers: Workers

    refresh_library: Callable[[], None]  # MainWindow's
    open_article: Callable[..., None]  # MainWindow's

    def import_paths(self, paths: list[Path]) -> Job | None:
        """Import files and folders in a worker, showing progress; opens the first article imported."""
        if not paths or not self._may_start():
            return None
        self._start_work(self.tr("Importing…"))
        return self.workers.start(
            tasks.import_work(self.access.folder, list(paths)),
            progressed=self._progressed, succeeded=self._imported, failed=self._work_failed,
            finished=self._work_finished,
        )

    def rebuild_index(self) -> Job | None:
        """Build the search index anew in a worker, showing progress."""
        if not self._may_start():
            return None
        self._start_work(self.tr("Rebuilding the search index…"))
        return self.workers.start(
            tasks.rebuild_work(self.access.folder), progressed=self._progressed,
            succeeded=self._rebuilt, failed=self._work_failed, finished=self._work_finished,
        )

    def _may_start(self) -> bool:
        if self.workers.busy():
            self.statusBar().showMessage(self.tr("Wait until the work in progress is done."), 5000)
            return False
        return True

    def _start_work(self, text: str) -> None:
        self.progress.start(text)
        self._enable_library_changes(False)

    def _enable_library_changes(self, enabled: bool) -> None:
        # One writer at a time: the library is locked while an import or a rebuild runs.
        a = self.actions
        for action in (a.import_files, a.import_folder, a.rebuild_index, a.remove_article):
            action.setEnabled(enabled)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.update_progress(done, total, f"{done}/{total}  {text}".strip())

    def _imported(self, report: ImportReport) -> None:
        self.refresh_library()
        self.statusBar().showMessage(tasks.report_text(report), 8000)
        if report.errors:
            tasks.show_import_errors(self, report)
        if report.imported:
            self.open_article(report.imported[0].article.id)
        if self.search_panel.query():
            self.search_panel.search_now()

    def _rebuilt(self, count: int | None) -> None:
        if count is None:
            self.statusBar().showMessage(self.tr("Rebuilding cancelled; the index is as it was."), 8000)
        else:
            message = self.tr("The search index was rebuilt (%n article(s)).", "", count)
            self.statusBar().showMessage(message, 8000)

    def _work_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Qari"), message, parent=self)
        box.open()

    def _work_finished(self) -> None:
        self.progress.finish()
        self._enable_library_changes(True)
