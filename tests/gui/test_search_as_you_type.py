"""Searching as the reader types: a search per keystroke, no pause; stale answers never shown; the results
listed a screenful at once and the rest soon after, every one reachable; the window free meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.gui.panes.resultrows import TARGET_ROLE
from reader.gui.panes.snippets import SNIPPET_ROLE
from reader.gui.workers.searchrunner import RESULT_LIMIT

SEARCH_TIMEOUT = 60_000  # ms: the first search loads the search code and opens the index


def press(widget, char: str) -> None:
    """One key carrying a character, as a keyboard gives it (QTest's keyClicks knows only ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def rows(panel) -> list:
    """Every row of the results, articles and their results, top to bottom."""
    found = []
    for number in range(panel.results.topLevelItemCount()):
        group = panel.results.topLevelItem(number)
        found.append(group)
        found += [group.child(i) for i in range(group.childCount())]
    return found


@pytest.fixture
def window(open_window):
    window = open_window("en")
    window.search.runner.warm_up()  # the index open, so that every test measures typing, not opening
    return window


@pytest.fixture
def long_library(tmp_path: Path) -> Path:
    """Three articles of 30 paragraphs each, every paragraph with كتب: more matches than the pane lists."""
    from reader.core.library import Workspace

    folder = tmp_path / "long"
    with Workspace(folder) as workspace:
        for number, name in enumerate(("دفاتر", "كراريس", "ألواح")):
            source = tmp_path / f"{number}.txt"
            lines = [f"كَتَبَ الطالب في {name} الدرس رقم {line} ثم قرأه." for line in range(30)]
            source.write_text(f"{name} الطلاب\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
            workspace.import_file(source)
    return folder


def test_each_keystroke_asks_for_a_search_without_waiting_for_a_pause(window, qtbot):
    panel = window.search_panel
    asked = []
    panel.searchRequested.connect(lambda query, scope: asked.append(query))
    for char in "الورق":
        press(panel.field, char)
        QApplication.processEvents()  # one turn of the event loop: no typing pause waited for
        assert asked[-1] == panel.field.text()
    assert asked == ["ا", "ال", "الو", "الور", "الورق"]


def test_keys_that_arrive_together_make_one_search(window, qtbot):
    panel = window.search_panel
    asked = []
    panel.searchRequested.connect(lambda query, scope: asked.append(query))
    for char in "الورق":  # a paste, or keys queued while the window was busy
        press(panel.field, char)
    QApplication.processEvents()
    assert asked == ["الورق"]


def test_typing_letter_by_letter_shows_the_results_of_the_last_word_only(window, qtbot):
    panel, runner = window.search_panel, window.search.runner
    shown, answered = [], []
    panel.resultsShown.connect(shown.append)
    runner.resultsReady.connect(lambda answer: answered.append(answer.query))
    for char in "الورق":
        press(panel.field, char)
        QApplication.processEvents()  # each letter's search is asked for while the ones before still run
    typed_all = len(shown)
    qtbot.waitUntil(lambda: "الورق" in shown[typed_all:], timeout=SEARCH_TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=SEARCH_TIMEOUT)
    QApplication.processEvents()
    assert shown[typed_all:] == ["الورق"]  # nothing older came after the last key
    assert set(answered) <= {"ا", "ال", "الو", "الور", "الورق"} and answered[-1] == "الورق"
    snippets = [row.data(0, SNIPPET_ROLE) for row in rows(panel) if row.data(0, SNIPPET_ROLE)]
    assert snippets and all('class="match">' in snippet for snippet in snippets)


def test_an_answer_to_a_query_typed_over_is_never_shown(window, qtbot):
    panel, runner = window.search_panel, window.search.runner
    shown = []
    panel.resultsShown.connect(shown.append)
    panel.field.setText("الكتاب")
    panel.search_now()  # running in the worker now
    assert runner.busy() and shown == []  # the window did not wait for it
    panel.field.setText("الورق")  # typed over before its answer came
    qtbot.waitUntil(lambda: "الورق" in shown, timeout=SEARCH_TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=SEARCH_TIMEOUT)
    QApplication.processEvents()
    assert shown == ["الورق"]


def test_the_window_takes_keys_while_a_search_runs(window, qtbot):
    panel, runner = window.search_panel, window.search.runner
    shown = []
    panel.resultsShown.connect(shown.append)
    panel.field.setText("الورق")
    panel.search_now()
    assert runner.busy() and shown == []  # asked for, not waited for
    press(panel.field, "ة")  # typed while the index works
    assert panel.field.text() == "الورقة"
    qtbot.waitUntil(lambda: "الورقة" in shown, timeout=SEARCH_TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=SEARCH_TIMEOUT)
    QApplication.processEvents()
    assert shown == ["الورقة"]


def test_a_long_list_shows_a_screenful_at_once_and_every_result_soon_after(open_window, long_library, qtbot):
    window = open_window("en", folder=long_library)
    panel = window.search_panel
    first = []
    panel.resultsShown.connect(lambda query: first.append((panel.filling(), panel.result_count())))
    with qtbot.waitSignal(window.search.runner.resultsReady, timeout=SEARCH_TIMEOUT):
        panel.field.setText("كتب")
    filling, listed = first[0]
    assert filling and 0 < listed < RESULT_LIMIT  # the first rows at once, the rest to come
    qtbot.waitUntil(lambda: not panel.filling(), timeout=SEARCH_TIMEOUT)
    assert panel.result_count() == RESULT_LIMIT
    assert int(panel.message.text().split()[0]) > RESULT_LIMIT  # the count is every match
    groups = [panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())]
    assert all(group.isExpanded() for group in groups)
    assert sum(group.childCount() for group in groups) == RESULT_LIMIT


def test_every_result_of_a_long_list_is_reachable_by_keyboard_and_scrolling(open_window, long_library, qtbot):
    window = open_window("en", folder=long_library)
    window.commands.find.trigger()
    panel = window.search_panel
    with qtbot.waitSignal(window.search.runner.resultsReady, timeout=SEARCH_TIMEOUT):
        panel.field.setText("كتب")
    qtbot.waitUntil(lambda: not panel.filling(), timeout=SEARCH_TIMEOUT)
    every = rows(panel)
    QTest.keyClick(panel.field, Qt.Key.Key_Down)  # from the field into the results
    assert window.focusWidget() is panel.results
    visited = [panel.results.currentItem()]
    for _ in range(len(every) - 1):
        QTest.keyClick(panel.results, Qt.Key.Key_Down)
        visited.append(panel.results.currentItem())
    assert visited == every
    panel.results.scrollToBottom()
    last = panel.results.visualItemRect(every[-1])
    assert panel.results.viewport().rect().intersects(last)
    with qtbot.waitSignal(panel.resultRequested, timeout=1000,  # Enter on the last result opens it
                          check_params_cb=lambda *target: target == every[-1].data(0, TARGET_ROLE)):
        QTest.keyClick(panel.results, Qt.Key.Key_Return)


def test_typing_on_stops_the_rows_of_the_answer_before(open_window, long_library, qtbot):
    window = open_window("en", folder=long_library)
    panel = window.search_panel
    listed = []

    def type_on(query: str) -> None:
        if query == "كتب":
            listed.append(panel.result_count())
            press(panel.field, "ة")  # the reader types on as the first rows appear

    panel.resultsShown.connect(type_on)
    with qtbot.waitSignal(panel.resultsShown, timeout=SEARCH_TIMEOUT):
        panel.field.setText("كتب")
    QApplication.processEvents()
    assert not panel.filling() and panel.result_count() == listed[0]  # no more rows of what the field left


def test_emptying_the_field_drops_the_searches_not_yet_answered(window, qtbot):
    panel, runner = window.search_panel, window.search.runner
    answers = []
    runner.resultsReady.connect(answers.append)
    runner.articleHitsReady.connect(answers.append)
    panel.field.setText("الورق")
    panel.search_now()  # the library's search running, the article's hits waiting
    panel.field.clear()
    panel.search_now()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=SEARCH_TIMEOUT)
    QApplication.processEvents()
    assert answers == [] and panel.result_count() == 0 and window.view.hits.ranges() == []


def test_an_answer_cut_short_by_typing_is_listed_whole_when_it_comes_again(open_window, long_library, qtbot):
    window = open_window("en", folder=long_library)
    panel = window.search_panel
    shown = []

    def type_on(query: str) -> None:
        shown.append(query)
        if shown == ["كتب"]:
            press(panel.field, "ة")  # the first rows of كتب in, the rest stopped

    panel.resultsShown.connect(type_on)
    panel.field.setText("كتب")
    qtbot.waitUntil(lambda: "كتبة" in shown, timeout=SEARCH_TIMEOUT)
    panel.field.setText("كتب")  # back to the same words: the same answer again
    qtbot.waitUntil(lambda: shown[-1] == "كتب", timeout=SEARCH_TIMEOUT)
    qtbot.waitUntil(lambda: not panel.filling(), timeout=SEARCH_TIMEOUT)
    assert panel.result_count() == RESULT_LIMIT
