"""Closing the direction controls that a text leaves open, as the Unicode bidi algorithm pairs them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text import FSI, LRE, LRI, PDF, PDI, RLE, RLI, RLO, balance, has_controls, isolate


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("نص عادي", "نص عادي"),
        (f"a{RLO}b", f"a{RLO}b{PDF}"),
        (f"a{RLO}b{PDF}c", f"a{RLO}b{PDF}c"),
        (f"a{RLI}b{RLO}c", f"a{RLI}b{RLO}c{PDF}{PDI}"),
        (f"a{RLI}b{RLO}c{PDI}d", f"a{RLI}b{RLO}c{PDI}d"),  # a PDI closes the embeddings inside its isolate
        (f"{LRE}a{LRI}b{PDF}c", f"{LRE}a{LRI}b{PDF}c{PDI}{PDF}"),  # a PDF does not close past an isolate
        (f"{PDF}{PDI}x", f"{PDF}{PDI}x"),  # closers without an opener are left alone
        (f"{RLE}a\n{FSI}b\r\nc", f"{RLE}a{PDF}\n{FSI}b{PDI}\r\nc"),  # closed on each line, before its end
    ],
)
def test_controls_left_open_are_closed_at_the_end_of_their_line(text: str, closed: str):
    assert balance(text) == closed


def test_isolate_wraps_balanced_text_for_a_sentence_of_the_interface():
    assert isolate(f"عنوان{RLO}") == f"{FSI}عنوان{RLO}{PDF}{PDI}"
    assert has_controls(LRI) and not has_controls("\u200f")  # marks are not controls


TEXTS = st.text(alphabet=st.sampled_from(["a", "ب", " ", "\n", "\r", LRE, RLE, PDF, RLO, LRI, RLI, FSI, PDI]))


@given(TEXTS)
def test_balancing_only_adds_closers_and_is_idempotent(text: str):
    closed = balance(text)
    assert balance(closed) == closed
    assert closed.replace(PDF, "").replace(PDI, "") == text.replace(PDF, "").replace(PDI, "")
    for line in closed.splitlines():
        assert balance(line) == line
