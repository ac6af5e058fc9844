"""Replacing a file atomically: readers see the old file or the complete new one, never a part of either.

Every file Qari writes whole goes through `replacing`: exports, backups, the search index's journal. An
export's target that is not a regular file is treated as `cp` and `sort -o` treat it: a symbolic link is
followed to the file it names, which is replaced; a device, pipe or socket is written through, never
renamed over; a folder is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from reader.core.errors import ExportFailure, reason


def temporary_name(path: Path) -> Path:
    """A fresh hidden name beside `path` for a file that will replace it."""
    return path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp"  # secrets.token_hex(4), without secrets


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` for the block to write; when the block ends well, that file takes
    the permissions of the file it replaces, is flushed to disk and renamed over `path`, and the rename
    flushed too. On failure it is removed."""
    temporary = temporary_name(path)
    try:
        yield temporary
        if path.exists():
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        flush_to_disk(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    flush_to_disk(path.parent)


def replace_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically, keeping its permissions; OSError when it cannot."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    with replacing(path) as temporary, temporary.open("xb") as file:
        file.write(data)


def write_atomically(path: Path, data: bytes) -> None:
    """Write an export to `path`: a regular file (or the one a symbolic link names) is replaced atomically
    (see `replace_bytes`), a device, pipe or socket is written through. ExportFailure says in one line why
    it could not, and that any old file there is unchanged."""
    try:
        target = path.resolve() if path.is_symlink() else path
        if _is_special(target):
            _write_through(target, data)
        else:
            replace_bytes(target, data)
    except OSError as error:
        because = "its folder does not exist" if error.errno == errno.ENOENT else reason(error)
        raise ExportFailure(
            f"{path} could not be written: {because}; any old file there is unchanged."
        ) from None


def _is_special(path: Path) -> bool:
    """Whether `path` is a device, pipe or socket (not a regular file, a folder, or nothing yet)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_through(path: Path, data: bytes) -> None:
    """Write `data` into a device or pipe in place. A pipe nobody reads from is refused at once (ENXIO)
    rather than waited on; sockets cannot be opened at all (ENXIO too)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    try:
        os.set_blocking(descriptor, True)
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    finally:
        os.close(descriptor)


def flush_to_disk(path: Path) -> None:
    """Flush a file, or a folder's entries (a rename into it), to disk."""
    folder = path.is_dir()
    if folder and os.name != "posix":
        return  # Windows cannot open a folder; NTFS journals the rename
    descriptor = os.open(path, os.O_RDONLY if folder else os.O_RDWR)  # Windows syncs writable files only
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
