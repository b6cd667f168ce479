"""Quota counters: "CSTĐCS at most 15 % of the LĐTT", per unit, per nomination batch and for
the whole agency, so the secretary is warned before any list is printed. They never change
a verdict: who is eligible is one question, how many may be proposed another."""

from __future__ import annotations

from collections.abc import Iterable
from math import floor

from tdkt.eligibility.context import YearContext, fitting_subjects
from tdkt.eligibility.duplicates import Proposal
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import title_short
from tdkt.eligibility.ruleset import QuotaSpec
from tdkt.eligibility.types import ELIGIBLE, QuotaCounter
from tdkt.subjects.types import PERSON


def cap(count: int, percent: float, rounding: str) -> int:
    """The most that `percent` % of `count` allows: rounded down by default (15 % of 13 is
    1), or to the nearest whole number when the setting says "làm tròn số" (legal.md Q8)."""
    exact = count * percent / 100
    return floor(exact + 0.5) if rounding == "round" else floor(exact + 1e-9)


def quota_counters(
    ctx: YearContext, title: str, proposals: Iterable[Proposal]
) -> list[QuotaCounter]:
    found = []
    for spec in ctx.rules.ruleset.quotas:
        percent = ctx.rules.resolve(spec.percent)
        if spec.title != title or percent is None:
            continue
        found += _counters(ctx, spec, percent, list(proposals))
    return found


def _counters(
    ctx: YearContext, spec: QuotaSpec, percent: float, proposals: list[Proposal]
) -> list[QuotaCounter]:
    rounding = ctx.rules.value("cap_rounding")
    people = fitting_subjects(ctx.world, ctx.year, PERSON)
    proposed = {
        p.subject_id for p in proposals if p.title == spec.title and p.subject_kind == PERSON
    }
    rows: dict[int | None, list[int]] = {}
    for person in people:
        tally = rows.setdefault(person.unit_id if spec.per == "unit" else None, [0, 0, 0])
        tally[0] += ctx.standing_now(spec.base, person) is True
        tally[1] += ctx.evaluate(spec.title, person).verdict == ELIGIBLE
        tally[2] += _taken(ctx, spec.title, person, proposed)
    found = [
        QuotaCounter(
            "unit" if key is not None else "agency",
            key if key is not None else 0,
            ctx.world.unit_name(key) if key is not None else "Toàn cơ quan",
            title_short(spec.title),
            title_short(spec.base),
            base,
            cap(base, percent, rounding),
            eligible,
            taken,
        )
        for key, (base, eligible, taken) in rows.items()
        if base or taken
    ]
    found.sort(key=lambda c: (not c.exceeded, c.scope_name))
    return found + _batch_counters(ctx, spec, percent, rounding, people, proposals)


def _taken(ctx: YearContext, title: str, person: Subject, proposed: set[int]) -> bool:
    award = person.award(title, ctx.year)
    return (award is not None and award.kind in ctx.chain_kinds) or person.id in proposed


def _batch_counters(
    ctx: YearContext,
    spec: QuotaSpec,
    percent: float,
    rounding: str,
    people: list[Subject],
    proposals: list[Proposal],
) -> list[QuotaCounter]:
    """A batch may not propose more than the cap over the whole agency, counting what was
    already awarded."""
    batches: dict[str, set[int]] = {}
    for proposal in proposals:
        if proposal.title == spec.title and proposal.subject_kind == PERSON:
            batches.setdefault(proposal.batch, set()).add(proposal.subject_id)
    if not batches:
        return []
    base = sum(1 for p in people if ctx.standing_now(spec.base, p) is True)
    awarded = {p.id for p in people if _taken(ctx, spec.title, p, set())}
    eligible = sum(1 for p in people if ctx.evaluate(spec.title, p).verdict == ELIGIBLE)
    return [
        QuotaCounter(
            "batch",
            name,
            f"Đợt {name}",
            title_short(spec.title),
            title_short(spec.base),
            base,
            cap(base, percent, rounding),
            eligible,
            len(ids | awarded),
        )
        for name, ids in sorted(batches.items())
    ]
