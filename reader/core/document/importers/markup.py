"""(X)HTML as a tree, for the formats that are made of it (an EPUB's chapters, a Word document through
mammoth): parsed safely, then read into a flat run of headings and paragraphs, each with the ids that begin
there, so that a table of contents can point into it.

Rules: each block (`<p>`, `<li>`, `<div>` text, `<h1>`–`<h6>` …) is one piece; scripts, styles,
navigation, forms, page-break markers and notes (`<aside>`, `epub:type` or `role` footnote, endnote,
rearnote) are left out, a note's reference marker stays in the text; an image is its alt text in brackets,
or nothing. A paragraph's direction is the nearest `dir` declared on it or around it (`<html>` and `<body>`
too), or the one its own or an enclosing element's `lang` implies; the `lang` of `<html>` and `<body>` is
not used for this, since tools often leave a default there ("en") over a book in another language.
"""

from __future__ import annotations

from html.entities import name2codepoint
from typing import Literal, NamedTuple

from lxml import etree
from lxml import html as lxml_html

from reader.core.text import Direction

_SKIPPED = {"script", "style", "nav", "noscript", "template", "svg", "math", "form", "button", "iframe",
            "aside", "footer", "select", "head", "title", "object"}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "li", "blockquote", "div", "dd", "dt", "pre", "figcaption", "td", "th", "section", "article",
           "main", "header", "ul", "ol", "table", "tr", "body", "br", "hr", "figure", "dl"}  # fmt: skip
_BLOCKS |= _HEADINGS
_NOTES = {"footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "note", "pagebreak"}
_RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ku", "ckb", "sd", "ug", "yi", "dv"}
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
_FORGIVING_HTML = lxml_html.HTMLParser(no_network=True, huge_tree=False)
_FORGIVING_UTF8 = lxml_html.HTMLParser(no_network=True, huge_tree=False, encoding="utf-8")


class Piece(NamedTuple):
    """A heading (level 1–6) or a paragraph (level 0) read from a tree, with the ids that begin at it."""

    kind: Literal["heading", "paragraph"]
    text: str
    level: int
    direction: Direction | None
    anchors: frozenset[str]


def parse_tree(data: bytes) -> etree._Element | None:
    """The root of an XHTML file: as XML (no entities expanded, nothing fetched), or, when it is not
    well-formed, through the forgiving HTML parser; None when neither finds anything."""
    try:
        return etree.fromstring(data, _SAFE_XML)
    except etree.XMLSyntaxError:
        pass
    # Without a <meta charset>, the HTML parser would take bytes as Latin-1; EPUB and XHTML are UTF-8 by
    # default, so bytes that are valid UTF-8 are read as UTF-8.
    try:
        data.decode("utf-8")
        parser = _FORGIVING_UTF8
    except UnicodeDecodeError:
        parser = _FORGIVING_HTML
    try:
        return lxml_html.document_fromstring(data.removeprefix(b"\xef\xbb\xbf"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def parse_xml(data: bytes) -> etree._Element:
    """A metadata file's root (OPF, NCX, container, OOXML parts); raises etree.XMLSyntaxError."""
    return etree.fromstring(data, _SAFE_XML)


def local_name(element: etree._Element) -> str:
    """An element's tag without its namespace, lower case; "" for comments and the like."""
    tag = element.tag
    # Split by hand: the forgiving parser keeps tags such as "w:r" that etree.QName refuses.
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def pieces(root: etree._Element) -> list[Piece]:
    """The headings and paragraphs of a tree, in reading order."""
    reader = _TreeReader()
    # A walk of our own rather than etree.iterwalk, which passes over comments and their tails; a stack
    # rather than recursion, for trees nested deeper than Python recurses.
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, ended = stack.pop()
        if ended:
            reader.end(element)
            continue
        reader.start(element)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    reader.flush()
    return reader.pieces


class _TreeReader:
    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self._directions: list[Direction | None] = []
        self._skip_depth = 0
        self._heading = 0
        self._buffer: list[str] = []
        self._anchors: set[str] = set()

    def start(self, element: etree._Element) -> None:
        name = local_name(element)
        if not name:  # a comment, processing instruction or unexpanded entity
            if isinstance(element, etree._Entity) and not self._skip_depth:
                self._buffer.append(_entity_text(element.text or ""))
            return
        if element.get("id"):
            self._anchors.add(element.get("id") or "")
        if name == "a" and element.get("name"):  # an older book's anchors
            self._anchors.add(element.get("name") or "")
        if self._skip_depth or name in _SKIPPED or _is_note(element):
            self._skip_depth += 1
            return
        if name in _BLOCKS:
            self.flush()
        if name in _HEADINGS:
            self._heading = int(name[1])
        self._directions.append(_declared_direction(element, name) or self._direction())
        if name == "img":
            alt = " ".join((element.get("alt") or "").split())
            if alt:
                self._buffer.append(f" [{alt}] ")
        if element.text:
            self._buffer.append(element.text)

    def end(self, element: etree._Element) -> None:
        name = local_name(element)
        if name and self._skip_depth:
            self._skip_depth -= 1
        elif name:
            if name in _BLOCKS:
                self.flush()
            self._directions.pop()
        if element.tail and not self._skip_depth:
            self._buffer.append(element.tail)

    def flush(self) -> None:
        """End the current block: it becomes a heading or a paragraph, with the ids gathered so far."""
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        level, self._heading = self._heading, 0
        if not text:
            return
        anchors = frozenset(self._anchors)
        self._anchors.clear()
        kind: Literal["heading", "paragraph"] = "heading" if level else "paragraph"
        self.pieces.append(Piece(kind, text, level, self._direction(), anchors))

    def _direction(self) -> Direction | None:
        return self._directions[-1] if self._directions else None


def _is_note(element: etree._Element) -> bool:
    """True for a note's body and for page-break markers (their text is a page number)."""
    kinds = f"{element.get(_EPUB_TYPE) or ''} {element.get('epub:type') or ''}".split()
    roles = (element.get("role") or "").split()
    return any(kind in _NOTES for kind in kinds) or any(role.removeprefix("doc-") in _NOTES for role in roles)


def _declared_direction(element: etree._Element, name: str) -> Direction | None:
    """The direction an element declares with `dir`, or implies with `lang`; None to inherit."""
    declared = (element.get("dir") or "").lower()
    if declared in ("rtl", "ltr"):
        return declared  # type: ignore[return-value]
    if name in ("html", "body"):
        return None
    declared_language = element.get(_XML_LANG) or element.get("xml:lang") or element.get("lang")
    language = (declared_language or "").lower().split("-")[0]
    if language:
        return "rtl" if language in _RTL_LANGUAGES else "ltr"
    return None


def _entity_text(reference: str) -> str:
    """The character an HTML entity reference left unexpanded stands for (`&nbsp;`), else nothing."""
    code = name2codepoint.get(reference.strip("&;"))
    return chr(code) if code else ""
