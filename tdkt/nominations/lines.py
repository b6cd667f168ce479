"""Line use cases: add subjects by hand or from the "Xét khen thưởng" page (each with its
snapshot, and a summary and basis pre-filled from the eligibility engine), edit, remove,
and order the lines by hand or back in list order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tdkt.catalog.records import TitleRecord
from tdkt.eligibility.loading import Scope
from tdkt.eligibility.types import Evaluation
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.nominations.batches import batch_details, get_batch
from tdkt.nominations.levels import single_level
from tdkt.nominations.ordering import list_order
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.repository import UNKNOWN_UNIT_ORDER, NominationRepository
from tdkt.nominations.snapshot import Snapshot, prefilled, snapshot, snapshots
from tdkt.nominations.types import BatchDetails, BatchDraft, LineDraft
from tdkt.nominations.validation import validate_line
from tdkt.nominations.workflow import refuse_unless_draft
from tdkt.services.base import ensure_version
from tdkt.subjects.lookup import named_subject, named_title
from tdkt.subjects.types import PERSON, UNIT, SubjectRef
from tdkt.text import clean, name_sort_key
from tdkt.text.paragraphs import clean_paragraphs
from tdkt.units.repository import UnitRepository


@dataclass(frozen=True)
class AddResult:
    details: BatchDetails
    added: int
    skipped: tuple[str, ...]  # names already proposed for the title in this batch


def cleaned(draft: LineDraft) -> LineDraft:
    return LineDraft(
        subject_code=clean(draft.subject_code),
        title_code=clean(draft.title_code),
        year=draft.year,
        summary=clean_paragraphs(draft.summary),
        basis=clean(draft.basis),
        certificate_text=clean_paragraphs(draft.certificate_text),
        note=clean(draft.note),
        position=clean(draft.position),
        unit_name=clean(draft.unit_name),
    )


class LineUseCases:
    """Mixed into NominationService; `_eligibility` pre-fills summaries when present."""

    _eligibility: object

    def add_line(self, batch_id: int, draft: LineDraft) -> BatchDetails:
        draft = cleaned(draft)
        errors = validate_line(draft, self._clock.today())  # type: ignore[attr-defined]
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id)
            refuse_unless_draft(record)
            subject = named_subject(session, draft.subject_code, errors)
            title = named_title(session, draft.title_code, errors)
            if errors:
                raise ValidationError(errors)
            assert subject is not None and title is not None and draft.year is not None
            _fits(session, record, title, subject)
            evaluations = self._evaluations(session, draft.year, title.code, [subject])
            position = NominationRepository(session).next_position(record.id)
            line = _new_line(
                record, subject, title, draft.year, position, snapshot(session, subject)
            )
            session.add(line)
            summary, basis = prefilled(evaluations.get((subject.kind, subject.id)))
            line.summary, line.basis = draft.summary or summary, draft.basis or basis
            line.certificate_text, line.note = draft.certificate_text, draft.note
            line.position = draft.position or line.position
            line.unit_name = draft.unit_name or line.unit_name
            session.flush()
            _keep_list_order(session, record)
            return batch_details(session, record)

    def add_subjects(
        self, batch_id: int, title_code: str, year: int, subjects: Sequence[tuple[str, int]]
    ) -> AddResult:
        """Selected rows of the "Xét khen thưởng" page, all at once; a subject already
        proposed for the title in this batch is skipped and named."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            return self._add_subjects(
                session, get_batch(session, batch_id), title_code, year, subjects
            )

    def start_batch(
        self, draft: BatchDraft, title_code: str, year: int, subjects: Sequence[tuple[str, int]]
    ) -> AddResult:
        """A new batch with the selected rows, in one go (nothing is kept if one is refused)."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = self._new_batch(session, draft)  # type: ignore[attr-defined]
            return self._add_subjects(session, record, title_code, year, subjects)

    def _add_subjects(
        self,
        session: Session,
        record: NominationBatchRecord,
        title_code: str,
        year: int,
        subjects: Sequence[tuple[str, int]],
    ) -> AddResult:
        refuse_unless_draft(record)
        errors: dict[str, str] = {}
        title = named_title(session, clean(title_code), errors)
        if errors or title is None:
            raise ValidationError(errors or {"title_code": "Hãy chọn danh hiệu, hình thức."})
        _fits_title(session, record, title)
        for kind, _subject_id in subjects:
            _fits_kind(title, kind)
        pairs = list(dict.fromkeys(subjects))
        snaps = snapshots(session, pairs)
        refs = [
            SubjectRef(k, i, snaps[k, i].subject_code, snaps[k, i].subject_name) for k, i in pairs
        ]
        if not record.custom_order:  # numbered in list order from the start: no renumbering
            refs.sort(key=_order_of(session, snaps))
        evaluations = self._evaluations(session, year, title.code, refs)
        taken = _taken(session, record.id, title.id)
        position = NominationRepository(session).next_position(record.id)
        added, skipped = 0, []
        for ref in refs:
            if (ref.kind, ref.id) in taken:
                skipped.append(ref.name)
                continue
            line = _new_line(record, ref, title, year, position + added, snaps[ref.kind, ref.id])
            session.add(line)
            line.summary, line.basis = prefilled(evaluations.get((ref.kind, ref.id)))
            taken.add((ref.kind, ref.id))
            added += 1
        session.flush()
        _keep_list_order(session, record)
        return AddResult(batch_details(session, record), added, tuple(skipped))

    def update_line(
        self, line_id: int, draft: LineDraft, version: int | None = None
    ) -> BatchDetails:
        """The texts of a line and its year; its subject and title stay (remove and add)."""
        draft = cleaned(draft)
        with self._transaction() as session:  # type: ignore[attr-defined]
            line = _line(session, line_id)
            ensure_version(line.version, version)
            record = get_batch(session, line.batch_id)
            refuse_unless_draft(record)
            errors = {
                k: v
                for k, v in validate_line(draft, self._clock.today()).items()  # type: ignore[attr-defined]
                if k not in ("subject_code", "title_code")
            }
            if errors:
                raise ValidationError(errors)
            line.year = draft.year  # type: ignore[assignment]
            line.summary, line.basis = draft.summary, draft.basis
            line.certificate_text, line.note = draft.certificate_text, draft.note
            line.position, line.unit_name = draft.position, draft.unit_name
            session.flush()
            return batch_details(session, record)

    def remove_lines(self, batch_id: int, line_ids: Sequence[int]) -> BatchDetails:
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id)
            refuse_unless_draft(record)
            for line_id in line_ids:
                line = _line(session, line_id)
                if line.batch_id != batch_id:
                    raise ValidationError("Dòng đề nghị không thuộc đợt này.")
                session.delete(line)
            session.flush()
            return batch_details(session, record)

    def move_line(self, line_id: int, offset: int) -> BatchDetails:
        """Move a line up (−1) or down (+1): the batch then keeps the order set by hand."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            line = _line(session, line_id)
            record = get_batch(session, line.batch_id)
            refuse_unless_draft(record)
            lines = NominationRepository(session).line_records(record.id)
            index = next(i for i, candidate in enumerate(lines) if candidate.id == line_id)
            target = max(0, min(len(lines) - 1, index + offset))
            lines.insert(target, lines.pop(index))
            for position, candidate in enumerate(lines, start=1):
                candidate.sort_position = position
            record.custom_order = True
            session.flush()
            return batch_details(session, record)

    def reset_order(self, batch_id: int) -> BatchDetails:
        """Back to list order: unit in the chart, leaders first, then name."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id)
            refuse_unless_draft(record)
            record.custom_order = False
            _keep_list_order(session, record)
            return batch_details(session, record)

    def _evaluations(
        self, session: Session, year: int, title: str, subjects: Sequence[SubjectRef]
    ) -> dict[tuple[str, int], Evaluation]:
        eligibility = self._eligibility
        if eligibility is None or not subjects:
            return {}
        one = subjects[0] if len(subjects) == 1 and subjects[0].kind == PERSON else None
        scope = Scope(year, person_id=one.id) if one is not None else Scope(year)
        ctx = eligibility.year_context(session, year, scope)  # type: ignore[attr-defined]
        found = {}
        for ref in subjects:
            subject = (ctx.world.people if ref.kind == PERSON else ctx.world.units).get(ref.id)
            if subject is not None and ctx.rules.covers(title, ref.kind):
                found[ref.kind, ref.id] = ctx.evaluate(title, subject)
        return found


def _ids(kind: str, subject_id: int) -> tuple[int | None, int | None]:
    return (subject_id, None) if kind == PERSON else (None, subject_id)


def _line(session: Session, line_id: int) -> NominationLineRecord:
    line = NominationRepository(session).line(line_id)
    if line is None:
        raise NotFoundError("Dòng đề nghị không còn tồn tại.")
    return line


def _fits_kind(title: TitleRecord, kind: str) -> None:
    if title.subject_kind not in (kind, "ca_hai"):
        who = "cá nhân" if kind == PERSON else "tập thể"
        raise ValidationError({"title_code": f"“{title.name}” không dành cho {who}."})


def _fits_title(session: Session, record: NominationBatchRecord, title: TitleRecord) -> None:
    """The title must be of the batch's deciding level (and be its title, when it has one)."""
    if record.level and title.issuer != record.level:
        raise ValidationError(
            {
                "title_code": f"Đợt “{record.name}” trình {record.level}; “{title.name}” do "
                f"{title.issuer} quyết định. Mỗi tờ trình chỉ trình một cấp: hãy đưa vào một "
                "đợt đề nghị khác."
            }
        )
    if record.title_id is not None and record.title_id != title.id:
        raise ValidationError(
            {"title_code": f"Đợt “{record.name}” chỉ đề nghị một danh hiệu, hình thức khác."}
        )
    single_level([title.issuer, *NominationRepository(session).title_issuers(record.id)])


