"""Batch use cases: list, read with its lines, history, dossier and checklist; create, edit
and delete a batch."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.catalog.records import TitleRecord
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.movements.records import MovementRecord
from tdkt.nominations import dossier
from tdkt.nominations.levels import single_level
from tdkt.nominations.records import (
    NominationBatchRecord,
    NominationLineRecord,
    NominationStatusRecord,
)
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.review_flags import flags_of_batch
from tdkt.nominations.types import (
    DECIDED,
    DRAFT,
    RETURNED,
    STATUS_LABELS,
    BatchDetails,
    BatchDraft,
    NominationBatchRow,
    NominationLineRow,
)
from tdkt.nominations.validation import BatchValues, validate_batch
from tdkt.nominations.workflow import actions_open
from tdkt.services.base import ensure_version
from tdkt.subjects.lookup import named_title
from tdkt.text import clean
from tdkt.text.paragraphs import clean_paragraphs

GONE = "Đợt đề nghị không còn tồn tại."


def cleaned(draft: BatchDraft) -> BatchDraft:
    return BatchDraft(
        name=clean(draft.name),
        title_code=clean(draft.title_code),
        level=clean(draft.level),
        year=draft.year,
        award_kind=draft.award_kind,
        movement_id=draft.movement_id,
        occasion=clean_paragraphs(draft.occasion),
        recipient=clean(draft.recipient),
        letter_no=clean(draft.letter_no),
        letter_date=clean(draft.letter_date),
        signer_name=clean(draft.signer_name),
        signer_deputy=draft.signer_deputy,
        note=clean_paragraphs(draft.note),
    )


def get_batch(session: Session, batch_id: int, version: int | None = None) -> NominationBatchRecord:
    record = NominationRepository(session).get(batch_id)
    if record is None:
        raise NotFoundError(GONE)
    ensure_version(record.version, version)
    return record


def batch_row(session: Session, batch_id: int) -> NominationBatchRow:
    return NominationRepository(session).batches(batch_id=batch_id)[0]


class BatchUseCases:
    """Mixed into NominationService (tdkt.nominations.service)."""

    def list_batches(self) -> list[NominationBatchRow]:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return NominationRepository(session).batches()

    def batch_named(self, name: str) -> NominationBatchRow:
        """A batch by its name (`print nomination-list --batch NAME`)."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            found = NominationRepository(session).batches(name=clean(name))
        if not found:
            raise NotFoundError(f'Không có đợt đề nghị "{clean(name)}".')
        return found[0]

    def lines(self, batch_id: int) -> list[NominationLineRow]:
        with self._transaction() as session:  # type: ignore[attr-defined]
            get_batch(session, batch_id)
            return NominationRepository(session).lines(batch_id)

    def details(self, batch_id: int) -> BatchDetails:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return batch_details(session, get_batch(session, batch_id))

    def create_batch(self, draft: BatchDraft) -> BatchDetails:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return batch_details(session, self._new_batch(session, draft))

    def _new_batch(self, session: Session, draft: BatchDraft) -> NominationBatchRecord:
        draft = cleaned(draft)
        values = self._check_batch(draft)
        if NominationRepository(session).batch_by_name(draft.name) is not None:
            raise ConflictError(f'Đã có đợt đề nghị tên "{draft.name}".', field="name")
        record = NominationBatchRecord(
            version=1,
            status=DRAFT,
            created_at=self._clock.now(),  # type: ignore[attr-defined]
        )
        _assign(session, record, draft, values)
        session.add(record)
        session.flush()
        session.add(
            NominationStatusRecord(
                batch_id=record.id,
                changed_at=record.created_at,
                actor=self._actor(),  # type: ignore[attr-defined]
                from_status="",
                to_status=DRAFT,
                detail="Tạo đợt đề nghị",
            )
        )
        session.flush()
        return record

    def update_batch(
        self, batch_id: int, draft: BatchDraft, version: int | None = None
    ) -> BatchDetails:
        draft = cleaned(draft)
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id, version)
            if record.status == DECIDED:
                raise ConflictError("Đợt đề nghị đã có quyết định; không sửa được nữa.")
            values = self._check_batch(draft)
            other = NominationRepository(session).batch_by_name(draft.name)
            if other is not None and other.id != batch_id:
                raise ConflictError(f'Đã có đợt đề nghị tên "{draft.name}".', field="name")
            _assign(session, record, draft, values)
            session.flush()
            return batch_details(session, record)

    def delete_batch(self, batch_id: int) -> None:
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id)
            if record.status not in (DRAFT, RETURNED):
                raise ConflictError(
                    f"Đợt đề nghị đang ở bước “{STATUS_LABELS[record.status]}”; chỉ xóa được "
                    "đợt còn dự thảo hoặc đã bị trả lại."
                )
            session.delete(record)

    def _check_batch(self, draft: BatchDraft) -> BatchValues:
        errors, values = validate_batch(draft, self._clock.today())  # type: ignore[attr-defined]
        if errors or values is None:
            raise ValidationError(errors)
        return values


def _assign(
    session: Session, record: NominationBatchRecord, draft: BatchDraft, values: BatchValues
) -> None:
    errors: dict[str, str] = {}
    title = named_title(session, draft.title_code, errors)
    if errors:
        raise ValidationError(errors)
    if draft.movement_id is not None and session.get(MovementRecord, draft.movement_id) is None:
        raise ValidationError({"movement_id": "Phong trào thi đua không còn tồn tại."})
    level = draft.level or (title.issuer if title is not None else "")
    if record.id is not None:
        _check_lines_fit(session, record, title, level)
    record.name, record.year = draft.name, draft.year
    record.title_id = title.id if title is not None else None
    record.level, record.award_kind = level, draft.award_kind
    record.movement_id, record.occasion = draft.movement_id, draft.occasion
    record.recipient, record.note = draft.recipient, draft.note
    record.letter_no, record.letter_date = draft.letter_no, values.letter_date
    record.signer_name, record.signer_deputy = draft.signer_name, draft.signer_deputy


def _check_lines_fit(
    session: Session, record: NominationBatchRecord, title: TitleRecord | None, level: str
) -> None:
    """The batch's lines must still fit its title and level after the edit."""
    repository = NominationRepository(session)
    issuers = repository.title_issuers(record.id)
    if level and any(issuer != level for issuer in issuers):
        single_level([level, *issuers], f"Đợt “{record.name}”")
    if title is not None:
        other = session.scalar(
            select(func.count()).where(
                NominationLineRecord.batch_id == record.id,
                NominationLineRecord.title_id != title.id,
            )
        )
        if other:
            raise ValidationError(
                {
                    "title_code": f"Đợt đã có {other} dòng đề nghị danh hiệu, hình thức khác "
                    f"“{title.name}”; hãy để trống ô danh hiệu (đợt nhiều danh hiệu) hoặc sửa "
                    "các dòng đó trước."
                }
            )


def batch_details(session: Session, record: NominationBatchRecord) -> BatchDetails:
    repository = NominationRepository(session)
    lines = repository.lines(record.id)
    row = batch_row(session, record.id)
    return BatchDetails(
        batch=row,
        lines=tuple(lines),
        history=tuple(repository.history(record.id)),
        attachments=tuple(repository.attachments(record.id, dossier.labels())),
        checklist=tuple(dossier.checklist_items(session, record, lines)),
        actions=actions_open(record.status),
        flags=tuple(flags_of_batch(session, record.id)),
    )
