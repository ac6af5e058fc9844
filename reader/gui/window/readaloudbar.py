"""The read-aloud commands, their menu, the button beside the menus that starts reading, and the small bar
that shows while reading: play or pause, stop, previous and next sentence, and the speed.

Nothing takes room while nothing is read: the button sits in the menu bar's corner, and the bar shows
below the text only while reading (at the bottom, so that the text does not move down when it opens).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSpinBox,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.gui.config.settings import SPEECH_RATE_RANGE
from reader.gui.window.commands import isolate_shortcut, without_mnemonic

translate = QCoreApplication.translate


@dataclass
class ReadAloudCommands:
    """The commands of reading aloud."""

    read: QAction  # Read Aloud, Pause or Resume, by the state
    stop: QAction
    previous: QAction
    next: QAction

    def all(self) -> list[QAction]:
        """Every action."""
        return [self.read, self.stop, self.previous, self.next]

    def show_state(self, state: str) -> None:
        """Name and draw the first command for the state ("stopped", "playing", "paused"); the others work
        only while reading."""
        style = QApplication.style()
        playing = state == "playing"
        text = {
            "playing": translate("ReadAloud", "&Pause Reading"),
            "paused": translate("ReadAloud", "&Resume Reading"),
        }.get(state, translate("ReadAloud", "&Read Aloud"))
        keys = self.read.text().partition("\t")[2]
        self.read.setText(without_mnemonic(text) + f"\t{keys}" if keys else text)
        self.read.setIcon(style.standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        ))
        for action in (self.stop, self.previous, self.next):
            action.setEnabled(self.read.isEnabled() and state != "stopped")

    def show_unavailable(self, reason: str) -> None:
        """Disable every command, saying why in one line."""
        line = translate("ReadAloud", "Reading aloud is unavailable: {reason}").format(reason=reason)
        for action in self.all():
            action.setEnabled(False)
            action.setToolTip(line)
            action.setStatusTip(line)


def read_aloud_commands(window: QMainWindow) -> ReadAloudCommands:
    """Make the actions (Ctrl+Shift+U reads or pauses; Alt+Up and Alt+Down step by sentence, whichever
    way the text runs)."""
    style = window.style()

    def action(text: str, key: str, icon: QStyle.StandardPixmap) -> QAction:
        made = QAction(style.standardIcon(icon), text, window)
        made.setShortcut(QKeySequence(key))
        made.setShortcutVisibleInContextMenu(True)
        window.addAction(made)
        return made

    icons = QStyle.StandardPixmap
    back, on = icons.SP_MediaSkipBackward, icons.SP_MediaSkipForward
    if window.isRightToLeft():  # the bar runs right to left: the text before lies to the right
        back, on = on, back
    commands = ReadAloudCommands(
        read=action(translate("ReadAloud", "&Read Aloud"), "Ctrl+Shift+U", icons.SP_MediaPlay),
        stop=action(translate("ReadAloud", "&Stop Reading"), "Ctrl+Alt+U", icons.SP_MediaStop),
        previous=action(translate("ReadAloud", "P&revious Sentence"), "Alt+Up", back),
        next=action(translate("ReadAloud", "&Next Sentence"), "Alt+Down", on),
    )
    commands.show_state("stopped")
    return commands


def add_read_aloud_menu(window: QMainWindow, commands: ReadAloudCommands) -> QMenu:
    """A Read Aloud menu before Help, and the button that starts reading in the menu bar's corner."""
    bar = window.menuBar()
    menu = QMenu(translate("ReadAloud", "Read &Aloud"), bar)
    menu.addAction(commands.read)
    menu.addAction(commands.stop)
    menu.addSeparator()
    menu.addActions([commands.previous, commands.next])
    last = bar.actions()[-1]  # Help
    bar.insertMenu(last, menu)
    button = QToolButton(bar)
    button.setObjectName("readAloudButton")
    button.setDefaultAction(commands.read)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.setCornerWidget(button, Qt.Corner.TopRightCorner)
    if window.isRightToLeft():
        menu.setTitle(without_mnemonic(menu.title()))
        for action in commands.all():
            isolate_shortcut(action)
    return menu


class ReadAloudBar(QToolBar):
    """Play or pause, stop, previous and next sentence, and the speed; shown while reading."""

    rateChanged = Signal(int)  # words per minute

    def __init__(self, commands: ReadAloudCommands, rate: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReadAloud", "Read Aloud"), parent)
        self.setObjectName("readAloudBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # it comes and goes with reading, not by choice
        self.addActions([commands.previous, commands.read, commands.next, commands.stop])
        self.addSeparator()
        self.rate_box = QSpinBox(self)
        self.rate_box.setObjectName("readAloudRate")
        self.rate_box.setRange(*SPEECH_RATE_RANGE)
        self.rate_box.setSingleStep(10)
        self.rate_box.setSuffix(translate("ReadAloud", " words a minute"))
        self.rate_box.setValue(rate)
        self.rate_box.setToolTip(translate("ReadAloud", "Speed of reading aloud, from the next sentence on"))
        self.rate_box.setAccessibleName(translate("ReadAloud", "Speed of reading aloud"))
        self.rate_box.setKeyboardTracking(False)  # typing "200" is one change, not three
        self.addWidget(self.rate_box)
        self.rate_box.valueChanged.connect(self.rateChanged)
        self.hide()

    def show_state(self, state: str, rate: int) -> None:
        """Show while reading (or paused), with the speed in use; hide when stopped."""
        self.rate_box.blockSignals(True)  # a speed set elsewhere (in Settings) is shown, not set again
        self.rate_box.setValue(rate)
        self.rate_box.blockSignals(False)
        self.setVisible(state != "stopped")
