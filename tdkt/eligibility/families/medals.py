"""The years in the sector behind the Kỷ niệm chương "Vì sự nghiệp phát triển ngành Công
Thương Việt Nam" (TT 16/2018/TT-BCT Điều 14; legal.md §3 and §9 rule 16)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from tdkt.eligibility.checks import Outcome, check, failed, met, unknown
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import titles_text, years_text
from tdkt.subjects.types import PERSON
from tdkt.text import format_date

Params = Mapping[str, Any]


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def qualifying_day(started: date, needed: int, lost_years: set[int]) -> tuple[date, int]:
    """The day the years in the sector reach `needed`, and how many years were not counted.

    A calendar year touched by discipline does not count (legal.md §3: "years under
    discipline of khiển trách or heavier do not count"); each pushes the day a year later.
    Only discipline before that day matters: service already complete stays complete."""
    day, lost = add_years(started, needed), 0
    for _ in range(len(lost_years) + 1):
        lost = sum(1 for year in lost_years if year <= day.year)
        moved = add_years(started, needed + lost)
        if moved == day:
            break
        day = moved
    return day, lost


def required_years(subject: Subject, p: Params) -> int:
    if subject.toxic_work:
        return p["toxic"]
    return p["women"] if subject.gender == "nu" else p["men"]


@check(
    "sector_years",
    subjects=(PERSON,),
    men="int",
    women="int",
    toxic="int",
    reduction="int",
    reduction_titles="titles",
    from_form="form",
)
def sector_years(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    needed = required_years(subject, p)
    held = []
    if p["reduction"]:
        held = [a for a in subject.counting_awards(p["reduction_titles"]) if a.year <= ctx.year]
    if held and p["reduction"]:
        needed = max(0, needed - p["reduction"])
    who = (
        "làm công việc độc hại, nguy hiểm"
        if subject.toxic_work
        else ("nữ" if subject.gender == "nu" else "nam")
    )
    rule = f"cần {needed} năm ({who})"
    if held and p["reduction"]:
        reasons = titles_text(sorted({a.title for a in held}))
        rule += f", đã giảm {p['reduction']} năm vì được tặng {reasons}"
    if subject.sector_started_on is None:
        return unknown(f"Chưa có ngày vào ngành để tính thời gian công tác ({rule})")
    lost_years = (
        subject.disciplined_years(p["from_form"], up_to=ctx.year) if subject.discipline else set()
    )
    day, lost = qualifying_day(subject.sector_started_on, needed, lost_years)
    detail = f"Vào ngành ngày {format_date(subject.sector_started_on)}; {rule}"
    if lost:
        counted = sorted(y for y in lost_years if y <= day.year)
        detail += f"; không tính {lost} năm bị kỷ luật ({years_text(counted)})"
    if day <= ctx.year_end():
        return met(f"{detail}; đủ từ ngày {format_date(day)}")
    return failed(detail, f"đến ngày {format_date(day)} mới đủ {needed} năm")
