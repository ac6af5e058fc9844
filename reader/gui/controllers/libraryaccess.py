"""The library folder as the window uses it: read at once, changed through the workspace opened on need.

Opening the full workspace loads the importers and the search index; the window's first paint needs only
the articles database, so the workspace waits until something is imported, removed or searched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.library import Library

if TYPE_CHECKING:
    from reader.core.library import Workspace


class LibraryAccess:
    """The articles of a library folder, and its workspace when first asked for."""

    def __init__(self, folder: Path, workspace: Workspace | None = None) -> None:
        self.folder = folder
        self._workspace = workspace
        self._library: Library | None = None if workspace is not None else Library(folder)

    @property
    def library(self) -> Library:
        """The articles database, for reading."""
        if self._library is not None:
            return self._library
        return self.workspace.library

    @property
    def workspace(self) -> Workspace:
        """The workspace: imports, removals and the search index kept in step (opened on first use)."""
        if self._workspace is None:
            from reader.core.library import Workspace

            self._workspace = Workspace(self.folder)
        return self._workspace

    def close(self) -> None:
        """Release the database and the index."""
        if self._workspace is not None:
            self._workspace.close()
        if self._library is not None:
            self._library.close()
