"""Bytes to text: byte-order marks, strict UTF-8, then the Arabic code pages, and clear refusals."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from reader.core.errors import ImportFailure

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Files larger than this are refused: 32 MiB is some 5,000 pages of Arabic text."""
MAX_BOOK_BYTES = 256 * 1024 * 1024
"""EPUB and Word files may be larger, for their pictures (left out): what they unpack to is limited on its
own (see `zipped`)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_CODEPAGES = ["cp1256", "iso8859_6"]
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def check_size(size: int, name: str, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse an empty file, or one over the size limit."""
    if size == 0:
        raise ImportFailure(f"{name} is empty.")
    if size > limit:
        megabytes, most = size / 2**20, limit // 2**20
        raise ImportFailure(f"{name} is {megabytes:.0f} MB, over the {most} MB limit for one article.")


_STRAY_SHARE = 0.01  # at most this share of a UTF-8 file's non-ASCII letters may be invalid bytes, replaced


class Decoded(NamedTuple):
    """A file's text, the encoding it was read in, and what the reader should know about the reading."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode a file's bytes. `encoding` forces one."""
    # A forced encoding still goes through the checks below: binary data decodes in any single-byte code page.
    decoded = Decoded(_decode_forced(data, name, encoding), encoding) if encoding else _detect(data, name)
    if _looks_binary(decoded.text):
        raise ImportFailure(f"{name} does not look like a text file.")
    if not decoded.text.strip():
        raise ImportFailure(f"{name} holds no text.")
    return decoded


def _decode_forced(data: bytes, name: str, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ImportFailure(f"{encoding!r} is not an encoding Qari knows.") from None
    try:
        return data.decode(encoding)
    except LookupError:  # a bytes-to-bytes codec such as hex or rot13
        raise ImportFailure(f"{encoding!r} is not a text encoding.") from None
    except UnicodeError:  # idna and punycode raise UnicodeError, not UnicodeDecodeError
        raise ImportFailure(f"{name} cannot be read as {encoding}.") from None


def _detect(data: bytes, name: str) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise ImportFailure(f"{name} starts like {codec.upper()} but is not valid {codec}.") from None
            return Decoded(text.removeprefix("\ufeff"), codec.removesuffix("-sig"))
    if b"\x00" in data:
        bomless = _bomless_utf16(data)
        if bomless:
            return Decoded(*bomless)
        raise ImportFailure(f"{name} does not look like a text file.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data, name)
    if mostly:
        return mostly
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        codec = declared.group(1).decode("ascii").lower()
        try:
            return Decoded(data.decode(codec), codec)
        except (LookupError, UnicodeError):
            pass
    from charset_normalizer import from_bytes  # loaded for the rare file that is not UTF-8

    best = from_bytes(data, cp_isolation=_ARABIC_CODEPAGES).best()
    if best is not None:
        return Decoded(str(best), best.encoding)
    try:
        return Decoded(data.decode("cp1256"), "cp1256")
    except UnicodeDecodeError:
        raise ImportFailure(
            f"{name} is in an encoding Qari cannot recognise; try --encoding (e.g. cp1256, utf-16)."
        ) from None


def _mostly_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few invalid bytes (a damaged or badly cut file): its text with those bytes replaced by
    U+FFFD and a warning, rather than the whole file read in a code page as mojibake. A file in an Arabic
    code page is invalid UTF-8 at nearly every letter, so it never passes for this."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    letters = sum(1 for char in text if char > "\x7f")
    if letters == stray or stray > _STRAY_SHARE * letters:
        return None
    noun = "byte sequence" if stray == 1 else "byte sequences"
    return Decoded(text, "utf-8", (f"{name}: {stray} invalid UTF-8 {noun} replaced by \ufffd.",))


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: spaces and digits leave NUL bytes on one side of each pair only."""
    if len(data) % 2:
        return None
    high_even, high_odd = data[0::2].count(0), data[1::2].count(0)
    for codec, nuls, other in (("utf-16-le", high_odd, high_even), ("utf-16-be", high_even, high_odd)):
        if nuls > len(data) // 20 and other == 0:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    """True when control characters other than line breaks and tabs make up over 1% of the text."""
    sample = text[:65536]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return "\x00" in text or controls > len(sample) / 100
