"""How paragraphs are set: justified by widening the spaces between words only, never by pulling the
letters of a word apart; a full line ends flush with the column, one whose spaces cannot take the slack
stays at its start edge; Latin words inside Arabic are set in the bundled Latin face."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QTextBlock,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication

from reader.core.document import Article, Paragraph, Section, Source
from reader.core.document.importers import read_draft
from reader.core.document.model import build_article
from reader.gui.reading.textdocument import DOCUMENT_MARGIN, LATIN_FAMILY, ReadingStyle
from reader.gui.reading.textview import ReadingView
from reader.gui.window.launch import create_application
from reader.resources import resource_path
from tests.helpers import SEED

MIXED = (
    "أعلنت شركة Apple أن رئيسها التنفيذي Tim Cook سيزور الرياض في 12 مارس 2025 لافتتاح مركز للمطورين، "
    "ويمكن التواصل مع المكتب الإعلامي لوزارة الخارجية عبر البريد press-office@example.com أو رقم الهاتف "
    "+966 11 555 0123 أو زيارة الموقع https://www.example.org/ar/news/2025/03/developer-centre لمعرفة "
    "التفاصيل، وقد بلغت الإيرادات 94.8 مليار دولار خلال الربع الأخير بحسب تقرير Reuters الصادر يوم "
    "الخميس عن المكتب الإقليمي في Dubai Internet City."
)
COLUMN_EMS = (30, 33, 38)  # the narrowest column the window allows, one between, the widest


def seed_article() -> Article:
    draft = read_draft(SEED, SEED.read_bytes())
    return build_article("seed", draft, Source(str(SEED), "text", "utf-8", "0"))


def mixed_article() -> Article:
    paragraphs = (Paragraph("p1", MIXED, "rtl"), Paragraph("p2", MIXED.replace("Apple", "Microsoft"), "rtl"))
    source = Source("mixed.txt", "text", "utf-8", "0")
    return Article("mixed", "نص مختلط", source, (Section(None, None, paragraphs),))


@pytest.fixture
def view(qtbot) -> ReadingView:
    create_application()  # the bundled fonts
    shown = ReadingView()
    shown.set_reading_style(ReadingStyle())
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def em() -> int:
    """The reading font's em in pixels."""
    style = ReadingStyle()
    font = QFont(style.family)
    font.setPointSizeF(style.size)
    return QFontInfo(font).pixelSize()


def lay_out_at(view: ReadingView, article: Article, ems: int) -> float:
    """Show the article in a column `ems` wide and paint it all, a screenful at a time; returns the width
    of its lines."""
    if view.article is not article:
        view.show_article(article)
    column = ems * em() + 2 * DOCUMENT_MARGIN
    margins = view.viewportMargins()
    chrome = view.width() - view.viewport().width() - margins.left() - margins.right()
    view.resize(column + chrome + 2 * 16, 700)  # the view keeps 16 px on each side of a narrow column
    for _ in range(3):  # a scroll bar that comes or goes changes the width left for the text
        width = view.document().textWidth() - 2 * DOCUMENT_MARGIN
        if width != ems * em():
            view.resize(view.width() + ems * em() - int(width), 700)
    assert width == pytest.approx(ems * em(), abs=2)
    bar = view.verticalScrollBar()
    for top in range(0, bar.maximum() + view.viewport().height(), view.viewport().height()):
        bar.setValue(top)
        view.viewport().grab()
    return width


def paragraphs(view: ReadingView) -> list[QTextBlock]:
    document = view.document()
    found, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 0:
            found.append(block)
        block = block.next()
    return found


