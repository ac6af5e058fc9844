"""Web pages in the window: File ▸ Import Web Page… and links dropped on the window, fetched from a server
on 127.0.0.1 in a worker while the window goes on; the article opens, a failure is one line."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.gui.test_library_pane import WORK_TIMEOUT
from tests.webserver import EXPECTED, SLOW_SECONDS, Site, serve


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    """The test pages served on 127.0.0.1 for this module's tests."""
    with serve() as running:
        yield running


def import_through_the_menu(window, qtbot, address: str) -> None:
    """File ▸ Import Web Page…, the address typed, OK."""
    window.commands.import_web_page.trigger()
    qtbot.waitUntil(lambda: window.findChild(QInputDialog) is not None)
    dialog = window.findChild(QInputDialog)
    dialog.setTextValue(address)
    dialog.accept()


def drop_mime(window, mime: QMimeData) -> None:
    """Drag `mime` over the window and drop it, as a browser does with a link."""
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(300, 300), action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(300, 300), action, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def wait_for_article(window, qtbot, title: str) -> None:
    qtbot.waitUntil(lambda: window.view.article is not None and window.view.article.title == title,
                    timeout=WORK_TIMEOUT)
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)


def test_the_menu_imports_a_web_page_and_opens_its_article(open_window, qtbot, site):
    window = open_window("en")
    before = window.library_panel.count()  # the welcome article of a first start
    import_through_the_menu(window, qtbot, site.url("/pages/library.html"))
    wait_for_article(window, qtbot, EXPECTED["library.html"]["title"])
    article = window.view.article
    assert article.source.path == site.url("/pages/library.html")
    assert article.metadata.author == EXPECTED["library.html"]["author"]
    assert [p.text for p in article.paragraphs()] == EXPECTED["library.html"]["paragraphs"]
    assert window.library_panel.count() == before + 1


def test_a_dropped_link_is_imported(open_window, qtbot, site):
    window = open_window("en")
    mime = QMimeData()
    mime.setUrls([QUrl(site.url("/pages/bees.html"))])
    drop_mime(window, mime)
    wait_for_article(window, qtbot, EXPECTED["bees.html"]["title"])


def test_dropped_text_that_is_an_address_is_imported(open_window, qtbot, site):
    window = open_window("en")
    mime = QMimeData()
    mime.setText(f"  {site.url('/pages/bread.html')}\n")
    drop_mime(window, mime)
    wait_for_article(window, qtbot, EXPECTED["bread.html"]["title"])


def test_a_failure_is_one_line_and_the_library_stays_as_it_was(open_window, qtbot, site, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText() or box.text()))
    window = open_window("en")
    before = (window.library_panel.count(), window.view.article)
    import_through_the_menu(window, qtbot, site.url("/missing"))
    qtbot.waitUntil(lambda: bool(shown), timeout=WORK_TIMEOUT)
    assert len(shown) == 1 and "\n" not in shown[0]
    assert site.url("/missing") in shown[0] and "404" in shown[0]
    assert (window.library_panel.count(), window.view.article) == before


def test_the_window_goes_on_while_a_slow_page_comes(open_window, qtbot, site):
    window = open_window("en")
    start = time.monotonic()
    import_through_the_menu(window, qtbot, site.url("/slow"))
    qtbot.waitUntil(lambda: window.work.workers.busy())
    ticks: list[float] = []
    qtbot.waitUntil(lambda: ticks.append(time.monotonic()) or len(ticks) > 5, timeout=1000)
    assert ticks[-1] - start < SLOW_SECONDS  # events were handled while the server kept the page back
    assert not window.commands.import_web_page.isEnabled()  # one change of the library at a time
    wait_for_article(window, qtbot, EXPECTED["rain.html"]["title"])
    assert window.commands.import_web_page.isEnabled()


def test_the_dialog_speaks_arabic(open_window, qtbot):
    window = open_window("ar")
    assert window.commands.import_web_page.text().split("\t")[0] == "استيراد صفحة ويب…"  # then its keys
    window.commands.import_web_page.trigger()
    qtbot.waitUntil(lambda: window.findChild(QInputDialog) is not None)
    dialog = window.findChild(QInputDialog)
    assert dialog.windowTitle() == "استيراد صفحة ويب"
    dialog.reject()
