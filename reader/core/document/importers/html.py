"""HTML: the first `<h1>` (else `<title>`) is the title, `<h2>`–`<h6>` open sections, and each block
(`<p>`, `<li>`, `<blockquote>`, `<div>` text …) is a paragraph. Scripts, styles, navigation, forms and
comments are dropped; entities are decoded; `dir` and `lang` set a paragraph's direction.

Built on the standard library's forgiving parser, so broken markup still yields its text.
"""

from __future__ import annotations

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
    """Split an HTML page into its title and its sections, each at its heading's level (`<h2>` is 2)."""
    reader = _ArticleReader()
    # The standard parser rescans the rest of the page for every tag or comment it finds unfinished, which
    # takes minutes on a few hundred kB of `<a b='`. Nothing after the last ">" can finish one, so that
    # tail is fed as text.
    end = text.rfind(">") + 1
    reader.feed(text[:end])
    reader.feed(text[end:].replace("<", "&lt;"))
    reader.close()
    reader.flush()
    title = reader.first_h1 or " ".join(" ".join(reader.title_parts).split())
    return promote_title(title, reader.sections)


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
