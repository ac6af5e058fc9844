"""Items that take their direction from their own text, as HTML's dir="auto" does.

A view lays its items out in the interface's direction; Qt's style then draws and elides every text in
that direction too, so an Arabic title in the English interface is cut where a reader starts it and its
Latin words come out in left-to-right order. The delegate here lets the style draw the item (background,
selection, icon) and then draws the text itself: each line of it (a quote and its note are two) laid out
in the direction of its first strong letter, aligned to its own start and elided at its own end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.text import first_strong

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to a model or a delegate


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of a text's first strong letter; `fallback` (the interface's) when it has none."""
    found = first_strong(text)
    if found is None:
        return fallback
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


def led_by(text: str, lead: str) -> str:
    """`text` led by a mark (RLM or LRM) of the direction of `lead`, the part of it that comes first.

    A window manager, like dir="auto", judges a title's direction by its first strong letter; when that
    part is isolated inside `text`, its letters do not count, and the mark says what they would.
    """
    return {"rtl": "\u200f", "ltr": "\u200e"}.get(first_strong(lead) or "", "") + text


def visual_alignment(direction: Qt.LayoutDirection, alignment: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Leading and trailing made left or right for a text in `direction` (absolute alignments are kept)."""
    return QStyle.visualAlignment(direction, alignment)


def line_layouts(
    text: str, font: QFont, width: float, height: float, fallback: Qt.LayoutDirection, *,
    wrap: bool = False, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading,
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> list[QTextLayout]:
    """The lines of `text` laid out to `width`, each in its own direction, the last one that fits elided.

    The layouts' lines are placed from y = 0 down; elision is at the logical end of the text (on the
    left of an Arabic line), whatever the interface's direction.
    """
    metrics = QFontMetricsF(font)
    mode = _elision(elide)
    layouts: list[QTextLayout] = []
    y = 0.0
    for piece in text.replace("\u2028", "\n").split("\n"):  # Qt's delegate gives line breaks as U+2028
        direction = text_direction(piece, fallback)
        if not wrap:
            if mode != Qt.TextElideMode.ElideNone and metrics.horizontalAdvance(piece) > width:
                piece = metrics.elidedText(piece, mode, width)
            layout = _laid_out(piece, font, width, direction, wrap, alignment, y)
        else:
            layout = _laid_out(piece, font, width, direction, wrap, alignment, y)
            kept = _fitting_lines(layout, height - y)
            if not kept and layouts:  # no room left for this line: the row ends with the ones above
                break
            kept = max(kept, 1)
            if kept < layout.lineCount() and mode != Qt.TextElideMode.ElideNone:
                # the lines that fit but the last, then the last one elided, laid out unwrapped
                start = layout.lineAt(kept - 1).textStart()
                if kept > 1:
                    whole = _laid_out(piece, font, width, direction, wrap, alignment, y, lines=kept - 1)
                    layouts.append(whole)
                    y = whole.boundingRect().bottom()
                shown = metrics.elidedText(piece[start:], mode, width)
                layout = _laid_out(shown, font, width, direction, False, alignment, y)
        layouts.append(layout)
        y = layout.boundingRect().bottom()
        if y >= height - 0.5:
            break
    return layouts


class BidiItemDelegate(QStyledItemDelegate):
    """Draws an item's text in the direction of its first strong letter; all else as the style does."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The style draws the item without its text, then the text is drawn in its own direction."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.text:
            super().paint(painter, option, index)
            return
        rect, layouts = self.text_layouts(option, index)
        item.text = ""
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        painter.save()
        painter.setPen(item.palette.color(_colour_group(item), _text_role(item)))
        painter.setClipRect(rect)
        for layout in layouts:
            layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()

    def text_layouts(self, option: QStyleOptionViewItem, index: AnyIndex) -> tuple[QRect, list[QTextLayout]]:
        """Where an item's text goes and its lines laid out, as drawn (placed from the rect's top left)."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)  # the style's own margin around an item's text
        layouts = line_layouts(
            item.text, item.font, rect.width(), rect.height(), item.direction,
            wrap=bool(item.features & QStyleOptionViewItem.ViewItemFeature.WrapText),
            alignment=item.displayAlignment, elide=item.textElideMode,
        )
        used = layouts[-1].boundingRect().bottom() if layouts else 0.0
        if item.displayAlignment & Qt.AlignmentFlag.AlignVCenter:
            rect.setTop(rect.top() + max(0, int((rect.height() - used) / 2)))
        elif item.displayAlignment & Qt.AlignmentFlag.AlignBottom:
            rect.setTop(rect.top() + max(0, int(rect.height() - used)))
        return rect, layouts


def _laid_out(
    text: str, font: QFont, width: float, direction: Qt.LayoutDirection, wrap: bool,
    alignment: Qt.AlignmentFlag, y: float, lines: int = 0,
) -> QTextLayout:
    option = QTextOption()
    option.setTextDirection(direction)
    horizontal = visual_alignment(direction, alignment) & Qt.AlignmentFlag.AlignHorizontal_Mask
    option.setAlignment(horizontal | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.ManualWrap
    )
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    top = y
    while not lines or layout.lineCount() < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout


def _fitting_lines(layout: QTextLayout, height: float) -> int:
    """How many of a layout's lines fit in `height` from its top."""
    if layout.lineCount() == 0:
        return 0
    origin = layout.lineAt(0).y()
    count = 0
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        if line.y() - origin + line.height() > height + 0.5:
            break
        count += 1
    return count


def _elision(mode: Qt.TextElideMode) -> Qt.TextElideMode:
    # Qt's "right" is the logical end of the text, which is the left of an Arabic line: what we want.
    return mode if mode in (Qt.TextElideMode.ElideNone, Qt.TextElideMode.ElideMiddle) else (
        Qt.TextElideMode.ElideRight
    )


def _colour_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Normal


def _text_role(option: QStyleOptionViewItem) -> QPalette.ColorRole:
    selected = option.state & QStyle.StateFlag.State_Selected
    return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
