"""Reading a file to import: regular files only, their size checked before a byte is read.

A device (`/dev/zero`), a named pipe or a socket given as a file is refused at once: none of them can be
opened so as to block, and none is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.core.errors import ImportFailure, QariError, reason

_CHUNK = 1 << 20


def read_regular(path: Path, limit: int, failure: type[QariError] = ImportFailure) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; `failure` in one line when it is
    not a regular file, is empty or larger than `limit`, or cannot be read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise failure(f"{path} cannot be read: {reason(error)}.") from None
    try:
        mode, size = os.fstat(descriptor)[stat.ST_MODE], os.fstat(descriptor).st_size
        if stat.S_ISDIR(mode):
            raise failure(f"{path} is a folder, not a file.")
        if not stat.S_ISREG(mode):
            raise failure(f"{path} is not a regular file (a device, pipe or socket); it was not read.")
        if size == 0:
            raise failure(f"{path.name} is empty.")
        _check_limit(size, path, limit, failure)
        os.set_blocking(descriptor, True)
        chunks, total = [], 0
        while chunk := os.read(descriptor, _CHUNK):
            chunks.append(chunk)
            total += len(chunk)
            _check_limit(total, path, limit, failure)  # a file that grows while it is read
        return b"".join(chunks)
    except OSError as error:
        raise failure(f"{path} cannot be read: {reason(error)}.") from None
    finally:
        os.close(descriptor)


def _check_limit(size: int, path: Path, limit: int, failure: type[QariError]) -> None:
    if size > limit:
        raise failure(f"{path.name} is {size / 2**20:.0f} MB, over the {limit // 2**20} MB limit.")
