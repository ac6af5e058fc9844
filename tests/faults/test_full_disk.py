"""A full disk (a small tmpfs) while importing or exporting: a plain message that says the disk is full,
and what was there before stays whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.library import Workspace
from tests.faults.corpus import check_library, write_articles
from tests.helpers import SAMPLE, remount_read_only, run_qari, small_disk


# Three sizes of import that fill the disk at three places: the commit, the index, storing an article.
# Where the index fills it, qari first says it is rebuilding the index, then that the disk is full: two lines.
@pytest.mark.parametrize("articles", [30, 60, 100], ids=["at-commit", "in-index", "in-storing"])
def test_a_full_disk_during_import_keeps_the_earlier_articles(tmp_path: Path, articles: int):
    earlier = write_articles(tmp_path / "earlier", 5)
    large = write_articles(tmp_path / "large", articles, seed=11, words=(400, 400), paragraphs=(8, 8))
    with small_disk(tmp_path / "library", "1m") as library:
        assert run_qari(library, "import", str(tmp_path / "earlier")).returncode == 0
        failed = run_qari(library, "import", str(tmp_path / "large"))
        assert failed.returncode == 1 and "Traceback" not in failed.stderr, failed.stderr
        lines = failed.stderr.strip().splitlines()
        assert all(line.startswith("qari: ") for line in lines) and len(lines) <= 2, failed.stderr
        assert any(words in lines[-1] for words in ("disk is full", "No space left on device")), failed.stderr
        ids, _ = check_library(library, earlier | large)
        assert len(ids) == 5


def test_a_full_or_read_only_disk_during_export_keeps_the_old_export(tmp_path: Path):
    library = tmp_path / "library"
    workspace = Workspace(library)
    article = workspace.import_file(SAMPLE).article
    workspace.highlights.add_quote(article, "العلم صيد", note="ملاحظة " * 20_000)
    workspace.close()
    with small_disk(tmp_path / "exports", "256k") as exports:
        target = exports / "notes.html"
        target.write_text("the old export", encoding="utf-8")
        (exports / "filler").write_bytes(b"\0" * 100_000)
        full = run_qari(library, "export", "-o", str(target))
        assert full.returncode == 1
        assert full.stderr.strip() == (
            f"qari: {target} could not be written: the disk is full; any old file there is unchanged."
        )
        assert target.read_text(encoding="utf-8") == "the old export"
        assert sorted(os.listdir(exports)) == ["filler", "notes.html"]
        remount_read_only(exports)
        refused = run_qari(library, "export", "-o", str(target), "--format", "csv")
        assert refused.returncode == 1 and "read-only" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
        assert target.read_text(encoding="utf-8") == "the old export"
