"""KhenThuong: award records identified by subject, title, year and decision number."""

from __future__ import annotations

from datetime import date
from typing import Any

from tdkt.awards.service import RATING_BASES, basis_initiative_codes
from tdkt.awards.types import AwardDraft
from tdkt.awards.validation import validate_award
from tdkt.exchange.existing import AWARD_FIELDS, State, TitleInfo
from tdkt.exchange.rows import Row, SheetData
from tdkt.exchange.spec import AWARDS
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import (
    Context,
    Duplicates,
    SheetPlan,
    complete,
    pick,
    unknown_subject,
)
from tdkt.exchange.validators.titles import title_for
from tdkt.text import format_date

DEFAULTS: dict[str, Any] = {"kind": "thuong_xuyen", "content": "", "basis": "", "revoke_reason": ""}
# validate_award's field → the column it came from (subject and title are checked here).
FIELD_COLUMNS = {
    "year": "year",
    "kind": "kind",
    "decision_date": "decision_date",
    "decision_no": "decision_no",
    "bonus_coefficient": "bonus_coefficient",
    "base_salary": "base_salary",
}


def validate_awards(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(AWARDS.name))
    duplicates = Duplicates(context, AWARDS, "decision_no")
    same_year = _SameYear(context)
    for row in sheet.rows:
        if not complete(row, "subject", "title", "year"):
            continue
        subject = row.values["subject"]
        kind = context.subject_kind(subject)
        if kind is None:
            unknown_subject(context, AWARDS, row, "subject", subject)
            continue
        title = title_for(context, AWARDS, row, kind)
        if title is None:
            continue
        decision_no = row.values.get("decision_no", "")
        key = (subject, title.id, row.values["year"], decision_no)
        if not duplicates.first(key, row, "cùng đối tượng, danh hiệu, năm và số quyết định"):
            continue
        old = context.existing.awards.get(key)
        state = _state(row, sheet.present, old, title)
        _check_rules(context, row, state, title)
        _check_basis(context, row, state["basis"])
        if old is None:
            same_year.check(row, key, title)
        identity = {"subject": subject, "kind_of_subject": kind, "title_id": title.id}
        identity.update(year=key[2], decision_no=decision_no)
        plan.tally(old, state, identity)
    return plan


def _state(row: Row, present: frozenset[str], old: State | None, title: TitleInfo) -> State:
    state = {f: pick(row, present, f, old and old[f], DEFAULTS.get(f)) for f in AWARD_FIELDS}
    if not state["issuer"]:
        state["issuer"] = title.issuer
    return state


def _check_rules(context: Context, row: Row, state: State, title: TitleInfo) -> None:
    draft = AwardDraft(
        subject_code=row.values["subject"],
        title_code=title.code,
        year=row.values["year"],
        decision_no=row.values.get("decision_no", ""),
        decision_date=format_date(state["decision_date"]),
        kind=state["kind"],
        bonus_coefficient=_text(state["bonus_coefficient"]),
        base_salary=_text(state["base_salary"]),
    )
    errors, _values = validate_award(draft, context.today)
    for field, message in errors.items():
        key = FIELD_COLUMNS.get(field)
        if key is not None and key not in row.bad:
            context.error(AWARDS, row, key, message.rstrip("."))
    revoked: date | None = state["revoked_on"]
    if revoked is not None:
        if state["decision_date"] is not None and revoked < state["decision_date"]:
            context.error(AWARDS, row, "revoked_on", "ngày thu hồi trước ngày quyết định")
        if not state["revoke_reason"]:
            context.error(
                AWARDS, row, "revoke_reason", "có ngày thu hồi thì phải ghi lý do thu hồi"
            )


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _check_basis(context: Context, row: Row, basis: str) -> None:
    if not basis or basis in RATING_BASES:
        return
    for code in basis_initiative_codes(basis):
        if code not in context.initiative_codes and code not in context.existing.initiatives:
            context.error(
                AWARDS,
                row,
                "basis",
                f'căn cứ "{code}" không phải là xếp loại hay mã sáng kiến nào '
                "(trong dữ liệu hay trong trang SangKien)",
            )


class _SameYear:
    """Warns when a new record repeats a subject, title and year already awarded."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.awarded: dict[tuple[str, int, int], str] = {}
        for subject, title_id, year, decision_no in context.existing.awards:
            self.awarded.setdefault((subject, title_id, year), decision_no)

    def check(self, row: Row, key: tuple[Any, ...], title: TitleInfo) -> None:
        subject, title_id, year, decision_no = key
        earlier = self.awarded.setdefault((subject, title_id, year), decision_no)
        if earlier != decision_no:
            by = f" theo quyết định {earlier}" if earlier else ""
            self.context.warn(
                AWARDS,
                row,
                "title",
                f'"{subject}" đã có {title.name} năm {year}{by}; kiểm tra xem có ghi trùng không',
            )
