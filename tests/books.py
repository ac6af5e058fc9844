"""Test books written on the spot: EPUB 2 and 3 zips and Word documents, with Arabic text of our own.

Each builder returns the file's bytes; the tests write them into their temporary folders. The texts are
short passages about a rooftop garden, written for these tests.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reader.core.errors import ImportFailure
from reader.core.library import Workspace

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"

TITLE = "حديقة على السطح"
AUTHOR = "سلمى الخطيب"
TRANSLATOR = "نادر الحلبي"

CH1 = f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="{XHTML}" xmlns:epub="{OPS}" xml:lang="ar" lang="ar" dir="rtl">
<head><title>البذور</title></head>
<body>
<section epub:type="chapter">
<h1>الفصل الأول: البذور</h1>
<p>بدأت الحكاية بكيس صغير من البذور وجدته في درج جدتي<a epub:type="noteref" href="#n1">١</a>.</p>
<p><img src="pot.png" alt="أصيص فخاري على حافة السطح"/></p>
<p>زرعت البذور في علب قديمة <img src="none.png"/>وتركتها قرب النافذة.</p>
<aside epub:type="footnote" id="n1"><p>كان الدرج يفوح برائحة القرنفل.</p></aside>
<h2 id="soil">التربة</h2>
<p>خلطت التراب بقشر البيض المطحون كما علمني الجيران.</p>
<h3>الماء</h3>
<p>سقيت الأصص كل صباح قبل أن تشتد الشمس.</p>
</section>
</body>
</html>
"""

CH2 = f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="{XHTML}" xmlns:epub="{OPS}" dir="rtl">
<head><title>الربيع</title></head>
<body>
<h1>الفصل الثاني: الربيع</h1>
<p>Basil أول ما نبت في الربيع، ثم تبعته النعناع والبقدونس.</p>
<p dir="ltr">الفقرة هذه مكتوبة من اليسار إلى اليمين عمدا.</p>
<p lang="en">Rosemary grows slowly on the roof.</p>
<div id="flowers"><h2>الأزهار</h2>
<p>تفتحت أزهار الجهنمية على السور الشرقي.</p>
<p id="jasmine">الياسمين أبيض صغير يفوح عطره في المساء.</p>
<p>وفي آخر الربيع جمعت البذور للعام القادم.</p>
</div>
<section epub:type="endnotes"><p>هذه حاشية في آخر الفصل لا تقرأ في متن الكتاب.</p></section>
</body>
</html>
"""

APPENDIX = f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="{XHTML}" dir="rtl"><head><title>ملحق</title></head>
<body><h1>ملحق: أدوات البستاني</h1><p>مجرفة صغيرة، ومقص، وإبريق ماء.</p></body></html>
"""

NAV = f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="{XHTML}" xmlns:epub="{OPS}"><head><title>المحتويات</title></head>
<body>
<nav epub:type="landmarks"><ol><li><a href="text/ch2.xhtml">البداية</a></li></ol></nav>
<nav epub:type="toc"><h1>المحتويات</h1>
<ol>
<li><span>الجزء الأول</span>
  <ol>
  <li><a href="text/ch1.xhtml">الفصل الأول: البذور</a>
    <ol><li><a href="text/ch1.xhtml#soil">التربة</a></li></ol>
  </li>
  <li><a href="text/ch2.xhtml">الفصل الثاني: الربيع</a>
    <ol><li><a href="text/ch2.xhtml#flowers">الأزهار</a>
      <ol><li><a href="text/ch2.xhtml#jasmine">الياسمين</a></li></ol>
    </li></ol>
  </li>
  </ol>
