"""Plain text's structure is decided for the whole text: verse-numbered lines, texts not written in
sentences, setext underlines, the seed; and the same bytes under another extension are parsed again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.document.importers import read_draft
from reader.core.document.importers.plaintext import ends_verse, parse
from reader.core.library import Workspace
from tests.helpers import SEED, run_qari

# Lines written for these tests (not scripture), each ending in its number as a sura saved as text does.
VERSES = [
    "وَالصُّبْحِ إِذَا أَضَاءَ الطَّرِيقَ لِلسَّائِرِينَ",
    "وَالنَّهْرِ إِذَا جَرَى بَيْنَ الْحُقُولِ",
    "إِنَّ فِي ذَلِكَ لَعِبْرَةً لِمَنْ يَتَأَمَّلُ",
    "فَانْظُرْ إِلَى الشَّجَرِ كَيْفَ يَنْمُو",
    "وَإِلَى الطَّيْرِ كَيْفَ تَعُودُ إِلَى أَعْشَاشِهَا",
    "وَلَا تَكُنْ مِنَ الْغَافِلِينَ عَنْ جَمَالِ الْأَرْضِ",
    "وَاذْكُرِ الصَّبَاحَ وَالْمَسَاءَ",
]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def numbered(style: str) -> list[str]:
    return [style.format(n=str(i).translate(ARABIC_DIGITS), w=i, v=v) for i, v in enumerate(VERSES, 1)]


def structure(text: str) -> tuple[str, list[tuple[str | None, list[str]]]]:
    title, sections, _ = parse(text)
    return title, [(heading, [b.text for b in blocks]) for heading, blocks, _ in sections]


@pytest.mark.parametrize(
    "style", ["{v} ({n})", "{v} ﴿{n}﴾", "{v} ﴾{n}﴿", "{v} ({w})", "{v} [{w}]", "{v} ۝{n}"]
)
def test_verses_ending_in_their_numbers_are_paragraphs(style):
    lines = numbered(style)
    title, sections = structure("\n".join(["سورة التأمل", *lines]))
    assert title == "سورة التأمل"
    assert sections == [(None, lines)]


def test_a_long_sura_gives_one_section_of_every_verse():
    lines = [f"{VERSES[i % len(VERSES)]} ({str(i + 1).translate(ARABIC_DIGITS)})" for i in range(75)]
    _, sections = structure("\n".join(["سورة طويلة", *lines]))
    assert sections == [(None, lines)]


def test_a_heading_between_verse_blocks_stays_a_paragraph_when_most_lines_are_verses():
    lines = numbered("{v} ({n})")
    text = "\n".join(["سورة", "المقطع الأول", *lines[:4], "المقطع الثاني", *lines[4:]])
    _, sections = structure(text)
    assert len(sections) == 1 and len(sections[0][1]) == len(lines) + 2


def test_lines_without_punctuation_throughout_are_paragraphs():
    """A sura without its numbers, or a poem: most lines would become headings, so none does."""
    _, sections = structure("\n".join(["قصيدة", *VERSES]))
    assert sections == [(None, VERSES)]


@pytest.mark.parametrize(
    ("line", "verse"),
    [
        ("نص (١)", True),
        ("نص ﴿١٢﴾", True),
        ("text (12)", True),
        ("text [3]", True),
        ("نص ۝٢٥", True),
        ("نص (٢٨٦)", True),
        ("أحداث عام (2020)", False),
        ("نص (أ)", False),
        ("نص ١", False),
    ],
)
def test_verse_numbers(line, verse):
    assert ends_verse(line) is verse


def test_headings_before_paragraphs_still_work_in_an_article_without_a_lead():
    text = "العنوان\nالقسم الأول\nفقرة أولى.\nالقسم الثاني\nفقرة ثانية.\nالقسم الثالث\nفقرة ثالثة."
    _, sections = structure(text)
    assert sections == [
        ("القسم الأول", ["فقرة أولى."]),
        ("القسم الثاني", ["فقرة ثانية."]),
        ("القسم الثالث", ["فقرة ثالثة."]),
    ]


UNDERLINED = """عنوان المقال
============

