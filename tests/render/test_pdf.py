"""The PDF export: Arabic shaped by Qt, with its fonts embedded, and its text extractable again.

Qt runs in a child process (the command line), so that this test process keeps no Qt application of its own.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.core.text import normalize_text
from tests.helpers import SAMPLE, run_qari

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing"
)


def test_the_pdf_holds_the_quotes_and_notes_in_arabic(tmp_path: Path):
    library = tmp_path / "library"
    imported = json.loads(run_qari(library, "import", str(SAMPLE), "--json").stdout)["imported"][0]
    for quote, note in (
        ("العلم صيد", "قيد العلم بالكتابة"),
        ("خير جليس", "بيت المتنبي"),
        ("Johannes Gutenberg", ""),
    ):
        result = run_qari(library, "highlight", "add", imported["id"], "--quote", quote, "--note", note)
        assert result.returncode == 0, result.stderr
    target = tmp_path / "highlights.pdf"
    result = run_qari(library, "export", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True)
    assert b"Syntax Error" not in text.stderr
    # pdftotext gives the shaped letters as presentation forms, with the harakat: normalize both sides
    extracted = normalize_text(text.stdout.decode("utf-8"))[0]
    for expected in (
        "العلم صيد",
        "خير جليس",
        "بيت المتنبي",
        "رحلة الورق من بغداد إلى الشاشة",
        "johannes gutenberg",
    ):
        assert normalize_text(expected)[0] in extracted, expected
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "NotoNaskhArabic" in fonts


def test_a_pdf_needs_an_output_file(tmp_path: Path):
    result = run_qari(tmp_path / "library", "export", "--format", "pdf")
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0
    assert "-o FILE.pdf" in result.stderr
