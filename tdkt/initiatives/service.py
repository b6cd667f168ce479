"""Initiative use cases: register (TT 18/2013 form), edit, the status workflow đăng ký → đang
xét → công nhận / không công nhận, the similarity hint, and the lists to print."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tdkt.agency.service import agency_settings
from tdkt.collector import paused
from tdkt.councils.repository import item_results
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.initiatives.repository import InitiativeRepository
from tdkt.initiatives.similarity import most_similar
from tdkt.initiatives.types import (
    STATUS_LABELS,
    AuthorDraft,
    InitiativeDetails,
    InitiativeDraft,
    InitiativeRow,
    RecognitionDraft,
    SimilarInitiative,
)
from tdkt.initiatives.validation import InitiativeValues, validate_initiative, validate_recognition
from tdkt.people.records import PersonRecord
from tdkt.printing.paper import ListPaper
from tdkt.services.base import ServiceBase
from tdkt.text import clean, fold
from tdkt.text.paragraphs import clean_paragraphs
from tdkt.units.records import UnitRecord

INITIATIVE_ITEM = "initiative"  # the agenda kind of an initiative (tdkt.councils)


def initiative_search_text(code: str, title: str) -> str:
    """What the initiative search matches besides the authors: code and title, folded."""
    return fold(f"{code} {title}")


def cleaned(draft: InitiativeDraft) -> InitiativeDraft:
    return InitiativeDraft(
        title=clean(draft.title),
        authors=tuple(
            AuthorDraft(
                person_id=a.person_id,
                share=clean(a.share),
                position=clean(a.position),
                workplace=clean(a.workplace),
                qualification=clean(a.qualification),
            )
            for a in draft.authors
        ),
        code=clean(draft.code),
        field=clean(draft.field),
        investor=clean(draft.investor),
        first_applied_on=clean(draft.first_applied_on),
        registered_on=clean(draft.registered_on),
        description=clean_paragraphs(draft.description),
        conditions=clean_paragraphs(draft.conditions),
        benefits=clean_paragraphs(draft.benefits),
        applier_benefits=clean_paragraphs(draft.applier_benefits),
    )


class InitiativeService(ServiceBase):
    # --- reading

    @paused  # a whole list at once: tdkt.collector
    def list_rows(self, year: int | None = None, status: str | None = None) -> list[InitiativeRow]:
        with self._transaction() as session:
            return InitiativeRepository(session).rows(year, status)

    def years(self) -> list[int]:
        with self._transaction() as session:
            found = set()
            for registered, recognized in session.execute(
                select(InitiativeRecord.registration_year, InitiativeRecord.recognized_year)
            ):
                if registered or recognized:
                    found.add(registered or recognized)
            return sorted(found, reverse=True)

    def get(self, initiative_id: int) -> InitiativeDetails:
        with self._transaction() as session:
            return self._details(session, self._get(session, initiative_id))

    def similar(self, title: str, exclude_id: int | None = None) -> list[SimilarInitiative]:
        """Past initiatives whose titles share most of their words with `title`."""
        with self._transaction() as session:
            initiatives = InitiativeRepository(session)
            found = most_similar(clean(title), initiatives.titles(exclude_id))
            rows = {r.id: r for r in initiatives.rows(ids=[pid for pid, _ in found])}
            return [
                SimilarInitiative(
                    pid, rows[pid].code, rows[pid].title, rows[pid].year, rows[pid].status, score
                )
                for pid, score in found
            ]

    def list_paper(self, year: int, recognized_only: bool) -> ListPaper[InitiativeRow]:
        """The register of a year (every initiative registered) or its recognition list."""
        with self._transaction() as session:
            agency = agency_settings(session)
            rows = InitiativeRepository(session).rows(year)
        if recognized_only:
            rows = [r for r in rows if r.status == "cong_nhan"]
        return ListPaper(agency, year, tuple(rows), self._clock.today())

    # --- writing

    def register(self, draft: InitiativeDraft) -> InitiativeDetails:
        draft = cleaned(draft)
        with self._transaction() as session:
            values = self._check(session, draft)
            initiatives = InitiativeRepository(session)
            code = draft.code or initiatives.next_code(values.registered_on.year)
            if initiatives.by_code(code) is not None:
                raise ConflictError(f'Mã sáng kiến "{code}" đã được dùng.', field="code")
            record = InitiativeRecord(
                version=1, code=code, status="dang_ky", decision_no="", scope=None, authors=[]
            )
            self._apply(session, record, replace(draft, code=code), values)
            record.registration_year = values.registered_on.year
            session.add(record)
            session.flush()
            return self._details(session, record)

    def update(
        self, initiative_id: int, draft: InitiativeDraft, version: int | None = None
    ) -> InitiativeDetails:
        draft = cleaned(draft)
        with self._transaction() as session:
            record = self._get(session, initiative_id, version)
            values = self._check(session, draft)
            code = draft.code or record.code
            other = InitiativeRepository(session).by_code(code)
            if other is not None and other.id != record.id:
                raise ConflictError(f'Mã sáng kiến "{code}" đã được dùng.', field="code")
            self._apply(session, record, replace(draft, code=code), values)
            if record.registration_year is not None or draft.registered_on:
                record.registration_year = values.registered_on.year
            session.flush()
            return self._details(session, record)

    def start_review(self, initiative_id: int) -> InitiativeDetails:
        return self._move(initiative_id, ("dang_ky",), "dang_xet")

    def return_to_registration(self, initiative_id: int) -> InitiativeDetails:
        return self._move(initiative_id, ("dang_xet",), "dang_ky")

    def reopen(self, initiative_id: int) -> InitiativeDetails:
        return self._move(initiative_id, ("khong_cong_nhan",), "dang_xet")

    def recognize(self, initiative_id: int, draft: RecognitionDraft) -> InitiativeDetails:
        """Record the head's recognition decision (also to correct a recorded one)."""
        draft = RecognitionDraft(
            draft.scope,
            clean(draft.decision_no),
            clean(draft.decision_date),
            clean(draft.recognized_by),
        )
        with self._transaction() as session:
            record = self._get(session, initiative_id)
            _require_status(record, ("dang_xet", "cong_nhan"), "công nhận")
            errors, values = validate_recognition(draft, self._clock.today(), record.registered_on)
            if errors or values is None:
                raise ValidationError(errors)
            _refuse_against_council(session, record)
            record.status, record.scope = "cong_nhan", draft.scope
            record.decision_no, record.decision_date = draft.decision_no, values.decision_date
            record.recognized_year = values.decision_date.year
            record.recognized_by, record.rejection_reason = draft.recognized_by, ""
            session.flush()
            return self._details(session, record)

    def reject(self, initiative_id: int, reason: str) -> InitiativeDetails:
        reason = clean_paragraphs(reason)
        if not reason:
            raise ValidationError({"reason": "Hãy ghi lý do không công nhận."})
        with self._transaction() as session:
            record = self._get(session, initiative_id)
            _require_status(record, ("dang_xet",), "không công nhận")
            record.status, record.rejection_reason = "khong_cong_nhan", reason
            session.flush()
            return self._details(session, record)

    def delete(self, initiative_id: int) -> None:
        with self._transaction() as session:
            record = self._get(session, initiative_id)
            if record.status == "cong_nhan":
                raise ConflictError(
                    "Sáng kiến đã được công nhận; hồ sơ phải được giữ, không xóa được."
                )
            if item_results(session, INITIATIVE_ITEM, record.id, with_pending=True):
                raise ConflictError(
                    "Sáng kiến đã được đưa vào chương trình họp Hội đồng; không xóa được."
                )
            session.delete(record)

    # --- helpers

    @staticmethod
    def _get(session: Session, initiative_id: int, version: int | None = None) -> InitiativeRecord:
        record = session.scalar(
            select(InitiativeRecord)
            .options(selectinload(InitiativeRecord.authors))
            .where(InitiativeRecord.id == initiative_id)
        )
        if record is None:
            raise NotFoundError("Sáng kiến không còn tồn tại (có thể đã bị xóa).")
        if version is not None and record.version != version:
            raise ConflictError("Bản ghi đã được người khác thay đổi. Hãy tải lại rồi sửa lại.")
        return record

    def _move(self, initiative_id: int, sources: tuple[str, ...], target: str) -> InitiativeDetails:
        with self._transaction() as session:
            record = self._get(session, initiative_id)
            _require_status(record, sources, STATUS_LABELS[target].lower())
            record.status = target
            session.flush()
            return self._details(session, record)

    def _check(self, session: Session, draft: InitiativeDraft) -> InitiativeValues:
        errors, values = validate_initiative(draft, self._clock.today())
        missing = [
            a.person_id for a in draft.authors if session.get(PersonRecord, a.person_id) is None
        ]
        if missing and "authors" not in errors:
            errors["authors"] = "Có tác giả không còn trong danh sách cá nhân."
        if errors:
            raise ValidationError(errors)
        return values

    @staticmethod
    def _apply(
        session: Session, record: InitiativeRecord, draft: InitiativeDraft, values: InitiativeValues
    ) -> None:
        record.code, record.title = draft.code, draft.title
        record.field, record.investor = draft.field, draft.investor
        record.first_applied_on, record.registered_on = (
            values.first_applied_on,
            values.registered_on,
        )
        record.description, record.conditions = draft.description, draft.conditions
        record.benefits, record.applier_benefits = draft.benefits, draft.applier_benefits
        record.search_text = initiative_search_text(draft.code, draft.title)
        # The collection is loaded (see _get) or new, so delete-orphan removes the old rows.
        record.authors = [
            _author(session, author, share, position)
            for position, (author, share) in enumerate(
                zip(draft.authors, values.shares, strict=True)
            )
        ]

    @staticmethod
    def _details(session: Session, record: InitiativeRecord) -> InitiativeDetails:
        initiatives = InitiativeRepository(session)
        row = initiatives.rows(ids=[record.id])[0]
        return InitiativeDetails(
            row=row,
            investor=record.investor,
            description=record.description,
            conditions=record.conditions,
            benefits=record.benefits,
            applier_benefits=record.applier_benefits,
            recognized_by=record.recognized_by,
            rejection_reason=record.rejection_reason,
            awards=tuple(initiatives.awards_using(record.id)),
            council_results=tuple(
                r.label for r in item_results(session, INITIATIVE_ITEM, record.id)
            ),
        )


