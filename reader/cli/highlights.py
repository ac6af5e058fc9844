"""Commands on highlights: qari highlight add | list | note | color | delete | attach."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reader.cli.terminal import write, write_json
from reader.core.errors import InvalidHighlight
from reader.core.highlights import COLORS, Highlight
from reader.core.text import balance

if TYPE_CHECKING:
    from reader.core.library import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    """Add `qari highlight` and its subcommands to the command line."""
    group = commands.add_parser("highlight", help="add, list, annotate and delete highlights")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    colors = "|".join(COLORS)

    command = actions.add_parser(
        "add", help="highlight a span of a paragraph, or a quote found in the article"
    )
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    command.add_argument("--paragraph", metavar="PID", help="the paragraph id ('qari toc ARTICLE --json')")
    command.add_argument("--start", metavar="S", help="the first character, counted from 0")
    command.add_argument("--end", metavar="E", help="the character after the last one")
    command.add_argument("--quote", metavar="TEXT", help="the words to highlight; harakat may be left out")
    command.add_argument("--color", metavar="C", default="yellow", help=f"{colors} (default: yellow)")
    command.add_argument("--note", metavar="TEXT", help="a note (plain text or Markdown)")
    command.add_argument("--json", action="store_true", help="print the highlight as JSON")
    command.set_defaults(handler=add_command)

    command = actions.add_parser("list", help="list the highlights of one article or of all")
    command.add_argument("article", metavar="ARTICLE", nargs="?", help="an article id or a unique prefix")
    command.add_argument("--json", action="store_true", help="print the list as JSON")
    command.set_defaults(handler=list_command)

    command = actions.add_parser("note", help="write a highlight's note ('' removes it)")
    command.add_argument("id", metavar="ID", help="a highlight id or a unique prefix of one")
    command.add_argument("text", metavar="TEXT")
    command.set_defaults(handler=note_command)

    command = actions.add_parser("color", help="give a highlight another colour")
    command.add_argument("id", metavar="ID", help="a highlight id or a unique prefix of one")
    command.add_argument("color", metavar="C", help=colors)
    command.set_defaults(handler=color_command)

    command = actions.add_parser("delete", help="delete a highlight")
    command.add_argument("id", metavar="ID", help="a highlight id or a unique prefix of one")
    command.set_defaults(handler=delete_command)

    command = actions.add_parser("attach", help="put a highlight (an orphaned one) at a new place")
    command.add_argument("id", metavar="ID", help="a highlight id or a unique prefix of one")
    command.add_argument("--paragraph", metavar="PID", required=True)
    command.add_argument("--start", metavar="S", required=True)
    command.add_argument("--end", metavar="E", required=True)
    command.set_defaults(handler=attach_command)


def add_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari highlight add ARTICLE (--paragraph PID --start S --end E | --quote TEXT [--paragraph PID])."""
    article = workspace.library.get(workspace.library.resolve(args.article))
    store = workspace.highlights
    if args.quote is not None:
        if args.start is not None or args.end is not None:
            raise InvalidHighlight("Give either --quote or --start and --end, not both.")
        highlight = store.add_quote(article, args.quote, args.paragraph, args.color, args.note)
    else:
        if args.paragraph is None or args.start is None or args.end is None:
            raise InvalidHighlight("Give --quote TEXT, or --paragraph PID with --start S and --end E.")
        start, end = offset(args.start, "--start"), offset(args.end, "--end")
        highlight = store.add(article, args.paragraph, start, end, args.color, args.note)
    _show(highlight, args.json, "added")
    return 0


def list_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari highlight list [ARTICLE]: highlights with their place, state, colour and note."""
    article_id = workspace.library.resolve(args.article) if args.article else None
    highlights = workspace.highlights.highlights(article_id)
    if args.json:
        write_json([h.to_json() for h in highlights])
    else:
        for highlight in highlights:
            write(summary(highlight))
    return 0


def note_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari highlight note ID TEXT."""
    store = workspace.highlights
    _show(store.set_note(store.resolve(args.id), args.text), False, "noted")
    return 0


def color_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari highlight color ID C."""
    store = workspace.highlights
    _show(store.set_color(store.resolve(args.id), args.color), False, "coloured")
    return 0


def delete_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari highlight delete ID."""
    store = workspace.highlights
    _show(store.delete(store.resolve(args.id)), False, "deleted")
    return 0


def attach_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari highlight attach ID --paragraph PID --start S --end E: place a highlight by hand."""
    store = workspace.highlights
    highlight_id = store.resolve(args.id)
    article = workspace.library.get(store.get(highlight_id).article)
    start, end = offset(args.start, "--start"), offset(args.end, "--end")
    _show(store.attach(highlight_id, article, args.paragraph, start, end), False, "attached")
    return 0


def offset(value: str, option: str) -> int:
    """A character offset given on the command line."""
    try:
        number = int(value)
    except ValueError:
        raise InvalidHighlight(f"{option} must be a whole number of characters, not {value!r}.") from None
    if number < 0:
        raise InvalidHighlight(f"{option} cannot be negative ({number}).")
    return number


def summary(highlight: Highlight, width: int = 60) -> str:
    """One line for a highlight: id, state, colour, place, quote and the start of its note."""
    quote = highlight.quote if len(highlight.quote) <= width else highlight.quote[: width - 1] + "…"
    quote = balance(quote)  # an override left open in the quote must not reverse the note after it
    line = (
        f"{highlight.id}  {highlight.state:8}  {highlight.color:6}  {highlight.article}  "
        f"{highlight.paragraph}:{highlight.start}-{highlight.end}  {quote}"
    )
    if highlight.note:
        first = highlight.note.splitlines()[0] if highlight.note.strip() else ""
        line += f"  — {balance(first[:width])}"
    return line


def _show(highlight: Highlight, as_json: bool, verb: str) -> None:
    if as_json:
        write_json(highlight.to_json())
    else:
        write(f"{verb}  {summary(highlight)}")
