"""Theme-aware marks: every mark readable under its theme's text (WCAG 2 AA), the highlight colours still
themselves and apart, and a change of theme repainting every mark the window shows."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from reader.core.highlights import COLORS
from reader.gui.config.themes import THEMES, Theme, apply_theme
from reader.gui.panes.snippets import SNIPPET_ROLE, SnippetDelegate, snippet_html
from reader.gui.reading.highlighting import HIGHLIGHT_ID
from tests.gui.test_search import type_query, wait_for_marks

AA = 4.5  # WCAG 2 AA, normal text
APART = 15.0  # CIE76 ΔE*ab between any two marks of a theme: far beyond a just noticeable difference (~2.3)
HUES = {  # HSL hue (degrees) in which each highlight colour must stay to be called by its name
    "yellow": (45, 65),
    "green": (75, 150),
    "blue": (190, 220),
    "pink": (315, 355),
    "purple": (250, 300),
}


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance."""
    c = QColor(colour)
    return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    c = QColor(colour)
    r, g, b = _linear(c.red()), _linear(c.green()), _linear(c.blue())
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def marks(theme: Theme) -> dict[str, str]:
    """Every background drawn under the theme's text: highlights, hits, snippet matches."""
    return {
        **theme.highlights,
        "hit": theme.hit,
        "current hit": theme.current_hit,
        "match": theme.match,
        "match in the selected result": theme.match_selected,
    }


# The colours ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_the_theme_text_keeps_aa_contrast_on_every_mark(theme):
    ratios = {name: contrast(theme.text, colour) for name, colour in marks(theme).items()}
    # the rest of a selected result: the selection's text on the selection
    ratios["selected result"] = contrast(theme.highlighted_text, theme.highlight)
    below = {name: round(ratio, 2) for name, ratio in ratios.items() if ratio < AA}
    assert not below, f"{theme.name}: below {AA}:1 — {below}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_highlight_colours_keep_their_names_and_stay_apart_from_each_other_and_the_hits(theme):
    assert set(theme.highlights) == set(COLORS)  # the core's names, each with its colour in every theme
    for name, colour in theme.highlights.items():
        low, high = HUES[name]
        assert low <= QColor(colour).hslHue() <= high, f"{theme.name} {name} {colour} is not {name}"
    seen = {**theme.highlights, "hit": theme.hit, "current hit": theme.current_hit, "page": theme.base}
    for (one, first), (other, second) in itertools.combinations(seen.items(), 2):
        assert math.dist(lab(first), lab(second)) >= APART, f"{theme.name}: {one} and {other} too alike"
    # a match in the selected result stands out of the selection
    assert math.dist(lab(theme.match_selected), lab(theme.highlight)) >= APART


def test_exports_keep_their_pastels():
    assert COLORS == {
        "yellow": "#fff59d",
        "green": "#c5e1a5",
        "blue": "#b3e5fc",
        "pink": "#f8bbd0",
        "purple": "#e1bee7",
    }


# What is painted ------------------------------------------------------------------------------------


def colours_in(image: QImage, area: QRect | None = None) -> dict[str, int]:
    """How many pixels of each colour (#rrggbb) an image (or an area of it) holds."""
    area = area or image.rect()
    counts: dict[str, int] = {}
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            name = image.pixelColor(x, y).name()
            counts[name] = counts.get(name, 0) + 1
    return counts


def bounds_of(image: QImage, colour: str, area: QRect) -> QRect:
    """The smallest rectangle around the pixels of a colour within an area."""
    found = QRect()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            if image.pixelColor(x, y).name() == colour:
                found = found.united(QRect(x, y, 1, 1))
    return found


@pytest.fixture
def themed():
    """apply_theme, and the light theme back afterwards."""
    yield apply_theme
    apply_theme("light")


@pytest.mark.parametrize("name", THEMES)
def test_a_snippet_match_is_the_theme_text_on_its_mark_in_a_plain_and_in_the_selected_row(
    qtbot, themed, name
):
    theme = themed(name)
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    tree.setItemDelegate(SnippetDelegate(tree))
    tree.resize(420, 200)
    text = "كان الورق أرخص من الرق المصنوع من الجلود"
    start = text.index("الورق")
    rows = [QTreeWidgetItem(tree, [text]) for _ in range(2)]
    for item in rows:
        item.setData(0, SNIPPET_ROLE, snippet_html(text, [(start, start + len("الورق"))]))
    tree.show()
    qtbot.waitExposed(tree)
    tree.setCurrentItem(rows[1])  # the second row selected, the first plain
    image = tree.viewport().grab().toImage()
    for row, background in ((0, theme.match), (1, theme.match_selected)):
        rect = tree.visualItemRect(rows[row])
        chip = bounds_of(image, background, rect)
        assert chip.width() > 10, f"{name}: no match mark in row {row}"
        inside = colours_in(image, chip)
        assert inside.get(QColor(theme.text).name(), 0) > 0  # the letters of the match in the theme's text
        if row == 1:  # never the selection's text colour (white on a pale mark)
            assert QColor(theme.highlighted_text).name() not in inside