</li>
<li><a href="text/appendix.xhtml">ملحق: أدوات البستاني</a></li>
</ol>
</nav>
</body></html>
"""

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""


def opf(
    manifest: str, spine: str, metadata: str = "", version: str = "3.0", spine_attributes: str = ""
) -> str:
    """A package file with the book's title, author, date and language unless `metadata` replaces them."""
    metadata = metadata or (
        f'<dc:title>{TITLE}</dc:title><dc:creator id="a1">{AUTHOR}</dc:creator>'
        '<meta refines="#a1" property="role">aut</meta>'
        f'<dc:creator id="t1">{TRANSLATOR}</dc:creator><meta refines="#t1" property="role">trl</meta>'
        "<dc:date>2021-03-14T08:00:00Z</dc:date><dc:language>ar</dc:language>"
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<package xmlns="http://www.idpf.org/2007/opf" version="{version}" xmlns:opf="http://www.idpf.org/2007/opf">'
        f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">{metadata}</metadata>'
        f"<manifest>{manifest}</manifest><spine {spine_attributes}>{spine}</spine></package>"
    )


def zipped(members: dict[str, str | bytes], epub_mimetype: bool = True) -> bytes:
    """A zip of these members; an EPUB's `mimetype` first and stored, as the format asks."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if epub_mimetype:
            archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def epub3(extra: dict[str, str | bytes] | None = None) -> bytes:
    """An EPUB 3 book: a navigation document nested four deep (a group label without a link, a fragment
    target two levels down), notes, images with and without alt text, a `dir="ltr"` paragraph, and an
    appendix marked `linear="no"` placed in the spine between the two chapters."""
    manifest = (
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        '<item id="ch1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="ch2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="app" href="text/appendix.xhtml" media-type="application/xhtml+xml"/>'
    )
    spine = '<itemref idref="ch1"/><itemref idref="app" linear="no"/><itemref idref="ch2"/>'
    return zipped({
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf(manifest, spine, spine_attributes='page-progression-direction="rtl"'),
        "OEBPS/nav.xhtml": NAV,
        "OEBPS/text/ch1.xhtml": CH1,
        "OEBPS/text/ch2.xhtml": CH2,
        "OEBPS/text/appendix.xhtml": APPENDIX,
        **(extra or {}),
    })


NCX = """<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
<navPoint id="p1"><navLabel><text>المقدمة</text></navLabel><content src="Text/intro.html"/>
</navPoint>
<navPoint id="p2"><navLabel><text>الفصل الأول: البذور</text></navLabel><content src="Text/ch1.xhtml"/>
  <navPoint id="p3"><navLabel><text>التربة</text></navLabel><content src="Text/ch1.xhtml#soil"/></navPoint>
</navPoint>
<navPoint id="p4"><navLabel><text>الفصل الثاني: الربيع</text></navLabel>
  <content src="Text/ch2.xhtml"/></navPoint>
</navMap></ncx>
"""

# XHTML 1.1 with its DOCTYPE and an HTML entity, as EPUB 2 books are often written.
INTRO = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>المقدمة</title></head>
<body><h2>المقدمة</h2><p>كتبت&nbsp;هذه الصفحات في صيف طويل.</p></body></html>
"""
COVER = """<html><body><div><p>غلاف الكتاب</p></div></body></html>"""
BROKEN_CH2 = CH2.replace("</p>", "", 2)  # not well-formed: read by the forgiving HTML parser


def epub2() -> bytes:
    """An EPUB 2 book: an NCX table of contents, a cover outside it, an XHTML 1.1 chapter with `&nbsp;`, a
    chapter that is not well-formed XML, and creators with `opf:role` (an author and a translator)."""
    manifest = (
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        '<item id="cover" href="Text/cover.html" media-type="application/xhtml+xml"/>'
        '<item id="intro" href="Text/intro.html" media-type="application/xhtml+xml"/>'
        '<item id="ch1" href="Text/ch1.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="ch2" href="Text/ch2.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="css" href="Styles/style.css" media-type="text/css"/>'
    )
    spine = "".join(f'<itemref idref="{i}"/>' for i in ("cover", "intro", "ch1", "ch2"))
    metadata = (
        f'<dc:title>{TITLE}</dc:title><dc:creator opf:role="trl">{TRANSLATOR}</dc:creator>'
        f'<dc:creator opf:role="aut">{AUTHOR}</dc:creator>'
        '<dc:date opf:event="modification">2020-01-01</dc:date>'
        '<dc:date opf:event="publication">2019-05</dc:date><dc:language>ar</dc:language>'
    )
    return zipped({
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf(manifest, spine, metadata, "2.0", 'toc="ncx"'),
        "OEBPS/toc.ncx": NCX,
        "OEBPS/Text/cover.html": COVER,
        "OEBPS/Text/intro.html": INTRO,
        "OEBPS/Text/ch1.xhtml": CH1,
        "OEBPS/Text/ch2.xhtml": BROKEN_CH2,
        "OEBPS/Styles/style.css": "p { margin: 0 }",
    })


