"""An article's properties: its title and source file shown, its author, date, language and web address
edited. The dialog checks the fields and asks for them to be saved; the library controller saves them off
the GUI thread and closes it, or gives it the one line that says why it could not."""

from __future__ import annotations

from dataclasses import astuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.document import Article, Metadata
from reader.core.library import MetadataInvalid, checked_metadata
from reader.core.text import LRI, PDI
from reader.gui.panes.bidi_items import text_direction

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class ArticlePropertiesDialog(QDialog):
    """Title and source shown; author, date, language and address editable."""

    saveRequested = Signal(str, object)  # the article id and its checked Metadata

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName("articleProperties")
        self.setWindowTitle(self.tr("Article Properties"))
        self.title_label = self._shown(article.title)
        self.source_label = self._shown(f"{LRI}{article.source.path}{PDI}")  # a path reads left to right
        self.source_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        author, date, language, address = astuple(article.metadata)
        self.author = self._field(author, self.tr("Author"), self.tr("The writer's name"))
        self.date = self._field(date, self.tr("Date"), "2024-03-01", left_to_right=True)
        self.language = self._field(language, self.tr("Language"), "ar", left_to_right=True)
        self.address = self._field(address, self.tr("Web address"), "https://…", left_to_right=True)
        self.error = QLabel(self)
        self.error.setObjectName("propertiesError")
        self.error.setAccessibleName(self.tr("Why the properties were not saved"))
        self.error.setWordWrap(True)
        self.error.setForegroundRole(QPalette.ColorRole.Accent)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_label)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Web address:"), self.address)
        form.addRow(self.tr("Source file:"), self.source_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def metadata(self) -> Metadata:
        """The fields as typed."""
        fields = (self.author, self.date, self.language, self.address)
        return Metadata(*(field.text() for field in fields))

    def save(self) -> None:
        """Check the fields and ask for them to be saved; a field that cannot be stored is said at once."""
        try:
            metadata = checked_metadata(self.metadata())
        except MetadataInvalid as invalid:
            self.show_error(invalid_text(invalid))
            return
        self.buttons.setEnabled(False)  # until the save ends: `saved` or `show_error`
        self.saveRequested.emit(self.article.id, metadata)

    def saved(self) -> None:
        """The properties are in the library: close."""
        self.accept()

    def show_error(self, text: str) -> None:
        """Say in one line why the properties were not saved; the fields stay as typed."""
        self.error.setText(text)
        self.error.show()
        self.buttons.setEnabled(True)

    def _shown(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setLayoutDirection(text_direction(text, self.layoutDirection()))
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _field(self, text: str, name: str, example: str, left_to_right: bool = False) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setAccessibleName(name)
        field.setPlaceholderText(example)
        field.setClearButtonEnabled(True)
        if left_to_right:  # dates, language tags and addresses read left to right in any interface
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return field


def invalid_text(invalid: MetadataInvalid) -> str:
    """Why a field cannot be stored, in the reader's language."""
    if invalid.problem == "not-a-tag":
        return translate("ArticlePropertiesDialog", "Write the language as a tag such as ar or en-GB.")
    if invalid.problem == "not-web":
        return translate(
            "ArticlePropertiesDialog", "Write the web address in full, beginning with https:// or http://."
        )
    return translate("ArticlePropertiesDialog", "A field is too long; shorten it.")
