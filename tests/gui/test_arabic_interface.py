"""The Arabic interface is Arabic throughout: a walk through every window, menu, dialog and message the
reader can reach finds no English left, no mnemonic underline under Arabic letters and no stray tatweel."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from reader.core.search import REFUSALS, QueryError
from reader.gui.controllers.refusals import refusal_text
from reader.gui.dialogs.helpdialogs import show_about, show_shortcuts
from reader.gui.dialogs.libraryquestions import confirm_removal

# Words that stay as they are in an Arabic sentence: the name, formats, standards, language names.
ALLOWED_WORDS = {"Qari", "PDF", "CSV", "HTML", "JSON", "Markdown", "W3C", "English"}
# Keys as Qt names them in shortcuts.
KEY_NAMES = {
    "Ctrl", "Shift", "Alt", "Meta", "Esc", "Del", "Delete", "Ins", "Tab", "Backtab", "Enter", "Return",
    "Backspace", "Space", "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right",
    *(f"F{n}" for n in range(1, 13)),
}
_ISOLATED = re.compile("\u2066[^\u2069]*\u2069")  # a path or shortcut isolated left to right: not words
_MARKUP = re.compile(r"<[^>]+>")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def leftover_english(text: str) -> list[str]:
    """The Latin words of a shown text that are not names, formats or keys (after the shortcut column)."""
    shown = _ISOLATED.sub(" ", _MARKUP.sub(" ", text.split("\t")[0]))
    shown = re.sub(r"[\w.+-]+:[\w.+-]*|[\w.-]+\*", " ", shown)  # query syntax examples: article:3fa2
    return [word for word in _LATIN_WORD.findall(shown) if word not in ALLOWED_WORDS | KEY_NAMES
            and word not in ("OR", "NOT")]


class Walk:
    """What the reader sees: every text gathered from widgets, menus and actions, with where it was."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.menu_texts: list[tuple[str, str]] = []

    def add(self, where: str, *texts: str | None) -> None:
        self.texts.extend((where, text) for text in texts if text)

    def action(self, where: str, action: QAction, in_menu: bool = True) -> None:
        if action.isSeparator():
            return
        self.add(where, action.text(), action.toolTip(), action.statusTip())
        if in_menu:
            self.menu_texts.append((where, action.text()))
        if (menu := action.menu()) is not None and isinstance(menu, QMenu):
            self.menu(f"{where} › {action.text()}", menu)

    def menu(self, where: str, menu: QMenu) -> None:
        self.add(where, menu.title())
        self.menu_texts.append((where, menu.title()))
        for action in menu.actions():
            self.action(where, action)

    def widget(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName()}".strip()
            if widget.isWindow():
                self.add(where, widget.windowTitle())
            self.add(where, widget.toolTip(), widget.statusTip(), widget.whatsThis(), widget.accessibleName())
            if isinstance(widget, QLabel | QAbstractButton):
                self.add(where, widget.text())
            elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
                self.add(where, widget.placeholderText())
            elif isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
                self.add(where, *(widget.itemText(i) for i in range(widget.count())))
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                self.add(where, widget.prefix(), widget.suffix(), widget.specialValueText())
            elif isinstance(widget, QGroupBox | QDockWidget):
                self.add(where, widget.title() if isinstance(widget, QGroupBox) else widget.windowTitle())
            elif isinstance(widget, QTabBar):
                self.add(where, *(widget.tabText(i) for i in range(widget.count())))
            elif isinstance(widget, QMessageBox):
                self.add(where, widget.text(), widget.informativeText())
            elif isinstance(widget, QMenuBar):
                for action in widget.actions():
                    self.action(where, action)
            elif isinstance(widget, QMenu):
                self.menu(where, widget)
            if isinstance(widget, QHeaderView) and not widget.isHidden() and widget.model() is not None:
                self.add(where, *(str(widget.model().headerData(c, widget.orientation()) or "")
                                  for c in range(widget.count())))
                if isinstance(widget, QTableWidget):  # the shortcuts list: our words, not the reader's
                    self.add(where, *(widget.item(r, c).text() for r in range(widget.rowCount())
                                      for c in range(widget.columnCount()) if widget.item(r, c)))
            if not isinstance(widget, QMenu | QMenuBar):
                for action in widget.actions():
                    self.action(where, action, in_menu=False)
            if isinstance(widget, QAbstractSpinBox):
                self.add(where, widget.text())

    def untranslated(self) -> list[tuple[str, str]]:
        return sorted({(where, text) for where, text in self.texts if leftover_english(text)})


def popup_seen(walk: Walk, qtbot, opening: Callable[[], object]) -> None:
    """Run something that blocks in a menu or a modal box; walk that and close it."""
    seen: list[QWidget] = []

    def look() -> None:
        shown = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if shown is None:
            QTimer.singleShot(20, look)
            return
        seen.append(shown)
        walk.widget(shown)
        shown.close()

    QTimer.singleShot(20, look)
    opening()
    assert seen


