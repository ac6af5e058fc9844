"""A damaged or emptied library database refuses writes and names the backup to restore; nothing written
to it is lost when the backup is put back (issue 15, items 9 and 10)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.library import DATABASE_NAME, Workspace
from reader.core.library.backups import take_backup
from tests.core.test_backup import damage_a_page
from tests.helpers import SAMPLE, SEED, run_qari


def library_with_a_backup(folder: Path) -> str:
    with Workspace(folder) as workspace:
        article = workspace.import_file(SAMPLE).article
        take_backup(workspace.library.connection, folder)
    return article.id


def refused(library: Path, *args: str) -> str:
    result = run_qari(library, *args)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("qari: ") and "qari library restore" in result.stderr, result.stderr
    return result.stderr


def test_an_emptied_database_is_damage_not_an_empty_library(tmp_path: Path):
    library = tmp_path / "library"
    article_id = library_with_a_backup(library)
    for leftover in library.glob(DATABASE_NAME + "-*"):
        leftover.unlink()
    (library / DATABASE_NAME).write_bytes(b"")
    assert "empty file" in refused(library, "list")
    refused(library, "search", "العلم")
    refused(library, "import", str(SEED))
    restored = run_qari(library, "library", "restore")
    assert restored.returncode == 0, restored.stderr
    listed = json.loads(run_qari(library, "list", "--json").stdout)
    assert [row["id"] for row in listed] == [article_id]


def test_a_new_library_is_not_taken_for_an_emptied_one(tmp_path: Path):
    library = tmp_path / "library"
    library.mkdir()
    (library / DATABASE_NAME).write_bytes(b"")  # created and cut short before any backup: nothing to lose
    assert run_qari(library, "import", str(SAMPLE)).returncode == 0


def test_a_damaged_database_refuses_imports_and_highlights(tmp_path: Path):
    library = tmp_path / "library"
    article_id = library_with_a_backup(library)
    damage_a_page(library / DATABASE_NAME)
    assert "damaged" in refused(library, "import", str(SEED))
    assert "damaged" in refused(library, "highlight", "add", article_id, "--quote", "العلم")
    restored = run_qari(library, "library", "restore")
    assert restored.returncode == 0, restored.stderr
    with Workspace(library) as workspace:
        assert workspace.library.ids() == [article_id]
        assert workspace.highlights.highlights() == []
        assert workspace.search("العلم").hits
