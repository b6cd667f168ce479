"""What the batch's documents print, assembled by the service (tdkt.nominations.papers) and
rendered by tdkt.printing without a query: the nomination list, the proposal letter, the
director's decision, the achievement reports and the certificates."""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.agency.types import AgencySettings
from tdkt.nominations.ordering import Group


@dataclass(frozen=True)
class Signatory:
    """ "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name; `authority` is "" when the head signs."""

    authority: str
    title: str
    name: str


@dataclass(frozen=True)
class NominationListPaper:
    agency: AgencySettings
    subject_lines: tuple[str, ...]  # "Tập thể, cá nhân đề nghị tặng ... năm 2025"
    note: str  # "(Kèm theo Tờ trình số ... ngày ... của ...)"
    groups: tuple[Group, ...]
    show_votes: bool  # the "Tỷ lệ phiếu" column
    title: str  # the PDF's title

    @property
    def units(self) -> int:
        return sum(len(g.units) for g in self.groups)

    @property
    def people(self) -> int:
        return sum(len(g.people) for g in self.groups)


@dataclass(frozen=True)
class LetterPaper:
    """One tờ trình (one per type of award)."""

    agency: AgencySettings  # the issuing body: the council when the director decides
    number: str  # "Số: 12/TTr-SCT"
    place_date: str
    subject: str  # "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh"
    recipient: str  # Kính gửi
    grounds: tuple[str, ...]  # without "Căn cứ" and the closing ";"
    sender: str  # "Sở Công Thương" as the sentence names it
    request: str  # "xem xét, tặng Bằng khen của Chủ tịch UBND tỉnh"
    occasion: str  # "xuất sắc trong thực hiện nhiệm vụ năm 2025"
    units: int
    people: int
    closing: str  # "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./."
    signer: Signatory
    recipients: tuple[str, ...]
    title: str


@dataclass(frozen=True)
class DecisionPaper:
    """The director's decision, with its list attached."""

    agency: AgencySettings
    number: str
    place_date: str
    subject: str  # "Về việc tặng Giấy khen ..."
    authority_line: str  # "GIÁM ĐỐC SỞ CÔNG THƯƠNG"
    grounds: tuple[str, ...]
    proposer: str  # "Theo đề nghị của ..."
    articles: tuple[str, ...]  # Điều 1, Điều 2, Điều 3 (texts after "Điều n. ")
    signer: Signatory
    recipients: tuple[str, ...]
    attached: NominationListPaper
    title: str


@dataclass(frozen=True)
class HistoryRow:
    year: int
    text: str
    reference: str  # the decision, or the initiative's recognition


@dataclass(frozen=True)
class ReportPaper:
    """A draft báo cáo thành tích (NĐ 98/2023 Mẫu 02 for a collective; the recalled Mẫu 03
    for an individual), pre-filled from the records, to finish in Word."""

    agency: AgencySettings
    is_person: bool
    title_name: str
    request: str  # "đề nghị tặng Bằng khen ..." / "đề nghị công nhận danh hiệu ..."
    year: int
    place_date: str
    subject_name: str
    gender: str
    birth_year: int | None
    position: str
    unit_name: str
    summary: str
    ratings: tuple[HistoryRow, ...]
    initiatives: tuple[HistoryRow, ...]
    awards: tuple[HistoryRow, ...]
    members: int | None  # a collective's staff
    member_titles: str  # "28/35 cá nhân đạt LĐTT năm 2025"


@dataclass(frozen=True)
class CertificateEntry:
    recipient: str  # "Ông Nguyễn Văn An" / "Phòng Quản lý Công nghiệp"
    detail: str  # position and unit, or "thuộc ..."
    content: str  # "Đã có thành tích ..."
    decision: str  # "Quyết định số 25/QĐ-SCT ngày 20/12/2025"
    register_no: str  # "Số: 12/GK" when known


@dataclass(frozen=True)
class CertificatePaper:
    entries: tuple[CertificateEntry, ...]
    issuer_line: str  # "GIÁM ĐỐC SỞ CÔNG THƯƠNG"
    place_date: str
    signer: Signatory
    layout: str  # the blank's layout name (resources/certificates/<name>.toml)
    offset_mm: tuple[float, float]  # the printer's shift (right, down)
