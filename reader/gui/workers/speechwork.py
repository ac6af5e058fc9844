"""Speech made off the GUI thread: each piece of text synthesized in a worker, one after another, its WAV
written to a private temporary folder for the player, and whether reading aloud can work here at all (the
speech engine and Qt Multimedia).

Files, not memory: Qt Multimedia's FFmpeg backend (6.11) hangs when a playing in-memory source (a QBuffer)
is stopped or replaced, which reading aloud does at every jump to another sentence; a file played from a
local path is replaced at once. A sentence's WAV is some 100-300 KB, written in the worker.
"""

from __future__ import annotations

import contextlib
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QObject, QTemporaryDir, Signal

from reader.gui.workers.jobs import Job, Workers

if TYPE_CHECKING:
    from reader.core.speech import Speech, SpeechOptions


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

    made = Signal(object, object, str)  # the SpeechRequest, its Speech, and the path of its WAV file
    failed = Signal(object, str)  # the SpeechRequest and one plain line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = Workers(self, threads=1)
        self._warmed = False
        self._folder: QTemporaryDir | None = None  # made at the first piece, removed by stop()
        self._count = 0

    def make(self, request: SpeechRequest) -> None:
        """Synthesize a request and write its WAV file; `made` or `failed` tells when it is done."""
        if self._folder is None:
            self._folder = QTemporaryDir(QDir(QDir.tempPath()).filePath("qari-speech-XXXXXX"))
        if not self._folder.isValid():
            self._folder = None
            message = QCoreApplication.translate(
                "ReadAloud", "No folder for the audio could be made in {folder}."
            )
            self.failed.emit(request, message.format(folder=QDir.tempPath()))
            return
        self._count += 1
        path = str(Path(self._folder.path()) / f"{self._count}.wav")
        self._workers.start(
            lambda _job: _speak(request, path),
            succeeded=lambda speech: self.made.emit(request, speech, path),
            failed=lambda message: self.failed.emit(request, message),
        )

    def warm_up(self) -> None:
        """Load the engine and the vocalizer now, in the worker, so that the first piece waits less; once."""
        if not self._warmed:
            self._warmed = True
            self._workers.start(_warm)

    def stop(self) -> None:
        """Deliver nothing more, wait for the piece being made (a fraction of a second), and remove the
        folder of the audio files."""
        self._workers.stop()
        if self._folder is not None:
            self._folder.remove()


def discard(path: str) -> None:
    """Remove an audio file no longer played (one the system holds open goes with the folder)."""
    with contextlib.suppress(OSError):
        Path(path).unlink(missing_ok=True)


def _speak(request: SpeechRequest, path: str) -> Speech:
    from reader.core.speech import speak

    speech = speak(request.text, request.language, request.options)
    Path(path).write_bytes(speech.wav())
    return speech


def _warm(_job: Job) -> None:
    from reader.core.speech import warm_up

    warm_up("ar")


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
