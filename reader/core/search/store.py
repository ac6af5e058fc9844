"""The search index's folder: its schema, the stamp that says which rules built it, the journal of
articles whose index entries are being changed, and replacing the whole folder by a rebuilt one.

The index is a cache of the library. Whatever is wrong with the folder (missing, built by other rules,
locked by a program that no longer answers, damaged) is reported as `IndexUnusable`, and the caller
rebuilds it from the library.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, Schema
from whoosh.filedb.filestore import FileStorage

from reader.core.atomicfile import replace_bytes
from reader.core.search.analysis import EXACT, GRAMS, STEM, AnalyzedField, analysis_fingerprint
from reader.core.search.fields import AUTHOR, BYLINE, SOURCE

FORMAT = 4  # raise when the schema, the documents or the pickled codec classes (their module paths) change
STAMP_NAME = "qari-index.json"
JOURNAL_SUFFIX = ".pending"  # beside the index folder, so that a rebuild does not take it away
LEFTOVER_SUFFIXES = (".new", ".old")  # a rebuild cut short leaves these beside the index folder
_JOURNAL_LINE = re.compile(r"[0-9A-Za-z_.-]{1,128}")


class IndexUnusable(Exception):
    """The index cannot be used as it is and must be rebuilt; the message completes "The search index …"."""


def make_schema() -> Schema:
    """One document per paragraph, heading and title; positions only where phrases need them (the words,
    and the pairs of stop words in a row, see `analysis`). A title
    document also holds its article's author and source terms (`fields`), and the author as stored."""
    return Schema(
        article=ID,
        key=STORED,
        kind=ID,
        exact=AnalyzedField(EXACT),
        stem=AnalyzedField(STEM),
        grams=AnalyzedField(GRAMS),
        **{
            AUTHOR: KEYWORD(commas=True, scorable=False),
            SOURCE: KEYWORD(commas=True, scorable=False),
            BYLINE: STORED,
        },
    )


def stamp() -> dict[str, object]:
    """What the stamp of an index built now says: a change of format, fields or analysis rebuilds it."""
    schema = make_schema()
    fields = [f"{name}:{type(schema[name]).__name__}:{schema[name].stored}" for name in schema.names()]
    return {"format": FORMAT, "fields": fields, "analysis": analysis_fingerprint()}


def open_folder(folder: Path) -> whoosh_index.Index:
    """Open the index in `folder`, or raise IndexUnusable saying what is wrong with it."""
    stamp_path = folder / STAMP_NAME
    if folder.exists() and not folder.is_dir():
        raise IndexUnusable("is a file, not a folder")
    if not stamp_path.exists():
        raise IndexUnusable("is missing" if not folder.exists() else "was left unfinished")
    try:
        if json.loads(stamp_path.read_text(encoding="utf-8")) != stamp():
            raise IndexUnusable("was made by another version of Qari")
        # Without memory maps: Whoosh copies each mapped part of the index into memory as it reads it,
        # so a mapped index is held twice (a 30 MB library's window took 290 MB; read from files, 150 MB).
        index = FileStorage(str(folder), supports_mmap=False).open_index(schema=make_schema())
        with index.searcher() as searcher:
            searcher.doc_count()
    except IndexUnusable:
        raise
    except Exception as error:  # a damaged index raises anything from TypeError to EOFError
        raise IndexUnusable(f"is damaged ({type(error).__name__})") from error
    return index


def create_folder(folder: Path) -> whoosh_index.Index:
    """An empty index in a new folder (removed first if it is there)."""
    remove_folder(folder)
    folder.mkdir(parents=True)
    return whoosh_index.create_in(str(folder), make_schema())


def finish_folder(folder: Path) -> None:
    """Write the stamp: from now on the folder holds a complete index."""
    replace_bytes(folder / STAMP_NAME, json.dumps(stamp()).encode())


def replace_folder(new: Path, folder: Path) -> None:
    """Put the index built in `new` in the place of `folder`; a crash in between leaves no index."""
    old = folder.with_name(folder.name + ".old")
    remove_folder(old)
    if folder.exists():
        # a program that still holds the old index open keeps reading its files under the old name
        folder.rename(old)
    new.rename(folder)
    remove_folder(old)


def remove_folder(folder: Path) -> None:
    """Remove a folder and all in it (or a file or link in its place), if it is there."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        folder.unlink()
    elif folder.exists():
        shutil.rmtree(folder)


def leftovers(folder: Path) -> list[Path]:
    """What a rebuild cut short left beside the index folder."""
    return [path for end in LEFTOVER_SUFFIXES if (path := folder.with_name(folder.name + end)).exists()]


def journal_path(folder: Path) -> Path:
    """The journal of the index in `folder`."""
    return folder.with_name(folder.name + JOURNAL_SUFFIX)


def read_journal(folder: Path) -> set[str]:
    """The articles recorded as being changed when the last change stopped short; IndexUnusable when the
    journal is damaged (then which articles were changing is unknown, and the whole index is rebuilt)."""
    try:
        lines = journal_path(folder).read_bytes().decode("utf-8").split("\n")
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError) as error:
        raise IndexUnusable(f"has a damaged journal of unfinished changes ({type(error).__name__})") from None
    ids = set(filter(None, lines))
    if not all(_JOURNAL_LINE.fullmatch(line) for line in ids):
        raise IndexUnusable("has a damaged journal of unfinished changes")
    return ids


def restart_journal(folder: Path, article_ids: set[str]) -> None:
    """Replace the journal (a damaged one, once the index was rebuilt) by one listing these articles."""
    if article_ids:
        replace_bytes(journal_path(folder), "".join(f"{i}\n" for i in sorted(article_ids)).encode())
    else:
        journal_path(folder).unlink(missing_ok=True)


def add_to_journal(folder: Path, article_ids: set[str]) -> None:
    """Record articles about to change, durably, before their index entries are touched."""
    with open(journal_path(folder), "a", encoding="utf-8") as journal:
        journal.write("".join(f"{article_id}\n" for article_id in sorted(article_ids)))
        journal.flush()
        os.fsync(journal.fileno())


def settle_journal(folder: Path, article_ids: set[str]) -> None:
    """Take articles off the journal: their index entries and the library agree again. A damaged
    journal is left as it is, for the next use of the index to rebuild it."""
    try:
        remaining = read_journal(folder) - article_ids
    except IndexUnusable:
        return
    if remaining:
        lines = "".join(f"{article_id}\n" for article_id in sorted(remaining))
        replace_bytes(journal_path(folder), lines.encode())
    else:
        with contextlib.suppress(FileNotFoundError):
            journal_path(folder).unlink()
