"""Word documents (.docx) through mammoth into HTML, then read as HTML is.

Heading 1–6 styles become headings of levels 1–6; the first paragraph in the Title style is the title (else
`dc:title` from `docProps/core.xml`, else a first heading, as in HTML). Mammoth drops a paragraph's
direction (`w:bidi`), so the document part is read first: every paragraph that is right to left, by its own
properties, its style (and the styles it is based on) or the document's defaults, gets a private mark at its
start, which becomes its direction and is removed. A paragraph with no such mark takes the direction of its
first strong letter. Images are their alt text in brackets; footnotes and endnotes are left out (their
reference marks stay), as in EPUB books. Author, dates, title and language come from the core properties.
"""

from __future__ import annotations

import io
import re
import zipfile

import mammoth
from lxml import etree
from lxml import html as lxml_html

from reader.core.document.importers.markup import local_name, parse_xml, pieces
from reader.core.document.importers.zipped import SafeZip
from reader.core.document.model import DraftBlock, DraftSection, Metadata, Outline, promote_title
from reader.core.errors import ImportFailure

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RTL_MARK = "\ue000"  # a private-use character: no document holds it as text of its own
_OFF = {"0", "false", "off"}
_STYLE_MAP = "p[style-name='Title'] => h1.qari-title:fresh"
_NOTE_ID = re.compile(r"(foot|end)note-\d+$")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
MAX_PARTS = 32 * 2**20
"""The most a document's parts (its media left aside) may unpack to. Mammoth holds them as a DOM: 12 MB of
document XML (some 700 pages) took 14 s and 300 MB of memory, so this allows some 1,800 pages in about
40 s and under 1 GB, where the zip limit for books (256 MB) would take gigabytes."""


def parse(data: bytes, name: str) -> Outline:
    """Read a Word document into its title, sections and metadata; raises ImportFailure with one line."""
    with SafeZip(data, name, "a Word document", limit=MAX_PARTS) as package:
        # Media are never read: only images' alt text is kept.
        members = [m for m in package.names() if not m.endswith("/") and not m.startswith("word/media/")]
        parts = {member: package.read(member) for member in members}
        damaged = package.damaged()
    if "word/document.xml" not in parts or any(b"<!DOCTYPE" in parts[m] for m in parts if _is_xml(m)):
        raise damaged  # OOXML declares no DTD: one that does is not a Word document
    try:
        parts["word/document.xml"] = _mark_rtl(parts["word/document.xml"], parts.get("word/styles.xml"))
        html = _to_html(parts, damaged)
        metadata, core_title = _core_properties(parts.get("docProps/core.xml"))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, AttributeError):
        raise damaged from None
    title, sections = _outline(html)
    if not any(section.blocks for section in sections) and not any(s.heading for s in sections):
        raise ImportFailure(f"{name} holds no text to read.")
    title = title or core_title
    sections = [section for section in sections if section.heading is not None or section.blocks]
    if title and sections and sections[0].heading == title:
        sections[0] = DraftSection(None, sections[0].blocks)  # the first heading repeats the title
    return promote_title(title, sections)._replace(metadata=metadata)


def _is_xml(member: str) -> bool:
    return member.endswith((".xml", ".rels"))


