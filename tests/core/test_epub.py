"""EPUB 2 and 3 books: the table of contents as nested sections, the spine in order, dir and lang, notes
and images, metadata; damaged, protected and oversized books refused with one line, the library unchanged."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import Draft
from reader.core.document.importers import read_draft
from reader.core.document.importers.zipped import SafeZip
from reader.core.errors import ImportFailure
from reader.core.library import Workspace
from tests import books


def outline(draft: Draft) -> list[tuple[int, str | None]]:
    """The sections' levels and headings, in order."""
    return [(section.level, section.heading) for section in draft.sections]


def section_of(draft: Draft, start: str) -> str | None:
    """The heading of the section holding the paragraph that begins with `start`."""
    for section in draft.sections:
        if any(block.text.startswith(start) for block in section.blocks):
            return section.heading
    raise AssertionError(f"no paragraph begins with {start!r}")


def paragraph(draft: Draft, start: str) -> tuple[str, str | None]:
    """The text and declared direction of the paragraph that begins with `start`."""
    for section in draft.sections:
        for block in section.blocks:
            if block.text.startswith(start):
                return block.text, block.direction
    raise AssertionError(f"no paragraph begins with {start!r}")


def all_text(draft: Draft) -> str:
    return "\n".join(
        [draft.title]
        + [text for s in draft.sections for text in [s.heading or "", *(b.text for b in s.blocks)]]
    )


@pytest.fixture(scope="module")
def epub3() -> Draft:
    return read_draft(Path("garden.epub"), books.epub3())


def test_epub3_sections_follow_the_nested_navigation_document(epub3: Draft) -> None:
    assert epub3.title == books.TITLE
    assert epub3.format == "epub"
    assert outline(epub3) == [
        (2, "الجزء الأول"),  # a group label without a link, placed with its first chapter
        (3, "الفصل الأول: البذور"),
        (4, "التربة"),  # a fragment target inside the chapter
        (5, "الماء"),  # the chapter's own <h3>, not in the contents: one level below التربة
        (3, "الفصل الثاني: الربيع"),
        (4, "الأزهار"),
        (5, "الياسمين"),  # a target on a paragraph: the heading is placed before it
        (2, "ملحق: أدوات البستاني"),  # linear="no": after the other chapters though the spine puts it between
    ]


def test_headings_are_placed_where_their_targets_begin(epub3: Draft) -> None:
    assert section_of(epub3, "بدأت الحكاية") == "الفصل الأول: البذور"
    assert section_of(epub3, "خلطت التراب") == "التربة"
    assert section_of(epub3, "سقيت الأصص") == "الماء"
    assert section_of(epub3, "تفتحت أزهار") == "الأزهار"
    assert section_of(epub3, "الياسمين أبيض") == "الياسمين"
    assert section_of(epub3, "وفي آخر الربيع") == "الياسمين"
    assert section_of(epub3, "مجرفة صغيرة") == "ملحق: أدوات البستاني"
    text = all_text(epub3)
    assert text.count("الفصل الأول: البذور") == 1  # the chapter's <h1> repeats the entry: kept once
    assert text.count("التربة") == 1


def test_metadata_comes_from_the_package(epub3: Draft) -> None:
    assert epub3.metadata.author == books.AUTHOR  # the translator (role trl) is not an author
    assert epub3.metadata.date == "2021-03-14"
    assert epub3.metadata.language == "ar"


def test_notes_are_left_out_and_their_markers_kept(epub3: Draft) -> None:
    text = all_text(epub3)
    assert "رائحة القرنفل" not in text  # <aside epub:type="footnote">
    assert "حاشية في آخر الفصل" not in text  # <section epub:type="endnotes">
    assert paragraph(epub3, "بدأت الحكاية")[0].endswith("جدتي١.")


def test_images_become_their_alt_text_or_nothing(epub3: Draft) -> None:
    assert paragraph(epub3, "[")[0] == "[أصيص فخاري على حافة السطح]"
    assert paragraph(epub3, "زرعت")[0] == "زرعت البذور في علب قديمة وتركتها قرب النافذة."


