"""Changes to how Whoosh writes postings, for a smaller index that is written faster.

Most words of a library occur in one or two paragraphs. Whoosh 2.7 writes every term's postings as a
block of their own (a pickled header and a zlib-compressed pickle, about 100 bytes even for one posting),
and its codec's switch to keep short posting lists inside the term entry instead is broken (it calls a
method that does not exist). `InliningCodec` repairs that switch, and its field writer reads each
document's field length once instead of once per posting (a third of the time of a commit).
`CompactPositions` stores a word's positions as one byte of width and the deltas as an array, instead
of a length and a pickled list. `WeightOnly` stores nothing per posting for the stems: how often a
word occurs is its posting's weight already, and Whoosh kept it a second time in 4 bytes. The term
table itself is written smaller by `terms`.

The index records both classes by name (the codec per segment, the format in the pickled schema): they
must stay in this module under these names, or an index built before a move is found damaged and rebuilt.
"""

from __future__ import annotations

import sys
from array import array
from itertools import accumulate, pairwise
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter, W3TermsReader
from whoosh.formats import Frequency, Positions
from whoosh.matching import ListMatcher, Matcher

from reader.core.search.terms import CompactTermInfo, CompactTermsReader, LeanHashWriter

INLINE_LIMIT = 6  # postings kept inside the term entry; longer lists get blocks of their own
_WIDTHS = (("B", 0xFF), ("H", 0xFFFF), ("I", 0xFFFFFFFF))


class InliningCodec(W3Codec):
    """Whoosh's default codec, with short posting lists kept inside their term's entry."""

    def __init__(self, blocklimit: int = 128, compression: int = 3, inlinelimit: int = INLINE_LIMIT) -> None:
        super().__init__(blocklimit, compression, inlinelimit)

    def field_writer(self, storage, segment) -> W3FieldWriter:
        """A field writer that reads document lengths once."""
        return LeanFieldWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None) -> Matcher:
        """A matcher over a term's postings; inlined values are given back as bytes."""
        if not terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        ids, weights, values = terminfo.inlined_postings()
        return ListMatcher(ids, weights, values or None, format_, scorer=scorer, term=term, terminfo=terminfo)

    def terms_reader(self, storage, segment) -> W3TermsReader:
        """A reader of the term table that reads packed entries."""
        name = segment.make_filename(self.TERMS_EXT)
        postings = segment.open_file(storage, self.POSTS_EXT)
        return CompactTermsReader(self, storage.open_file(name), storage.file_length(name), postings)

    def postings_writer(self, dbfile, byteids: bool = False) -> W3PostingsWriter:
        """A postings writer that can inline."""
        return InliningPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


class LeanFieldWriter(W3FieldWriter):
    """W3FieldWriter whose loop over the sorted postings does less per posting, writing the term table
    with `terms.LeanHashWriter` and `terms.CompactTermInfo` entries."""

    def __init__(self, codec, storage, segment) -> None:
        super().__init__(codec, storage, segment)
        self._tindex.__class__ = LeanHashWriter  # made by Whoosh's __init__, nothing written yet

    def start_term(self, btext: bytes) -> None:
        """Begin the postings of a term."""
        self._btext = btext
        self._postwriter.start_postings(self._fieldobj.format, CompactTermInfo())

    def add_postings(self, schema, lengths, items) -> None:
        """Write (fieldname, term bytes, docnum, weight, value) postings, sorted by field and term."""
        last_field = last_term = None
        field_lengths: dict[int, int] = {}
        for fieldname, term, docnum, weight, value in items:
            if fieldname != last_field:
                if last_term is not None:
                    self.finish_term()
                if last_field is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                last_field, last_term, field_lengths = fieldname, None, {}
            if docnum == -1:  # Whoosh's marker for spelling words, which Qari does not keep
                continue
            if term != last_term:
                if last_term is not None:
                    self.finish_term()
                self.start_term(term)
                last_term = term
            length = field_lengths.get(docnum)
            if length is None:
                length = field_lengths[docnum] = lengths.doc_field_length(docnum, fieldname) if lengths else 0
            self._postwriter.add_posting(docnum, weight, value or b"", length)
        if last_term is not None:
            self.finish_term()


class InliningPostingsWriter(W3PostingsWriter):
    """W3PostingsWriter whose inlining works, without the type checks on each posting."""

    # set by Whoosh's own writer, which declares no types
    _maxweight: float
    _minlength: int | None
    _maxlength: int
    _terminfo: Any

    def add_posting(self, id_: int, weight: float, vbytes: bytes, length: int | None = None) -> None:
        """Buffer one posting, writing the block first when it is full."""
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            if self._minlength is None or length < self._minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def finish_postings(self):
        """Finish a term: inline its postings when few, else write the last block as Whoosh does."""
        terminfo = self._terminfo
        if self.written() or len(self) >= self._inlinelimit:
            return super().finish_postings()
        terminfo.add_block(self)
        terminfo.set_inlined(self._ids, self._weights, self._values)  # packed by CompactTermInfo
        self._terminfo = None
        return terminfo


class CompactPositions(Positions):
    """Positions stored as a width byte and the deltas in an array of that width (little-endian)."""

    def encode(self, poslist: list[int]) -> bytes:
        """The positions of one word in one document."""
        if len(poslist) == 1 and poslist[0] < 0x100:  # by far the most common case
            return b"B" + bytes(poslist)
        deltas = array("I", [poslist[0]] + [b - a for a, b in pairwise(poslist)])
        largest = max(deltas)
        code = next(code for code, limit in _WIDTHS if largest <= limit)
        packed = array(code, deltas)
        if sys.byteorder == "big":
            packed.byteswap()
        return code.encode("ascii") + packed.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        """The positions back from `encode`."""
        if len(valuestring) == 2:  # one position under 256, the common case
            return [valuestring[1]]
        deltas = array(chr(valuestring[0]))
        deltas.frombytes(valuestring[1:])
        if sys.byteorder == "big":
            deltas.byteswap()
        return list(accumulate(deltas))

    def decode_frequency(self, valuestring: bytes) -> int:
        """How often the word occurs: the number of positions."""
        return (len(valuestring) - 1) // array(chr(valuestring[0])).itemsize

    def combine(self, vs: list[bytes]) -> bytes:
        """The positions of several values merged."""
        return self.encode(sorted({p for v in vs for p in self.decode_positions(v)}))


class WeightOnly(Frequency):
    """Whoosh's Frequency format with no value per posting: the count is the posting's weight."""

    posting_size = 0

    def word_values(self, value, analyzer, **kwargs):
        """Whoosh's (word, frequency, weight, value) for each word, with empty values."""
        for word, count, weight, _ in super().word_values(value, analyzer, **kwargs):
            yield word, count, weight, b""
