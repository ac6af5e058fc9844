"""The reading view: an article's paragraphs, right to left (or left to right), justified and spaced."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.core.model import TITLE_ID, Article, Direction, direction_of

_LINE_HEIGHT = 120  # percent of the font's line height: room for the marks above and below Arabic letters


class ReadingView(QTextBrowser):
    """Shows one article; tells which section is at the top as the reader scrolls."""

    sectionChanged = Signal(str)  # the id of the heading (or TITLE_ID) of the section at the top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        self.setViewportMargins(24, 16, 24, 16)
        self.document().setDocumentMargin(24)
        self._article: Article | None = None
        self._block_ids: list[str] = []  # the paragraph or heading id of each block, by block number
        self._section_of_block: list[str] = []  # the section (heading id) each block belongs to
        self._current_section = ""
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    def show_article(self, article: Article) -> None:
        """Lay out an article: title, then each section's heading and paragraphs."""
        self._article = article
        self._block_ids, self._section_of_block = [], []
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(24)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        title_ids = (TITLE_ID, TITLE_ID)
        self._add_block(cursor, article.title, title_ids, "title", direction_of(article.title), first=True)
        for section in article.sections:
            section_id = section.heading_id or TITLE_ID
            if section.heading is not None:
                heading_ids = (section_id, section_id)
                self._add_block(
                    cursor, section.heading, heading_ids, "heading", direction_of(section.heading)
                )
            for paragraph in section.paragraphs:
                paragraph_ids = (paragraph.id, section_id)
                self._add_block(cursor, paragraph.text, paragraph_ids, "paragraph", paragraph.direction)
        cursor.endEditBlock()
        self.setDocument(document)
        self._current_section = ""
        self._follow_scroll()

    def scroll_to(self, block_id: str) -> None:
        """Bring a heading or paragraph to the top of the view."""
        if block_id not in self._block_ids:
            return
        number = self._block_ids.index(block_id)
        block = self.document().findBlockByNumber(number)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))
        self.setTextCursor(QTextCursor(block))
        # Near the end the block cannot reach the top; the section asked for is still the one being read.
        self._current_section = self._section_of_block[number]
        self.sectionChanged.emit(self._current_section)

    def _add_block(
        self,
        cursor: QTextCursor,
        text: str,
        ids: tuple[str, str],
        kind: str,
        direction: Direction,
        first: bool = False,
    ) -> None:
        """Append one block; `ids` are its own id and its section's."""
        block_format = QTextBlockFormat()
        block_format.setLineHeight(_LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if direction == "ltr" else Qt.LayoutDirection.RightToLeft
        )
        char_format = QTextCharFormat()
        size = self.font().pointSizeF()
        if kind == "paragraph":
            block_format.setAlignment(Qt.AlignmentFlag.AlignJustify)
            block_format.setBottomMargin(size)
            char_format.setFontPointSize(size)
        else:  # the title or a heading: aligned to the start side of its own direction
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
            block_format.setHeadingLevel(1 if kind == "title" else 2)
            block_format.setTopMargin(size * (0.5 if kind == "title" else 1.8))
            block_format.setBottomMargin(size * 0.8)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setFontPointSize(size * (1.6 if kind == "title" else 1.25))
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(text, char_format)
        self._block_ids.append(ids[0])
        self._section_of_block.append(ids[1])

    def _follow_scroll(self) -> None:
        number = self.cursorForPosition(self.viewport().rect().topLeft()).block().blockNumber()
        if 0 <= number < len(self._section_of_block):
            section = self._section_of_block[number]
            if section != self._current_section:
                self._current_section = section
                self.sectionChanged.emit(section)
