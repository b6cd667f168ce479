"""DanhGia: one rating per subject (person or unit) and year."""

from __future__ import annotations

from tdkt.exchange.rows import SheetData
from tdkt.exchange.spec import RATINGS
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import (
    Context,
    Duplicates,
    SheetPlan,
    check_year,
    complete,
    unknown_subject,
)


def validate_ratings(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(RATINGS.name))
    duplicates = Duplicates(context, RATINGS, "year")
    existing = context.existing.ratings
    for row in sheet.rows:
        if not complete(row, "subject", "year", "grade"):
            continue
        subject, year = row.values["subject"], row.values["year"]
        kind = context.subject_kind(subject)
        if kind is None:
            unknown_subject(context, RATINGS, row, "subject", subject)
            continue
        if not check_year(context, RATINGS, row, "year"):
            continue
        if not duplicates.first((subject, year), row, f'xếp loại năm {year} của "{subject}"'):
            continue
        identity = {"subject": subject, "kind": kind, "year": year}
        plan.tally(existing.get((subject, year)), {"grade": row.values["grade"]}, identity)
    return plan
