"""The long-work controller: imports, removals, index rebuilds, the import and export of highlights, each
in a worker with progress and Cancel; what changed is announced when the work is done."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from reader.gui.dialogs import libraryquestions as questions
from reader.gui.workers import Job, Workers
from reader.gui.workers import librarywork as work

if TYPE_CHECKING:
    from reader.core.library import ImportCounts, ImportReport
    from reader.gui.controllers.changes import Changes
    from reader.gui.controllers.libraryaccess import LibraryAccess
    from reader.gui.dialogs.exportdialog import ExportDialog
    from reader.gui.panes.librarypanel import LibraryPanel
    from reader.gui.panes.progresspanel import ProgressPanel
    from reader.gui.reading.textview import ReadingView


class LongWorkController(QObject):
    """Owns the workers and the progress panel; one change of the library at a time."""

    busyChanged = Signal(bool)  # True while work that changes the library runs
    articleRequested = Signal(str)  # open this article (the first one imported)

    def __init__(
        self, window: QMainWindow, access: LibraryAccess, changes: Changes, progress: ProgressPanel,
        view: ReadingView, library_panel: LibraryPanel,
    ) -> None:
        super().__init__(window)
        self.workers = Workers(self)
        self._window, self._access, self._changes, self._progress = window, access, changes, progress
        self._folder = access.folder
        self._view, self._library_panel = view, library_panel
        progress.cancelRequested.connect(self.workers.cancel_all)

    def import_paths(self, paths: Sequence[Path | str]) -> Job | None:
        """Import files, folders and web pages (their addresses) in a worker, showing progress; opens the
        first article imported."""
        if not paths or not self._may_start():
            return None
        self._start_work(self.tr("Importing…"))
        return self.workers.start(
            work.import_work(self._folder, list(paths)),
            progressed=self._progressed, succeeded=self._imported, failed=self._work_failed,
            finished=self._work_finished,
        )

    def remove_articles(self, article_ids: list[str]) -> Job | None:
        """Remove articles from the library in a worker, once the reader confirms."""
        if not article_ids or not self._may_start():
            return None
        titles = {s.id: s.title for s in self._access.library.summaries()}
        if not questions.confirm_removal(self._window, [titles.get(i, i) for i in article_ids]):
            return None
        self._start_work(self.tr("Removing…"))
        ids = list(article_ids)
        return self.workers.start(
            work.remove_work(self._folder, ids), progressed=self._progressed,
            failed=self._work_failed, finished=lambda: self._removed(ids),
        )

    def rebuild_index(self) -> Job | None:
        """Build the search index anew in a worker, showing progress."""
        if not self._may_start():
            return None
        self._start_work(self.tr("Rebuilding the search index…"))
        return self.workers.start(
            work.rebuild_work(self._folder), progressed=self._progressed,
            succeeded=self._rebuilt, failed=self._work_failed, finished=self._work_finished,
        )

    def import_highlights(self, path: Path | None = None) -> Job | None:
        """Import highlights from a JSON file (Qari's or W3C annotations) in a worker; reports what it did."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window, self.tr("Import Annotations"), str(Path.home()),
                self.tr("Annotations (*.json *.jsonld)"),
            )
            if not chosen:
                return None
            path = Path(chosen)

        return self.workers.start(
            work.annotations_import_work(self._folder, path),
            succeeded=self._highlights_imported,
            failed=self._work_failed,
        )

    def show_export_dialog(self) -> ExportDialog:
        """Open the export dialog on the open article, the library's selection or all articles."""
        from reader.gui.dialogs.exportdialog import ExportDialog

        article = self._view.article
        dialog = ExportDialog(
            self._folder, article.id if article is not None else None,
            self._library_panel.selected_articles(), self.workers, self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def stop(self) -> None:
        """Cancel the work in progress, wait for it, and deliver nothing more (the window is closing)."""
        self.workers.stop()

    def _may_start(self) -> bool:
        if self.workers.busy():
            self._changes.statusShown.emit(self.tr("Wait until the work in progress is done."), 5000)
            return False
        return True

    def _start_work(self, text: str) -> None:
        self._progress.start(text)
        self.busyChanged.emit(True)

    def _progressed(self, done: int, total: int, text: str) -> None:
        locale = QLocale()  # the interface language's digits
        count = f"{locale.toString(done)}/{locale.toString(total)}"
        self._progress.update_progress(done, total, f"{count}  {text}".strip())

    def _imported(self, report: ImportReport) -> None:
        self._changes.articlesChanged.emit()
        self._changes.statusShown.emit(questions.report_text(report), 8000)
        if report.errors:
            questions.show_import_errors(self._window, report)
        if report.imported:
            self.articleRequested.emit(report.imported[0].article.id)

    def _removed(self, article_ids: list[str]) -> None:
        self._work_finished()
        self._changes.articlesRemoved.emit(article_ids)

    def _rebuilt(self, count: int | None) -> None:
        if count is None:
            self._changes.statusShown.emit(self.tr("Rebuilding cancelled; the index is as it was."), 8000)
        else:
            message = self.tr("The search index was rebuilt (%n article(s)).", "", count)
            self._changes.statusShown.emit(message, 8000)

    def _highlights_imported(self, counts: ImportCounts) -> None:
        text = self.tr("Annotations imported: {added} added, {updated} updated, {orphaned} orphaned.").format(
            added=QLocale().toString(counts.added), updated=QLocale().toString(counts.updated),
            orphaned=QLocale().toString(counts.orphaned),
        )
        self._changes.statusShown.emit(text, 10000)
        self._changes.highlightsReplaced.emit()

    def _work_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Qari"), message, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _work_finished(self) -> None:
        self._progress.finish()
        self.busyChanged.emit(False)
