"""Where reading aloud goes in the article a view shows: where it starts, and the pieces it says, a
sentence at a time, across the title, headings and paragraphs, forwards and back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.text import direction_of

if TYPE_CHECKING:
    from reader.gui.reading.textview import ReadingView

Place = tuple[int, int, int]
"""A piece to say: its block's number, and [start, end) in the block's stored text."""
_RTL_LANGUAGES = {"ar", "fa", "ur", "ps", "ckb", "sd", "ug", "he", "yi"}


class ReadingPlaces:
    """The sentences of a view's blocks, found once per block, and the places they make."""

    def __init__(self, view: ReadingView) -> None:
        self._view = view
        self._sentences: dict[int, list[tuple[int, int]]] = {}

    def forget(self) -> None:
        """Find the sentences again: the view shows another article, or the same one changed."""
        self._sentences.clear()

    def start(self) -> tuple[int, int]:
        """Where reading starts (block number, stored offset): the selection, else the caret when it is in
        sight, else the top of the view (the article's start when it is not scrolled)."""
        view = self._view
        cursor = view.textCursor()
        if cursor.hasSelection() or view.viewport().rect().intersects(view.cursorRect(cursor)):
            position = cursor.selectionStart()
            block = view.document().findBlock(position)
            number = block.blockNumber()
            return number, view.blocks.to_original(number, position - block.position())
        return view.top_block(), 0

    def from_place(self, number: int, offset: int, whole_sentence: bool = False) -> Place | None:
        """The piece to read from a place: the rest of its sentence from the start of the word there (the
        whole sentence if asked), else the next sentence after it, in this block or the ones below."""
        blocks = self._view.blocks
        text = blocks.originals[number] if 0 <= number < len(blocks) else ""
        while 0 < offset < len(text) and not text[offset - 1].isspace():
            offset -= 1
        return self._first_from(number, offset, whole_sentence)

    def after(self, place: Place) -> Place | None:
        """The sentence after a piece, or None at the end of the article."""
        return self._first_from(place[0], place[2])

    def before(self, place: Place) -> Place | None:
        """The sentence before a piece, or None at the start of the article."""
        number, start, _end = place
        for current in range(number, -1, -1):
            earlier = [span for span in self._spans(current) if current < number or span[1] <= start]
            if earlier:
                return current, *earlier[-1]
        return None

    def language(self, text: str) -> str:
        """The language to say a piece in: the article's, when the piece runs its way; else Arabic for a
        right-to-left piece and English for a left-to-right one."""
        article = self._view.article
        primary = (article.language if article is not None else "").split("-")[0].lower()
        if direction_of(text) == "rtl":
            return primary if primary in _RTL_LANGUAGES else "ar"
        return primary if primary and primary != "und" and primary not in _RTL_LANGUAGES else "en"

    def _first_from(self, number: int, offset: int, whole_sentence: bool = False) -> Place | None:
        for current in range(max(number, 0), len(self._view.blocks)):
            for start, end in self._spans(current):
                if current == number and end <= offset:
                    continue
                begin = start if current != number or whole_sentence else max(start, offset)
                return current, begin, end
        return None

    def _spans(self, number: int) -> list[tuple[int, int]]:
        if number not in self._sentences:
            from reader.core.speech import sentences  # loaded with reading aloud, not with the window

            self._sentences[number] = sentences(self._view.blocks.originals[number])
        return self._sentences[number]
