"""What the database already holds, loaded once per check, keyed as the workbook names it.

Rows are plain dicts (column → value, plus `id`): validators merge a workbook row into them
and compare, so an identical row is counted unchanged and never rewritten.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.service import agency_settings
from tdkt.agency.types import FIELD_LABELS
from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.discipline.records import DisciplineRecord
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.people.records import PersonRecord
from tdkt.ratings.records import RatingRecord
from tdkt.text import fold
from tdkt.units.records import UnitRecord

State = dict[str, Any]

PERSON_FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "birth_year",
    "position",
    "is_leader",
    "recruited_on",
    "sector_started_on",
    "toxic_work",
    "cccd",
    "left_on",
    "note",
)
INITIATIVE_FIELDS = (
    "title",
    "first_applied_on",
    "recognized_year",
    "scope",
    "decision_no",
    "decision_date",
)
AWARD_FIELDS = (
    "decision_date",
    "kind",
    "content",
    "basis",
    "issuer",
    "revoked_on",
    "revoke_reason",
    "bonus_coefficient",
    "base_salary",
)


@dataclass(frozen=True)
class TitleInfo:
    id: int
    code: str
    name: str
    subject_kind: str  # ca_nhan | tap_the | ca_hai
    issuer: str

    def fits(self, subject_kind: str) -> bool:
        return self.subject_kind in (subject_kind, "ca_hai")


@dataclass
class Existing:
    units: dict[str, State] = field(default_factory=dict)  # code → id, name, parent, sort_order
    people: dict[str, State] = field(default_factory=dict)  # code → id, unit and PERSON_FIELDS
    initiatives: dict[str, State] = field(default_factory=dict)  # code → ..., authors
    titles: dict[str, TitleInfo] = field(default_factory=dict)  # folded code or name → title
    ratings: dict[tuple[str, int], State] = field(default_factory=dict)  # (subject, year)
    discipline: dict[tuple[Any, ...], State] = field(default_factory=dict)  # (person, form, date)
    awards: dict[tuple[Any, ...], State] = field(default_factory=dict)  # (subj, title, year, no)
    batches: dict[str, State] = field(default_factory=dict)  # name → id
    lines: dict[tuple[Any, ...], State] = field(default_factory=dict)  # (batch, subject, title)
    agency: State | None = None


def load_existing(session: Session) -> Existing:
    found = Existing()
    unit_codes = _load_units(session, found)
    person_codes = _load_people(session, found, unit_codes)
    codes = {**{("u", i): c for i, c in unit_codes.items()}}
    codes.update({("p", i): c for i, c in person_codes.items()})
    _load_titles(session, found)
    _load_initiatives(session, found, person_codes)
    _load_ratings(session, found, codes)
    _load_discipline(session, found, person_codes)
    _load_awards(session, found, codes)
    _load_nominations(session, found, codes)
    agency = agency_settings(session)
    if agency.version:  # the agency was saved once (an unsaved one reads as version 0)
        found.agency = {f: getattr(agency, f) for f in FIELD_LABELS}
    return found


def _subject(codes: dict[tuple[str, int], str], person_id: int | None, unit_id: int | None) -> str:
    return codes[("p", person_id)] if person_id is not None else codes[("u", unit_id)]  # type: ignore[index]


def _load_units(session: Session, found: Existing) -> dict[int, str]:
    u = UnitRecord.__table__.c
    rows = session.execute(select(u.id, u.code, u.name, u.parent_id, u.sort_order)).all()
    codes = {row.id: row.code for row in rows}
    for row in rows:
        found.units[row.code] = {
            "id": row.id,
            "name": row.name,
            "parent": codes.get(row.parent_id),
            "sort_order": row.sort_order,
        }
    return codes


def _load_people(session: Session, found: Existing, unit_codes: dict[int, str]) -> dict[int, str]:
    p = PersonRecord.__table__.c
    columns = [p.id, p.code, p.unit_id, *(p[name] for name in PERSON_FIELDS)]
    codes = {}
    for row in session.execute(select(*columns)).mappings():
        state = {name: row[name] for name in PERSON_FIELDS}
        found.people[row["code"]] = {"id": row["id"], "unit": unit_codes[row["unit_id"]], **state}
        codes[row["id"]] = row["code"]
    return codes


def _load_titles(session: Session, found: Existing) -> None:
    t = TitleRecord.__table__.c
    rows = session.execute(select(t.id, t.code, t.name, t.short_name, t.subject_kind, t.issuer))
    by_code = {}
    for row in rows.all():
        info = TitleInfo(row.id, row.code, row.name, row.subject_kind, row.issuer)
        by_code[fold(row.code)] = info
        found.titles.setdefault(fold(row.name), info)
        if row.short_name:
            found.titles.setdefault(fold(row.short_name), info)
    found.titles.update(by_code)  # a code wins over a name that happens to fold the same
    found.titles.update({info.code: info for info in by_code.values()})  # exact codes, unfolded


def _load_initiatives(session: Session, found: Existing, person_codes: dict[int, str]) -> None:
    i = InitiativeRecord.__table__.c
    a = InitiativeAuthorRecord.__table__.c
    authors: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    for row in session.execute(
        select(a.initiative_id, a.person_id, a.share).order_by(a.initiative_id, a.position, a.id)
    ):
        authors[row.initiative_id].append((person_codes[row.person_id], row.share))
    columns = [i.id, i.code, *(i[name] for name in INITIATIVE_FIELDS)]
    for row in session.execute(select(*columns)).mappings():
        state = {name: row[name] for name in INITIATIVE_FIELDS}
        found.initiatives[row["code"]] = {
            "id": row["id"],
            **state,
            "authors": tuple(authors.get(row["id"], ())),
        }


def _load_ratings(session: Session, found: Existing, codes: dict[tuple[str, int], str]) -> None:
    r = RatingRecord.__table__.c
    for row in session.execute(select(r.id, r.person_id, r.unit_id, r.year, r.grade)):
        subject = _subject(codes, row.person_id, row.unit_id)
        found.ratings[(subject, row.year)] = {"id": row.id, "grade": row.grade}


def _load_discipline(session: Session, found: Existing, person_codes: dict[int, str]) -> None:
    d = DisciplineRecord.__table__.c
    statement = select(
        d.id, d.person_id, d.form, d.effective_on, d.ends_on, d.decision_no, d.reason
    )
    for row in session.execute(statement):
        key = (person_codes[row.person_id], row.form, row.effective_on)
        found.discipline[key] = {
            "id": row.id,
            "ends_on": row.ends_on,
            "decision_no": row.decision_no,
            "reason": row.reason,
        }


def _load_awards(session: Session, found: Existing, codes: dict[tuple[str, int], str]) -> None:
    a = AwardRecord.__table__.c
    columns = [a.id, a.person_id, a.unit_id, a.title_id, a.year, a.decision_no]
    statement = select(*columns, *(a[name] for name in AWARD_FIELDS))
    for row in session.execute(statement).mappings():
        subject = _subject(codes, row["person_id"], row["unit_id"])
        key = (subject, row["title_id"], row["year"], row["decision_no"])
        found.awards[key] = {"id": row["id"], **{name: row[name] for name in AWARD_FIELDS}}


def _load_nominations(session: Session, found: Existing, codes: dict[tuple[str, int], str]) -> None:
    b = NominationBatchRecord.__table__.c
    names = {}
    for row in session.execute(select(b.id, b.name, b.status, b.level)):
        found.batches[row.name] = {"id": row.id, "status": row.status, "level": row.level}
        names[row.id] = row.name
    n = NominationLineRecord.__table__.c
    statement = select(
        n.id, n.batch_id, n.person_id, n.unit_id, n.title_id, n.year, n.summary, n.sort_position
    )
    for row in session.execute(statement):
        if row.person_id is None and row.unit_id is None:
            continue  # its subject was deleted: the line keeps a snapshot, no code to match
        subject = _subject(codes, row.person_id, row.unit_id)
        key = (names[row.batch_id], subject, row.title_id)
        found.lines[key] = {
            "id": row.id,
            "year": row.year,
            "summary": row.summary,
            "sort_position": row.sort_position,
        }
