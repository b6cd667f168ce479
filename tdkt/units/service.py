"""Unit use cases: list the tree, add, edit, reorder, delete."""

from __future__ import annotations

from sqlalchemy import exists, select

from tdkt.awards.records import AwardRecord
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.nominations.subjects import release_subject
from tdkt.people.records import PersonRecord
from tdkt.services.base import ServiceBase, ensure_version
from tdkt.subjects.repository import ensure_code_free
from tdkt.text import clean, fold
from tdkt.units.records import UnitRecord
from tdkt.units.repository import UnitRepository
from tdkt.units.types import UnitDraft, UnitRow
from tdkt.units.validation import validate_unit


def unit_search_text(code: str, name: str) -> str:
    """What the unit search matches: code and name, folded."""
    return fold(f"{code} {name}")


def _cleaned(draft: UnitDraft) -> UnitDraft:
    return UnitDraft(
        code=clean(draft.code),
        name=clean(draft.name),
        parent_id=draft.parent_id,
        sort_order=draft.sort_order,
    )


class UnitService(ServiceBase):
    def list_rows(self) -> list[UnitRow]:
        with self._transaction() as session:
            return UnitRepository(session).tree_rows()

    def create(self, draft: UnitDraft) -> UnitRow:
        draft = _cleaned(draft)
        with self._transaction() as session:
            units = UnitRepository(session)
            self._check(session, units, draft, unit_id=None)
            record = UnitRecord(
                code=draft.code,
                name=draft.name,
                parent_id=draft.parent_id,
                sort_order=draft.sort_order or units.next_sort_order(draft.parent_id),
                search_text=unit_search_text(draft.code, draft.name),
                active=True,
            )
            session.add(record)
            session.flush()
            return self._row(units, record.id)

    def update(self, unit_id: int, draft: UnitDraft, version: int | None = None) -> UnitRow:
        """Save an edit; with `version`, refuse it if someone else saved the unit since."""
        draft = _cleaned(draft)
        with self._transaction() as session:
            units = UnitRepository(session)
            record = self._get(units, unit_id)
            ensure_version(record.version, version)
            self._check(session, units, draft, unit_id=unit_id)
            if draft.parent_id is not None and draft.parent_id in units.descendant_ids(unit_id):
                raise ValidationError(
                    {"parent_id": "Không thể đặt đơn vị làm cấp dưới của chính nó."}
                )
            if record.parent_id != draft.parent_id:
                record.sort_order = units.next_sort_order(draft.parent_id)
            record.code, record.name, record.parent_id = draft.code, draft.name, draft.parent_id
            if draft.sort_order is not None:
                record.sort_order = draft.sort_order
            record.search_text = unit_search_text(draft.code, draft.name)
            session.flush()
            return self._row(units, unit_id)

    def move(self, unit_id: int, step: int) -> list[UnitRow]:
        """Move a unit up (step −1) or down (+1) among its siblings; returns the new tree."""
        with self._transaction() as session:
            units = UnitRepository(session)
            record = self._get(units, unit_id)
            siblings = units.children(record.parent_id)
            index = siblings.index(record)
            target = index + step
            if 0 <= target < len(siblings):
                siblings.insert(target, siblings.pop(index))
                for order, sibling in enumerate(siblings, start=1):
                    if sibling.sort_order != order:
                        sibling.sort_order = order
            session.flush()
            return units.tree_rows()

    def delete(self, unit_id: int) -> None:
        with self._transaction() as session:
            units = UnitRepository(session)
            record = self._get(units, unit_id)
            if units.children(unit_id):
                raise ConflictError(f'Đơn vị "{record.name}" còn đơn vị cấp dưới, không xóa được.')
            if session.scalar(select(exists().where(PersonRecord.unit_id == unit_id))):
                raise ConflictError(
                    f'Đơn vị "{record.name}" còn cá nhân trực thuộc; hãy chuyển họ sang '
                    "đơn vị khác trước khi xóa."
                )
            if session.scalar(select(exists().where(AwardRecord.unit_id == unit_id))):
                raise ConflictError(
                    f'Đơn vị "{record.name}" đã có khen thưởng, không xóa được '
                    "(hồ sơ khen thưởng phải được giữ)."
                )
            release_subject(session, record.name, unit_id=unit_id)
            session.delete(record)

    @staticmethod
    def _get(units: UnitRepository, unit_id: int) -> UnitRecord:
        record = units.get(unit_id)
        if record is None:
            raise NotFoundError("Đơn vị không còn tồn tại (có thể đã bị xóa).")
        return record

    @staticmethod
    def _check(session, units: UnitRepository, draft: UnitDraft, unit_id: int | None) -> None:  # type: ignore[no-untyped-def]
        errors = validate_unit(draft)
        if errors:
            raise ValidationError(errors)
        if draft.parent_id is not None and units.get(draft.parent_id) is None:
            raise ValidationError({"parent_id": "Đơn vị cấp trên không tồn tại."})
        ensure_code_free(session, draft.code, own=("unit", unit_id))

    @staticmethod
    def _row(units: UnitRepository, unit_id: int) -> UnitRow:
        return next(row for row in units.tree_rows() if row.id == unit_id)
