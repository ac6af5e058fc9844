"""Errors a user can cause; each message is one plain sentence fit to show as it is."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission is denied",
    errno.EPERM: "permission is denied",
    errno.ENOENT: "it does not exist",
    errno.ENOTDIR: "its folder does not exist",
    errno.EISDIR: "it is a folder",
    errno.ENXIO: "nothing is reading from it",
    errno.ENAMETOOLONG: "its name is too long",
    errno.ELOOP: "its symbolic links go round in a loop",
    errno.EIO: "the disk is failing",
}


def reason(error: OSError) -> str:
    """An operating-system error in a few plain words ("permission is denied")."""
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


class QariError(Exception):
    """Base of every error whose message is meant for the user."""


class ImportFailure(QariError):
    """A file could not be imported (missing, unsupported, undecodable, empty, too large)."""


class LibraryError(QariError):
    """The library folder or its database cannot be used (read-only, locked, damaged)."""


class LibraryDamaged(LibraryError):
    """The library database is damaged (not a database, or malformed); a backup can be put back."""


class ArticleNotFound(QariError):
    """No article matches the given id or prefix, or more than one does."""


class HighlightNotFound(QariError):
    """No highlight matches the given id or prefix, or more than one does."""


class InvalidHighlight(QariError):
    """A highlight cannot be made as asked (bad offsets, empty or unknown quote, unknown colour)."""


class ExportFailure(QariError):
    """An export could not be written (unwritable folder, full disk) or cannot be made as asked."""


class AnnotationImportError(QariError):
    """A file of annotations cannot be read (missing, not JSON, not Web Annotations)."""


class BookmarkNotFound(QariError):
    """No bookmark matches the given id or prefix, or more than one does."""


class InvalidBookmark(QariError):
    """A bookmark cannot be made as asked (no such paragraph, an empty name)."""
