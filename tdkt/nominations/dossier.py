"""The dossier of a batch: attached documents copied into the data folder
(attachments/nominations), and the checklist of what is required and what is there."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.awards.service import basis_initiative_codes
from tdkt.errors import NotFoundError, ValidationError
from tdkt.initiatives.records import InitiativeRecord
from tdkt.movements import attachments
from tdkt.nominations.agenda_items import vote_results
from tdkt.nominations.checklist import Attached, LineFacts, evaluate, load_checklist
from tdkt.nominations.records import NominationAttachmentRecord, NominationBatchRecord
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.types import DECIDED, AttachmentRow, ChecklistItem, NominationLineRow
from tdkt.text import format_date

KIND = attachments.Kind(
    folder="nominations",
    what="tài liệu hồ sơ đề nghị",
    field="source",
    not_saved="Tài liệu chưa được đính kèm.",
)


def labels() -> dict[str, str]:
    return load_checklist().labels()


def letter_text(letter_no: str, letter_date) -> str:  # type: ignore[no-untyped-def]
    if not letter_no or letter_date is None:
        return ""
    return f"Tờ trình số {letter_no} ngày {format_date(letter_date)}"


def checklist_items(
    session: Session, record: NominationBatchRecord, lines: Sequence[NominationLineRow]
) -> list[ChecklistItem]:
    voted = vote_results(session, [line.id for line in lines])
    recognised = _recognised_initiatives(session, lines)
    facts = [
        LineFacts(
            line.id,
            line.subject_name,
            line.title_code,
            bool(line.vote_result) or line.id in voted,
            _initiative_evidence(line.basis, recognised),
        )
        for line in lines
    ]
    attached = [
        Attached(a.doc_type, a.line_id, a.name)
        for a in NominationRepository(session).attachment_records(record.id)
    ]
    letter = letter_text(record.letter_no, record.letter_date)
    return evaluate(load_checklist(), facts, attached, letter)


def _recognised_initiatives(session: Session, lines: Sequence[NominationLineRow]) -> dict[str, str]:
    codes = {code for line in lines for code in basis_initiative_codes(line.basis)}
    if not codes:
        return {}
    found = {}
    for code, number, day in session.execute(
        select(
            InitiativeRecord.code, InitiativeRecord.decision_no, InitiativeRecord.decision_date
        ).where(InitiativeRecord.code.in_(codes))
    ):
        if number:
            dated = f" ngày {format_date(day)}" if day else ""
            found[code] = f"Sáng kiến {code} công nhận theo Quyết định số {number}{dated}"
    return found


def _initiative_evidence(basis: str, recognised: dict[str, str]) -> str:
    return "; ".join(recognised[c] for c in basis_initiative_codes(basis) if c in recognised)


class DossierUseCases:
    """Mixed into NominationService: attach, remove and open the dossier's documents."""

    _root: object  # Callable[[], Path], set by NominationService

    def document_labels(self) -> dict[str, str]:
        """The kinds of document a dossier holds (resources/nominations/checklist.toml)."""
        return labels()

    def attach(
        self, batch_id: int, doc_type: str, source: str, line_id: int | None = None
    ) -> AttachmentRow:
        if doc_type not in labels():
            raise ValidationError({"doc_type": "Hãy chọn loại tài liệu."})
        if not source.strip():
            raise ValidationError({"source": "Hãy chọn tệp cần đính kèm."})
        root = self._root()  # type: ignore[operator]
        stored = attachments.store(source.strip(), root, KIND)
        try:
            with self._transaction() as session:  # type: ignore[attr-defined]
                record = _batch(session, batch_id)
                if record.status == DECIDED:
                    raise ValidationError("Đợt đề nghị đã có quyết định; hồ sơ đã khép lại.")
                _check_line(session, batch_id, line_id)
                attachment = NominationAttachmentRecord(
                    batch_id=batch_id,
                    line_id=line_id,
                    doc_type=doc_type,
                    name=stored.name[:250],
                    path=stored.relative,
                    added_at=self._clock.now(),  # type: ignore[attr-defined]
                )
                session.add(attachment)
                session.flush()
                rows = NominationRepository(session).attachments(batch_id, labels())
                return next(r for r in rows if r.id == attachment.id)
        except BaseException:
            stored.discard(root)
            raise

    def remove_attachment(self, attachment_id: int) -> None:
        """The record goes; the copy stays in the data folder (another record may share it)."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = session.get(NominationAttachmentRecord, attachment_id)
            if record is None:
                raise NotFoundError("Tài liệu không còn trong hồ sơ.")
            batch = _batch(session, record.batch_id)
            if batch.status == DECIDED:
                raise ValidationError("Đợt đề nghị đã có quyết định; hồ sơ đã khép lại.")
            session.delete(record)

    def attachment_file(self, attachment_id: int) -> Path:
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = session.get(NominationAttachmentRecord, attachment_id)
            if record is None:
                raise NotFoundError("Tài liệu không còn trong hồ sơ.")
            return attachments.resolve(record.path, self._root())  # type: ignore[operator]


def _batch(session: Session, batch_id: int) -> NominationBatchRecord:
    record = session.get(NominationBatchRecord, batch_id)
    if record is None:
        raise NotFoundError("Đợt đề nghị không còn tồn tại.")
    return record


def _check_line(session: Session, batch_id: int, line_id: int | None) -> None:
    if line_id is None:
        return
    line = NominationRepository(session).line(line_id)
    if line is None or line.batch_id != batch_id:
        raise ValidationError({"line_id": "Dòng đề nghị không thuộc đợt này."})