def epub_without_toc() -> bytes:
    """A book with no navigation document and no NCX: its chapters' `<h1>` and `<h2>` give the sections."""
    manifest = (
        '<item id="ch1" href="ch1.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="ch2" href="ch2.xhtml" media-type="application/xhtml+xml"/>'
    )
    spine = '<itemref idref="ch1"/><itemref idref="ch2"/>'
    return zipped({
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf(manifest, spine),
        "OEBPS/ch1.xhtml": CH1,
        "OEBPS/ch2.xhtml": CH2,
    })


def nav_nested(depth: int) -> bytes:
    """A book whose table of contents nests `depth` levels, each entry pointing into the one chapter."""
    paragraphs = "".join(f'<h2 id="s{i}">باب {i}</h2><p>نص الباب رقم {i}.</p>' for i in range(depth))
    chapter = f'<html xmlns="{XHTML}"><body>{paragraphs}</body></html>'
    entries = ""
    for i in reversed(range(depth)):
        entries = f'<li><a href="c.xhtml#s{i}">باب {i}</a>{f"<ol>{entries}</ol>" if entries else ""}</li>'
    nav = f'<html xmlns="{XHTML}" xmlns:epub="{OPS}"><body><nav epub:type="toc"><ol>{entries}</ol></nav>'
    nav += "</body></html>"
    manifest = (
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        '<item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>'
    )
    return zipped({
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf(manifest, '<itemref idref="c"/>'),
        "OEBPS/nav.xhtml": nav,
        "OEBPS/c.xhtml": chapter,
    })


ENCRYPTION = """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
  xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="{algorithm}"/>
<enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData>
</encryption>
"""


def epub_encrypted(algorithm: str, uri: str = "OEBPS/text/ch1.xhtml") -> bytes:
    """The EPUB 3 book with an `encryption.xml` naming one member encrypted with `algorithm`."""
    return epub3({"META-INF/encryption.xml": ENCRYPTION.format(algorithm=algorithm, uri=uri)})


def write_zip_bomb(path: Path, size: int = 2**30) -> None:
    """An EPUB whose first chapter unpacks to `size` bytes of zeros (about 1 MB on disk for 1 GB),
    written in a stream so the test never holds it in memory."""
    manifest = '<item id="ch1" href="ch1.xhtml" media-type="application/xhtml+xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/content.opf", opf(manifest, '<itemref idref="ch1"/>'))
        with archive.open("OEBPS/ch1.xhtml", "w", force_zip64=True) as member:
            zeros = bytes(2**20)
            for _ in range(size // len(zeros)):
                member.write(zeros)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml"
 ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
_PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
<Relationship Id="rId2" Target="docProps/core.xml"
 Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"/>
</Relationships>"""
_DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Target="styles.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
<Relationship Id="rIdImage" Target="media/image1.png"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>
</Relationships>"""


def _style(style_id: str, name: str, based_on: str = "", bidi: bool = False, default: bool = False) -> str:
    marked = ' w:default="1"' if default else ""
    parent = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    properties = "<w:pPr><w:bidi/></w:pPr>" if bidi else ""
    head = f'<w:style w:type="paragraph" w:styleId="{style_id}"{marked}><w:name w:val="{name}"/>'
    return f"{head}{parent}{properties}</w:style>"


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
    + _style("Normal", "Normal", default=True)
    + _style("Title", "Title", "Normal")
    + "".join(_style(f"Heading{n}", f"heading {n}", "Normal") for n in (1, 2, 3))
    + _style("ArabicBody", "Arabic Body", "Normal", bidi=True)
    + _style("ArabicQuote", "Arabic Quote", "ArabicBody")
    + "</w:styles>"
)
IMAGE_RUN = (
    '<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/>'
    '<wp:docPr id="1" name="Picture 1" descr="رسم لشبكة الري"/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r>"
)


