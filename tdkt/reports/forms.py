"""The award-count forms of TT 02/2023/TT-BNV (legal.md §2.2), filled from the statistics.

- Biểu số 0602.N/BNV-TĐKT "Số lượng khen thưởng cấp Nhà nước";
- Biểu số 0603.N/BNV-TĐKT "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương
  và tỉnh, thành phố trực thuộc Trung ương".

Rows, columns and codes follow the forms as provincial TĐKT software prints them (GitHub
lifephongphanmem/thiduakhenthuong_php8, resources/views/BaoCao/TT022023); the secretary
should compare them with the circular before sending. A cell the data cannot fill stays
blank (None) and the form's notes say why: the application records no kind of collective
(enterprise, household), no proposing body, and no foreign-affairs, seniority or resistance
awards. Biểu 0601 (emulation movements), 0604 and 0605 (staff of the TĐKT apparatus) are
not about award records and are not produced here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tdkt.reports.types import AGENCY_LEADER, DIRECT_WORKER, OTHER_LEADER, Fact, Statistics
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import count_words

Test = Callable[[Fact], bool]
NO_KIND = (
    "Phần mềm không ghi loại hình của tập thể (doanh nghiệp, hộ gia đình) và nghề của cá nhân "
    "(doanh nhân)."
)
NO_LEVEL = (
    "Chức vụ không ghi cấp: lãnh đạo ở đơn vị cao nhất của sơ đồ tổ chức (Giám đốc, Phó Giám "
    "đốc Sở) được tính là lãnh đạo cấp sở; lãnh đạo khác là lãnh đạo từ phó phòng trở lên; "
    "người không giữ chức vụ lãnh đạo là người trực tiếp công tác, lao động."
)
NO_METHOD = (
    "Dòng Chuyên đề gồm cả khen thưởng theo đợt; phần mềm không có loại khen thưởng đối "
    "ngoại, niên hạn, kháng chiến."
)


@dataclass(frozen=True)
class FormColumn:
    group: str  # the header above the leaf ("Bằng khen của Thủ tướng Chính phủ")
    header: str  # the leaf header ("Tập thể"), or "" when the group has a single column
    number: str  # the column number of the group in the index row
    codes: frozenset[str]
    subject: str | None = None  # only awards to collectives (UNIT) or people (PERSON)
    available: bool = True
    family: str = ""  # a header above several groups ("Các loại huân chương, huy chương")


@dataclass(frozen=True)
class FormRow:
    label: str
    code: str  # "" for a heading row
    unit: str  # đơn vị tính
    test: Test | None  # which facts the row counts; None: the data cannot say
    subject: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class FormSpec:
    sheet: str
    number: str  # "0603.N/BNV-TĐKT"
    title: str
    columns: tuple[FormColumn, ...]
    rows: tuple[FormRow, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class FilledForm:
    spec: FormSpec
    values: tuple[tuple[int | None, ...], ...]  # per row: total, then one per column
    notes: tuple[str, ...]  # the spec's notes and what the data added


def _all(_fact: Fact) -> bool:
    return True


def _subject(kind: str) -> Test:
    return lambda fact: fact.subject_kind == kind


def _group(group: str) -> Test:
    return lambda fact: fact.staff_group == group


def _kinds(*kinds: str) -> Test:
    return lambda fact: fact.kind in kinds


def subject_rows(first: int) -> tuple[FormRow, ...]:
    """ "Chia theo đối tượng khen thưởng", codes numbered from `first`."""
    codes = [f"{n:02d}" for n in range(first, first + 9)]
    return (
        FormRow("- Tập thể", codes[0], "Tập thể", _subject(UNIT), UNIT),
        FormRow("Trong đó: Doanh nghiệp", codes[1], "Doanh nghiệp", None, UNIT),
        FormRow("- Hộ gia đình", codes[2], "Hộ", None, UNIT),
        FormRow("- Cá nhân", codes[3], "Người", _subject(PERSON), PERSON),
        FormRow(
            "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", codes[4], "Người", None, PERSON
        ),
        FormRow(
            "+ Lãnh đạo cấp vụ, sở, ngành và tương đương",
            codes[5],
            "Người",
            _group(AGENCY_LEADER),
            PERSON,
        ),
        FormRow("+ Doanh nhân", codes[6], "Người", None, PERSON),
        FormRow(
            "+ Các cấp lãnh đạo khác từ phó phòng trở lên",
            codes[7],
            "Người",
            _group(OTHER_LEADER),
            PERSON,
        ),
        FormRow(
            "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu "
            "(công nhân, nông dân,...)",
            codes[8],
            "Người",
            _group(DIRECT_WORKER),
            PERSON,
        ),
    )


def method_rows(first: int) -> tuple[FormRow, ...]:
    """ "Chia theo phương thức khen thưởng"."""
    codes = [f"{n:02d}" for n in range(first, first + 7)]
    return (
        FormRow("- Thường xuyên", codes[0], "", _kinds("thuong_xuyen")),
        FormRow("- Chuyên đề", codes[1], "", _kinds("chuyen_de", "theo_dot")),
        FormRow("- Đột xuất", codes[2], "", _kinds("dot_xuat")),
        FormRow("- Đối ngoại", codes[3], "", None),
        FormRow("- Cống hiến", codes[4], "", _kinds("cong_hien")),
        FormRow("- Niên hạn", codes[5], "", None),
        FormRow("- Kháng chiến", codes[6], "", None),
    )


def heading(label: str) -> FormRow:
    return FormRow(label, "", "", None, bold=True)


def fill(spec: FormSpec, facts: tuple[Fact, ...], extra_notes: tuple[str, ...] = ()) -> FilledForm:
    """Sum the facts into every cell; the total is the sum of the row's columns."""
    values = []
    for row in spec.rows:
        cells: list[int | None] = []
        for column in spec.columns:
            cells.append(_cell(row, column, facts))
        known = [c for c in cells if c is not None]
        total = sum(known) if row.test is not None and known else None
        values.append((total, *cells))
    return FilledForm(spec, tuple(values), spec.notes + extra_notes)


def _cell(row: FormRow, column: FormColumn, facts: tuple[Fact, ...]) -> int | None:
    if row.test is None or not column.available:
        return None
    if row.subject and column.subject and row.subject != column.subject:
        return None  # a collective row under a column for people: not a cell of the form
    return sum(
        f.count
        for f in facts
        if f.title_code in column.codes
        and (column.subject is None or f.subject_kind == column.subject)
        and row.test(f)
    )


def uncovered_note(
    statistics: Statistics, levels: tuple[str, ...], covered: frozenset[str]
) -> tuple[str, ...]:
    """Name the awards of these levels that no column of the form takes."""
    left = [
        f"{t.title.name} ({count_words(t.tally.total)})"
        for t in statistics.titles
        if t.title.level in levels and t.title.code not in covered and t.tally.total
    ]
    return (f"Biểu không có cột cho: {', '.join(left)}.",) if left else ()
