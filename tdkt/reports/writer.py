"""The award section of a six-month or annual report, written from the statistics.

The opening sentence names each issuer with what it gave; one bullet line per issuer
follows with the counts, two digits as officials write them (seeds/004, part I.3):

    - Kết quả khen thưởng 6 tháng đầu năm 2021: Chủ tịch UBND tỉnh tặng bằng khen, Bộ
      trưởng Bộ Công Thương tặng bằng khen và kỷ niệm chương cho tập thể và cá nhân đã có
      thành tích ... Cụ thể:
    + Chủ tịch UBND tỉnh tặng bằng khen: 06 tập thể và 17 cá nhân.

Issuers come in the order a department's report gives them: the State first, then the
province the department answers to, then the ministry of the sector, then the department
itself; within an issuer, the most senior title first.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.reports.phrases import Phrase, phrase_for
from tdkt.reports.types import Statistics, Tally, TitleTally
from tdkt.text import count_words

ISSUER_LEVEL_ORDER = ("nha_nuoc", "tinh", "bo", "co_so")


@dataclass(frozen=True)
class ReportSection:
    intro: str  # the opening paragraph, ending "Cụ thể:" when lines follow
    lines: tuple[str, ...]  # one per issuer
    notes: tuple[str, ...]  # for the secretary, not for the report: what was not counted

    def text(self) -> str:
        """As the report prints it: "- " before the paragraph, "+ " before each line."""
        return "\n".join([f"- {self.intro}", *(f"+ {line}" for line in self.lines)])


@dataclass(frozen=True)
class _IssuerGroup:
    issuer: str
    titles: tuple[TitleTally, ...]

    def sort_key(self) -> tuple[int, int]:
        level = self.titles[0].title.level
        order = ISSUER_LEVEL_ORDER.index(level) if level in ISSUER_LEVEL_ORDER else 99
        return order, -max(t.title.rank for t in self.titles)


def counts_text(tally: Tally) -> str:
    """ "06 tập thể và 17 cá nhân", "10 cá nhân", "01 tập thể"."""
    parts = []
    if tally.units:
        parts.append(f"{count_words(tally.units)} tập thể")
    if tally.people:
        parts.append(f"{count_words(tally.people)} cá nhân")
    return " và ".join(parts)


def join_words(items: list[str]) -> str:
    """ "a", "a và b", "a, b và c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def write_section(statistics: Statistics, occasion: str = "") -> ReportSection:
    """`occasion` continues "đã có thành tích ..." (e.g. "nhân kỷ niệm 70 năm ...")."""
    groups = _issuer_groups(statistics.titles)
    words = statistics.period.words
    notes = _notes(statistics)
    if not groups:
        return ReportSection(
            f"Kết quả khen thưởng {words}: chưa có quyết định khen thưởng nào.", (), notes
        )
    who = join_words(
        [
            name
            for name, n in (
                ("tập thể", statistics.total.units),
                ("cá nhân", statistics.total.people),
            )
            if n
        ]
    )
    achievement = " ".join(filter(None, ["đã có thành tích", occasion.strip().rstrip(".")]))
    opening = ", ".join(_opening(group) for group in groups)
    intro = f"Kết quả khen thưởng {words}: {opening} cho {who} {achievement}. Cụ thể:"
    return ReportSection(intro, tuple(_line(group) for group in groups), notes)


def _issuer_groups(titles: tuple[TitleTally, ...]) -> list[_IssuerGroup]:
    by_issuer: dict[str, list[TitleTally]] = {}
    # Emulation titles before forms of commendation (the order of the law), senior first.
    for item in sorted(titles, key=lambda t: (t.title.category != "danh_hieu", -t.title.rank)):
        if item.tally.total:
            by_issuer.setdefault(item.title.issuer, []).append(item)
    groups = [_IssuerGroup(issuer, tuple(items)) for issuer, items in by_issuer.items()]
    return sorted(groups, key=_IssuerGroup.sort_key)


def _opening(group: _IssuerGroup) -> str:
    """ "Bộ trưởng Bộ Công Thương tặng bằng khen và kỷ niệm chương"."""
    nouns_by_verb: dict[str, list[str]] = {}
    for item in group.titles:
        phrase: Phrase = phrase_for(item.title)
        nouns = nouns_by_verb.setdefault(phrase.verb, [])
        if phrase.noun not in nouns:
            nouns.append(phrase.noun)
    actions = " và ".join(f"{verb} {join_words(nouns)}" for verb, nouns in nouns_by_verb.items())
    return f"{group.issuer} {actions}"


def _line(group: _IssuerGroup) -> str:
    clauses = [phrase_for(t.title).line(counts_text(t.tally)) for t in group.titles]
    return f"{group.issuer} {'; '.join(clauses)}."


def _notes(statistics: Statistics) -> tuple[str, ...]:
    period = statistics.period
    notes = []
    if statistics.revoked:
        notes.append(f"Không tính {count_words(statistics.revoked)} khen thưởng đã bị thu hồi.")
    if statistics.undated:
        notes.append(
            f"Có {count_words(statistics.undated)} khen thưởng của các năm "
            f"{period.start.year}–{period.end.year} chưa nhập ngày quyết định nên chưa được tính."
            if period.start.year != period.end.year
            else f"Có {count_words(statistics.undated)} khen thưởng năm {period.start.year} "
            "chưa nhập ngày quyết định nên chưa được tính."
        )
    return tuple(notes)
