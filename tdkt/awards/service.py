"""Award use cases: list and filter, add, edit, revoke with a reason."""

from __future__ import annotations

import re
from datetime import date

from tdkt.awards.records import AwardRecord
from tdkt.awards.repository import AwardRepository
from tdkt.awards.types import AwardDraft, AwardQuery, AwardRow
from tdkt.awards.validation import AwardValues, validate_award
from tdkt.collector import paused
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.services.base import ServiceBase, ensure_version
from tdkt.subjects.lookup import subject_and_title
from tdkt.subjects.types import PERSON
from tdkt.text import clean
from tdkt.units.repository import UnitRepository

RATING_BASES = {"HTXSNV", "HTTNV"}


def basis_initiative_codes(basis: str) -> list[str]:
    """The initiative codes in a `Căn cứ` text: tokens separated by `;` that are not ratings."""
    tokens = [clean(token) for token in re.split(r"[;\n]", basis)]
    return [t for t in tokens if t and t.upper() not in RATING_BASES and " " not in t]


def cleaned(draft: AwardDraft) -> AwardDraft:
    return AwardDraft(
        subject_code=clean(draft.subject_code),
        title_code=clean(draft.title_code),
        year=draft.year,
        decision_no=clean(draft.decision_no),
        decision_date=clean(draft.decision_date),
        issuer=clean(draft.issuer),
        kind=draft.kind,
        content=clean(draft.content),
        basis=clean(draft.basis),
        bonus_coefficient=clean(draft.bonus_coefficient),
        base_salary=clean(draft.base_salary),
    )


class AwardService(ServiceBase):
    @paused  # a whole list at once: tdkt.collector
    def list_rows(self, query: AwardQuery | None = None) -> list[AwardRow]:
        query = query or AwardQuery()
        with self._transaction() as session:
            unit_ids = None
            if query.unit_id is not None:
                unit_ids = UnitRepository(session).descendant_ids(query.unit_id)
            return AwardRepository(session).rows(query, unit_ids)

    def years(self) -> list[int]:
        with self._transaction() as session:
            return AwardRepository(session).years()

    def get(self, award_id: int) -> AwardRow:
        with self._transaction() as session:
            return self._row(AwardRepository(session), award_id)

    def create(self, draft: AwardDraft) -> AwardRow:
        draft = cleaned(draft)
        with self._transaction() as session:
            awards = AwardRepository(session)
            record = AwardRecord(version=1)
            self._apply(session, awards, record, draft, award_id=None)
            session.add(record)
            session.flush()
            self._link_basis(awards, record, draft.basis)
            return self._row(awards, record.id)

    def update(self, award_id: int, draft: AwardDraft, version: int | None = None) -> AwardRow:
        draft = cleaned(draft)
        with self._transaction() as session:
            awards = AwardRepository(session)
            record = self._get(awards, award_id)
            ensure_version(record.version, version)
            self._apply(session, awards, record, draft, award_id=award_id)
            session.flush()
            self._link_basis(awards, record, draft.basis)
            return self._row(awards, award_id)

    def revoke(
        self, award_id: int, revoked_on: date, reason: str, version: int | None = None
    ) -> AwardRow:
        """Revoke an award (it stays on record, marked, with the reason); with `version`,
        refuse if the award was changed since the form showed it."""
        reason = clean(reason)
        with self._transaction() as session:
            awards = AwardRepository(session)
            record = self._get(awards, award_id)
            ensure_version(record.version, version)
            revoke_record(record, revoked_on, reason)
            session.flush()
            return self._row(awards, award_id)

    # --- helpers

    @staticmethod
    def _get(awards: AwardRepository, award_id: int) -> AwardRecord:
        record = awards.get(award_id)
        if record is None:
            raise NotFoundError("Bản ghi khen thưởng không còn tồn tại.")
        return record

    @staticmethod
    def _row(awards: AwardRepository, award_id: int) -> AwardRow:
        return awards.rows(AwardQuery(), award_id=award_id)[0]

    def _apply(
        self,
        session,
        awards: AwardRepository,
        record: AwardRecord,  # type: ignore[no-untyped-def]
        draft: AwardDraft,
        award_id: int | None,
    ) -> None:
        errors, values = validate_award(draft, self._clock.today())
        subject, title = subject_and_title(session, draft.subject_code, draft.title_code, errors)
        if errors:
            raise ValidationError(errors)
        assert subject is not None and title is not None and draft.year is not None
        person_id = subject.id if subject.kind == PERSON else None
        unit_id = None if subject.kind == PERSON else subject.id
        same = awards.find_same(person_id, unit_id, title.id, draft.year, draft.decision_no)
        if same is not None and same.id != award_id:
            raise ConflictError(
                f"{subject.name} đã có {title.name} năm {draft.year}"
                + (f" theo quyết định {draft.decision_no}" if draft.decision_no else "")
                + "; không ghi trùng."
            )
        _assign(record, person_id, unit_id, title.id, title.issuer, draft, values)

    @staticmethod
    def _link_basis(awards: AwardRepository, record: AwardRecord, basis: str) -> None:
        unknown = awards.link_initiatives(record, basis_initiative_codes(basis))
        if unknown:
            raise ValidationError(
                {"basis": "Căn cứ có mã sáng kiến không tồn tại: " + ", ".join(unknown)}
            )


def revoke_record(record: AwardRecord, revoked_on: date, reason: str) -> None:
    """Mark an award revoked (it stays on record); the checks every revocation passes."""
    if not reason:
        raise ValidationError({"reason": "Hãy ghi lý do thu hồi."})
    if record.revoked_on is not None:
        raise ConflictError("Khen thưởng này đã bị thu hồi trước đó.")
    if record.decision_date is not None and revoked_on < record.decision_date:
        raise ValidationError({"revoked_on": "Ngày thu hồi không được trước ngày quyết định."})
    record.revoked_on, record.revoke_reason = revoked_on, reason


def _assign(
    record: AwardRecord,
    person_id: int | None,
    unit_id: int | None,
    title_id: int,
    default_issuer: str,
    draft: AwardDraft,
    values: AwardValues,
) -> None:
    record.person_id, record.unit_id, record.title_id = person_id, unit_id, title_id
    record.year = draft.year  # type: ignore[assignment]
    record.decision_no = draft.decision_no
    record.decision_date = values.decision_date
    record.issuer = draft.issuer or default_issuer
    record.kind = draft.kind
    record.content = draft.content
    record.basis = draft.basis
    record.bonus_coefficient = values.bonus_coefficient
    record.base_salary = values.base_salary
