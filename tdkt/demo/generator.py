"""Fill an empty database with the demo world in one transaction of bulk inserts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from tdkt.agency.service import fill_if_unconfigured
from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.app import Services
from tdkt.audit.recorder import log_action
from tdkt.awards.records import AwardInitiativeRecord, AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.catalog.service import add_missing_defaults
from tdkt.councils.records import (
    AgendaItemRecord,
    AttendanceRecord,
    BallotRecord,
    CouncilDecisionRecord,
    CouncilMemberRecord,
    CouncilRecord,
    MeetingRecord,
    RecusalRecord,
)
from tdkt.demo.cycle_rows import CycleRows
from tdkt.demo.nomination_rows import NominationRows
from tdkt.demo.rows import RowMaker
from tdkt.demo.shape import ExactShape
from tdkt.demo.world import Plan, World, build_world
from tdkt.discipline.records import DisciplineRecord
from tdkt.errors import ConflictError, ValidationError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.movements.records import (
    MovementRecord,
    MovementTitleRecord,
    MovementUnitRecord,
    PledgeRecord,
    PledgeTargetRecord,
    PledgeUnitRecord,
    RegistrationRecord,
)
from tdkt.nominations.records import (
    NominationBatchRecord,
    NominationLineRecord,
    NominationStatusRecord,
)
from tdkt.people.records import PersonRecord
from tdkt.progress import NullProgress, Progress, check_cancelled
from tdkt.ratings.records import RatingRecord
from tdkt.storage.unit_of_work import unit_of_work
from tdkt.units.records import UnitRecord

TABLES: dict[str, Table] = {
    record.__tablename__: record.__table__  # type: ignore[misc]
    for record in (
        UnitRecord,
        PersonRecord,
        RatingRecord,
        DisciplineRecord,
        InitiativeRecord,
        InitiativeAuthorRecord,
        AwardRecord,
        AwardInitiativeRecord,
        # The cycle (tdkt.demo.cycle), in foreign-key order.
        MovementRecord,
        MovementUnitRecord,
        MovementTitleRecord,
        RegistrationRecord,
        PledgeRecord,
        PledgeUnitRecord,
        PledgeTargetRecord,
        CouncilRecord,
        CouncilDecisionRecord,
        CouncilMemberRecord,
        MeetingRecord,
        AttendanceRecord,
        AgendaItemRecord,
        BallotRecord,
        RecusalRecord,
        # The nominations (tdkt.demo.nominations): lines point at awards and units.
        NominationBatchRecord,
        NominationLineRecord,
        NominationStatusRecord,
    )
}
CHUNK = 20_000  # rows per executemany: progress and Cancel stay responsive
NO_PROGRESS = NullProgress()
NOT_EMPTY = (
    "Cơ sở dữ liệu đã có đơn vị hoặc cá nhân. Dữ liệu mẫu chỉ được tạo trên một "
    "cơ sở dữ liệu trống, để không lẫn với dữ liệu thật."
)


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote (ratings of people and units together)."""

    units: int
    people: int
    ratings: int
    discipline: int
    initiatives: int
    awards: int
    movements: int = 0
    registrations: int = 0
    councils: int = 0
    meetings: int = 0
    batches: int = 0


def generate_demo(
    services: Services,
    *,
    seed: int = 2025,
    people: int = 150,
    years: int = 10,
    last_year: int = 2025,
    award_rate: float = 1.0,
    progress: Progress = NO_PROGRESS,
    shape: ExactShape | None = None,
) -> DemoSummary:
    """Create the demo of Sở Công Thương Quảng Ngãi; the same seed gives the same data.
    A benchmark passes a `shape` for exact sizes (tdkt.demo.shape)."""
    _check_arguments(people, years, last_year, award_rate)
    with unit_of_work(services.sessions) as session:
        _refuse_non_empty(session)
    plan = Plan(seed, people, last_year - years + 1, last_year, award_rate, shape)
    world = build_world(plan, progress)
    # One transaction for everything: killed at any moment, the database is as before.
    with unit_of_work(services.sessions, services.actor()) as session:
        session.info["clock"] = services.clock
        _refuse_non_empty(session)
        fill_if_unconfigured(session, QUANG_NGAI_EXAMPLE)  # never overwrite the user's
        add_missing_defaults(session)
        session.flush()
        tables = _rows(session, world)
        _insert(session, tables, progress)
        summary = DemoSummary(
            units=len(tables["unit"]),
            people=len(tables["person"]),
            ratings=len(tables["rating"]),
            discipline=len(tables["discipline"]),
            initiatives=len(tables["initiative"]),
            awards=len(tables["award"]),
            movements=len(tables["movement"]),
            registrations=len(tables["registration"]),
            councils=len(tables["council"]),
            meetings=len(tables["meeting"]),
            batches=len(tables["nomination_batch"]),
        )
        log_action(
            session,
            "demo",
            "database",
            "Tạo dữ liệu mẫu",
            {
                "seed": seed,
                "years": f"{plan.first_year}–{last_year}",
                "award_rate": award_rate,
                **vars(summary),
            },
        )
    progress.report(1.0, "Đã tạo xong dữ liệu mẫu.")
    return summary


