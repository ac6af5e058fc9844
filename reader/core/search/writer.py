"""Writing to the search index: the documents of an article, and a set of changes committed together."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from whoosh.writing import IndexWriter

from reader.core.document import Article
from reader.core.search.analysis import EXACT, GRAMS, STEM
from reader.core.search.fields import index_fields
from reader.core.search.store import IndexUnusable


def documents(article: Article) -> Iterator[dict[str, object]]:
    """The index documents of an article: its title (with its author and source, for `author:` and
    `source:`), each heading, each paragraph."""
    for block in article.blocks():
        kind = None if block.kind == "paragraph" else block.kind
        document = _document(article.id, block.id, block.text, kind)
        if block.kind == "title":
            document.update(index_fields(article))
        yield document


def _document(article: str, paragraph: str, text: str, kind: str | None) -> dict[str, object]:
    # one short stored string rather than three stored fields (see `results.stored_key`)
    key = f"{article} {paragraph}" if kind is None else f"{article} {paragraph} {kind}"
    document: dict[str, object] = {"article": article, "key": key}
    # The same string object goes to every field: it is analyzed once.
    document.update(dict.fromkeys((EXACT, STEM, GRAMS), text))
    if kind is not None:  # paragraphs, the most documents by far, go without
        document["kind"] = kind
    return document


class ArticleWriter:
    """Changes to the index that become visible together, at `commit`."""

    def __init__(self, writer: IndexWriter) -> None:
        self._writer = writer

    def add_article(self, article: Article) -> None:
        """Index an article, replacing what was indexed for it before."""
        try:
            self._writer.delete_by_term("article", article.id)
            for document in documents(article):
                self._writer.add_document(**document)
        except Exception as error:
            raise IndexUnusable(f"could not be written ({type(error).__name__})") from error

    def remove_article(self, article_id: str) -> None:
        """Remove an article's documents."""
        try:
            self._writer.delete_by_term("article", article_id)
        except Exception as error:
            raise IndexUnusable(f"could not be written ({type(error).__name__})") from error

    def commit(self) -> None:
        """Make the changes visible; IndexUnusable if they could not be written (then none are)."""
        try:
            self._writer.commit()
        except Exception as error:
            raise IndexUnusable(f"could not be written ({error})") from error

    def cancel(self) -> None:
        """Drop the changes and release the index."""
        cancel_writer(self._writer)


def cancel_writer(writer: IndexWriter) -> None:
    """Cancel a writer, and stop the processes of a parallel one."""
    with contextlib.suppress(Exception):  # a writer on a damaged index may fail even to cancel
        writer.cancel()
    # MpWriter.cancel() only flags its worker processes in this process, where they never look: they
    # would wait for work forever, and the interpreter waits for them at exit.
    for task in getattr(writer, "tasks", ()):
        task.terminate()
        task.join()
