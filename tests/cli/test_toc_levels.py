"""Heading levels on the command line: toc indented with levels, show, search trails, exports' references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.test_heading_levels import COPPER, JUMP, KINDS, NESTED, SCALE, SPICE
from tests.helpers import run_qari

TITLE = "رحلة في أسواق المدينة القديمة"


def ok(library: Path, *args: str) -> str:
    result = run_qari(library, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def nested(tmp_path: Path) -> tuple[Path, str]:
    """A library holding the nested article; its id."""
    source = tmp_path / "souks.md"
    source.write_text(NESTED, encoding="utf-8")
    library = tmp_path / "library"
    (entry,) = json.loads(ok(library, "import", str(source), "--json"))["imported"]
    return library, entry["id"]


def test_toc_indents_each_section_by_how_deep_it_nests(nested):
    library, article = nested
    assert ok(library, "toc", article).splitlines() == [
        TITLE,
        "  —  (1)",
        f"  {SPICE}  (1)",
        f"    {KINDS}  (1)",
        f"      {SCALE}  (1)",
        f"  {COPPER}  (1)",
        f"    {JUMP}  (1)",  # a jump from 2 to 4 is one step in
    ]


def test_toc_json_keeps_its_keys_and_adds_the_level(nested):
    library, article = nested
    toc = json.loads(ok(library, "toc", article, "--json"))
    assert set(toc) == {"id", "title", "sections"}
    assert [(s["heading"], s["level"]) for s in toc["sections"]] == [
        (None, 2), (SPICE, 2), (KINDS, 3), (SCALE, 4), (COPPER, 2), (JUMP, 4)
    ]
    assert all(set(s) == {"heading", "level", "paragraphs"} for s in toc["sections"])


def test_show_indents_deeper_headings(nested):
    library, article = nested
    lines = ok(library, "show", article).splitlines()
    assert f"§ {SPICE}" in lines and f"  § {KINDS}" in lines and f"    § {SCALE}" in lines
    assert f"§ {COPPER}" in lines and f"  § {JUMP}" in lines


def test_search_prints_the_trail_and_its_json_keeps_the_nearest_heading(nested):
    library, _ = nested
    lines = ok(library, "search", "خشبي").splitlines()
    assert f"1. {TITLE} › {SPICE} › {KINDS} › {SCALE}" in lines
    (hit,) = json.loads(ok(library, "search", "خشبي", "--json"))["hits"]
    assert hit["heading"] == SCALE and hit["headings"] == [SPICE, KINDS, SCALE]
    heading_lines = ok(library, "search", "قفزة").splitlines()
    assert f"1. {TITLE} › {COPPER}" in heading_lines  # a heading's own hit: the headings above it


def test_export_names_the_source_in_the_chosen_language(nested, tmp_path: Path):
    library, article = nested
    ok(library, "highlight", "add", article, "--quote", "ميزان خشبي")
    english = ok(library, "export", "--format", "markdown")
    arabic = ok(library, "--lang", "ar", "export", "--format", "markdown")
    assert "Source: \u2066souks.md\u2069" in english and "المصدر: \u2066souks.md\u2069" in arabic
    assert str(tmp_path) not in english  # the reader's folders only with --full-paths
    full = ok(library, "export", "--format", "markdown", "--full-paths")
    source = str(tmp_path / "souks.md").replace("_", r"\_")
    assert f"Source: \u2066{source}\u2069" in full
    assert [line for line in english.splitlines() if line.startswith("#")] == [
        f"# {TITLE}", f"## {SPICE}", f"### {KINDS}", f"#### {SCALE}"
    ]
