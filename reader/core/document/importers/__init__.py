"""Importers: one module per format, each turning text (or a zip of it) into a title and sections.

`read_draft` chooses the format by extension, and by content when the extension says nothing (a zip by the
files it holds: an EPUB's `mimetype`, a Word document's `word/document.xml`). A new text format is one more
module with a `parse(text)` function and one more entry in `_MODULES`; a format read from its bytes (EPUB,
DOCX) has `parse(data, name)` and is named in `_BOOK_FORMATS` too. Each module (and the library it stands
on: markdown-it, lxml, mammoth) is loaded when a file of its format is first read.
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path
from typing import Any

from reader.core.document.importers.decoding import MAX_BOOK_BYTES, MAX_FILE_BYTES, check_size, decode
from reader.core.document.importers.zipped import SafeZip
from reader.core.document.model import Draft
from reader.core.errors import ImportFailure

_MODULES = {"text": "plaintext", "markdown": "markdown", "html": "html", "epub": "epub", "docx": "docx"}
_BOOK_FORMATS = ("epub", "docx")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".epub": "epub",
    ".docx": "docx",
}
_HTML_START = re.compile(r"\s*(<!doctype html|<html|<head|<body|<p[\s>]|<h1)", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)
_OLE_COMPOUND = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls …, and password-protected .docx


def detect_format(path: Path, text: str) -> str:
    """The format of a file: by extension when it names one we read, else by its content."""
    known = EXTENSIONS.get(path.suffix.lower())
    if known:
        return known
    if _HTML_START.match(text[:1024]):
        return "html"
    if _MARKDOWN_HEADING.search(text[:4096]):
        return "markdown"
    return "text"


def read_draft(path: Path, data: bytes, encoding: str | None = None) -> Draft:
    """Read a file's bytes into a draft article; raises ImportFailure with a plain message."""
    check_size(len(data), path.name, size_limit(path))
    book = _book_format(path, data)
    if book:
        title, sections, metadata = _module(book).parse(data, path.name)
        return Draft(title or path.stem, sections, book, "utf-8", metadata)
    text, used, warnings = decode(data, path.name, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kind = detect_format(path, text)
    title, sections, metadata = _module(kind).parse(text)
    if not title and not sections:
        raise ImportFailure(f"{path.name} holds no text to read.")
    return Draft(title or path.stem, sections, kind, used, metadata, warnings)


def size_limit(path: Path) -> int:
    """The most bytes a file of this name may have: more for a book, whose pictures are left out."""
    return MAX_BOOK_BYTES if EXTENSIONS.get(path.suffix.lower()) in _BOOK_FORMATS else MAX_FILE_BYTES


def _book_format(path: Path, data: bytes) -> str | None:
    """The format of a file read from its bytes (a zip), or None for text; refuses old Office files."""
    known = EXTENSIONS.get(path.suffix.lower())
    if data.startswith(_OLE_COMPOUND):
        if known == "docx":
            raise ImportFailure(f"{path.name} is password-protected or an old .doc file; it cannot be read.")
        raise ImportFailure(f"{path.name} is an old Office file (.doc); save it as .docx to import it.")
    if known in _BOOK_FORMATS:
        return known
    if known or not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with SafeZip(data, path.name, "a zip file") as archive:
            if archive.has("mimetype") and archive.read("mimetype").strip() == b"application/epub+zip":
                return "epub"
            return "docx" if archive.has("word/document.xml") else None
    except ImportFailure:
        return None  # not a book: read as text, which refuses binary data in one line


def _module(kind: str) -> Any:
    """The importer of a format, loaded on first use."""
    return import_module(f"{__name__}.{_MODULES[kind]}")
