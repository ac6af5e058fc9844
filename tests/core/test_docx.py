"""Word documents: Heading 1–6 as levels, the Title style as the title, right-to-left paragraphs kept right to
left (their own w:bidi, or their style's), images as alt text, notes left out, core properties as metadata;
old and damaged files refused with one line, the library unchanged."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import Draft
from reader.core.document.importers import read_draft
from reader.core.document.model import DraftBlock
from reader.core.errors import ImportFailure
from reader.core.library import Workspace
from tests import books
from tests.books import para
from tests.core.test_epub import changed


def direction(draft: Draft, start: str) -> str | None:
    """The declared direction of the paragraph that begins with `start`."""
    for section in draft.sections:
        for block in section.blocks:
            if block.text.startswith(start):
                return block.direction
    raise AssertionError(f"no paragraph begins with {start!r}")


@pytest.fixture(scope="module")
def notebook() -> Draft:
    return read_draft(Path("notebook.docx"), books.docx())


def test_heading_styles_give_the_levels_and_title_the_title(notebook: Draft) -> None:
    assert notebook.title == books.DOC_TITLE  # the Title style, before the core properties' title
    assert notebook.format == "docx"
    assert [(s.level, s.heading) for s in notebook.sections] == [
        (2, None),
        (1, "الفصل الأول: السطح"),
        (2, "الري"),
        (3, "التنقيط"),
        (1, "الفصل الثاني: الحصاد"),
    ]
    assert notebook.sections[0].blocks[0].text == "هذا دفتر أدون فيه ما أتعلمه من العناية بالنباتات."


def test_right_to_left_paragraphs_stay_right_to_left(notebook: Draft) -> None:
    assert direction(notebook, "Wi-Fi") == "rtl"  # its own w:bidi, though it begins with a Latin word
    assert direction(notebook, "2024") == "rtl"  # and one that begins with a number
    assert direction(notebook, "PVC") == "rtl"  # w:bidi from its style's parent style
    assert direction(notebook, "Drip") is None  # w:bidi="0" over a right-to-left style
    assert direction(notebook, "Notes:") is None  # no w:bidi: its first strong letter decides


def test_the_direction_reaches_the_stored_article(tmp_path: Path) -> None:
    path = tmp_path / "notebook.docx"
    path.write_bytes(books.docx())
    workspace = Workspace(tmp_path / "library")
    try:
        article = workspace.import_file(path).article
    finally:
        workspace.close()
    directions = {p.text.split()[0]: p.direction for p in article.paragraphs()}
    assert directions["Wi-Fi"] == "rtl"
    assert directions["Notes:"] == "ltr"
    assert article.metadata.author == books.AUTHOR
    assert [(b.level, b.text) for b in article.blocks() if b.kind == "heading"][:2] == [
        (1, "الفصل الأول: السطح"),
        (2, "الري"),
    ]


def test_metadata_comes_from_the_core_properties(notebook: Draft) -> None:
    assert notebook.metadata.author == books.AUTHOR
    assert notebook.metadata.date == "2024-02-10"  # created, not modified
    assert notebook.metadata.language == "ar-SA"


def test_images_become_their_alt_text(notebook: Draft) -> None:
    assert notebook.sections[3].blocks == [DraftBlock("رسم الشبكة: [رسم لشبكة الري]", "rtl")]


def test_without_a_title_style_the_core_title_then_the_first_heading() -> None:
    body = [para("مقدمة", "Heading1", ""), para("نص المقدمة.")]
    assert read_draft(Path("a.docx"), books.docx(body)).title == "عنوان الخصائص"
    untitled = read_draft(Path("a.docx"), books.docx(body, core=None))
    assert untitled.title == "مقدمة"
    assert untitled.sections[0].heading is None
    assert untitled.metadata.author == ""


def test_notes_are_left_out_and_their_marks_kept() -> None:
    rels = books._DOCUMENT_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rIdNotes" Target="footnotes.xml"'
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
    )
    notes = (
        f'<w:footnotes xmlns:w="{books.W}"><w:footnote w:id="1"><w:p><w:r><w:t>نص الحاشية السفلية.</w:t>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    )
    body = [para("فقرة لها حاشية", runs='<w:r><w:footnoteReference w:id="1"/></w:r>')]
    draft = read_draft(
        Path("notes.docx"),
        books.docx(body, extra={"word/_rels/document.xml.rels": rels, "word/footnotes.xml": notes}),
    )
    texts = [block.text for section in draft.sections for block in section.blocks]
    assert texts == ["فقرة لها حاشية[1]"]


def test_a_document_is_recognised_by_its_content_without_an_extension() -> None:
    assert read_draft(Path("notebook"), books.docx()).format == "docx"


# Refusals: one line each, and the library as it was.

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def refused(tmp_path: Path, name: str, data: bytes) -> str:
    """Import a file into a library holding one document; return the refusal, the library unchanged."""
    (tmp_path / name).write_bytes(data)
    return books.refusal(tmp_path, "kept.docx", books.docx(), tmp_path / name)


def test_an_old_doc_file_is_refused(tmp_path: Path) -> None:
    old = refused(tmp_path, "old.doc", OLE)
    assert old == "old.doc is an old Office file (.doc); save it as .docx to import it."
    assert "password-protected" in refused(tmp_path, "locked.docx", OLE)


def test_a_damaged_document_is_refused(tmp_path: Path) -> None:
    data = books.docx()
    damaged = "is damaged or is not a Word document."
    assert refused(tmp_path, "cut.docx", data[: len(data) // 2]) == f"cut.docx {damaged}"
    assert refused(tmp_path, "text.docx", "ليس مستندا".encode()) == f"text.docx {damaged}"
    no_body = books.zipped({"[Content_Types].xml": "<Types/>"}, epub_mimetype=False)
    assert refused(tmp_path, "hollow.docx", no_body) == f"hollow.docx {damaged}"
    assert refused(tmp_path, "dtd.docx", with_doctype()) == f"dtd.docx {damaged}"


def with_doctype() -> bytes:
    """A document whose main part declares a DTD with an entity, which no Word document does."""
    with zipfile.ZipFile(io.BytesIO(books.docx([para("&a;")]))) as archive:
        members: dict[str, str | bytes] = {name: archive.read(name) for name in archive.namelist()}
    document = bytes(members["word/document.xml"])
    members["word/document.xml"] = document.replace(
        b"<w:document", '<!DOCTYPE w:document [<!ENTITY a "كلمة">]><w:document'.encode(), 1
    )
    return books.zipped(members, epub_mimetype=False)


BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(st.data())
def test_a_document_with_its_markup_broken_is_read_or_refused_in_one_line(data: st.DataObject) -> None:
    try:
        draft = read_draft(Path("changed.docx"), changed(data, books.docx(), epub_mimetype=False))
    except ImportFailure as failure:
        assert str(failure) and "\n" not in str(failure)
    else:
        assert draft.title
