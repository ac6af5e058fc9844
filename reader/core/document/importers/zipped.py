"""Reading the members of a zip (EPUB, DOCX) without trusting its headers: every member is read in bounded
chunks against a budget for the whole file, so a zip bomb is refused with one line and never unpacked.

A member may unpack to at most `ratio` times its compressed size once past `small` bytes (text compresses
some 3–10 to 1, a bomb of zeros a thousand to 1), and all the members read together to at most `limit`.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from types import TracebackType

from reader.core.errors import ImportFailure

MAX_UNPACKED = 256 * 2**20
"""The most a zip's members read may unpack to, together."""
MAX_RATIO = 100
"""A member's largest uncompressed-to-compressed ratio once past `SMALL_MEMBER` bytes."""
SMALL_MEMBER = 4 * 2**20
"""Below this size a member may be compressed as much as it likes (a page of spaces, an empty table)."""
_CHUNK = 2**20


class SafeZip:
    """A zip archive opened from bytes, whose members are read within a budget."""

    def __init__(
        self,
        data: bytes,
        name: str,
        kind: str,
        limit: int = MAX_UNPACKED,
        ratio: int = MAX_RATIO,
        small: int = SMALL_MEMBER,
    ) -> None:
        """Open `data`; `kind` ("an EPUB book") names what it should be in the refusal of a damaged file."""
        self.name, self.kind = name, kind
        self._left, self._ratio, self._small = limit, ratio, small
        self._limit = limit
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise self.damaged() from None
        self._members = {info.filename: info for info in self._zip.infolist()}

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._zip.close()

    def damaged(self) -> ImportFailure:
        """The refusal of a file that cannot be read as what it claims to be."""
        return ImportFailure(f"{self.name} is damaged or is not {self.kind}.")

    def names(self) -> list[str]:
        """The members' names, in the order the archive lists them."""
        return list(self._members)

    def has(self, member: str) -> bool:
        """True when the archive holds this member."""
        return member in self._members

    def read(self, member: str) -> bytes:
        """A member's bytes; ImportFailure if it is missing, damaged, encrypted or over a limit."""
        info = self._members.get(member)
        if info is None:
            raise ImportFailure(f"{self.name} is damaged: {member} is missing.")
        if info.flag_bits & 0x1:
            raise ImportFailure(f"{self.name} is encrypted and cannot be read.")
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(min(_CHUNK, self._left + 1)):
                    size += len(chunk)
                    chunks.append(chunk)
                    self._check(size, info)
        except ImportFailure:
            raise
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, ValueError):
            raise self.damaged() from None
        self._left -= size
        return b"".join(chunks)

    def _check(self, size: int, info: zipfile.ZipInfo) -> None:
        """Refuse as soon as what is read passes the whole budget or the member's ratio."""
        if size > self._left:
            raise ImportFailure(
                f"{self.name} unpacks to more than {self._limit / 2**20:.0f} MB, the limit for one article."
            )
        if size > self._small and size > self._ratio * max(info.compress_size, 1):
            raise ImportFailure(
                f"{self.name} holds a member compressed over {self._ratio} to 1; it is refused as a zip bomb."
            )
