"""The export dialog writes each format in a worker, as the command line does; closing it mid-export is
quiet; annotations are imported from the File menu's JSON."""

from __future__ import annotations

import json
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.core.library import Library
from reader.gui.dialogs.exportdialog import ExportDialog
from reader.gui.workers import Workers
from reader.render.export import FORMATS, export


@pytest.fixture
def window(open_window):
    window = open_window("en")
    document = window.view.document()
    for text, colour in (("العِلْمُ صَيْدٌ", "green"), ("ابن النديم", "blue")):
        found = document.find(text)
        cursor = QTextCursor(document)
        cursor.setPosition(found.selectionStart())
        cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        window.view.setTextCursor(cursor)
        window.highlights.highlight_selection(colour)
    return window


@pytest.mark.parametrize("format_name", ["markdown", "html", "csv", "json", "pdf"])
def test_the_export_dialog_writes_each_format(window, qtbot, tmp_path, format_name):
    dialog = window.work.show_export_dialog()
    target = tmp_path / f"out.{format_name}"
    dialog.set_choices(scope="current", format_name=format_name, colors={"green"}, path=target)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run()
    data = target.read_bytes()
    if format_name == "pdf":
        assert data.startswith(b"%PDF")
    else:
        text = data.decode("utf-8")
        assert "العِلْمُ صَيْدٌ" in text and "ابن النديم" not in text  # green only
    if format_name == "html":
        assert 'dir="rtl"' in data.decode("utf-8")
    assert dialog.message is not None  # the message that offers to open the file


@pytest.mark.parametrize("format_name", ["markdown", "html", "csv", "json"])
def test_the_dialog_offers_every_format_and_writes_the_shared_export(
    window, qtbot, tmp_path, library_folder, format_name
):
    dialog = window.work.show_export_dialog()
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == list(FORMATS)
    target = tmp_path / f"all{FORMATS[format_name].extension}"
    dialog.set_choices(scope="all", format_name=format_name, path=target)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run()
    library = Library(library_folder)
    try:
        assert target.read_bytes() == export(library, format_name).data  # what `qari export` writes
    finally:
        library.close()


@pytest.fixture
def held_pool():
    """A pool of one thread that a job holds until the gate is set: a job started meanwhile waits."""
    gate = threading.Event()
    workers = Workers(threads=1)
    workers.start(lambda job: gate.wait(30))
    yield workers, gate
    gate.set()
    workers.stop()


def open_dialog(window, folder, workers, target):
    dialog = ExportDialog(folder, None, [], workers, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the window opens it
    dialog.open()
    dialog.set_choices(scope="all", format_name="markdown", path=target)
    return dialog


def test_closing_the_dialog_stops_its_export_before_it_writes(window, qtbot, tmp_path, library_folder,
                                                              held_pool):
    workers, gate = held_pool
    target = tmp_path / "out.md"
    dialog = open_dialog(window, library_folder, workers, target)
    failures: list[str] = []
    dialog.exportFailed.connect(failures.append)
    assert dialog.run() is not None
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # deleted on close
    gate.set()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=20000)
    qtbot.wait(50)  # the job's signals arrive after the dialog is gone
    assert failures == [] and not target.exists()


def test_a_dialog_deleted_before_its_export_ends_hears_nothing_of_it(window, qtbot, tmp_path,
                                                                     library_folder, held_pool):
    workers, gate = held_pool
    target = tmp_path / "out.md"
    dialog = open_dialog(window, library_folder, workers, target)
    assert dialog.run() is not None
    shiboken6.delete(dialog)  # gone without a cancel (as when its window goes): the export goes on
    gate.set()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=20000)
    qtbot.wait(50)  # the success arrives after the dialog is gone, and must not reach it
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_annotations_exported_then_imported_report_their_counts(window, qtbot, tmp_path):
    dialog = window.work.show_export_dialog()
    target = tmp_path / "all.json"
    dialog.set_choices(scope="all", format_name="json", path=target)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run()
    ids = [h.id for h in window.highlights.store.highlights()]
    window.highlights.delete_highlights(ids)
    assert window.highlights.store.highlights() == []
    job = window.work.import_highlights(target)
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert sorted(h.id for h in window.highlights.store.highlights()) == sorted(ids)
    assert "2 added, 0 updated, 0 orphaned" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(window.highlights_panel.visible_ids()) == 2, timeout=20000)
    assert json.loads(target.read_text(encoding="utf-8"))
