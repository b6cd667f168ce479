"""Council DTOs: drafts the forms fill (dates as typed), rows and details for lists, the
voting settings, and the paper a meeting's documents are printed from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.agency.types import AgencySettings
from tdkt.councils.voting import Quorum, Tally

COUNCIL_KIND_LABELS = {
    "thi_dua_khen_thuong": "Hội đồng Thi đua – Khen thưởng",
    "sang_kien": "Hội đồng Sáng kiến",
}
ROLE_LABELS = {
    "chu_tich": "Chủ tịch",
    "pho_chu_tich": "Phó Chủ tịch",
    "uy_vien_thuong_truc": "Ủy viên thường trực",
    "uy_vien": "Ủy viên",
    "thu_ky": "Thư ký",
}
ROLE_ORDER = {role: order for order, role in enumerate(ROLE_LABELS)}
DECISION_KIND_LABELS = {"thanh_lap": "Thành lập", "kien_toan": "Kiện toàn"}
CHOICE_LABELS = {
    "dong_y": "Đồng ý",
    "khong_dong_y": "Không đồng ý",
    "khong_bieu_quyet": "Không biểu quyết",
    "khong_hop_le": "Phiếu không hợp lệ",
}
RESULT_LABELS = {"dat": "Đạt", "khong_dat": "Không đạt"}
RECUSAL_STATES = {
    "proposed": "Đề xuất không biểu quyết",
    "confirmed": "Không biểu quyết",
    "dismissed": "Vẫn biểu quyết",
}


@dataclass(frozen=True)
class VotingRule:
    council_kind: str
    title_code: str  # a catalogue code, "SANG_KIEN" for initiatives, or "*" for any
    from_year: int | None
    to_year: int | None
    ratio: str  # "2/3", "90%"
    base: str  # "present" | "all"
    strict: bool  # True: more than the ratio ("trên"); False: at least ("từ … trở lên")
    source: str = ""


@dataclass(frozen=True)
class VotingSettings:
    quorum: str
    quorum_source: str
    rules: tuple[VotingRule, ...]


@dataclass(frozen=True)
class CouncilDraft:
    kind: str
    name: str
    note: str = ""


@dataclass(frozen=True)
class DecisionDraft:
    """Thành lập or kiện toàn; the new members take office on `effective_on` (default: the
    signing date) and, for a kiện toàn, every current term ends the day before."""

    kind: str
    number: str
    signed_on: str
    effective_on: str = ""
    signer: str = ""


@dataclass(frozen=True)
class DecisionRow:
    id: int
    council_id: int
    kind: str
    number: str
    signed_on: date
    effective_on: date
    signer: str

    @property
    def label(self) -> str:
        return f"{DECISION_KIND_LABELS[self.kind]}: {self.number} ngày {self.signed_on:%d/%m/%Y}"


@dataclass(frozen=True)
class MemberDraft:
    """A person of the department (`person_id`) or an outside member (`outside_name`)."""

    role: str
    person_id: int | None = None
    outside_name: str = ""
    position: str = ""  # empty: the person's position and unit
    votes: bool = True
    from_date: str = ""  # empty: the decision's effective date
    to_date: str = ""


@dataclass(frozen=True)
class MemberRow:
    id: int
    council_id: int
    person_id: int | None
    person_code: str
    name: str
    position: str
    role: str
    votes: bool
    from_date: date
    to_date: date | None
    decision_id: int | None
    decision_number: str
    unit_id: int | None  # the person's unit today (recusal: "the member's own unit")
    sort_order: int
    gender: str = ""  # "nam" | "nu" for people of the department; unknown for outsiders

    @property
    def addressed(self) -> str:
        """ "Ông Nguyễn Văn An" / "Bà Trần Thị Bình", as running text names people."""
        title = {"nam": "Ông", "nu": "Bà"}.get(self.gender)
        return f"{title} {self.name}" if title else self.name

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    @property
    def outside(self) -> bool:
        return self.person_id is None

    def serves_on(self, day: date) -> bool:
        return self.from_date <= day and (self.to_date is None or day <= self.to_date)


@dataclass(frozen=True)
class CouncilRow:
    id: int
    kind: str
    name: str
    note: str
    decisions: tuple[DecisionRow, ...]
    version: int

    @property
    def kind_label(self) -> str:
        return COUNCIL_KIND_LABELS[self.kind]


@dataclass(frozen=True)
class MeetingDraft:
    council_id: int
    held_on: str
    place: str = ""
    purpose: str = ""
    start_time: str = ""  # "08:00"
    end_time: str = ""
    chair_member_id: int | None = None
    secretary_member_id: int | None = None
    minutes_no: str = ""
    conclusion: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: int
    council_id: int
    held_on: date
    start_time: str
    end_time: str
    place: str
    purpose: str
    chair_member_id: int | None
    secretary_member_id: int | None
    minutes_no: str
    conclusion: str
    item_count: int
    decided_count: int
    version: int


@dataclass(frozen=True)
class AttendanceRow:
    member: MemberRow
    present: bool
    note: str


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    meeting_id: int
    position: int
    kind: str
    ref_id: int | None
    title: str
    description: str
    threshold_key: str
    year: int | None
    tally_mode: str
    tally: Tally | None
    result: str | None
    threshold_text: str
    required_votes: int | None
    base_count: int | None
    current_threshold: str  # what the settings say today (before a result is recorded)

    @property
    def result_label(self) -> str:
        return RESULT_LABELS.get(self.result or "", "")


@dataclass(frozen=True)
class RecusalRow:
    item_id: int
    member_id: int
    member_name: str
    reason: str
    state: str  # proposed | confirmed | dismissed
    automatic: bool

    @property
    def state_label(self) -> str:
        return RECUSAL_STATES[self.state]


@dataclass(frozen=True)
class BallotRow:
    item_id: int
    member_id: int
    choice: str


@dataclass(frozen=True)
class MeetingDetails:
    meeting: MeetingRow
    council: CouncilRow
    attendance: tuple[AttendanceRow, ...]
    quorum: Quorum
    items: tuple[AgendaItemRow, ...]
    recusals: tuple[RecusalRow, ...]
    ballots: tuple[BallotRow, ...]

    def member(self, member_id: int | None) -> MemberRow | None:
        return next((a.member for a in self.attendance if a.member.id == member_id), None)

    def recused(self, item_id: int) -> set[int]:
        return {
            r.member_id for r in self.recusals if r.item_id == item_id and r.state == "confirmed"
        }


@dataclass(frozen=True)
class AgendaCandidate:
    """Something that can be put on a meeting's agenda (an initiative under review)."""

    kind: str
    ref_id: int
    label: str


@dataclass(frozen=True)
class MeetingPaper:
    """Everything a meeting's documents print, assembled by the service."""

    agency: AgencySettings
    details: MeetingDetails
    chair: MemberRow | None
    secretary: MemberRow | None
