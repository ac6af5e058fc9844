"""A book's chapters as one run of sections, whose headings follow its table of contents.

Each entry of the table of contents becomes a heading at its level, placed before the first piece of text
its target names: the piece carrying the fragment's id, else the first piece of the target's chapter (a
chapter with no text: the next text after it). An entry without a target (a group's label) is placed with
the next entry that has one; entries whose target is not in the spine are left out. A heading of the
chapter's own that stands right where entries were placed and repeats one of their labels is dropped, so it
is not shown twice. Every other heading of the chapters stays a heading, below the entry it falls under:
the largest heading (`<h1>` or the largest there) one level below the entry, the next size two below, and
so on, capped at 6; before the first entry they are ranked the same way from level 2.

A book with no usable table of contents takes its chapters' own headings, the largest size used in the
book at level 2 and each smaller size one deeper.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.document.importers.epubtoc import DEEPEST, TOP_LEVEL, Entry
from reader.core.document.importers.markup import Piece
from reader.core.document.model import DraftBlock, DraftSection
from reader.core.text import Direction, first_strong

Chapter = tuple[str, list[Piece]]
"""A chapter's member path and its pieces."""


def book_sections(
    chapters: list[Chapter], toc: list[Entry], fallback: Direction | None
) -> list[DraftSection]:
    """The sections of a book (an empty one before the first heading left out); `fallback` is the direction
    of a paragraph with no strong letter and none declared (the spine's page-progression-direction)."""
    flat = [piece for _path, chapter in chapters for piece in chapter]
    placed = _placements(chapters, toc)
    sections = _arranged(flat, placed, fallback) if any(placed) else _by_own_headings(flat, fallback)
    return [section for section in sections if section.heading is not None or section.blocks]


def _arranged(flat: list[Piece], placed: list[list[Entry]], fallback: Direction | None) -> list[DraftSection]:
    """The table of contents' entries among the pieces, and the chapters' repeated headings left out."""
    items: list[Entry | Piece] = []
    repeated: set[int] = set()
    for index in range(len(flat) + 1):
        items.extend(placed[index])
        labels = [_key(entry.label) for entry in placed[index]]
        following = index
        while following < len(flat) and flat[following].kind == "heading" and labels:
            key = _key(flat[following].text)
            if key not in labels or (following > index and placed[following]):
                break
            labels.remove(key)  # the chapter's own heading, repeating an entry placed there
            repeated.add(following)
            following += 1
        if index < len(flat) and index not in repeated:
            items.append(flat[index])
    return _sections(items, fallback)


def _placements(chapters: list[Chapter], toc: list[Entry]) -> list[list[Entry]]:
    """For each place in the run of pieces (and one past the end), the entries placed before it."""
    starts: dict[str, int] = {}
    anchors: dict[tuple[str, str], int] = {}
    count = 0
    for path, chapter in chapters:
        starts.setdefault(path, count)
        for piece in chapter:
            for anchor in piece.anchors:
                anchors.setdefault((path, anchor), count)
            count += 1
    placed: list[list[Entry]] = [[] for _ in range(count + 1)]
    waiting: list[Entry] = []  # group labels without a target, placed with the next entry that has one
    for entry in toc:
        place = anchors.get((entry.path, entry.fragment), starts.get(entry.path))
        if place is None:
            if not entry.path:
                waiting.append(entry)
            continue
        placed[place].extend([*waiting, entry])
        waiting.clear()
    return placed


def _sections(items: list[Entry | Piece], fallback: Direction | None) -> list[DraftSection]:
    """Sections from entries and pieces; the pieces' own headings ranked below the entry over them."""
    sections: list[DraftSection] = [DraftSection(None, [])]
    spans: list[list[Entry | Piece]] = [[]]
    for item in items:
        if isinstance(item, Entry):
            spans.append([])
        spans[-1].append(item)
    for span in spans:
        base = span[0].level if span and isinstance(span[0], Entry) else TOP_LEVEL - 1
        ranks = _ranks(p.level for p in span if isinstance(p, Piece) and p.kind == "heading")
        for item in span:
            if isinstance(item, Entry):
                sections.append(DraftSection(item.label, [], item.level))
            elif item.kind == "heading":
                sections.append(DraftSection(item.text, [], min(base + 1 + ranks[item.level], DEEPEST)))
            else:
                sections[-1].blocks.append(_block(item, fallback))
    return sections


def _by_own_headings(flat: list[Piece], fallback: Direction | None) -> list[DraftSection]:
    sections: list[DraftSection] = [DraftSection(None, [])]
    ranks = _ranks(p.level for p in flat if p.kind == "heading")
    for piece in flat:
        if piece.kind == "heading":
            sections.append(DraftSection(piece.text, [], min(TOP_LEVEL + ranks[piece.level], DEEPEST)))
        else:
            sections[-1].blocks.append(_block(piece, fallback))
    return sections


def _ranks(levels: Iterable[int]) -> dict[int, int]:
    """Each heading size used, by its rank among them: the largest 0, the next 1 …"""
    return {level: rank for rank, level in enumerate(sorted(set(levels)))}


def _block(piece: Piece, fallback: Direction | None) -> DraftBlock:
    direction = piece.direction or (None if first_strong(piece.text) else fallback)
    return DraftBlock(piece.text, direction)


def _key(text: str) -> str:
    """A label as compared with a heading: spacing, case, tatweel and closing punctuation ignored."""
    return " ".join(text.replace("\u0640", "").split()).casefold().strip(" .:;،؛-–—")
