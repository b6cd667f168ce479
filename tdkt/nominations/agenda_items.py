"""Nomination lines as agenda items of the Emulation Council (Hội đồng Thi đua – Khen
thưởng): the council votes line by line, the nominee (or a member of the nominated unit)
does not vote on their own line, and each line's result flows back to its batch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.catalog.records import TitleRecord
from tdkt.councils.agenda import AgendaSubject, Concern, register
from tdkt.councils.records import AgendaItemRecord, MeetingRecord
from tdkt.councils.types import AgendaCandidate
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.types import DRAFT

LINE_ITEM = "nomination_line"
CHUNK = 900  # SQLite's limit on bound parameters


@dataclass(frozen=True)
class VoteResult:
    result: str  # "dat" | "khong_dat"
    agree: int | None
    base: int | None
    held_on: date
    meeting_id: int


def vote_results(session: Session, line_ids: Sequence[int]) -> dict[int, VoteResult]:
    """The latest council result of each line that was voted on."""
    found: dict[int, VoteResult] = {}
    statement = (
        select(
            AgendaItemRecord.ref_id,
            AgendaItemRecord.result,
            AgendaItemRecord.agree,
            AgendaItemRecord.base_count,
            MeetingRecord.held_on,
            MeetingRecord.id,
        )
        .join(MeetingRecord, MeetingRecord.id == AgendaItemRecord.meeting_id)
        .where(AgendaItemRecord.kind == LINE_ITEM, AgendaItemRecord.result.is_not(None))
        .order_by(MeetingRecord.held_on, AgendaItemRecord.id)
    )
    ids = list(line_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for ref_id, result, agree, base, held_on, meeting_id in session.execute(
            statement.where(AgendaItemRecord.ref_id.in_(chunk))
        ):
            found[ref_id] = VoteResult(result, agree, base, held_on, meeting_id)
    return found


class NominationLineItems:
    key = LINE_ITEM
    label = "Đề nghị khen thưởng"
    council_kinds = ("thi_dua_khen_thuong",)

    def describe(self, session: Session, ref_id: int) -> AgendaSubject | None:
        line = session.get(NominationLineRecord, ref_id)
        if line is None:
            return None
        title = session.get(TitleRecord, line.title_id)
        assert title is not None
        where = ", ".join(part for part in (line.position, line.unit_name) if part)
        return AgendaSubject(
            title=f"Đề nghị {title.name} năm {line.year}: {line.subject_name}",
            description=where,
            threshold_key=title.code,
            year=line.year,
        )

    def concerns(self, session: Session, ref_ids: list[int]) -> dict[int, Concern]:
        found = {}
        statement = select(
            NominationLineRecord.id, NominationLineRecord.person_id, NominationLineRecord.unit_id
        )
        for start in range(0, len(ref_ids), CHUNK):
            chunk = ref_ids[start : start + CHUNK]
            for line_id, person_id, unit_id in session.execute(
                statement.where(NominationLineRecord.id.in_(chunk))
            ):
                found[line_id] = Concern(
                    frozenset({person_id} if person_id is not None else ()),
                    frozenset({unit_id} if unit_id is not None else ()),
                    "người được đề nghị khen thưởng",
                )
        return found

    def candidates(self, session: Session, year: int | None) -> list[AgendaCandidate]:
        """Lines of draft batches (the council meets before the batch is sent)."""
        statement = (
            select(
                NominationLineRecord.id,
                NominationBatchRecord.name,
                NominationLineRecord.subject_name,
                TitleRecord.short_name,
                TitleRecord.name,
            )
            .join(NominationBatchRecord, NominationBatchRecord.id == NominationLineRecord.batch_id)
            .join(TitleRecord, TitleRecord.id == NominationLineRecord.title_id)
            .where(NominationBatchRecord.status == DRAFT)
            .order_by(NominationBatchRecord.name, NominationLineRecord.sort_position)
        )
        return [
            AgendaCandidate(self.key, line_id, f"{batch} – {name} – {short or title}")
            for line_id, batch, name, short, title in session.execute(statement)
        ]

    def on_added(self, session: Session, ref_id: int) -> None:
        pass  # the batch moves on when the secretary records the meeting's results


register(NominationLineItems())
