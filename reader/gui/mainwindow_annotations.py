"""The main window's highlighting: selection to highlights through the undo stack, the view painted
paragraph by paragraph, the highlight menu, notes, the annotations pane, and export and import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMainWindow, QMenu, QMessageBox

from reader.core.document.model import Article
from reader.core.errors import QariError
from reader.core.export.document import locate
from reader.core.highlights.record import COLORS, Highlight, make_highlight
from reader.core.library.highlight_store import HighlightStore
from reader.gui import textranges as ranges
from reader.gui.annotationactions import AnnotationActions, add_annotation_menus, create_annotation_actions
from reader.gui.annotationspanel import AnnotationsPanel, Entry
from reader.gui.highlightbar import HighlightBar, color_label, swatch
from reader.gui.highlightcommands import AddHighlights, Attach, DeleteHighlights, EditNote, Recolor
from reader.gui.highlighting import HighlightClicks, blank_format, highlight_at, marks_of, selection_spans
from reader.gui.notemarkers import NoteMarkers

if TYPE_CHECKING:
    from reader.gui.exportdialog import ExportDialog
    from reader.gui.libraryaccess import LibraryAccess
    from reader.gui.librarypanel import LibraryPanel
    from reader.gui.noteeditor import NoteEditor
    from reader.gui.textview import ReadingView
    from reader.gui.workers import Job, Workers


class Annotating(QMainWindow):
    """Part of MainWindow: highlights, notes, the annotations pane, export and import."""

    access: LibraryAccess
    library_panel: LibraryPanel
    view: ReadingView
    workers: Workers

    open_article: Callable[..., None]  # MainWindow's
    _add_dock: Callable[..., QDockWidget]  # MainWindow's

    def setup_annotations(self, area: Qt.DockWidgetArea) -> None:
        """Make the highlight store, undo stack, colour bar, note markers, pane and actions."""
        self.highlights = HighlightStore(self.access.library.connection, self.access.folder)
        self.undo_stack = QUndoStack(self)
        self.last_color = next(iter(COLORS))
        self.highlight_bar = HighlightBar(self.view)
        self.highlight_clicks = HighlightClicks(self.view)
        self.note_markers = NoteMarkers(self.view)
        self.annotations_panel = AnnotationsPanel(self)
        self.annotations_dock = self._add_dock(
            self.annotations_panel, self.tr("Annotations"), "annotationsDock", area
        )
        self.annotation_actions: AnnotationActions = create_annotation_actions(
            self, self.view, self.undo_stack
        )
        add_annotation_menus(self, self.annotation_actions, self.annotations_dock)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pane_refresh = QTimer(self)  # after the first paint of an article, not before it
        self.pane_refresh.setSingleShot(True)
        self.pane_refresh.setInterval(50)
        self.pane_refresh.timeout.connect(lambda: self.refresh_annotations() if self.isVisible() else None)

    # Highlighting -----------------------------------------------------------------------------------

    def highlight_selection(self, color: str = "") -> list[Highlight]:
        """Highlight the view's selection (one highlight per paragraph) in a colour, else the last one."""
        article, spans = self.view.article, selection_spans(self.view)
        if article is None or not spans:
            self.statusBar().showMessage(self.tr("Select some text to highlight it."), 5000)
            return []
        self.last_color = color or self.last_color
        try:
            made = self.highlights.add_selection(article, spans, self.last_color)
        except QariError as error:
            QMessageBox.warning(self, self.tr("Qari"), str(error))
            return []
        self.undo_stack.push(AddHighlights(self.highlights, made, self.highlights_changed))
        self.highlight_bar.hide()
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        return made

    def recolor(self, highlight_id: str, color: str) -> None:
        """Give a highlight another colour (undoable)."""
        self.last_color = color
        self.undo_stack.push(Recolor(self.highlights, highlight_id, color, self.highlights_changed))

    def delete_highlights(self, ids: list[str]) -> None:
        """Delete highlights (undoable, notes included)."""
        self.undo_stack.push(DeleteHighlights(self.highlights, ids, self.highlights_changed))

    def edit_note(self, highlight_id: str) -> NoteEditor:
        """Open the note editor of a highlight; saving it is undoable."""
        from reader.gui.noteeditor import NoteEditor

        highlight = self.highlights.get(highlight_id)
        dialog = NoteEditor(highlight.quote, highlight.note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_note(highlight_id, dialog.note()))
        dialog.open()
        return dialog

    def copy_quote(self, highlight_id: str) -> str:
        """Copy a highlight's quote with its reference (article, section, paragraph)."""
        highlight = self.highlights.get(highlight_id)
        article = self._article(highlight.article)
        located = locate(article, [highlight])[0]
        where = [article.title, located.section or "", self.tr("paragraph {number}").format(
            number=located.number) if located.number else ""]
        text = f"«{highlight.quote}»\n— {'، '.join(part for part in where if part)}"
        QApplication.clipboard().setText(text)
        return text

    def attach_orphan(self, highlight_id: str) -> None:
        """Put an orphaned highlight on the first paragraph of the view's selection (undoable)."""
        article, spans = self.view.article, selection_spans(self.view)
        if article is None or not spans:
            self.statusBar().showMessage(self.tr("Select the text to attach the highlight to."), 5000)
            return
        try:
            make_highlight(article, *spans[0])  # checks the place before the command is pushed
        except QariError as error:
            QMessageBox.warning(self, self.tr("Qari"), str(error))
            return
        command = Attach(self.highlights, highlight_id, article, spans[0], self.highlights_changed)
        self.undo_stack.push(command)

    def show_highlight_menu(self, highlight_id: str, where: QPoint) -> QMenu:
        """The menu of a clicked highlight: colour, note, copy, delete."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill_highlight_menu(menu, highlight_id)
        menu.popup(where)
        return menu

    def show_view_menu(self, point: QPoint) -> QMenu:
        """The reading view's context menu, with highlighting entries first."""
        menu = self.view.createStandardContextMenu(point)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first = menu.actions()[0] if menu.actions() else None
        entries = QMenu(menu)
        if self.view.textCursor().hasSelection():
            entries.addActions(list(self.annotation_actions.colors.values()))
        elif found := highlight_at(self.view, point):
            self._fill_highlight_menu(entries, found)
        if entries.actions():
            menu.insertActions(first, entries.actions())  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.popup(self.view.viewport().mapToGlobal(point))
        return menu

    def show_highlight_bar(self) -> None:
        """Show the colour bar above the selection."""
        rect = self.view.cursorRect(self.view.textCursor())
        top_left = self.view.viewport().mapTo(self.view, rect.topLeft())
        rect.moveTopLeft(top_left)
        self.highlight_bar.show_near(rect)

    def selection_moved(self) -> None:
        """Hide the colour bar once nothing is selected."""
        if not self.view.textCursor().hasSelection():
            self.highlight_bar.hide()

    def _fill_highlight_menu(self, menu: QMenu, highlight_id: str) -> None:
        colours = menu.addMenu(self.tr("Colour"))
        for name in COLORS:
            action = colours.addAction(swatch(name), color_label(name))
            action.triggered.connect(lambda _=False, name=name: self.recolor(highlight_id, name))
        menu.addAction(self.tr("Edit Note…")).triggered.connect(lambda: self.edit_note(highlight_id))
        menu.addAction(self.tr("Copy Quote")).triggered.connect(lambda: self.copy_quote(highlight_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete Highlight")).triggered.connect(
            lambda: self.delete_highlights([highlight_id])
        )

    def _save_note(self, highlight_id: str, note: str) -> None:
        if note != (self.highlights.get(highlight_id).note or ""):
            self.undo_stack.push(EditNote(self.highlights, highlight_id, note, self.highlights_changed))

    # Painting and the pane --------------------------------------------------------------------------

    def show_highlights(self) -> None:
        """Paint the open article's highlights (all in one edit block) and list them in the pane."""
        article = self.view.article
        records = self.highlights.highlights(article.id) if article is not None else []
        self.view.apply_marks(marks_of(records))
        self.note_markers.set_noted({h.paragraph for h in records if h.note and h.state != "orphaned"})
        self.pane_refresh.start()

    def highlights_changed(self, records: list[Highlight]) -> None:
        """Repaint the paragraphs these records lie in (those of the open article alone) and the pane."""
        article = self.view.article
        if article is not None:
            for paragraph in {r.paragraph for r in records if r.article == article.id}:
                present = self.highlights.in_paragraph(article.id, paragraph)
                self.view.replace_block_marks(paragraph, marks_of(present), blank_format())
                self.note_markers.mark(paragraph, any(h.note and h.state != "orphaned" for h in present))
        self.refresh_annotations()

    def refresh_annotations(self) -> None:
        """List the highlights of the article (or the library) in the pane."""
        article = self.view.article
        if self.annotations_panel.scope == "library":
            records = self.highlights.highlights()
        else:
            records = self.highlights.highlights(article.id) if article is not None else []
        by_article: dict[str, list[Highlight]] = {}
        for record in records:
            by_article.setdefault(record.article, []).append(record)
        entries = []
        for article_id, group in by_article.items():
            shown = self._article(article_id)
            for located in locate(shown, group):
                section = located.section or shown.title
                entries.append(Entry(located.highlight, shown.title, section, located.locator()))
        self.annotations_panel.set_entries(entries)

    def jump_to_highlight(self, article_id: str, highlight_id: str) -> None:
        """Open a highlight's article and select the highlight in the view."""
        highlight = self.highlights.find(highlight_id)
        if highlight is None or highlight.state == "orphaned":
            return
        self.open_article(article_id)
        blocks = self.view.blocks
        number = blocks.numbers.get(highlight.paragraph)
        if self.view.article is None or self.view.article.id != article_id or number is None:
            return
        self.view.scroll_to(highlight.paragraph)
        cursor = ranges.range_cursor(self.view.document(), blocks, number, highlight.start, highlight.end)
        self.view.setTextCursor(cursor)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _article(self, article_id: str) -> Article:
        current = self.view.article
        if current is not None and current.id == article_id:
            return current
        return self.access.library.get(article_id)

    # Export and import ------------------------------------------------------------------------------

    def show_export_dialog(self) -> ExportDialog:
        """Open the export dialog on the open article, the library's selection or all articles."""
        from reader.gui.exportdialog import ExportDialog

        article = self.view.article
        dialog = ExportDialog(
            self.access.folder, article.id if article is not None else None,
            self.library_panel.selected_articles(), self.workers, self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_annotations(self, path: Path | None = None) -> Job | None:
        """Import highlights from a JSON file (Qari's or W3C) in a worker; reports what it did."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Annotations"), str(Path.home()),
                self.tr("Annotations (*.json *.jsonld)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        from reader.gui.exportdialog import import_work

        return self.workers.start(
            import_work(self.access.folder, path), succeeded=self._annotations_imported,
            failed=lambda message: QMessageBox.warning(self, self.tr("Qari"), message),
        )

    def _annotations_imported(self, counts: object) -> None:
        added, updated, orphaned = (getattr(counts, name) for name in ("added", "updated", "orphaned"))
        text = self.tr("Annotations imported: {added} added, {updated} updated, {orphaned} orphaned.").format(
            added=added, updated=updated, orphaned=orphaned
        )
        self.statusBar().showMessage(text, 10000)
        if self.view.article is not None:
            self.view.clear_marks()
            self.show_highlights()
        else:
            self.refresh_annotations()
