"""Turning each sheet's plan into rows of its tables, ids resolved from codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy.orm import Session

from tdkt.agency.records import AgencyRecord
from tdkt.awards.records import AwardInitiativeRecord, AwardRecord
from tdkt.awards.service import basis_initiative_codes
from tdkt.discipline.records import DisciplineRecord
from tdkt.exchange.existing import AWARD_FIELDS, INITIATIVE_FIELDS, PERSON_FIELDS, State
from tdkt.exchange.validators.common import SheetPlan
from tdkt.exchange.writer import BulkWriter, IdMaps
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.initiatives.service import initiative_search_text
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.types import DRAFT
from tdkt.people.records import PersonRecord
from tdkt.people.service import person_search_text
from tdkt.ratings.records import RatingRecord
from tdkt.subjects.types import PERSON
from tdkt.text import name_sort_key
from tdkt.units.records import UnitRecord
from tdkt.units.service import unit_search_text

UNIT = UnitRecord.__table__
PERSON_TABLE = PersonRecord.__table__
INITIATIVE = InitiativeRecord.__table__
AUTHOR = InitiativeAuthorRecord.__table__
RATING = RatingRecord.__table__
DISCIPLINE = DisciplineRecord.__table__
AWARD = AwardRecord.__table__
AWARD_LINK = AwardInitiativeRecord.__table__
BATCH = NominationBatchRecord.__table__
LINE = NominationLineRecord.__table__


def write_units(w: BulkWriter, ids: IdMaps, plan: SheetPlan) -> None:
    rows = [
        {
            "code": u["code"],
            "name": u["name"],
            "parent_id": None,  # set below, once every unit of the import has an id
            "sort_order": u["sort_order"],
            "active": True,
            "search_text": unit_search_text(u["code"], u["name"]),
            "version": 1,
        }
        for u in plan.new
    ]
    ids.units.update(zip((u["code"] for u in plan.new), w.insert(UNIT, rows), strict=True))
    for unit in plan.changed:
        unit["search_text"] = unit_search_text(unit["code"], unit["name"])
    for unit in [*plan.new, *plan.changed]:
        unit["parent_id"] = None if unit["parent"] is None else ids.units[unit["parent"]]
        unit.setdefault("id", ids.units[unit["code"]])
    w.update(UNIT, [u for u in plan.new if u["parent_id"] is not None], ("parent_id",))
    w.update(UNIT, plan.changed, ("name", "sort_order", "parent_id", "search_text"))


def _person_row(p: State, ids: IdMaps) -> State:
    return {
        **{name: p[name] for name in PERSON_FIELDS},
        "code": p["code"],
        "unit_id": ids.units[p["unit"]],
        "name_key": name_sort_key(p["full_name"]),
        "search_text": person_search_text(p["code"], p["full_name"], p["cccd"]),
    }


def write_people(w: BulkWriter, ids: IdMaps, plan: SheetPlan) -> None:
    changed = [{**_person_row(p, ids), "id": p["id"]} for p in plan.changed]
    # CCCDs may move between people: free them all first, or the unique index would object.
    freed = [{"id": p["id"], "cccd": None} for p in changed if p["cccd"] is not None]
    w.update(PERSON_TABLE, freed, ("cccd",), bump=False)
    rows = [{**_person_row(p, ids), "version": 1} for p in plan.new]
    ids.people.update(zip((p["code"] for p in plan.new), w.insert(PERSON_TABLE, rows), strict=True))
    columns = (*PERSON_FIELDS, "unit_id", "name_key", "search_text")
    w.update(PERSON_TABLE, changed, columns)


def write_initiatives(w: BulkWriter, ids: IdMaps, plan: SheetPlan) -> None:
    rows = [
        {
            **{name: i[name] for name in INITIATIVE_FIELDS},
            "code": i["code"],
            "status": "cong_nhan",
            "description": "",
            "search_text": initiative_search_text(i["code"], i["title"]),
            "version": 1,
        }
        for i in plan.new
    ]
    ids.initiatives.update(
        zip((i["code"] for i in plan.new), w.insert(INITIATIVE, rows), strict=True)
    )
    for initiative in plan.changed:
        initiative["search_text"] = initiative_search_text(initiative["code"], initiative["title"])
    w.update(INITIATIVE, plan.changed, (*INITIATIVE_FIELDS, "search_text"))
    w.delete_where_in(AUTHOR, "initiative_id", [i["id"] for i in plan.changed])
    authors = (
        {
            "initiative_id": ids.initiatives[i["code"]],
            "person_id": ids.people[code],
            "share": share,
            "position": position,
        }
        for i in [*plan.new, *plan.changed]
        for position, (code, share) in enumerate(i["authors"])
    )
    w.insert_plain(AUTHOR, authors)


def write_ratings(w: BulkWriter, ids: IdMaps, plan: SheetPlan) -> None:
    def rows() -> Iterator[State]:  # built chunk by chunk: there may be 150,000
        for r in plan.new:
            person_id, unit_id = ids.subject(r["kind"] == PERSON, r["subject"])
            yield {
                "person_id": person_id,
                "unit_id": unit_id,
                "year": r["year"],
                "grade": r["grade"],
                "version": 1,
            }

    w.insert_plain(RATING, rows())
    w.update(RATING, plan.changed, ("grade",))


def write_discipline(w: BulkWriter, ids: IdMaps, plan: SheetPlan) -> None:
    rows = [
        {
            "person_id": ids.people[d["person"]],
            "form": d["form"],
            "effective_on": d["effective_on"],
            "ends_on": d["ends_on"],
            "decision_no": d["decision_no"],
            "reason": d["reason"],
            "version": 1,
        }
        for d in plan.new
    ]
    w.insert_plain(DISCIPLINE, rows)
    w.update(DISCIPLINE, plan.changed, ("ends_on", "decision_no", "reason"))


def write_awards(w: BulkWriter, ids: IdMaps, plan: SheetPlan) -> None:
    rows = []
    for a in plan.new:
        person_id, unit_id = ids.subject(a["kind_of_subject"] == PERSON, a["subject"])
        rows.append(
            {
                **{name: a[name] for name in AWARD_FIELDS},
                "person_id": person_id,
                "unit_id": unit_id,
                "title_id": a["title_id"],
                "year": a["year"],
                "decision_no": a["decision_no"],
                "version": 1,
            }
        )
    for award, award_id in zip(plan.new, w.insert(AWARD, rows), strict=True):
        award["id"] = award_id
    w.update(AWARD, plan.changed, AWARD_FIELDS)
    w.delete_where_in(AWARD_LINK, "award_id", [a["id"] for a in plan.changed])
    links = (
        {"award_id": a["id"], "initiative_id": ids.initiatives[code]}
        for a in [*plan.new, *plan.changed]
        if a["basis"]
        for code in dict.fromkeys(basis_initiative_codes(a["basis"]))
    )
    w.insert_plain(AWARD_LINK, links)


def write_nominations(w: BulkWriter, ids: IdMaps, plan: SheetPlan, now: datetime) -> None:
    batches: dict[str, list[State]] = {}
    for line in plan.new:
        if line["batch"] not in ids.batches:
            batches.setdefault(line["batch"], []).append(line)
    rows = [_batch_row(name, lines, now) for name, lines in batches.items()]
    ids.batches.update(zip(batches, w.insert(BATCH, rows), strict=True))
    lines = []
    for line in plan.new:
        person_id, unit_id = ids.subject(line["kind"] == PERSON, line["subject"])
        lines.append(
            {
                "batch_id": ids.batches[line["batch"]],
                "person_id": person_id,
                "unit_id": unit_id,
                "title_id": line["title_id"],
                "year": line["year"],
                "summary": line["summary"],
                "subject_kind": line["kind"],
                "home_unit_id": ids.units.get(line["home_unit"]),
                **{k: line[k] for k in SNAPSHOT},
                "sort_position": line["sort_position"],
                "version": 1,
            }
        )
    w.insert_plain(LINE, lines)
    w.update(LINE, plan.changed, ("year", "summary"))


SNAPSHOT = (
    "subject_code",
    "subject_name",
    "birth_year",
    "gender",
    "position",
    "unit_name",
    "is_leader",
)


def _batch_row(name: str, lines: list[State], now: datetime) -> State:
    """A new batch; it names a title, a deciding level and a year when all its lines agree
    on them (a batch that mixes levels must be split before its letter is printed)."""
    titles = {line["title_id"] for line in lines}
    years = {line["year"] for line in lines}
    levels = {line["level"] for line in lines}
    return {
        "name": name,
        "title_id": titles.pop() if len(titles) == 1 else None,
        "year": years.pop() if len(years) == 1 else None,
        "level": levels.pop() if len(levels) == 1 else "",
        "status": DRAFT,
        "created_at": now,
        "version": 1,
    }


def write_agency(session: Session, plan: SheetPlan) -> None:
    """One record: through the ORM, so the change is audited field by field."""
    if not plan.changed:
        return
    record = session.get(AgencyRecord, 1)
    if record is None:
        record = AgencyRecord(id=1, parent_agency="", name="", abbreviation="", place="")
        record.signer = record.signer_title = ""
        session.add(record)
    for change in plan.changed:
        setattr(record, change["field"], change["value"])
    session.flush()
