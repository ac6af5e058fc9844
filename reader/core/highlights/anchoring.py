"""Where a highlight lies in an article's text, and finding its place again after the article changes.

An article's text, for highlights, is its title, headings and paragraphs in reading order joined by one
line break: the blocks of the reading view. A highlight is a span of one block, with its quote and up to
`CONTEXT` characters of that text on each side (so the context of a highlight at the start of a paragraph
is the end of the block before it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property
from typing import Literal

from reader.core.document import Article
from reader.core.highlights.approximate import closest_window, normalized_similarity, similarity
from reader.core.text import normalize_text

CONTEXT = 32
SHORT_QUOTE = 16  # a quote shorter than this is common enough that elsewhere it needs its context too
_APPROXIMATE_MIN = 8  # shorter quotes are never matched approximately
_APPROXIMATE_QUOTE = 0.75  # least similarity of an approximate quote to the one highlighted
_APPROXIMATE_SCORE = 0.65  # least overall score of an approximate match
_MOST_CANDIDATES = 50  # of a quote that occurs this often, only the places nearest its old one are judged
_SAME_PARAGRAPH = 0.5  # least similarity of an edited paragraph to its old text to count as "the same"
_NEARBY = 8  # an edited paragraph is looked for this many blocks around its old place

Outcome = Literal["kept", "moved", "orphaned"]


@dataclass(frozen=True)
class PlacedBlock:
    """A block of an article's text (title, heading or paragraph) and where it starts in the whole."""

    id: str
    text: str
    offset: int

    @cached_property
    def normalized(self) -> tuple[str, list[int]]:
        """The text after Arabic normalization, with the map back to original offsets."""
        return normalize_text(self.text)


@dataclass(frozen=True)
class Text:
    """An article's text as blocks, looked up by id."""

    blocks: tuple[PlacedBlock, ...]
    whole: str = field(init=False)
    by_id: dict[str, PlacedBlock] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "whole", "\n".join(b.text for b in self.blocks))
        object.__setattr__(self, "by_id", {b.id: b for b in self.blocks})

    def block(self, block_id: str) -> PlacedBlock | None:
        """The block with this id, or None."""
        return self.by_id.get(block_id)

    def position(self, block_id: str, start: int) -> float | None:
        """Where an offset of a block lies in the whole text, as a fraction; None when there is no block."""
        block = self.block(block_id)
        return (block.offset + start) / max(len(self.whole), 1) if block else None


@dataclass(frozen=True)
class Anchor:
    """A span of one block with its quote and context."""

    paragraph: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def article_text(article: Article) -> Text:
    """The article's blocks in reading order: title, then each section's heading and paragraphs."""
    blocks, offset = [], 0
    for block in article.blocks():
        blocks.append(PlacedBlock(block.id, block.text, offset))
        offset += len(block.text) + 1
    return Text(tuple(blocks))


def anchor_at(text: Text, block: PlacedBlock, start: int, end: int) -> Anchor:
    """The anchor of [start, end) in a block, with its context taken from the whole text."""
    at, to = block.offset + start, block.offset + end
    prefix = text.whole[max(0, at - CONTEXT) : at]
    return Anchor(block.id, start, end, block.text[start:end], prefix, text.whole[to : to + CONTEXT])


def find_quote(text: Text, quote: str, paragraph: str | None = None) -> Anchor | None:
    """The first place of a quote, as typed or after normalization (a quote without harakat finds them)."""
    blocks = [b for b in text.blocks if paragraph is None or b.id == paragraph]
    for block in blocks:
        at = block.text.find(quote)
        if at >= 0:
            return anchor_at(text, block, at, at + len(quote))
    wanted = normalize_text(quote)[0].strip()
    if not wanted:
        return None
    for block in blocks:
        normalized, origin = block.normalized
        at = normalized.find(wanted)
        if at >= 0:
            return anchor_at(text, block, origin[at], origin[at + len(wanted)])
    return None


def counterparts(before: Text, after: Text) -> dict[str, str]:
    """For each old block, the new block that is the same one: unchanged, or edited in its place."""
    old_ids, new_ids = [b.id for b in before.blocks], [b.id for b in after.blocks]
    pairs: dict[str, str] = {}
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_ids, new_ids, autojunk=False).get_opcodes():
        if tag == "equal":
            pairs.update(zip(old_ids[i1:i2], new_ids[j1:j2], strict=True))
        elif tag == "replace":
            for k, old in enumerate(before.blocks[i1:i2]):
                # compare with the new blocks at about the same place in the replaced run, not all of them
                middle = j1 + k * (j2 - j1) // (i2 - i1)
                nearby = after.blocks[max(j1, middle - _NEARBY) : min(j2, middle + _NEARBY + 1)]
                scored = [(similarity(old.text.split(), new.text.split()), new) for new in nearby]
                score, best = max(scored, key=lambda pair: pair[0])
                if score >= _SAME_PARAGRAPH:
                    pairs[old.id] = best.id
    return pairs


class Revision:
    """An article before and after it was imported again, with what following its highlights, bookmarks
    and place needs: both texts and the blocks' counterparts, each made once, when first asked for."""

    def __init__(self, before: Article, after: Article) -> None:
        self.before, self.after = before, after

    @cached_property
    def old(self) -> Text:
        """The text before."""
        return article_text(self.before)

    @cached_property
    def new(self) -> Text:
        """The text after."""
        return article_text(self.after)

    @cached_property
    def pairs(self) -> dict[str, str]:
        """For each old block, its new counterpart (see `counterparts`)."""
        return counterparts(self.old, self.new)


