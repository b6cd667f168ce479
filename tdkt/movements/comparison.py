"""The year-end comparison: who registered a title and achieved it, who registered and did
not, and who achieved a title without registering it. Achieved means an award record of that
title for that year that was not revoked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tdkt.movements.types import (
    REGISTERED_ACHIEVED,
    REGISTERED_MISSED,
    UNREGISTERED_ACHIEVED,
    Comparison,
    ComparisonLine,
    TitleTotals,
)


@dataclass(frozen=True)
class Entry:
    """A registration or an award of the year, reduced to what the comparison needs."""

    subject_kind: str
    subject_id: int
    subject_code: str
    subject_name: str
    unit_name: str
    title_code: str
    title_name: str
    title_rank: int
    decision: str
    sort_key: tuple[object, ...]

    @property
    def key(self) -> tuple[str, int, str]:
        return self.subject_kind, self.subject_id, self.title_code


def compare(
    year: int,
    registered: Sequence[Entry],
    achieved: Sequence[Entry],
    watched_titles: Iterable[str],
) -> Comparison:
    """`watched_titles`: the titles for which an unregistered achievement is reported (the
    emulation titles, and whatever anyone registered that year)."""
    awards = {entry.key: entry for entry in achieved}
    registered_keys = {entry.key for entry in registered}
    watched = set(watched_titles) | {entry.title_code for entry in registered}
    lines = [
        _line(entry, REGISTERED_ACHIEVED if entry.key in awards else REGISTERED_MISSED, awards)
        for entry in registered
    ]
    lines += [
        _line(entry, UNREGISTERED_ACHIEVED, awards)
        for entry in achieved
        if entry.key not in registered_keys and entry.title_code in watched
    ]
    lines.sort(key=lambda line: line.sort_key)
    return Comparison(year, tuple(lines), _totals(lines, [*registered, *achieved]))


def _line(entry: Entry, outcome: str, awards: dict[tuple[str, int, str], Entry]) -> ComparisonLine:
    award = awards.get(entry.key)
    return ComparisonLine(
        outcome=outcome,
        subject_kind=entry.subject_kind,
        subject_code=entry.subject_code,
        subject_name=entry.subject_name,
        unit_name=entry.unit_name,
        title_code=entry.title_code,
        title_name=entry.title_name,
        decision=award.decision if award is not None else "",
        sort_key=(-entry.title_rank, entry.title_code, *entry.sort_key),
    )


def _totals(lines: list[ComparisonLine], entries: list[Entry]) -> tuple[TitleTotals, ...]:
    ranks = {e.title_code: (e.title_rank, e.title_name) for e in entries}
    totals = []
    for code in sorted({line.title_code for line in lines}, key=lambda c: (-ranks[c][0], c)):
        mine = [line for line in lines if line.title_code == code]
        achieved = sum(1 for line in mine if line.outcome == REGISTERED_ACHIEVED)
        missed = sum(1 for line in mine if line.outcome == REGISTERED_MISSED)
        unregistered = sum(1 for line in mine if line.outcome == UNREGISTERED_ACHIEVED)
        totals.append(
            TitleTotals(code, ranks[code][1], achieved + missed, achieved, missed, unregistered)
        )
    return tuple(totals)
