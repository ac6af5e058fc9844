"""The search pane against a real index: typing, results, hit marks, stepping, scope, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.document import TITLE_ID

SEARCH_TIMEOUT = 60_000  # ms: the first search loads the search code and opens the index


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_query(qtbot, window, text: str) -> None:
    """Type a query as a reader would and wait for its results."""
    panel = window.search_panel
    panel.field.clear()
    with qtbot.waitSignal(window.search.runner.resultsReady, timeout=SEARCH_TIMEOUT,
                          check_params_cb=lambda answer: answer.query == text):
        type_text(panel.field, text)


def wait_for_marks(qtbot, window) -> None:
    qtbot.waitUntil(lambda: bool(window.view.hits.ranges()), timeout=SEARCH_TIMEOUT)


def marked_texts(window) -> list[str]:
    blocks = window.view.blocks
    return [blocks.originals[blocks.numbers[block_id]][start:end]
            for block_id, start, end in window.view.hits.ranges()]


@pytest.fixture
def window(open_window):
    return open_window("en")


def test_typing_searches_as_you_type_and_groups_results_by_article(window, qtbot):
    type_query(qtbot, window, "الورق")
    panel = window.search_panel
    assert panel.results.topLevelItemCount() == 1
    group = panel.results.topLevelItem(0)
    assert group.text(0).startswith(window.view.article.title)
    assert group.childCount() == panel.result_count() > 3
    snippet = group.child(0).data(0, Qt.ItemDataRole.UserRole + 10)
    assert "<b" in snippet and "الورق" in snippet
    assert panel.message.text() == f"{panel.result_count()} results · 1 article"


def test_hits_are_marked_on_the_exact_vocalized_characters(window, qtbot):
    type_query(qtbot, window, "العلم")
    wait_for_marks(qtbot, window)
    assert "العِلْمُ" in marked_texts(window)
    type_query(qtbot, window, "جليس")
    qtbot.waitUntil(lambda: marked_texts(window) == ["جَلِيسٍ"], timeout=SEARCH_TIMEOUT)
    type_query(qtbot, window, "الكتاب")
    qtbot.waitUntil(lambda: "الـكتاب" in marked_texts(window), timeout=SEARCH_TIMEOUT)
    assert "كِتابُ" in marked_texts(window)
    # the marks drawn in the view lie on the same characters
    drawn = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert drawn and all(text in marked_texts(window) for text in drawn)


def test_choosing_a_result_opens_its_paragraph_and_f3_steps_through_every_hit(window, qtbot):
    type_query(qtbot, window, "الكتاب")
    wait_for_marks(qtbot, window)
    panel, view = window.search_panel, window.view
    total = len(view.hits.ranges())
    item = panel.results.topLevelItem(0).child(2)
    article_id, paragraph = item.data(0, Qt.ItemDataRole.UserRole)
    panel.results.itemActivated.emit(item, 0)
    assert view.article.id == article_id
    assert view.hits.ranges()[view.hits.current()][0] == paragraph
    seen = set()
    for _ in range(total):
        QTest.keyClick(window, Qt.Key.Key_F3)
        seen.add(view.hits.current())
    assert seen == set(range(total))  # F3 visits every hit, wrapping around
    before = view.hits.current()
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.hits.current() == (before - 1) % total
    assert panel.position.text() == f"{view.hits.current() + 1} / {total}"


def test_enter_in_the_field_goes_to_the_next_hit_and_escape_clears_the_marks(window, qtbot):
    type_query(qtbot, window, "الورق")
    wait_for_marks(qtbot, window)
    field = window.search_panel.field
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.view.hits.current() == 0
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.view.hits.current() == 1
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.hits.current() == 0
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert window.view.hits.ranges() == [] and window.view.extraSelections() == []
    assert field.text() == "الورق"  # the query stays


def test_the_navigator_counts_the_hits_of_each_section(window, qtbot):
    type_query(qtbot, window, "الورق")
    wait_for_marks(qtbot, window)
    counts = window.view.hits.counts()
    navigator = window.navigator
    assert sum(counts.values()) == len(window.view.hits.ranges())
    for section_id, count in counts.items():
        assert navigator.hit_count(section_id) == count
    assert navigator.hit_count(TITLE_ID) >= 1  # the title itself holds الورق
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert all(navigator.hit_count(section_id) == 0 for section_id in counts)


def test_the_scope_switch_keeps_the_search_to_the_open_article(open_window, qtbot, tmp_path: Path):
    other = tmp_path / "other.txt"
    other.write_text("مقالة أخرى عن الورق\n\nكان الورق غاليًا في أوروبا قبل المطابع.\n", encoding="utf-8")
    window = open_window("en", files=[other])
    assert window.view.article.title == "مقالة أخرى عن الورق"
    type_query(qtbot, window, "الورق")
    panel = window.search_panel
    assert panel.results.topLevelItemCount() == 2
    with qtbot.waitSignal(window.search.runner.resultsReady, timeout=SEARCH_TIMEOUT):
        panel.article_button.click()
    assert panel.scope == "article" and window.commands.search_article_only.isChecked()
    assert panel.results.topLevelItemCount() == 1
    assert panel.results.topLevelItem(0).text(0).startswith("مقالة أخرى")
    with qtbot.waitSignal(window.search.runner.resultsReady, timeout=SEARCH_TIMEOUT):
        window.commands.search_article_only.trigger()
    assert panel.scope == "library" and panel.results.topLevelItemCount() == 2


def test_a_query_error_is_a_quiet_message_under_the_field(window, qtbot):
    panel = window.search_panel
    panel.field.setText("OR")
    qtbot.waitUntil(lambda: "OR" in panel.message.text(), timeout=SEARCH_TIMEOUT)
    assert panel.results.topLevelItemCount() == 0
    panel.field.clear()
    qtbot.waitUntil(lambda: panel.message.text() == "")


def test_ctrl_f_focuses_the_field(window, qtbot):
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.focusWidget() is window.search_panel.field)


def test_a_newer_query_supersedes_the_older_ones(window, qtbot):
    answers = []
    window.search.runner.resultsReady.connect(answers.append)
    for query in ("ال", "الو", "الور", "الورق*"):
        window.search.runner.search(query)
    with qtbot.waitSignal(window.search.runner.resultsReady, timeout=SEARCH_TIMEOUT,
                          check_params_cb=lambda answer: answer.query == "الورق*"):
        pass
    qtbot.waitUntil(lambda: not window.search.runner.busy())
    assert [answer.query for answer in answers] == ["الورق*"]


def test_the_index_can_be_opened_ahead_of_the_first_query(window, qtbot):
    failures = []
    window.search.runner.searchFailed.connect(lambda query, message: failures.append(message))
    window.search.runner.warm_up()
    assert window.search.runner.busy()
    qtbot.waitUntil(lambda: not window.search.runner.busy(), timeout=SEARCH_TIMEOUT)
    assert failures == [] and window.search_panel.message.text() == ""
    type_query(qtbot, window, "الورق")
    assert window.search_panel.result_count() > 0


def test_the_count_is_every_match_with_or_without_harakat(open_window, qtbot, tmp_path):
    """More matches than the pane shows: the count is still all of them, the same however it is typed."""
    from reader.core.library import Workspace
    from reader.gui.workers.searchrunner import RESULT_LIMIT

    source = tmp_path / "kutub.txt"
    lines = [f"كَتَبَ الطالب الدرس رقم {number} في دفتره." for number in range(RESULT_LIMIT * 3)]
    source.write_text("دفاتر الطلاب\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "library"
    workspace = Workspace(folder)
    try:
        workspace.import_file(source)
        every = workspace.search("كتب", limit=100000).total
    finally:
        workspace.close()
    assert every > RESULT_LIMIT
    window = open_window("en", folder=folder)
    for query in ("كتب", "كَتَبَ"):
        type_query(qtbot, window, query)
        assert window.search_panel.message.text().startswith(f"{every} results · ")
