"""BM25F as Whoosh computes it, with each segment's field lengths read once, and headings weighed less.

Whoosh's scorer looks up a document's field length in the segment's length column for every match it
scores (and again for every block it considers skipping): for a common word that was a third of the
query time. Here the lengths of a segment's field are read into a list the first time a query needs
them and kept while the segment exists; segments never change, only whole ones come and go.

Titles and headings are labels of the text, not text to read: BM25F's length normalisation gives a
one-word heading about twice the score of an average paragraph with the same word, and five identical
topic headings of a hadith collection came before any paragraph. Their scores are multiplied by
LABEL_WEIGHT, so that they rank below the paragraphs that have the same words.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.matching import Matcher
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

_SegmentField = tuple[str, str]
Blocks = Iterator[tuple[Sequence[int], Sequence[float]]]  # (documents, weights) of a word's postings
ScoreBlock = Callable[[Sequence[int], Sequence[float]], list[float]]
# Score factor of titles and headings: a paragraph with the same words comes first up to six times the
# average length, while a heading with the exact spelling still outranks paragraphs sharing only its stem.
LABEL_WEIGHT = 0.2
LABEL_KINDS = ("heading", "title")
# A document's length as the W3 codec keeps it, in one byte; at least 1, as Whoosh's own scorer asks for,
# so that an empty field never divides by 0
_LENGTH_OF_BYTE = [byte_to_length(byte) or 1 for byte in range(256)]


class LabelAwareScorer(BM25FScorer):
    """Whoosh's BM25F scorer with cached lengths, and titles and headings weighed by LABEL_WEIGHT."""

    labels: frozenset[int] = frozenset()  # set by CachedLengthsBM25F.scorer

    def score(self, matcher) -> float:
        """The BM25F score of the matcher's current document."""
        docnum = matcher.id()
        score = self._score(matcher.weight(), self.dfl(docnum))
        return score * LABEL_WEIGHT if docnum in self.labels else score


@dataclass(frozen=True, slots=True)
class BlockScores:
    """BM25F (Whoosh's bm25(), inlined) of one word in one segment, for whole blocks of postings."""

    idf: float
    avgfl: float
    b: float
    k1: float
    lengths: Sequence[int]
    labels: frozenset[int]

    def __call__(self, ids: Sequence[int], weights: Sequence[float]) -> list[float]:
        """The scores of the documents `ids`, the word occurring in each `weights` times."""
        k1, idf, lengths = self.k1, self.idf, self.lengths
        base, per_length = k1 * (1 - self.b), k1 * self.b / self.avgfl
        pairs = zip(ids, weights, strict=True)
        scores = [idf * w * (k1 + 1) / (w + base + per_length * lengths[d]) for d, w in pairs]
        labels = self.labels
        if labels.isdisjoint(ids):
            return scores
        return [s * LABEL_WEIGHT if d in labels else s for d, s in zip(ids, scores, strict=True)]


def prefix_postings(reader, fieldname: str, prefix: str) -> Iterator[tuple[bytes, Blocks]]:
    """Each word of a segment's field that begins with `prefix`, with its postings in blocks.

    The short lists kept inside their term's entry (most words) are read from the entry met while
    walking the terms, instead of being looked up again one word at a time.
    """
    direct = not reader.has_deletions()  # else the postings must go through Whoosh's deletion filter
    for word, info in reader.iter_prefix(fieldname, prefix):
        if direct and info.is_inlined():
            ids, weights, _ = info.inlined_postings()
            yield word, iter([(ids, weights or [1.0] * len(ids))])
        else:
            yield word, posting_blocks(reader.postings(fieldname, word))


def posting_blocks(postings: Matcher) -> Blocks:
    """A term's postings as blocks of (documents, weights), read whole instead of one by one.

    Whoosh's matchers give one posting per call (id(), weight(), next()); reading the block arrays of
    its W3 codec directly is several times quicker for the postings of a prefix's words or a count.
    """
    if isinstance(postings, W3LeafMatcher):
        while postings.is_active():
            postings._read_ids()
            postings._read_weights()
            yield postings._ids, postings._weights
            postings._next_block()
        return
    ids: list[int] = []
    weights: list[float] = []
    while postings.is_active():  # a short list kept inside its term's entry (codec.InliningCodec)
        ids.append(postings.id())
        weights.append(postings.weight())
        postings.next()
    yield ids, weights


