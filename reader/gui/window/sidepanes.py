"""Side panes that give way to the text, as Foliate's and calibre's panels do.

The reading column never gets narrower than the view's comfortable measure while a pane could make room:
when the window narrows, the docks of the end side step aside first, then those of the start side, and
they come back when there is room again. A pane the reader asks for while there is no room for it
(its shortcut, the View menu, Ctrl+F, Ctrl+1/2) opens over the text on its side instead, and goes
away when the reader picks something in it, clicks the text, presses Escape or asks for it again.

What the reader chose is kept apart from what the window did: the saved arrangement is always the
reader's, whatever the width when the window closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui.reading.textview import ReadingView

_HYSTERESIS = 12  # pixels of room beyond the need before a pane comes back, so that panes do not flicker
_LEAST_OVERLAY = 260  # an open pane over the text is at least this wide (less if the window is narrower)


class SidePanes(QObject):
    """Hides and brings back the window's docks as its width changes; opens a pane over the text."""

    def __init__(self, window: QMainWindow, view: ReadingView, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self._window, self._view, self._docks = window, view, docks
        self._given_way: list[QDockWidget] = []  # hidden by the window for lack of room, still wanted
        self._widths: dict[QDockWidget, int] = {}
        self._overlay = _Overlay(window)
        self._overlaid: QDockWidget | None = None
        self._fitting = False
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self.fit)
        self._overlay.closeRequested.connect(self.close_overlay)
        window.installEventFilter(self)
        view.viewport().installEventFilter(self)
        for dock in docks:
            toggle = dock.toggleViewAction()
            toggle.triggered.disconnect()  # the dock's own toggle would dock it even without room
            toggle.triggered.connect(lambda _=False, dock=dock: self.toggle(dock))
            dock.visibilityChanged.connect(lambda _=False: self._fit_soon.start())

    # What the reader asks for ---------------------------------------------------------------------

    def summon(self, dock: QDockWidget) -> None:
        """Show a pane: in its dock if the text keeps its measure, else over the text."""
        if self._overlaid is dock or (dock.isVisible() and not dock.isFloating()):
            return
        if dock.isFloating() or self._room_for(dock):
            self.close_overlay()
            self._forget(dock)
            dock.show()
            dock.raise_()
            return
        if dock not in self._given_way:
            self._given_way.append(dock)  # wanted from now on: docked again when the window is wide
        self._open_overlay(dock)

    def toggle(self, dock: QDockWidget) -> None:
        """Show a pane, or hide it if it is shown (its shortcut and its View menu item)."""
        if self._overlaid is dock:
            self.close_overlay()
            self._forget(dock)
        elif dock.isVisible():
            dock.hide()
            self._forget(dock)
        else:
            self.summon(dock)
        dock.toggleViewAction().setChecked(dock.isVisible() or self._overlaid is dock)

    def close_overlay(self) -> None:
        """Put the pane shown over the text back into its dock."""
        dock, self._overlaid = self._overlaid, None
        if dock is None:
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self._overlay.isAncestorOf(focus)
        self._overlay.hide()
        pane = self._overlay.take()
        if pane is not None:
            dock.setWidget(pane)
        dock.toggleViewAction().setChecked(dock.isVisible())
        if had_focus:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    # What the window asks ---------------------------------------------------------------------------

    def is_wanted(self, dock: QDockWidget) -> bool:
        """Whether the reader keeps this pane open (shown, or stepped aside for lack of room)."""
        return dock.isVisible() or dock in self._given_way

    def overlaid(self) -> QDockWidget | None:
        """The dock whose pane is shown over the text, if any."""
        return self._overlaid

    def given_way(self) -> list[QDockWidget]:
        """The docks hidden for lack of room, which come back when there is room."""
        return list(self._given_way)

    def settle(self) -> None:
        """Show the reader's arrangement as it is (before the window saves its state)."""
        self.close_overlay()
        for dock in self._given_way:
            dock.show()
        self._given_way.clear()

    def fit(self) -> None:
        """Hide docks until the text has its measure, or bring back those with room again."""
        if self._fitting or not self._window.isVisible():
            return
        self._fitting = True
        try:
            self._give_way()
            self._come_back()
        finally:
            self._fitting = False
        if self._overlaid is not None:
            self._place_overlay(self._overlaid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit on resizes and when shown; a press on the text closes the pane over it."""
        kind = event.type()
        if watched is self._window and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_soon.start()
            if self._overlaid is not None:
                self._place_overlay(self._overlaid)
        elif kind == QEvent.Type.MouseButtonPress and self._overlaid is not None:
            self.close_overlay()
        return False

    # How -------------------------------------------------------------------------------------------

    def _give_way(self) -> None:
        need = self._view.comfortable_width()
        width = self._view.width()
        for side in self._sides(reverse=True):  # the end side steps aside first
            if width >= need:
                return
            shown = [dock for dock in side if dock.isVisible()]
            if not shown:
                continue
            width += self._side_width(shown) + self._separator()
            for dock in shown:
                self._widths[dock] = dock.width()
                self._given_way.append(dock)
                dock.hide()

    def _come_back(self) -> None:
        need = self._view.comfortable_width() + _HYSTERESIS
        width = self._view.width()
        for side in self._sides(reverse=False):  # the start side comes back first
            waiting = [dock for dock in side if dock in self._given_way and dock is not self._overlaid]
            if not waiting:
                continue
            shown = [dock for dock in side if dock.isVisible()]
            cost = 0 if shown else self._remembered_width(waiting) + self._separator()
            if width - cost < need:
                return
            width -= cost
            for dock in waiting:
                self._forget(dock)
                dock.show()

    def _room_for(self, dock: QDockWidget) -> bool:
        area = self._window.dockWidgetArea(dock)
        neighbours = [d for d in self._docks if d.isVisible() and not d.isFloating()
                      and self._window.dockWidgetArea(d) == area]
        cost = 0 if neighbours else self._remembered_width([dock]) + self._separator()
        return self._view.width() - cost >= self._view.comfortable_width()

    def _sides(self, reverse: bool) -> list[list[QDockWidget]]:
        """The docked panes by area: the start side first (the end side first if `reverse`)."""
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self._window.isRightToLeft():
            start, end = end, start
        order = [start, Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea, end]
        sides = [[d for d in self._docks if not d.isFloating() and self._window.dockWidgetArea(d) == area]
                 for area in order]
        return sides[::-1] if reverse else sides

    def _side_width(self, docks: list[QDockWidget]) -> int:
        """The width docks of one area take: side by side or stacked, the span of their frames."""
        if self._window.dockWidgetArea(docks[0]) in (
            Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        ):
            return 0  # above or below the text, they take none of its width
        return max(d.geometry().right() for d in docks) - min(d.geometry().left() for d in docks) + 1

    def _remembered_width(self, docks: list[QDockWidget]) -> int:
        if self._window.dockWidgetArea(docks[0]) in (
            Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        ):
            return 0
        return max(self._widths.get(d, max(d.sizeHint().width(), d.minimumSizeHint().width())) for d in docks)

    def _separator(self) -> int:
        return self._window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)

    def _forget(self, dock: QDockWidget) -> None:
        if dock in self._given_way:
            self._given_way.remove(dock)

    def _open_overlay(self, dock: QDockWidget) -> None:
        self.close_overlay()
        pane = dock.widget()
        if pane is None:
            return
        self._overlaid = dock
        self._overlay.put(dock.windowTitle(), pane)
        self._place_overlay(dock)
        self._overlay.show()
        self._overlay.raise_()
        dock.toggleViewAction().setChecked(True)
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _place_overlay(self, dock: QDockWidget) -> None:
        """Over the text, on the dock's side, as wide as the dock was."""
        central = self._view.geometry()
        width = min(max(self._remembered_width([dock]), _LEAST_OVERLAY), central.width() * 4 // 5)
        left_side = self._window.dockWidgetArea(dock) != Qt.DockWidgetArea.RightDockWidgetArea
        x = central.left() if left_side else central.right() + 1 - width
        self._overlay.setGeometry(QRect(x, central.top(), width, central.height()))


class _Overlay(QFrame):
    """A pane shown over the text: its title, a close button, and the pane."""

    closeRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("paneOverlay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.hide()
        self._title = QLabel(self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.closeRequested)
        header = QHBoxLayout()
        header.addWidget(self._title, 1)
        header.addWidget(close)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(header)
        self._pane: QWidget | None = None

    def put(self, title: str, pane: QWidget) -> None:
        """Show this pane under this title (the pane moves here from its dock)."""
        self._title.setText(title)
        self.setAccessibleName(title)
        self._pane = pane
        self._layout.addWidget(pane, 1)
        pane.show()

    def take(self) -> QWidget | None:
        """Give the pane back."""
        pane, self._pane = self._pane, None
        if pane is not None:
            self._layout.removeWidget(pane)
        return pane
