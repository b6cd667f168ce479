"""Checks every title shares: the year's rating, service, discipline, and the criteria no
record can decide (qualitative ones, and alternatives the council judges)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from tdkt.eligibility.checks import Outcome, check, failed, met, unknown
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import discipline_text, grade_text, window_text
from tdkt.ratings.types import GRADE_ORDER
from tdkt.subjects.types import PERSON
from tdkt.text import format_date

Params = Mapping[str, Any]


PRESUMED = met("Không có hồ sơ nào ghi nhận ngược lại; Hội đồng xác nhận khi bình xét")
JUDGED = unknown("Do Hội đồng đánh giá theo báo cáo thành tích; phần mềm không tự xét")


@check("rating_at_least", grade="grade")
def rating_at_least(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    grade = subject.ratings.get(ctx.year)
    return ctx.shared(("rating_at_least", p["grade"], grade), lambda: _rating(ctx, grade, p))


def _rating(ctx: YearContext, grade: str | None, p: Params) -> Outcome:
    if grade is None:
        return unknown(f"Chưa có kết quả xếp loại năm {ctx.year}")
    detail = f"Xếp loại {ctx.year}: {grade_text(grade)}"
    if GRADE_ORDER[grade] >= GRADE_ORDER[p["grade"]]:
        return met(detail)
    return failed(detail, f"cần từ {grade_text(p['grade'])} trở lên")


@check("presumed")
def presumed(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    return PRESUMED


@check("judgement")
def judgement(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    return JUDGED


@check("serving_at_year_end", subjects=(PERSON,))
def serving_at_year_end(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    if subject.left_on is not None and subject.left_on <= ctx.year_end():
        return unknown(
            f"Đã thôi công tác tại cơ quan ngày {format_date(subject.left_on)}: "
            "nơi công tác mới hoặc Hội đồng xem xét"
        )
    return ctx.shared("serving", lambda: met(f"Đang công tác tại cơ quan đến hết năm {ctx.year}"))


def months_between(start: date, end: date) -> int:
    """Whole months from `start` up to (not including) `end`."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


@check("service_months", subjects=(PERSON,), months="int")
def service_months(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    needed = p["months"]
    if subject.recruited_on is None:
        if ctx.year - 1 in subject.ratings:
            return met(f"Đã công tác từ năm trước (có xếp loại năm {ctx.year - 1})")
        return unknown("Chưa có ngày tuyển dụng để tính thời gian công tác")
    recruited = subject.recruited_on
    if recruited.year < ctx.year - 1:  # a whole year and more: the same for everyone
        return ctx.shared(
            ("service", recruited.year),
            lambda: met(f"Tuyển dụng năm {recruited.year}, công tác cả năm {ctx.year}"),
        )
    served = months_between(recruited, ctx.year_end() + timedelta(days=1))
    detail = f"Tuyển dụng ngày {format_date(recruited)}"
    if served >= needed:
        return met(detail + (f": {served} tháng đến cuối năm {ctx.year}" if served < 24 else ""))
    return failed(
        f"{detail}: {max(served, 0)} tháng đến cuối năm {ctx.year}",
        f"còn thiếu {needed - max(served, 0)} tháng (cần từ {needed} tháng công tác)",
    )


@check("no_discipline_in_year", subjects=(PERSON,), from_form="form")
def no_discipline_in_year(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    return _no_discipline(ctx, subject, range(ctx.year, ctx.year + 1), p["from_form"])


@check("no_discipline_in_window", subjects=(PERSON,), years="int", from_form="form")
def no_discipline_in_window(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    return _no_discipline(
        ctx, subject, range(ctx.year - p["years"] + 1, ctx.year + 1), p["from_form"]
    )


def _no_discipline(ctx: YearContext, subject: Subject, years: range, form: str) -> Outcome:
    if not subject.discipline:
        return ctx.shared(
            ("no_discipline", years), lambda: met(f"Không bị kỷ luật trong năm {_span(years)}")
        )
    hits = [
        d
        for d in subject.discipline
        if d.at_least(form) and any(d.touches(y) for y in years) and d.start.year <= ctx.year
    ]
    if not hits:
        return met(f"Không bị kỷ luật trong năm {_span(years)}")
    last = hits[-1]
    after = (
        f"chỉ tính thành tích từ sau ngày {format_date(last.end)}, khi hết thời hạn kỷ luật"
        if last.end is not None
        else "kỷ luật không có thời hạn kết thúc"
    )
    return failed("Bị kỷ luật " + "; ".join(discipline_text(d) for d in hits), after)


def _span(years: range) -> str:
    return window_text(years.start, years.stop - 1)
