"""HTML: the first `<h1>` (else `<title>`) is the title, `<h2>`–`<h6>` open sections, and each block
(`<p>`, `<li>`, `<blockquote>`, `<div>` text …) is a paragraph. Scripts, styles, navigation, forms and
comments are dropped; entities are decoded; `dir` and `lang` set a paragraph's direction.

A saved *whole page* goes through the web page extraction instead (`webpage.parse`: the article without
the site's menus, sidebars, comments and footer). A page is whole when it shows page chrome of at least two
kinds among navigation (`<nav>`, role "navigation", an id or class named nav, navbar or menu), a banner
(`<header>`, role "banner", id or class header), a footer (`<footer>`, role "contentinfo", id or class
footer) and a sidebar (`<aside>`, role "complementary", id or class sidebar or aside). One kind alone (a
document with a small menu, like an export with a `<nav>`) keeps the plain reading above, which loses no
text.

Built on the standard library's forgiving parser, so broken markup still yields its text.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from reader.core.document.model import DraftBlock, DraftSection, Outline, promote_title
from reader.core.text import Direction

_SKIPPED = {
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "svg",
    "form",
    "button",
    "iframe",
    "aside",
    "footer",
    "select",
    "head",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {
    "p",
    "li",
    "blockquote",
    "div",
    "dd",
    "dt",
    "pre",
    "figcaption",
    "td",
    "th",
    "section",
    "article",
    "main",
    "header",
    "ul",
    "ol",
    "table",
    "tr",
    "body",
    "br",
    "hr",
} | _HEADINGS
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
_RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ku", "ckb", "sd", "ug", "yi", "dv"}


def parse(text: str) -> Outline:
    """An HTML file's outline: a whole page's article (see the module's note), else the whole document."""
    if is_whole_page(text):
        from reader.core.document.importers import webpage  # lxml and readability load for pages only

        return webpage.parse(text)
    return parse_document(text)


def parse_document(text: str) -> Outline:
    """Split an HTML document into its title and its sections, each at its heading's level (`<h2>` is 2)."""
    first_h1, title, sections = read_blocks(text)
    return promote_title(first_h1 or title, sections)


def read_blocks(text: str) -> tuple[str, str, list[DraftSection]]:
    """The first `<h1>`, the `<title>` and the sections of an HTML text, the title not yet chosen."""
    reader = _ArticleReader()
    # The standard parser rescans the rest of the page for every tag or comment it finds unfinished, which
    # takes minutes on a few hundred kB of `<a b='`. Nothing after the last ">" can finish one, so that
    # tail is fed as text.
    end = text.rfind(">") + 1
    reader.feed(text[:end])
    reader.feed(text[end:].replace("<", "&lt;"))
    reader.close()
    reader.flush()
    return reader.first_h1, " ".join(" ".join(reader.title_parts).split()), reader.sections


_CHROME_TAG = re.compile(r"<(nav|header|footer|aside)[\s>/]", re.IGNORECASE)
_CHROME_ROLE = re.compile(
    r"""\srole\s*=\s*["']?(navigation|banner|contentinfo|complementary)\b""", re.IGNORECASE
)
_CHROME_NAME = re.compile(
    r"""\s(?:id|class)\s*=\s*["']?[^"'<>]{0,200}?\b(nav|navbar|menu|header|footer|sidebar|aside)\b""",
    re.IGNORECASE,
)
_CHROME_KIND = {
    "nav": "navigation", "navbar": "navigation", "menu": "navigation", "navigation": "navigation",
    "header": "banner", "banner": "banner", "footer": "footer", "contentinfo": "footer",
    "aside": "sidebar", "sidebar": "sidebar", "complementary": "sidebar",
}


def is_whole_page(text: str) -> bool:
    """True when the HTML shows page chrome of at least two kinds (see the module's note)."""
    kinds = {
        _CHROME_KIND[match.group(1).lower()]
        for pattern in (_CHROME_TAG, _CHROME_ROLE, _CHROME_NAME)
        for match in pattern.finditer(text)
    }
    return len(kinds) >= 2


class _ArticleReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[DraftSection] = []
        self.first_h1 = ""
        self.title_parts: list[str] = []
        self._stack: list[tuple[str, Direction | None]] = []
        self._open: Counter[str] = Counter()  # tags on the stack, so a stray end tag costs no scan
        self._skip_depth = 0
        self._in_title = False
        self._heading: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self._in_title = False  # an unclosed <title> ends where the body's blocks begin
        if tag in _SKIPPED and tag != "head":
            self._skip_depth += 1
        if tag in _BLOCKS:
            self.flush()
        if tag in _HEADINGS:
            self._heading = tag
        if tag not in _VOID:
            # The page-wide dir of <html> and <body> does not override each paragraph's own script.
            declared = None if tag in ("html", "body") else _declared_direction(dict(attrs))
            self._stack.append((tag, declared or self._direction()))
            self._open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED and tag != "head" and self._skip_depth:
            self._skip_depth -= 1
        if tag in _BLOCKS:
            self.flush()
        while self._open[tag]:
            closed = self._stack.pop()[0]
            self._open[closed] -= 1
            if closed == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self._buffer.append(data)

    def flush(self) -> None:
        """End the current block: it becomes the title, a heading or a paragraph."""
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        heading, self._heading = self._heading, None
        if not text:
            return
        if heading == "h1" and not self.first_h1:
            self.first_h1 = text
        elif heading:
            self.sections.append(DraftSection(text, [], int(heading[1])))
        else:
            if not self.sections:
                self.sections.append(DraftSection(None, []))
            self.sections[-1].blocks.append(DraftBlock(text, self._direction()))

    def _direction(self) -> Direction | None:
        return self._stack[-1][1] if self._stack else None


def _declared_direction(attrs: dict[str, str | None]) -> Direction | None:
    """The direction an element declares with `dir`, or implies with `lang`; None to inherit."""
    declared = (attrs.get("dir") or "").lower()
    if declared in ("rtl", "ltr"):
        return declared  # type: ignore[return-value]
    language = (attrs.get("lang") or "").lower().split("-")[0]
    if language:
        return "rtl" if language in _RTL_LANGUAGES else "ltr"
    return None
