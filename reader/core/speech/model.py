"""What speech produces: the audio, the time of each word in it, and the options and voices that shape it."""

from __future__ import annotations

import bisect
import io
import wave
from dataclasses import dataclass, field

from reader.core.errors import QariError


class SpeechError(QariError):
    """Speech cannot be made here or for this text (no engine, unknown voice, a failed synthesis)."""


@dataclass(frozen=True)
class WordTiming:
    """A spoken word: its character offsets in the stored text given to `speak`, and when it starts (ms)."""

    start: int
    end: int
    time: int


@dataclass(frozen=True)
class SpeechOptions:
    """How to speak: the voice ("" = the language's default), words per minute, vocalization, numbers."""

    voice: str = ""
    rate: int = 160
    vocalize: bool = True
    number_words: bool = True


@dataclass(frozen=True)
class Voice:
    """A voice the engine offers: the name to ask for, its language code and a label to show."""

    name: str
    language: str
    label: str


@dataclass(frozen=True)
class Speech:
    """16-bit signed little-endian mono PCM at `sample_rate`, and the words in the order they are spoken."""

    audio: bytes
    sample_rate: int
    words: tuple[WordTiming, ...]
    _times: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_times", [word.time for word in self.words])

    @property
    def duration(self) -> int:
        """The length of the audio in milliseconds."""
        return len(self.audio) // 2 * 1000 // self.sample_rate if self.sample_rate else 0

    def wav(self) -> bytes:
        """The audio as a whole WAV file in memory (made at each call: a Speech keeps no second copy)."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as file:
            file.setnchannels(1)
            file.setsampwidth(2)
            file.setframerate(self.sample_rate)
            file.writeframes(self.audio)
        return buffer.getvalue()

    def word_at(self, ms: int) -> int | None:
        """The index in `words` of the word being spoken at `ms`, or None before the first word."""
        index = bisect.bisect_right(self._times, ms) - 1
        return index if index >= 0 else None
