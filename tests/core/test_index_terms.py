"""Short posting lists packed into their term's entry come back as they went in, whatever their widths."""

from __future__ import annotations

import pytest

from reader.core.search.terms import CompactTermInfo, pack_postings, unpack_postings


@pytest.mark.parametrize(
    ("ids", "weights", "values"),
    [
        ([3], [1.0], [b"B\x07"]),
        ([70_000], [2.0], []),
        ([5_000_000_000], [300.0], [b"B\x01"]),
        ([1], [0.5], [b"x" * 256]),
        ([0, 200, 70_000, 5_000_000_000], [1.0, 300.0, 2.0, 70_000.0], [b"", b"x" * 300, b"ab", b"c"]),
        ([5, 6], [0.5, 2.25], [b"", b""]),
        ([9, 10, 11], [1.0, 1.0, 1.0], []),
    ],
)
def test_packed_postings_come_back(ids, weights, values):
    packed = b"--" + pack_postings(ids, weights, values)
    found_ids, found_weights, found_values = unpack_postings(packed, 2, len(ids))
    assert found_ids == ids
    assert found_weights == weights
    assert found_values == (values or [b""] * len(ids))


def test_an_entry_with_postings_inside_keeps_what_whoosh_reads_from_it():
    entry = CompactTermInfo()
    entry._df, entry._weight, entry._minlength, entry._maxlength = 2, 5.0, 3, 40
    entry.set_inlined([7, 9], [2.0, 3.0], [b"B\x01", b"B\x02"])
    back = CompactTermInfo.from_bytes(entry.to_bytes())
    assert back.inlined_postings() == ((7, 9), (2.0, 3.0), (b"B\x01", b"B\x02"))
    assert (back.doc_frequency(), back.weight(), back.max_weight()) == (2, 5.0, 3.0)
    assert (back.min_id(), back.max_id(), back.min_length(), back.max_length()) == (7, 9, 3, 40)
