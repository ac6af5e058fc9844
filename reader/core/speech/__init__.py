"""Speech: a text said aloud by an engine (espeak-ng), with the time of each word mapped back to the text."""

from reader.core.speech.model import Speech, SpeechError, SpeechOptions, Voice, WordTiming
from reader.core.speech.sentences import sentences
from reader.core.speech.synthesis import speak, unavailable_reason, voices, warm_up

__all__ = [
    "Speech",
    "SpeechError",
    "SpeechOptions",
    "Voice",
    "WordTiming",
    "sentences",
    "speak",
    "unavailable_reason",
    "voices",
    "warm_up",
]
