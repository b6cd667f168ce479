"""The year-by-year strip beside a verdict: rating, awards, initiatives and discipline of
each year of the window the rules looked at."""

from __future__ import annotations

from tdkt.awards.types import KIND_LABELS
from tdkt.discipline.types import FORM_LABELS
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import SCOPE_LABELS, title_short
from tdkt.eligibility.types import YearCell

STRIP_YEARS = 7  # the longest window of any rule (CSTĐ toàn quốc)


def year_strip(subject: Subject, year: int, years: int = STRIP_YEARS) -> tuple[YearCell, ...]:
    """Oldest year first, ending with the evaluation year."""
    return tuple(_cell(subject, y) for y in range(year - years + 1, year + 1))


def _cell(subject: Subject, year: int) -> YearCell:
    awards = []
    for award in sorted(subject.awards, key=lambda a: a.title):
        if award.year != year:
            continue
        text = title_short(award.title)
        if award.kind != "thuong_xuyen":
            text += f" ({KIND_LABELS.get(award.kind, award.kind).lower()})"
        if award.revoked:
            text += " (đã thu hồi)"
        awards.append(text)
    initiatives = tuple(
        f"{i.code} ({SCOPE_LABELS.get(i.scope, i.scope)})"
        for i in sorted(subject.initiatives, key=lambda i: i.code)
        if i.year == year and i.recognised
    )
    discipline = tuple(FORM_LABELS[d.form] for d in subject.discipline if d.touches(year))
    return YearCell(year, subject.ratings.get(year, ""), tuple(awards), initiatives, discipline)
