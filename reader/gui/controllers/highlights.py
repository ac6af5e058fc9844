"""The highlights controller: the selection made into highlights, recoloured, noted, attached and deleted
through the undo stack; the view painted paragraph by paragraph, the note markers and the pane kept current.

The undo commands announce the records they touch on the shared `Changes`; this controller listens and
repaints, whoever made the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from reader.core.errors import QariError
from reader.core.highlights import COLORS, Highlight, make_highlight
from reader.gui.config.themes import Theme, current_theme
from reader.gui.controllers.highlightedits import AddHighlights, Attach, DeleteHighlights, EditNote, Recolor
from reader.gui.panes.highlightspanel import Entry
from reader.gui.reading import textranges as ranges
from reader.gui.reading.highlighting import HighlightPainter, blank_format, marks_of, selection_spans

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.core.library import HighlightStore
    from reader.gui.controllers.changes import Changes
    from reader.gui.controllers.libraryaccess import LibraryAccess
    from reader.gui.dialogs.noteeditor import NoteEditor
    from reader.gui.panes.highlightspanel import HighlightsPanel
    from reader.gui.reading.highlightbar import HighlightBar
    from reader.gui.reading.notemarkers import NoteMarkers
    from reader.gui.reading.textview import ReadingView


class HighlightsController(QObject):
    """Owns the undo stack and the last colour used; paints highlights and lists them in the pane."""

    articleRequested = Signal(str)  # open this article (to show one of its highlights)

    def __init__(
        self, window: QMainWindow, access: LibraryAccess, changes: Changes, view: ReadingView,
        bar: HighlightBar, markers: NoteMarkers, pane: HighlightsPanel,
    ) -> None:
        super().__init__(window)
        self._window, self._access, self._changes = window, access, changes
        self._view, self._bar, self._markers, self._pane = view, bar, markers, pane
        self.undo_stack = QUndoStack(self)
        self.last_color = next(iter(COLORS))
        self._theme = current_theme()
        self.painter = HighlightPainter(view)
        # The pane is listed after the article's first paint, not before it: a timer started then, since
        # a timer started with the article could fire before the paint (Qt's paints wait behind timers).
        self._pane_refresh = QTimer(self)
        self._pane_refresh.setSingleShot(True)
        self._pane_refresh.setInterval(50)
        self._pane_refresh.timeout.connect(lambda: self.refresh_pane() if window.isVisible() else None)
        self._refresh_after_paint = False
        view.viewport().installEventFilter(self)
        changes.articleShown.connect(self.show_highlights)
        changes.highlightsChanged.connect(self.highlights_changed)
        changes.highlightsReplaced.connect(self.reload_highlights)

    @property
    def store(self) -> HighlightStore:
        """The library's highlights."""
        return self._access.library.highlights

    # Changes, each undoable -------------------------------------------------------------------------

    def highlight_selection(self, color: str = "") -> list[Highlight]:
        """Highlight the view's selection (one highlight per paragraph) in a colour, else the last one."""
        article, spans = self._view.article, selection_spans(self._view)
        if article is None or not spans:
            self._changes.statusShown.emit(self.tr("Select some text to highlight it."), 5000)
            return []
        self.last_color = color or self.last_color
        try:
            made = self.store.add_selection(article, spans, self.last_color)
        except QariError as error:
            QMessageBox.warning(self._window, self.tr("Qari"), str(error))
            return []
        self.undo_stack.push(AddHighlights(self.store, made, self._announce))
        self._bar.hide()
        cursor = self._view.textCursor()
        cursor.clearSelection()
        self._view.setTextCursor(cursor)
        return made

    def recolor(self, highlight_id: str, color: str) -> None:
        """Give a highlight another colour (undoable)."""
        self.last_color = color
        self.undo_stack.push(Recolor(self.store, highlight_id, color, self._announce))

    def delete_highlights(self, ids: list[str]) -> None:
        """Delete highlights (undoable, notes included)."""
        self.undo_stack.push(DeleteHighlights(self.store, ids, self._announce))

    def edit_note(self, highlight_id: str) -> NoteEditor:
        """Open the note editor of a highlight; saving it is undoable."""
        from reader.gui.dialogs.noteeditor import NoteEditor

        highlight = self.store.get(highlight_id)
        dialog = NoteEditor(highlight.quote, highlight.note, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The note is read as the dialog is accepted, before it closes and is deleted.
        dialog.noteAccepted.connect(lambda note: self._save_note(highlight_id, note))
        dialog.open()
        return dialog

    def attach_orphan(self, highlight_id: str) -> None:
        """Put an orphaned highlight on the first paragraph of the view's selection (undoable)."""
        article, spans = self._view.article, selection_spans(self._view)
        if article is None or not spans:
            self._changes.statusShown.emit(self.tr("Select the text to attach the highlight to."), 5000)
            return
        try:
            make_highlight(article, *spans[0])  # checks the place before the command is pushed
        except QariError as error:
            QMessageBox.warning(self._window, self.tr("Qari"), str(error))
            return
        self.undo_stack.push(Attach(self.store, highlight_id, article, spans[0], self._announce))

    def copy_quote(self, highlight_id: str) -> str:
        """Copy a highlight's quote with its reference (article, section, paragraph)."""
        from reader.core.export import locate  # what the exports say of a place, loaded on use

        highlight = self.store.get(highlight_id)
        article = self._article(highlight.article)
        located = locate(article, [highlight])[0]
        where = [article.title, located.section or "", self.tr("paragraph {number}").format(
            number=located.number) if located.number else ""]
        text = f"«{highlight.quote}»\n— {'، '.join(part for part in where if part)}"
        QApplication.clipboard().setText(text)
        return text

    def jump_to_highlight(self, article_id: str, highlight_id: str) -> None:
        """Open a highlight's article and select the highlight in the view."""
        highlight = self.store.find(highlight_id)
        if highlight is None or highlight.state == "orphaned":
            return
        self.articleRequested.emit(article_id)  # opened at once (a direct connection)
        view = self._view
        number = view.blocks.numbers.get(highlight.paragraph)
        if view.article is None or view.article.id != article_id or number is None:
            return
        view.scroll_to(highlight.paragraph)
        view.setTextCursor(ranges.range_cursor(view.document(), view.blocks, number, highlight.start,
                                               highlight.end))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    # The colour bar ---------------------------------------------------------------------------------

    def show_highlight_bar(self) -> None:
        """Show the colour bar above the selection."""
        rect = self._view.cursorRect(self._view.textCursor())
        rect.moveTopLeft(self._view.viewport().mapTo(self._view, rect.topLeft()))
        self._bar.show_near(rect)

    def selection_moved(self) -> None:
        """Hide the colour bar once nothing is selected."""
        if not self._view.textCursor().hasSelection():
            self._bar.hide()

    # Painting and the pane --------------------------------------------------------------------------

    def show_highlights(self) -> None:
        """Paint the open article's highlights (those in sight first) and list them in the pane."""
        article = self._view.article
        records = self.store.highlights(article.id) if article is not None else []
        self.painter.paint(records, self._theme)
        self._markers.set_noted({h.paragraph for h in records if h.note and h.state != "orphaned"})
        self._refresh_after_paint = True
        self._view.viewport().update()  # a paint comes, even when nothing was painted in the text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Once the view has painted a newly shown article, list its highlights in the pane soon after."""
        if self._refresh_after_paint and event.type() == QEvent.Type.Paint:
            self._refresh_after_paint = False
            self._pane_refresh.start()
        return False

    def highlights_changed(self, records: list[Highlight]) -> None:
        """Repaint the paragraphs these records lie in (those of the open article alone) and the pane."""
        article = self._view.article
        if article is not None:
            for paragraph in {r.paragraph for r in records if r.article == article.id}:
                self.painter.discard(paragraph)  # painted now, as it stands
                present = self.store.in_paragraph(article.id, paragraph)
                self._view.replace_block_marks(paragraph, marks_of(present, self._theme), blank_format())
                self._markers.mark(paragraph, any(h.note and h.state != "orphaned" for h in present))
        self.refresh_pane()

    def set_theme(self, theme: Theme) -> None:
        """Paint the open article's highlights in a theme's colours, in place (those in sight first)."""
        self._theme = theme
        article = self._view.article
        if article is not None:
            self.painter.paint(self.store.highlights(article.id), theme, replace=True)

    def reload_highlights(self) -> None:
        """Paint every highlight afresh (after an import changed any of them)."""
        if self._view.article is not None:
            self._view.clear_marks()
            self.show_highlights()
        else:
            self.refresh_pane()

    def refresh_pane(self) -> None:
        """List the highlights of the article (or the library) in the pane."""
        from reader.core.export import locate  # after the first paint, not at start
        from reader.gui.window.translation import interface_language

        article = self._view.article
        if self._pane.scope == "library":
            records = self.store.highlights()
        else:
            records = self.store.highlights(article.id) if article is not None else []
        by_article: dict[str, list[Highlight]] = {}
        for record in records:
            by_article.setdefault(record.article, []).append(record)
        entries = []
        for article_id, group in by_article.items():
            shown = self._article(article_id)
            for located in locate(shown, group):
                section = located.section or shown.title
                entries.append(
                    Entry(located.highlight, shown.title, section, located.locator(interface_language()))
                )
        self._pane.set_entries(entries)

    def _announce(self, records: list[Highlight]) -> None:
        self._changes.highlightsChanged.emit(records)

    def _save_note(self, highlight_id: str, note: str) -> None:
        if note != (self.store.get(highlight_id).note or ""):
            self.undo_stack.push(EditNote(self.store, highlight_id, note, self._announce))

    def _article(self, article_id: str) -> Article:
        current = self._view.article
        if current is not None and current.id == article_id:
            return current
        return self._access.library.get(article_id)
