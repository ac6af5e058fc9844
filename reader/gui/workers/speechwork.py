"""Speech made off the GUI thread: each piece of text synthesized in a worker, one after another, and
whether reading aloud can work here at all (the speech engine and Qt Multimedia)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.gui.workers.jobs import Job, Workers

if TYPE_CHECKING:
    from reader.core.speech import Speech, SpeechOptions

_WARM_UP_WORD = "كتب"  # a bare Arabic word: speaking it loads the engine and the vocalizer's model


@dataclass(frozen=True)
class SpeechRequest:
    """A piece of an article to say: its block and [start, end) in the block's stored text, the text
    itself, its language and the options to say it with."""

    block: str
    start: int
    end: int
    text: str
    language: str
    options: SpeechOptions


class SpeechMaker(QObject):
    """Synthesizes requests in one worker thread, in the order asked; a stopped maker delivers nothing."""

    made = Signal(object, object)  # the SpeechRequest and its Speech
    failed = Signal(object, str)  # the SpeechRequest and one plain line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = Workers(self, threads=1)
        self._warmed = False

    def make(self, request: SpeechRequest) -> None:
        """Synthesize a request; `made` or `failed` tells when it is done."""
        self._workers.start(
            lambda _job: _speak(request),
            succeeded=lambda speech: self.made.emit(request, speech),
            failed=lambda message: self.failed.emit(request, message),
        )

    def warm_up(self) -> None:
        """Load the engine and the vocalizer now, in the worker, so that the first piece waits less; once."""
        if not self._warmed:
            self._warmed = True
            self._workers.start(_warm)

    def busy(self) -> bool:
        """Whether a piece is being made or waits its turn."""
        return self._workers.busy()

    def stop(self) -> None:
        """Deliver nothing more, and wait for the piece being made (a fraction of a second)."""
        self._workers.stop()


def _speak(request: SpeechRequest) -> Speech:
    from reader.core.speech import speak

    return speak(request.text, request.language, request.options)


def _warm(_job: Job) -> Any:
    from reader.core.speech import speak

    return speak(_WARM_UP_WORD, "ar")


def unavailable_reason() -> str | None:
    """None when reading aloud works here, else one plain line saying why not: Qt Multimedia (in the
    PySide6-Addons package) cannot be loaded, or the speech engine cannot."""
    try:
        importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return QCoreApplication.translate(
            "ReadAloud", "Qt Multimedia is missing (install Qari with its speech extra: qari[speech])."
        )
    from reader.core.speech import unavailable_reason as engine_reason

    return engine_reason()
