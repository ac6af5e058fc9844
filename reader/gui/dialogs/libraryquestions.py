"""The questions asked around library work (which files, remove or not) and the reports after it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader.core.text import isolate

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

if TYPE_CHECKING:
    from reader.core.library import ImportReport


def ask_for_files(parent: QWidget) -> list[Path]:
    """The files the reader picks to import: the filter offers every extension the importers read."""
    from reader.core.document.importers import EXTENSIONS  # loaded when the reader first imports

    patterns = " ".join(f"*{extension}" for extension in EXTENSIONS)
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("LibraryTasks", "Import Articles"),
        str(Path.home()),
        translate("LibraryTasks", "Articles ({patterns});;All files (*)").format(patterns=patterns),
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
                title=isolate(titles[0])  # the title keeps its own order inside the sentence
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
