"""Checks of the grassroots titles: a title held this year (LĐTT under CSTĐCS, TTLĐTT under
TTLĐXS) and the ground of a CSTĐCS (an initiative, or from 2024 an excellent rating)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tdkt.eligibility.checks import Outcome, check, failed, met, unknown
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import (
    award_text,
    initiative_text,
    scopes_text,
    sentence,
    title_short,
)
from tdkt.subjects.types import PERSON

Params = Mapping[str, Any]
RESEARCH_NOTE = "đề tài khoa học được nghiệm thu chưa được quản lý trong phần mềm, Hội đồng xem xét"


@check("holds_title_now", title="title")
def holds_title_now(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    title = p["title"]
    name = f"{title_short(title)} năm {ctx.year}"
    award = subject.award(title, ctx.year)
    if award is not None and award.kind in ctx.chain_kinds:
        return met(f"Đã được công nhận {award_text(award)}")
    standing = ctx.standing_now(title, subject)
    if standing:
        return met(f"Đạt tiêu chuẩn {name} theo dữ liệu")
    reason = ctx.evaluate(title, subject).summary() if ctx.rules.covers(title, subject.kind) else ""
    if standing is None:
        return unknown(f"Chưa xác định được {name}" + (f": {reason}" if reason else ""))
    return failed(f"Chưa đạt {name}", reason or f"cần đạt {name}")


@check(
    "cstdcs_ground",
    subjects=(PERSON,),
    allow_excellent="bool",
    scopes="scopes",
)
def cstdcs_ground(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    """An initiative recognised this year (NĐ 91/2017), or from 2024 an HTXSNV rating or
    such an initiative (Luật 2022 Điều 23). The excellent rating goes first: it keeps the
    initiative free for a later Bằng khen (legal.md §1.4, the Bộ Nội vụ example)."""
    grade = subject.ratings.get(ctx.year)
    if p["allow_excellent"] and grade == "HTXSNV":
        return met(f"Xếp loại {ctx.year}: Hoàn thành xuất sắc nhiệm vụ", ground="HTXSNV")
    free, spent = ctx.initiatives(subject, range(ctx.year, ctx.year + 1), p["scopes"], "CSTDCS")
    if free:
        chosen = free[0]
        return met(
            f"Sáng kiến {initiative_text(chosen)} được công nhận năm {ctx.year}",
            ground=chosen.code,
            uses=(chosen.id,),
        )
    facts = [f"sáng kiến {i.code} {why}" for i, why in spent]
    wanted = f"01 sáng kiến {scopes_text(p['scopes'])} được công nhận năm {ctx.year}"
    if p["allow_excellent"]:
        if grade is None:
            return unknown(f"Chưa có kết quả xếp loại năm {ctx.year} và chưa có {wanted}")
        wanted = f"xếp loại Hoàn thành xuất sắc nhiệm vụ hoặc {wanted}"
    return failed(sentence("; ".join(facts)), f"cần {wanted} ({RESEARCH_NOTE})")
