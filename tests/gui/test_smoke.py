"""QARI_QUIT_AFTER_PAINT: a window closes by itself once painted, so a built app can be smoke-tested."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from reader.gui.window.smoke import QUIT_AFTER_PAINT, quit_after_first_paint


def shown_label(qtbot) -> QLabel:
    label = QLabel("قارئ")
    qtbot.addWidget(label)
    quit_after_first_paint(label)
    label.show()
    return label


def test_the_window_closes_after_its_first_paint_when_asked(qtbot, monkeypatch):
    monkeypatch.setenv(QUIT_AFTER_PAINT, "1")
    label = shown_label(qtbot)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)


def test_the_window_stays_open_otherwise(qtbot, monkeypatch):
    monkeypatch.delenv(QUIT_AFTER_PAINT, raising=False)
    label = shown_label(qtbot)
    qtbot.waitExposed(label)
    qtbot.wait(200)
    assert label.isVisible()
