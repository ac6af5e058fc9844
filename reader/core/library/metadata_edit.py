"""An article's metadata as a reader edits it: one line per field, a language tag, a web address."""

from __future__ import annotations

import re
from dataclasses import astuple
from urllib.parse import urlsplit

from reader.core.document import Metadata
from reader.core.errors import QariError

MAX_LENGTH = 2000  # characters a field may hold: a long web address, never a pasted text
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


class MetadataInvalid(QariError):
    """An edited field that cannot be stored as it is; the message says what to write instead, and
    `field` (author, date, language, address) and `problem` ("too-long", "not-a-tag", "not-web") which
    field and why, for a front end to say it in another language."""

    def __init__(self, field: str, problem: str, message: str) -> None:
        super().__init__(message)
        self.field, self.problem = field, problem


def checked_metadata(metadata: Metadata) -> Metadata:
    """The metadata with each field on one line (runs of spaces and line breaks made one space), or
    MetadataInvalid for a language that is not a tag (ar, en-GB) or an address that is not http(s)."""
    author, date, language, address = (" ".join(value.split()) for value in astuple(metadata))
    for name, value in (("author", author), ("date", date), ("language", language), ("address", address)):
        if len(value) > MAX_LENGTH:
            raise MetadataInvalid(name, "too-long", f"The {name} is longer than {MAX_LENGTH} characters.")
    if language and not _LANGUAGE.fullmatch(language):
        message = f"{language!r} is not a language tag such as ar or en-GB."
        raise MetadataInvalid("language", "not-a-tag", message)
    if address:
        parts = urlsplit(address)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in address:
            message = f"{address!r} is not a web address beginning with http:// or https://."
            raise MetadataInvalid("address", "not-web", message)
    return Metadata(author, date, language, address)
