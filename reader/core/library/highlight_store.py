"""Highlights: plain records in the library database, kept in step with the articles they mark.

A highlight lies in one block (paragraph, heading or the title) of an article; a selection over several
paragraphs is stored as one highlight per paragraph sharing a group id. When an article is re-imported
with new content, `HighlightStore.reanchor` finds each highlight's place again (see `anchoring`); a
highlight whose quote is gone is kept as orphaned, never dropped.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, replace
from pathlib import Path

from reader.core.document import Article
from reader.core.errors import HighlightNotFound, InvalidHighlight
from reader.core.highlights import (
    Highlight,
    Revision,
    article_text,
    check_color,
    find_quote,
    follow,
    make_highlight,
    place,
    timestamp,
)
from reader.core.library.database import transaction

_COLUMNS = (
    "id, article, paragraph, start_offset, end_offset, quote, prefix, suffix, color, note, "
    "created, modified, state, group_id"
)


class HighlightStore:
    """The highlights of one library, in its database; every method that writes is one transaction,
    except those documented as running inside the caller's."""

    def __init__(self, connection: sqlite3.Connection, folder: Path) -> None:
        self.connection = connection
        self.folder = folder

    def add(
        self,
        article: Article,
        paragraph: str,
        start: int,
        end: int,
        color: str = "yellow",
        note: str | None = None,
    ) -> Highlight:
        """Highlight [start, end) of one paragraph."""
        highlight = make_highlight(article, paragraph, start, end, color, note)
        with transaction(self.connection, self.folder):
            self.save(highlight)
        return highlight

    def add_quote(
        self,
        article: Article,
        quote: str,
        paragraph: str | None = None,
        color: str = "yellow",
        note: str | None = None,
    ) -> Highlight:
        """Highlight the first place of a quote, found as search finds words (harakat optional)."""
        if not quote.strip():
            raise InvalidHighlight("The quote is empty; give the words to highlight.")
        found = find_quote(article_text(article), quote.strip(), paragraph)
        if found is None:
            where = f"paragraph {paragraph}" if paragraph else f"article {article.id}"
            raise InvalidHighlight(f"The quote {quote.strip()!r} is not in {where}.")
        return self.add(article, found.paragraph, found.start, found.end, color, note)

    def add_selection(
        self,
        article: Article,
        spans: Sequence[tuple[str, int, int]],
        color: str = "yellow",
        note: str | None = None,
    ) -> list[Highlight]:
        """Highlight a selection over paragraphs: one highlight per (paragraph, start, end), grouped."""
        group = str(uuid.uuid4()) if len(spans) > 1 else None
        made = [replace(make_highlight(article, *span, color, note), group=group) for span in spans]
        with transaction(self.connection, self.folder):
            for highlight in made:
                self.save(highlight)
        return made

    def get(self, highlight_id: str) -> Highlight:
        """The highlight with this id."""
        row = self.connection.execute(
            f"SELECT {_COLUMNS} FROM highlights WHERE id = ?", (highlight_id,)
        ).fetchone()
        if row is None:
            raise HighlightNotFound(
                f"No highlight has the id {highlight_id!r}; 'qari highlight list' shows them."
            )
        return Highlight(*row)

    def find(self, highlight_id: str) -> Highlight | None:
        """The highlight with this id, or None."""
        try:
            return self.get(highlight_id)
        except HighlightNotFound:
            return None

    def resolve(self, reference: str) -> str:
        """The id of the one highlight whose id is, or starts with, `reference`."""
        reference = reference.strip().lower().removeprefix("urn:uuid:")
        rows = self.connection.execute(
            "SELECT id FROM highlights WHERE substr(id, 1, ?) = ? ORDER BY id", (len(reference), reference)
        ).fetchall()
        if not reference or not rows:
            raise HighlightNotFound(
                f"No highlight has the id {reference!r}; 'qari highlight list' shows them."
            )
        if len(rows) > 1 and reference not in (r[0] for r in rows):
            raise HighlightNotFound(f"{reference!r} matches {len(rows)} highlights; give more of the id.")
        return reference if len(rows) > 1 else rows[0][0]

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        """The highlights of one article, or of all, by article and creation time."""
        where, values = ("WHERE article = ?", (article_id,)) if article_id else ("", ())
        rows = self.connection.execute(
            f"SELECT {_COLUMNS} FROM highlights {where} ORDER BY article, created, id", values
        )
        return [Highlight(*row) for row in rows]

    def in_paragraph(self, article_id: str, paragraph_id: str) -> list[Highlight]:
        """The highlights of one paragraph, by start offset (what the reading view asks for)."""
        rows = self.connection.execute(
            f"SELECT {_COLUMNS} FROM highlights WHERE article = ? AND paragraph = ? "
            "ORDER BY start_offset, id",
            (article_id, paragraph_id),
        )
        return [Highlight(*row) for row in rows]

    def set_note(self, highlight_id: str, note: str | None) -> Highlight:
        """Write (or with None or '' remove) a highlight's note."""
        return self._change(highlight_id, note=note or None)

    def set_color(self, highlight_id: str, color: str) -> Highlight:
        """Give a highlight another colour of the palette."""
        return self._change(highlight_id, color=check_color(color))

    def attach(self, highlight_id: str, article: Article, paragraph: str, start: int, end: int) -> Highlight:
        """Put a highlight (typically an orphaned one) at a new place chosen by hand; its note stays."""
        old = self.get(highlight_id)
        new = make_highlight(article, paragraph, start, end, old.color)
        anchor = new.anchor
        return self._change(
            highlight_id,
            article=article.id,
            paragraph=anchor.paragraph,
            start=anchor.start,
            end=anchor.end,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            state="anchored",
        )

    def delete(self, highlight_id: str) -> Highlight:
        """Delete a highlight; the record returned can be given to `restore` to undo."""
        highlight = self.get(highlight_id)
        with transaction(self.connection, self.folder):
            self.connection.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
        return highlight

    def restore(self, highlight: Highlight) -> None:
        """Put back a deleted highlight exactly as it was."""
        with transaction(self.connection, self.folder):
            self.save(highlight)

    def save(self, highlight: Highlight) -> None:
        """Insert or replace a highlight record, inside the caller's transaction."""
        self.connection.execute(  # the record's fields are in the order of _COLUMNS
            f"INSERT OR REPLACE INTO highlights ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
            astuple(highlight),
        )

    def reanchor(self, revision: Revision) -> Counter[str]:
        """Find the place of each highlight of an article in its new text, inside the caller's transaction.

        Returns how many were kept, moved and orphaned.
        """
        after, old, new, pairs = revision.after, revision.old, revision.new, revision.pairs
        outcomes: Counter[str] = Counter()
        for highlight in self.highlights(after.id):
            anchor, outcome = follow(
                highlight.anchor,
                new,
                pairs.get(highlight.paragraph),
                old.position(highlight.paragraph, highlight.start),
            )
            outcomes[outcome] += 1
            state = {"kept": highlight.state, "moved": "moved", "orphaned": "orphaned"}[outcome]
            if outcome == "kept" and highlight.state == "orphaned":
                state = "moved"
            self.save(replace(highlight, **place(anchor), state=state))
        return outcomes

    def _change(self, highlight_id: str, **changes: object) -> Highlight:
        with transaction(self.connection, self.folder):
            updated = replace(self.get(highlight_id), **changes, modified=timestamp())  # type: ignore[arg-type]
            self.save(updated)
        return updated
