"""Exports leave the reader's folders out unless asked: a file is named by its name, and an annotation
file made so still finds its article by that name (issue 15, item 14)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.core.library import Workspace
from reader.render.export import export
from tests.helpers import SAMPLE


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "private" / "notes"
    folder.mkdir(parents=True)
    source = folder / "welcome.txt"
    shutil.copy(SAMPLE, source)
    with Workspace(tmp_path / "library") as workspace:
        article = workspace.import_file(source).article
        workspace.highlights.add_quote(article, "العلم صيد", note="ملاحظة")
    return tmp_path


@pytest.mark.parametrize("name", ["markdown", "html", "csv", "json"])
def test_no_export_names_the_readers_folders_unless_asked(library: Path, name: str):
    with Workspace(library / "library") as workspace:
        made = export(workspace.library, name).data.decode("utf-8")
        full = export(workspace.library, name, full_paths=True).data.decode("utf-8")
    assert "private" not in made and "welcome.txt" in made
    assert "private" in full


def test_annotations_named_by_file_find_their_article_elsewhere(library: Path):
    with Workspace(library / "library") as workspace:
        data = export(workspace.library, "json").data
    annotations = library / "notes.json"
    annotations.write_bytes(data)
    source = json.loads(data)["first"]["items"][0]["target"]["source"]
    assert source["dc:source"] == "welcome.txt"
    elsewhere = library / "copy" / "welcome.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(SAMPLE.read_text(encoding="utf-8") + "\nسطر زيد في النسخة.\n", encoding="utf-8")
    with Workspace(library / "other") as workspace:  # another article id: found by its file's name
        workspace.import_file(elsewhere)
        counts = workspace.library.import_annotations(annotations)
    assert counts.added == 1