مقدمة قصيرة بلا نقطة في آخرها
وسطر آخر منها بلا نقطة كذلك

القسم الأول
-----------
فقرة القسم الأول.
سطر بلا نقطة يتبعه سطر
ينتهي بنقطة.

القسم الثاني
============

فقرة القسم الثاني.

----------

خاتمة.
"""


def test_setext_underlines_make_headings_in_text_and_are_not_kept():
    draft = read_draft(Path("underlined.txt"), UNDERLINED.encode())
    assert draft.format == "text"
    assert draft.title == "عنوان المقال"
    assert [(h, [b.text for b in blocks]) for h, blocks, _ in draft.sections] == [
        (None, ["مقدمة قصيرة بلا نقطة في آخرها", "وسطر آخر منها بلا نقطة كذلك"]),
        ("القسم الأول", ["فقرة القسم الأول.", "سطر بلا نقطة يتبعه سطر", "ينتهي بنقطة."]),
        ("القسم الثاني", ["فقرة القسم الثاني.", "خاتمة."]),
    ]


def test_an_underline_in_a_hard_wrapped_text_is_a_heading_never_joined():
    wide = "هذا سطر طويل من نص ملفوف يملأ العرض كله تقريبا ولا ينتهي بنقطة في آخره هنا"
    text = f"العنوان\n\n{wide}\n{wide}\nنهاية الفقرة.\n\nقسم\n----\n{wide}\n{wide}\nنهاية."
    _, sections = structure(text)
    assert sections == [(None, [f"{wide} {wide} نهاية الفقرة."]), ("قسم", [f"{wide} {wide} نهاية."])]


def test_the_seed_keeps_its_title_lead_five_sections_and_long_heading():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    title, sections = structure(SEED.read_text(encoding="utf-8"))
    assert title == lines[0]
    assert [s[0] for s in sections] == [None, lines[2], lines[4], lines[6], lines[8], lines[10]]
    assert sections[0] == (None, [lines[1]]) and sections[-1][1] == [lines[11], lines[12]]
    assert len(lines[10].split()) == 21


MARKDOWN_TOO = "عنوان\n=====\n\nمقدمة.\n\nقسم\n---\n\n* عنصر أول\n* عنصر ثان\n"


def test_the_same_bytes_as_md_are_parsed_again_and_then_unchanged(tmp_path):
    text_file, markdown_file = tmp_path / "a.txt", tmp_path / "a.md"
    text_file.write_text(MARKDOWN_TOO, encoding="utf-8")
    markdown_file.write_text(MARKDOWN_TOO, encoding="utf-8")
    with Workspace(tmp_path / "library") as workspace:
        first = workspace.import_file(text_file)
        assert first.status == "new" and first.article.source.format == "text"
        assert [p.text for p in first.article.paragraphs()][-2:] == ["* عنصر أول", "* عنصر ثان"]
        again = workspace.import_file(markdown_file)
        assert again.status == "updated" and again.article.id == first.article.id
        stored = workspace.library.get(first.article.id)
        assert stored.source.format == "markdown" and stored.source.path == str(markdown_file.resolve())
        assert [p.text for p in stored.paragraphs()][-2:] == ["عنصر أول", "عنصر ثان"]
        assert workspace.import_file(markdown_file).status == "unchanged"
        copy = tmp_path / "copy.md"
        copy.write_bytes(markdown_file.read_bytes())
        assert workspace.import_file(copy).status == "unchanged"  # same content, same format
        back = workspace.import_file(text_file)
        assert back.status == "updated" and back.article.source.format == "text"
        assert len(workspace.library.summaries()) == 1


def test_the_cli_reports_the_reparse_as_updated(tmp_path):
    library = tmp_path / "library"
    text_file, markdown_file = tmp_path / "a.txt", tmp_path / "a.md"
    for path in (text_file, markdown_file):
        path.write_text(MARKDOWN_TOO, encoding="utf-8")

    def status(path: Path) -> str:
        result = run_qari(library, "import", str(path), "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)["imported"][0]["status"]

    assert [status(text_file), status(text_file), status(markdown_file), status(markdown_file)] == [
        "new",
        "unchanged",
        "updated",
        "unchanged",
    ]
