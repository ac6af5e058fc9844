"""Plain text: the first line is the title; a line without closing punctuation before a paragraph
is a heading.

Paragraphs are separated by line breaks or blank lines. A file whose lines are all wrapped near one width
(an e-mail, a text from a terminal) is read as hard-wrapped: a line that fills the width and does not end a
sentence is joined with the next line of its block.
"""

from __future__ import annotations

from reader.core.document.model import DraftBlock

SENTENCE_END = tuple(".!?؟…:؛")
_CLOSERS = "\"'”’»)]}>›"
_WRAP_MIN, _WRAP_MAX = 60, 100  # a hard-wrapped file's widest line lies in this range
_WRAP_FILL = 0.6  # a wrapped line fills at least this share of the widest line


def ends_sentence(line: str) -> bool:
    """True when a line ends in sentence punctuation, possibly followed by closing quotes or brackets."""
    return line.rstrip().rstrip(_CLOSERS).endswith(SENTENCE_END)


def parse(text: str) -> tuple[str, list[tuple[str | None, list[DraftBlock]]]]:
    """Split a plain text into its title and its (heading, paragraphs) sections."""
    units = _logical_lines(text)
    if not units:
        return "", []
    title, body = units[0], units[1:]
    is_heading = [False] * len(body)
    for i in range(len(body) - 2, -1, -1):
        is_heading[i] = not ends_sentence(body[i]) and not is_heading[i + 1]
    sections: list[tuple[str | None, list[DraftBlock]]] = []
    for unit, heading in zip(body, is_heading, strict=True):
        if heading:
            sections.append((unit, []))
        else:
            if not sections:
                sections.append((None, []))
            sections[-1][1].append(DraftBlock(unit))
    return title, sections


def _logical_lines(text: str) -> list[str]:
    """The text's paragraphs and headings, hard-wrapped lines joined back."""
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    lines = [line for block in blocks for line in block]
    widest = max((len(line) for line in lines), default=0)
    if not _WRAP_MIN <= widest <= _WRAP_MAX or not _is_wrapped(blocks, widest):
        return lines
    units: list[str] = []
    for block in blocks:
        joining = False
        for line in block:
            if joining:
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
            # the title (the very first line) is never joined with what follows
            joining = len(units) > 1 and len(line) >= _WRAP_FILL * widest and not ends_sentence(line)
    return units


def _is_wrapped(blocks: list[list[str]], widest: int) -> bool:
    """A file is hard-wrapped when most lines that are followed by another in their block fill the width."""
    inner = [line for block in blocks for line in block[:-1]]
    full = sum(1 for line in inner if len(line) >= _WRAP_FILL * widest)
    return len(inner) >= 2 and full >= 0.7 * len(inner)
