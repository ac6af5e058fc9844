"""A process killed while it writes highlights leaves the database whole: each highlight (and each
multi-paragraph selection) is either entirely there or not there at all."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader.core.library import DATABASE_NAME, Workspace
from tests.helpers import REPO, SAMPLE

WRITER = """
import sys
from pathlib import Path
from reader.core.library import Workspace

workspace = Workspace(Path(sys.argv[1]))
article = workspace.library.get(workspace.library.ids()[0])
paragraphs = article.paragraphs()
n = 0
while True:
    chosen = [paragraphs[(n + i) % len(paragraphs)] for i in range(3)]
    spans = [(p.id, n % 7, n % 7 + 5) for p in chosen]
    workspace.highlights.add_selection(article, spans, note="ملاحظة " * 200)
    n += 1
"""


def test_sigkill_while_writing_leaves_every_highlight_whole(tmp_path: Path):
    folder = tmp_path / "library"
    workspace = Workspace(folder)
    article = workspace.import_file(SAMPLE).article
    workspace.close()
    texts = {p.id: p.text for p in article.paragraphs()}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    seen = 0
    for round_ in range(3):
        errors = tmp_path / f"writer-{round_}.err"
        with errors.open("wb") as stderr:
            child = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], env=env, stderr=stderr)
        deadline = time.monotonic() + 30
        try:
            while time.monotonic() < deadline and _count(folder) < seen + 30:
                time.sleep(0.02)
            time.sleep(random.uniform(0, 0.05))  # land somewhere inside a write
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL, errors.read_text(encoding="utf-8", errors="replace")
        with sqlite3.connect(folder / DATABASE_NAME) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            rows = db.execute(
                "SELECT paragraph, start_offset, end_offset, quote, note, group_id FROM highlights"
            )
            rows = rows.fetchall()
            groups = db.execute("SELECT COUNT(*) FROM highlights GROUP BY group_id").fetchall()
        assert len(rows) > seen, f"round {round_}: the writer wrote nothing"
        seen = len(rows)
        for paragraph, start, end, quote, note, group in rows:
            assert texts[paragraph][start:end] == quote and note == "ملاحظة " * 200 and group
        assert {count for (count,) in groups} == {3}  # every selection complete
    reopened = Workspace(folder)  # and the library opens and works as before
    assert len(reopened.highlights.highlights(article.id)) == seen
    reopened.close()


def _count(folder: Path) -> int:
    try:
        with sqlite3.connect(folder / DATABASE_NAME, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM highlights").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
