"""Plain text: the first line is the title; the rest is read as headings and paragraphs, decided for the
whole text.

- A line underlined with `===` or `---` (setext, as in Markdown) is a heading, and the underline is dropped.
  A text that marks its headings this way has no others; when it uses both underlines, `---` headings nest
  under `===` ones (levels 3 and 2), else all are level 2.
- Otherwise a line without closing punctuation before a paragraph is a heading (the seed's 21-word heading
  is one), unless the text is not written in sentences: when the lines without closing punctuation
  outnumber those with it (a sura, a poem, a list), or when at least half its lines end in a verse number
  («(١)», «﴿١﴾», «(12)», `[3]`), every line is a paragraph. A line ending in a verse number is always a
  paragraph.

Paragraphs are separated by line breaks or blank lines. A file whose lines are all wrapped near one width
(an e-mail, a text from a terminal) is read as hard-wrapped: a line that fills the width and does not end a
sentence is joined with the next line of its block.
"""

from __future__ import annotations

import re

from reader.core.document.model import DraftBlock, DraftSection, Outline

SENTENCE_END = tuple(".!?؟…:؛")
_CLOSERS = "\"'”’»)]}>›"
_WRAP_MIN, _WRAP_MAX = 60, 100  # a hard-wrapped file's widest line lies in this range
_WRAP_FILL = 0.6  # a wrapped line fills at least this share of the widest line
_DIGITS = "0-9٠-٩۰-۹"
# A verse number closing a line: (١) ﴿١﴾ ﴾١﴿ [3] (12), or the end-of-verse sign ۝ before or after it.
VERSE_END = re.compile(
    rf"(?:[(\[﴾﴿]\s*۝?\s*[{_DIGITS}]{{1,3}}\s*[)\]﴾﴿]|۝\s*[{_DIGITS}]{{1,3}}|[{_DIGITS}]{{1,3}}\s*۝)\s*$"
)
_UNDERLINE = re.compile(r"={3,}|-{3,}")

Units = list[tuple[str, str]]  # each logical line, and the underline that made it a heading ("=", "-" or "")


def ends_sentence(line: str) -> bool:
    """True when a line ends in sentence punctuation, possibly followed by closing quotes or brackets."""
    return line.rstrip().rstrip(_CLOSERS).endswith(SENTENCE_END)


def ends_verse(line: str) -> bool:
    """True when a line ends in a verse number: «(١)», «﴿١﴾», «(12)», «[3]»."""
    return VERSE_END.search(line) is not None


def _closes(line: str) -> bool:
    return ends_sentence(line) or ends_verse(line)


def parse(text: str) -> Outline:
    """Split a plain text into its title and its sections (all headings of level 2)."""
    units = _logical_lines(text)
    if not units:
        return Outline("", [])
    title, body = units[0][0], units[1:]
    sections: list[DraftSection] = []
    nested = {underline for _, underline in body} >= {"=", "-"}
    for (unit, underline), heading in zip(body, _headings(body), strict=True):
        if heading:
            sections.append(DraftSection(unit, [], 3 if nested and underline == "-" else 2))
        else:
            if not sections:
                sections.append(DraftSection(None, []))
            sections[-1].blocks.append(DraftBlock(unit))
    return Outline(title, sections)


def _headings(body: Units) -> list[bool]:
    """Which lines of the body are headings, decided for the whole text (see the module's rules)."""
    if any(underline for _, underline in body):
        return [bool(underline) for _, underline in body]
    lines = [unit for unit, _ in body]
    is_heading = [False] * len(lines)
    open_lines = sum(1 for line in lines[:-1] if not _closes(line))  # the last line is never a heading
    closed = sum(1 for line in lines if _closes(line))
    verses = sum(1 for line in lines if ends_verse(line))
    if open_lines > closed or 2 * verses >= len(lines):
        return is_heading
    for i in range(len(lines) - 2, -1, -1):
        is_heading[i] = not _closes(lines[i]) and not is_heading[i + 1]
    return is_heading


def _blocks(text: str) -> tuple[list[list[str]], dict[int, str]]:
    """The text's blocks of lines between blank lines, and which blocks are underlined headings (by what).

    An underline makes the line above it a block (a heading) of its own; an underline with no line above it
    in its block is a separator, and is dropped too."""
    blocks: list[list[str]] = [[]]
    headings: dict[int, str] = {}
    for raw in text.split("\n"):
        line = raw.strip()
        if _UNDERLINE.fullmatch(line):
            if blocks[-1]:
                heading = blocks[-1].pop()
                if blocks[-1]:
                    blocks.append([])
                blocks[-1].append(heading)
                headings[len(blocks) - 1] = line[0]
                blocks.append([])
        elif line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return blocks, headings


def _logical_lines(text: str) -> Units:
    """The text's paragraphs and headings, hard-wrapped lines joined back."""
    blocks, headings = _blocks(text)
    lines = [line for block in blocks for line in block]
    widest = max((len(line) for line in lines), default=0)
    wrapped = _WRAP_MIN <= widest <= _WRAP_MAX and _is_wrapped(blocks, widest)
    units: Units = []
    for number, block in enumerate(blocks):
        if number in headings:
            units.extend((line, headings[number]) for line in block)
            continue
        joining = False
        for line in block:
            if joining:
                units[-1] = (f"{units[-1][0]} {line}", "")
            else:
                units.append((line, ""))
            # the title (the very first line) is never joined with what follows
            joining = wrapped and len(units) > 1 and len(line) >= _WRAP_FILL * widest and not _closes(line)
    return units


def _is_wrapped(blocks: list[list[str]], widest: int) -> bool:
    """A file is hard-wrapped when most lines that are followed by another in their block fill the width."""
    inner = [line for block in blocks for line in block[:-1]]
    full = sum(1 for line in inner if len(line) >= _WRAP_FILL * widest)
    return len(inner) >= 2 and full >= 0.7 * len(inner)
