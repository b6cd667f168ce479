"""DeNghi: nomination lines identified by batch, subject and title; new batches by name.

A new line keeps a snapshot of its subject (name, birth year, gender, position, unit) as
the import leaves it, which is what the nomination list prints.
"""

from __future__ import annotations

from tdkt.exchange.existing import State
from tdkt.exchange.rows import SheetData
from tdkt.exchange.spec import NOMINATIONS
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import (
    Context,
    Duplicates,
    SheetPlan,
    check_year,
    complete,
    pick,
    unknown_subject,
)
from tdkt.exchange.validators.titles import title_for
from tdkt.subjects.types import PERSON


def validate_nominations(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(NOMINATIONS.name))
    duplicates = Duplicates(context, NOMINATIONS, "title")
    positions = _Positions(context)
    for row in sheet.rows:
        if not complete(row, "batch", "subject", "title", "year"):
            continue
        batch, subject = row.values["batch"], row.values["subject"]
        kind = context.subject_kind(subject)
        if kind is None:
            unknown_subject(context, NOMINATIONS, row, "subject", subject)
            continue
        title = title_for(context, NOMINATIONS, row, kind)
        if title is None or not check_year(context, NOMINATIONS, row, "year"):
            continue
        key = (batch, subject, title.id)
        if not duplicates.first(key, row, "cùng đợt, đối tượng và danh hiệu"):
            continue
        old = context.existing.lines.get(key)
        state = {
            "year": row.values["year"],
            "summary": pick(row, sheet.present, "summary", old and old["summary"], ""),
        }
        identity: State = {
            "batch": batch,
            "subject": subject,
            "kind": kind,
            "title_id": title.id,
            "level": title.issuer,
        }
        if old is None:
            identity.update(snapshot(context, subject, kind))
            identity["sort_position"] = positions.next(batch)
        plan.tally(old, state, identity)
    return plan


def snapshot(context: Context, code: str, kind: str) -> State:
    """The subject as the import leaves it, copied onto the line."""
    if kind == PERSON:
        person = context.person_state(code) or {}
        unit = context.unit_state(person.get("unit") or "") or {}
        return {
            "subject_code": code,
            "subject_name": person.get("full_name", ""),
            "birth_year": person.get("birth_year"),
            "gender": person.get("gender", ""),
            "position": person.get("position", ""),
            "unit_name": unit.get("name", ""),
            "is_leader": bool(person.get("is_leader")),
            "home_unit": person.get("unit") or "",
        }
    unit = context.unit_state(code) or {}
    parent = context.unit_state(unit.get("parent") or "") or {}
    return {
        "subject_code": code,
        "subject_name": unit.get("name", ""),
        "birth_year": None,
        "gender": "",
        "position": "",
        "unit_name": parent.get("name", ""),
        "is_leader": False,
        "home_unit": code,
    }


class _Positions:
    """New lines go after the lines a batch already has, in the order of the sheet."""

    def __init__(self, context: Context) -> None:
        self.last: dict[str, int] = {}
        for (batch, _subject, _title), line in context.existing.lines.items():
            self.last[batch] = max(self.last.get(batch, 0), line["sort_position"])

    def next(self, batch: str) -> int:
        self.last[batch] = self.last.get(batch, 0) + 1
        return self.last[batch]
