"""Annotation files and backup paths from elsewhere: pipes, huge or deeply nested files and half surrogate
pairs are answered in one line or read safely; a backup may be named by a relative path (issue 15, items
4 and 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.core.library import Workspace
from reader.core.library.backups import list_backups, take_backup
from tests.helpers import SAMPLE, run_qari


def one_line_refusal(library: Path, *args: str) -> str:
    result = run_qari(library, *args)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qari: "), result.stderr
    return result.stderr


def annotation(article_id: str, quote: str, note: str) -> dict:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:6f1c3a52-9d1e-4a8e-b7a0-3c2d5e6f7a81",
        "type": "Annotation",
        "bodyValue": note,
        "target": {
            "source": f"urn:qari:article:{article_id}",
            "selector": {"type": "TextQuoteSelector", "exact": quote},
        },
    }


def test_a_pipe_and_a_huge_file_are_refused_unread(tmp_path: Path):
    library = tmp_path / "library"
    pipe = tmp_path / "notes.json"
    os.mkfifo(pipe)
    assert "not a regular file" in one_line_refusal(library, "annotations", "import", str(pipe))
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(2 * 2**30)
    assert "over the 64 MB limit" in one_line_refusal(library, "annotations", "import", str(huge))


def test_json_nested_a_hundred_thousand_deep_is_one_line(tmp_path: Path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert "too deeply" in one_line_refusal(tmp_path / "library", "annotations", "import", str(deep))


def test_a_half_surrogate_pair_in_a_note_is_replaced_not_a_traceback(tmp_path: Path):
    library = tmp_path / "library"
    with Workspace(library) as workspace:
        article_id = workspace.import_file(SAMPLE).article.id
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps([annotation(article_id, "العلم", "ملاحظة \ud800 مكسورة")]))
    result = run_qari(library, "annotations", "import", str(notes))
    assert result.returncode == 0, result.stderr
    with Workspace(library) as workspace:
        (highlight,) = workspace.highlights.highlights(article_id)
    assert highlight.note == "ملاحظة ? مكسورة"


def test_a_backup_named_by_a_relative_path_is_restored(tmp_path: Path):
    library = tmp_path / "library"
    with Workspace(library) as workspace:
        workspace.import_file(SAMPLE)
        take_backup(workspace.library.connection, library)
    (backup,) = list_backups(library)
    copy = tmp_path / "mybackup.sqlite3"
    copy.write_bytes(backup.path.read_bytes())
    restored = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(library), "library", "restore", copy.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert restored.returncode == 0 and "restored the library from mybackup.sqlite3" in restored.stdout


def test_a_backup_name_too_long_is_one_line(tmp_path: Path):
    message = one_line_refusal(tmp_path / "library", "library", "restore", "ب" * 300 + ".sqlite3")
    assert "too long" in message
