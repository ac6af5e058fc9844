"""A library on a read-only disk (a mounted backup, a write-protected stick) can still be read: listed,
shown and searched; only changes are refused, in one line (issue 15, item 14)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import SAMPLE, SEED, remount_read_only, run_qari, small_disk


def test_a_read_only_library_is_read_and_only_writes_are_refused(tmp_path: Path):
    with small_disk(tmp_path / "library", "16m") as library:
        imported = run_qari(library, "import", str(SAMPLE), "--json")
        assert imported.returncode == 0, imported.stderr
        article = json.loads(imported.stdout)["imported"][0]["id"]
        assert run_qari(library, "search", "العلم").returncode == 0  # the index is built while it can be
        remount_read_only(library)
        listed = run_qari(library, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [row["id"] for row in json.loads(listed.stdout)] == [article]
        shown = run_qari(library, "toc", article)
        assert shown.returncode == 0, shown.stderr
        found = run_qari(library, "search", "العلم", "--json")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["hits"]
        refused = run_qari(library, "import", str(SEED))
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "read-only" in refused.stderr
