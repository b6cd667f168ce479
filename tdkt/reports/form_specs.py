"""The two award-count forms of TT 02/2023/TT-BNV, as data (see tdkt.reports.forms)."""

from __future__ import annotations

from tdkt.reports.forms import (
    NO_KIND,
    NO_LEVEL,
    NO_METHOD,
    FilledForm,
    FormColumn,
    FormRow,
    FormSpec,
    fill,
    heading,
    method_rows,
    subject_rows,
    uncovered_note,
)
from tdkt.reports.types import Statistics
from tdkt.subjects.types import PERSON, UNIT

CIRCULAR = "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023"
MEDALS = (
    ("HCLD1", "Huân chương Lao động hạng Nhất"),
    ("HCLD2", "Huân chương Lao động hạng Nhì"),
    ("HCLD3", "Huân chương Lao động hạng Ba"),
)
STATE_FIXED = frozenset({"HCLD1", "HCLD2", "HCLD3", "CTD_CP", "BK_TTG", "CSTDTQ"})
MINISTRY_PROVINCE = frozenset(
    {"BK_TINH", "BK_BO", "CSTD_TINH", "CSTD_BO", "CTD_TINH", "CTD_BO", "KNC_CT"}
)


def _pair(
    group: str, number: str, codes: frozenset[str], available: bool = True, family: str = ""
) -> tuple[FormColumn, FormColumn]:
    return (
        FormColumn(group, "Tập thể", number, codes, UNIT, available, family),
        FormColumn(group, "Cá nhân", number, codes, PERSON, available, family),
    )


def _all_rows(
    first_subject: int, first_method: int, top: tuple[FormRow, ...]
) -> tuple[FormRow, ...]:
    """Total, the form's own first part (if any), then the parts by subject and by method."""
    part = 2 if top else 1
    return (
        FormRow("Tổng số", "01", "", lambda _f: True, bold=True),
        *top,
        heading(f"{part}. Chia theo đối tượng khen thưởng"),
        *subject_rows(first_subject),
        heading(f"{part + 1}. Chia theo phương thức khen thưởng"),
        *method_rows(first_method),
    )


def form_0602(statistics: Statistics) -> FilledForm:
    """Số lượng khen thưởng cấp Nhà nước."""
    other = frozenset(
        t.title.code
        for t in statistics.titles
        if t.title.level == "nha_nuoc" and t.title.code not in STATE_FIXED
    )
    medals = [
        column
        for code, name in MEDALS
        for column in _pair(name, "2", frozenset({code}), family="Các loại huân chương, huy chương")
    ]
    columns = (
        *medals,
        FormColumn("Giải thưởng Hồ Chí Minh", "Cá nhân", "3", frozenset(), PERSON, False),
        FormColumn("Giải thưởng Nhà nước", "Cá nhân", "4", frozenset(), PERSON, False),
        *_pair("Danh hiệu vinh dự nhà nước", "5", frozenset(), available=False),
        FormColumn("Cờ thi đua của Chính phủ", "Tập thể", "6", frozenset({"CTD_CP"}), UNIT),
        *_pair("Bằng khen của Thủ tướng Chính phủ", "7", frozenset({"BK_TTG"})),
        FormColumn("Chiến sĩ thi đua toàn quốc", "Cá nhân", "8", frozenset({"CSTDTQ"}), PERSON),
        *_pair("Các hình thức khen thưởng khác", "9", other),
    )
    proposers = (
        heading("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"),
        FormRow("- Bộ, ban, ngành, đoàn thể Trung ương", "02", "Bộ, ngành", None),
        FormRow("- Tỉnh, thành phố trực thuộc Trung ương", "03", "Tỉnh, TP", None),
    )
    spec = FormSpec(
        sheet="0602",
        number="0602.N/BNV-TĐKT",
        title="SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
        columns=columns,
        rows=_all_rows(6, 15, proposers),
        notes=(
            "Phần mềm không ghi cơ quan trình khen thưởng, nên mục 1 để trống.",
            "Phần mềm không có giải thưởng Hồ Chí Minh, giải thưởng Nhà nước và danh hiệu "
            "vinh dự nhà nước.",
            NO_KIND,
            NO_LEVEL,
            NO_METHOD,
        ),
    )
    return fill(spec, statistics.facts)


def form_0603(statistics: Statistics) -> FilledForm:
    """Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh."""
    columns = (
        FormColumn("Bằng khen", "", "2", frozenset({"BK_TINH", "BK_BO"})),
        FormColumn(
            "Chiến sĩ thi đua cấp bộ, cấp tỉnh", "", "3", frozenset({"CSTD_TINH", "CSTD_BO"})
        ),
        FormColumn(
            "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc "
            "Trung ương",
            "",
            "4",
            frozenset({"CTD_TINH", "CTD_BO"}),
            UNIT,
        ),
        FormColumn(
            "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành "
            "phố trực thuộc Trung ương",
            "",
            "5",
            frozenset({"KNC_CT"}),
            PERSON,
        ),
    )
    spec = FormSpec(
        sheet="0603",
        number="0603.N/BNV-TĐKT",
        title=(
            "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ "
            "TRỰC THUỘC TRUNG ƯƠNG"
        ),
        columns=columns,
        rows=_all_rows(2, 11, ()),
        notes=(NO_KIND, NO_LEVEL, NO_METHOD),
    )
    extra = uncovered_note(statistics, ("tinh", "bo"), MINISTRY_PROVINCE)
    return fill(spec, statistics.facts, extra)


def all_forms(statistics: Statistics) -> tuple[FilledForm, ...]:
    return form_0602(statistics), form_0603(statistics)
