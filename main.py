"""TĐKT – quản lý thi đua, khen thưởng.

The composition root: parse the command line; with no command open the application,
otherwise run the command without a window (EXCHANGE.md §3).
"""

from __future__ import annotations

import sys

from tdkt.cli.commands import domain_commands
from tdkt.cli.framework import build_parser, run_command
from tdkt.logging_setup import configure_logging


def gui_commands() -> list:  # type: ignore[type-arg]
    from ui.screenshot import SCREENSHOT

    return [SCREENSHOT]


def main(argv: list[str] | None = None) -> int:
    configure_logging()
    commands = domain_commands() + gui_commands()
    args = build_parser(commands).parse_args(argv)
    if args.command is None:
        from ui.application import run_gui

        return run_gui(args.db)
    command = next(c for c in commands if c.name == args.command)
    return run_command(command, args)


if __name__ == "__main__":
    sys.exit(main())
