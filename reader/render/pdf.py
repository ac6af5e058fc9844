"""PDF: the HTML export laid out by Qt's QTextDocument and painted page by page onto a QPdfWriter.

Qt shapes Arabic with HarfBuzz, so the letters join and the harakat sit on them, and it embeds the fonts:
the bundled Noto Naskh Arabic is loaded for this. Without a display (a server, a test run) Qt is started
on its offscreen platform.

Qt reads one HTML page in a time that grows with the square of its length, and `QTextDocument.print_`
pages through a long document slowly too (100,000 highlights took more than five minutes). So the export
is made in parts of at most `PART` highlights (an article with more is continued in the next part, under
its title again), each part read as its own page of HTML and painted after the one before, on a new page,
with the page numbers at the foot.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence

from reader.core.export import FORMATS, AnnotatedArticle, page_title
from reader.resources import FONTS, resource_path

_application = None  # the Qt application this module had to start, kept alive while the process runs
_PAGE_MARGIN_MM = 18
_BODY_POINT_SIZE = 12
_FOOTER_POINT_SIZE = 9
PART = 400
"""The most highlights read as one HTML page."""


def render(items: Sequence[AnnotatedArticle], language: str = "en") -> bytes:
    """The PDF export of the articles' highlights: their HTML export, laid out by Qt."""
    pages = [FORMATS["html"].bytes_of(part, language).decode("utf-8") for part in parts(items)]
    return render_pdf(pages, page_title(items, language))


def parts(items: Sequence[AnnotatedArticle]) -> Iterator[list[AnnotatedArticle]]:
    """The articles in groups of at most PART highlights (an article without any counts as one)."""
    part: list[AnnotatedArticle] = []
    room = PART
    for item in items:
        highlights, bookmarks = item.highlights, item.bookmarks
        while True:
            taken, highlights = highlights[:room], highlights[room:]
            part.append(AnnotatedArticle(item.article, taken, bookmarks))
            bookmarks = ()  # listed once, with the article's first part
            room -= max(len(taken), 1)
            if room <= 0:
                yield part
                part, room = [], PART
            if not highlights:
                break
    if part or not items:
        yield part


def render_pdf(pages: Sequence[str], title: str = "Highlights") -> bytes:
    """The PDF of HTML pages (as the HTML export makes them) one after the other, A4, with Arabic shaped
    and the pages numbered."""
    _ensure_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    families = _load_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Qari")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[_PAGE_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    font = QFont(families[0]) if families else QFont()
    font.setPointSize(_BODY_POINT_SIZE)
    footer = QFont(font)
    footer.setPointSize(_FOOTER_POINT_SIZE)
    painter = QPainter(writer)
    painter.setFont(footer)
    footer_height = 2 * painter.fontMetrics().height()
    body = QSizeF(area.width(), area.height() - footer_height)
    number = 0
    for html in pages:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setPageSize(body)
        for page in range(document.pageCount()):
            if number:
                writer.newPage()
            number += 1
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer)
            foot = QRectF(0, body.height(), body.width(), footer_height)
            bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(foot, int(bottom), str(number))
    painter.end()
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def _ensure_application() -> None:
    """Start a Qt GUI application if none runs; offscreen when there is no display to connect to."""
    global _application
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([sys.argv[0] if sys.argv else "qari"])


def _load_fonts() -> list[str]:
    """Add the bundled Arabic fonts to Qt's font database; their family names, bundled ones first."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for relative in FONTS:
        path = resource_path(relative)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families
