"""The PDF export lists an article's bookmarks, their names extractable again (Qt runs in the command
line's process, so that this test process keeps no Qt application of its own)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.core.text import normalize_text
from tests.helpers import run_qari

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing"
)


def test_the_pdf_lists_the_bookmarks_of_an_article_without_highlights(tmp_path: Path):
    source = tmp_path / "lighthouse.md"
    source.write_text(
        "# حارس المنارة\n\nيصعد الحارس كل مساء مئة درجة ليشعل المصباح.\n\n"
        "وفي الصباح يكتب في دفتره عدد السفن التي مرت.\n",
        encoding="utf-8",
    )
    library = tmp_path / "library"
    imported = json.loads(run_qari(library, "import", str(source), "--json").stdout)["imported"][0]
    added = run_qari(library, "bookmark", "add", imported["id"], "--number", "2", "--name", "دفتر السفن")
    assert added.returncode == 0, added.stderr
    target = tmp_path / "out.pdf"
    result = run_qari(library, "--lang", "ar", "export", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True)
    extracted = normalize_text(text.stdout.decode("utf-8"))[0]
    for expected in ("دفتر السفن", "المرجعية", "الفقرة 2"):  # the lam-alef of الإشارات comes out apart
        assert normalize_text(expected)[0] in extracted, (expected, extracted)
