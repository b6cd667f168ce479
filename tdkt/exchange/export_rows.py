"""The rows of each sheet for an export, straight from the tables, in a stable order.

Order never depends on ids, only on data (organisation chart, name order, codes), so an
export, imported into an empty database and exported again, gives the same sheets.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.types import FIELD_LABELS
from tdkt.catalog.records import TitleRecord
from tdkt.exchange.choices import AWARD_KINDS, DISCIPLINE_FORMS, GENDERS, SCOPES
from tdkt.exchange.existing import Existing, State
from tdkt.exchange.validators.initiatives import format_authors
from tdkt.people.records import PersonRecord
from tdkt.units.repository import UnitRepository

Cells = tuple[Any, ...]


class ExportRows:
    """Builds the rows of every sheet from what `load_existing` read."""

    def __init__(self, session: Session, existing: Existing) -> None:
        self.data = existing
        tree = UnitRepository(session).tree_rows()
        self.unit_codes = [row.code for row in tree]
        self.order = {code: index for index, code in enumerate(self.unit_codes)}
        people = session.execute(
            select(PersonRecord.code, PersonRecord.name_key, PersonRecord.unit_id)
        ).all()
        unit_code_of = {row.id: row.code for row in tree}
        people.sort(key=lambda p: (self.order[unit_code_of[p.unit_id]], p.name_key, p.code))
        start = len(self.order)
        self.order.update({p.code: start + index for index, p in enumerate(people)})
        self.person_codes = [p.code for p in people]
        titles = session.execute(select(TitleRecord.id, TitleRecord.code, TitleRecord.rank))
        self.titles = {t.id: (t.code, t.rank) for t in titles}

    def total(self) -> int:
        """How many data rows the export writes (for progress)."""
        data = self.data
        tables = (data.units, data.people, data.ratings, data.discipline, data.initiatives)
        return sum(map(len, tables)) + len(data.awards) + len(data.lines) + len(FIELD_LABELS)

    def agency(self) -> Iterator[Cells]:
        agency = self.data.agency or {}
        for field, label in FIELD_LABELS.items():
            if agency.get(field):
                yield label, agency[field]

    def units(self) -> Iterator[Cells]:
        for code in self.unit_codes:
            u = self.data.units[code]
            yield code, u["name"], u["parent"], u["sort_order"]

    def people(self) -> Iterator[Cells]:
        for code in self.person_codes:
            p = self.data.people[code]
            yield (
                code,
                p["full_name"],
                GENDERS.label(p["gender"]),
                p["birth_date"] or p["birth_year"],
                p["unit"],
                p["position"] or None,
                _flag(p["is_leader"]),
                p["recruited_on"],
                p["sector_started_on"],
                _flag(p["toxic_work"]),
                p["cccd"],
                p["left_on"],
                p["note"] or None,
            )

    def ratings(self) -> Iterator[Cells]:
        keys = sorted(self.data.ratings, key=lambda k: (self.order[k[0]], k[1]))
        for subject, year in keys:
            yield subject, year, self.data.ratings[(subject, year)]["grade"]

    def discipline(self) -> Iterator[Cells]:
        keys = sorted(self.data.discipline, key=lambda k: (self.order[k[0]], k[2], k[1]))
        for person, form, effective_on in keys:
            d = self.data.discipline[(person, form, effective_on)]
            yield (
                person,
                DISCIPLINE_FORMS.label(form),
                effective_on,
                d["ends_on"],
                d["decision_no"] or None,
                d["reason"] or None,
            )

    def initiatives(self) -> Iterator[Cells]:
        codes = sorted(
            self.data.initiatives,
            key=lambda c: (self.data.initiatives[c]["recognized_year"] or 0, c),
        )
        for code in codes:
            i = self.data.initiatives[code]
            yield (
                code,
                i["title"],
                format_authors(i["authors"]) or None,
                i["first_applied_on"],
                i["recognized_year"],
                SCOPES.label(i["scope"]) if i["scope"] else None,
                i["decision_no"] or None,
                i["decision_date"],
            )

    def awards(self) -> Iterator[Cells]:
        def key(k: tuple[Any, ...]) -> tuple[Any, ...]:
            subject, title_id, year, decision_no = k
            code, rank = self.titles[title_id]
            return year, -rank, code, self.order[subject], decision_no

        for identity in sorted(self.data.awards, key=key):
            subject, title_id, year, decision_no = identity
            a = self.data.awards[identity]
            yield (
                subject,
                self.titles[title_id][0],
                year,
                decision_no or None,
                a["decision_date"],
                AWARD_KINDS.label(a["kind"]),
                a["content"] or None,
                a["basis"] or None,
                a["issuer"] or None,
                a["revoked_on"],
                a["revoke_reason"] or None,
                _number(a["bonus_coefficient"]),
                _number(a["base_salary"]),
            )

    def nominations(self) -> Iterator[Cells]:
        def key(k: tuple[Any, ...]) -> tuple[Any, ...]:
            batch, subject, title_id = k
            line = self.data.lines[k]
            return batch, line["sort_position"], self.order[subject], self.titles[title_id][0]

        for identity in sorted(self.data.lines, key=key):
            batch, subject, title_id = identity
            line: State = self.data.lines[identity]
            yield batch, subject, self.titles[title_id][0], line["year"], line["summary"] or None


def _flag(value: bool) -> str | None:
    return "x" if value else None


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
