"""The engine that ships: the espeak-ng library (Debian's libespeak-ng1), called through ctypes.

espeak-ng keeps one global state, so every call goes through one lock. Its word events count characters
of the text (not bytes), from 1; `EngineWord` counts from 0. The library's name can be set with
$QARI_ESPEAK_LIBRARY (a file name or path), which is also how a test makes it missing.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading

from reader.core.speech.engine import EngineWord, Synthesis
from reader.core.speech.model import SpeechError, Voice

LIBRARY_VARIABLE = "QARI_ESPEAK_LIBRARY"
_LOCK = threading.Lock()  # espeak-ng is not thread-safe: one synthesis (or voice listing) at a time
_SYNCHRONOUS = 2  # AUDIO_OUTPUT_SYNCHRONOUS: espeak_Synth returns when all audio has reached the callback
_DONT_EXIT = 0x8000  # espeakINITIALIZE_DONT_EXIT: a missing espeak-ng-data is an error, not exit()
_CHARS_UTF8 = 1
_END_PAUSE = 0x1000  # espeakENDPAUSE: the pause after a sentence at the end too (about 350 ms)
_POS_CHARACTER = 1
_RATE = 1  # espeakRATE
_EVENT_WORD = 1
_EVENT_LIST_TERMINATED = 0
_RATE_RANGE = (80, 450)


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):  # espeak_EVENT in speak_lib.h
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


class _Voice(ctypes.Structure):  # espeak_VOICE in speak_lib.h
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_void_p),
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    ]


_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


def library_name() -> str:
    """The espeak-ng library to load: $QARI_ESPEAK_LIBRARY, or the platform's usual name for it."""
    configured = os.environ.get(LIBRARY_VARIABLE)
    if configured:
        return configured
    if sys.platform.startswith("linux"):
        return "libespeak-ng.so.1"
    import ctypes.util  # elsewhere the name is looked up (it runs tools, so only there)

    return ctypes.util.find_library("espeak-ng") or "libespeak-ng"


class EspeakEngine:
    """espeak-ng behind the `Engine` interface; SpeechError from the constructor when it cannot load."""

    def __init__(self, library: str | None = None) -> None:
        name = library or library_name()
        try:
            self._lib = ctypes.CDLL(name)
        except OSError:
            raise SpeechError(
                f"Speech needs the espeak-ng library ({name}), which is not installed "
                "(on Debian or Ubuntu: apt install libespeak-ng1)."
            ) from None
        try:
            self._declare()
        except AttributeError:  # not espeak-ng, or one older than its 1.49 API
            raise SpeechError(f"{name} is not an espeak-ng library Qari can use.") from None
        self._audio: list[bytes] = []
        self._events: list[EngineWord] = []
        self._voices: list[tuple[str, dict[str, int], str]] | None = None
        self._callback = _CALLBACK(self._receive)  # kept: the library holds only a pointer to it
        with _LOCK:
            self.sample_rate = self._lib.espeak_Initialize(_SYNCHRONOUS, 0, None, _DONT_EXIT)
            if self.sample_rate <= 0:
                raise SpeechError(
                    "Speech needs espeak-ng's voice data (on Debian or Ubuntu: apt install espeak-ng-data)."
                )
            self._lib.espeak_SetSynthCallback(self._callback)

    def _declare(self) -> None:
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))

    def _receive(self, wav: ctypes._Pointer, count: int, events: ctypes._Pointer) -> int:
        """The synthesis callback: keep the samples and the word events (0 = go on)."""
        if wav and count > 0:
            self._audio.append(ctypes.string_at(wav, count * 2))
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == _EVENT_WORD:
                self._events.append(EngineWord(event.text_position - 1, event.length, event.audio_position))
            i += 1
        return 0

    def synthesize(self, text: str, voice: str, rate: int, pause_after: bool = False) -> Synthesis:
        """Speak `text` with `voice` at `rate` words per minute (clamped to espeak's 80-450)."""
        data = text.encode("utf-8")
        with _LOCK:
            if self._lib.espeak_SetVoiceByName(voice.encode("utf-8")) != 0:
                raise SpeechError(f"espeak-ng has no voice called {voice!r}.")
            self._lib.espeak_SetParameter(_RATE, max(_RATE_RANGE[0], min(_RATE_RANGE[1], rate)), 0)
            self._lib.espeak_SetSynthCallback(self._callback)  # espeak-ng's state is global: ours, now
            self._audio, self._events = [], []
            status = self._lib.espeak_Synth(
                data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8 | (_END_PAUSE if pause_after else 0),
                None, None,
            )
            audio, words = b"".join(self._audio), tuple(self._events)
            self._audio, self._events = [], []
        if status != 0:
            raise SpeechError(f"espeak-ng could not speak the text (error {status}).")
        return Synthesis(audio, self.sample_rate, words)

    def voices(self, language: str = "") -> list[Voice]:
        """espeak-ng's voices (for `language` and its dialects when given), by label."""
        found = [
            Voice(name, next(iter(codes)), label)
            for name, codes, label in self._table()
            if not language or any(_speaks(code, language) for code in codes)
        ]
        return sorted(found, key=lambda voice: voice.label)

    def default_voice(self, language: str) -> str:
        """The voice espeak-ng prefers for `language` ("en-GB", else its base "en"); "" when none does."""
        code = language.lower().replace("_", "-")
        for candidate in (code, code.split("-")[0]):
            ranked = [(codes[candidate], name) for name, codes, _ in self._table() if candidate in codes]
            if ranked:
                return min(ranked)[1]
        return ""

    def _table(self) -> list[tuple[str, dict[str, int], str]]:
        """Each voice's name, language codes with their priority (lower is preferred) and label, read once."""
        if self._voices is None:
            table = []
            with _LOCK:
                entries = self._lib.espeak_ListVoices(None)
                i = 0
                while entries[i]:
                    entry = entries[i].contents
                    codes = _languages(entry.languages)
                    if codes and entry.identifier:
                        label = (entry.name or b"").decode("utf-8", "replace")
                        table.append((entry.identifier.decode("utf-8", "replace"), codes, label))
                    i += 1
            self._voices = table
        return self._voices


def _speaks(code: str, language: str) -> bool:
    """Whether a voice's language code is `language` or one of its dialects."""
    return code == language.lower() or code.startswith(language.lower() + "-")


def _languages(pointer: int | None) -> dict[str, int]:
    """espeak_VOICE.languages: (priority byte, NUL-terminated code) pairs ending with a zero priority; each
    code with its priority, in the voice's order."""
    codes: dict[str, int] = {}
    while pointer and ctypes.string_at(pointer, 1) != b"\0":
        code = ctypes.string_at(pointer + 1)
        codes[code.decode("ascii", "replace")] = ctypes.string_at(pointer, 1)[0]
        pointer += len(code) + 2
    return codes
