"""Commands, the shared `--db` option, exit statuses and error reporting of the command line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tdkt.errors import ConflictError, NotFoundError, StorageError, TdktError, ValidationError

if TYPE_CHECKING:
    from tdkt.app import Services

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger(__name__)


@dataclass
class Context:
    """What a command gets: its arguments and the database, opened only when it asks."""

    args: argparse.Namespace
    _services: Services | None = field(default=None, repr=False)

    @property
    def db(self) -> str | None:
        return getattr(self.args, "db", None)

    def services(self) -> Services:
        if self._services is None:
            # Loaded here, not at the top: the window starts without the domain's modules.
            from tdkt.app import open_database

            self._services = open_database(self.db)
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[Context], int]


def _add_db_option(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    # On subcommands the default is SUPPRESS, so `--db` before the subcommand is not
    # overwritten by an absent `--db` after it.
    parser.add_argument(
        "--db",
        metavar="TARGET",
        default=argparse.SUPPRESS if sub else None,
        help="tệp SQLite hoặc URL SQLAlchemy (mặc định: TDKT_DATABASE_URL hoặc tệp trong "
        "thư mục dữ liệu người dùng)",
    )


def build_parser(commands: Sequence[Command]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="TĐKT – quản lý thi đua, khen thưởng. Không có lệnh: mở ứng dụng.",
    )
    _add_db_option(parser, sub=False)
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH")
    for command in commands:
        sub = subparsers.add_parser(command.name, help=command.help, description=command.help)
        _add_db_option(sub, sub=True)
        command.configure(sub)
    return parser


def run_command(command: Command, args: argparse.Namespace) -> int:
    """Run one command; bad input exits 2, anything else that failed exits 1."""
    context = Context(args)
    try:
        return command.run(context)
    except (ValidationError, ConflictError, NotFoundError) as error:
        print(error.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as error:
        print(error.message + (f"\n{error.hint}" if error.hint else ""), file=sys.stderr)
        return EXIT_FAILURE
    except TdktError as error:
        print(error.message, file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception:  # a bug: say so plainly, keep the traceback in the log
        log.exception("command %s failed", command.name)
        print("Lỗi không mong đợi; chi tiết đã được ghi vào nhật ký.", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        context.close()
