"""The colour themes: light, sepia and dark, for the whole window and the marks in the text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    """The colours of one theme (hex strings).

    The marks in the text (highlights, search hits, matches in result snippets) are drawn under the theme's
    `text`, so each is a background that keeps at least 4.5:1 contrast with it (WCAG 2 AA): pastels under
    dark text, deep tones under the dark theme's light text. Exports keep the core's pastel `COLORS`.
    """

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    highlight: str  # the selection
    highlighted_text: str
    hit: str  # a search hit in the reading view
    current_hit: str  # the hit the reader is on
    link: str
    highlights: dict[str, str]  # highlight colour name (the core's COLORS) → its background here
    match: str  # a match in a search result's snippet
    match_selected: str  # a match in the selected result (on the `highlight` colour)
    note: str  # the pen beside a paragraph with a note, and the dotted line under a noted highlight

    def highlight_colour(self, name: str) -> str:
        """The background of a highlight colour in this theme (yellow's for a name unknown)."""
        return self.highlights.get(name, self.highlights["yellow"])


THEMES: dict[str, Theme] = {
    "light": Theme(
        "light", window="#eef0f2", base="#fdfdfb", alternate="#f3f4f5", text="#1d1d1b", muted="#6b6f75",
        highlight="#2b6cb0", highlighted_text="#ffffff", hit="#ffb74d", current_hit="#ff7a45", link="#1f5fa8",
        highlights={"yellow": "#fff59d", "green": "#c5e1a5", "blue": "#b3e5fc", "pink": "#f8bbd0",
                    "purple": "#d9bdf2"},
        match="#ffb74d", match_selected="#ffb74d", note="#8d6e63",
    ),
    "sepia": Theme(
        "sepia", window="#e9dfc7", base="#f6efdc", alternate="#efe5cd", text="#4a3b2a", muted="#7d6a52",
        highlight="#8a5a2b", highlighted_text="#fff8ea", hit="#f5b25a", current_hit="#f59a6b", link="#7a4a1c",
        highlights={"yellow": "#f7e27c", "green": "#c8dca0", "blue": "#b6d9ea", "pink": "#f5bccb",
                    "purple": "#d6c0ee"},
        match="#f5b25a", match_selected="#f5b25a", note="#8a5a2b",
    ),
    "dark": Theme(
        "dark", window="#26282b", base="#1c1d1f", alternate="#232528", text="#dcdad3", muted="#9a9ea5",
        highlight="#3d6fae", highlighted_text="#ffffff", hit="#7a4100", current_hit="#a12d0e", link="#8ab4f8",
        highlights={"yellow": "#5c5300", "green": "#2f5b2c", "blue": "#1f4e79", "pink": "#7d2e57",
                    "purple": "#553a8e"},
        match="#7a4100", match_selected="#7a4100", note="#c8a27a",
    ),
}
THEME_NAMES = tuple(THEMES)
"""The names of the themes, in the order the menus list them."""
_THEME_PROPERTY = "qariTheme"  # the application's dynamic property naming the theme in use


def theme_label(name: str) -> str:
    """The name of a theme as the interface shows it."""
    labels = {
        "light": QCoreApplication.translate("Theme", "Light"),
        "sepia": QCoreApplication.translate("Theme", "Sepia"),
        "dark": QCoreApplication.translate("Theme", "Dark"),
    }
    return labels.get(name, name)


def palette_of(theme: Theme) -> QPalette:
    """A palette for every widget of the window in this theme."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: theme.window, roles.WindowText: theme.text, roles.Base: theme.base,
        roles.AlternateBase: theme.alternate, roles.Text: theme.text, roles.Button: theme.window,
        roles.ButtonText: theme.text, roles.Highlight: theme.highlight,
        roles.HighlightedText: theme.highlighted_text, roles.ToolTipBase: theme.base,
        roles.ToolTipText: theme.text, roles.PlaceholderText: theme.muted, roles.Link: theme.link,
        roles.BrightText: theme.highlighted_text,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted))
    return palette


def apply_theme(name: str) -> Theme:
    """Colour the application with a theme (the light one when the name is unknown); returns it."""
    theme = THEMES.get(name, THEMES["light"])
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setProperty(_THEME_PROPERTY, theme.name)  # before the palette: repaints read current_theme()
        app.setPalette(palette_of(theme))
    return theme


def current_theme() -> Theme:
    """The theme the application is coloured with (light before any): for what paints itself, as icons."""
    app = QApplication.instance()
    name = app.property(_THEME_PROPERTY) if app is not None else None
    return THEMES.get(name if isinstance(name, str) else "", THEMES["light"])
