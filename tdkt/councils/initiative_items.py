"""Initiatives as agenda items of the Initiative Council: the authors do not vote on their
own initiative, and putting one on the agenda puts it under review (đang xét)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.councils.agenda import AgendaSubject, Concern, register
from tdkt.councils.thresholds import INITIATIVE_KEY
from tdkt.councils.types import AgendaCandidate
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.initiatives.repository import InitiativeRepository


class InitiativeItems:
    key = "initiative"
    label = "Sáng kiến"
    council_kinds = ("sang_kien",)

    def describe(self, session: Session, ref_id: int) -> AgendaSubject | None:
        record = session.get(InitiativeRecord, ref_id)
        if record is None:
            return None
        rows = InitiativeRepository(session).rows(ids=[ref_id])
        authors = rows[0].authors_text if rows else ""
        return AgendaSubject(
            title=f"Sáng kiến {record.code}: {record.title}",
            description=f"Tác giả: {authors}" if authors else "",
            threshold_key=INITIATIVE_KEY,
            year=record.registration_year or record.recognized_year,
        )

    def concerns(self, session: Session, ref_ids: list[int]) -> dict[int, Concern]:
        authors: dict[int, set[int]] = {ref_id: set() for ref_id in ref_ids}
        statement = select(InitiativeAuthorRecord.initiative_id, InitiativeAuthorRecord.person_id)
        for start in range(0, len(ref_ids), 900):  # SQLite's limit on bound parameters
            chunk = ref_ids[start : start + 900]
            for initiative_id, person_id in session.execute(
                statement.where(InitiativeAuthorRecord.initiative_id.in_(chunk))
            ):
                authors[initiative_id].add(person_id)
        return {
            ref_id: Concern(frozenset(people), frozenset(), "tác giả của sáng kiến")
            for ref_id, people in authors.items()
        }

    def candidates(self, session: Session, year: int | None) -> list[AgendaCandidate]:
        """Initiatives registered or under review (every year: a late one may wait)."""
        statement = (
            select(InitiativeRecord.id, InitiativeRecord.code, InitiativeRecord.title)
            .where(InitiativeRecord.status.in_(("dang_ky", "dang_xet")))
            .order_by(InitiativeRecord.code)
        )
        return [
            AgendaCandidate(self.key, initiative_id, f"{code} – {title}")
            for initiative_id, code, title in session.execute(statement)
        ]

    def on_added(self, session: Session, ref_id: int) -> None:
        record = session.get(InitiativeRecord, ref_id)
        if record is not None and record.status == "dang_ky":
            record.status = "dang_xet"


register(InitiativeItems())
