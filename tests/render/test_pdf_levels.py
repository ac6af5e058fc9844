"""The PDF export of a nested article: its headings nested and sized by depth, its reference lines."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.core.text import normalize_text
from tests.core.test_heading_levels import KINDS, NESTED, SCALE, SPICE
from tests.helpers import run_qari

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing"
)


def test_the_pdf_nests_headings_smaller_at_each_depth_and_names_the_source(tmp_path: Path):
    source = tmp_path / "souks.md"
    source.write_text(NESTED, encoding="utf-8")
    library = tmp_path / "library"
    article = json.loads(run_qari(library, "import", str(source), "--json").stdout)["imported"][0]["id"]
    assert run_qari(library, "highlight", "add", article, "--quote", "ميزان خشبي").returncode == 0
    target = tmp_path / "highlights.pdf"
    result = run_qari(library, "--lang", "ar", "export", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True)
    extracted = normalize_text(text.stdout.decode("utf-8"))[0]
    places = [extracted.find(normalize_text(heading)[0]) for heading in (SPICE, KINDS, SCALE)]
    assert -1 not in places and places == sorted(places)  # each heading once, the chapter's first
    assert normalize_text("المصدر")[0] in extracted and "souks" in extracted

    layout = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(target), "-"],
                            capture_output=True, check=True, text=True).stdout
    heights = {}  # each line's text (its letters in any order, normalized) → the line's height
    for y_min, y_max, words in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" '
                                          r'yMax="([\d.]+)">(.*?)</line>', layout, re.S):
        letters = "".join(re.findall(r">([^<]*)</word>", words))
        heights[_letters(letters)] = float(y_max) - float(y_min)
    chapter, section, subsection = (heights[_letters(heading)] for heading in (SPICE, KINDS, SCALE))
    assert chapter > section > subsection  # h2 > h3 > h4


def _letters(text: str) -> str:
    """The letters of a text, normalized and sorted: the PDF gives shaped letters, not always in order."""
    return "".join(sorted(normalize_text(text)[0].replace(" ", "")))
