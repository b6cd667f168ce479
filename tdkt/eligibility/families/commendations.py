"""Checks of the forms of commendation: runs of ratings or titles ending this year (Bằng
khen point d), a prior award as prerequisite (Bằng khen Thủ tướng, Huân chương), counts
within a window, windows not spent on an earlier award, and awards given once only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tdkt.eligibility.checks import Outcome, check, failed, met, unknown
from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.families.chains import spending
from tdkt.eligibility.phrases import (
    award_text,
    count_text,
    grade_text,
    title_name,
    title_short,
    titles_text,
    window_text,
    years_text,
)
from tdkt.ratings.types import GRADE_ORDER
from tdkt.subjects.types import PERSON

Params = Mapping[str, Any]


def _window(ctx: YearContext, years: int) -> range:
    return range(ctx.year - years + 1, ctx.year + 1)


# The runs below depend only on the pattern of the window (grades, or whether the title was
# held each year), so their outcome is shared by everyone with the same pattern.


def grades_in(subject: Subject, window: range) -> tuple[str | None, ...]:
    ratings = subject.ratings
    return tuple(ratings.get(y) for y in window)


def held_in_window(
    ctx: YearContext, subject: Subject, title: str, window: range
) -> tuple[bool | None, ...]:
    return tuple(ctx.held_in(title, subject, y) for y in window)


def rating_run(
    ctx: YearContext, grade: str, window: range, grades: tuple[str | None, ...]
) -> Outcome:
    return ctx.shared(
        ("rating_run", grade, window, grades), lambda: _rating_run(ctx, grade, window, grades)
    )


def _rating_run(
    ctx: YearContext, grade: str, window: range, grades: tuple[str | None, ...]
) -> Outcome:
    needed = GRADE_ORDER[grade]
    good = [
        y for y, g in zip(window, grades, strict=True) if g is not None and GRADE_ORDER[g] >= needed
    ]
    unrated_now = grades[-1] is None
    lacking = [y for y in window if y not in good and not (y == ctx.year and unrated_now)]
    label = grade_text(grade)
    facts = f"Từ {label} trở lên các năm {years_text(good)}" if good else ""
    if lacking:
        missing = f"còn thiếu {len(lacking)} năm từ {label} trở lên ({years_text(lacking)})"
        if unrated_now:
            missing += f"; năm {ctx.year} chưa có kết quả"
        return failed(facts or f"Không có năm nào từ {label} trở lên", missing)
    if unrated_now:
        return unknown(f"{facts}; năm {ctx.year} chưa có kết quả xếp loại")
    return met(f"{label} trở lên các năm {window_text(window[0], window[-1])}")


@check("rating_chain", grade="grade", years="int")
def rating_chain(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    window = _window(ctx, p["years"])
    return rating_run(ctx, p["grade"], window, grades_in(subject, window))


def title_run(
    ctx: YearContext, title: str, window: range, standings: tuple[bool | None, ...]
) -> Outcome:
    return ctx.shared(
        ("title_run", title, window, standings),
        lambda: _title_run(ctx, title, window, standings),
    )


def _title_run(
    ctx: YearContext, title: str, window: range, standings: tuple[bool | None, ...]
) -> Outcome:
    lacking = [y for y, s in zip(window, standings, strict=True) if s is False]
    held = [y for y, s in zip(window, standings, strict=True) if s]
    short = title_short(title)
    if lacking:
        return failed(
            f"Có {short} năm {years_text(held)}" if held else f"Chưa có {short}",
            f"còn thiếu {len(lacking)} năm {title_name(title)} liên tiếp ({years_text(lacking)})",
        )
    if len(held) < len(window):
        return unknown(f"Có {short} năm {years_text(held)}; năm {ctx.year} chưa xác định")
    return met(f"{short} các năm {years_text(window)}")


def _facts(outcome: Outcome) -> str:
    """The detail of an outcome without its "what is missing" part."""
    if outcome.missing and outcome.detail.endswith(outcome.missing):
        return outcome.detail[: -len(outcome.missing)].rstrip("; ")
    return outcome.detail


@check("title_or_rating_chain", subjects=(PERSON,), title="title", grade="grade", years="int")
def title_or_rating_chain(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    """Bằng khen point d from 2024: two CSTĐCS in a row, or two years rated HTXSNV."""
    window = _window(ctx, p["years"])
    titles = title_run(ctx, p["title"], window, held_in_window(ctx, subject, p["title"], window))
    if titles.passed:
        return titles
    ratings = rating_run(ctx, p["grade"], window, grades_in(subject, window))
    if ratings.passed:
        return ratings
    if titles.passed is None or ratings.passed is None:
        return unknown(f"{titles.detail}; {ratings.detail}")
    return failed(
        f"{_facts(titles)}; {_facts(ratings)}", f"{titles.missing}, hoặc {ratings.missing}"
    )


@check("window_not_spent", years="int", spent_by="titles")
def window_not_spent(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    window = _window(ctx, p["years"])
    span = window_text(window[0], window[-1])
    used, award = spending(ctx, subject, p["spent_by"], p["years"], list(window))
    if award is None:
        return ctx.shared(
            ("not_spent", id(p)),
            lambda: met(
                f"Thành tích năm {span} chưa dùng làm căn cứ {titles_text(p['spent_by'])} nào"
            ),
        )
    return failed(
        f"Thành tích năm {years_text(used)} đã được khen {award_text(award)}",
        "một thành tích chỉ được khen thưởng một lần",
    )


@check(
    "prior_award",
    titles="titles",
    before_window="int",
    optional={"newer_than": ("titles", [])},
)
def prior_award(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    """Holds one of `titles` from no later than `before_window` years ago, and newer than
    the last award of `newer_than` (each Bằng khen Thủ tướng needs a fresh Bằng khen)."""
    if not subject.counting_awards(p["titles"]) and not subject.counting_awards(p["newer_than"]):
        return ctx.shared(("prior_award", id(p)), lambda: _prior_award(ctx, subject, p))
    return _prior_award(ctx, subject, p)


def _prior_award(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    latest_allowed = ctx.year - p["before_window"]
    names = titles_text(p["titles"])
    candidates = [
        a
        for a in ctx.prior_awards(subject, p["titles"], ctx.evaluating)
        if a.year <= latest_allowed
    ]
    newer = ctx.prior_awards(subject, p["newer_than"], ctx.evaluating) if p["newer_than"] else []
    previous = max((a for a in newer if a.year < ctx.year), key=lambda a: a.year, default=None)
    if previous is not None:
        candidates = [a for a in candidates if a.year > previous.year]
    if candidates:
        return met(f"Đã được tặng {award_text(candidates[-1])}")
    wanted = f"cần được tặng {names} từ năm {latest_allowed} trở về trước"
    if previous is not None:
        wanted += f", sau {award_text(previous)}"
    return failed(f"Chưa có {names} phù hợp", wanted)


@check("title_count_in_window", title="title", count="int", years="int")
def title_count_in_window(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    window = _window(ctx, p["years"])
    standings = held_in_window(ctx, subject, p["title"], window)
    return ctx.shared(
        ("title_count", id(p), standings), lambda: _title_count(ctx, p, window, standings)
    )


def _title_count(
    ctx: YearContext, p: Params, window: range, standings: tuple[bool | None, ...]
) -> Outcome:
    held = [y for y, s in zip(window, standings, strict=True) if s]
    open_ = standings.count(None)
    short, wanted = title_short(p["title"]), p["count"]
    span = window_text(window[0], window[-1])
    detail = f"{short} năm {years_text(held)}" if held else f"Chưa có {short} năm {span}"
    if len(held) >= wanted:
        return met(detail)
    if len(held) + open_ >= wanted:
        return unknown(f"{detail}; năm {ctx.year} chưa xác định")
    return failed(
        detail, f"còn thiếu {count_text(wanted - len(held))} lần {short} trong năm {span}"
    )


@check("rating_count_in_window", grade="grade", count="int", years="int")
def rating_count_in_window(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    window = _window(ctx, p["years"])
    grades = grades_in(subject, window)
    return ctx.shared(
        ("rating_count", id(p), grades), lambda: _rating_count(ctx, p, window, grades)
    )


def _rating_count(
    ctx: YearContext, p: Params, window: range, grades: tuple[str | None, ...]
) -> Outcome:
    grade, wanted = p["grade"], p["count"]
    needed = GRADE_ORDER[grade]
    hits = [
        y for y, g in zip(window, grades, strict=True) if g is not None and GRADE_ORDER[g] >= needed
    ]
    span = window_text(window[0], window[-1])
    label = grade_text(grade)
    if len(hits) >= wanted:
        return met(f"{label}: năm {years_text(hits)}")
    if grades[-1] is None and len(hits) + 1 >= wanted:
        return unknown(f"Chưa có năm {label} trong {span}; năm {ctx.year} chưa có kết quả")
    return failed(
        f"{label}: năm {years_text(hits)}" if hits else f"Chưa có năm {label} trong {span}",
        f"còn thiếu {count_text(wanted - len(hits))} năm {label} trong {span}",
    )


@check("not_held", titles="titles")
def not_held(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    """Given once in a lifetime (a Kỷ niệm chương, an order of a given class)."""
    if not subject.counting_awards(p["titles"]):
        return ctx.shared(
            ("not_held", id(p)), lambda: met(f"Chưa được tặng {titles_text(p['titles'])}")
        )
    own = ctx.evaluating
    earlier = [
        a
        for a in subject.counting_awards(p["titles"])
        if a.year <= ctx.year and not (a.title == own and a.year == ctx.year)
    ]
    if earlier:
        return failed(f"Đã được tặng {award_text(earlier[0])}", "mỗi người chỉ được tặng một lần")
    return met(f"Chưa được tặng {titles_text(p['titles'])}")


@check(
    "awards_in_window",
    titles="titles",
    count="int",
    years="int",
    optional={"or_titles": ("titles", []), "or_count": ("int", 0)},
)
def awards_in_window(ctx: YearContext, subject: Subject, p: Params) -> Outcome:
    """`count` awards of `titles`, or `or_count` of `or_titles` when the rule offers that
    alternative, within the window (the collective Bằng khen Thủ tướng: NĐ 91/2017 and Luật
    2022 as encoded take one emulation flag or two Bằng khen; NĐ 65/2014 one flag only)."""
    window = _window(ctx, p["years"])
    span = window_text(window[0], window[-1])
    choices = [(p["titles"], p["count"])]
    if p["or_titles"]:
        choices.append((p["or_titles"], p["or_count"]))
    found = []
    for titles, wanted in choices:
        held = [
            a
            for a in ctx.prior_awards(subject, titles, ctx.evaluating)
            if a.year in window and a.year < ctx.year
        ]
        held += [
            a for t in titles if (a := subject.award(t, ctx.year)) and a.kind in ctx.chain_kinds
        ]
        if len(held) >= wanted:
            return met("Đã được tặng " + "; ".join(award_text(a) for a in held))
        found += held
    needed = " hoặc ".join(f"{count_text(n)} lần {titles_text(t)}" for t, n in choices)
    facts = "Đã được tặng " + "; ".join(award_text(a) for a in found) if found else ""
    return failed(facts or f"Chưa được tặng trong năm {span}", f"cần {needed} trong năm {span}")
