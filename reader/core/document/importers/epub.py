"""EPUB 2 and 3: one article per book. `META-INF/container.xml` names the package (OPF), whose manifest and
spine give the chapters in reading order; its `dc:title`, `dc:creator`, `dc:date` and `dc:language` give
the title and metadata; the table of contents gives the sections (see `chapters`).

The spine's chapters come in order; those marked `linear="no"` (notes, answer keys, covers a reader opens
from a link) come after all the others, so they interrupt nothing and are not lost. Books protected by DRM
(`META-INF/rights.xml`, or `META-INF/encryption.xml` naming anything but the fonts' obfuscation) are refused,
as are damaged ones; zip members are read within `zipped`'s limits.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from reader.core.document.importers.chapters import Chapter, book_sections
from reader.core.document.importers.epubtoc import Item, read_toc, resolve
from reader.core.document.importers.markup import local_name, parse_tree, parse_xml, pieces
from reader.core.document.importers.zipped import SafeZip
from reader.core.document.model import Metadata, Outline, promote_title
from reader.core.errors import ImportFailure
from reader.core.text import Direction, first_strong

_CONTAINER = "META-INF/container.xml"
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "application/xml"}
_OPF = "{http://www.idpf.org/2007/opf}"
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class Package(NamedTuple):
    """What the OPF says: the chapters in order, the manifest, the NCX's id, the page progression."""

    spine: list[str]
    manifest: dict[str, Item]
    ncx_id: str
    progression: Direction | None
    title: str
    metadata: Metadata


def parse(data: bytes, name: str) -> Outline:
    """Read an EPUB book into its title, sections and metadata; raises ImportFailure with one line."""
    with SafeZip(data, name, "an EPUB book") as book:
        _refuse_drm(book)
        package = _package(book)
        toc = read_toc(book, package.manifest, package.ncx_id)
        chapters: list[Chapter] = []
        for path in package.spine:
            root = parse_tree(book.read(path)) if book.has(path) else None
            if root is not None:
                chapters.append((path, pieces(root)))
    sections = book_sections(chapters, toc, package.progression)
    if not any(section.blocks for section in sections):
        raise ImportFailure(f"{name} holds no text to read.")
    return promote_title(package.title, sections)._replace(metadata=package.metadata)


def _refuse_drm(book: SafeZip) -> None:
    protected = ImportFailure(f"{book.name} is protected by DRM and cannot be read.")
    if book.has("META-INF/rights.xml"):
        raise protected
    if book.has("META-INF/encryption.xml"):
        try:
            root = parse_xml(book.read("META-INF/encryption.xml"))
        except etree.XMLSyntaxError:
            raise protected from None
        methods = [e.get("Algorithm") or "" for e in root.iter() if local_name(e) == "encryptionmethod"]
        if any(method not in _FONT_OBFUSCATION for method in methods):
            raise protected


def _package(book: SafeZip) -> Package:
    """The OPF's manifest, spine and metadata."""
    opf_path = _opf_path(book)
    try:
        opf = parse_xml(book.read(opf_path))
    except etree.XMLSyntaxError:
        raise ImportFailure(f"{book.name} is damaged: its package file cannot be read.") from None
    manifest: dict[str, Item] = {}
    for item in _children(opf, "manifest", "item"):
        path, _fragment = resolve(opf_path, item.get("href") or "")
        if item.get("id") and path:
            properties = frozenset((item.get("properties") or "").split())
            manifest[item.get("id") or ""] = Item(path, item.get("media-type") or "", properties)
    spine_element = next((e for e in opf if local_name(e) == "spine"), None)
    linear: list[str] = []
    aside: list[str] = []
    for itemref in _children(opf, "spine", "itemref"):
        item = manifest.get(itemref.get("idref") or "")
        if item and item.media_type in _CHAPTER_TYPES and item.path not in linear + aside:
            (aside if itemref.get("linear") == "no" else linear).append(item.path)
    if not linear + aside:
        raise ImportFailure(f"{book.name} is damaged: its package lists no chapters.")
    progression = spine_element.get("page-progression-direction") if spine_element is not None else None
    title, metadata = _metadata(opf)
    ncx_id = spine_element.get("toc") or "" if spine_element is not None else ""
    direction: Direction | None = "rtl" if progression == "rtl" else "ltr" if progression == "ltr" else None
    return Package(linear + aside, manifest, ncx_id, direction, title, metadata)


def _opf_path(book: SafeZip) -> str:
    """The package file's member: the container's first rootfile, else the one `.opf` in the zip."""
    if book.has(_CONTAINER):
        try:
            container = parse_xml(book.read(_CONTAINER))
        except etree.XMLSyntaxError:
            container = None
        if container is not None:
            for rootfile in (e for e in container.iter() if local_name(e) == "rootfile"):
                path = (rootfile.get("full-path") or "").lstrip("/")
                if path and book.has(path):
                    return path
    found = [member for member in book.names() if member.lower().endswith(".opf")]
    if len(found) == 1:
        return found[0]
    raise ImportFailure(f"{book.name} is damaged: it has no package file (OPF).")


def _metadata(opf: etree._Element) -> tuple[str, Metadata]:
    """The book's title, and its authors, date and language."""
    fields: dict[str, list[etree._Element]] = {}
    for element in _children(opf, "metadata", None):
        fields.setdefault(local_name(element), []).append(element)
    roles = {  # EPUB 3 gives roles in <meta refines="#id" property="role">
        (meta.get("refines") or "").lstrip("#"): _text(meta)
        for meta in fields.get("meta", [])
        if meta.get("property") == "role"
    }
    creators = [  # (name, role)
        (_text(e), e.get(_OPF + "role") or roles.get(e.get("id") or "", ""))
        for e in fields.get("creator", [])
    ]
    authors = [name for name, role in creators if name and role == "aut"] or [n for n, _ in creators if n]
    joiner = "، " if any(first_strong(name) == "rtl" for name in authors) else ", "
    dates = fields.get("date", [])
    published = [e for e in dates if (e.get(_OPF + "event") or "publication") == "publication"]
    date = next((_text(e) for e in published + dates if _text(e)), "")
    iso = _ISO_DATE.match(date)
    title = next((_text(e) for e in fields.get("title", []) if _text(e)), "")
    language = next((_text(e) for e in fields.get("language", []) if _text(e)), "")
    return title, Metadata(joiner.join(authors), iso.group(0) if iso else date, language)


def _children(root: etree._Element, parent: str, child: str | None) -> list[etree._Element]:
    """The elements named `child` (any, for None) under the OPF's first `parent` element."""
    holder = next((e for e in root if local_name(e) == parent), None)
    if holder is None:
        return []
    return [e for e in holder if local_name(e) and (child is None or local_name(e) == child)]


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