@pytest.fixture
def window(open_window):
    return open_window("en")


PHRASES = {
    "yellow": "سوق الورّاقين",
    "green": "ابن النديم",
    "blue": "حارسان للذاكرة",
    "pink": "حين دارت المطبعة",
    "purple": "القراءة على الشاشات",
}


def select(view, text: str) -> None:
    found = view.document().find(text)
    assert not found.isNull(), text
    view.setTextCursor(found)


def background_under(view, text: str) -> str:
    found = view.document().find(text)
    cursor = QTextCursor(view.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    return cursor.charFormat().background().color().name()


def ink(image: QImage) -> str:
    """The colour farthest from an image's commonest one (its background): the full colour of thin,
    smoothed strokes, whose other pixels are blends of it with the background."""
    counts = colours_in(image)
    background = lab(max(counts, key=lambda colour: counts[colour]))
    return max(counts, key=lambda colour: math.dist(lab(colour), background))


def swatch_colour(icon, size: int = 16) -> str:
    return icon.pixmap(QSize(size, size)).toImage().pixelColor(size // 2, size // 2).name()


def painted(window, theme: Theme) -> dict[str, object]:
    """The colours of every mark as the window draws them now, and whether `theme`'s snippet matches and
    note pen are among them."""
    view, pane = window.view, window.highlights_panel
    noted = next(h for h in window.highlights.store.highlights(view.article.id) if h.note)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().find(PHRASES[noted.color]).selectionStart() + 2)
    snippets = colours_in(window.search_panel.results.viewport().grab().toImage())
    pen = ink(window.note_markers.grab().toImage())
    return {
        "highlights": {colour: background_under(view, phrase) for colour, phrase in PHRASES.items()},
        "note line": cursor.charFormat().underlineColor().name(),
        "hits": {selection.format.background().color().name() for selection in view.extraSelections()},
        "bar": {name: swatch_colour(button.icon()) for name, button in window.highlight_bar.buttons.items()},
        "menu": {
            name: swatch_colour(action.icon()) for name, action in window.highlight_commands.colors.items()
        },
        "pane": {
            pane.color_box.itemData(i): swatch_colour(pane.color_box.itemIcon(i))
            for i in range(1, pane.color_box.count())
        },
        "snippet matches": {c for c in (theme.match, theme.match_selected) if snippets.get(c, 0) > 20},
        "note pen": math.dist(lab(pen), lab(theme.note)) < 8,
    }


def expected(theme: Theme) -> dict[str, object]:
    """What `painted` finds when every mark is in a theme's colours."""
    return {
        "highlights": dict(theme.highlights),
        "note line": theme.note,
        "hits": {theme.hit, theme.current_hit},
        "bar": dict(theme.highlights),
        "menu": dict(theme.highlights),
        "pane": dict(theme.highlights),
        "snippet matches": {theme.match, theme.match_selected},
        "note pen": True,
    }


def test_switching_from_dark_to_light_repaints_every_mark(window, qtbot):
    view, dark, light = window.view, THEMES["dark"], THEMES["light"]
    window.commands.themes["dark"].trigger()
    for colour, phrase in PHRASES.items():
        select(view, phrase)
        [made] = window.highlights.highlight_selection(colour)
        if colour == "yellow":
            dialog = window.highlights.edit_note(made.id)
            dialog.editor.setPlainText("ملاحظة")
            dialog.accept()
            noted = made
    type_query(qtbot, window, "الورق")
    wait_for_marks(qtbot, window)
    view.scroll_to(noted.paragraph)  # the note's pen in sight, and the hit made current near it
    window.search.next_hit()
    results = window.search_panel.results
    results.setCurrentItem(results.topLevelItem(0).child(0))
    assert painted(window, dark) == expected(dark)

    window.commands.themes["light"].trigger()
    assert painted(window, light) == expected(light)
    dark_marks = {dark.match, dark.match_selected, *dark.highlights.values()}
    assert not dark_marks & set(colours_in(results.viewport().grab().toImage()))
    ids = {h.color: h.id for h in window.highlights.store.highlights(view.article.id)}
    for colour, phrase in PHRASES.items():  # repainted in place: still the same highlights
        found = view.document().find(phrase)
        cursor = QTextCursor(view.document())
        cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
        assert cursor.charFormat().stringProperty(HIGHLIGHT_ID) == ids[colour]
