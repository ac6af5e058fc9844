"""Search result snippets: a piece of the paragraph around its matches, the matches emphasized.

The matches' colours are not in the items: the delegate gives them as it paints, from the theme in use and
whether the row is selected, so a change of theme shows on the results already listed."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.text import Direction, direction_of, isolate
from reader.gui.config.themes import Theme, current_theme

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to a model or a delegate
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 10  # an item's snippet as HTML; items without one draw as usual
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks that survive html.escape


def snippet_html(text: str, spans: list[tuple[int, int]], headings: Sequence[str] = ()) -> str:
    """A snippet of `text` around its first spans, each span emphasized, as rich text in its direction;
    above it, when given, the trail of headings it is under ("Chapter › Section", see `trail_html`)."""
    # With the search code, loaded once search is used; the width is the core's, as on the command line.
    from reader.core.search import SNIPPET_WIDTH, snippet

    piece = html.escape(snippet(text, spans, SNIPPET_WIDTH, (_OPEN, _CLOSE)), quote=False)
    piece = piece.replace(_OPEN, '<b class="match">').replace(_CLOSE, "</b>")
    direction = direction_of(text)
    align = "right" if direction == "rtl" else "left"
    return f'{trail_html(headings)}<div dir="{direction}" align="{align}">{piece}</div>'


def trail_html(headings: Sequence[str]) -> str:
    """The headings a result is under, outermost first, as one quiet line: "Chapter › Section". An
    Arabic trail runs right to left: it reads from the right and its arrows point left; each heading is
    isolated, so one in the other direction keeps its place."""
    if not headings:
        return ""
    direction = direction_of("".join(headings))
    align = "right" if direction == "rtl" else "left"
    shown = trail_separator(direction).join(html.escape(isolate(text), quote=False) for text in headings)
    return f'<div class="trail" dir="{direction}" align="{align}">{shown}</div>'


def trail_separator(direction: Direction) -> str:
    """The arrow between the headings of a trail, pointing the way it reads. Chosen by direction, not
    left to the bidi algorithm's mirroring: Qt draws › unmirrored in a right-to-left line."""
    return " ‹ " if direction == "rtl" else " › "


def match_style(theme: Theme, selected: bool) -> str:
    """The style sheet of a snippet: its matches in the theme's text on its match colour, the one for a
    selected row there (never the selection's own text colour, which would be white on a pale mark); its
    trail of headings in the theme's quiet colour, or the selection's text colour on a selected row."""
    background = theme.match_selected if selected else theme.match
    trail = theme.highlighted_text if selected else theme.muted
    return f"b.match {{ background-color: {background}; color: {theme.text}; }} .trail {{ color: {trail}; }}"


class SnippetDelegate(QStyledItemDelegate):
    """Draws items that carry a snippet as wrapped rich text; other items as usual."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = parent
        # Laid-out snippets by (markup, width, style): the view asks each row's height again and again.
        self._laid_out: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, markup: str, width: float, style: str) -> QTextDocument:
        key = (markup, int(width), style)
        found = self._laid_out.get(key)
        if found is not None:
            return found
        if len(self._laid_out) > 400:
            self._laid_out.clear()
        document = QTextDocument()  # owned here, freed when dropped from the cache
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(text_option)
        document.setDefaultStyleSheet(style)
        document.setHtml(markup)
        document.setTextWidth(max(width, 80.0))
        self._laid_out[key] = document
        return document

    def _width(self, option: QStyleOptionViewItem, index: AnyIndex) -> float:
        width = option.rect.width()
        if width <= 0:  # asked for a size before the item has a place: take the column's width
            view = self._view
            width = view.columnWidth(index.column()) - view.indentation() * 2  # type: ignore[attr-defined]
        return float(width)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Draw the item's background and selection, then its snippet."""
        markup = index.data(SNIPPET_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(item, markup, option.rect.width(), match_style(current_theme(), selected))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The height of the wrapped snippet."""
        markup = index.data(SNIPPET_ROLE)
        if not markup:
            return super().sizeHint(option, index)
        width = self._width(option, index)
        document = self._document(option, markup, width, match_style(current_theme(), False))
        return QSize(int(width), int(document.size().height()) + 4)
