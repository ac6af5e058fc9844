"""The colour themes: light, sepia and dark, for the whole window and the marks in the text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    """The colours of one theme (hex strings)."""

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    highlight: str
    highlighted_text: str
    hit: str
    current_hit: str
    link: str


THEMES: dict[str, Theme] = {
    "light": Theme("light", "#eef0f2", "#fdfdfb", "#f3f4f5", "#1d1d1b", "#6b6f75", "#2b6cb0", "#ffffff",
                   "#ffe38a", "#ffaf45", "#1f5fa8"),
    "sepia": Theme("sepia", "#e9dfc7", "#f6efdc", "#efe5cd", "#4a3b2a", "#7d6a52", "#8a5a2b", "#fff8ea",
                   "#f2cf6b", "#e59a3c", "#7a4a1c"),
    "dark": Theme("dark", "#26282b", "#1c1d1f", "#232528", "#dcdad3", "#9a9ea5", "#4a7fc1", "#ffffff",
                  "#6d5a17", "#b5731c", "#8ab4f8"),
}
THEME_NAMES = tuple(THEMES)
"""The names of the themes, in the order the menus list them."""


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
        app.setPalette(palette_of(theme))
    return theme
