"""The export dialog: which articles, which format, which colours, which file; written in a worker, and
the import of annotations that runs the same way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.highlights.record import COLORS
from reader.gui.highlightbar import color_label, swatch
from reader.gui.workers import Job, Workers

EXTENSIONS = {"markdown": ".md", "html": ".html", "csv": ".csv", "json": ".json", "pdf": ".pdf"}


def export_work(folder: Path, article_ids: list[str] | None, colors: set[str], format_name: str,
                path: Path) -> Callable[[Job], Path]:
    """The work of an export: read the highlights, render them and write the file atomically."""

    def work(job: Job) -> Path:
        """Runs in the worker, on its own connection to the library."""
        from reader.core.atomicfile import write_atomically
        from reader.core.export import AnnotatedArticle, render
        from reader.core.export import html as html_export
        from reader.core.library.articles import Library
        from reader.core.library.highlight_store import HighlightStore

        library = Library(folder)
        try:
            store = HighlightStore(library.connection, folder)
            ids = article_ids if article_ids is not None else library.ids()
            items = []
            for done, article_id in enumerate(ids, start=1):
                chosen = tuple(h for h in store.highlights(article_id) if h.color in colors)
                items.append(AnnotatedArticle(library.get(article_id), chosen))
                job.report(done, len(ids))
        finally:
            library.close()
        if format_name == "pdf":
            from reader.render.pdf import render_pdf

            data = render_pdf(html_export.render(items), html_export.page_title(items))
        else:
            data = render(format_name, items)
        write_atomically(path, data)
        return path

    return work


def import_work(folder: Path, path: Path) -> Callable[[Job], Any]:
    """The work of importing annotations from a JSON file, on the worker's own connection."""

    def work(job: Job) -> Any:
        """Runs in the worker."""
        from reader.core.library.annotation_import import import_file
        from reader.core.library.articles import Library
        from reader.core.library.highlight_store import HighlightStore

        library = Library(folder)
        try:
            return import_file(path, library, HighlightStore(library.connection, folder))
        finally:
            library.close()

    return work


class ExportDialog(QDialog):
    """Asks what to export and where; `run` starts the export without waiting for the dialog."""

    exported = Signal(str)  # the file written
    exportFailed = Signal(str)

    def __init__(self, folder: Path, current: str | None, selected: list[str], workers: Workers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Highlights"))
        self._folder, self._current, self._selected, self._workers = folder, current, selected, workers
        self.message: QMessageBox | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        scope = QVBoxLayout()
        self.scope_group = QButtonGroup(self)
        for key, text, enabled in (
            ("current", self.tr("This article"), current is not None),
            ("all", self.tr("All articles"), True),
            ("selected", self.tr("Articles selected in the library"), bool(selected)),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"scope-{key}")
            button.setEnabled(enabled)
            self.scope_group.addButton(button)
            scope.addWidget(button)
        self.scope_group.buttons()[0 if current is not None else 1].setChecked(True)
        form.addRow(self.tr("Articles:"), scope)
        self.format_box = QComboBox(self)
        for name, label in (("markdown", "Markdown"), ("html", "HTML"), ("csv", "CSV"),
                            ("json", self.tr("JSON (W3C Web Annotation)")), ("pdf", "PDF")):
            self.format_box.addItem(label, name)
        self.format_box.currentIndexChanged.connect(self._follow_format)
        form.addRow(self.tr("Format:"), self.format_box)
        colours = QHBoxLayout()
        self.color_boxes: dict[str, QCheckBox] = {}
        for name in COLORS:
            box = QCheckBox(color_label(name), self)
            box.setIcon(swatch(name))
            box.setChecked(True)
            colours.addWidget(box)
            self.color_boxes[name] = box
        form.addRow(self.tr("Colours:"), colours)
        where = QHBoxLayout()
        self.path_field = QLineEdit(str(Path.home() / "qari-highlights.md"), self)
        self.path_field.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_file)
        where.addWidget(self.path_field, 1)
        where.addWidget(browse)
        form.addRow(self.tr("File:"), where)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_choices(self, scope: str = "", format_name: str = "", colors: set[str] | None = None,
                    path: Path | None = None) -> None:
        """Choose as the reader would: scope (current, all, selected), format, colours, file."""
        for button in self.scope_group.buttons():
            if scope and button.objectName() == f"scope-{scope}":
                button.setChecked(True)
        if format_name:
            self.format_box.setCurrentIndex(self.format_box.findData(format_name))
        for name, box in self.color_boxes.items():
            if colors is not None:
                box.setChecked(name in colors)
        if path is not None:
            self.path_field.setText(str(path))

    def choose_file(self) -> None:
        """Ask for the file to write."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Highlights"), self.path_field.text())
        if chosen:
            self.path_field.setText(chosen)

    def run(self) -> Job | None:
        """Start writing the export in a worker (no modal loop); the dialog closes when it is done."""
        text = self.path_field.text().strip()
        colors = {name for name, box in self.color_boxes.items() if box.isChecked()}
        if not text or not colors:
            self._tell(QMessageBox.Icon.Warning, self.tr("Choose a file and at least one colour."))
            return None
        scope = next(b.objectName() for b in self.scope_group.buttons() if b.isChecked())
        ids = {"scope-current": [self._current], "scope-selected": self._selected}.get(scope)
        self.export_button.setEnabled(False)
        work = export_work(self._folder, ids, colors, str(self.format_box.currentData()), Path(text))
        return self._workers.start(work, succeeded=self._done, failed=self._failed,
                                   finished=lambda: self.export_button.setEnabled(True))

    def _follow_format(self) -> None:
        path = Path(self.path_field.text().strip() or "qari-highlights")
        self.path_field.setText(str(path.with_suffix(EXTENSIONS[str(self.format_box.currentData())])))

    def _done(self, path: Path) -> None:
        self.exported.emit(str(path))
        text = self.tr("The highlights were exported to {path}.").format(path=path)
        box = self._tell(QMessageBox.Icon.Information, text)
        opener = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.accept()

    def _failed(self, message: str) -> None:
        self.exportFailed.emit(message)
        self._tell(QMessageBox.Icon.Warning, message)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        self.message = QMessageBox(icon, self.tr("Qari"), text, parent=self.parentWidget() or self)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        return self.message