def _fits(
    session: Session, record: NominationBatchRecord, title: TitleRecord, subject: SubjectRef
) -> None:
    _fits_kind(title, subject.kind)
    _fits_title(session, record, title)
    if (subject.kind, subject.id) in _taken(session, record.id, title.id):
        raise ConflictError(
            f"{subject.name} đã có trong đợt này với “{title.name}”.", field="subject_code"
        )


def _taken(session: Session, batch_id: int, title_id: int) -> set[tuple[str, int]]:
    found = set()
    for line in NominationRepository(session).line_records(batch_id):
        if line.title_id == title_id:
            if line.person_id is not None:
                found.add((PERSON, line.person_id))
            elif line.unit_id is not None:
                found.add((UNIT, line.unit_id))
    return found


def _new_line(
    record: NominationBatchRecord,
    subject: SubjectRef,
    title: TitleRecord,
    year: int,
    position: int,
    snap: Snapshot,
) -> NominationLineRecord:
    person_id, unit_id = _ids(subject.kind, subject.id)
    line = NominationLineRecord(
        version=1,
        batch_id=record.id,
        person_id=person_id,
        unit_id=unit_id,
        title_id=title.id,
        year=year,
        sort_position=position,
    )
    snap.apply(line)
    if not record.level:
        record.level = title.issuer  # the first line settles who decides the batch
    return line


def _order_of(session: Session, snaps: dict[tuple[str, int], Snapshot]):  # type: ignore[no-untyped-def]
    """The list-order key of a new line, from its snapshot (as repository._line_row's)."""
    places = {u.id: u.tree_index for u in UnitRepository(session).tree_rows()}

    def key(ref: SubjectRef) -> tuple[int, int, int, str]:
        snap = snaps[ref.kind, ref.id]
        place = places.get(snap.home_unit_id or -1, UNKNOWN_UNIT_ORDER)
        if ref.kind != PERSON:
            return (0, place, 1, "")
        return (1, place, 0 if snap.is_leader else 1, name_sort_key(snap.subject_name))

    return key


def _keep_list_order(session: Session, record: NominationBatchRecord) -> None:
    """Unless ordered by hand, lines are numbered in list order as they are added."""
    if record.custom_order:
        return
    lines = NominationRepository(session).lines(record.id)
    by_id = {line.id: line for line in NominationRepository(session).line_records(record.id)}
    for position, row in enumerate(list_order(lines), start=1):
        by_id[row.id].sort_position = position
    session.flush()
