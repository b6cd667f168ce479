"""The generated world as rows for bulk inserts, every column set (no Python defaults run)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tdkt.demo.specs import AwardSpec, History, PersonSpec, UnitSpec
from tdkt.initiatives.service import initiative_search_text
from tdkt.people.service import person_search_text
from tdkt.text import name_sort_key
from tdkt.units.service import unit_search_text

Row = dict[str, Any]
FORM_TEXT_FIELDS = (
    "field",
    "investor",
    "conditions",
    "benefits",
    "applier_benefits",
    "recognized_by",
    "rejection_reason",
)


class RowMaker:
    """Turns specs into rows; `offsets` shift the generated ids past any existing rows."""

    def __init__(self, offsets: dict[str, int], titles: dict[str, tuple[int, str]]) -> None:
        self._off = offsets
        self._titles = titles  # code → (id, issuer)

    def _id(self, table: str, local: int | None) -> int | None:
        return None if local is None else local + self._off[table]

    def units(self, units: list[UnitSpec]) -> list[Row]:
        return [
            {
                "id": self._id("unit", u.id),
                "code": u.code,
                "name": u.name,
                "parent_id": self._id("unit", u.parent_id),
                "sort_order": u.sort_order,
                "active": True,
                "search_text": unit_search_text(u.code, u.name),
                "version": 1,
            }
            for u in units
        ]

    def people(self, people: list[PersonSpec]) -> list[Row]:
        return [
            {
                "id": self._id("person", p.id),
                "code": p.code,
                "full_name": p.full_name,
                "gender": p.gender,
                "birth_date": p.birth_date,
                "birth_year": p.birth_year,
                "unit_id": self._id("unit", p.unit_id),
                "position": p.position,
                "is_leader": p.is_leader,
                "recruited_on": p.recruited_on,
                "sector_started_on": p.sector_started_on,
                "toxic_work": p.toxic_work,
                "cccd": p.cccd,
                "left_on": p.left_on,
                "note": p.note,
                "name_key": name_sort_key(p.full_name),
                "search_text": person_search_text(p.code, p.full_name, p.cccd),
                "version": 1,
            }
            for p in people
        ]

    def ratings(self, history: History) -> list[Row]:
        rows: list[Row] = []
        for column, table, grades in (
            ("person_id", "person", history.ratings),
            ("unit_id", "unit", history.unit_ratings),
        ):
            other = "unit_id" if column == "person_id" else "person_id"
            for subject, by_year in grades.items():
                rows.extend(
                    {
                        column: self._id(table, subject),
                        other: None,
                        "year": year,
                        "grade": grade,
                        "version": 1,
                    }
                    for year, grade in by_year.items()
                )
        for number, row in enumerate(rows, start=1):
            row["id"] = number + self._off["rating"]
        return rows

    def discipline(self, history: History) -> list[Row]:
        return [
            {
                "id": self._id("discipline", d.id),
                "person_id": self._id("person", d.person_id),
                "form": d.form,
                "effective_on": d.effective_on,
                "ends_on": d.ends_on,
                "decision_no": d.decision_no,
                "reason": d.reason,
                "version": 1,
            }
            for d in history.discipline
        ]

    def initiatives(self, history: History) -> tuple[list[Row], list[Row]]:
        initiatives, authors = [], []
        for i in history.initiatives:
            initiatives.append(
                {
                    "id": self._id("initiative", i.id),
                    "code": i.code,
                    "title": i.title,
                    "first_applied_on": i.first_applied_on,
                    "recognized_year": i.year,
                    "scope": i.scope,
                    "decision_no": i.decision_no,
                    "decision_date": i.decision_date,
                    "status": "cong_nhan",
                    "description": "",
                    "search_text": initiative_search_text(i.code, i.title),
                    "version": 1,
                    # The registration form's fields: these came in before the application.
                    "registration_year": None,
                    "registered_on": None,
                    **dict.fromkeys(FORM_TEXT_FIELDS, ""),
                }
            )
            for position, (person_id, share) in enumerate(i.authors):
                authors.append(
                    {
                        "id": len(authors) + 1 + self._off["initiative_author"],
                        "initiative_id": self._id("initiative", i.id),
                        "person_id": self._id("person", person_id),
                        "share": Decimal(share),
                        "position": position,
                        "position_snapshot": "",
                        "workplace_snapshot": "",
                        "qualification": "",
                    }
                )
        return initiatives, authors

    def awards(self, awards: list[AwardSpec]) -> tuple[list[Row], list[Row]]:
        rows, links = [], []
        for number, a in enumerate(awards, start=1):
            award_id = number + self._off["award"]
            title_id, issuer = self._titles[a.code]
            rows.append(
                {
                    "id": award_id,
                    "person_id": self._id("person", a.person_id),
                    "unit_id": self._id("unit", a.unit_id),
                    "title_id": title_id,
                    "year": a.year,
                    "decision_no": a.decision_no,
                    "decision_date": a.decision_date,
                    "issuer": issuer,
                    "kind": a.kind,
                    "content": a.content,
                    "basis": a.basis,
                    "revoked_on": None,
                    "revoke_reason": "",
                    "bonus_coefficient": None
                    if a.bonus_coefficient is None
                    else Decimal(a.bonus_coefficient),
                    "base_salary": None if a.base_salary is None else Decimal(a.base_salary),
                    "version": 1,
                }
            )
            links.extend(
                {
                    "id": len(links) + 1 + self._off["award_initiative"],
                    "award_id": award_id,
                    "initiative_id": self._id("initiative", initiative_id),
                }
                for initiative_id in a.initiative_ids
            )
        return rows, links
