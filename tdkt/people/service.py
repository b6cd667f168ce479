"""People use cases: list, search keys, add, edit, delete, and the year-by-year strip."""

from __future__ import annotations

from sqlalchemy import func, select

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.collector import paused
from tdkt.discipline.records import DisciplineRecord
from tdkt.discipline.types import FORM_LABELS
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.nominations.subjects import release_subject
from tdkt.people.records import PersonRecord
from tdkt.people.repository import PersonRepository
from tdkt.people.types import PersonDetails, PersonDraft, PersonRow, YearEntry, YearStrip
from tdkt.people.validation import PersonValues, validate_person
from tdkt.ratings.records import RatingRecord
from tdkt.services.base import ServiceBase, ensure_version
from tdkt.subjects.repository import ensure_code_free
from tdkt.text import clean, fold, name_sort_key
from tdkt.units.repository import UnitRepository


def person_search_text(code: str, full_name: str, cccd: str | None) -> str:
    return fold(f"{full_name} {code} {cccd or ''}")


def cleaned(draft: PersonDraft) -> PersonDraft:
    """NFC, trimmed, single-spaced: whatever the keyboard or the clipboard produced."""
    return PersonDraft(
        code=clean(draft.code),
        full_name=clean(draft.full_name),
        gender=draft.gender,
        unit_id=draft.unit_id,
        birth=clean(draft.birth),
        position=clean(draft.position),
        is_leader=draft.is_leader,
        recruited_on=clean(draft.recruited_on),
        sector_started_on=clean(draft.sector_started_on),
        toxic_work=draft.toxic_work,
        cccd=clean(draft.cccd),
        left_on=clean(draft.left_on),
        note=clean(draft.note),
    )


class PeopleService(ServiceBase):
    @paused  # a whole list at once: tdkt.collector
    def list_rows(self, unit_id: int | None = None, include_left: bool = True) -> list[PersonRow]:
        """People in Vietnamese name order; with `unit_id`, that unit and the units below it."""
        with self._transaction() as session:
            unit_ids = None
            if unit_id is not None:
                unit_ids = UnitRepository(session).descendant_ids(unit_id)
            return PersonRepository(session).rows(unit_ids, include_left)

    def get(self, person_id: int) -> PersonDetails:
        with self._transaction() as session:
            return self._details(session, self._get(PersonRepository(session), person_id))

    def create(self, draft: PersonDraft) -> PersonDetails:
        draft = cleaned(draft)
        with self._transaction() as session:
            values = self._check(session, draft, person_id=None)
            record = PersonRecord(version=1)
            self._apply(record, draft, values)
            session.add(record)
            session.flush()
            return self._details(session, record)

    def update(
        self, person_id: int, draft: PersonDraft, version: int | None = None
    ) -> PersonDetails:
        """Save an edit; with `version`, refuse it if someone else saved the person since."""
        draft = cleaned(draft)
        with self._transaction() as session:
            record = self._get(PersonRepository(session), person_id)
            ensure_version(record.version, version)
            values = self._check(session, draft, person_id=person_id)
            self._apply(record, draft, values)
            session.flush()
            return self._details(session, record)

    def delete(self, person_id: int) -> None:
        """Delete a person who has no records; a person with history is kept (set a leave date)."""
        with self._transaction() as session:
            record = self._get(PersonRepository(session), person_id)
            uses = {
                "khen thưởng": select(func.count()).where(AwardRecord.person_id == person_id),
                "xếp loại": select(func.count()).where(RatingRecord.person_id == person_id),
                "kỷ luật": select(func.count()).where(DisciplineRecord.person_id == person_id),
                "sáng kiến": select(func.count()).where(
                    InitiativeAuthorRecord.person_id == person_id
                ),
            }
            found = [f"{n} bản ghi {what}" for what, q in uses.items() if (n := session.scalar(q))]
            if found:
                raise ConflictError(
                    f'Không xóa được "{record.full_name}" vì còn {", ".join(found)}. '
                    "Hồ sơ khen thưởng phải được giữ; nếu người này đã nghỉ, hãy nhập "
                    "ngày thôi công tác."
                )
            release_subject(session, record.full_name, person_id=person_id)
            session.delete(record)

    def year_strip(self, person_id: int) -> YearStrip:
        with self._transaction() as session:
            self._get(PersonRepository(session), person_id)
            return YearStrip(person_id, _collect_years(session, person_id))

    # --- helpers

    @staticmethod
    def _get(people: PersonRepository, person_id: int) -> PersonRecord:
        record = people.get(person_id)
        if record is None:
            raise NotFoundError("Cá nhân không còn tồn tại (có thể đã bị xóa).")
        return record

    def _check(self, session, draft: PersonDraft, person_id: int | None) -> PersonValues:  # type: ignore[no-untyped-def]
        errors, values = validate_person(draft, self._clock.today())
        unit_missing = (
            draft.unit_id is not None and UnitRepository(session).get(draft.unit_id) is None
        )
        if unit_missing and "unit_id" not in errors:
            errors["unit_id"] = "Đơn vị không tồn tại."
        if errors:
            raise ValidationError(errors)
        ensure_code_free(session, draft.code, own=("person", person_id))
        if draft.cccd:
            other = PersonRepository(session).by_cccd(draft.cccd)
            if other is not None and other.id != person_id:
                raise ConflictError(
                    f'Số CCCD {draft.cccd} đã thuộc về "{other.full_name}" ({other.code}).',
                    field="cccd",
                )
        return values

    @staticmethod
    def _apply(record: PersonRecord, draft: PersonDraft, values: PersonValues) -> None:
        record.code = draft.code
        record.full_name = draft.full_name
        record.gender = draft.gender
        record.unit_id = draft.unit_id  # type: ignore[assignment]
        record.birth_date, record.birth_year = values.birth_date, values.birth_year
        record.position = draft.position
        record.is_leader = draft.is_leader
        record.recruited_on = values.recruited_on
        record.sector_started_on = values.sector_started_on
        record.toxic_work = draft.toxic_work
        record.cccd = draft.cccd or None
        record.left_on = values.left_on
        record.note = draft.note
        record.name_key = name_sort_key(draft.full_name)
        record.search_text = person_search_text(draft.code, draft.full_name, draft.cccd)

    @staticmethod
    def _details(session, record: PersonRecord) -> PersonDetails:  # type: ignore[no-untyped-def]
        unit = UnitRepository(session).get(record.unit_id)
        unit_name = unit.name if unit is not None else ""
        return PersonDetails(
            id=record.id,
            code=record.code,
            full_name=record.full_name,
            gender=record.gender,
            birth_date=record.birth_date,
            birth_year=record.birth_year,
            unit_id=record.unit_id,
            unit_name=unit_name,
            position=record.position,
            is_leader=record.is_leader,
            recruited_on=record.recruited_on,
            sector_started_on=record.sector_started_on,
            toxic_work=record.toxic_work,
            cccd=record.cccd or "",
            left_on=record.left_on,
            note=record.note,
            version=record.version,
        )


