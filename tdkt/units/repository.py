"""Queries on units; never commits."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.people.records import PersonRecord
from tdkt.units.records import UnitRecord
from tdkt.units.types import UnitRow


class UnitRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int) -> UnitRecord | None:
        return self._session.get(UnitRecord, unit_id)

    def by_code(self, code: str) -> UnitRecord | None:
        return self._session.scalar(select(UnitRecord).where(UnitRecord.code == code))

    def all(self) -> list[UnitRecord]:
        return list(self._session.scalars(select(UnitRecord)))

    def children(self, parent_id: int | None) -> list[UnitRecord]:
        statement = (
            select(UnitRecord)
            .where(
                UnitRecord.parent_id.is_(None)
                if parent_id is None
                else UnitRecord.parent_id == parent_id
            )
            .order_by(UnitRecord.sort_order, UnitRecord.id)
        )
        return list(self._session.scalars(statement))

    def next_sort_order(self, parent_id: int | None) -> int:
        siblings = self.children(parent_id)
        return max((s.sort_order for s in siblings), default=0) + 1

    def person_counts(self) -> dict[int, int]:
        statement = (
            select(PersonRecord.unit_id, func.count())
            .where(PersonRecord.left_on.is_(None))
            .group_by(PersonRecord.unit_id)
        )
        return {unit_id: count for unit_id, count in self._session.execute(statement)}

    def tree_rows(self) -> list[UnitRow]:
        """Every unit in organisation-chart order (depth first, siblings by their order)."""
        units = self.all()
        counts = self.person_counts()
        by_parent: dict[int | None, list[UnitRecord]] = {}
        for unit in units:
            by_parent.setdefault(unit.parent_id, []).append(unit)
        for siblings in by_parent.values():
            siblings.sort(key=lambda u: (u.sort_order, u.id))
        rows: list[UnitRow] = []

        def visit(parent_id: int | None, depth: int) -> None:
            for unit in by_parent.get(parent_id, []):
                rows.append(
                    UnitRow(
                        id=unit.id,
                        code=unit.code,
                        name=unit.name,
                        parent_id=unit.parent_id,
                        sort_order=unit.sort_order,
                        depth=depth,
                        tree_index=len(rows),
                        person_count=counts.get(unit.id, 0),
                        active=unit.active,
                        version=unit.version,
                    )
                )
                visit(unit.id, depth + 1)

        visit(None, 0)
        return rows

    def descendant_ids(self, unit_id: int) -> set[int]:
        """The unit and every unit below it."""
        by_parent: dict[int | None, list[int]] = {}
        for unit in self.all():
            by_parent.setdefault(unit.parent_id, []).append(unit.id)
        found: set[int] = set()
        stack = [unit_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(by_parent.get(current, []))
        return found
