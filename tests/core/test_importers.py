from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document.importers import read_draft
from reader.core.document.importers.decoding import MAX_FILE_BYTES
from reader.core.document.importers.plaintext import ends_sentence
from reader.core.errors import ImportFailure

SAMPLE_HTML = Path(__file__).resolve().parents[1] / "data" / "sample.html"


def seed_structure(draft):
    return draft.title, [(heading, [b.text for b in blocks]) for heading, blocks, _ in draft.sections]


def test_seed_article_has_its_exact_structure(seed_path):
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    title, sections = seed_structure(read_draft(seed_path, seed_path.read_bytes()))
    assert title == lines[0]
    assert sections == [
        (None, [lines[1]]),
        (lines[2], [lines[3]]),
        (lines[4], [lines[5]]),
        (lines[6], [lines[7]]),
        (lines[8], [lines[9]]),
        (lines[10], [lines[11], lines[12]]),
    ]
    assert len(lines[10].split()) == 21


@pytest.mark.parametrize("encoding", ["utf-16", "cp1256", "iso8859_6", "utf-8-sig", "utf-16-le"])
def test_seed_reads_the_same_in_other_encodings(seed_path, encoding):
    text = seed_path.read_text(encoding="utf-8")
    expected = seed_structure(read_draft(seed_path, text.encode("utf-8")))
    draft = read_draft(seed_path, text.encode(encoding))
    assert seed_structure(draft) == expected
    assert draft.encoding.replace("-", "").replace("_", "").startswith(encoding[:5].replace("-", ""))


def test_forced_encoding_is_used_and_a_wrong_one_is_refused():
    data = "عنوان\nفقرة قصيرة.".encode("cp1256")
    assert read_draft(Path("a.txt"), data, encoding="cp1256").title == "عنوان"
    with pytest.raises(ImportFailure, match="cannot be read as utf-8"):
        read_draft(Path("a.txt"), data, encoding="utf-8")
    with pytest.raises(ImportFailure, match="not an encoding"):
        read_draft(Path("a.txt"), data, encoding="klingon-8")


def test_text_keeps_marks_tatweel_numbers_and_latin_words():
    text = "العنوان\nكَتَبَ الطالبُ الـــدرسَ في 2024 مع John Smith.\n"
    (paragraph,) = read_draft(Path("a.txt"), text.encode()).sections[0][1]
    assert paragraph.text == "كَتَبَ الطالبُ الـــدرسَ في 2024 مع John Smith."


def test_blank_lines_separate_paragraphs_and_crlf_is_normalized():
    text = "العنوان\r\n\r\nالأولى.\r\n\r\nالثانية!\r\n"
    draft = read_draft(Path("a.txt"), text.encode())
    assert seed_structure(draft) == ("العنوان", [(None, ["الأولى.", "الثانية!"])])


def test_hard_wrapped_paragraphs_are_joined_back():
    wrapped = (
        "عنوان المقال\n\n"
        "هذه فقرة طويلة كتبت في محرر يقطع الأسطر عند عرض ثابت من الحروف فتبدو\n"
        "مقسمة على عدة أسطر وهي في الحقيقة فقرة واحدة متصلة المعنى والبناء لا\n"
        "ينبغي أن تقطع عند القراءة في برنامج يعرف كيف يعيد وصل ما قطعه المحرر.\n\n"
        "عنوان فرعي\n\n"
        "وهذه فقرة ثانية قصيرة بعد العنوان الفرعي تنتهي بنقطة في آخرها تماما.\n"
    )
    title, sections = seed_structure(read_draft(Path("a.txt"), wrapped.encode()))
    assert title == "عنوان المقال"
    assert len(sections) == 2
    assert sections[0][1][0].startswith("هذه فقرة") and sections[0][1][0].endswith("المحرر.")
    assert sections[1] == (
        "عنوان فرعي",
        ["وهذه فقرة ثانية قصيرة بعد العنوان الفرعي تنتهي بنقطة في آخرها تماما."],
    )


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("جملة.", True),
        ("سؤال؟", True),
        ('قال: "نعم."', True),
        ("«انتهى!»", True),
        ("عنوان", False),
        ("قائمة:", True),
        ("نهاية؛", True),
        ("...", True),
        ("عنوان (فرعي)", False),
    ],
)
def test_sentence_endings(line, ends):
    assert ends_sentence(line) is ends


def test_markdown_headings_lists_and_quotes():
    text = (
        "# العنوان الرئيس\n\nمقدمة **مهمة** مع [رابط](https://example.org) و`رمز`.\n\n"
        "## القسم الأول\n\n- بند أول\n- بند *ثان*\n\n> اقتباس قصير\n\n## القسم الثاني\n\nنص أخير.\n"
    )
    title, sections = seed_structure(read_draft(Path("a.md"), text.encode()))
    assert title == "العنوان الرئيس"
    assert sections == [
        (None, ["مقدمة مهمة مع رابط ورمز."]),
        ("القسم الأول", ["بند أول", "بند ثان", "اقتباس قصير"]),
        ("القسم الثاني", ["نص أخير."]),
    ]


def test_markdown_is_recognised_by_content_without_an_extension():
    draft = read_draft(Path("notes"), "# عنوان\n\n## قسم\n\nنص.\n".encode())
    assert draft.format == "markdown"


def test_html_drops_scripts_styles_navigation_and_comments():
    draft = read_draft(SAMPLE_HTML, SAMPLE_HTML.read_bytes())
    title, sections = seed_structure(draft)
    assert draft.format == "html"
    assert title == "فن تجليد الكتب"
    text = " ".join(p for _, paragraphs in sections for p in paragraphs)
    html = SAMPLE_HTML.read_text(encoding="utf-8")
    assert "<script" in html and "<style" in html and "<nav" in html and "<!--" in html
    for dropped in ("function", "{", "-->"):
        assert dropped not in text
    assert "الغلاف" in text and "&" in text
    assert [heading for heading, _ in sections if heading] and all(heading for heading, _ in sections[1:])


def test_html_honours_dir_and_lang():
    html = (
        "<html dir='rtl'><body><h1>عنوان</h1><p>فقرة عربية.</p><p lang='en'>English text.</p>"
        "<div dir='ltr'><p>123 مرحبا</p></div><p>Plain English in an Arabic page.</p></body></html>"
    )
    draft = read_draft(Path("a.html"), html.encode())
    directions = [b.direction for b in draft.sections[0][1]]
    assert directions == [None, "ltr", "ltr", None]


def test_broken_html_still_yields_its_text():
    draft = read_draft(Path("a.html"), "<html><title>عنوان<p>فقرة <b>غير مغلقة<p>وأخرى".encode())
    assert draft.title == "عنوان"
    assert [b.text for b in draft.sections[0][1]] == ["فقرة غير مغلقة", "وأخرى"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "holds no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "does not look like a text file"),
        (b"\xff\xfe" + b"\x00\xd8\x41\x00", "not valid utf-16"),
    ],
)
def test_bad_files_get_a_plain_message(data, message):
    with pytest.raises(ImportFailure, match=message):
        read_draft(Path("bad.txt"), data)


def test_a_file_over_the_limit_is_refused_without_reading_it_as_text():
    with pytest.raises(ImportFailure, match="over the 32 MB limit"):
        read_draft(Path("big.txt"), b"a" * (MAX_FILE_BYTES + 1))
