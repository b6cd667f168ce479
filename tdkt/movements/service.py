"""Movement use cases: launch (with the launching document copied into the data folder),
edit, delete, and find the attached file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from tdkt.catalog.repository import TitleRepository
from tdkt.clock import Clock
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.movements import attachments
from tdkt.movements.records import (
    MovementRecord,
    MovementTitleRecord,
    MovementUnitRecord,
    PledgeRecord,
    RegistrationRecord,
)
from tdkt.movements.repository import MovementRepository
from tdkt.movements.types import MovementDraft, MovementRow
from tdkt.movements.validation import MovementValues, validate_movement
from tdkt.services.base import ServiceBase, os_user
from tdkt.text import clean, fold
from tdkt.text.paragraphs import clean_paragraphs
from tdkt.units.records import UnitRecord


def movement_search_text(name: str, document_no: str, launched_by: str) -> str:
    """What the movement search matches: name, launching document and who launched it."""
    return fold(f"{name} {document_no} {launched_by}")[:800]


def cleaned(draft: MovementDraft) -> MovementDraft:
    return MovementDraft(
        name=clean(draft.name),
        kind=draft.kind,
        starts_on=clean(draft.starts_on),
        ends_on=clean(draft.ends_on),
        launched_by=clean(draft.launched_by),
        registration_deadline=clean(draft.registration_deadline),
        document_no=clean(draft.document_no),
        document_date=clean(draft.document_date),
        document_signer=clean(draft.document_signer),
        content=clean_paragraphs(draft.content),
        unit_ids=tuple(dict.fromkeys(draft.unit_ids)),
        title_codes=tuple(dict.fromkeys(clean(c) for c in draft.title_codes)),
        attachment_source=draft.attachment_source.strip(),
        remove_attachment=draft.remove_attachment,
    )


class MovementService(ServiceBase):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        actor: Callable[[], str] = os_user,
        attachments_root: Callable[[], Path] = attachments.default_root,
    ) -> None:
        super().__init__(sessions, clock, actor)
        self._root = attachments_root

    def list_rows(self) -> list[MovementRow]:
        with self._transaction() as session:
            return MovementRepository(session).rows()

    def get(self, movement_id: int) -> MovementRow:
        with self._transaction() as session:
            self._get(session, movement_id)
            return MovementRepository(session).rows(movement_id)[0]

    def create(self, draft: MovementDraft) -> MovementRow:
        return self._save(None, cleaned(draft), None)

    def update(
        self, movement_id: int, draft: MovementDraft, version: int | None = None
    ) -> MovementRow:
        return self._save(movement_id, cleaned(draft), version)

    def delete(self, movement_id: int) -> None:
        with self._transaction() as session:
            record = self._get(session, movement_id)
            used = session.scalar(
                select(func.count()).where(RegistrationRecord.movement_id == movement_id)
            ) or session.scalar(select(func.count()).where(PledgeRecord.movement_id == movement_id))
            if used:
                raise ConflictError(
                    "Phong trào đã có đăng ký thi đua hoặc giao ước; không xóa được."
                )
            session.execute(
                delete(MovementUnitRecord).where(MovementUnitRecord.movement_id == movement_id)
            )
            session.execute(
                delete(MovementTitleRecord).where(MovementTitleRecord.movement_id == movement_id)
            )
            session.delete(record)

    def attachment_file(self, movement_id: int) -> Path:
        """The launching document's copy in the data folder, to open."""
        with self._transaction() as session:
            record = self._get(session, movement_id)
            if not record.attachment_path:
                raise NotFoundError("Phong trào này chưa đính kèm văn bản phát động.")
            return attachments.resolve(record.attachment_path, self._root())

    # --- helpers

    def _save(
        self, movement_id: int | None, draft: MovementDraft, version: int | None
    ) -> MovementRow:
        errors, values = validate_movement(draft)
        if errors or values is None:
            raise ValidationError(errors)
        root = self._root()
        # The copy comes first: if it fails, nothing is written; if the transaction fails,
        # the copy is removed again.
        stored = (
            attachments.store(draft.attachment_source, root) if draft.attachment_source else None
        )
        try:
            with self._transaction() as session:
                if movement_id is None:
                    record = MovementRecord(version=1)
                    session.add(record)
                else:
                    record = self._get(session, movement_id)
                    if version is not None and record.version != version:
                        raise ConflictError(
                            "Bản ghi đã được người khác thay đổi. Hãy tải lại rồi sửa lại."
                        )
                _assign(record, draft, values)
                if stored is not None:
                    record.attachment_path, record.attachment_name = stored.relative, stored.name
                elif draft.remove_attachment:
                    record.attachment_path = record.attachment_name = ""
                session.flush()
                _link(session, record.id, draft)
                return MovementRepository(session).rows(record.id)[0]
        except BaseException:
            if stored is not None:
                stored.discard(root)
            raise

    @staticmethod
    def _get(session: Session, movement_id: int) -> MovementRecord:
        record = MovementRepository(session).get(movement_id)
        if record is None:
            raise NotFoundError("Phong trào không còn tồn tại.")
        return record


def _assign(record: MovementRecord, draft: MovementDraft, values: MovementValues) -> None:
    record.name, record.kind, record.launched_by = draft.name, draft.kind, draft.launched_by
    record.starts_on, record.ends_on = values.starts_on, values.ends_on
    record.registration_deadline = values.registration_deadline
    record.document_no, record.document_date = draft.document_no, values.document_date
    record.document_signer, record.content = draft.document_signer, draft.content
    record.search_text = movement_search_text(draft.name, draft.document_no, draft.launched_by)


def _link(session: Session, movement_id: int, draft: MovementDraft) -> None:
    """Replace the target units and titles; unknown ones are refused."""
    titles = TitleRepository(session).lookup()
    unknown = [code for code in draft.title_codes if fold(code) not in titles]
    missing = [uid for uid in draft.unit_ids if session.get(UnitRecord, uid) is None]
    if unknown or missing:
        errors = {}
        if unknown:
            errors["title_codes"] = "Không có danh hiệu: " + ", ".join(unknown)
        if missing:
            errors["unit_ids"] = "Có đơn vị không còn tồn tại."
        raise ValidationError(errors)
    session.execute(delete(MovementUnitRecord).where(MovementUnitRecord.movement_id == movement_id))
    session.execute(
        delete(MovementTitleRecord).where(MovementTitleRecord.movement_id == movement_id)
    )
    for unit_id in draft.unit_ids:
        session.add(MovementUnitRecord(movement_id=movement_id, unit_id=unit_id))
    for code in draft.title_codes:
        session.add(MovementTitleRecord(movement_id=movement_id, title_id=titles[fold(code)].id))