@pytest.fixture
def walked(open_window, qtbot, tmp_path: Path) -> Walk:
    """Everything the Arabic interface shows, reached as a reader would reach it."""
    window = open_window("ar")
    walk = Walk()
    view = window.view
    # A highlight with a note, so that the pane, its menus and the note editor have something to show.
    document = view.document()
    found = document.find("العِلْمُ صَيْدٌ")
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.highlights.show_highlight_bar()
    walk.widget(window.highlight_bar)
    window.highlights.highlight_selection("green")
    highlight = window.highlights.store.highlights()[0]
    walk.widget(window)  # the window, its docks, panes, menu bar and every menu and submenu
    walk.widget(window.highlights.edit_note(highlight.id))
    walk.widget(window.highlight_menus.show_highlight_menu(highlight.id, QPoint(10, 10)))
    walk.widget(window.highlight_menus.show_view_menu(QPoint(10, 10)))
    walk.widget(window.preferences.show_settings())
    walk.widget(show_shortcuts(window))
    popup_seen(walk, qtbot, lambda: show_about(window))
    popup_seen(walk, qtbot, lambda: confirm_removal(window, ["مقالة"]))
    popup_seen(walk, qtbot, lambda: confirm_removal(window, ["مقالة", "أخرى"]))
    library = window.library_panel
    popup_seen(walk, qtbot, lambda: library.customContextMenuRequested.emit(QPoint(5, 5)))
    # Status lines.
    view.setTextCursor(QTextCursor(document))
    window.highlights.highlight_selection("yellow")
    walk.add("status bar", window.statusBar().currentMessage())
    # The export dialog, its warning, and the message after an export.
    dialog = window.work.show_export_dialog()
    walk.widget(dialog)
    dialog.set_choices(colors=set())
    dialog.run()
    walk.widget(dialog.message)
    dialog.message.close()
    dialog.set_choices(scope="current", format_name="html", colors={"green"}, path=tmp_path / "مختارات.html")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run()
    walk.widget(dialog.message)
    walk.add("export file", (tmp_path / "مختارات.html").read_text(encoding="utf-8").split("<body>")[1])
    # Searches: results, nothing found, and every refusal.
    panel = window.search_panel
    for query in ("الورق", "زنجبيلات", "في"):
        panel.field.setText(query)
        with qtbot.waitSignal(window.search.runner.resultsReady if query != "في"
                              else window.search.runner.queryRefused, timeout=20000):
            panel.search_now()
        qtbot.wait(50)
        walk.widget(panel)
    for code in REFUSALS:
        refused = QueryError(code, operator="OR", word="كت*ب", letters=2, limit=64)
        walk.add(f"refusal {code}", refusal_text(refused))
    return walk


def test_nothing_in_the_arabic_interface_is_left_in_english(walked):
    left = walked.untranslated()
    assert not left, "\n".join(f"{where}: {text!r}" for where, text in left)


def test_arabic_menus_draw_no_mnemonic_under_letters(walked):
    marked = sorted({(where, text) for where, text in walked.menu_texts if "&" in text.replace("&&", "")})
    assert not marked, "\n".join(f"{where}: {text!r}" for where, text in marked)


def test_no_stray_tatweel_is_shown(walked):
    stray = sorted({(where, text) for where, text in walked.texts if "\u0640" in text})
    assert not stray, "\n".join(f"{where}: {text!r}" for where, text in stray)


def test_the_walk_would_catch_english(walked):
    assert leftover_english("Highlight in الأصفر") == ["Highlight", "in"]
    assert leftover_english("تصدير\t\u2066Ctrl+E\u2069") == []
    assert leftover_english("صُدّرت إلى \u2066/tmp/My Files/x.html\u2069.") == []
    assert any(text == "ملف" for _, text in walked.menu_texts)  # the walk reached the menus


@pytest.fixture
def arabic_window(open_window):
    window = open_window("ar")
    view = window.view
    found = view.document().find("العِلْمُ صَيْدٌ")
    cursor = QTextCursor(view.document())
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.highlights.highlight_selection("green")
    return window


def test_an_export_from_the_arabic_interface_is_arabic_and_its_message_shows_the_path_whole(
    arabic_window, qtbot, tmp_path
):
    dialog = arabic_window.work.show_export_dialog()
    target = tmp_path / "my notes" / "مختارات.v2.md"
    target.parent.mkdir()
    dialog.set_choices(scope="current", format_name="markdown", colors={"green"}, path=target)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run()
    text = target.read_text(encoding="utf-8")
    assert "· أخضر" in text and "الفقرة " in text and "green" not in text and "¶" not in text
    box = dialog.message
    assert f"\u2066{target}\u2069" in box.text()  # isolated left to right: slashes and dot stay put
    assert sorted(button.text() for button in box.buttons()) == ["إغلاق", "فتح"]  # no OK beside Close
    box.close()


def test_numbers_and_dates_follow_the_arabic_interface(arabic_window):
    dialog = arabic_window.preferences.show_settings()
    shown = dialog.spacing_box.text()
    assert "٪" in shown and "%" not in shown and "٠" <= shown[0] <= "٩"
    # the field's text runs right to left, so it aligns with the fields beside it
    assert any(unicodedata.bidirectional(char) in ("R", "AL") for char in shown)
    model = arabic_window.library_panel.model()
    date = model.data(model.index(0, 1))
    assert date and all(not ("0" <= char <= "9") for char in date) and any("٠" <= c <= "٩" for c in date)
