"""The order lists print in (legal.md §2.4, §8; DESIGN.md §5): by title, collectives before
individuals, then by the unit's place in the organisation chart, leaders first, then the
given name in Vietnamese order. A batch ordered by hand keeps its own order within each
group."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tdkt.nominations.types import NominationLineRow
from tdkt.subjects.types import UNIT


def _kind_rank(line: NominationLineRow) -> int:
    return 0 if line.subject_kind == UNIT else 1


def list_order(
    lines: Sequence[NominationLineRow], title_rank: dict[str, int] | None = None
) -> list[NominationLineRow]:
    """Lines in list order; titles of higher rank first when the batch mixes titles."""
    return _in_groups(lines, title_rank, lambda line: line.order_key)


def hand_order(
    lines: Sequence[NominationLineRow], title_rank: dict[str, int] | None = None
) -> list[NominationLineRow]:
    """The secretary's order, kept within the groups every list has."""
    return _in_groups(lines, title_rank, lambda line: line.sort_position)


def _in_groups(
    lines: Sequence[NominationLineRow],
    title_rank: dict[str, int] | None,
    within: Callable[[NominationLineRow], Any],
) -> list[NominationLineRow]:
    """By title (higher rank first), collectives before individuals, then `within`."""
    ranks = title_rank or {}
    return sorted(
        lines,
        key=lambda line: (
            -ranks.get(line.title_code, 0),
            line.title_code,
            _kind_rank(line),
            within(line),
            line.id,
        ),
    )


@dataclass(frozen=True)
class Group:
    title_code: str
    title_name: str
    units: tuple[NominationLineRow, ...]
    people: tuple[NominationLineRow, ...]


def groups(
    lines: Sequence[NominationLineRow], custom: bool, title_rank: dict[str, int] | None = None
) -> list[Group]:
    """The lines of each title (in list or hand order), collectives and individuals apart."""
    ordered = (hand_order if custom else list_order)(lines, title_rank)
    found: dict[str, list[NominationLineRow]] = {}
    for line in ordered:
        found.setdefault(line.title_code, []).append(line)
    return [
        Group(
            code,
            rows[0].title_name,
            tuple(r for r in rows if r.subject_kind == UNIT),
            tuple(r for r in rows if r.subject_kind != UNIT),
        )
        for code, rows in found.items()
    ]