def _mark_rtl(document: bytes, styles: bytes | None) -> bytes:
    """The document part with the right-to-left mark at the start of each right-to-left paragraph."""
    rtl_styles, unstyled = _rtl_styles(parse_xml(styles) if styles else None)
    root = parse_xml(document)
    for paragraph in root.iter(_W + "p"):
        properties = paragraph.find(_W + "pPr")
        own = properties.find(_W + "bidi") if properties is not None else None
        style = properties.find(_W + "pStyle") if properties is not None else None
        style_id = (style.get(_W + "val") or "") if style is not None else ""
        rtl = _on(own) if own is not None else rtl_styles.get(style_id, unstyled)
        if rtl:
            run = etree.Element(_W + "r")
            etree.SubElement(run, _W + "t").text = _RTL_MARK
            paragraph.insert(paragraph.index(properties) + 1 if properties is not None else 0, run)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rtl_styles(styles: etree._Element | None) -> tuple[dict[str, bool], bool]:
    """Each paragraph style's direction (True: right to left), following `basedOn`, and the direction of a
    paragraph without a known style (the default paragraph style's, else the document defaults')."""
    if styles is None:
        return {}, False
    default_bidi = styles.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr/{_W}bidi")
    default = default_bidi is not None and _on(default_bidi)
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    default_style = ""
    for style in styles.iter(_W + "style"):
        style_id = style.get(_W + "styleId") or ""
        if style.get(_W + "type") == "paragraph" and _on(style, "default", "false"):
            default_style = style_id
        bidi = style.find(f"{_W}pPr/{_W}bidi")
        own[style_id] = _on(bidi) if bidi is not None else None
        parent = style.find(_W + "basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(_W + "val") or ""
    resolved: dict[str, bool] = {}
    for style_id in own:
        seen: set[str] = set()
        current: str | None = style_id
        value: bool | None = None
        while current and current not in seen and value is None:  # a loop of basedOn ends the walk
            seen.add(current)
            value = own.get(current)
            current = based_on.get(current)
        resolved[style_id] = default if value is None else value
    return resolved, resolved.get(default_style, default)


def _on(element: etree._Element, attribute: str = "val", absent: str = "true") -> bool:
    """An OOXML switch: on unless its value says 0, false or off (`absent` when it has none)."""
    return (element.get(_W + attribute) or absent).lower() not in _OFF


def _to_html(parts: dict[str, bytes], damaged: ImportFailure) -> str:
    """Mammoth's HTML for the document; images as their alt text only, no style map from the file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
        for member, content in parts.items():
            copy.writestr(member, content)
    buffer.seek(0)
    no_source = mammoth.images.img_element(lambda image: {"src": ""})
    try:
        result = mammoth.convert_to_html(
            buffer, style_map=_STYLE_MAP, include_embedded_style_map=False, convert_image=no_source
        )
    except Exception:  # its parsers raise whatever a malformed part makes them (ExpatError, LookupError …)
        raise damaged from None
    return str(result.value)


def _outline(html: str) -> tuple[str, list[DraftSection]]:
    """The title (the Title style's paragraph) and the sections of mammoth's HTML."""
    root = lxml_html.document_fromstring(f"<html><body>{html}</body></html>")
    for note in [e for e in root.iter() if _NOTE_ID.match(e.get("id") or "") and local_name(e) == "li"]:
        note.getparent().remove(note)
    title = ""
    titled = root.find_class("qari-title")
    if titled:
        title = " ".join(titled[0].text_content().replace(_RTL_MARK, "").split())
        titled[0].drop_tree()
    sections: list[DraftSection] = [DraftSection(None, [])]
    for piece in pieces(root):
        text = " ".join(piece.text.replace(_RTL_MARK, " ").split())
        if not text:
            continue
        if piece.kind == "heading":
            sections.append(DraftSection(text, [], piece.level))
        else:
            rtl = piece.text.startswith(_RTL_MARK)
            sections[-1].blocks.append(DraftBlock(text, "rtl" if rtl else piece.direction))
    return title, sections


def _core_properties(core: bytes | None) -> tuple[Metadata, str]:
    """Author, date (created, else modified) and language, and the title, from `docProps/core.xml`."""
    if core is None:
        return Metadata(), ""
    fields: dict[str, str] = {}
    for element in parse_xml(core):
        text = " ".join("".join(element.itertext()).split())
        if text:
            fields.setdefault(local_name(element), text)
    date = fields.get("created") or fields.get("modified") or ""
    iso = _ISO_DATE.match(date)
    metadata = Metadata(fields.get("creator", ""), iso.group(0) if iso else date, fields.get("language", ""))
    return metadata, fields.get("title", "")
