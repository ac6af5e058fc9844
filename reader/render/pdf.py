"""PDF: the HTML export laid out by Qt's QTextDocument and printed through QPdfWriter.

Qt shapes Arabic with HarfBuzz, so the letters join and the harakat sit on them, and it embeds the fonts:
the bundled Noto Naskh Arabic is loaded for this. Without a display (a server, a test run) Qt is started
on its offscreen platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from reader.core.export import FORMATS, AnnotatedArticle, page_title
from reader.resources import FONTS, resource_path

_application = None  # the Qt application this module had to start, kept alive while the process runs
_PAGE_MARGIN_MM = 18
_BODY_POINT_SIZE = 12


def render(items: Sequence[AnnotatedArticle], language: str = "en") -> bytes:
    """The PDF export of the articles' highlights: their HTML export, laid out by Qt."""
    return render_pdf(FORMATS["html"].bytes_of(items, language).decode("utf-8"), page_title(items, language))


def render_pdf(html: str, title: str = "Highlights") -> bytes:
    """The PDF of an HTML page (as the HTML export makes it), A4, with Arabic shaped."""
    _ensure_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    families = _load_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Qari")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[_PAGE_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    font = QFont(families[0]) if families else QFont()
    font.setPointSize(_BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
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