class CachedLengthsBM25F(BM25F):
    """BM25F (Whoosh's defaults B=0.75, K1=1.2) with the field lengths of each segment cached."""

    def __init__(self) -> None:
        super().__init__()
        self._lengths: dict[_SegmentField, list[int]] = {}
        self._labels: dict[str, frozenset[int]] = {}
        self._lock = threading.Lock()

    def scorer(self, searcher, fieldname: str, text: bytes, qf: int = 1):
        """Whoosh's BM25F scorer, reading lengths from the cached list and weighing labels less."""
        reader = searcher.reader()
        segment = reader.segment() if hasattr(reader, "segment") else None  # only one segment's reader
        if segment is None or not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf)
        scorer = LabelAwareScorer(searcher, fieldname, text, self.B, self.K1, qf=qf)
        scorer.dfl = self._field_lengths(reader, segment.segment_id(), fieldname).__getitem__
        scorer.labels = self.labels(reader, segment.segment_id())
        return scorer

    def block_scores(self, searcher, fieldname: str, word: bytes) -> BlockScores | None:
        """The scoring of one word in a segment's searcher, for blocks of postings (None: not a segment's)."""
        reader = searcher.reader()
        segment = reader.segment() if hasattr(reader, "segment") else None
        if segment is None:
            return None
        top = (
            searcher.get_parent()
        )  # idf and average length are the whole index's, as Whoosh's scorer has them
        return BlockScores(
            top.idf(fieldname, word),  # kept by the searcher once asked
            top.avg_field_length(fieldname) or 1,
            self.B,
            self.K1,
            self._field_lengths(reader, segment.segment_id(), fieldname),
            self.labels(reader, segment.segment_id()),
        )

    def labels(self, reader, segment_id: str) -> frozenset[int]:
        """The documents of one segment that are titles or headings."""
        labels = self._labels.get(segment_id)
        if labels is None:
            labels = frozenset(
                docnum
                for kind in LABEL_KINDS
                if ("kind", kind) in reader
                for ids, _ in posting_blocks(reader.postings("kind", kind))
                for docnum in ids
            )
            with self._lock:
                self._labels[segment_id] = labels
        return labels

    def forget_other_segments(self, segment_ids: set[str]) -> None:
        """Drop the lengths and labels of segments that are no longer in the index."""
        with self._lock:
            for key in [key for key in self._lengths if key[0] not in segment_ids]:
                del self._lengths[key]
            for segment_id in [key for key in self._labels if key not in segment_ids]:
                del self._labels[segment_id]

    def _field_lengths(self, reader, segment_id: str, fieldname: str) -> list[int]:
        key = (segment_id, fieldname)
        lengths = self._lengths.get(key)
        if lengths is None:
            lengths = _column_lengths(reader, fieldname)
            if lengths is None:  # another codec: asked document by document
                count, field_length = reader.doc_count_all(), reader.doc_field_length
                lengths = [field_length(docnum, fieldname, 1) or 1 for docnum in range(count)]
            with self._lock:
                self._lengths[key] = lengths
        return lengths


def _column_lengths(reader, fieldname: str) -> list[int] | None:
    """A segment's field lengths read at once from the W3 codec's column of one byte per document (a 30 MB
    library: 90,000 documents in a few milliseconds, against 0.2 s asking for each); None for another
    codec."""
    perdoc = getattr(reader, "_perdoc", None)
    if not isinstance(perdoc, W3PerDocReader):
        return None
    count = reader.doc_count_all()
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    stored = min(column._count, count) if column is not None else 0  # the documents after it have none
    data = column._dbfile.get(column._basepos, stored) if stored else b""
    return [_LENGTH_OF_BYTE[byte] for byte in data] + [1] * (count - stored)
