"""A meeting as it stands, read in one go: who sat on the council that day, who came, the
quorum, each item's eligible voters and threshold, the recusals. Used to show a meeting and
to judge a tally."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tdkt.councils import thresholds
from tdkt.councils.agenda import Concern, agenda_kind
from tdkt.councils.records import AgendaItemRecord, CouncilRecord, MeetingRecord
from tdkt.councils.recusal import CONFIRMED, merge, proposals
from tdkt.councils.repository import CouncilRepository, MeetingRepository
from tdkt.councils.types import (
    AgendaItemRow,
    AttendanceRow,
    BallotRow,
    MeetingDetails,
    MemberRow,
    RecusalRow,
    VotingSettings,
)
from tdkt.councils.voting import Quorum, Tally, Threshold, quorum


@dataclass(frozen=True)
class Eligible:
    """Who may vote on one item: voting members, less confirmed recusals."""

    all_members: int
    present: int


class MeetingState:
    def __init__(self, session: Session, meeting: MeetingRecord) -> None:
        self.session = session
        self.meeting = meeting
        council = session.get(CouncilRecord, meeting.council_id)
        assert council is not None
        self.council = council
        self.settings: VotingSettings = thresholds.load(session)
        self.members: list[MemberRow] = CouncilRepository(session).members(
            meeting.council_id, on=meeting.held_on
        )
        repository = MeetingRepository(session)
        self.attendance = {a.member_id: a for a in repository.attendance(meeting.id)}
        self.items = repository.items(meeting.id)
        item_ids = [i.id for i in self.items]
        self._recusals = repository.recusals(item_ids)
        self._ballots = repository.ballots(item_ids)
        self._concerns = _concerns(session, self.items)

    # --- who is there

    def member(self, member_id: int) -> MemberRow | None:
        return next((m for m in self.members if m.id == member_id), None)

    def voters(self) -> list[MemberRow]:
        return [m for m in self.members if m.votes]

    def is_present(self, member_id: int) -> bool:
        record = self.attendance.get(member_id)
        return record is not None and record.present

    def quorum(self) -> Quorum:
        voters = self.voters()
        present = sum(1 for m in voters if self.is_present(m.id))
        return quorum(len(voters), present, thresholds.quorum_rule(self.settings))

    # --- one item

    def recused(self, item_id: int) -> set[int]:
        return {
            r.member_id for r in self._recusals if r.item_id == item_id and r.decision == CONFIRMED
        }

    def eligible(self, item: AgendaItemRecord) -> Eligible:
        recused = self.recused(item.id)
        voters = [m for m in self.voters() if m.id not in recused]
        return Eligible(len(voters), sum(1 for m in voters if self.is_present(m.id)))

    def threshold(self, item: AgendaItemRecord) -> Threshold:
        return thresholds.threshold_for(
            self.settings, self.council.kind, item.threshold_key, item.year
        )

    def recusal_rows(self, item: AgendaItemRecord) -> list[RecusalRow]:
        concern = self._concerns.get((item.kind, item.ref_id))
        proposed = proposals(self.members, concern) if concern is not None else {}
        decided = {
            r.member_id: (r.decision, r.reason) for r in self._recusals if r.item_id == item.id
        }
        return merge(item.id, self.members, proposed, decided)

    # --- the whole

    def details(self, meeting_row, council_row) -> MeetingDetails:  # type: ignore[no-untyped-def]
        attendance = tuple(
            AttendanceRow(
                m,
                self.is_present(m.id),
                self.attendance[m.id].note if m.id in self.attendance else "",
            )
            for m in self.members
        )
        recusals: list[RecusalRow] = []
        for item in self.items:
            recusals += self.recusal_rows(item)
        return MeetingDetails(
            meeting=meeting_row,
            council=council_row,
            attendance=attendance,
            quorum=self.quorum(),
            items=tuple(self._item_row(item) for item in self.items),
            recusals=tuple(recusals),
            ballots=tuple(BallotRow(b.item_id, b.member_id, b.choice) for b in self._ballots),
        )

    def _item_row(self, item: AgendaItemRecord) -> AgendaItemRow:
        tally = None
        if item.agree is not None:
            tally = Tally(item.agree, item.disagree or 0, item.abstain or 0, item.invalid or 0)
        return AgendaItemRow(
            id=item.id,
            meeting_id=item.meeting_id,
            position=item.position,
            kind=item.kind,
            ref_id=item.ref_id,
            title=item.title,
            description=item.description,
            threshold_key=item.threshold_key,
            year=item.year,
            tally_mode=item.tally_mode,
            tally=tally,
            result=item.result,
            threshold_text=item.threshold_text,
            required_votes=item.required_votes,
            base_count=item.base_count,
            current_threshold=self.threshold(item).describe(),
        )


def _concerns(
    session: Session, items: list[AgendaItemRecord]
) -> dict[tuple[str, int | None], Concern]:
    """Whom each item concerns, asked of each kind once for all its items."""
    by_kind: dict[str, list[int]] = {}
    for item in items:
        if item.ref_id is not None:
            by_kind.setdefault(item.kind, []).append(item.ref_id)
    found: dict[tuple[str, int | None], Concern] = {}
    for key, ref_ids in by_kind.items():
        kind = agenda_kind(key)
        if kind is not None:
            found.update({(key, ref): c for ref, c in kind.concerns(session, ref_ids).items()})
    return found
