"""Importers: one module per format, each turning text into a title and sections.

`read_draft` chooses the format by extension, and by content when the extension says nothing. A new
format (EPUB, DOCX …) is one more module with a `parse` function and one more entry in `_PARSERS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from reader.core.document.importers import html, markdown, plaintext
from reader.core.document.importers.decoding import check_size, decode
from reader.core.document.model import Draft, Outline
from reader.core.errors import ImportFailure

Parser = Callable[[str], Outline]

_PARSERS: dict[str, Parser] = {"text": plaintext.parse, "markdown": markdown.parse, "html": html.parse}
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(r"\s*(<!doctype html|<html|<head|<body|<p[\s>]|<h1)", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)


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
    check_size(len(data), path.name)
    text, used = decode(data, path.name, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kind = detect_format(path, text)
    title, sections, metadata = _PARSERS[kind](text)
    if not title and not sections:
        raise ImportFailure(f"{path.name} holds no text to read.")
    return Draft(title or path.stem, sections, kind, used, metadata)
