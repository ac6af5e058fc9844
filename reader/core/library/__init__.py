"""The library folder: its SQLite database (articles, highlights, bookmarks, reading places), backups,
and the workspace, the session that changes it and keeps the search index in step.

Reading the library (`Library`) loads no search engine and no importer; `Workspace` and the names that
come with it load both, so they are imported from here on first use only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.core.library.articles import ArticleSummary, Library, Status
from reader.core.library.backups import Backup, backups_folder, list_backups, newest_backup
from reader.core.library.database import DATABASE_NAME, explain
from reader.core.library.restore import Restored, find_backup, restore  # a function named as its module

if TYPE_CHECKING:
    from reader.core.library.annotation_import import ImportCounts
    from reader.core.library.bookmarks import BookmarkStore
    from reader.core.library.fetching import is_address
    from reader.core.library.highlight_store import HighlightStore
    from reader.core.library.indexing import INDEX_FOLDER
    from reader.core.library.metadata_edit import MetadataInvalid, checked_metadata
    from reader.core.library.reading_places import ReadingPlace, ReadingPlaces
    from reader.core.library.workspace import Imported, ImportReport, Workspace

# Loaded when first named: the stores of highlights and bookmarks bring the highlights' anchoring, and
# `qari list` or the window's first paint needs none of these.
_LOADED_ON_USE = {
    "Workspace": "workspace",
    "ImportReport": "workspace",
    "Imported": "workspace",
    "ImportCounts": "annotation_import",
    "INDEX_FOLDER": "indexing",
    "is_address": "fetching",
    "BookmarkStore": "bookmarks",
    "HighlightStore": "highlight_store",
    "MetadataInvalid": "metadata_edit",
    "checked_metadata": "metadata_edit",
    "ReadingPlace": "reading_places",
    "ReadingPlaces": "reading_places",
}

__all__ = [
    "DATABASE_NAME",
    "INDEX_FOLDER",
    "ArticleSummary",
    "Backup",
    "BookmarkStore",
    "HighlightStore",
    "ImportCounts",
    "ImportReport",
    "Imported",
    "Library",
    "MetadataInvalid",
    "ReadingPlace",
    "ReadingPlaces",
    "Restored",
    "Status",
    "Workspace",
    "backups_folder",
    "checked_metadata",
    "explain",
    "find_backup",
    "is_address",
    "list_backups",
    "newest_backup",
    "restore",
]


def __getattr__(name: str) -> Any:
    """The workspace and its companions, loaded when first named (PEP 562)."""
    if name not in _LOADED_ON_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{_LOADED_ON_USE[name]}"), name)
