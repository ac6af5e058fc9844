from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core.errors import LibraryDamaged
from reader.core.library import DATABASE_NAME, Workspace
from reader.core.library.backups import take_backup
from reader.gui.dialogs.recovery import offer_restore
from tests.helpers import SAMPLE


def damaged_library_with_a_backup(folder):
    workspace = Workspace(folder)
    article = workspace.import_file(SAMPLE).article
    take_backup(workspace.library.connection, folder)
    workspace.close()
    for leftover in folder.glob(DATABASE_NAME + "-*"):
        leftover.unlink()
    (folder / DATABASE_NAME).write_bytes(b"not a database at all" * 500)
    return article


def test_a_damaged_library_is_restored_from_its_backup_when_the_reader_agrees(
    open_window, library_folder, monkeypatch
):
    article = damaged_library_with_a_backup(library_folder)
    with pytest.raises(LibraryDamaged) as damaged:
        Workspace(library_folder)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert offer_restore(library_folder, damaged.value)
    assert list(library_folder.glob(DATABASE_NAME + ".damaged-*"))
    window = open_window()
    assert window.view.article is not None and window.view.article.id == article.id


def test_declining_leaves_the_damaged_file_alone(library_folder, monkeypatch, qtbot):
    damaged_library_with_a_backup(library_folder)
    before = (library_folder / DATABASE_NAME).read_bytes()
    with pytest.raises(LibraryDamaged) as damaged:
        Workspace(library_folder)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert not offer_restore(library_folder, damaged.value)
    assert (library_folder / DATABASE_NAME).read_bytes() == before
