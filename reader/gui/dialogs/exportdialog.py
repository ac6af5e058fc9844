"""The export dialog: which articles, which format, which colours, which file; written in a worker by the
export the command line makes too (`reader.render.export`), and the import of annotations that runs the
same way.

The dialog may be deleted as soon as it closes (the window opens it with WA_DeleteOnClose) while its
export still runs, and the pool of workers may hold on to the slots it was given. So the job's outcome
reaches the dialog only while the dialog exists (`_while_open`), no lambda holds its widgets, closing it
stops the export before it writes, and after a success the dialog closes last, using none of its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
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

from reader.core.highlights import COLORS
from reader.gui.reading.highlightbar import color_label, swatch
from reader.gui.window.translation import interface_language
from reader.gui.workers import Job, Workers
from reader.gui.workers.librarywork import export_work
from reader.render.export import FORMATS, ExportFormat

if TYPE_CHECKING:
    pass

Outcome = TypeVar("Outcome")


class ExportDialog(QDialog):
    """Asks what to export and where; `run` starts the export without waiting for the dialog."""

    exported = Signal(str)  # the file written
    exportFailed = Signal(str)

    def __init__(
        self,
        folder: Path,
        current: str | None,
        selected: list[str],
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Highlights"))
        self._folder, self._current, self._selected, self._workers = folder, current, selected, workers
        self.message: QMessageBox | None = None
        self._job: Job | None = None
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
        for format_ in FORMATS.values():
            self.format_box.addItem(self._label(format_), format_.name)
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
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self.choose_file)
        where.addWidget(self.path_field, 1)
        where.addWidget(self.browse_button)
        form.addRow(self.tr("File:"), where)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_choices(
        self, scope: str = "", format_name: str = "", colors: set[str] | None = None, path: Path | None = None
    ) -> None:
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
        if self._job is not None:
            return None  # one export at a time
        text = self.path_field.text().strip()
        colors = {name for name, box in self.color_boxes.items() if box.isChecked()}
        if not text or not colors:
            self._tell(QMessageBox.Icon.Warning, self.tr("Choose a file and at least one colour."))
            return None
        scope = next(b.objectName() for b in self.scope_group.buttons() if b.isChecked())
        ids: list[str] | None = None  # all articles
        if scope == "scope-current" and self._current is not None:
            ids = [self._current]
        elif scope == "scope-selected":
            ids = self._selected
        work = export_work(
            self._folder, ids, colors, str(self.format_box.currentData()), Path(text), interface_language()
        )
        self._set_running(True)
        self._job = self._workers.start(
            work, succeeded=self._while_open(self._done), failed=self._while_open(self._failed)
        )
        return self._job

    def reject(self) -> None:
        """Close without exporting; an export under way stops before it writes its file."""
        if self._job is not None:
            self._job.cancel()
        super().reject()

    def _while_open(self, slot: Callable[[Outcome], None]) -> Callable[[Outcome], None]:
        """`slot`, called only while the dialog exists: Qt may have deleted it before its job ends."""

        def delivered(outcome: Outcome) -> None:
            if shiboken6.isValid(self):
                slot(outcome)

        return delivered

    def _label(self, format_: ExportFormat) -> str:
        """The format's label, in the reader's language where it has words."""
        return self.tr("JSON (W3C Web Annotation)") if format_.name == "json" else format_.label

    def _set_running(self, running: bool) -> None:
        """While an export runs, neither start another nor open a file dialog that its end could close."""
        self.export_button.setEnabled(not running)
        self.browse_button.setEnabled(not running)

    def _follow_format(self) -> None:
        path = Path(self.path_field.text().strip() or "qari-highlights")
        self.path_field.setText(str(path.with_suffix(FORMATS[str(self.format_box.currentData())].extension)))

    def _done(self, path: Path) -> None:
        """Offer to open the file, then close; the dialog may be deleted then: nothing of it is used after."""
        self._job = None
        self.exported.emit(str(path))
        # The path isolated left to right: in an Arabic sentence its slashes and dots keep their places.
        text = self.tr("The highlights were exported to {path}.").format(path=f"\u2066{path}\u2069")
        box = self._tell(QMessageBox.Icon.Information, text, outlive_dialog=True, open_it=False)
        opener = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(opener)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.open()  # with its two buttons: opened without any, Qt would add an OK that does what Close does
        self.accept()

    def _failed(self, message: str) -> None:
        stopped = self._job is not None and self._job.cancelled
        self._job = None
        if stopped:
            return  # the reader closed the dialog: nothing to say
        self._set_running(False)
        self.exportFailed.emit(message)
        self._tell(QMessageBox.Icon.Warning, message)

    def _tell(
        self, icon: QMessageBox.Icon, text: str, outlive_dialog: bool = False, open_it: bool = True
    ) -> QMessageBox:
        """Show a message without waiting for it (or only make it, to add buttons first), over the window
        (else over the dialog, unless it is to outlive the dialog)."""
        parent = self.parentWidget() if outlive_dialog else self.parentWidget() or self
        self.message = QMessageBox(icon, self.tr("Qari"), text, parent=parent)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a path or an error is never markup
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if open_it:
            self.message.open()
        return self.message
