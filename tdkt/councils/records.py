"""Councils, their decisions and members; meetings, attendance, agenda items, ballots and
recusals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

COUNCIL_KINDS = ("thi_dua_khen_thuong", "sang_kien")
ROLES = ("chu_tich", "pho_chu_tich", "uy_vien_thuong_truc", "uy_vien", "thu_ky")
CHOICES = ("dong_y", "khong_dong_y", "khong_bieu_quyet", "khong_hop_le")


class CouncilRecord(Audited, Versioned, Base):
    __tablename__ = "council"
    __table_args__ = (CheckConstraint("kind IN ('thi_dua_khen_thuong', 'sang_kien')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(250), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")

    def audit_label(self) -> str:
        return self.name


class CouncilDecisionRecord(Audited, Base):
    """The decision establishing (thành lập) or reconstituting (kiện toàn) a council."""

    __tablename__ = "council_decision"
    __table_args__ = (
        CheckConstraint("kind IN ('thanh_lap', 'kien_toan')", name="kind"),
        UniqueConstraint("council_id", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(
        ForeignKey("council.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    number: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[date] = mapped_column(Date)
    effective_on: Mapped[date] = mapped_column(Date)
    signer: Mapped[str] = mapped_column(String(120), default="")

    def audit_label(self) -> str:
        return self.number


class CouncilMemberRecord(Audited, Base):
    """One term of one member: a person of the department or an outside member."""

    __tablename__ = "council_member"
    __table_args__ = (
        CheckConstraint("person_id IS NOT NULL OR outside_name <> ''", name="who"),
        CheckConstraint(
            "role IN ('chu_tich', 'pho_chu_tich', 'uy_vien_thuong_truc', 'uy_vien', 'thu_ky')",
            name="role",
        ),
        CheckConstraint("to_date IS NULL OR to_date >= from_date", name="term"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(
        ForeignKey("council.id", ondelete="CASCADE"), index=True
    )
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    outside_name: Mapped[str] = mapped_column(String(120), default="")
    # The position as the decision wrote it, e.g. "Phó Giám đốc Sở" or "Chủ tịch Công đoàn".
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    votes: Mapped[bool] = mapped_column(Boolean, default=True)
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    def audit_label(self) -> str:
        return f"council {self.council_id} member {self.person_id or self.outside_name}"


class MeetingRecord(Audited, Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(
        ForeignKey("council.id", ondelete="RESTRICT"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(250), default="")
    purpose: Mapped[str] = mapped_column(String(500), default="")
    chair_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("council_member.id", ondelete="RESTRICT")
    )
    secretary_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("council_member.id", ondelete="RESTRICT")
    )
    minutes_no: Mapped[str] = mapped_column(String(60), default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")

    def audit_label(self) -> str:
        return f"{self.held_on.isoformat()} {self.purpose[:100]}"


class AttendanceRecord(Audited, Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("council_member.id", ondelete="RESTRICT"), index=True
    )
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")  # e.g. "vắng có lý do"

    def audit_label(self) -> str:
        return f"meeting {self.meeting_id} member {self.member_id}"


class AgendaItemRecord(Audited, Base):
    """One item the council votes on. `kind` + `ref_id` point at what it is about (an
    initiative today; a nomination line later); the title and description are copied when
    the item is added, and the result keeps the threshold it was judged by."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        UniqueConstraint("meeting_id", "kind", "ref_id"),
        CheckConstraint("result IS NULL OR result IN ('dat', 'khong_dat')", name="result"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30))
    ref_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    threshold_key: Mapped[str] = mapped_column(String(30), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    # The tally: entered from the paper count, or summed from per-member ballots.
    tally_mode: Mapped[str] = mapped_column(String(10), default="")  # "" | paper | member
    agree: Mapped[int | None] = mapped_column(Integer)
    disagree: Mapped[int | None] = mapped_column(Integer)
    abstain: Mapped[int | None] = mapped_column(Integer)
    invalid: Mapped[int | None] = mapped_column(Integer)
    # The result as judged when the tally was recorded.
    result: Mapped[str | None] = mapped_column(String(10))
    threshold_text: Mapped[str] = mapped_column(String(200), default="")
    required_votes: Mapped[int | None] = mapped_column(Integer)
    base_count: Mapped[int | None] = mapped_column(Integer)

    def audit_label(self) -> str:
        return self.title[:120]


class BallotRecord(Audited, Base):
    __tablename__ = "ballot"
    __table_args__ = (
        UniqueConstraint("item_id", "member_id"),
        CheckConstraint(
            "choice IN ('dong_y', 'khong_dong_y', 'khong_bieu_quyet', 'khong_hop_le')",
            name="choice",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("council_member.id", ondelete="RESTRICT"), index=True
    )
    choice: Mapped[str] = mapped_column(String(20))

    def audit_label(self) -> str:
        return f"item {self.item_id} member {self.member_id}"


class RecusalRecord(Audited, Base):
    """The secretary's decision on a member and an item: the member does not vote on it
    (confirmed) or a proposed recusal was set aside (dismissed)."""

    __tablename__ = "recusal"
    __table_args__ = (
        UniqueConstraint("item_id", "member_id"),
        CheckConstraint("decision IN ('xac_nhan', 'bo_qua')", name="decision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("council_member.id", ondelete="RESTRICT"), index=True
    )
    decision: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(300), default="")

    def audit_label(self) -> str:
        return f"item {self.item_id} member {self.member_id} {self.decision}"
