"""qari library backups and qari library restore, run as a user runs them on a damaged library."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.library import DATABASE_NAME
from tests.helpers import SAMPLE, run_qari


def test_a_damaged_library_is_explained_then_restored_and_searched_again(library_folder: Path):
    assert run_qari(library_folder, "import", str(SAMPLE)).returncode == 0
    assert run_qari(library_folder, "library", "backup").returncode == 0
    listed = run_qari(library_folder, "library", "backups", "--json")
    (backup,) = json.loads(listed.stdout)
    assert list(backup) == ["name", "path", "taken", "size", "schema", "articles"]
    assert backup["articles"] == 1 and backup["size"] > 0
    assert backup["name"] in run_qari(library_folder, "library", "backups").stdout

    (library_folder / DATABASE_NAME).write_bytes(b"\x00garbage" * 1000)
    broken = run_qari(library_folder, "list")
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    (line,) = broken.stderr.strip().splitlines()
    assert "is damaged" in line and "qari library restore" in line

    restored = run_qari(library_folder, "library", "restore")
    assert restored.returncode == 0, restored.stderr
    assert backup["name"] in restored.stdout and "damaged-" in restored.stdout
    assert len(list(library_folder.glob(f"{DATABASE_NAME}.damaged-*"))) == 1
    assert json.loads(run_qari(library_folder, "list", "--json").stdout)[0]["paragraphs"] > 0
    search = run_qari(library_folder, "search", "الورق", "--json")
    assert search.returncode == 0 and json.loads(search.stdout)["total"] > 0
    assert "rebuilding it from the library" in search.stderr


def test_without_backups_the_list_says_so_and_restore_is_a_plain_error(library_folder: Path):
    assert "No backups yet" in run_qari(library_folder, "library", "backups").stdout
    assert json.loads(run_qari(library_folder, "library", "backups", "--json").stdout) == []
    refused = run_qari(library_folder, "library", "restore")
    assert refused.returncode == 1 and refused.stderr.startswith("qari: There is no backup")
    refused = run_qari(library_folder, "library", "restore", "nothing.sqlite3")
    assert refused.returncode == 1 and "'qari library backups' lists them" in refused.stderr
