"""Reading W3C Web Annotations (JSON-LD) into plain records, whatever produced them.

Accepted: an AnnotationCollection with its embedded first page, an AnnotationPage, a list of Annotations
or one Annotation. An annotation is usable when one of its targets has a TextQuoteSelector, directly, in a
list of selectors, or in a `refinedBy` chain.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reader.core.errors import AnnotationImportError

ARTICLE_URN = "urn:qari:article:"
"""The id prefix of Qari's articles in W3C Web Annotations (`urn:qari:article:<id>`)."""


@dataclass(frozen=True)
class Incoming:
    """What an imported annotation says: which article, which quote and where, colour, note and times."""

    id: str
    reference: str  # the annotation's own id, for messages
    sources: tuple[str, ...]
    title: str | None
    quote: str
    prefix: str
    suffix: str
    paragraph: str | None
    start: int | None
    end: int | None
    position: int | None  # start offset in the whole article text, from a TextPositionSelector
    color: str | None
    note: str | None
    created: str | None
    modified: str | None
    state: str | None
    group: str | None
    motivation: str | None = None  # "bookmarking" for a bookmark, whose name is `note`

    def describe_source(self) -> str:
        """The article reference for a message."""
        return ", ".join(self.sources) or (repr(self.title) if self.title else "no source")


def read_annotations(document: Any) -> tuple[list[Incoming], list[str]]:
    """The usable annotations of a document, and a line for each one that is not usable."""
    incoming, problems = [], []
    for annotation in _annotations(document):
        identifier = stable_id(annotation.get("id"), annotation)
        record = _read(identifier, annotation)
        if record is None:
            problems.append(f"{annotation.get('id', identifier)}: no TextQuoteSelector with a quote.")
        else:
            incoming.append(record)
    return incoming, problems


def stable_id(identifier: Any, annotation: dict[str, Any]) -> str:
    """Our uuid for an annotation: its own if it is a `urn:uuid:`, else one derived from its id or content."""
    if isinstance(identifier, str) and identifier.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(identifier[len("urn:uuid:") :]))
        except ValueError:
            pass
    seed = (
        identifier if isinstance(identifier, str) and identifier else json.dumps(annotation, sort_keys=True)
    )
    return str(uuid.uuid5(uuid.NAMESPACE_URL, seed))


def utc_time(value: Any) -> str | None:
    """An ISO 8601 time as Qari writes it (UTC, milliseconds, Z), or None when it is not a time."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _annotations(document: Any) -> Iterator[dict[str, Any]]:
    if isinstance(document, list):
        for item in document:
            yield from _annotations(item)
        return
    if not isinstance(document, dict):
        raise AnnotationImportError("The file is not a Web Annotation, a list of them, or a collection.")
    kinds = _as_list(document.get("type", document.get("@type")))
    if "AnnotationCollection" in kinds:
        first = document.get("first")
        if isinstance(first, dict):
            yield from _annotations(first)
        elif first is not None:
            raise AnnotationImportError("The collection's pages are not in the file (only their address is).")
    elif "AnnotationPage" in kinds:
        yield from (item for item in _as_list(document.get("items")) if isinstance(item, dict))
    else:
        yield document


def _read(identifier: str, annotation: dict[str, Any]) -> Incoming | None:
    for target in _as_list(annotation.get("target")):
        if not isinstance(target, dict):
            continue
        selectors = list(_selectors(target.get("selector")))
        quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
        if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"].strip():
            continue
        paragraph, start, end, position = _places(target.get("selector"))
        source = target.get("source", target.get("id"))
        described = source if isinstance(source, dict) else {"id": source}
        sources = tuple(v for v in (described.get("id"), described.get("dc:source")) if isinstance(v, str))
        title = described.get("dc:title") or target.get("dc:title")
        return Incoming(
            id=identifier,
            reference=str(annotation.get("id", identifier)),
            sources=sources,
            title=title if isinstance(title, str) else None,
            quote=quote["exact"],
            prefix=_text(quote.get("prefix")),
            suffix=_text(quote.get("suffix")),
            paragraph=paragraph,
            start=start,
            end=end,
            position=position,
            color=target.get("styleClass") if isinstance(target.get("styleClass"), str) else None,
            note=_note(annotation),
            created=utc_time(annotation.get("created")),
            modified=utc_time(annotation.get("modified")),
            state=annotation.get("qari:state") if isinstance(annotation.get("qari:state"), str) else None,
            group=_group(annotation.get("qari:group")),
            motivation=next((m for m in _as_list(annotation.get("motivation")) if isinstance(m, str)), None),
        )
    return None


def _places(value: Any) -> tuple[str | None, int | None, int | None, int | None]:
    """Paragraph id and offsets (a FragmentSelector refined by a TextPositionSelector), and the start in
    the whole text (a TextPositionSelector on its own), from the top-level selectors."""
    paragraph = start = end = position = None
    for selector in (s for s in _as_list(value) if isinstance(s, dict)):
        refined = selector.get("refinedBy")
        if selector.get("type") == "TextPositionSelector":
            position = _integer(selector.get("start"))
        elif (
            selector.get("type") == "FragmentSelector"
            and isinstance(selector.get("value"), str)
            and isinstance(refined, dict)
            and refined.get("type") == "TextPositionSelector"
        ):
            paragraph = selector["value"]
            start, end = _integer(refined.get("start")), _integer(refined.get("end"))
    return paragraph, start, end, position


def _selectors(value: Any) -> Iterator[dict[str, Any]]:
    """Every selector in a selector value: those of a list, and each step of a `refinedBy` chain."""
    for selector in _as_list(value):
        if isinstance(selector, dict):
            yield selector
            yield from _selectors(selector.get("refinedBy"))


def _note(annotation: dict[str, Any]) -> str | None:
    """The annotation's comment: its `bodyValue`, or the first textual body that is not a tag."""
    if isinstance(annotation.get("bodyValue"), str):
        return annotation["bodyValue"] or None
    for body in _as_list(annotation.get("body")):
        if (
            isinstance(body, dict)
            and body.get("type") in (None, "TextualBody")
            and body.get("purpose") != "tagging"
            and isinstance(body.get("value"), str)
        ):
            return body["value"] or None
    return None


def _group(value: Any) -> str | None:
    if isinstance(value, str) and value.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(value[len("urn:uuid:") :]))
        except ValueError:
            return None
    return None


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """A string field, or "" for anything else."""
    return value if isinstance(value, str) else ""
