"""The JSON export is W3C Web Annotation, valid under the W3C schemas, and comes back in unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.export import AnnotatedArticle, render
from reader.core.library import Workspace
from reader.core.library.annotation_import import import_file
from tests.helpers import SAMPLE, W3C_VALIDATOR


def export_json(workspace: Workspace, path: Path) -> dict:
    items = [
        AnnotatedArticle(workspace.library.get(i), tuple(workspace.highlights.highlights(i)))
        for i in workspace.library.ids()
    ]
    path.write_bytes(render("json", items))
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    copy = tmp_path / "welcome.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    return copy


@pytest.fixture
def annotated(tmp_path: Path, source: Path):
    """A library whose highlights are anchored, moved, orphaned, grouped, noted and coloured."""
    workspace = Workspace(tmp_path / "a")
    article = workspace.import_file(source).article
    store = workspace.highlights
    store.add_quote(article, "العلم صيد", note="الشافعي", color="green")
    store.add_quote(article, "This sample article", note="an English note")
    store.add_quote(article, "سوق الورّاقين")
    first, second = article.paragraphs()[:2]
    store.add_selection(article, [(first.id, 0, 10), (second.id, 0, 8)], color="purple")
    store.add_quote(article, "رحلة الورق", color="pink")
    store.add_quote(article, "في أيامنا")
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace("ثم نقف عند القراءة على الشاشات في أيامنا.", "ثم نقف عند الشاشات.").replace(
            "نشأ في بغداد سوق", "نشأ في مدينة بغداد سوق"
        ),
        encoding="utf-8",
    )
    workspace.import_file(source)
    yield workspace
    workspace.close()


def test_the_export_is_an_annotation_collection_with_selectors_and_bodies(annotated, tmp_path):
    document = export_json(annotated, tmp_path / "export.json")
    assert document["type"] == "AnnotationCollection" and document["total"] == 7
    items = {item["target"]["selector"][0]["exact"]: item for item in document["first"]["items"]}
    noted = items["العِلْمُ صَيْدٌ"]
    assert noted["id"].startswith("urn:uuid:") and noted["motivation"] == "commenting"
    assert noted["body"] == {
        "type": "TextualBody",
        "value": "الشافعي",
        "format": "text/markdown",
        "language": "ar",
        "textDirection": "rtl",
    }
    assert items["This sample article"]["body"]["textDirection"] == "ltr"
    assert items["رحلة الورق"]["motivation"] == "highlighting" and "body" not in items["رحلة الورق"]
    kinds = [s["type"] for s in noted["target"]["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector", "FragmentSelector"]
    quote, position, _ = noted["target"]["selector"]
    article = annotated.library.get(annotated.library.ids()[0])
    blocks = [article.title]
    for section in article.sections:
        blocks += ([section.heading] if section.heading else []) + [p.text for p in section.paragraphs]
    whole = "\n".join(
        blocks
    )  # the text positions count in: title, headings, paragraphs, one line break apart
    assert whole[position["start"] : position["end"]] == quote["exact"]
    assert whole[position["start"] - len(quote["prefix"]) : position["start"]] == quote["prefix"]
    assert noted["target"]["styleClass"] == "green" and ".green" in noted["stylesheet"]["value"]
    assert noted["target"]["source"]["id"].startswith("urn:qari:article:")
    orphan = items["في أيامنا"]
    assert orphan["qari:state"] == "orphaned"
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector", "FragmentSelector"]


def test_the_export_passes_the_w3c_validator_in_strict_mode(annotated, tmp_path):
    path = tmp_path / "export.json"
    export_json(annotated, path)
    result = subprocess.run(
        [sys.executable, str(W3C_VALIDATOR), "--strict", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VALID" in result.stdout and "warning" not in result.stdout


def test_export_then_import_into_a_fresh_library_gives_the_same_highlights(annotated, tmp_path, source):
    path = tmp_path / "export.json"
    export_json(annotated, path)
    fresh = Workspace(tmp_path / "b")
    article = fresh.import_file(source).article  # the edited text: a new article id, the same file
    counts = import_file(path, fresh.library, fresh.highlights)
    assert (counts.added, counts.updated, counts.orphaned, counts.skipped) == (7, 0, 1, [])
    before = sorted(annotated.highlights.highlights(), key=lambda h: h.id)
    after = sorted(fresh.highlights.highlights(), key=lambda h: h.id)
    assert after == [replace(h, article=article.id) for h in before]
    assert {h.state for h in after} == {"anchored", "moved", "orphaned"}
    assert len({h.group for h in after if h.group}) == 1

    again = import_file(path, fresh.library, fresh.highlights)  # the same file twice adds nothing
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)
    assert sorted(fresh.highlights.highlights(), key=lambda h: h.id) == after
    fresh.close()


def test_the_newer_side_wins_when_both_changed(annotated, tmp_path, source):
    path = tmp_path / "export.json"
    fresh = Workspace(tmp_path / "b")
    fresh.import_file(source)
    export_json(annotated, path)
    import_file(path, fresh.library, fresh.highlights)
    target = next(h for h in annotated.highlights.highlights() if h.note == "الشافعي")

    fresh.highlights.set_note(target.id, "changed here later")  # newer than the export: it stays
    assert import_file(path, fresh.library, fresh.highlights).unchanged == 7
    assert fresh.highlights.get(target.id).note == "changed here later"

    annotated.highlights.set_color(target.id, "blue")  # now the other side is newer: it wins
    export_json(annotated, path)
    counts = import_file(path, fresh.library, fresh.highlights)
    assert (counts.updated, counts.unchanged) == (1, 6)
    assert (fresh.highlights.get(target.id).color, fresh.highlights.get(target.id).note) == (
        "blue",
        "الشافعي",
    )
    fresh.close()
