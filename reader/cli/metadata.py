"""qari meta ARTICLE: an article's author, date, language and address, shown or edited."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from reader.cli.terminal import write
from reader.core.document import Article

if TYPE_CHECKING:
    from reader.core.library import Workspace

FIELDS = ("author", "date", "language", "address")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `qari meta` to the command line."""
    command = commands.add_parser(
        "meta",
        help="show or edit an article's author, date, language and web address",
        description="With no option, prints the article's metadata; each option given replaces one field "
        "(an empty string clears it), and the search index learns the change (author: and source:).",
    )
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    command.add_argument("--author", metavar="NAME", help="who wrote it")
    command.add_argument("--date", metavar="DATE", help="when it was published (2024-03-01, or as known)")
    command.add_argument("--language", metavar="TAG", help="the language it is written in (ar, en-GB)")
    command.add_argument("--address", metavar="URL", help="the web address it was published at")
    command.add_argument("--json", action="store_true", help="print the metadata as JSON")
    command.set_defaults(handler=meta_command)


def meta_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari meta ARTICLE [--author …]: print the metadata, after the edits asked for."""
    article_id = workspace.library.resolve(args.article)
    article = workspace.library.get(article_id)
    changes = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    if changes:
        article = workspace.set_metadata(article_id, replace(article.metadata, **changes))
    if args.json:
        write(json.dumps(as_json(article), ensure_ascii=False, indent=2))
        return 0
    width = max(len(name) for name in (*FIELDS, "source"))
    for name, value in (*asdict(article.metadata).items(), ("source", article.source.path)):
        write(f"{name + ':':{width + 1}}  {value}")
    return 0


def as_json(article: Article) -> dict[str, str]:
    """The article's metadata as `qari meta --json` prints it, with its id, title and source."""
    source = article.source.path
    return {"id": article.id, "title": article.title, **asdict(article.metadata), "source": source}
