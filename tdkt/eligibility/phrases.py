"""Plain Vietnamese for explanations: titles, grades, years, scopes, discipline, dates."""

from __future__ import annotations

from collections.abc import Iterable

from tdkt.catalog.defaults import DEFAULT_TITLES
from tdkt.discipline.types import FORM_LABELS
from tdkt.eligibility.facts import AwardFact, DisciplineFact, InitiativeFact
from tdkt.ratings.types import GRADE_LABELS
from tdkt.text import format_date

TITLE_NAMES = {t.code: t.name for t in DEFAULT_TITLES}
TITLE_SHORT = {t.code: t.short_name or t.name for t in DEFAULT_TITLES}
SCOPE_LABELS = {
    "co_so": "cấp cơ sở",
    "tinh": "cấp tỉnh",
    "bo": "cấp Bộ",
    "toan_quoc": "toàn quốc",
}


def title_name(code: str) -> str:
    return TITLE_NAMES.get(code, code)


def title_short(code: str) -> str:
    return TITLE_SHORT.get(code, code)


def titles_text(codes: Iterable[str]) -> str:
    return " hoặc ".join(title_short(c) for c in codes)


def grade_text(grade: str) -> str:
    return GRADE_LABELS.get(grade, grade)


def count_text(count: int) -> str:
    """Counts as documents write them: 01, 02 … 09, then 10."""
    return f"{count:02d}"


def years_text(years: Iterable[int]) -> str:
    """ "2022, 2023, 2024" – or "2018–2024" for a long unbroken run."""
    ordered = sorted(set(years))
    if not ordered:
        return ""
    if len(ordered) > 3 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(y) for y in ordered)


def window_text(first: int, last: int) -> str:
    return str(last) if first == last else f"{first}–{last}"


def scopes_text(scopes: Iterable[str]) -> str:
    """ "cấp cơ sở trở lên" for [co_so, tinh, bo, toan_quoc]; "toàn quốc" for [toan_quoc]."""
    labels = [SCOPE_LABELS[s] for s in scopes]
    return labels[0] + (" trở lên" if len(labels) > 1 else "")


def initiative_text(initiative: InitiativeFact) -> str:
    return f"{initiative.code} ({SCOPE_LABELS.get(initiative.scope, initiative.scope)})"


def award_text(award: AwardFact) -> str:
    """ "Chiến sĩ thi đua cơ sở năm 2023 (QĐ 123/QĐ-SCT ngày 20/12/2023)"."""
    decision = ""
    if award.decision_no:
        decision = f" (QĐ {award.decision_no}"
        decision += f" ngày {format_date(award.decision_date)})" if award.decision_date else ")"
    return f"{title_short(award.title)} năm {award.year}{decision}"


def discipline_text(record: DisciplineFact) -> str:
    period = format_date(record.start) + (
        f"–{format_date(record.end)}" if record.end is not None else ", không thời hạn"
    )
    number = f" QĐ {record.decision_no}," if record.decision_no else ""
    return f"{FORM_LABELS[record.form]} ({number} hiệu lực {period})".replace("( ", "(")


def sentence(text: str) -> str:
    """First letter upper case, the rest untouched (codes such as SK2024-001 stay)."""
    return text[:1].upper() + text[1:]


def people_text(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" và {len(names) - limit} người khác" if len(names) > limit else "")
