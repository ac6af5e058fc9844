"""Commands on bookmarks: qari bookmark add | list | rename | remove."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reader.cli.terminal import write, write_json
from reader.core.errors import InvalidBookmark
from reader.core.text import balance

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.core.highlights import Bookmark
    from reader.core.library import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    """Add `qari bookmark` and its subcommands to the command line."""
    group = commands.add_parser("bookmark", help="add, list, rename and remove bookmarks")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    command = actions.add_parser("add", help="bookmark a paragraph (by its id or its number)")
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    place = command.add_mutually_exclusive_group(required=True)
    place.add_argument("--paragraph", metavar="PID", help="the paragraph id ('qari toc ARTICLE --json')")
    place.add_argument("--number", metavar="N", help="the paragraph's number from 1, as exports give it")
    command.add_argument("--name", metavar="NAME", default="", help="its name (default: its start)")
    command.add_argument("--json", action="store_true", help="print the bookmark as JSON")
    command.set_defaults(handler=add_command)

    command = actions.add_parser("list", help="list the bookmarks of one article or of all")
    command.add_argument("article", metavar="ARTICLE", nargs="?", help="an article id or a unique prefix")
    command.add_argument("--json", action="store_true", help="print the list as JSON")
    command.set_defaults(handler=list_command)

    command = actions.add_parser("rename", help="give a bookmark another name")
    command.add_argument("id", metavar="ID", help="a bookmark id or a unique prefix of one")
    command.add_argument("name", metavar="NAME")
    command.set_defaults(handler=rename_command)

    command = actions.add_parser("remove", help="remove a bookmark")
    command.add_argument("id", metavar="ID", help="a bookmark id or a unique prefix of one")
    command.set_defaults(handler=remove_command)


def add_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari bookmark add ARTICLE (--paragraph PID | --number N) [--name NAME]."""
    article = workspace.library.get(workspace.library.resolve(args.article))
    block = args.paragraph if args.paragraph is not None else paragraph_numbered(article, args.number)
    bookmark = workspace.library.bookmarks.add(article, block, args.name)
    if args.json:
        write_json(bookmark.to_json())
    else:
        write(f"added  {summary(bookmark)}")
    return 0


def list_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari bookmark list [ARTICLE]: bookmarks with their place, state and name."""
    article_id = workspace.library.resolve(args.article) if args.article else None
    bookmarks = workspace.library.bookmarks.bookmarks(article_id)
    if args.json:
        write_json([b.to_json() for b in bookmarks])
    else:
        for bookmark in bookmarks:
            write(summary(bookmark))
    return 0


def rename_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari bookmark rename ID NAME."""
    store = workspace.library.bookmarks
    write(f"renamed  {summary(store.rename(store.resolve(args.id), args.name))}")
    return 0


def remove_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari bookmark remove ID."""
    store = workspace.library.bookmarks
    write(f"removed  {summary(store.delete(store.resolve(args.id)))}")
    return 0


def paragraph_numbered(article: Article, text: str) -> str:
    """The id of an article's paragraph by its number from 1 (Arabic-Indic digits too)."""
    paragraphs = article.paragraphs()
    try:
        number = int(text.strip())  # int() reads every decimal digit: ١٢ and ۱۲ are 12
    except ValueError:
        raise InvalidBookmark(f"--number must be a paragraph's number, not {text!r}.") from None
    if not 1 <= number <= len(paragraphs):
        raise InvalidBookmark(f"Article {article.id} has paragraphs 1 to {len(paragraphs)}, not {number}.")
    return paragraphs[number - 1].id


def summary(bookmark: Bookmark) -> str:
    """One line for a bookmark: id, state, article, paragraph and name."""
    where = f"{bookmark.article}  {bookmark.paragraph}"
    return f"{bookmark.id}  {bookmark.state:8}  {where}  {balance(bookmark.name)}"
