"""The export dialog writes each format in a worker; annotations are imported from the File menu's JSON."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QTextCursor


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
        window.highlight_selection(colour)
    return window


@pytest.mark.parametrize("format_name", ["markdown", "html", "csv", "json", "pdf"])
def test_the_export_dialog_writes_each_format(window, qtbot, tmp_path, format_name):
    dialog = window.show_export_dialog()
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


def test_annotations_exported_then_imported_report_their_counts(window, qtbot, tmp_path):
    dialog = window.show_export_dialog()
    target = tmp_path / "all.json"
    dialog.set_choices(scope="all", format_name="json", path=target)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run()
    ids = [h.id for h in window.highlights.highlights()]
    window.delete_highlights(ids)
    assert window.highlights.highlights() == []
    job = window.import_annotations(target)
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert sorted(h.id for h in window.highlights.highlights()) == sorted(ids)
    assert "2 added, 0 updated, 0 orphaned" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(window.annotations_panel.visible_ids()) == 2)
    assert json.loads(target.read_text(encoding="utf-8"))
