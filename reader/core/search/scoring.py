"""BM25F as Whoosh computes it, with each segment's field lengths read once instead of once per match.

Whoosh's scorer looks up a document's field length in the segment's length column for every match it
scores (and again for every block it considers skipping): for a common word that was a third of the
query time. Here the lengths of a segment's field are read into a list the first time a query needs
them and kept while the segment exists; segments never change, only whole ones come and go.
"""

from __future__ import annotations

import threading

from whoosh.scoring import BM25F, BM25FScorer

_SegmentField = tuple[str, str]


class CachedLengthsBM25F(BM25F):
    """BM25F (Whoosh's defaults B=0.75, K1=1.2) with the field lengths of each segment cached."""

    def __init__(self) -> None:
        super().__init__()
        self._lengths: dict[_SegmentField, list[int]] = {}
        self._lock = threading.Lock()

    def scorer(self, searcher, fieldname: str, text: bytes, qf: int = 1):
        """Whoosh's BM25F scorer, reading lengths from the cached list."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        reader = searcher.reader()
        segment = reader.segment() if hasattr(reader, "segment") else None  # only one segment's reader
        if isinstance(scorer, BM25FScorer) and segment is not None:
            scorer.dfl = self._field_lengths(reader, segment.segment_id(), fieldname).__getitem__
        return scorer

    def forget_other_segments(self, segment_ids: set[str]) -> None:
        """Drop the lengths of segments that are no longer in the index."""
        with self._lock:
            for key in [key for key in self._lengths if key[0] not in segment_ids]:
                del self._lengths[key]

    def _field_lengths(self, reader, segment_id: str, fieldname: str) -> list[int]:
        key = (segment_id, fieldname)
        lengths = self._lengths.get(key)
        if lengths is None:
            field_length = reader.doc_field_length
            # at least 1, as Whoosh's own scorer asks for, so that an empty field never divides by 0
            lengths = [field_length(docnum, fieldname, 1) or 1 for docnum in range(reader.doc_count_all())]
            with self._lock:
                self._lengths[key] = lengths
        return lengths
