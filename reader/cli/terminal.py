"""Text for terminals: as stored (logical), or shaped and reordered for terminals without bidi (visual)."""

from __future__ import annotations

import shutil
import sys
import textwrap

import arabic_reshaper
from bidi.algorithm import get_display  # the pure-Python algorithm mirrors brackets; the Rust one does not

from reader.core.text import FSI, LRE, LRI, PDF, PDI, RLE, RLI, Direction, balance, direction_of

_AS_EMBEDDINGS = {LRI: LRE, RLI: RLE, PDI: PDF}


def visual_line(line: str) -> str:
    """One line shaped (Arabic letters in their joined forms) and put in display order."""
    return get_display(arabic_reshaper.reshape(_embeddings(balance(line))))


def _embeddings(line: str) -> str:
    """Isolates as the embeddings nearest to them: python-bidi's algorithm stops at an isolate."""
    if not any(char in line for char in (LRI, RLI, FSI, PDI)):
        return line
    return "".join(
        (RLE if direction_of(line[i + 1 :], "ltr") == "rtl" else LRE)
        if char == FSI
        else _AS_EMBEDDINGS.get(char, char)
        for i, char in enumerate(line)
    )


def render(text: str, visual: bool, direction: Direction | None = None, width: int | None = None) -> str:
    """A paragraph for the terminal; in visual mode wrapped, reordered and right-aligned when RTL."""
    if not visual:
        return balance(text)  # an override left open in a paragraph must not reach the next thing printed
    width = width or shutil.get_terminal_size((80, 24)).columns
    direction = direction or direction_of(text)
    lines = textwrap.wrap(text, width=width) or [""]
    shaped = [visual_line(line) for line in lines]
    return "\n".join(line.rjust(width) if direction == "rtl" else line for line in shaped)


def write(text: str = "") -> None:
    """Print a line to standard output in UTF-8, whatever the terminal's locale says."""
    sys.stdout.buffer.write((text + "\n").encode("utf-8"))