def test_dir_and_lang_are_honoured(epub3: Draft) -> None:
    assert paragraph(epub3, "Basil") == (
        "Basil أول ما نبت في الربيع، ثم تبعته النعناع والبقدونس.", "rtl"  # <html dir="rtl">
    )
    assert paragraph(epub3, "الفقرة هذه")[1] == "ltr"  # its own dir="ltr" over its Arabic letters
    assert paragraph(epub3, "Rosemary")[1] == "ltr"  # lang="en"


def test_epub2_sections_follow_the_ncx() -> None:
    draft = read_draft(Path("garden2.epub"), books.epub2())
    assert outline(draft) == [
        (2, None),  # the cover, before the first entry
        (2, "المقدمة"),
        (2, "الفصل الأول: البذور"),
        (3, "التربة"),
        (4, "الماء"),
        (2, "الفصل الثاني: الربيع"),
        (3, "الأزهار"),  # in a chapter that is not well-formed XML, read by the forgiving parser
    ]
    assert draft.sections[0].blocks[0].text == "غلاف الكتاب"
    assert paragraph(draft, "كتبت")[0] == "كتبت هذه الصفحات في صيف طويل."  # &nbsp; read as a space
    assert draft.metadata.author == books.AUTHOR  # opf:role="aut" only
    assert draft.metadata.date == "2019-05"  # the publication date, as precise as given


def test_a_book_without_contents_takes_its_chapters_headings() -> None:
    draft = read_draft(Path("plain.epub"), books.epub_without_toc())
    assert outline(draft) == [
        (2, "الفصل الأول: البذور"),
        (3, "التربة"),
        (4, "الماء"),
        (2, "الفصل الثاني: الربيع"),
        (3, "الأزهار"),
    ]


def test_levels_deeper_than_six_stay_at_six() -> None:
    draft = read_draft(Path("deep.epub"), books.nav_nested(8))
    assert [level for level, _heading in outline(draft)] == [2, 3, 4, 5, 6, 6, 6, 6]


def test_a_book_is_recognised_by_its_content_without_an_extension() -> None:
    draft = read_draft(Path("garden"), books.epub3())
    assert draft.format == "epub"
    assert draft.title == books.TITLE


def test_entities_declared_in_a_book_are_not_expanded() -> None:
    laughs = '<!DOCTYPE package [<!ENTITY a "هاها"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    item = '<item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>'
    package = books.opf(item, '<itemref idref="c"/>')
    package = package.replace("<package", laughs + "<package", 1).replace(books.TITLE, "&b;")
    data = books.zipped({
        "META-INF/container.xml": books.CONTAINER,
        "OEBPS/content.opf": package,
        "OEBPS/c.xhtml": f'<html xmlns="{books.XHTML}"><body><p>نص قصير.</p></body></html>',
    })
    draft = read_draft(Path("laughs.epub"), data)
    assert "هاها" not in draft.title


def test_a_chapter_that_is_not_well_formed_is_read_as_utf8_html() -> None:
    item = '<item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>'
    data = books.zipped({
        "META-INF/container.xml": books.CONTAINER,
        "OEBPS/content.opf": books.opf(item, '<itemref idref="c"/>'),
        "OEBPS/c.xhtml": "<html><body><h2>باب مفتوح<p>سطر أول<br>سطر ثان & ثالث</body>",
    })
    draft = read_draft(Path("loose.epub"), data)
    assert [(s.heading, [b.text for b in s.blocks]) for s in draft.sections] == [
        ("باب مفتوح", ["سطر أول", "سطر ثان & ثالث"])
    ]


# Refusals: one line each, and the library as it was.


def refused(tmp_path: Path, name: str, data: bytes | None = None) -> str:
    """Import a file into a library holding one book; return the one-line refusal, checking that the
    library holds the same articles, unchanged."""
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    return books.refusal(tmp_path, "kept.epub", books.epub2(), path)


PROTECTED = "is protected by DRM and cannot be read."
DAMAGED = "is damaged or is not an EPUB book."


