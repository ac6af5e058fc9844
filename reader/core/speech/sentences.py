"""The sentences of a paragraph, as spans: for previous/next sentence, and a short first chunk to speak."""

from __future__ import annotations

import re

# A sentence ends after . ! ? ؟ ۔ or … (a run of them), with the closing quotes and brackets that follow,
# or at a line end.
_END = re.compile(r"[.!?؟۔…]+[\"'»”’)\]}]*|\n")
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s(«\"])(?:[^\W\d_]|ق\.م)$")  # "د." "ص." "ق.م." end no sentence


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences of `text`, without the blanks around them, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _ends(text):
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _ends(text: str) -> list[int]:
    """Where sentences end: after each terminator that is not a decimal point or an abbreviation's dot."""
    ends = []
    for match in _END.finditer(text):
        if match.group() == ".":
            before, after = text[: match.start()], text[match.end() : match.end() + 1]
            if (before[-1:].isdigit() and after.isdigit()) or _ABBREVIATION_BEFORE.search(before):
                continue
        ends.append(match.end())
    return ends


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add text[start:end] to spans, blanks trimmed, unless it holds nothing but blanks."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        spans.append((first, first + len(stripped)))
