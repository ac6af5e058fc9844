"""Text printed to a terminal: a direction control left open in a paragraph ends with its line."""

from __future__ import annotations

from reader.cli.highlights import summary
from reader.cli.terminal import render
from reader.core.highlights import Highlight
from reader.core.text import has_controls

RLO, PDF, RLI, FSI, PDI = "\u202e", "\u202c", "\u2067", "\u2068", "\u2069"


def test_logical_output_closes_what_a_paragraph_leaves_open():
    assert render(f"مرحبا {RLO}abc", visual=False) == f"مرحبا {RLO}abc{PDF}"
    assert render(f"سطر {RLI}أول\nسطر ثان", visual=False) == f"سطر {RLI}أول{PDI}\nسطر ثان"
    assert render("نص عادي", visual=False) == "نص عادي"


def test_visual_output_takes_isolates_and_leaves_no_control_behind():
    for text in (f"مرحبا {RLI}abc{PDI} x", f"مرحبا {FSI}abc", f"abc {RLO}def ghi", f"a{RLI}b{RLO}c"):
        shown = render(text, visual=True, width=40)
        assert not has_controls(shown), repr(shown)
    assert render(f"abc {RLO}def{PDF} ghi", visual=True, width=20, direction="ltr") == "abc fed ghi"


def test_a_highlight_line_keeps_its_note_in_place_after_a_quote_with_an_override():
    highlight = Highlight(
        "h1", "a1", "p1", 0, 4, f"{RLO}نص", "", "", "yellow", f"ملاحظة{RLI}", "t", "t", "anchored"
    )
    line = summary(highlight)
    assert f"{RLO}نص{PDF}  — ملاحظة{RLI}{PDI}" in line
