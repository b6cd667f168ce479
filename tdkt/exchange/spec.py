"""The sheets and columns of the exchange workbook (EXCHANGE.md §1), as data.

Reading, validation, export and the blank template all work from these specs, so a column
is declared once. Columns after the contract's own are optional extensions (EXCHANGE.md
allows new optional columns): they carry what an export must hold for a round trip.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tdkt.exchange.choices import AWARD_KINDS, DISCIPLINE_FORMS, GENDERS, GRADES, SCOPES, Choices
from tdkt.text import fold


class Kind(Enum):
    TEXT = "text"  # one line, whitespace collapsed
    MEMO = "memo"  # may hold line breaks
    CODE = "code"  # no spaces
    INT = "int"
    YEAR = "year"
    DATE = "date"
    BIRTH = "birth"  # a date, or a year only
    FLAG = "flag"
    CHOICE = "choice"
    DECIMAL = "decimal"
    ID_NUMBER = "id_number"  # digits kept as text (CCCD), leading zeros restored


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as EXCHANGE.md writes it, without the `*`
    kind: Kind = Kind.TEXT
    required: bool = False
    max_length: int = 0
    choices: Choices | None = None
    width: int = 16  # characters, for the export and the template
    hint: str = ""  # one line for the instructions sheet

    @property
    def title(self) -> str:
        """The header cell as the export writes it: required columns end in `*`."""
        return self.header + ("*" if self.required else "")


@dataclass(frozen=True)
class SheetSpec:
    name: str
    description: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def by_header(self) -> dict[str, Column]:
        return {header_key(c.header): c for c in self.columns}


def header_key(text: object) -> str:
    """Headers compare without case, diacritics, spaces or the required mark."""
    return fold(str(text)).replace("*", "").replace(" ", "")


SUBJECT_HINT = "mã cá nhân hoặc mã đơn vị"
TITLE_HINT = "mã danh hiệu/hình thức (xem trang DanhMuc) hoặc tên đầy đủ"

AGENCY = SheetSpec(
    "CoQuan",
    "Thông tin cơ quan in ở đầu văn bản",
    (
        Column("label", "Thông tin", required=True, max_length=60, width=24),
        Column("value", "Giá trị", required=True, max_length=200, width=40),
    ),
)
UNITS = SheetSpec(
    "DonVi",
    "Đơn vị, tập thể",
    (
        Column("code", "Mã đơn vị", Kind.CODE, True, 40, width=14),
        Column("name", "Tên đơn vị", Kind.TEXT, True, 250, width=44),
        Column("parent", "Mã đơn vị cấp trên", Kind.CODE, max_length=40, width=18),
        Column("sort_order", "Thứ tự", Kind.INT, width=8, hint="số nguyên, thứ tự in"),
    ),
)
PEOPLE = SheetSpec(
    "CaNhan",
    "Cá nhân",
    (
        Column("code", "Mã cá nhân", Kind.CODE, True, 40, width=12),
        Column("full_name", "Họ và tên", Kind.TEXT, True, 120, width=26),
        Column("gender", "Giới tính", Kind.CHOICE, True, choices=GENDERS, width=10),
        Column("birth", "Ngày sinh", Kind.BIRTH, width=12, hint="dd/mm/yyyy hoặc chỉ năm"),
        Column("unit", "Mã đơn vị", Kind.CODE, True, 40, width=12),
        Column("position", "Chức vụ", Kind.TEXT, max_length=120, width=22),
        Column("is_leader", "Lãnh đạo", Kind.FLAG, width=9, hint="x nếu giữ chức vụ lãnh đạo"),
        Column("recruited_on", "Ngày tuyển dụng", Kind.DATE, width=14),
        Column("sector_started_on", "Ngày vào ngành", Kind.DATE, width=14),
        Column("toxic_work", "Độc hại", Kind.FLAG, width=8, hint="x nếu làm nghề độc hại"),
        Column("cccd", "Số CCCD", Kind.ID_NUMBER, max_length=12, width=15),
        Column("left_on", "Ngày thôi công tác", Kind.DATE, width=14),
        Column("note", "Ghi chú", Kind.MEMO, max_length=2000, width=24),
    ),
)
RATINGS = SheetSpec(
    "DanhGia",
    "Xếp loại hằng năm",
    (
        Column("subject", "Mã đối tượng", Kind.CODE, True, 40, width=14, hint=SUBJECT_HINT),
        Column("year", "Năm", Kind.YEAR, True, width=8),
        Column("grade", "Xếp loại", Kind.CHOICE, True, choices=GRADES, width=12),
    ),
)
DISCIPLINE = SheetSpec(
    "KyLuat",
    "Kỷ luật",
    (
        Column("person", "Mã cá nhân", Kind.CODE, True, 40, width=12),
        Column("form", "Hình thức", Kind.CHOICE, True, choices=DISCIPLINE_FORMS, width=16),
        Column("effective_on", "Ngày hiệu lực", Kind.DATE, True, width=14),
        Column("ends_on", "Ngày kết thúc", Kind.DATE, width=14, hint="để trống: thời hạn mặc định"),
        Column("decision_no", "Số quyết định", Kind.TEXT, max_length=60, width=18),
        Column("reason", "Lý do", Kind.MEMO, max_length=2000, width=30),
    ),
)
INITIATIVES = SheetSpec(
    "SangKien",
    "Sáng kiến",
    (
        Column("code", "Mã sáng kiến", Kind.CODE, True, 40, width=12),
        Column("title", "Tên sáng kiến", Kind.TEXT, True, 500, width=44),
        Column(
            "authors",
            "Tác giả",
            Kind.TEXT,
            True,
            1000,
            width=22,
            hint="CN01:70; CN02:30 (phần trăm)",
        ),
        Column("first_applied_on", "Ngày áp dụng lần đầu", Kind.DATE, width=14),
        Column("recognized_year", "Năm công nhận", Kind.YEAR, True, width=10),
        Column("scope", "Phạm vi", Kind.CHOICE, True, choices=SCOPES, width=12),
        Column("decision_no", "Số quyết định", Kind.TEXT, max_length=60, width=18),
        Column("decision_date", "Ngày quyết định", Kind.DATE, width=14),
    ),
)
AWARDS = SheetSpec(
    "KhenThuong",
    "Khen thưởng đã có quyết định",
    (
        Column("subject", "Mã đối tượng", Kind.CODE, True, 40, width=14, hint=SUBJECT_HINT),
        Column("title", "Danh hiệu/Hình thức", Kind.TEXT, True, 250, width=16, hint=TITLE_HINT),
        Column("year", "Năm", Kind.YEAR, True, width=8, hint="năm của thành tích"),
        Column("decision_no", "Số quyết định", Kind.TEXT, max_length=60, width=18),
        Column("decision_date", "Ngày quyết định", Kind.DATE, width=14),
        Column("kind", "Loại khen thưởng", Kind.CHOICE, choices=AWARD_KINDS, width=14),
        Column("content", "Nội dung", Kind.MEMO, max_length=4000, width=36),
        Column("basis", "Căn cứ", Kind.TEXT, max_length=500, width=16, hint="HTXSNV; SK01"),
        Column("issuer", "Cơ quan ban hành", Kind.TEXT, max_length=120, width=20),
        Column("revoked_on", "Ngày thu hồi", Kind.DATE, width=14),
        Column("revoke_reason", "Lý do thu hồi", Kind.MEMO, max_length=2000, width=20),
        Column("bonus_coefficient", "Hệ số tiền thưởng", Kind.DECIMAL, width=10),
        Column("base_salary", "Mức lương cơ sở", Kind.DECIMAL, width=12),
    ),
)
NOMINATIONS = SheetSpec(
    "DeNghi",
    "Đề nghị khen thưởng",
    (
        Column("batch", "Đợt đề nghị", Kind.TEXT, True, 120, width=18, hint="ví dụ BK-TINH-2024"),
        Column("subject", "Mã đối tượng", Kind.CODE, True, 40, width=14, hint=SUBJECT_HINT),
        Column("title", "Danh hiệu/Hình thức", Kind.TEXT, True, 250, width=16, hint=TITLE_HINT),
        Column("year", "Năm", Kind.YEAR, True, width=8),
        Column("summary", "Tóm tắt thành tích", Kind.MEMO, max_length=4000, width=50),
    ),
)

# In the order an import writes them (references point backwards) and an export lists them.
SHEETS = (AGENCY, UNITS, PEOPLE, RATINGS, DISCIPLINE, INITIATIVES, AWARDS, NOMINATIONS)


def sheet_named(name: str) -> SheetSpec | None:
    """The spec of a sheet name as a user may spell it (`CaNhan`, `Cá nhân`, `CA NHAN`)."""
    key = header_key(name)
    return next((s for s in SHEETS if header_key(s.name) == key), None)
