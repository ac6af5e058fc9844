"""Start-up: parse the command line, open the library, then run a command or the window."""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sqlite3
import sys
from pathlib import Path

from reader.core.errors import QariError

APP_NAME = "qari"
# Each command and the module of reader.cli that registers it. A command's module alone is imported to run
# it (`qari list` loads neither the search engine nor the exporters); help without a command imports all;
# a bare `qari` opens the window without any.
COMMANDS = {
    "import": "articles", "list": "articles", "toc": "articles", "show": "articles", "remove": "articles",
    "open": "articles", "meta": "metadata", "highlight": "highlights", "export": "exporting",
    "annotations": "exporting", "search": "search", "index": "search", "library": "library",
    "speak": "speech", "bookmark": "bookmarks",
}  # fmt: skip
_OPTIONS_WITH_VALUE = {"--library", "--lang"}


def default_library_folder() -> Path:
    """The library folder: $QARI_LIBRARY, or the platform's user data folder."""
    configured = os.environ.get("QARI_LIBRARY")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with `command` registered, or every command when it names none."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Qari: read, search and annotate Arabic articles. With no command, opens the window.",
    )
    parser.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        dest="library_folder",
        help="the library folder (default: $QARI_LIBRARY or the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=("ar", "en"),
        help="the interface language of the window, and of the words an export adds (default: English)",
    )
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Qari to your application menu (entry, icon and metainfo under $XDG_DATA_HOME), then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for group in groups:
        importlib.import_module(f"reader.cli.{group}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `qari` and `python -m reader`; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    bare = _bare_window_options(argv)
    if bare is not None:  # `qari [--library DIR] [--lang L]`: the window, without loading the commands
        from reader.gui import run_window

        return run_window(bare.library_folder or default_library_folder(), None, bare.lang, [])
    mistyped = _unknown_command(argv)
    if mistyped:
        _error(mistyped)
        return 2
    parser = build_parser(_command_word(argv))
    args, files = _split_files(parser, argv)
    if args.install_desktop:
        from reader.cli.desktop import install_command

        return install_command()
    args.library_folder = args.library_folder or default_library_folder()
    if args.command is None:
        from reader.gui import run_window  # Qt is imported only when a window is wanted

        return run_window(args.library_folder, None, args.lang, [Path(f) for f in files])
    from reader.core.library import Workspace, explain

    try:
        if not getattr(args, "opens_library", True):  # repairs must work on a library that cannot be opened
            return args.handler(args, args.library_folder)
        with Workspace(args.library_folder, notify=_notice) as workspace:
            return args.handler(args, workspace)
    except sqlite3.DatabaseError as error:  # damage met after opening, in the middle of a command
        _error(explain(error, args.library_folder))
        return 1
    except QariError as error:
        _error(error)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of our output (head, less) went away: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _bare_window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options of a `qari` that only opens the window (--library, --lang and nothing else), or None."""
    parser = argparse.ArgumentParser(prog=APP_NAME, add_help=False, exit_on_error=False)
    parser.add_argument("--library", type=Path, dest="library_folder")
    parser.add_argument("--lang", choices=("ar", "en"))
    try:
        options, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser explains the mistake
    return None if rest else options


def _notice(message: str) -> None:
    """Tell the user of a repair the library made on its own (the search index rebuilt)."""
    _error(message)


def _error(message: object) -> None:
    """Print one safe `qari:` line to standard error (see `reader.cli.terminal.error`)."""
    from reader.cli.terminal import error

    error(message)


def _first_word(argv: list[str]) -> int:
    """Where the first word that is not an option (or an option's value) stands in argv."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] in _OPTIONS_WITH_VALUE else 1
    return i


def _command_word(argv: list[str]) -> str | None:
    """The command argv names, if its first word is one."""
    i = _first_word(argv)
    return argv[i] if i < len(argv) and argv[i] in COMMANDS else None


def _unknown_command(argv: list[str]) -> str | None:
    """The line to print when argv's first word is neither a command nor an existing file, else None."""
    i = _first_word(argv)
    if i >= len(argv) or argv[i] in COMMANDS or Path(argv[i]).exists():
        return None
    word = argv[i]
    nearest = difflib.get_close_matches(word, COMMANDS, n=1)
    if nearest:
        return f"unknown command {word!r} (did you mean {nearest[0]!r}?)"
    return f"{word!r} is neither a command nor a file; the commands are: {', '.join(COMMANDS)}"


def _split_files(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Parse argv; when the first word is not a command, the words are files to open (`qari FILE...`)."""
    i = _first_word(argv)
    if i >= len(argv) or argv[i] in COMMANDS:
        return parser.parse_args(argv), []
    return parser.parse_args(argv[:i]), argv[i:]
