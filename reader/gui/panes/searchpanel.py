"""The search pane: a field that searches as you type, the scope, and the results grouped by article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.emptyhint import EmptyHint
from reader.gui.panes.resultrows import TARGET_ROLE, ResultRows

if TYPE_CHECKING:
    from reader.core.search import Hit  # the search code loads with the first search, not at start

# No typing pause: every keystroke searches. Keys that arrive in one turn of the event loop (a paste, an
# input method's composed text, keys queued while the window was busy) make one search.
DEBOUNCE_MS = 0


class SearchPanel(QWidget):
    """Type to search; choose a result to open it; Enter and Shift+Enter step through the hits."""

    searchRequested = Signal(str, str)  # the query ("" to stop searching) and the scope, on every keystroke
    resultRequested = Signal(str, str)  # open this article at this paragraph
    nextHitRequested = Signal()
    previousHitRequested = Signal()
    clearMarksRequested = Signal()
    scopeChanged = Signal(str)  # "library" or "article"
    resultsShown = Signal(str)  # the query whose results (or refusal) the pane now shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setAccessibleName(self.tr("Search"))
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search for"))
        self.field.setPlaceholderText(self.tr("Search…"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Current hit"))
        self.library_button = self._scope_button(self.tr("Library"), self.tr("Search the whole library"))
        self.article_button = self._scope_button(self.tr("This article"), self.tr("Search the open article"))
        self._scopes = QButtonGroup(self)
        self._scopes.addButton(self.library_button)
        self._scopes.addButton(self.article_button)
        self.library_button.setChecked(True)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setAccessibleName(self.tr("Search status"))
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quiet, not alarming
        self.results = _ResultTree(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.rows = ResultRows(self.results)
        self.empty_hint = EmptyHint(self.results, self.tr(
            "Type in the field above to search the library, or only this article."
        ), when=lambda: not self.query())

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.position)
        scopes = QHBoxLayout()
        scopes.addWidget(self.library_button)
        scopes.addWidget(self.article_button)
        scopes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addLayout(scopes)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._request)
        self.field.textChanged.connect(self._edited)
        self._scopes.buttonToggled.connect(self._scope_toggled)

    # What the window tells the pane ---------------------------------------------------------------

    @property
    def scope(self) -> str:
        """Where the search looks: "library" or "article"."""
        return "article" if self.article_button.isChecked() else "library"

    def set_scope(self, scope: str) -> None:
        """Search the whole library or the open article."""
        (self.article_button if scope == "article" else self.library_button).setChecked(True)

    def query(self) -> str:
        """The query as typed."""
        return self.field.text().strip()

    def focus_field(self) -> None:
        """Put the keyboard in the field, its text selected to type over."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_results(self, query: str, total: int, hits: list[Hit]) -> None:
        """Show hits (core search hits) grouped by article, in the order of their best hit: a screenful at
        once, the rest over the next turns of the event loop."""
        # Loaded with the first results, not at start: the window opens sooner without it.
        from reader.gui.panes.snippets import SnippetDelegate

        if not isinstance(self.results.itemDelegate(), SnippetDelegate):
            self.results.setItemDelegate(_result_delegate(self.results))
        articles = self.rows.show(hits)
        if not hits:
            self.message.setText(self.tr("Nothing found."))
        else:  # results are paragraphs (and headings); the hits are the words marked in them
            found = self.tr("%n result(s)", "", total)
            self.message.setText(found + " · " + self._articles_text(articles))
        self._shown(query)

    def show_error(self, message: str) -> None:
        """Say quietly why the query cannot run; the previous results go."""
        self.rows.clear()
        self.message.setText(message)
        self._shown(self.query())

    def show_hit_position(self, current: int, total: int) -> None:
        """Show which hit of the open article is current, as "3 / 12"."""
        locale = QLocale()
        if total and current:
            self.position.setText(f"{locale.toString(current)} / {locale.toString(total)}")
            self.position.setToolTip(self.tr("Hit {current} of {total} in the open article").format(
                current=locale.toString(current), total=locale.toString(total)))
        else:
            self.position.setText(locale.toString(total) if total else "")
            self.position.setToolTip(self.tr("%n hit(s) in the open article", "", total) if total else "")

    def clear_results(self) -> None:
        """No query: no results and no message."""
        self.rows.clear()
        self.message.clear()
        self.position.clear()

    def result_count(self) -> int:
        """The number of results in the list so far (see `filling`)."""
        root = self.results.invisibleRootItem()
        groups = (root.child(i) for i in range(root.childCount()))
        return sum(group.childCount() for group in groups if group is not None)

    def first_result(self) -> tuple[str, str] | None:
        """(article id, paragraph id) of the first result, if any."""
        group = self.results.topLevelItem(0)
        item = group.child(0) if group is not None else None
        return item.data(0, TARGET_ROLE) if item is not None else None

    def filling(self) -> bool:
        """Whether rows of the results shown are still being added."""
        return self.rows.filling()

    def search_now(self) -> None:
        """Search at once, not at the next turn of the event loop."""
        self._debounce.stop()
        self._request()

    # Events ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys of the field: Enter and Shift+Enter step through hits, Escape clears, Down goes to results."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.search_now()
                (self.previousHitRequested if shift else self.nextHitRequested).emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.clearMarksRequested.emit()
                return True
            if key == Qt.Key.Key_Down and self.results.topLevelItemCount():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                first = self.results.topLevelItem(0)
                if self.results.currentItem() is None and first is not None:
                    self.results.setCurrentItem(first)
                return True
        return super().eventFilter(watched, event)

    def _scope_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _articles_text(self, count: int) -> str:
        return self.tr("%n article(s)", "", count)

    def _scope_toggled(self, _button: QToolButton, checked: bool) -> None:
        if checked:
            self.scopeChanged.emit(self.scope)
            if self.query():
                self.search_now()

    def _shown(self, query: str) -> None:
        self.resultsShown.emit(query)
        # Painted now, before the work queued behind the answer (the open article's hits marked, the next
        # slice of rows): the first screenful is what the reader waits for.
        self.repaint()

    def _edited(self) -> None:
        self.rows.stop()  # the rows still to come answer what the field no longer says
        self._debounce.start()

    def _request(self) -> None:
        self.searchRequested.emit(self.query(), self.scope)

    def _choose(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.resultRequested.emit(*target)


def _result_delegate(view: QTreeWidget) -> QStyledItemDelegate:
    """Snippets drawn as rich text; the rest (the articles' titles) each in its own direction."""
    from reader.gui.panes.snippets import SnippetDelegate

    class ResultDelegate(SnippetDelegate, BidiItemDelegate):
        """SnippetDelegate draws the snippets and leaves the other rows to BidiItemDelegate."""

    return ResultDelegate(view)


class _ResultTree(QTreeWidget):
    """The results; wrapped snippets are measured again when the pane changes width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the rows out again for the new width."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.doItemsLayout()
