"""Errors a user can cause; each message is one plain sentence fit to show as it is."""

from __future__ import annotations


class QariError(Exception):
    """Base of every error whose message is meant for the user."""


class ImportFailure(QariError):
    """A file could not be imported (missing, unsupported, undecodable, empty, too large)."""


class LibraryError(QariError):
    """The library folder or its database cannot be used (read-only, locked, damaged)."""


class ArticleNotFound(QariError):
    """No article matches the given id or prefix, or more than one does."""
