"""Revoking an award, with what relied on it: the later awards and the open proposals of
the same subject (a year of a chain, a prerequisite, an initiative spent on it), and the
collective titles of the person's unit that year (the share of members with LĐTT ...).

Each candidate is judged by the eligibility engine twice, with the award and without it;
whatever lost a criterion it met before is listed and, once the award is revoked, flagged
"cần xem lại" with the criterion and what is now missing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.awards.repository import AwardRepository
from tdkt.awards.service import revoke_record
from tdkt.awards.types import AwardQuery
from tdkt.catalog.records import TitleRecord
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.loading import Scope
from tdkt.eligibility.types import ELIGIBLE, JUDGEMENT, Evaluation
from tdkt.errors import NotFoundError, ValidationError
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord, ReviewFlagRecord
from tdkt.nominations.review_flags import award_label, decision_text, flag_rows, subject_name
from tdkt.nominations.types import OPEN_STATUSES, Dependent, ReviewFlagRow, RevocationPreview
from tdkt.people.records import PersonRecord
from tdkt.services.base import ensure_version
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import clean
from tdkt.units.records import UnitRecord
from tdkt.units.repository import UnitRepository


@dataclass(frozen=True)
class Candidate:
    target: str  # "award" | "line"
    target_id: int
    kind: str
    subject_id: int
    title: str
    title_name: str
    year: int
    subject_name: str
    where: str


def _award(session: Session, award_id: int) -> AwardRecord:
    record = session.get(AwardRecord, award_id)
    if record is None:
        raise NotFoundError("Bản ghi khen thưởng không còn tồn tại.")
    return record


def _unit_chain(session: Session, unit_id: int | None) -> list[int]:
    found = []
    while unit_id is not None and unit_id not in found:
        found.append(unit_id)
        unit = session.get(UnitRecord, unit_id)
        unit_id = unit.parent_id if unit is not None else None
    return found


def candidates(session: Session, award: AwardRecord) -> list[Candidate]:
    """Later awards and open proposals of the subject; the person's units' that year."""
    own = [(PERSON, award.person_id)] if award.person_id is not None else [(UNIT, award.unit_id)]
    units: list[int] = []
    if award.person_id is not None:
        person = session.get(PersonRecord, award.person_id)
        units = _unit_chain(session, person.unit_id if person is not None else None)
    found = []
    for kind, subject_id, same_year in [(k, i, False) for k, i in own] + [
        (UNIT, u, True) for u in units
    ]:
        found += _awards_of(session, award, kind, subject_id, same_year)  # type: ignore[arg-type]
        found += _lines_of(session, award, kind, subject_id, same_year)  # type: ignore[arg-type]
    return found


def _awards_of(
    session: Session, award: AwardRecord, kind: str, subject_id: int, same_year: bool
) -> list[Candidate]:
    column = AwardRecord.person_id if kind == PERSON else AwardRecord.unit_id
    statement = (
        select(AwardRecord, TitleRecord.code, TitleRecord.name)
        .join(TitleRecord, TitleRecord.id == AwardRecord.title_id)
        .where(
            column == subject_id,
            AwardRecord.id != award.id,
            AwardRecord.revoked_on.is_(None),
            AwardRecord.year == award.year if same_year else AwardRecord.year >= award.year,
        )
    )
    return [
        Candidate(
            "award",
            other.id,
            kind,
            subject_id,
            code,
            name,
            other.year,
            subject_name(session, other),
            decision_text(other).strip(" ()") or "Khen thưởng đã ghi",
        )
        for other, code, name in session.execute(statement)
    ]


def _lines_of(
    session: Session, award: AwardRecord, kind: str, subject_id: int, same_year: bool
) -> list[Candidate]:
    line = NominationLineRecord
    column = line.person_id if kind == PERSON else line.unit_id
    statement = (
        select(line, TitleRecord.code, TitleRecord.name, NominationBatchRecord.name)
        .join(TitleRecord, TitleRecord.id == line.title_id)
        .join(NominationBatchRecord, NominationBatchRecord.id == line.batch_id)
        .where(
            column == subject_id,
            NominationBatchRecord.status.in_(OPEN_STATUSES),
            line.year == award.year if same_year else line.year >= award.year,
        )
    )
    return [
        Candidate(
            "line",
            r.id,
            kind,
            subject_id,
            code,
            name,
            r.year,
            r.subject_name,
            f"Đợt đề nghị {batch}",
        )
        for r, code, name, batch in session.execute(statement)
    ]


def _subject(ctx: YearContext, kind: str, subject_id: int) -> Subject | None:
    return (ctx.world.people if kind == PERSON else ctx.world.units).get(subject_id)


def _without(ctx: YearContext, award_id: int) -> YearContext:
    """The same world with the award marked revoked (indexes are built on first use)."""
    for subject in [*ctx.world.people.values(), *ctx.world.units.values()]:
        for index, fact in enumerate(subject.awards):
            if fact.id == award_id:
                subject.awards[index] = replace(fact, revoked=True)
    return ctx


def _lost(before: Evaluation, after: Evaluation) -> list[str]:
    reasons = []
    for criterion, was, now in zip(before.criteria, before.outcomes, after.outcomes, strict=True):
        if criterion.kind != JUDGEMENT and was.passed is True and now.passed is not True:
            reasons.append(f"{criterion.label}: {now.missing or now.detail}")
    if not reasons and before.verdict == ELIGIBLE and after.verdict != ELIGIBLE:
        reasons.append(after.summary() or after.verdict_label)
    return reasons


def dependents(session: Session, eligibility, award: AwardRecord) -> list[Dependent]:  # type: ignore[no-untyped-def]
    found = []
    by_year: dict[int, list[Candidate]] = {}
    for candidate in candidates(session, award):
        by_year.setdefault(candidate.year, []).append(candidate)
    for year, group in sorted(by_year.items()):
        scope = _scope(session, award, year, group)
        before = eligibility.year_context(session, year, scope)
        after = _without(eligibility.year_context(session, year, scope), award.id)
        for c in group:
            was, now = _subject(before, c.kind, c.subject_id), _subject(after, c.kind, c.subject_id)
            if was is None or now is None or not before.rules.covers(c.title, c.kind):
                continue
            lost = _lost(before.evaluate(c.title, was), after.evaluate(c.title, now))
            if lost:
                found.append(
                    Dependent(
                        c.target,
                        c.target_id,
                        c.subject_name,
                        c.title_name,
                        c.year,
                        c.where,
                        "; ".join(lost),
                    )
                )
    return found


def _scope(session: Session, award: AwardRecord, year: int, group: list[Candidate]) -> Scope:
    if award.person_id is not None and all(c.kind == PERSON for c in group):
        return Scope(year, person_id=award.person_id)
    top = next((c.subject_id for c in group if c.kind == UNIT), award.unit_id)
    units = set()
    for c in group:
        if c.kind == UNIT:
            units |= UnitRepository(session).descendant_ids(c.subject_id)
    if top is not None:
        units |= UnitRepository(session).descendant_ids(top)
    return Scope(year, unit_ids=frozenset(units))


class ReviewUseCases:
    """Mixed into NominationService: revocation with its cascade, and the review flags."""

    _eligibility: object

    def revocation_preview(self, award_id: int) -> RevocationPreview:
        """What relies on the award: shown before the secretary confirms the revocation."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            award = _award(session, award_id)
            return RevocationPreview(
                award_label(session, award), tuple(self._dependents(session, award))
            )

    def revoke_award(
        self, award_id: int, revoked_on: date, reason: str, version: int | None = None
    ) -> RevocationPreview:
        """Revoke the award and flag, in the same transaction, what relied on it."""
        reason = clean(reason)
        with self._transaction() as session:  # type: ignore[attr-defined]
            award = _award(session, award_id)
            ensure_version(award.version, version)
            found = self._dependents(session, award)  # judged while the award still stands
            revoke_record(award, revoked_on, reason)
            cause = award_label(session, award)
            now = self._clock.now()  # type: ignore[attr-defined]
            for dependent in found:
                session.add(
                    ReviewFlagRecord(
                        award_id=dependent.target_id if dependent.target == "award" else None,
                        line_id=dependent.target_id if dependent.target == "line" else None,
                        cause_award_id=award.id,
                        reason=f"Sau khi thu hồi {cause}: {dependent.reason}"[:4000],
                        flagged_at=now,
                    )
                )
            session.flush()
            row = AwardRepository(session).rows(AwardQuery(), award_id=award.id)[0]
            return RevocationPreview(cause, tuple(found), row)

    def review_flags(self, include_resolved: bool = False) -> list[ReviewFlagRow]:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return flag_rows(session, include_resolved)

    def resolve_flag(self, flag_id: int, resolution: str) -> None:
        """The secretary looked at it: what was decided (kept, revoked too, proposal withdrawn)."""
        resolution = clean(resolution)
        if not resolution:
            raise ValidationError({"resolution": "Hãy ghi kết quả xem lại."})
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = session.get(ReviewFlagRecord, flag_id)
            if record is None:
                raise NotFoundError("Mục cần xem lại không còn tồn tại.")
            record.resolved_at = self._clock.now()  # type: ignore[attr-defined]
            record.resolution = resolution[:4000]

    def _dependents(self, session: Session, award: AwardRecord) -> list[Dependent]:
        if self._eligibility is None:
            return []
        return dependents(session, self._eligibility, award)
