"""Every command the domain contributes, in the order `--help` lists them."""

from __future__ import annotations

from tdkt.cli.backup_command import BACKUP, RESTORE
from tdkt.cli.check_command import CHECK
from tdkt.cli.demo_command import DEMO
from tdkt.cli.eligibility_command import ELIGIBILITY
from tdkt.cli.exchange_command import EXPORT, IMPORT, TEMPLATE
from tdkt.cli.framework import Command
from tdkt.cli.print_command import PRINT
from tdkt.cli.report_command import AWARD_HISTORY, REPORT
from tdkt.cli.stats_command import STATS


def domain_commands() -> list[Command]:
    return [
        DEMO,
        IMPORT,
        EXPORT,
        TEMPLATE,
        ELIGIBILITY,
        STATS,
        REPORT,
        AWARD_HISTORY,
        BACKUP,
        RESTORE,
        CHECK,
        PRINT,
    ]
