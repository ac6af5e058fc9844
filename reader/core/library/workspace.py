"""A library folder as a whole: the articles database and what is kept in step with it.

Every change to the library goes through here, so that the database and the parts derived from it change
in the same operation.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import QariError, reason
from reader.core.library.articles import Library, Status

if TYPE_CHECKING:
    from reader.core.document import Article, Draft, Metadata
    from reader.core.library.highlight_store import HighlightStore
    from reader.core.library.indexing import LibraryIndex
    from reader.core.search import ParsedQuery, SearchResult

# Imports, removals and rebuilds run in the command line or a worker thread, never while the reader waits:
# they wait longer for another program's write (another import, a part at a time) before giving up.
LONG_WAIT = 15.0
COMMIT_EVERY = 2.0  # seconds of importing per transaction: how long another program may have to wait

Progress = Callable[[int, int, str], bool]
"""Called as progress(done, total, path) after each file; returning False stops the work."""


@dataclass(frozen=True)
class Imported:
    """One file that was imported, updated or found unchanged."""

    article: Article
    path: str
    status: Status
    warnings: tuple[str, ...] = ()  # read with something to know: invalid bytes replaced …


@dataclass
class ImportReport:
    """What an import did, file by file."""

    imported: list[Imported] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to import: each file given, and the supported files inside each folder given (see
    `files_in`). A path that cannot be looked at is an error of its own; a file that is not a regular one is
    refused when it is read."""
    files: list[Path] = []
    errors: list[tuple[str, str]] = []
    for path in paths:
        try:
            is_folder = stat.S_ISDIR(path.stat().st_mode)
        except FileNotFoundError:
            errors.append((str(path), f"{path} does not exist."))
            continue
        except OSError as error:
            errors.append((str(path), f"{path} cannot be read: {reason(error)}."))
            continue
        if not is_folder:
            files.append(path)
            continue
        found, problems = files_in(path)
        errors.extend(problems)
        if not found and not problems:
            from reader.core.document.importers import EXTENSIONS

            known = ", ".join(sorted(EXTENSIONS))
            errors.append((str(path), f"{path} holds no file Qari can import ({known})."))
        files.extend(found)
    return files, errors


