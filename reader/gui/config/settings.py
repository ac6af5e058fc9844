"""The window's settings, each declared once with its type, default and meaning, stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from reader.gui.config.themes import THEME_NAMES

T = TypeVar("T")

LANGUAGES = ("", "en", "ar")  # "" follows the system locale
SCOPES = ("library", "article")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored preference: where it is kept, its type, its default and what it means."""

    key: str
    type: type[T]
    default: T
    description: str
    choices: tuple[T, ...] = ()


FONT_FAMILY = Setting("reading/font_family", str, "Noto Naskh Arabic", "The font of the article text.")
FONT_SIZE = Setting("reading/font_size", float, 15.0, "The size of the article text, in points (8–40).")
LINE_SPACING = Setting(
    "reading/line_spacing", int, 130, "The height of a line of text, in percent of the font's (100–250)."
)
THEME = Setting(
    "reading/theme", str, "light", "The colours of the window: light, sepia or dark.", THEME_NAMES
)
MEASURE = Setting(
    "reading/measure", int, 38,
    "The longest line of text, in ems of the reading font (30–80); wider windows get margins.",
)
SHOW_DIACRITICS = Setting(
    "reading/show_diacritics", bool, True, "Show the diacritics (harakat); the stored text keeps them."
)
LANGUAGE = Setting(
    "interface/language", str, "", "The interface language: en, ar, or empty to follow the system.", LANGUAGES
)
SEARCH_SCOPE = Setting(
    "search/scope", str, "library", "Where the search looks: the whole library or the open article.", SCOPES
)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "The window's size and place.")
WINDOW_STATE = Setting(
    "window/state", QByteArray, QByteArray(), "The docks' places, sizes and visibility, left to right."
)
# Qt's dock areas are absolute (left, right): a right-to-left interface keeps its own arrangement.
WINDOW_STATE_RTL = Setting(
    "window/state_rtl", QByteArray, QByteArray(), "The docks' arrangement in a right-to-left interface."
)
LAST_ARTICLE = Setting("session/last_article", str, "", "The article open when the window was closed.")
# The IReST texts (Trauzettel-Klosinski & Dietz, 2012) measured adults reading Arabic at 138 ± 20 words a
# minute, English at 228 (aloud; silent English reading is about as fast, 238): an Arabic word carries its
# clitics (و، ال، ب، ـها), so a line holds fewer of them.
READING_SPEED = Setting(
    "reading/words_per_minute", int, 140, "How fast you read, in words per minute (60–600): the time left."
)
SPEECH_VOICE = Setting(
    "speech/voice", str, "", "The voice that reads aloud, by its name; empty for the text's language's own."
)
SPEECH_RATE = Setting("speech/rate", int, 160, "How fast reading aloud speaks, in words per minute (80–450).")
SPEECH_VOCALIZE = Setting(
    "speech/vocalize", bool, True, "Add the harakat to Arabic that lacks them before reading it aloud."
)

POSITIONS_GROUP = "positions"
"""Where older versions kept reading positions (now in the library): one key per article id, the id of the
block at the top of the view. Moved into the library once (see `legacy_positions`)."""

FONT_SIZE_RANGE = (8.0, 40.0)
LINE_SPACING_RANGE = (100, 250)
MEASURE_RANGE = (30, 80)
READING_SPEED_RANGE = (60, 600)
SPEECH_RATE_RANGE = (80, 450)


def _convert(value: Any, setting: Setting[T]) -> T:
    """A stored value as the setting's type (ini files give back strings), or the default."""
    kind = setting.type
    try:
        if kind is bool:
            converted: Any = value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1")
        elif kind is QByteArray:
            converted = value if isinstance(value, QByteArray) else QByteArray()
        else:
            converted = kind(value)  # type: ignore[call-arg]
    except (TypeError, ValueError):
        return setting.default
    if setting.choices and converted not in setting.choices:
        return setting.default
    return converted


class Settings:
    """Typed access to the stored settings; `path` names an ini file (tests), else the user's settings."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Qari", "Qari")
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        """The file the settings are kept in."""
        return Path(self._store.fileName())

    def get(self, setting: Setting[T]) -> T:
        """The stored value of a setting, or its default."""
        value = self._store.value(setting.key)
        return setting.default if value is None else _convert(value, setting)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a setting."""
        self._store.setValue(setting.key, value)

    def legacy_positions(self) -> dict[str, str]:
        """The reading positions an older version kept here (article id → block id), for the library."""
        self._store.beginGroup(POSITIONS_GROUP)
        try:
            found = {key: self._store.value(key) for key in self._store.childKeys()}
            return {key: str(value) for key, value in found.items() if value}
        finally:
            self._store.endGroup()

    def drop_legacy_positions(self) -> None:
        """Forget the positions kept here once the library holds them."""
        self._store.remove(POSITIONS_GROUP)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
