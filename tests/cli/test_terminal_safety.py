"""Text and file names never drive the terminal: escape sequences, forged lines and bidi overrides shown
escaped, in every command's output and errors (issue 15, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_qari

RETITLE = "\x1b]0;pwned\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b31m"
PROSE = "وهذه فقرة عادية طويلة كتبت ليكون في الملف نص كثير حول الحروف الخبيثة القليلة. " * 8


def test_escape_sequences_in_a_title_and_paragraph_are_shown_escaped(tmp_path: Path):
    source = tmp_path / "hostile.txt"
    text = f"عنوان {RETITLE}خبيث{C1_CSI}\n\nفقرة فيها {CLEAR}مسح للشاشة. {PROSE}\n"
    source.write_text(text, encoding="utf-8")
    library = tmp_path / "library"
    imported = run_qari(library, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    listed = run_qari(library, "list")
    article_id = json.loads(run_qari(library, "list", "--json").stdout)[0]["id"]
    shown = run_qari(library, "show", article_id)
    for output in (imported.stdout, listed.stdout, shown.stdout):
        assert "\x1b" not in output and "\x07" not in output and "\x9b" not in output, output
    assert "\\x1b]0;pwned\\x07" in listed.stdout and "\\x9b31m" in listed.stdout
    assert "\\x1b[2J" in shown.stdout


def test_json_output_escapes_what_a_terminal_acts_on_and_reads_back_the_same(tmp_path: Path):
    source = tmp_path / "hostile.txt"
    title = f"عنوان {RETITLE}{C1_CSI}\u202eمقلوب"
    source.write_text(f"{title}\n\n{PROSE}\n", encoding="utf-8")
    library = tmp_path / "library"
    assert run_qari(library, "import", str(source)).returncode == 0
    listed = run_qari(library, "list", "--json")
    assert not any(char in listed.stdout for char in "\x1b\x07\x9b\u202e"), listed.stdout
    assert json.loads(listed.stdout)[0]["title"] == title


def test_a_line_break_in_a_file_name_cannot_forge_a_second_line(tmp_path: Path):
    source = tmp_path / "empty\nqari: fake second line.txt"
    source.write_bytes(b"")
    failed = run_qari(tmp_path / "library", "import", str(source))
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and failed.stderr.startswith("qari: "), failed.stderr
    assert "empty\\x0aqari: fake second line.txt" in failed.stderr


def test_a_right_to_left_override_in_a_file_name_is_shown_escaped(tmp_path: Path):
    source = tmp_path / "report\u202etxt.exe"
    failed = run_qari(tmp_path / "library", "import", str(source))
    assert failed.returncode == 1 and "\u202e" not in failed.stderr
    assert "report\\u202etxt.exe" in failed.stderr
