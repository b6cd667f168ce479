"""Database rows of the demo's nominations: batches, lines (with their snapshots, votes and
the awards they produced), the workflow history, and the Emulation Council's meeting that
voted the lines, with ids after whatever the tables already hold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tdkt.demo.councils import EMULATION
from tdkt.demo.meetings import PLACE
from tdkt.demo.nominations import BatchSpec, CouncilVote, NominationDemo, VoteSpec
from tdkt.demo.specs import PersonSpec, UnitSpec

Row = dict[str, Any]
TABLES = ("nomination_batch", "nomination_line", "nomination_status")
ACTOR = "thu.ky"
NOMINEE_REASON = "Thành viên là người được đề nghị khen thưởng."
UNIT_REASON = "Đơn vị của thành viên là đối tượng được xét."


class NominationRows:
    def __init__(
        self,
        offsets: dict[str, int],
        title_ids: dict[str, tuple[int, str, str]],  # code → (id, name, issuer)
        people: list[PersonSpec],
        units: list[UnitSpec],
        ids: Callable[[str, int | None], int | None],  # table, local id → database id
        cycle: dict[str, list[Row]],  # the cycle's rows: meetings go after them
    ) -> None:
        self._off = offsets
        self._titles = title_ids
        self._people = {p.id: p for p in people}
        self._units = {u.id: u for u in units}
        self._order = {u.id: u.sort_order for u in units}
        self._id = ids
        self._cycle = cycle
        self.tables: dict[str, list[Row]] = {name: [] for name in TABLES}
        self._line_ids: dict[tuple[int, int], int] = {}

    def _next(self, table: str) -> int:
        rows = self.tables[table] if table in self.tables else self._cycle[table]
        return max((r["id"] for r in rows), default=self._off[table]) + 1

    def build(self, demo: NominationDemo) -> dict[str, list[Row]]:
        for batch in demo.batches:
            self._batch(batch)
        if demo.meeting is not None:
            self._meeting(
                demo.meeting, next(b for b in demo.batches if b.id == demo.meeting.batch_id)
            )
        return self.tables

    def _batch(self, spec: BatchSpec) -> None:
        batch_id = self._off["nomination_batch"] + spec.id
        self.tables["nomination_batch"].append(
            {
                "id": batch_id,
                "name": spec.name,
                "title_id": self._titles[spec.title_code][0] if spec.title_code else None,
                "year": spec.year,
                "status": spec.status,
                "created_at": spec.created_at,
                "level": spec.level,
                "award_kind": spec.award_kind,
                "movement_id": None,
                "occasion": spec.occasion,
                "recipient": "",
                "letter_no": spec.letter_no,
                "letter_date": spec.letter_date,
                "signer_name": "",
                "signer_deputy": False,
                "decision_no": spec.decision_no,
                "decision_date": spec.decision_date,
                "decision_signer": spec.decision_signer,
                "decision_issuer": spec.level if spec.decision_no else "",
                "custom_order": False,
                "note": "",
                "version": 1,
            }
        )
        for position, line in enumerate(self._ordered(spec), start=1):
            line_id = self._next("nomination_line")
            self._line_ids[(spec.id, spec.lines.index(line))] = line_id
            self.tables["nomination_line"].append(
                {"id": line_id, "batch_id": batch_id, "sort_position": position, **self._line(line)}
            )
        for step in spec.steps:
            self.tables["nomination_status"].append(
                {
                    "id": self._next("nomination_status"),
                    "batch_id": batch_id,
                    "changed_at": step.at,
                    "actor": ACTOR,
                    "from_status": step.before,
                    "to_status": step.after,
                    "reason": step.reason,
                    "detail": step.detail,
                }
            )

    def _ordered(self, spec: BatchSpec) -> list:  # type: ignore[type-arg]
        """Collectives first, then by unit, leaders first (names are sorted when printed)."""

        def key(line) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
            if line.unit_id is not None:
                return (0, self._order.get(line.unit_id, 0), 0)
            person = self._people[line.person_id]
            return (1, self._order.get(person.unit_id, 0), 0 if person.is_leader else 1)

        return sorted(spec.lines, key=key)

    def _line(self, line) -> Row:  # type: ignore[no-untyped-def]
        if line.person_id is not None:
            person = self._people[line.person_id]
            unit = self._units[person.unit_id]
            snapshot = {
                "subject_kind": "ca_nhan",
                "subject_code": person.code,
                "subject_name": person.full_name,
                "birth_year": person.birth_year,
                "gender": person.gender,
                "position": person.position,
                "unit_name": unit.name,
                "home_unit_id": self._id("unit", unit.id),
                "is_leader": person.is_leader,
            }
        else:
            unit = self._units[line.unit_id]
            parent = self._units.get(unit.parent_id) if unit.parent_id else None
            snapshot = {
                "subject_kind": "tap_the",
                "subject_code": unit.code,
                "subject_name": unit.name,
                "birth_year": None,
                "gender": "",
                "position": "",
                "unit_name": parent.name if parent else "",
                "home_unit_id": self._id("unit", unit.id),
                "is_leader": False,
            }
        return {
            "person_id": self._id("person", line.person_id),
            "unit_id": self._id("unit", line.unit_id),
            "title_id": self._titles[line.code][0],
            "year": line.year,
            "summary": line.summary,
            "basis": line.basis,
            "certificate_text": line.certificate_text,
            "note": "",
            "vote_result": "",
            "vote_agree": None,
            "vote_base": None,
            "outcome": line.outcome,
            "award_id": None
            if line.award_index is None
            else self._off["award"] + line.award_index + 1,
            "version": 1,
            **snapshot,
        }

    def _meeting(self, vote: CouncilVote, batch: BatchSpec) -> None:
        meeting_id = self._next("meeting")
        member = lambda own: self._off["council_member"] + own  # noqa: E731
        self._cycle["meeting"].append(
            {
                "id": meeting_id,
                "council_id": self._off["council"] + EMULATION,
                "held_on": vote.held_on,
                "start_time": "14:00",
                "end_time": "16:30",
                "place": PLACE,
                "purpose": f"Xét, đề nghị khen thưởng năm {vote.held_on.year}",
                "chair_member_id": member(vote.chair_id),
                "secretary_member_id": member(vote.secretary_id),
                "minutes_no": "",
                "conclusion": "Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh khen thưởng các "
                "tập thể, cá nhân có tên trong danh sách.",
                "version": 1,
            }
        )
        for own, present, note in vote.attendance:
            self._cycle["meeting_attendance"].append(
                {
                    "id": self._next("meeting_attendance"),
                    "meeting_id": meeting_id,
                    "member_id": member(own),
                    "present": present,
                    "note": note,
                }
            )
        for position, item in enumerate(vote.votes, start=1):
            self._item(meeting_id, position, item, batch)

    def _item(self, meeting_id: int, position: int, item: VoteSpec, batch: BatchSpec) -> None:
        """One line on the agenda, with its tally; the result is copied onto the line as the
        "đã họp Hội đồng" step does."""
        member = lambda own: self._off["council_member"] + own  # noqa: E731
        line_id = self._line_ids[(batch.id, item.line)]
        line = next(r for r in self.tables["nomination_line"] if r["id"] == line_id)
        result = "dat" if item.tally[0] >= item.required else "khong_dat"
        line.update(vote_result=result, vote_agree=item.tally[0], vote_base=item.base)
        item_id = self._next("agenda_item")
        title = self._titles[batch.lines[item.line].code][1]
        self._cycle["agenda_item"].append(
            {
                "id": item_id,
                "meeting_id": meeting_id,
                "position": position,
                "kind": "nomination_line",
                "ref_id": line_id,
                "title": f"Đề nghị {title} năm {line['year']}: {line['subject_name']}",
                "description": ", ".join(p for p in (line["position"], line["unit_name"]) if p),
                "threshold_key": batch.lines[item.line].code,
                "year": line["year"],
                "tally_mode": "paper",
                "agree": item.tally[0],
                "disagree": item.tally[1],
                "abstain": item.tally[2],
                "invalid": item.tally[3],
                "result": result,
                "threshold_text": item.threshold_text,
                "required_votes": item.required,
                "base_count": item.base,
            }
        )
        reason = NOMINEE_REASON if line["subject_kind"] == "ca_nhan" else UNIT_REASON
        for own in item.recused:
            self._cycle["recusal"].append(
                {
                    "id": self._next("recusal"),
                    "item_id": item_id,
                    "member_id": member(own),
                    "decision": "xac_nhan",
                    "reason": reason,
                }
            )
