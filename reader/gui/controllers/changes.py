"""The window's shared change signals: a controller announces what changed, and each part that shows it
decides whether to refresh (as novelWriter's shared signals, or Anki's operations announcing changes)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    """One object per window, handed to every controller; nobody calls another controller to say so."""

    # The reader opened an article (an Article), and the block to go to there ("" for none).
    articleOpened = Signal(object, str)
    # The reading view shows this article (an Article, or None) laid out afresh: paint what goes on it.
    articleShown = Signal(object)
    articlesChanged = Signal()  # articles were imported, removed or edited
    articlesRemoved = Signal(list)  # the ids of articles asked to be removed (some may remain)
    highlightsChanged = Signal(list)  # these Highlight records changed (before and after): repaint them
    highlightsReplaced = Signal()  # any highlight may have changed (an import): repaint them all
    statusShown = Signal(str, int)  # a passing message for the status bar, and how long to show it (ms)