def _collect_years(session, person_id: int) -> list[YearEntry]:  # type: ignore[no-untyped-def]
    ratings = dict(
        session.execute(
            select(RatingRecord.year, RatingRecord.grade).where(RatingRecord.person_id == person_id)
        ).all()
    )
    awards: dict[int, list[str]] = {}
    for year, label, revoked in session.execute(
        select(AwardRecord.year, TitleRecord.short_name, AwardRecord.revoked_on)
        .join(TitleRecord, TitleRecord.id == AwardRecord.title_id)
        .where(AwardRecord.person_id == person_id)
        .order_by(TitleRecord.rank)
    ):
        awards.setdefault(year, []).append(label + (" (đã thu hồi)" if revoked else ""))
    discipline: dict[int, list[str]] = {}
    for form, effective_on in session.execute(
        select(DisciplineRecord.form, DisciplineRecord.effective_on).where(
            DisciplineRecord.person_id == person_id
        )
    ):
        discipline.setdefault(effective_on.year, []).append(FORM_LABELS[form])
    initiatives: dict[int, list[str]] = {}
    for year, code in session.execute(
        select(InitiativeRecord.recognized_year, InitiativeRecord.code)
        .join(InitiativeAuthorRecord, InitiativeAuthorRecord.initiative_id == InitiativeRecord.id)
        .where(
            InitiativeAuthorRecord.person_id == person_id,
            InitiativeRecord.recognized_year.is_not(None),
        )
    ):
        initiatives.setdefault(year, []).append(code)
    years = sorted(set(ratings) | set(awards) | set(discipline) | set(initiatives))
    return [
        YearEntry(
            year=y,
            rating=ratings.get(y, ""),
            awards=tuple(awards.get(y, ())),
            discipline=tuple(discipline.get(y, ())),
            initiatives=tuple(initiatives.get(y, ())),
        )
        for y in years
    ]