def _check_arguments(people: int, years: int, last_year: int, award_rate: float) -> None:
    errors = {}
    if not 40 <= people <= 200_000:
        errors["people"] = "Số cá nhân của dữ liệu mẫu phải từ 40 đến 200.000."
    if not 1 <= years <= 40:
        errors["years"] = "Số năm của dữ liệu mẫu phải từ 1 đến 40."
    if not 2000 <= last_year <= 2100:
        errors["last_year"] = f"Năm cuối {last_year} không hợp lệ."
    if not 0.0 <= award_rate <= 1.0:
        errors["award_rate"] = "Tỷ lệ khen thưởng phải từ 0 đến 1."
    if errors:
        raise ValidationError(errors)


def _refuse_non_empty(session: Session) -> None:
    for record in (UnitRecord, PersonRecord):
        if session.scalar(select(func.count()).select_from(record)):
            raise ConflictError(NOT_EMPTY)


def _rows(session: Session, world: World) -> dict[str, list[dict[str, Any]]]:
    offsets = {
        name: session.scalar(select(func.max(table.c.id))) or 0 for name, table in TABLES.items()
    }
    named = {
        code: (title_id, issuer, name)
        for code, title_id, issuer, name in session.execute(
            select(TitleRecord.code, TitleRecord.id, TitleRecord.issuer, TitleRecord.name)
        )
    }
    titles = {code: (title_id, issuer) for code, (title_id, issuer, _name) in named.items()}
    maker = RowMaker(offsets, titles)
    initiatives, authors = maker.initiatives(world.history)
    awards, links = maker.awards(world.awards)
    cycle = CycleRows(
        offsets,
        {code: title_id for code, (title_id, _issuer) in titles.items()},
        lambda local: None if local is None else local + offsets["person"],
        lambda local: None if local is None else local + offsets["unit"],
        lambda local: local + offsets["initiative"],
        {p.id: p.full_name for p in world.people},
    ).build(world.cycle)
    local = {"person": offsets["person"], "unit": offsets["unit"]}
    nominations = NominationRows(
        offsets,
        {code: (title_id, name, issuer) for code, (title_id, issuer, name) in named.items()},
        world.people,
        world.units,
        lambda table, own: None if own is None else own + local[table],
        cycle,
    ).build(world.nominations)
    return (
        cycle
        | nominations
        | {
            "unit": maker.units(world.units),
            "person": maker.people(world.people),
            "rating": maker.ratings(world.history),
            "discipline": maker.discipline(world.history),
            "initiative": initiatives,
            "initiative_author": authors,
            "award": awards,
            "award_initiative": links,
        }
    )


def _insert(session: Session, tables: dict[str, list[dict[str, Any]]], progress: Progress) -> None:
    """Core executemany, table by table in foreign-key order (TABLES is in that order)."""
    total = sum(len(rows) for rows in tables.values()) or 1
    done = 0
    for name, table in TABLES.items():
        rows = tables[name]
        for start in range(0, len(rows), CHUNK):
            check_cancelled(progress)
            progress.report(0.3 + 0.65 * done / total, f"Đang ghi dữ liệu mẫu ({done:,} dòng)…")
            chunk = rows[start : start + CHUNK]
            session.execute(insert(table), chunk)
            done += len(chunk)
    if session.get_bind().dialect.name == "postgresql":
        _advance_sequences(session)


def _advance_sequences(session: Session) -> None:
    """Ids were assigned here, so PostgreSQL's sequences must be moved past them."""
    for name in TABLES:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )
