"""Reranking strips harakat and tatweel from the hits' texts as `strip_marks` does, by a quicker way."""

from __future__ import annotations

from reader.core.search import ranking
from reader.core.text import strip_marks


def test_the_bare_text_is_the_text_without_marks_and_tatweel_for_every_character():
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert ranking._bare(every) == strip_marks(every).replace("\u0640", "")
    assert ranking._bare("كَتَبَ الطّـالبُ") == "كتب الطالب"
