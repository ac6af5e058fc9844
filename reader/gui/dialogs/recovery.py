"""Start-up on a damaged library: offer to put the newest backup in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reader.core.errors import LibraryDamaged, QariError
from reader.core.library import newest_backup, restore


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def offer_restore(folder: Path, error: LibraryDamaged) -> bool:
    """Ask whether to restore the newest backup of a damaged library; True once it is restored."""
    backup = newest_backup(folder)
    if backup is None:
        return False
    question = _tr("{error}\n\nPut the backup of {when} in its place? The damaged file is kept beside it.")
    answer = QMessageBox.question(
        None, _tr("Qari"), question.format(error=error, when=backup.describe()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore(folder, backup)
    except QariError as failure:
        QMessageBox.critical(None, _tr("Qari"), str(failure))
        return False
    return True
