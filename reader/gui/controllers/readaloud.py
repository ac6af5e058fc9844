"""The read-aloud controller: says the open article a sentence at a time, from where the reader is, with the
word being spoken marked in the view.

Each sentence is synthesized in a worker (`SpeechMaker`) while the one before it plays, and played by Qt
Multimedia from the WAV file the worker wrote (see speechwork.py for why not from memory). The player
reports its position only about every 100 ms, so the mark follows a clock started from the last report,
ticking every 30 ms. A change of voice, speed or vocalization applies from the next sentence (a sentence
made with the old options is made again).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QMouseEvent

from reader.gui.config import settings as keys
from reader.gui.controllers.readaloudplaces import Place, ReadingPlaces
from reader.gui.workers.speechwork import SpeechMaker, SpeechRequest, discard, unavailable_reason

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.core.speech import Speech, SpeechOptions
    from reader.gui.controllers.changes import Changes
    from reader.gui.reading.spokenword import SpokenWord
    from reader.gui.reading.textview import ReadingView

STOPPED, PLAYING, PAUSED = "stopped", "playing", "paused"
TICK_MS = 30  # how often the mark follows the audio
_RUN_ON_MS = 150  # how far past the player's last report of its position the mark may run


class ReadAloudController(QObject):
    """Reads the article in the view aloud; `stateChanged` tells the commands and the bar."""

    stateChanged = Signal(str)  # STOPPED, PLAYING or PAUSED
    wordMarked = Signal(str, int, int)  # the word now spoken: block id, start, end in its stored text

    def __init__(
        self, parent: QObject, settings: keys.Settings, changes: Changes, view: ReadingView, mark: SpokenWord
    ) -> None:
        super().__init__(parent)
        self._settings, self._changes, self._view, self._mark = settings, changes, view, mark
        self.reason = unavailable_reason()  # None when reading aloud works here
        self._maker = SpeechMaker(self)
        self._maker.made.connect(self._made)
        self._maker.failed.connect(self._failed)
        self._player: Any = None  # a QMediaPlayer, made at the first start (Qt Multimedia loads then)
        self._files: list[str] = []  # the audio file being played and the one before it
        self._state = STOPPED
        self._article = ""
        self._place: Place | None = None  # the piece playing, or waited for
        self._speech: Speech | None = None  # its speech, once it plays
        self._waiting: SpeechRequest | None = None  # the piece to play as soon as it is made
        self._asked: set[SpeechRequest] = set()
        self._ready: dict[SpeechRequest, tuple[Speech, str]] = {}  # made, not yet played: speech and file
        self._places = ReadingPlaces(view)
        self._word = -1
        self._clock = (0, 0.0)  # the player's last reported position (ms) and when it came (s)
        self._playback_rate = 1.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._follow)
        changes.articleShown.connect(self._article_shown)
        view.viewport().installEventFilter(self)

    @property
    def state(self) -> str:
        """STOPPED, PLAYING (also while the next piece is being made) or PAUSED."""
        return self._state

    def place(self) -> tuple[str, int, int] | None:
        """The piece being read: (block id, start, end) in the block's stored text, or None."""
        if self._place is None:
            return None
        number, start, end = self._place
        return self._view.blocks.ids[number], start, end

    def player(self) -> Any:
        """The QMediaPlayer (None before the first start): for tests and the benchmark."""
        return self._player

    def toggle(self) -> None:
        """Read aloud from where the reader is; pause while reading; go on when paused."""
        if self._state == PLAYING:
            self.pause()
        elif self._state == PAUSED:
            self.resume()
        else:
            self.start()

    def start(self) -> None:
        """Read aloud from the selection, else the caret's word when in sight, else the top of the view."""
        if self.reason is not None or self._view.article is None:
            return
        number, offset = self._places.start()
        self.read_from(number, offset)
        if self._settings.get(keys.SPEECH_VOCALIZE):
            self._maker.warm_up()  # after the first piece, which need not wait for the vocalizer's model

    def read_from(self, number: int, offset: int, whole_sentence: bool = False) -> None:
        """Read from a place in block `number`: from the start of its word, or of its sentence if
        `whole_sentence`."""
        if self.reason is not None or self._view.article is None:
            return
        place = self._places.from_place(number, offset, whole_sentence)
        if place is None:
            self.stop()
            return
        self._article = self._view.article.id
        self._ensure_player()  # made while the first piece is synthesized
        self._halt_player()
        self._set_state(PLAYING)
        self._go_to(place)

    def pause(self) -> None:
        """Pause, keeping the place and the mark."""
        if self._state == PLAYING:
            if self._player is not None:
                self._player.pause()
            self._ticker.stop()
            self._set_state(PAUSED)

    def resume(self) -> None:
        """Go on from where the reading paused."""
        if self._state != PAUSED:
            return
        self._set_state(PLAYING)
        if self._speech is not None and self._player is not None:
            self._player.play()
            self._clock = (self._player.position(), time.monotonic())
            self._ticker.start()
        elif self._place is not None:
            self._go_to(self._place)

    def stop(self) -> None:
        """Stop reading and clear the mark; the next start begins afresh."""
        self._halt_player()
        self._place, self._speech, self._waiting = None, None, None
        self._asked.clear()
        self._drop_ready()
        self._places.forget()
        self._mark.clear()
        self._set_state(STOPPED)

    def next_sentence(self) -> None:
        """Go on from the next sentence."""
        if self._place is not None and self._state != STOPPED:
            following = self._places.after(self._place)
            if following is None:
                self.stop()
            else:
                self._jump(following)

    def previous_sentence(self) -> None:
        """Go back to the sentence before this one (the first one again at the start of the article)."""
        if self._place is not None and self._state != STOPPED:
            self._jump(self._places.before(self._place) or self._place)

    def set_rate(self, rate: int) -> None:
        """Speak at this many words per minute from the next sentence on, and remember it."""
        low, high = keys.SPEECH_RATE_RANGE
        self._settings.set(keys.SPEECH_RATE, min(max(rate, low), high))

    def rate(self) -> int:
        """The speed of speech, in words per minute."""
        return self._settings.get(keys.SPEECH_RATE)

    def set_playback_rate(self, rate: float) -> None:
        """Play the audio this many times faster, at once (the pitch rises with it: speed in Settings
        changes the speech itself, from the next sentence); tests and the benchmark read at 4."""
        self._playback_rate = rate
        self._ticker.setInterval(max(5, int(TICK_MS / rate)))  # a tick per 30 ms of speech: no word missed
        if self._player is not None:
            self._player.setPlaybackRate(rate)

    def pace(self) -> int | None:
        """The speech rate while reading (or paused), None when stopped: what the time left is counted at."""
        return None if self._state == STOPPED else self.rate()

    def close(self) -> None:
        """Stop reading, the player and the worker (the window closes)."""
        self.stop()
        self._release_player()
        self._maker.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click in the text while reading moves the reading to the clicked sentence."""
        if (event.type() == QEvent.Type.MouseButtonRelease and self._state != STOPPED
                and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton
                and not self._view.textCursor().hasSelection()):
            cursor = self._view.cursorForPosition(event.position().toPoint())
            number = cursor.blockNumber()
            self.read_from(number, self._view.blocks.to_original(number, cursor.positionInBlock()), True)
        return False

    def _request(self, place: Place) -> SpeechRequest:
        from reader.core.speech import SpeechOptions

        number, start, end = place
        blocks = self._view.blocks
        text = blocks.originals[number][start:end]
        language = self._places.language(text)
        options: SpeechOptions = SpeechOptions(
            # The voice chosen is an Arabic one: a piece in another language gets that language's own.
            voice=self._settings.get(keys.SPEECH_VOICE) if language == "ar" else "", rate=self.rate(),
            vocalize=self._settings.get(keys.SPEECH_VOCALIZE),
        )
        return SpeechRequest(blocks.ids[number], start, end, text, language, options)

    # Making and playing.

    def _jump(self, place: Place) -> None:
        self._halt_player()
        self._set_state(PLAYING)
        self._go_to(place)

    def _go_to(self, place: Place) -> None:
        """Play a piece as soon as it is made (at once if it is), and have the next one made meanwhile."""
        self._place, self._speech = place, None
        request = self._request(place)
        made = self._ready.pop(request, None)
        self._waiting = request if made is None else None
        if made is None:
            self._ask(request)
        elif self._state == PLAYING:
            self._play(*made)
        else:
            self._ready[request] = made  # paused meanwhile: played on resume

    def _ask(self, request: SpeechRequest) -> None:
        if request not in self._asked and request not in self._ready:
            self._asked.add(request)
            self._maker.make(request)

    def _made(self, request: SpeechRequest, speech: Speech, path: str) -> None:
        if request not in self._asked:
            discard(path)  # asked before a stop
            return
        self._asked.discard(request)
        if request == self._waiting and self._state == PLAYING:
            self._waiting = None
            self._play(speech, path)
            return
        if len(self._ready) > 4:  # pieces made ahead and then jumped over
            self._drop_ready()
        self._ready[request] = (speech, path)

    def _drop_ready(self) -> None:
        for _speech, path in self._ready.values():
            discard(path)
        self._ready.clear()

    def _failed(self, request: SpeechRequest, message: str) -> None:
        """A piece could not be made: reading stops when it was the one awaited; one made ahead is asked
        for again when its turn comes (the sentence playing goes on)."""
        self._asked.discard(request)
        if request == self._waiting:
            self.stop()
            self._changes.statusShown.emit(message, 8000)

    def _player_failed(self, _error: Any, message: str) -> None:
        """The player cannot play a piece (no audio output, a damaged file): reading stops, saying why."""
        if self._state != STOPPED:
            self.stop()
            unplayable = QCoreApplication.translate("ReadAloud", "The audio could not be played.")
            self._changes.statusShown.emit(message or unplayable, 8000)

    def _play(self, speech: Speech, path: str) -> None:
        player = self._ensure_player()
        self._speech, self._word = speech, -1
        player.setSource(QUrl.fromLocalFile(path))
        for old in self._files[:-1]:
            discard(old)
        self._files = [*self._files[-1:], path]
        player.play()
        self._clock = (0, time.monotonic())
        self._ticker.start()
        if self._place is not None and (following := self._places.after(self._place)) is not None:
            self._ask(self._request(following))

    def _ensure_player(self) -> Any:
        if self._player is None:
            self._player = shared_player()
            self._player.setPlaybackRate(self._playback_rate)
            self._player.positionChanged.connect(self._positioned)
            self._player.mediaStatusChanged.connect(self._status_changed)
            self._player.errorOccurred.connect(self._player_failed)
        return self._player

    def _release_player(self) -> None:
        """Stop the shared player and stop hearing it (the window closes)."""
        if self._player is not None:
            self._player.stop()
            self._player.positionChanged.disconnect(self._positioned)
            self._player.mediaStatusChanged.disconnect(self._status_changed)
            self._player.errorOccurred.disconnect(self._player_failed)
            self._player = None

    def _halt_player(self) -> None:
        self._ticker.stop()
        if self._player is not None:
            self._player.stop()
        self._speech = None

    def _status_changed(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._speech is not None:
            self._ticker.stop()
            following = self._places.after(self._place) if self._place is not None else None
            if following is None:
                self.stop()
            else:
                self._go_to(following)

    def _positioned(self, position: int) -> None:
        self._clock = (position, time.monotonic())

    def _follow(self) -> None:
        """Mark the word being spoken now, by the player's last position and the time since."""
        speech, place = self._speech, self._place
        if speech is None or place is None or self._player is None:
            return
        reported, at = self._clock
        # The reports come some 100 ms apart; between them the clock runs on, at most a report's worth.
        rate = self._player.playbackRate()
        now = reported + min((time.monotonic() - at) * 1000, _RUN_ON_MS) * rate
        index = speech.word_at(int(min(now, speech.duration)))
        if index is not None and index > self._word:  # a late report never takes the mark back
            self._word = index
            word = speech.words[index]
            block, start, end = self._view.blocks.ids[place[0]], place[1] + word.start, place[1] + word.end
            self._mark.mark(block, start, end)
            self.wordMarked.emit(block, start, end)

    def _article_shown(self, article: Article | None) -> None:
        if self._state != STOPPED and (article is None or article.id != self._article):
            self.stop()
        self._places.forget()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


_PLAYER: list[Any] = []  # the process's one QMediaPlayer, once made


def shared_player() -> Any:
    """The process's one QMediaPlayer, made at the first start and never destroyed.

    Qt Multimedia's FFmpeg backend (6.11) keeps threads of its own that outlive a destroyed player; with
    a player per window, one of them crashed the process now and then after its window closed (about
    one run in ten of the read-aloud tests). Every window reuses this one, and only one reads at a time.
    """
    if not _PLAYER:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer  # loaded at the first start

        player = QMediaPlayer(QCoreApplication.instance())
        player.setAudioOutput(QAudioOutput(player))
        _PLAYER.append(player)
    return _PLAYER[0]
