"""Changes to highlights as undoable commands: add, delete, recolour, edit a note, attach an orphan.

Each command tells `changed` which records it touched (before and after), so the window repaints their
paragraphs and refreshes the annotations pane.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.core.document import Article
from reader.core.highlights import Highlight
from reader.core.library import HighlightStore

translate = QCoreApplication.translate
Changed = Callable[[list[Highlight]], None]


class AddHighlights(QUndoCommand):
    """Highlights just added (one per paragraph of a selection): undo takes them off, redo puts them back."""

    def __init__(self, store: HighlightStore, made: Sequence[Highlight], changed: Changed) -> None:
        super().__init__(translate("Highlights", "Highlight"))
        self._store, self.made, self._changed = store, list(made), changed
        self._stored = True  # added by the window before the command is pushed, so errors show there

    def redo(self) -> None:
        """Put them back as they were (the first time they are already stored)."""
        if not self._stored:
            for highlight in self.made:
                self._store.restore(highlight)
        self._stored = False
        self._changed(self.made)

    def undo(self) -> None:
        """Take them off again."""
        for highlight in self.made:
            self._store.delete(highlight.id)
        self._changed(self.made)


class DeleteHighlights(QUndoCommand):
    """Delete highlights; undo restores them with their notes."""

    def __init__(self, store: HighlightStore, ids: Sequence[str], changed: Changed) -> None:
        super().__init__(translate("Highlights", "Delete Highlight"))
        self._store, self._ids, self._changed = store, list(ids), changed
        self._gone: list[Highlight] = []

    def redo(self) -> None:
        """Delete them, keeping the records."""
        self._gone = [self._store.delete(i) for i in self._ids]
        self._changed(self._gone)

    def undo(self) -> None:
        """Put them back exactly as they were."""
        for highlight in self._gone:
            self._store.restore(highlight)
        self._changed(self._gone)


class _Change(QUndoCommand):
    """A change of one highlight that undo reverts by putting back the record as it was."""

    def __init__(self, text: str, store: HighlightStore, highlight_id: str, changed: Changed) -> None:
        super().__init__(text)
        self._store, self._id, self._changed = store, highlight_id, changed
        self._before: Highlight | None = None

    def apply(self) -> Highlight:
        """Make the change in the store; returns the new record."""
        raise NotImplementedError

    def redo(self) -> None:
        """Make the change."""
        self._before = self._store.get(self._id)
        after = self.apply()
        self._changed([self._before, after])

    def undo(self) -> None:
        """Put back the record as it was."""
        assert self._before is not None
        now = self._store.get(self._id)
        self._store.restore(self._before)
        self._changed([now, self._before])


class Recolor(_Change):
    """Give a highlight another colour."""

    def __init__(self, store: HighlightStore, highlight_id: str, color: str, changed: Changed) -> None:
        super().__init__(translate("Highlights", "Change Colour"), store, highlight_id, changed)
        self._color = color

    def apply(self) -> Highlight:
        """Set the colour."""
        return self._store.set_color(self._id, self._color)


class EditNote(_Change):
    """Write, change or remove a highlight's note."""

    def __init__(self, store: HighlightStore, highlight_id: str, note: str, changed: Changed) -> None:
        super().__init__(translate("Highlights", "Edit Note"), store, highlight_id, changed)
        self._note = note

    def apply(self) -> Highlight:
        """Set the note."""
        return self._store.set_note(self._id, self._note)


class Attach(_Change):
    """Put a (typically orphaned) highlight on a place chosen by hand."""

    def __init__(
        self, store: HighlightStore, highlight_id: str, article: Article, span: tuple[str, int, int],
        changed: Changed,
    ) -> None:
        super().__init__(translate("Highlights", "Attach Highlight"), store, highlight_id, changed)
        self._article, self._span = article, span

    def apply(self) -> Highlight:
        """Attach it to the span."""
        return self._store.attach(self._id, self._article, *self._span)
