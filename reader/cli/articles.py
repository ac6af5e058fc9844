"""Commands on articles: import, list, toc, show, remove, open."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.terminal import error as error_line
from reader.cli.terminal import render, write, write_json
from reader.core.errors import QariError

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.core.library import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    """Add the article commands to the command line."""
    command = commands.add_parser("import", help="import files, folders or web pages (https://…) of articles")
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or a web page's address")
    command.add_argument("--encoding", help="read the files in this encoding (e.g. cp1256, utf-16)")
    command.add_argument("--json", action="store_true", help="print the result as JSON")
    command.set_defaults(handler=import_command)

    command = commands.add_parser("list", help="list the articles in the library")
    command.add_argument("--json", action="store_true", help="print the list as JSON")
    command.set_defaults(handler=list_command)

    command = commands.add_parser("toc", help="an article's title, headings and paragraphs")
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    command.add_argument("--json", action="store_true", help="print the structure as JSON")
    command.set_defaults(handler=toc_command)

    command = commands.add_parser("show", help="print an article for reading in the terminal")
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    add_display_options(command)
    command.set_defaults(handler=show_command)

    command = commands.add_parser("remove", help="remove an article from the library")
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    command.set_defaults(handler=remove_command)

    command = commands.add_parser("open", help="import a file if needed and show it in the window")
    command.add_argument("path", type=Path, metavar="PATH")
    command.add_argument("--encoding", help="read the file in this encoding")
    command.set_defaults(handler=open_command)


def add_display_options(command: argparse.ArgumentParser) -> None:
    """--visual / --logical: how Arabic is written to the terminal."""
    mode = command.add_mutually_exclusive_group()
    mode.add_argument(
        "--visual",
        dest="visual",
        action="store_true",
        help="shape Arabic and reorder it for terminals that do not handle right-to-left text",
    )
    mode.add_argument(
        "--logical",
        dest="visual",
        action="store_false",
        help="print the text as stored, for terminals that handle bidi and for pipes (the default)",
    )


def import_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari import PATH...: import files, folders and web pages."""
    from reader.core.library import is_address

    items = [text if is_address(text) and not Path(text).exists() else Path(text) for text in args.paths]
    report = workspace.import_paths(items, args.encoding)
    if args.json:
        write_json(
            {
                "imported": [
                    {
                        "id": item.article.id,
                        "title": item.article.title,
                        "path": item.path,
                        "sections": len(item.article.sections),
                        "paragraphs": len(item.article.paragraphs()),
                        "status": item.status,
                        "warnings": list(item.warnings),
                    }
                    for item in report.imported
                ],
                "errors": [{"path": path, "error": error} for path, error in report.errors],
            }
        )
    else:
        for item in report.imported:
            write(f"{item.status:9}  {item.article.id}  {item.article.title}")
            for warning in item.warnings:
                error_line(f"warning: {warning}")
        for _, error in report.errors:
            error_line(error)
    return 1 if report.errors else 0


def list_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari list: the articles in the library."""
    summaries = workspace.library.summaries()
    if args.json:
        rows = [
            {
                "id": s.id, "title": s.title, "path": s.path, "paragraphs": s.paragraphs,
                "author": s.author, "date": s.date, "language": s.language, "address": s.address,
                "progress": s.progress, "last_read": s.last_read or None,  # null: never opened in the window
            }
            for s in summaries
        ]
        write_json(rows)
    else:
        lines = []
        for summary in summaries:  # the date as the source gives it, cut to the day
            by = f"  — {summary.author}" if summary.author else ""
            day = summary.date[:10] or "-"
            lines.append(f"{summary.id}  {summary.paragraphs:5}  {day:10}  {summary.title}{by}")
        if lines:
            write("\n".join(lines))  # one write: a line at a time took 50 ms for 6,000 articles
    return 0


def toc_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari toc ARTICLE: the article's structure."""
    article = workspace.library.get(workspace.library.resolve(args.article))
    if args.json:
        write_json(toc(article))
    else:
        write(article.title)
        for section, depth in zip(article.sections, _depths(article), strict=True):
            write(f"{'  ' * depth}{section.heading or '—'}  ({len(section.paragraphs)})")
    return 0


def _depths(article: Article) -> list[int]:
    """How deep each section nests under the title: 1 for a section right under it, 2 under that …"""
    from reader.core.document import trails  # not loaded by `qari list`

    return [max(len(trail), 1) for trail in trails([(s.heading, s.level) for s in article.sections])]


def toc(article: Article) -> dict:
    """The article's structure as the JSON of `qari toc`."""
    return {
        "id": article.id,
        "title": article.title,
        "sections": [
            {
                "heading": section.heading,
                "level": section.level,
                "paragraphs": [
                    {"id": p.id, "text": p.text, "direction": p.direction} for p in section.paragraphs
                ],
            }
            for section in article.sections
        ],
    }


def show_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari show ARTICLE: the article as text for the terminal."""
    article = workspace.library.get(workspace.library.resolve(args.article))
    write(render(article.title, args.visual))
    write()
    for section, depth in zip(article.sections, _depths(article), strict=True):
        if section.heading:  # a section right under the title as "§ heading", each level deeper indented more
            write(render(f"{'  ' * (depth - 1)}§ {section.heading}", args.visual))
            write()
        for paragraph in section.paragraphs:
            write(render(paragraph.text, args.visual, paragraph.direction))
            write()
    return 0


def remove_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari remove ARTICLE: remove an article."""
    article_id = workspace.library.resolve(args.article)
    title = workspace.library.get(article_id).title
    workspace.remove(article_id)
    write(f"removed  {article_id}  {title}")
    return 0


def open_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari open PATH: import the file if needed, then read it in the window."""
    if not args.path.is_file():
        raise QariError(f"{args.path} is not a file.")
    imported = workspace.import_file(args.path, args.encoding)
    workspace.close()
    from reader.gui import run_window  # the GUI is loaded only when a window is wanted

    return run_window(args.library_folder, imported.article.id, args.lang)
