"""The main window's long work: imports, removals and index rebuilds in a worker, with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader.gui import librarytasks as tasks

if TYPE_CHECKING:
    from reader.core.library.workspace import ImportReport
    from reader.gui.actions import Actions
    from reader.gui.libraryaccess import LibraryAccess
    from reader.gui.librarypanel import LibraryPanel
    from reader.gui.navigator import Navigator
    from reader.gui.progresspanel import ProgressPanel
    from reader.gui.searchpanel import SearchPanel
    from reader.gui.settings import Settings
    from reader.gui.textview import ReadingView
    from reader.gui.workers import Job, Workers


class LongWork(QMainWindow):
    """Part of MainWindow: starting long work and showing how it goes."""

    access: LibraryAccess
    actions: Actions
    library_panel: LibraryPanel
    navigator: Navigator
    progress: ProgressPanel
    search_panel: SearchPanel
    settings: Settings
    view: ReadingView
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

    def remove_articles(self, article_ids: list[str]) -> Job | None:
        """Remove articles from the library in a worker, once the reader confirms."""
        if not article_ids or not self._may_start():
            return None
        titles = {s.id: s.title for s in self.access.library.summaries()}
        if not tasks.confirm_removal(self, [titles.get(i, i) for i in article_ids]):
            return None
        self._start_work(self.tr("Removing…"))
        return self.workers.start(
            tasks.remove_work(self.access.folder, list(article_ids)), progressed=self._progressed,
            failed=self._work_failed, finished=lambda: self._removed(article_ids),
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

    def _removed(self, article_ids: list[str]) -> None:
        self._work_finished()
        remaining = set(self.access.library.ids())
        gone = [i for i in article_ids if i not in remaining]
        for article_id in gone:
            self.settings.forget_article(article_id)
        if self.view.article is not None and self.view.article.id in gone:
            self.view.clear_article()
            self.navigator.set_article(None)
            self.setWindowTitle(self.tr("Qari"))
        self.refresh_library()
        if self.view.article is None and self.library_panel.article_ids():
            self.open_article(self.library_panel.article_ids()[0])

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
