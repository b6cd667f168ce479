"""Every command the domain contributes, in the order `--help` lists them."""

from __future__ import annotations

from tdkt.cli.demo_command import DEMO
from tdkt.cli.eligibility_command import ELIGIBILITY
from tdkt.cli.framework import Command


def domain_commands() -> list[Command]:
    return [DEMO, ELIGIBILITY]