def _author(session: Session, draft: AuthorDraft, share, position: int) -> InitiativeAuthorRecord:  # type: ignore[no-untyped-def]
    person = session.get(PersonRecord, draft.person_id)
    assert person is not None
    unit = session.get(UnitRecord, person.unit_id)
    return InitiativeAuthorRecord(
        person_id=draft.person_id,
        share=share,
        position=position,
        position_snapshot=draft.position or person.position,
        workplace_snapshot=draft.workplace or (unit.name if unit else ""),
        qualification=draft.qualification,
    )


def _require_status(record: InitiativeRecord, allowed: tuple[str, ...], action: str) -> None:
    if record.status not in allowed:
        current = STATUS_LABELS[record.status].lower()
        raise ConflictError(
            f'Sáng kiến "{record.code}" đang ở trạng thái "{current}"; không thể {action}.'
        )


def _refuse_against_council(session: Session, record: InitiativeRecord) -> None:
    """Recognition follows the initiative council's advice (TT 18/2013 Điều 8): a vote that
    failed blocks it until the council votes again."""
    results = item_results(session, INITIATIVE_ITEM, record.id)
    if results and results[-1].result == "khong_dat":
        raise ConflictError(
            f"Hội đồng sáng kiến đã biểu quyết không đạt ({results[-1].label}); "
            "không ghi quyết định công nhận được."
        )