def test_a_book_with_drm_is_refused(tmp_path: Path) -> None:
    encrypted = books.epub_encrypted("http://www.w3.org/2001/04/xmlenc#aes128-cbc")
    assert refused(tmp_path, "locked.epub", encrypted) == f"locked.epub {PROTECTED}"
    rights = books.epub3({"META-INF/rights.xml": "<rights/>"})
    assert refused(tmp_path, "rights.epub", rights) == f"rights.epub {PROTECTED}"


def test_obfuscated_fonts_are_not_drm() -> None:
    data = books.epub_encrypted("http://www.idpf.org/2008/embedding", "OEBPS/fonts/naskh.otf")
    assert read_draft(Path("fonts.epub"), data).title == books.TITLE


def test_a_damaged_book_is_refused(tmp_path: Path) -> None:
    data = books.epub3()
    assert refused(tmp_path, "cut.epub", data[: len(data) // 2]) == f"cut.epub {DAMAGED}"
    no_package = books.zipped({"META-INF/container.xml": books.CONTAINER, "OEBPS/c.xhtml": "<p>نص</p>"})
    assert "has no package file" in refused(tmp_path, "empty.epub", no_package)
    assert refused(tmp_path, "text.epub", "ليس كتابا".encode()) == f"text.epub {DAMAGED}"


def test_a_zip_bomb_is_refused_without_unpacking_it(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.epub"
    books.write_zip_bomb(bomb)  # 1 GB of zeros in a chapter, about 1 MB on disk
    assert bomb.stat().st_size < 2 * 2**20
    started = time.monotonic()
    message = refused(tmp_path, "bomb.epub")
    assert "zip bomb" in message
    assert time.monotonic() - started < 10


def test_members_together_may_not_unpack_past_the_limit() -> None:
    data = books.zipped({f"part{i}.txt": "نص عادي " * 2000 for i in range(5)}, epub_mimetype=False)
    with SafeZip(data, "many.epub", "an EPUB book", limit=100_000) as archive:
        archive.read("part0.txt")
        archive.read("part1.txt")
        archive.read("part2.txt")
        with pytest.raises(ImportFailure, match="unpacks to more than"):
            archive.read("part3.txt")


BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


MARKUP = [b"<", b">", b"/", b'"', b"&", b"#", b"..", b"<nav>", b"<ol>", b"<li>", b'href="', b"<!--", b"\xff",
          b"<a:b>", b"&#0;", b"]]>", b""]  # fmt: skip


def changed(data: st.DataObject, book: bytes, epub_mimetype: bool) -> bytes:
    """The book with a few pieces of markup spliced into one of its members (the zip itself sound)."""
    parts = books.members(book)
    name = data.draw(st.sampled_from(sorted(set(parts) - {"mimetype"})))
    content = bytearray(parts[name])
    for _ in range(data.draw(st.integers(1, 6))):
        start = data.draw(st.integers(0, len(content)))
        content[start : start + data.draw(st.integers(0, 10))] = data.draw(st.sampled_from(MARKUP))
    parts[name] = bytes(content)
    return books.rezipped(parts, epub_mimetype)


@BOUNDED
@given(st.data())
def test_a_book_with_its_markup_broken_is_read_or_refused_in_one_line(data: st.DataObject) -> None:
    book = data.draw(st.sampled_from([books.epub3(), books.epub2()]))
    try:
        draft = read_draft(Path("changed.epub"), changed(data, book, epub_mimetype=True))
    except ImportFailure as failure:
        assert str(failure) and "\n" not in str(failure)
    else:
        assert draft.title


def test_a_book_larger_than_a_text_may_be_is_read_for_its_text(tmp_path):
    """An EPUB of 40 MB (its pictures) is read: the 32 MB limit is a text's, a book has 256 MB."""
    picture = os.urandom(40 * 2**20)  # does not compress: the book stays 40 MB
    book = tmp_path / "illustrated.epub"
    book.write_bytes(books.epub3({"OEBPS/images/big.jpg": picture}))
    with Workspace(tmp_path / "library") as workspace:
        imported = workspace.import_file(book)
    assert imported.article.paragraphs() and book.stat().st_size > 32 * 2**20
