"""Registration use cases: who registers which title for a year, one at a time or a whole
unit at once (all or nothing), and the year-end comparison with the awards."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.service import agency_settings
from tdkt.catalog.records import TitleRecord
from tdkt.catalog.repository import TitleRepository
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.movements.comparison import compare
from tdkt.movements.records import RegistrationRecord
from tdkt.movements.repository import MovementRepository, check_movement_year
from tdkt.movements.types import Comparison, ComparisonLine, RegistrationDraft, RegistrationRow
from tdkt.movements.validation import validate_registration
from tdkt.printing.paper import ListPaper
from tdkt.services.base import ServiceBase
from tdkt.subjects.lookup import subject_and_title
from tdkt.subjects.types import SubjectRef
from tdkt.text import clean


def cleaned(draft: RegistrationDraft) -> RegistrationDraft:
    return RegistrationDraft(
        subject_code=clean(draft.subject_code),
        title_code=clean(draft.title_code),
        year=draft.year,
        movement_id=draft.movement_id,
        registered_on=clean(draft.registered_on),
        note=clean(draft.note),
    )


class RegistrationService(ServiceBase):
    def list_rows(self, year: int) -> list[RegistrationRow]:
        with self._transaction() as session:
            return MovementRepository(session).registrations(year)

    def years(self) -> list[int]:
        """The years that have registrations, newest first."""
        with self._transaction() as session:
            return sorted(
                set(session.scalars(select(RegistrationRecord.year).distinct())), reverse=True
            )

    def add(self, draft: RegistrationDraft) -> RegistrationRow:
        with self._transaction() as session:
            record = self._record(session, cleaned(draft), skip_existing=False)
            assert record is not None
            session.add(record)
            session.flush()
            return MovementRepository(session).registrations(registration_id=record.id)[0]

    def add_many(self, drafts: Sequence[RegistrationDraft], skip_existing: bool = False) -> int:
        """Register many at once; one wrong line and nothing is written. With
        `skip_existing`, lines already registered are passed over instead of refused."""
        with self._transaction() as session:
            titles = TitleRepository(session).lookup()  # once, not once a line
            added = 0
            for draft in drafts:
                record = self._record(session, cleaned(draft), skip_existing, titles)
                if record is not None:
                    session.add(record)
                    session.flush()
                    added += 1
            return added

    def delete(self, registration_id: int) -> None:
        with self._transaction() as session:
            record = session.get(RegistrationRecord, registration_id)
            if record is None:
                raise NotFoundError("Đăng ký không còn tồn tại.")
            session.delete(record)

    def comparison(self, year: int) -> Comparison:
        with self._transaction() as session:
            return _comparison(session, year)

    def list_paper(self, year: int) -> ListPaper[RegistrationRow]:
        with self._transaction() as session:
            agency = agency_settings(session)
            rows = MovementRepository(session).registrations(year)
        return ListPaper(agency, year, tuple(rows), self._clock.today())

    def comparison_paper(self, year: int) -> ListPaper[ComparisonLine]:
        with self._transaction() as session:
            agency = agency_settings(session)
            lines = _comparison(session, year).lines
        return ListPaper(agency, year, lines, self._clock.today())

    # --- helpers

    def _record(
        self,
        session: Session,
        draft: RegistrationDraft,
        skip_existing: bool,
        titles: Mapping[str, TitleRecord] | None = None,
    ) -> RegistrationRecord | None:
        errors, registered_on = validate_registration(draft, self._clock.today())
        subject, title = subject_and_title(
            session, draft.subject_code, draft.title_code, errors, "danh hiệu", titles
        )
        check_movement_year(session, draft.movement_id, draft.year, errors)
        if errors:
            raise ValidationError(errors)
        assert subject is not None and title is not None and draft.year is not None
        if self._exists(session, subject, title, draft.year):
            if skip_existing:
                return None
            raise ConflictError(
                f"{subject.name} đã đăng ký {title.name} năm {draft.year}; không ghi trùng.",
                field="subject_code",
            )
        return RegistrationRecord(
            year=draft.year,
            movement_id=draft.movement_id,
            person_id=subject.id if subject.is_person else None,
            unit_id=None if subject.is_person else subject.id,
            title_id=title.id,
            registered_on=registered_on or self._clock.today(),
            note=draft.note,
        )

    @staticmethod
    def _exists(session: Session, subject: SubjectRef, title: TitleRecord, year: int) -> bool:
        person = subject.id if subject.is_person else None
        unit = None if subject.is_person else subject.id
        return (
            MovementRepository(session).find_registration(year, title.id, person, unit) is not None
        )


def _comparison(session: Session, year: int) -> Comparison:
    registered, achieved, emulation = MovementRepository(session).comparison_entries(year)
    return compare(year, registered, achieved, emulation)
