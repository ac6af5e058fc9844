"""Commands that take highlights out of the library and bring them back: qari export, qari annotations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.terminal import error, write, write_json
from reader.core.errors import ExportFailure
from reader.render.export import FORMATS, ExportFormat, export, format_for, format_named

if TYPE_CHECKING:
    from reader.core.library import Workspace

EXPORT_FORMATS = tuple(FORMATS)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `qari export` and `qari annotations import` to the command line."""
    command = commands.add_parser(
        "export", help="export highlights and notes (Markdown, HTML, CSV, JSON, PDF)"
    )
    command.add_argument(
        "articles", nargs="*", metavar="ARTICLE", help="article ids or prefixes (default: all)"
    )
    command.add_argument(
        "--format", metavar="FORMAT", help=f"{'|'.join(EXPORT_FORMATS)} (default: by -o's suffix)"
    )
    command.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="the file to write (default: stdout)"
    )
    command.add_argument(
        "--full-paths", action="store_true",
        help="name the files articles were read from with their folders (default: the file's name only)",
    )
    command.add_argument(  # also before the command, as `qari --lang ar export`; SUPPRESS keeps that one
        "--lang", choices=("ar", "en"), default=argparse.SUPPRESS,
        help="the language of the words the export adds: colours, places, headings (default: en)",
    )
    command.set_defaults(handler=export_command)

    group = commands.add_parser("annotations", help="bring highlights in from W3C Web Annotation JSON")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    command = actions.add_parser("import", help="import highlights from a JSON file (Qari's export or W3C)")
    command.add_argument("file", type=Path, metavar="FILE.json")
    command.add_argument("--json", action="store_true", help="print the counts as JSON")
    command.set_defaults(handler=import_command)


def export_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari [--lang ar] export [ARTICLE...] --format F [-o FILE]: made by `reader.render.export`, as in
    the window; --lang names the language of the export's own words (colours, places, headings)."""
    chosen = _format(args.format, args.output)
    if chosen.binary and args.output is None:
        raise ExportFailure(f"A {chosen.label} export needs a file to go to: add -o FILE{chosen.extension}.")
    library = workspace.library
    ids = list(dict.fromkeys(library.resolve(reference) for reference in args.articles)) or None
    language = getattr(args, "lang", None) or "en"
    made = export(
        library, chosen.name, article_ids=ids, path=args.output, language=language, full_paths=args.full_paths
    )
    if args.output is None:
        sys.stdout.buffer.write(made.data)
        sys.stdout.buffer.flush()
    else:
        articles, highlights = _count(made.articles, "article"), _count(made.highlights, "highlight")
        write(f"exported {highlights} of {articles} to {args.output}")
    return 0


def import_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari annotations import FILE.json: add or update highlights from Web Annotations."""
    counts = workspace.library.import_annotations(args.file)
    if args.json:
        write_json(counts.to_json())
    else:
        write(
            f"added {counts.added}, updated {counts.updated}, unchanged {counts.unchanged}, "
            f"orphaned {counts.orphaned}, skipped {len(counts.skipped)}"
        )
    for problem in counts.skipped:
        error(f"skipped {problem}")
    return 0


def _format(given: str | None, output: Path | None) -> ExportFormat:
    """The export format: as given, or guessed from the output file's suffix, or Markdown."""
    return format_named(given) if given is not None else format_for(output)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