def follow(anchor: Anchor, after: Text, same: str | None, position: float | None) -> tuple[Anchor, Outcome]:
    """Re-anchor a highlight after an edit: kept in place, moved to where its quote is found, or orphaned."""
    block = after.block(anchor.paragraph)
    if block is not None and block.text[anchor.start : anchor.end] == anchor.quote:
        return anchor_at(after, block, anchor.start, anchor.end), "kept"
    found = relocate(anchor, after, same if same is not None else anchor.paragraph, position)
    return (found, "moved") if found else (anchor, "orphaned")


def relocate(anchor: Anchor, text: Text, same: str | None, position: float | None) -> Anchor | None:
    """Find a highlight's quote again after an edit; None when it is nowhere (the highlight is orphaned).

    `same` is the id of the block that is the highlight's old paragraph, if it is still there; `position`
    is where the highlight was in the old text (a fraction), if known. The quote is looked for in the
    same paragraph, then exactly in any other, then after normalization, then approximately.
    """
    if not anchor.quote.strip():
        return None
    judge = _Judge(anchor, text, position)
    own = text.block(same) if same else None
    if own is not None:
        found = [(own, at, at + len(anchor.quote)) for at in _occurrences(own.text, anchor.quote)]
        if found:
            return judge.best(found, guard=False)
    others = [b for b in text.blocks if b is not own]
    found = [(b, at, at + len(anchor.quote)) for b in others for at in _occurrences(b.text, anchor.quote)]
    if found and (best := judge.best(found, guard=True)):
        return best
    wanted = normalize_text(anchor.quote)[0].strip()
    found = []
    for block in text.blocks:
        normalized, origin = block.normalized
        found += [(block, origin[at], origin[at + len(wanted)]) for at in _occurrences(normalized, wanted)]
    if found and (best := judge.best(found, guard=True, own=own)):
        return best
    return judge.approximate(wanted, own)


class _Judge:
    """Scores candidate places of a quote by its context and old position, and picks the best."""

    def __init__(self, anchor: Anchor, text: Text, position: float | None) -> None:
        self.anchor, self.text, self.position = anchor, text, position

    def context(self, block: PlacedBlock, start: int, end: int) -> float:
        """How well the text around a candidate agrees with the highlight's context (0 to 1)."""
        at, to = block.offset + start, block.offset + end
        before = self.text.whole[max(0, at - len(self.anchor.prefix)) : at]
        after = self.text.whole[to : to + len(self.anchor.suffix)]
        return (
            normalized_similarity(self.anchor.prefix, before)
            + normalized_similarity(self.anchor.suffix, after)
        ) / 2

    def nearness(self, block: PlacedBlock, start: int) -> float:
        """How close a candidate is to the highlight's old place (0.5 when that is unknown)."""
        if self.position is None:
            return 0.5
        return 1 - abs(self.position - (block.offset + start) / max(len(self.text.whole), 1))

    def best(
        self, found: list[tuple[PlacedBlock, int, int]], guard: bool, own: PlacedBlock | None = None
    ) -> Anchor | None:
        """The candidate whose context and position agree best; with `guard`, a short quote outside its
        own paragraph must also have its context around it."""
        if len(found) > _MOST_CANDIDATES:  # a quote found everywhere: judge the nearest ones only
            found = sorted(found, key=lambda c: -self.nearness(c[0], c[1]))[:_MOST_CANDIDATES]
        scored = []
        for block, start, end in found:
            context = self.context(block, start, end)
            if guard and block is not own and len(self.anchor.quote) < SHORT_QUOTE and context < 0.5:
                continue
            score = 0.7 * context + 0.3 * self.nearness(block, start)
            scored.append((score, -block.offset, -start, block, start, end))
        if not scored:
            return None
        *_, block, start, end = max(scored, key=lambda row: row[:3])  # ties: the first in reading order
        return anchor_at(self.text, block, start, end)

    def approximate(self, wanted: str, own: PlacedBlock | None) -> Anchor | None:
        """The best place whose text is close to the quote, scored by quote, context and position."""
        if len(wanted) < _APPROXIMATE_MIN:
            return None
        best: tuple[float, PlacedBlock, int, int] | None = None
        words = [w for w in wanted.split() if len(w) >= 3] or [wanted]
        for block in self.text.blocks:
            if not any(word in block.normalized[0] for word in words):
                continue  # shares no word with the quote: not worth the fuzzy comparison
            window = closest_window(block.normalized[0], wanted)
            if window is None:
                continue
            alike, start, end = window
            origin = block.normalized[1]
            start, end = origin[start], origin[end]
            score = 0.6 * alike + 0.25 * self.context(block, start, end) + 0.15 * self.nearness(block, start)
            if block is own:
                score += 0.05  # between equals, the paragraph the quote was in
            if alike >= _APPROXIMATE_QUOTE and score >= _APPROXIMATE_SCORE and (not best or score > best[0]):
                best = (score, block, start, end)
        if best is None:
            return None
        _, block, start, end = best
        stripped = block.text[start:end]
        start += len(stripped) - len(stripped.lstrip())
        end -= len(stripped) - len(stripped.rstrip())
        return anchor_at(self.text, block, start, end) if end > start else None


def _occurrences(text: str, quote: str) -> list[int]:
    """Every offset where `quote` starts in `text` (overlapping ones too)."""
    found, at = [], text.find(quote) if quote else -1
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found
