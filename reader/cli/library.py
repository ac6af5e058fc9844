"""Commands on the library database itself: qari library backups, backup, restore.

`backups` and `restore` work without opening the library, so that they help when it cannot be opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.terminal import write, write_json
from reader.core.library import backups_folder, find_backup, list_backups, restore

if TYPE_CHECKING:
    from reader.core.library import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    """Add `qari library …` to the command line."""
    group = commands.add_parser("library", help="backups of the library database, and restoring one")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    command = actions.add_parser("backups", help="list the backups of the library database, newest first")
    command.add_argument("--json", action="store_true", help="print the list as JSON")
    command.set_defaults(handler=backups_command, opens_library=False)

    command = actions.add_parser("backup", help="back up the library database now")
    command.set_defaults(handler=backup_command)

    command = actions.add_parser(
        "restore",
        help="put a backup in place of the library database (the newest by default); "
        "the replaced file is kept aside and the search index is rebuilt",
    )
    command.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a backup's name ('qari library backups'), or a path"
    )
    command.set_defaults(handler=restore_command, opens_library=False)


def backups_command(args: argparse.Namespace, folder: Path) -> int:
    """qari library backups: the backups, newest first."""
    backups = list_backups(folder)
    if args.json:
        write_json([backup.to_json() for backup in backups])
        return 0
    if not backups:
        write(f"No backups yet in {backups_folder(folder)}.")
    for backup in backups:
        _, articles = backup.contents()
        count = "unreadable" if articles is None else f"{articles} articles"
        size = backup.path.stat().st_size / 1_000_000
        write(f"{backup.name}  {backup.describe()}  {count:>14}  {size:7.1f} MB")
    return 0


def backup_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari library backup: a backup now (the oldest beyond the kept number go)."""
    backup = workspace.library.backup()
    write(f"backed up the library to {backup.path}")
    return 0


def restore_command(args: argparse.Namespace, folder: Path) -> int:
    """qari library restore [BACKUP]: put a backup back; the replaced database is kept aside."""
    done = restore(folder, find_backup(folder, args.backup))
    write(f"restored the library from {done.backup.name} ({done.backup.describe()})")
    if done.kept_aside is not None:
        write(f"the database it replaced is kept as {done.kept_aside}")
    write("the search index will be rebuilt the next time the library is used")
    return 0
