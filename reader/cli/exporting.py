"""Commands that take highlights out of the library and bring them back: qari export, qari annotations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.terminal import write
from reader.core.atomicfile import write_atomically
from reader.core.errors import ExportFailure
from reader.core.export import FORMATS, AnnotatedArticle, render
from reader.core.export import html as html_export
from reader.core.library.annotation_import import import_file
from reader.core.library.workspace import Workspace

EXPORT_FORMATS = (*FORMATS, "pdf")


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
    command.set_defaults(handler=export_command)

    group = commands.add_parser("annotations", help="bring highlights in from W3C Web Annotation JSON")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    command = actions.add_parser("import", help="import highlights from a JSON file (Qari's export or W3C)")
    command.add_argument("file", type=Path, metavar="FILE.json")
    command.add_argument("--json", action="store_true", help="print the counts as JSON")
    command.set_defaults(handler=import_command)


def export_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari export [ARTICLE...] --format F [-o FILE]."""
    name = _format_name(args.format, args.output)
    library, store = workspace.library, workspace.highlights
    if args.articles:
        ids = list(dict.fromkeys(library.resolve(reference) for reference in args.articles))
    else:
        with_highlights = {h.article for h in store.highlights()}
        ids = [s.id for s in reversed(library.summaries()) if s.id in with_highlights]  # oldest first
    items = [AnnotatedArticle(library.get(i), tuple(store.highlights(i))) for i in ids]
    if name == "pdf":
        if args.output is None:
            raise ExportFailure("A PDF export needs a file to go to: add -o FILE.pdf.")
        from reader.render.pdf import render_pdf  # Qt is loaded only for a PDF

        data = render_pdf(html_export.render(items), html_export.page_title(items))
    else:
        data = render(name, items)
    count = sum(len(item.highlights) for item in items)
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(args.output, data)
        print(f"exported {_count(count, 'highlight')} of {_count(len(items), 'article')} to {args.output}")
    return 0


def import_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari annotations import FILE.json: add or update highlights from Web Annotations."""
    counts = import_file(args.file, workspace.library, workspace.highlights)
    if args.json:
        write(json.dumps(counts.to_json(), ensure_ascii=False, indent=2))
    else:
        write(
            f"added {counts.added}, updated {counts.updated}, unchanged {counts.unchanged}, "
            f"orphaned {counts.orphaned}, skipped {len(counts.skipped)}"
        )
    for problem in counts.skipped:
        print(f"qari: skipped {problem}", file=sys.stderr)
    return 0


def _format_name(given: str | None, output: Path | None) -> str:
    """The export format: as given, or guessed from the output file's suffix, or Markdown."""
    if given is not None:
        if given.lower() not in EXPORT_FORMATS:
            raise ExportFailure(f"{given!r} is not an export format; use one of {', '.join(EXPORT_FORMATS)}.")
        return given.lower()
    suffixes = {f.extension: f.name for f in FORMATS.values()} | {
        ".pdf": "pdf",
        ".htm": "html",
        ".markdown": "markdown",
    }
    return suffixes.get(output.suffix.lower(), "markdown") if output else "markdown"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
