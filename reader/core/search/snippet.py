"""Snippets: a short piece of a paragraph around its first matches, with the matches marked."""

from __future__ import annotations

SNIPPET_WIDTH = 180
MARKS = ("[", "]")
ELLIPSIS = "…"


def snippet(
    text: str, spans: list[tuple[int, int]], width: int = SNIPPET_WIDTH, marks: tuple[str, str] = MARKS
) -> str:
    """About `width` characters of `text` around its first span, cut at spaces, each span in `marks`."""
    if len(text) <= width:
        start, end = 0, len(text)
    else:
        first = spans[0][0] if spans else 0
        start = _word_start(text, max(0, first - width // 4))
        end = _word_end(text, min(len(text), start + width))
        if end < len(text) and spans:
            # never cut a marked word in two
            end = max([end] + [e for s, e in spans if s < end < e])
    opening, closing = marks
    parts = [ELLIPSIS] if start > 0 else []
    position = start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        parts += [text[position:span_start], opening, text[span_start:span_end], closing]
        position = span_end
    parts.append(text[position:end])
    if end < len(text):
        parts.append(ELLIPSIS)
    return "".join(parts).strip()


def _word_start(text: str, index: int) -> int:
    """The start of the word at `index` (or `index` itself when it is at a space)."""
    if index == 0:
        return 0
    space = text.rfind(" ", 0, index + 1)
    return 0 if space < 0 else space + 1


def _word_end(text: str, index: int) -> int:
    """The end of the word running through `index`."""
    space = text.find(" ", index)
    return len(text) if space < 0 else space
