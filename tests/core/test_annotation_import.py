"""Importing Web Annotations made elsewhere: matched to an article, anchored by their quote, idempotent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.errors import AnnotationImportError
from reader.core.library import Workspace
from reader.core.library.annotation_import import import_file
from tests.helpers import SAMPLE

TITLE = "رحلة الورق من بغداد إلى الشاشة"


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    workspace.import_file(SAMPLE)
    yield workspace
    workspace.close()


def write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "annotations.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def foreign(identifier: str | None, target: object, **extra: object) -> dict:
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "target": target,
        **extra,
    }
    if identifier:
        annotation["id"] = identifier
    return annotation


def test_foreign_annotations_are_matched_by_title_and_source_path(workspace, tmp_path):
    document = [
        foreign(
            "http://example.org/anno/1",
            {
                "source": {"id": "http://example.org/a", "dc:title": TITLE},
                "selector": {"type": "TextQuoteSelector", "exact": "العلم صيد"},
            },
            bodyValue="from another reader",
        ),
        foreign(
            "http://example.org/anno/2",
            {
                "source": SAMPLE.resolve().as_uri(),
                "selector": {
                    "type": "FragmentSelector",
                    "value": "x",
                    "refinedBy": {
                        "type": "TextQuoteSelector",
                        "exact": "سوق الورّاقين",
                        "prefix": "نشأ في بغداد ",
                    },
                },
            },
            body=[
                {"type": "TextualBody", "value": "tag", "purpose": "tagging"},
                {"type": "TextualBody", "value": "تعليق", "language": "ar"},
            ],
            created="2024-01-02T03:04:05+03:00",
        ),
    ]
    counts = import_file(write(tmp_path, document), workspace.library, workspace.highlights)
    assert (counts.added, counts.orphaned, counts.skipped) == (2, 0, [])
    by_note = {h.note: h for h in workspace.highlights.highlights()}
    assert by_note["from another reader"].quote == "العِلْمُ صَيْدٌ"
    assert by_note["from another reader"].state == "anchored"  # found by its quote: nothing moved
    second = by_note["تعليق"]
    assert (second.quote, second.color, second.created) == (
        "سوق الورّاقين",
        "yellow",
        "2024-01-02T00:04:05.000Z",
    )
    assert second.modified == second.created

    again = import_file(write(tmp_path, document), workspace.library, workspace.highlights)
    assert (again.added, again.unchanged) == (0, 2)


def test_a_quote_that_is_nowhere_is_kept_as_an_orphan(workspace, tmp_path):
    document = foreign(
        None,
        {
            "source": {"id": "x:y", "dc:title": TITLE},
            "selector": {"type": "TextQuoteSelector", "exact": "نص غير موجود في المقالة أبدًا"},
        },
    )
    counts = import_file(write(tmp_path, document), workspace.library, workspace.highlights)
    assert (counts.added, counts.orphaned) == (1, 1)
    (orphan,) = workspace.highlights.highlights()
    assert orphan.state == "orphaned" and orphan.quote == "نص غير موجود في المقالة أبدًا"
    assert import_file(write(tmp_path, document), workspace.library, workspace.highlights).added == 0


def test_unusable_annotations_are_skipped_with_a_reason(workspace, tmp_path):
    document = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/page1",
        "type": "AnnotationPage",
        "items": [
            foreign("http://example.org/1", "http://example.org/just-a-page"),
            foreign(
                "http://example.org/2",
                {
                    "source": "http://example.org/unknown",
                    "selector": {"type": "TextQuoteSelector", "exact": "بغداد"},
                },
            ),
        ],
    }
    counts = import_file(write(tmp_path, document), workspace.library, workspace.highlights)
    assert counts.added == 0 and len(counts.skipped) == 2
    assert "no TextQuoteSelector" in counts.skipped[0]
    assert counts.skipped[1].startswith("http://example.org/2: no article")
    assert "/unknown" in counts.skipped[1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not a JSON file"),
        (b'"a string"', "not a Web Annotation"),
        (
            b'{"type": "AnnotationCollection", "first": "http://example.org/page1"}',
            "pages are not in the file",
        ),
    ],
)
def test_files_that_are_not_annotations_are_refused_plainly(workspace, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(AnnotationImportError, match=message):
        import_file(path, workspace.library, workspace.highlights)
    with pytest.raises(AnnotationImportError, match="cannot be read"):
        import_file(tmp_path / "missing.json", workspace.library, workspace.highlights)


def test_an_empty_collection_imports_nothing(workspace, tmp_path):
    path = write(tmp_path, {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"})
    counts = import_file(path, workspace.library, workspace.highlights)
    assert (counts.added, counts.updated, counts.unchanged, counts.skipped) == (0, 0, 0, [])