def natural_layout(block: QTextBlock, width: float) -> QTextLayout:
    """The block laid out by Qt without any justification, at the same width."""
    layout = QTextLayout(block)
    option = QTextOption(block.document().defaultTextOption())
    option.setTextDirection(block.blockFormat().layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
    layout.endLayout()
    return layout


def advance(line: QTextLine, start: int, end: int) -> float:
    """How far apart a word's first and last letters are drawn (its edges can touch a widened space)."""
    xs = [line.cursorToX(position)[0] for position in range(start + 1, end)]
    return max(xs) - min(xs) if xs else 0.0


def extent(line: QTextLine, text: str) -> tuple[float, float]:
    """Where the line's text begins and ends as drawn, trailing spaces left out: from its glyphs, since in a
    line of mixed directions a cursor position at a change of direction has two places."""
    length = len(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    lefts, rights = [], []
    for run in line.glyphRuns(line.textStart(), length):
        advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
        xs = [position.x() for position in run.positions()]
        lefts.append(min(xs))
        rights.append(max(x + advance.x() for x, advance in zip(xs, advances, strict=True)))
    return min(lefts), max(rights)


def check_paragraphs(view: ReadingView, width: float) -> tuple[int, int]:
    """Every word as wide as unjustified; full lines flush with both edges, the others at the start edge.
    Returns the numbers of lines justified and left at the start edge."""
    justified = ragged = 0
    for block in paragraphs(view):
        text, shown, natural = block.text(), block.layout(), natural_layout(block, width)
        assert shown.lineCount() == natural.lineCount(), "justifying moved a line break"
        rtl = block.textDirection().name == "RightToLeft"
        for number in range(shown.lineCount() - 1):  # the last line of a paragraph is never justified
            line, plain = shown.lineAt(number), natural.lineAt(number)
            assert (line.textStart(), line.textLength()) == (plain.textStart(), plain.textLength())
            assert line.width() == pytest.approx(width, abs=1)
            words = list(re.finditer(r"\S+", text[line.textStart() : line.textStart() + line.textLength()]))
            for word in words:
                start, end = line.textStart() + word.start(), line.textStart() + word.end()
                assert advance(line, start, end) == pytest.approx(advance(plain, start, end), abs=1), (
                    f"{word.group()!r} is spread at {width:.0f} px"
                )
            left, right = extent(line, text)
            start_edge = right if rtl else left
            assert start_edge == pytest.approx(line.width() if rtl else 0, abs=1), "not at the start edge"
            gaps = len(words) - 1
            slack = width - plain.naturalTextWidth()
            if gaps and slack / gaps <= em():  # the spaces can take the slack: the line fills the column
                justified += 1
                # Qt's line breaker keeps room for the overhang of a line's last glyph (its negative right
                # bearing, a pixel here) and counts it twice, and on a few lines it refuses the last pixel:
                # a line can come that close to the end edge, no closer.
                overhang = line.naturalTextWidth() - line.horizontalAdvance()
                end_gap = left if rtl else line.width() - right
                assert end_gap <= 2 * overhang + 1.5, f"line {number} of {text[:20]!r} not flush, {width} px"
            else:
                ragged += 1
    return justified, ragged


@pytest.mark.parametrize("ems", COLUMN_EMS)
def test_the_seed_article_is_justified_by_its_spaces_alone(view, ems):
    width = lay_out_at(view, seed_article(), ems)
    justified, ragged = check_paragraphs(view, width)
    assert justified > 10 * max(ragged, 1)


@pytest.mark.parametrize("ems", COLUMN_EMS)
def test_mixed_arabic_and_latin_lines_are_justified_by_their_spaces_alone(view, ems):
    width = lay_out_at(view, mixed_article(), ems)
    justified, _ = check_paragraphs(view, width)
    assert justified >= 4


def test_justification_follows_a_resize(view, qtbot):
    lay_out_at(view, seed_article(), 38)
    width = lay_out_at(view, view.article, 31)  # narrower, the same document: laid out again
    check_paragraphs(view, width)
    width = lay_out_at(view, view.article, 36)
    check_paragraphs(view, width)


def test_latin_words_are_set_in_the_bundled_latin_face(view):
    lay_out_at(view, mixed_article(), 33)
    block = paragraphs(view)[0]
    faces: dict[str, set[str]] = {}
    for number in range(block.layout().lineCount()):
        for run in block.layout().lineAt(number).glyphRuns():
            faces.setdefault(run.rawFont().familyName(), set()).add(run.rawFont().styleName())
    assert set(faces) == {ReadingStyle().family, LATIN_FAMILY}


def test_marks_keep_the_lines_justified(view):
    width = lay_out_at(view, seed_article(), 30)
    mark = QTextCharFormat()
    mark.setBackground(QColor("yellow"))
    paragraph = view.article.paragraphs()[0]
    view.apply_marks([(paragraph.id, 10, 60, mark)])
    view.viewport().grab()
    check_paragraphs(view, width)


def test_the_end_of_an_article_scrolled_to_quickly_is_laid_out_and_shown(view, qtbot):
    # Justifying the lines in sight while the view painted left Qt's lazy layout behind: the last
    # sections of the bundled sample stayed blank, and the view could not scroll to them.
    sample = resource_path("samples/welcome.txt")
    draft = read_draft(sample, sample.read_bytes())
    view.show_article(build_article("welcome", draft, Source(str(sample), "text", "utf-8", "0")))
    qtbot.wait(50)
    for _ in range(40):  # wheel turns, each painted before the next, as a reader flicks to the end
        turn = QWheelEvent(QPointF(300, 300), QPointF(300, 300), QPoint(0, 0), QPoint(0, -120),
                           Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                           Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), turn)
        QApplication.processEvents()
    document = view.document()
    unlaid = [number for number in range(document.blockCount())
              if document.findBlockByNumber(number).text() and
              document.findBlockByNumber(number).layout().lineCount() == 0]
    assert unlaid == []
    last = document.documentLayout().blockBoundingRect(document.lastBlock())
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() and last.bottom() <= bar.value() + view.viewport().height()
