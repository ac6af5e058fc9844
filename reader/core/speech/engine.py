"""The one small interface a speech engine offers: text, voice and rate in, PCM and word events out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reader.core.speech.model import Voice


@dataclass(frozen=True)
class EngineWord:
    """A word event: its 0-based character offset and length in the text synthesized, and its time (ms)."""

    position: int
    length: int
    time: int


@dataclass(frozen=True)
class Synthesis:
    """What one call of an engine gives: 16-bit mono PCM at `sample_rate`, and the word events in order."""

    audio: bytes
    sample_rate: int
    words: tuple[EngineWord, ...]


class Engine(Protocol):
    """A speech synthesizer; its methods may be called from any thread (it serializes them itself)."""

    sample_rate: int  # of the audio it gives

    def synthesize(self, text: str, voice: str, rate: int, pause_after: bool = False) -> Synthesis:
        """Speak `text` with `voice` at `rate` words per minute, ending with a sentence's pause when
        `pause_after`; SpeechError when it cannot."""
        ...

    def voices(self, language: str = "") -> list[Voice]:
        """The voices offered, for `language` only when one is given."""
        ...

    def default_voice(self, language: str) -> str:
        """The name of the voice to use for `language` when none is chosen; "" when none speaks it."""
        ...