def para(text: str, style: str = "", bidi: str | None = None, runs: str = "") -> str:
    """One Word paragraph: its style, and `<w:bidi/>` with this value ("" for the bare switch, None for
    none)."""
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        "" if bidi is None else f'<w:bidi w:val="{bidi}"/>' if bidi else "<w:bidi/>"
    )
    paragraph_properties = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f"<w:p>{paragraph_properties}<w:r><w:t>{text}</w:t></w:r>{runs}</w:p>"


DOC_TITLE = "دفتر الحديقة"
DOCX_PARAGRAPHS = [
    para(DOC_TITLE, "Title", ""),
    para("هذا دفتر أدون فيه ما أتعلمه من العناية بالنباتات.", bidi=""),
    para("الفصل الأول: السطح", "Heading1", ""),
    para("Wi-Fi ضعيف فوق السطح، لذلك أكتب هنا بلا إنترنت.", bidi=""),
    para("2024 كان عام الطماطم والفلفل الحار.", bidi=""),
    para("Notes: ملاحظات قصيرة بالإنجليزية أولا."),
    para("الري", "Heading2", ""),
    para("PVC أنابيب رخيصة تصلح لشبكة ري صغيرة.", "ArabicQuote"),
    para("Drip irrigation saves water.", "ArabicBody", "0"),
    para("التنقيط", "Heading3", ""),
    para("رسم الشبكة: ", bidi="", runs=IMAGE_RUN),
    para("الفصل الثاني: الحصاد", "Heading1", ""),
    para("قطفت أول حبة طماطم في أواخر حزيران."),
]
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>عنوان الخصائص</dc:title><dc:creator>سلمى الخطيب</dc:creator><dc:language>ar-SA</dc:language>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-10T09:30:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T10:00:00Z</dcterms:modified>
</cp:coreProperties>"""


def docx(
    paragraphs: list[str] | None = None, core: str | None = CORE, extra: dict[str, str | bytes] | None = None
) -> bytes:
    """A Word document: a Title, Arabic Heading 1–3, right-to-left paragraphs that begin with a Latin word
    or a number (their own `w:bidi`, or their style's through `basedOn`), an image with alt text, and core
    properties."""
    body = "".join(DOCX_PARAGRAPHS if paragraphs is None else paragraphs)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<w:body>{body}</w:body></w:document>"
    )
    members: dict[str, str | bytes] = {
        "[Content_Types].xml": _DOCX_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/document.xml": document,
        "word/styles.xml": STYLES,
        "word/media/image1.png": b"\x89PNG\r\n\x1a\n",
        **(extra or {}),
    }
    if core is not None:
        members["docProps/core.xml"] = core
    return zipped(members, epub_mimetype=False)


def members(data: bytes) -> dict[str, bytes]:
    """A zip's members by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezipped(parts: dict[str, bytes], epub_mimetype: bool) -> bytes:
    """A zip of these members again (the `mimetype` written first when it is an EPUB)."""
    rest: dict[str, str | bytes] = {name: content for name, content in parts.items() if name != "mimetype"}
    return zipped(rest, epub_mimetype)


def refusal(folder: Path, kept_name: str, kept: bytes, path: Path) -> str:
    """Import `path` into a library in `folder` that holds one book (`kept`); return the one-line refusal,
    checking that the library holds the same articles, unchanged."""
    (folder / kept_name).write_bytes(kept)
    workspace = Workspace(folder / "library")
    try:
        workspace.import_file(folder / kept_name)
        before = [workspace.library.get(article_id) for article_id in workspace.library.ids()]
        with pytest.raises(ImportFailure) as failure:
            workspace.import_file(path)
        assert [workspace.library.get(article_id) for article_id in workspace.library.ids()] == before
    finally:
        workspace.close()
    message = str(failure.value)
    assert message and "\n" not in message
    return message
