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
from tdkt.nominations.types import DRAFT
from tdkt.subjects.types import PERSON


def validate_nominations(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(NOMINATIONS.name))
    duplicates = Duplicates(context, NOMINATIONS, "title")
    positions = _Positions(context)
    levels: dict[str, set[str]] = {}  # new batches: the deciding levels their lines bring
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
        if not _fits_batch(context, row, batch, title.issuer, old, state, levels):
            continue
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


def _fits_batch(
    context: Context,
    row,  # type: ignore[no-untyped-def]
    batch: str,
    level: str,
    old: State | None,
    state: State,
    levels: dict[str, set[str]],
) -> bool:
    """A batch already in the database takes lines only while it is a draft, and only of
    its deciding level (legal.md §2.2: one letter per type of award)."""
    existing = context.existing.batches.get(batch)
    if existing is None:
        seen = levels.setdefault(batch, set())
        if seen and level not in seen:  # said once, at the first line of another level
            context.warn(
                NOMINATIONS,
                row,
                "title",
                f"đợt {batch} gồm danh hiệu, hình thức do nhiều cấp quyết định "
                f"({', '.join(sorted({*seen, level}))}): hãy tách đợt trước khi in tờ trình",
            )
        seen.add(level)
        return True
    unchanged = old is not None and all(old.get(k) == v for k, v in state.items())
    if existing["status"] != DRAFT and not unchanged:
        context.error(
            NOMINATIONS,
            row,
            "batch",
            f"đợt {batch} không còn là dự thảo; chỉ thêm hoặc sửa dòng của đợt còn dự thảo",
        )
        return False
    if existing["level"] and level != existing["level"]:
        context.error(
            NOMINATIONS,
            row,
            "title",
            f"đợt {batch} trình {existing['level']}; danh hiệu, hình thức này do {level} "
            "quyết định (mỗi tờ trình chỉ trình một cấp)",
        )
        return False
    return True


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
