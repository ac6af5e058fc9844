"""Commands on the search index: search, index rebuild."""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import TYPE_CHECKING

from reader.cli.articles import add_display_options
from reader.cli.terminal import render, write, write_json
from reader.core.document import join_trail

if TYPE_CHECKING:
    from reader.core.library import Workspace
    from reader.core.search import Hit, SearchResult

ANSI_MARKS = ("\x1b[1;4m", "\x1b[0m")  # bold and underlined, for terminals


def register(commands: argparse._SubParsersAction) -> None:
    """Add the search commands to the command line."""
    command = commands.add_parser(
        "search",
        help="search the library",
        description='Words must all match; "a phrase", prefix*, a OR b, NOT word (or -word), article:ID; '
        'author:NAME (or author:"two names") and source:PART (a site, folder or file name) keep to the '
        "articles whose metadata they name (-author:NAME leaves them out), and alone list those articles.",
    )
    command.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    # argparse takes any -word for an unknown option, except what this pattern (for negative numbers)
    # matches; widening it lets `qari search بغداد -سمرقند` exclude a word. Options here all start with --.
    command._negative_number_matcher = re.compile(r"^-[^-]")
    command.add_argument("--article", metavar="ID", help="search one article (an id or a unique prefix)")
    command.add_argument("--limit", type=_positive, default=20, metavar="N", help="show N hits (default 20)")
    command.add_argument("--json", action="store_true", help="print the result as JSON")
    add_display_options(command)
    command.set_defaults(handler=search_command)

    command = commands.add_parser("index", help="maintain the search index")
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    rebuild = actions.add_parser("rebuild", help="build the search index anew from the library")
    rebuild.set_defaults(handler=rebuild_command)


def search_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari search QUERY: the best matches, with the matched words marked."""
    article = workspace.library.resolve(args.article) if args.article else None
    result = workspace.search(" ".join(args.query), article, args.limit)
    if args.json:
        write_json(result.to_json())
        return 0
    for line in result_lines(result, args.visual, sys.stdout.isatty()):
        write(line)
    return 0


def result_lines(result: SearchResult, visual: bool, colour: bool) -> list[str]:
    """The terminal lines of a result: a count, then per hit where it is and a snippet."""
    if not result.hits:
        return [render(f"No match for: {result.query}", visual, "ltr")]
    shown = f"{len(result.hits)} of {result.total}" if result.total > len(result.hits) else str(result.total)
    noun = "match" if shown == "1" else "matches"
    lines = [render(f"{shown} {noun} for: {result.query}", visual, "ltr"), ""]
    from reader.core.search import MARKS, snippet  # the search engine loads for searches only

    marks = ANSI_MARKS if colour and not visual else MARKS  # escapes would not survive reordering
    for number, hit in enumerate(result.hits, start=1):
        lines.append(render(f"{number}. {place(hit)}", visual))
        lines.append(f"   {hit.article}  {hit.paragraph}  score {hit.score:.2f}")
        lines.append(render(snippet(hit.text, hit.spans, marks=marks), visual))
        lines.append("")
    return lines


def place(hit: Hit) -> str:
    """Where a hit is: the article's title, then the trail of headings down to its section (a heading's own
    hit ends with the headings above it)."""
    trail = hit.headings or ((hit.heading,) if hit.heading else ())
    if trail and trail[-1] == hit.text:
        trail = trail[:-1]
    return join_trail((hit.title, *trail))


def rebuild_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari index rebuild: build the search index from the library, showing progress."""
    started = time.perf_counter()
    live = sys.stderr.isatty()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - last[0] >= (0.2 if live else 5.0):
            last[0] = now
            start, end = ("\r", "") if live else ("", "\n")
            print(f"{start}indexed {done} of {total} articles", end=end, file=sys.stderr, flush=True)

    count = workspace.rebuild_index(progress)
    if live and count:
        print(file=sys.stderr)
    write(f"rebuilt the search index: {count} articles in {time.perf_counter() - started:.1f} s")
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number
