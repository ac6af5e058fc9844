"""How headings nest: each section under the nearest one before it of a lower level, the title above all.

The one rule behind the navigator's tree, the search breadcrumbs and the exports' nested headings. A
level may jump (2 then 4): the 4 nests under the 2. The paragraphs before the first heading (a section
without one) nest under the title and hold no section below them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.document.model import TITLE_ID, Article


def parents(sections: Sequence[tuple[str | None, int]]) -> list[int | None]:
    """For each (heading, level) in order, the index of the section it nests under; None under the title."""
    found: list[int | None] = []
    open_sections: list[int] = []  # the indices of the sections a next one may nest under, outermost first
    for index, (heading, level) in enumerate(sections):
        if heading is None:
            found.append(None)
            continue
        while open_sections and sections[open_sections[-1]][1] >= level:
            open_sections.pop()
        found.append(open_sections[-1] if open_sections else None)
        open_sections.append(index)
    return found


def trails(sections: Sequence[tuple[str | None, int]]) -> list[tuple[str, ...]]:
    """For each (heading, level) in order, its heading trail: the headings it nests under, outermost first,
    then its own; () for a section without a heading."""
    found: list[tuple[str, ...]] = []
    for index, parent in enumerate(parents(sections)):
        heading = sections[index][0]
        found.append(() if heading is None else (*(found[parent] if parent is not None else ()), heading))
    return found


def section_trails(article: Article) -> dict[str, tuple[str, ...]]:
    """The heading trail of each of an article's sections by its id (a heading id, or TITLE_ID: ())."""
    pairs = [(section.heading, section.level) for section in article.sections]
    found: dict[str, tuple[str, ...]] = {TITLE_ID: ()}
    for section, trail in zip(article.sections, trails(pairs), strict=True):
        if section.heading_id is not None:
            found[section.heading_id] = trail
    return found


def join_trail(headings: Iterable[str], separator: str = " › ") -> str:
    """A heading trail as one line, outermost first: 'Chapter › Section'. The separator is mirrored in a
    right-to-left line, so an Arabic trail reads from the right with its arrows pointing left."""
    return separator.join(headings)
