"""Checks of collective titles that look at the members: the share holding LĐTT, everyone
completing their tasks, a member with CSTĐCS, nobody disciplined (old rules).

Members are the people on the staff of the unit and of the units under it on 31 December
(`YearContext.members`). A member's LĐTT of the year counts when awarded, or when the records
make the member eligible; a member the records cannot decide leaves the share open.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tdkt.discipline.types import FORM_LABELS
from tdkt.eligibility.checks import Outcome, check, failed, met, unknown
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import (
    count_text,
    grade_text,
    people_text,
    title_short,
)
from tdkt.ratings.types import GRADE_ORDER
from tdkt.subjects.types import UNIT

Params = Mapping[str, Any]


def _members(ctx: YearContext, unit: Subject) -> tuple[list[Subject], Outcome | None]:
    if not ctx.world.complete:
        return [], unknown("Chưa nạp đủ danh sách thành viên của đơn vị")
    members = ctx.members(unit)
    if not members:
        return [], failed(
            f"Đơn vị không có cá nhân nào công tác đến cuối năm {ctx.year}",
            "cần có thành viên để xét danh hiệu tập thể",
        )
    return members, None


def needed_for_share(total: int, percent: float, strict: bool) -> int:
    """Least number of members whose share reaches the threshold (integer arithmetic, so
    exactly 50 % is not "more than 50 %")."""
    needed = int(total * percent // 100)
    if strict or needed * 100 < total * percent:
        needed += 1
    return needed


@check("member_share", subjects=(UNIT,), title="title", percent="percent", strict="bool")
def member_share(ctx: YearContext, unit: Subject, p: Params) -> Outcome:
    members, problem = _members(ctx, unit)
    if problem is not None:
        return problem
    title, total = p["title"], len(members)
    standings = [ctx.standing_now(title, m) for m in members]
    yes, open_ = standings.count(True), standings.count(None)
    needed = needed_for_share(total, p["percent"], p["strict"])
    share = 100 * yes / total
    detail = f"{yes}/{total} thành viên đạt {title_short(title)} ({share:.1f} %)".replace(".", ",")
    if open_:
        detail += f"; {open_} người chưa xác định"
    if yes >= needed:
        return met(detail)
    if yes + open_ >= needed:
        return unknown(detail)
    word = "trên" if p["strict"] else "từ"
    return failed(
        detail,
        f"còn thiếu {needed - yes} người đạt {title_short(title)} "
        f"(cần {word} {p['percent']} %: ít nhất {needed}/{total})",
    )


@check("members_rated_at_least", subjects=(UNIT,), grade="grade")
def members_rated_at_least(ctx: YearContext, unit: Subject, p: Params) -> Outcome:
    members, problem = _members(ctx, unit)
    if problem is not None:
        return problem
    low = [
        m.name
        for m in members
        if GRADE_ORDER.get(m.ratings.get(ctx.year, ""), 9) < GRADE_ORDER[p["grade"]]
    ]
    unrated = [m.name for m in members if ctx.year not in m.ratings]
    if low:
        return failed(
            f"{len(low)}/{len(members)} thành viên xếp loại dưới {grade_text(p['grade'])}",
            f"cần 100 % thành viên từ {grade_text(p['grade'])} trở lên ({people_text(low)})",
        )
    if unrated:
        return unknown(f"Chưa có xếp loại năm {ctx.year} của {people_text(unrated)}")
    return met(f"Cả {len(members)} thành viên từ {grade_text(p['grade'])} trở lên")


@check("member_holds", subjects=(UNIT,), title="title", count="int")
def member_holds(ctx: YearContext, unit: Subject, p: Params) -> Outcome:
    members, problem = _members(ctx, unit)
    if problem is not None:
        return problem
    standings = [(m, ctx.standing_now(p["title"], m)) for m in members]
    holders = [m.name for m, s in standings if s]
    open_ = sum(1 for _m, s in standings if s is None)
    short = title_short(p["title"])
    if len(holders) >= p["count"]:
        return met(f"{short} năm {ctx.year}: {people_text(holders)}")
    if len(holders) + open_ >= p["count"]:
        return unknown(f"Chưa xác định được {short} năm {ctx.year} của {open_} thành viên")
    return failed(
        f"Chưa có thành viên đạt {short} năm {ctx.year}" if not holders else f"Có {len(holders)}",
        f"cần ít nhất {count_text(p['count'])} thành viên đạt {short}",
    )


@check("no_member_discipline", subjects=(UNIT,), from_form="form")
def no_member_discipline(ctx: YearContext, unit: Subject, p: Params) -> Outcome:
    members, problem = _members(ctx, unit)
    if problem is not None:
        return problem
    hit = [
        m.name
        for m in members
        if any(d.at_least(p["from_form"]) and d.touches(ctx.year) for d in m.discipline)
    ]
    form = FORM_LABELS[p["from_form"]].lower()
    if hit:
        return failed(
            f"Thành viên bị kỷ luật năm {ctx.year}: {people_text(hit)}",
            f"không được có thành viên bị kỷ luật từ {form} trở lên",
        )
    return met(f"Không có thành viên bị kỷ luật từ {form} trở lên năm {ctx.year}")
