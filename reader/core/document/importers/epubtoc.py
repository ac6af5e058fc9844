"""An EPUB's table of contents, flattened in order with each entry's depth: from the EPUB 3 navigation
document (`<nav epub:type="toc">`), else from the EPUB 2 NCX (`navMap`).

Top-level entries are level 2 (the book's title is level 1), their children 3, and so on, capped at 6.
"""

from __future__ import annotations

import posixpath
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from lxml import etree

from reader.core.document.importers.markup import local_name, parse_tree, parse_xml
from reader.core.document.importers.zipped import SafeZip

TOP_LEVEL = 2
DEEPEST = 6


class Entry(NamedTuple):
    """One entry: its label, its level, and the member and fragment it points at ("" for none)."""

    label: str
    level: int
    path: str
    fragment: str


class Item(NamedTuple):
    """One file the package's manifest lists."""

    path: str
    media_type: str
    properties: frozenset[str]


def read_toc(book: SafeZip, manifest: dict[str, Item], ncx_id: str) -> list[Entry]:
    """The book's table of contents; empty when it has none (or none that can be read)."""
    entries: list[Entry] = []
    nav = next((item for item in manifest.values() if "nav" in item.properties), None)
    if nav and book.has(nav.path):
        root = parse_tree(book.read(nav.path))
        if root is not None:
            entries = _nav_entries(root, nav.path)
    ncx = manifest.get(ncx_id) or next(
        (item for item in manifest.values() if item.media_type == "application/x-dtbncx+xml"), None
    )
    if not entries and ncx and book.has(ncx.path):
        try:
            root = parse_xml(book.read(ncx.path))
        except etree.XMLSyntaxError:
            return []
        nav_map = next((e for e in root.iter() if local_name(e) == "navmap"), None)
        if nav_map is not None:
            _ncx_points(nav_map, ncx.path, TOP_LEVEL, entries)
    return entries


def resolve(base_file: str, href: str) -> tuple[str, str]:
    """The member and fragment a reference in `base_file` points at; ("", "") for another site's address."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return "", ""
    path = unquote(parts.path)
    member = posixpath.normpath(posixpath.join(posixpath.dirname(base_file), path)) if path else base_file
    return member.lstrip("/"), unquote(parts.fragment)


def _nav_entries(root: etree._Element, nav_path: str) -> list[Entry]:
    navs = [e for e in root.iter() if local_name(e) == "nav"]
    toc = next((nav for nav in navs if "toc" in _kinds(nav)), navs[0] if navs else None)
    entries: list[Entry] = []
    if toc is not None:
        top = next((e for e in toc.iter() if local_name(e) == "ol"), None)
        if top is not None:
            _nav_list(top, nav_path, TOP_LEVEL, entries)
    return entries


def _nav_list(ol: etree._Element, nav_path: str, level: int, entries: list[Entry]) -> None:
    for li in ol:
        if local_name(li) != "li":
            continue
        label_element = next((e for e in li if local_name(e) in ("a", "span")), None)
        if label_element is not None:
            label = _text(label_element)
            href = label_element.get("href") or ""
            path, fragment = resolve(nav_path, href) if href else ("", "")
            if label:
                entries.append(Entry(label, min(level, DEEPEST), path, fragment))
        for child in li:
            if local_name(child) == "ol":
                _nav_list(child, nav_path, level + 1, entries)


def _ncx_points(parent: etree._Element, ncx_path: str, level: int, entries: list[Entry]) -> None:
    for point in parent:
        if local_name(point) != "navpoint":
            continue
        label_element = next((e for e in point if local_name(e) == "navlabel"), None)
        content = next((e for e in point if local_name(e) == "content"), None)
        label = _text(label_element) if label_element is not None else ""
        src = content.get("src") or "" if content is not None else ""
        path, fragment = resolve(ncx_path, src) if src else ("", "")
        if label:
            entries.append(Entry(label, min(level, DEEPEST), path, fragment))
        _ncx_points(point, ncx_path, level + 1, entries)


def _kinds(element: etree._Element) -> list[str]:
    declared = element.get("{http://www.idpf.org/2007/ops}type") or element.get("epub:type") or ""
    return [*declared.split(), *(role.removeprefix("doc-") for role in (element.get("role") or "").split())]


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
