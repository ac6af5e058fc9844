"""The term table of a segment, smaller: short posting lists packed as arrays, and fuller hash tables.

Most terms of a library occur in one or two documents, and their postings are kept inside the term's
entry (see `codec`). Whoosh pickles them there (a tuple of three tuples, some 35 bytes for one posting);
`CompactTermInfo` packs them as three arrays of the smallest width that holds them (ids as deltas,
weights, value lengths) and the values after them, about 10 bytes for one posting, and leaves out of
Whoosh's 23-byte header of the entry what the postings tell (their number, total and largest weight,
first and last document).

Whoosh's hash tables of terms have twice as many 12-byte slots as keys; `LeanHashWriter` gives them a
quarter more, which linear probing still finds in a step or two.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate, pairwise

from whoosh.codec.whoosh3 import W3FieldCursor, W3TermInfo, W3TermsReader
from whoosh.filedb.filetables import OrderedHashWriter, _pointer
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length, length_to_byte

_CODES = "BHIQf"  # array codes of the packed numbers: whole ones by width, and floats
_FLOAT = 4
_SIZES = [array(code).itemsize for code in _CODES]
_PACKED = 2  # the header's flag for postings packed here (Whoosh's own inlined ones are 1)
_BIG_ENDIAN = sys.byteorder == "big"

Postings = tuple[list[int], list[float], list[bytes]]


def _array(code: str, numbers: Sequence[float]) -> bytes:
    packed = array(code, numbers)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.tobytes()


def _width(numbers: Sequence[int]) -> int:
    """The index in _CODES of the narrowest array code that holds these whole numbers."""
    return _width_of(max(numbers, default=0))


def _width_of(number: int) -> int:
    return 0 if number <= 0xFF else 1 if number <= 0xFFFF else 2 if number <= 0xFFFFFFFF else 3


def pack_postings(ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes]) -> bytes:
    """A short posting list: a byte of array codes, the ids as deltas, the weights, the values' lengths,
    then the values."""
    if len(ids) == 1:  # most terms: one posting, packed without arrays
        docnum, weight, value = ids[0], weights[0], values[0] if values else b""
        if float(weight).is_integer() and 0 <= weight <= 0xFF and len(value) <= 0xFF:
            code = _width_of(docnum)
            packed_id = docnum.to_bytes(_SIZES[code], "little")
            return bytes((code,)) + packed_id + bytes((int(weight), len(value))) + value
    deltas = [ids[0], *(b - a for a, b in pairwise(ids))]
    whole = all(float(w).is_integer() and 0 <= w <= 0xFFFFFFFF for w in weights)
    counts = [int(w) for w in weights]
    lengths = [len(v) for v in values] if values else [0] * len(ids)
    codes = _width(deltas), _width(counts) if whole else _FLOAT, _width(lengths)
    columns = zip(codes, (deltas, counts if whole else weights, lengths), strict=True)
    head = bytes((codes[0] | codes[1] << 3 | codes[2] << 6,))
    arrays = (_array(_CODES[code], numbers) for code, numbers in columns)
    return head + b"".join(arrays) + b"".join(values)


def unpack_postings(data: bytes, at: int, count: int) -> Postings:
    """The posting list packed at `at` by `pack_postings`, of `count` postings."""
    head = data[at]
    at += 1
    found = []
    for code in (head & 7, head >> 3 & 7, head >> 6):
        numbers = array(_CODES[code])
        end = at + numbers.itemsize * count
        numbers.frombytes(data[at:end])
        if _BIG_ENDIAN:
            numbers.byteswap()
        found.append(numbers)
        at = end
    deltas, weights, lengths = found
    values = []
    for length in lengths:
        values.append(data[at : at + length])
        at += length
    return list(accumulate(deltas)), [float(w) for w in weights], values


class CompactTermInfo(W3TermInfo):
    """Whoosh's term entry; one with its postings inside is a flag, the lengths' bytes, the number of
    postings and the postings packed by `pack_postings` (the rest of Whoosh's header follows from them)."""

    def set_inlined(self, ids, weights, values) -> None:
        """Keep a short posting list in the entry."""
        self._inlined = (tuple(ids), tuple(weights), tuple(values))

    def to_bytes(self) -> bytes:
        """The entry: the packed postings, or Whoosh's header and where they are."""
        if self._inlined is None:
            return super().to_bytes()
        minlength = 0 if self._minlength is None else length_to_byte(self._minlength)
        head = bytes((_PACKED, minlength, length_to_byte(self._maxlength), self._df))  # df < INLINE_LIMIT
        return head + pack_postings(*self._inlined)

    @classmethod
    def from_bytes(cls, s: bytes) -> W3TermInfo:
        """An entry back from `to_bytes`."""
        if s[0] != _PACKED:
            return W3TermInfo.from_bytes(s)
        terminfo = cls()
        terminfo._minlength, terminfo._maxlength = byte_to_length(s[1]), byte_to_length(s[2])
        count = s[3]
        ids, weights, values = unpack_postings(s, 4, count)
        terminfo._inlined = (tuple(ids), tuple(weights), tuple(values))
        terminfo._df, terminfo._weight, terminfo._maxweight = count, sum(weights), max(weights)
        terminfo._minid, terminfo._maxid = ids[0], ids[-1]
        return terminfo


class CompactTermsReader(W3TermsReader):
    """Whoosh's reader of the term table, reading `CompactTermInfo` entries."""

    def term_info(self, fieldname: str, tbytes: bytes) -> W3TermInfo:
        """The entry of one term; TermNotFound if it is not there."""
        try:
            return CompactTermInfo.from_bytes(self._tindex[self._keycoder(fieldname, tbytes)])
        except KeyError:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}") from None

    def frequency(self, fieldname: str, tbytes: bytes) -> float:
        """How often a term occurs in the segment (KeyError if it does not)."""
        return CompactTermInfo.from_bytes(self._tindex[self._keycoder(fieldname, tbytes)]).weight()

    def doc_frequency(self, fieldname: str, tbytes: bytes) -> int:
        """In how many documents of the segment a term occurs (KeyError if none)."""
        return CompactTermInfo.from_bytes(self._tindex[self._keycoder(fieldname, tbytes)]).doc_frequency()

    def items(self):
        """Every ((field, term), entry) in order."""
        decode = self._keydecoder
        return ((decode(key), CompactTermInfo.from_bytes(value)) for key, value in self._tindex.items())

    def items_from(self, fieldname: str, prefix: bytes):
        """((field, term), entry) from the first term at or after `prefix`, in order."""
        decode = self._keydecoder
        start = self._keycoder(fieldname, prefix)
        return (
            (decode(key), CompactTermInfo.from_bytes(value)) for key, value in self._tindex.items_from(start)
        )

    def cursor(self, fieldname, fieldobj) -> W3FieldCursor:
        """A cursor over one field's terms."""
        return CompactFieldCursor(self._tindex, fieldname, self._keycoder, self._keydecoder, fieldobj)


class CompactFieldCursor(W3FieldCursor):
    """Whoosh's cursor over a field's terms, reading `CompactTermInfo` entries."""

    def term_info(self) -> W3TermInfo | None:
        """The entry of the term the cursor is on."""
        if self._pos is None:
            return None
        return CompactTermInfo.from_bytes(self._tindex.dbfile.get(self._datapos, self._datalen))


class LeanHashWriter(OrderedHashWriter):
    """Whoosh's ordered hash file, its hash tables a quarter larger than their keys instead of twice."""

    def _write_hashes(self) -> None:
        dbfile = self.dbfile
        for entries in self.buckets:
            numslots = len(entries) + len(entries) // 4 + 1 if entries else 0
            self.directory.append((dbfile.tell(), numslots))
            table: list[tuple[int, int] | None] = [None] * numslots
            for hashval, position in entries:
                slot = (hashval >> 8) % numslots
                while table[slot] is not None:
                    slot = (slot + 1) % numslots
                table[slot] = (hashval, position)
            dbfile.write(b"".join(_pointer.pack(*(entry or (0, 0))) for entry in table))
