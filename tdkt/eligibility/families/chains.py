"""Checks of the titles built on chains: CSTĐ tỉnh/Bộ on consecutive CSTĐCS, CSTĐ toàn quốc
on consecutive CSTĐ tỉnh/Bộ, and the initiatives of the right scope within the chain.

A chain spent by an earlier award of the same family cannot ground another (legal.md §9
rule 14): after a CSTĐ tỉnh for 2020–2022 the next needs 2023–2025.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tdkt.eligibility.checks import Outcome, check, failed, met, unknown
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import AwardFact, Subject
from tdkt.eligibility.phrases import (
    award_text,
    count_text,
    initiative_text,
    scopes_text,
    sentence,
    title_name,
    title_short,
    titles_text,
    window_text,
    years_text,
)
from tdkt.subjects.types import PERSON

Params = Mapping[str, Any]


def spending(
    ctx: YearContext, subject: Subject, titles: list[str], span: int, years: list[int]
) -> tuple[list[int], AwardFact | None]:
    """Which of `years` an earlier award of `titles` already used (each used `span` years
    ending in its own year), and that award."""
    for award in reversed(ctx.prior_awards(subject, titles, ctx.evaluating)):
        used = [y for y in years if award.year - span < y <= award.year]
        if used:
            return used, award
    return [], None


@check("title_chain", subjects=(PERSON,), title="title", years="int", spent_by="titles")
def title_chain(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    title, count = p["title"], p["years"]
    window = range(ctx.year - count + 1, ctx.year + 1)
    standings = tuple(ctx.held_in(title, subject, y) for y in window)
    if False in standings:  # the usual case: the outcome depends on the pattern only
        return ctx.shared(
            ("title_chain", id(p), standings),
            lambda: _title_chain(ctx, subject, p, window, standings),
        )
    return _title_chain(ctx, subject, p, window, standings)


def _title_chain(
    ctx: YearContext,
    subject: Subject,
    p: Params,
    window: range,
    standings: tuple[bool | None, ...],
) -> Outcome:
    title, count = p["title"], p["years"]
    held, missing, pending = [], [], []
    for year, standing in zip(window, standings, strict=True):
        (held if standing else pending if standing is None else missing).append(year)
    short = title_short(title)
    detail = f"Có {short} năm {years_text(held)}" if held else f"Chưa có {short} năm nào"
    if missing:
        note = f"; năm {ctx.year} chưa có kết quả" if pending else ""
        return failed(
            detail + f" (xét {window_text(window[0], window[-1])})",
            f"còn thiếu {len(missing)} năm {title_name(title)} liên tiếp "
            f"({years_text(missing)}){note}",
        )
    used, award = spending(ctx, subject, p["spent_by"], count, list(window))
    if award is not None:
        return failed(
            detail,
            f"các năm {years_text(used)} đã dùng làm căn cứ {award_text(award)}; cần "
            f"{count_text(count)} năm {short} liên tiếp chưa dùng",
        )
    if pending:
        reason = ctx.evaluate(title, subject).summary()
        return unknown(f"{detail}; năm {ctx.year} chưa xác định được {short}: {reason}")
    return met(f"{short} các năm {years_text(window)}")


@check(
    "initiatives_in_window",
    subjects=(PERSON,),
    scopes="scopes",
    count="int",
    years="int",
    optional={"reuse_cstdcs": ("bool", False)},
)
def initiatives_in_window(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    if not subject.initiatives:
        return ctx.shared(("initiatives", id(p)), lambda: _initiatives(ctx, subject, p))
    return _initiatives(ctx, subject, p)


def _initiatives(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    first = ctx.year - p["years"] + 1
    # legal.md Q9: whether an initiative that grounded a CSTĐCS may ground a CSTĐ tỉnh too
    # is a setting; by default an achievement grounds one award only.
    reuse = ("CSTDCS",) if p["reuse_cstdcs"] else ()
    free, spent = ctx.initiatives(
        subject, range(first, ctx.year + 1), p["scopes"], ctx.evaluating, reuse
    )
    span = window_text(first, ctx.year)
    wanted = p["count"]
    if len(free) >= wanted:
        chosen = free[:wanted]
        return met(
            "Sáng kiến " + ", ".join(initiative_text(i) for i in chosen),
            ground="; ".join(i.code for i in chosen),
            uses=tuple(i.id for i in chosen),
        )
    scope = scopes_text(p["scopes"])
    if free:
        codes = ", ".join(i.code for i in free)
        facts = [f"có {len(free)} sáng kiến {scope} chưa dùng ({codes})"]
    else:
        facts = [f"không có sáng kiến {scope} chưa dùng năm {span}"]
    facts += [f"sáng kiến {i.code} {why}" for i, why in spent]
    return failed(
        sentence("; ".join(facts)),
        f"còn thiếu {count_text(wanted - len(free))} sáng kiến {scope} "
        f"được công nhận trong các năm {span}",
    )


def _holds(ctx: YearContext, subject: Subject, titles: list[str], year: int) -> bool | None:
    results = [ctx.held_in(t, subject, year) for t in titles]
    return True if any(results) else None if None in results else False


@check(
    "award_chain",
    subjects=(PERSON,),
    titles="titles",
    count="int",
    step="int",
    latest_within="int",
    spent_by="titles",
)
def award_chain(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    """`count` titles in a row, `step` years apart (a CSTĐ tỉnh rests on three years), the
    latest no earlier than `latest_within` years before the evaluation year."""
    first = ctx.year - p["latest_within"] - p["step"] * (p["count"] - 1)
    window = range(first, ctx.year + 1)
    if subject.counting_awards(p["titles"]):
        pattern = tuple(_holds(ctx, subject, p["titles"], y) for y in window)
    else:  # nothing awarded yet: only this year's standing can be held
        now = _holds(ctx, subject, p["titles"], ctx.year)
        pattern = (False,) * (len(window) - 1) + (now,)
    if not ctx.prior_awards(subject, p["spent_by"], ctx.evaluating):
        return ctx.shared(
            ("award_chain", id(p), pattern), lambda: _chain(ctx, subject, p, window, pattern)
        )
    return _chain(ctx, subject, p, window, pattern)


def _chain(
    ctx: YearContext, subject: Subject, p: Params, window: range, pattern: tuple[bool | None, ...]
) -> Outcome:
    titles, count, step = p["titles"], p["count"], p["step"]
    holds = dict(zip(window, pattern, strict=True))
    names = titles_text(titles)
    since = ctx.year - p["latest_within"]
    latest = next((y for y in range(ctx.year, since - 1, -1) if holds[y]), None)
    wanted = f"cần {count_text(count)} lần liên tục {names}, lần gần nhất từ năm {since}"
    if latest is None:
        if any(holds[y] is None for y in range(since, ctx.year + 1)):
            return unknown(f"Năm {ctx.year} chưa xác định được {names}")
        return failed(f"Chưa có {names} năm {since}–{ctx.year}", wanted)
    chain = [latest - step * i for i in range(count)]
    lacking = [y for y in chain if not holds.get(y)]
    if lacking:
        held = sorted(set(chain) - set(lacking))
        return failed(
            f"Có {names} năm {years_text(held)}",
            f"còn thiếu {names} năm {years_text(lacking)} ({wanted})",
        )
    _used, award = spending(ctx, subject, p["spent_by"], len(window), chain)
    if award is not None:
        return failed(
            f"Có {names} năm {years_text(chain)}", f"đã dùng làm căn cứ {award_text(award)}"
        )
    return met(f"{names} năm {years_text(chain)}")
