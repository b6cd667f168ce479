"""Database rows of the demo's cycle (movements, registrations, pledges, councils, meetings),
with ids after whatever the tables already hold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tdkt.demo.councils import COUNCILS
from tdkt.demo.cycle import Cycle
from tdkt.demo.meetings import AUTHOR_REASON, PLACE, MeetingSpec
from tdkt.demo.organisation import DIRECTOR_NAME
from tdkt.movements.service import movement_search_text

Row = dict[str, Any]
CYCLE_TABLES = (
    "movement",
    "movement_unit",
    "movement_title",
    "registration",
    "pledge",
    "pledge_unit",
    "pledge_target",
    "council",
    "council_decision",
    "council_member",
    "meeting",
    "meeting_attendance",
    "agenda_item",
    "ballot",
    "recusal",
)


class CycleRows:
    def __init__(
        self,
        offsets: dict[str, int],
        title_ids: dict[str, int],
        person_id: Callable[[int | None], int | None],
        unit_id: Callable[[int | None], int | None],
        initiative_id: Callable[[int], int],
        names: dict[int, str],
    ) -> None:
        self._names = names  # person spec id → full name, for the agenda's author line
        self._off = offsets
        self._titles = title_ids
        self._person, self._unit, self._initiative = person_id, unit_id, initiative_id
        self.tables: dict[str, list[Row]] = {name: [] for name in CYCLE_TABLES}

    def _add(self, table: str, own_id: int | None = None, **values: Any) -> int:
        rows = self.tables[table]
        row_id = self._off[table] + (own_id if own_id is not None else len(rows) + 1)
        rows.append({"id": row_id, **values})
        return row_id

    def _id(self, table: str, own_id: int) -> int:
        return self._off[table] + own_id

    def build(self, cycle: Cycle) -> dict[str, list[Row]]:
        self._movements(cycle)
        self._councils(cycle)
        for meeting in cycle.meetings:
            self._meeting(meeting)
        return self.tables

    def _movements(self, cycle: Cycle) -> None:
        for m in cycle.movements:
            self._add(
                "movement",
                m.id,
                name=m.name,
                kind=m.kind,
                launched_by=m.launched_by,
                starts_on=m.starts_on,
                ends_on=m.ends_on,
                registration_deadline=m.registration_deadline,
                document_no=m.document_no,
                document_date=m.document_date,
                document_signer=m.document_signer,
                attachment_path="",
                attachment_name="",
                content=m.content,
                search_text=movement_search_text(m.name, m.document_no, m.launched_by),
                version=1,
            )
            movement = self._id("movement", m.id)
            for unit in m.unit_ids:
                self._add("movement_unit", movement_id=movement, unit_id=self._unit(unit))
            for code in m.title_codes:
                self._add("movement_title", movement_id=movement, title_id=self._titles[code])
        for r in cycle.registrations:
            self._add(
                "registration",
                year=r.year,
                movement_id=self._id("movement", r.movement_id),
                person_id=self._person(r.person_id),
                unit_id=self._unit(r.unit_id),
                title_id=self._titles[r.title_code],
                registered_on=r.registered_on,
                note="",
            )
        for p in cycle.pledges:
            self._add(
                "pledge",
                p.id,
                year=p.year,
                name=p.name,
                movement_id=self._id("movement", p.movement_id),
                signed_on=p.signed_on,
                content="",
                version=1,
            )
            pledge = self._id("pledge", p.id)
            for unit in p.unit_ids:
                self._add("pledge_unit", pledge_id=pledge, unit_id=self._unit(unit))
            for position, (content, measure, target, result) in enumerate(p.targets):
                self._add(
                    "pledge_target",
                    pledge_id=pledge,
                    position=position,
                    content=content,
                    measure=measure,
                    target=target,
                    result=result,
                )

    def _councils(self, cycle: Cycle) -> None:
        if not cycle.councils.decisions:
            return
        for own_id, kind, name, _number in COUNCILS:
            self._add("council", own_id, kind=kind, name=name, note="", version=1)
        for d in cycle.councils.decisions:
            self._add(
                "council_decision",
                d.id,
                council_id=self._id("council", d.council_id),
                kind="kien_toan",
                number=d.number,
                signed_on=d.signed_on,
                effective_on=d.signed_on,
                signer=DIRECTOR_NAME,
            )
        for m in cycle.councils.members:
            self._add(
                "council_member",
                m.id,
                council_id=self._id("council", m.council_id),
                decision_id=self._id("council_decision", m.decision_id),
                person_id=self._person(m.person_id),
                outside_name=m.outside_name,
                position=m.position,
                role=m.role,
                votes=m.votes,
                from_date=m.from_date,
                to_date=m.to_date,
                sort_order=m.sort_order,
            )

    def _member(self, own: int) -> int:
        return self._id("council_member", own)

    def _authors(self, authors: tuple[tuple[int, int], ...]) -> str:
        return "Tác giả: " + ", ".join(f"{self._names[p]} ({share}%)" for p, share in authors)

    def _meeting(self, m: MeetingSpec) -> None:
        member = self._member
        self._add(
            "meeting",
            m.id,
            council_id=self._id("council", m.council_id),
            held_on=m.held_on,
            start_time="08:00",
            end_time="10:30",
            place=PLACE,
            purpose=m.purpose,
            chair_member_id=member(m.chair_id),
            secretary_member_id=member(m.secretary_id),
            minutes_no="",
            conclusion="",
            version=1,
        )
        meeting = self._id("meeting", m.id)
        for own, present, note in m.attendance:
            self._add(
                "meeting_attendance",
                meeting_id=meeting,
                member_id=member(own),
                present=present,
                note=note,
            )
        for item in m.items:
            i = item.initiative
            self._add(
                "agenda_item",
                item.id,
                meeting_id=meeting,
                position=item.position,
                kind="initiative",
                ref_id=self._initiative(i.id),
                title=f"Sáng kiến {i.code}: {i.title}",
                description=self._authors(i.authors),
                threshold_key="SANG_KIEN",
                year=i.year,
                tally_mode=item.mode,
                agree=item.tally[0],
                disagree=item.tally[1],
                abstain=item.tally[2],
                invalid=item.tally[3],
                result="dat" if item.tally[0] >= item.required else "khong_dat",
                threshold_text=item.threshold_text,
                required_votes=item.required,
                base_count=item.base,
            )
        for item_id, own in m.recusals:
            self._add(
                "recusal",
                item_id=self._id("agenda_item", item_id),
                member_id=member(own),
                decision="xac_nhan",
                reason=AUTHOR_REASON,
            )
        for item_id, own, choice in m.ballots:
            self._add(
                "ballot",
                item_id=self._id("agenda_item", item_id),
                member_id=member(own),
                choice=choice,
            )
