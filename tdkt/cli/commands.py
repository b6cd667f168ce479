"""Every command the domain contributes, in the order `--help` lists them."""

from __future__ import annotations

from tdkt.cli.backup_command import BACKUP, RESTORE
from tdkt.cli.check_command import CHECK
from tdkt.cli.demo_command import DEMO
from tdkt.cli.framework import Command


def domain_commands() -> list[Command]:
    return [DEMO, BACKUP, RESTORE, CHECK]