def files_in(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files of a folder and its subfolders that Qari can import, by name, and the subfolders that
    could not be read. Links to folders are not followed, and links to files outside the folder are left
    out (each named), so that a folder never brings in what it does not hold."""
    from reader.core.document.importers import EXTENSIONS

    root = folder.resolve()
    found: list[Path] = []
    problems: list[tuple[str, str]] = []

    def unreadable(error: OSError) -> None:
        problems.append((str(error.filename), f"{error.filename} cannot be read: {reason(error)}."))

    for place, _, names in os.walk(folder, onerror=unreadable):
        for name in names:
            path = Path(place) / name
            if path.suffix.lower() not in EXTENSIONS:
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                problems.append((str(path), f"{path} links to a file outside {folder}; it was left out."))
                continue
            found.append(path)
    return sorted(found), problems


class Workspace:
    """The library folder: articles and everything kept in step with them. It owns every transaction."""

    def __init__(self, folder: Path, notify: Callable[[str], None] | None = None) -> None:
        """`notify` hears of repairs the user should know about (the search index being rebuilt)."""
        self.folder = folder
        self.library = Library(folder, wait=LONG_WAIT)
        self._notify = notify or (lambda message: None)
        self._depth = 0

    @property
    def highlights(self) -> HighlightStore:
        """The library's highlights (their store is loaded on first use: listing articles needs none)."""
        return self.library.highlights

    @cached_property
    def _index(self) -> LibraryIndex:
        """The search index kept in step with the library, opened (and the search engine loaded) on first
        use: listing or showing articles never needs it."""
        from reader.core.library.indexing import LibraryIndex

        return LibraryIndex(self.library, self._write_lock, self._notify)

    def close(self) -> None:
        """Release the database and the search index."""
        if "_index" in self.__dict__:
            self._index.close()
        self.library.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def search(self, query: str | ParsedQuery, article: str | None = None, limit: int = 20) -> SearchResult:
        """The best `limit` hits of a query in the library, or in one article (see `SearchIndex.search`)."""
        return self._index.search(query, article, limit)

    def rebuild_index(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Build the search index anew from the library; returns the number of articles."""
        return self._index.rebuild(progress)

    @contextmanager
    def transaction(self, expected: int = 1) -> Iterator[None]:
        """One change of the library and the index with it: all of it lands, or none of it.

        `expected` is how many articles it will change. Nested inside another, it is a savepoint: its
        changes are undone alone if its block fails.
        """
        if self._depth:
            mark = self._index.mark()
            self._depth += 1
            try:
                with self.library.savepoint(f"qari_{self._depth}"):
                    yield
            except BaseException:
                self._index.undo_since(mark)
                raise
            finally:
                self._depth -= 1
            return
        committed = False
        self._depth = 1
        try:
            with self.library.transaction():
                self._index.begin(expected)
                yield
                self._index.commit()
            committed = True
        finally:
            self._depth = 0
            self._index.settle(committed)

    def _write_lock(self) -> AbstractContextManager[object]:
        """The database's write lock, unless this workspace holds it already."""
        return nullcontext() if self.library.in_transaction else self.library.transaction()

    def import_paths(
        self, paths: Iterable[Path | str], encoding: str | None = None, progress: Progress | None = None
    ) -> ImportReport:
        """Import files and folders, and web pages (their addresses given as `str`, see `import_url`); each
        is imported whole or not at all. Web pages come after the files."""
        items = list(paths)
        files, errors = expand_paths(item for item in items if not isinstance(item, str))
        addresses = [item for item in items if isinstance(item, str)]
        total = len(files) + len(addresses)
        report = ImportReport(errors=errors)
        done = 0
        while done < len(files):
            # A few seconds' worth of files per transaction (each file a savepoint in it): the search index
            # takes them in one commit, which costs about as much as one article's commit alone, and another
            # program that writes to the library waits for one part, never for the whole import.
            with self.transaction(expected=len(files) - done):
                ends = time.monotonic() + COMMIT_EVERY
                while done < len(files):  # at least one file, then until the time is up
                    path = files[done]
                    done += 1
                    try:
                        report.imported.append(self.import_file(path, encoding))
                    except QariError as error:
                        report.errors.append((str(path), str(error)))
                    if progress and not progress(done, total, str(path)):
                        return report  # what was imported so far is committed
                    if time.monotonic() >= ends:
                        break
        for address in addresses:  # each in its own transaction, begun once the page has come
            done += 1
            try:
                report.imported.append(self.import_url(address))
            except QariError as error:
                report.errors.append((address, str(error)))
            if progress and not progress(done, total, address):
                break
        return report

    def import_file(self, path: Path, encoding: str | None = None) -> Imported:
        """Import one file: new, an update of the article from the same path, or unchanged."""
        # the importers load with the first file read: listing or searching the library needs none
        from reader.core.document.importers import EXTENSIONS, read_draft, size_limit
        from reader.core.document.importers.files import read_regular

        data = read_regular(path, size_limit(path))
        source_path = str(path.resolve())
        sha256 = _sha256(data)
        # the same bytes under an extension that names another format are parsed again
        kind = EXTENSIONS.get(path.suffix.lower())
        return self._store(source_path, sha256, kind, lambda: read_draft(path, data, encoding))

    def import_url(self, address: str, timeout: float | None = None) -> Imported:
        """Import a web page's article: new, an update of the article from the same address, or unchanged.

        The address as given is the article's source, so importing it again updates it; the address the
        page names as its own (else the one it was read from after redirects) is its metadata's address.
        The page is fetched before the library is locked (see `fetching.fetch` for the limits)."""
        from reader.core.document.importers.webpage import read_page  # lxml loads for web pages only
        from reader.core.library.fetching import TIMEOUT, fetch

        page = fetch(address, TIMEOUT if timeout is None else timeout)
        sha256 = _sha256(page.data)
        return self._store(address, sha256, "html", lambda: read_page(page.data, page.address, page.charset))

    def _store(self, source: str, sha256: str, kind: str | None, read: Callable[[], Draft]) -> Imported:
        """Store what `read` makes of a source, unless the library holds it unchanged: new, or an update of
        the article from the same source (its highlights moved to their new places)."""
        with self.transaction():  # looked up under the write lock: another program may import it too
            existing, status = self.library.find_existing(source, sha256, kind)
            if existing is not None and status == "unchanged":
                return Imported(self.library.get(existing), source, status)
            draft = read()
            before = self.library.get(existing) if existing else None  # read before `store` replaces it
            article = self.library.store(draft, source, sha256, existing)
            if before is not None:
                from reader.core.highlights import Revision  # the anchoring, on a re-import only

                revision = Revision(before, article)  # the texts and counterparts made once for the three
                self.highlights.reanchor(revision)
                self.library.bookmarks.reanchor(revision)
                self.library.places.reanchor(revision)
            self._index.put(article)
        return Imported(article, source, status, draft.warnings)

    def set_metadata(self, article_id: str, metadata: Metadata) -> Article:
        """Edit an article's author, date, language and address (kept in the index for `author:`);
        MetadataInvalid says what is wrong with a field (see `checked_metadata`)."""
        from reader.core.library.metadata_edit import checked_metadata

        metadata = checked_metadata(metadata)
        with self.transaction():
            self.library.set_metadata(article_id, metadata)
            article = self.library.get(article_id)
            self._index.put(article)
        return article

    def remove(self, article_id: str) -> None:
        """Remove an article and everything attached to it."""
        with self.transaction():
            self.library.delete(article_id)
            self._index.drop(article_id)


def _sha256(data: bytes) -> str:
    """The hex SHA-256 of an imported file's bytes (hashlib loads with the first import, not to list)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()
