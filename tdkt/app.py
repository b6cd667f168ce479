"""The composition of the domain: open a database and build every service on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tdkt.agency.service import AgencyService
from tdkt.audit.service import AuditService
from tdkt.awards.service import AwardService
from tdkt.backups.files import ACTION_BULK, ACTION_IMPORT
from tdkt.backups.service import BackupService
from tdkt.catalog.service import CatalogService
from tdkt.clock import Clock
from tdkt.councils.meetings import MeetingService
from tdkt.councils.service import CouncilService
from tdkt.councils.tallies import BallotService
from tdkt.discipline.service import DisciplineService
from tdkt.eligibility.service import EligibilityService
from tdkt.errors import StorageError
from tdkt.exchange.service import ExchangeService
from tdkt.initiatives.service import InitiativeService
from tdkt.integrity.service import IntegrityService
from tdkt.movements.deadlines import movement_deadlines
from tdkt.movements.pledges import PledgeService
from tdkt.movements.registrations import RegistrationService
from tdkt.movements.service import MovementService
from tdkt.nominations.proposals import BatchProposals, pending_batches
from tdkt.nominations.service import NominationService
from tdkt.paths import resolve_database_url, sqlite_path
from tdkt.people.service import PeopleService
from tdkt.ratings.service import RatingService
from tdkt.reports.service import ReportService
from tdkt.services.base import os_user
from tdkt.storage.engine import database_file, make_engine, make_sessions
from tdkt.storage.lock import DatabaseLock, read_holder
from tdkt.storage.migrations import require_head, upgrade_to_head
from tdkt.storage.schema import metadata
from tdkt.storage.unit_of_work import translate_errors
from tdkt.units.service import UnitService
from tdkt.users.access import AccessControl
from tdkt.users.service import UserService


@dataclass
class Services:
    """Every service of the application, on one database. Built only here and in tests."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    actor: Callable[[], str]
    agency: AgencyService
    units: UnitService
    people: PeopleService
    ratings: RatingService
    discipline: DisciplineService
    catalog: CatalogService
    awards: AwardService
    reports: ReportService
    access: AccessControl
    users: UserService
    backups: BackupService
    integrity: IntegrityService
    audit: AuditService
    # Held while this copy may write to an SQLite file (None: read-only, PostgreSQL, memory).
    # No default, so services added after it need none either.
    lock: DatabaseLock | None
    nominations: NominationService
    exchange: ExchangeService
    eligibility: EligibilityService
    movements: MovementService
    registrations: RegistrationService
    pledges: PledgeService
    initiatives: InitiativeService
    councils: CouncilService
    meetings: MeetingService
    ballots: BallotService

    @property
    def read_only(self) -> bool:
        return self.access.read_only

    @property
    def location(self) -> str:
        """The database as a user would name it: the file path, or the URL without password."""
        return _location(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def build_services(
    engine: Engine,
    clock: Clock,
    actor: Callable[[], str] = os_user,
    *,
    read_only_reason: str = "",
    lock: DatabaseLock | None = None,
) -> Services:
    """Every service on `engine`; `actor` names the user when nobody signed in."""
    access = AccessControl(actor, read_only_reason=read_only_reason)
    sessions = make_sessions(engine, guard=access)
    args = (sessions, clock, access.actor)
    location = _location(engine)
    backups = BackupService(engine, clock, access, access.actor)
    eligibility = EligibilityService(*args, proposals=BatchProposals())
    reports = ReportService(*args)
    reports.add_batch_source(pending_batches)
    reports.add_deadline_source(movement_deadlines)
    return Services(
        url=str(engine.url),
        engine=engine,
        sessions=sessions,
        clock=clock,
        actor=access.actor,
        agency=AgencyService(*args),
        units=UnitService(*args),
        people=PeopleService(*args),
        ratings=RatingService(*args),
        discipline=DisciplineService(*args),
        catalog=CatalogService(*args),
        awards=AwardService(*args),
        reports=reports,
        access=access,
        users=UserService(sessions, clock, access),
        backups=backups,
        integrity=IntegrityService(engine, location),
        audit=AuditService(*args),
        lock=lock,
        nominations=NominationService(
            *args,
            eligibility=eligibility,
            before_bulk=lambda: backups.before(ACTION_BULK),
        ),
        exchange=ExchangeService(*args, before_write=lambda: backups.before(ACTION_IMPORT)),
        eligibility=eligibility,
        movements=MovementService(*args),
        registrations=RegistrationService(*args),
        pledges=PledgeService(*args),
        initiatives=InitiativeService(*args),
        councils=CouncilService(*args),
        meetings=MeetingService(*args),
        ballots=BallotService(*args),
    )


def _location(engine: Engine) -> str:
    path = database_file(engine)  # also for a file opened read-only (a `file:` URI)
    return str(path) if path is not None else engine.url.render_as_string(hide_password=True)


def open_database(
    target: str | None,
    clock: Clock | None = None,
    actor: Callable[[], str] = os_user,
    *,
    read_only: bool = False,
) -> Services:
    """Open (creating or upgrading as needed) the database named by `--db`, the environment
    or the default, and return the services on it.

    An SQLite file is locked for this copy of the application; if another copy has it, this
    raises DatabaseInUseError (naming who) and the caller may open it with `read_only=True`,
    which takes no lock, never upgrades and refuses every write.
    """
    url = resolve_database_url(target)
    path = sqlite_path(url)
    if read_only:
        return _open_read_only(url, path, clock or Clock(), actor)
    lock = DatabaseLock.acquire(path, user=actor()) if path is not None else None
    try:
        with translate_errors():
            engine = make_engine(url)
            upgrade_to_head(engine)
        services = build_services(engine, clock or Clock(), actor, lock=lock)
        services.catalog.ensure_defaults()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return services


def _open_read_only(
    url: str, path: Path | None, clock: Clock, actor: Callable[[], str]
) -> Services:
    if path is not None and not path.is_file():
        raise StorageError(
            f"Không tìm thấy tệp dữ liệu {path}.", "Hãy kiểm tra đường dẫn tệp dữ liệu."
        )
    with translate_errors():
        engine = make_engine(url, read_only=True)
        require_head(engine)
    holder = read_holder(path) if path is not None else None
    reason = (
        f"Tệp đang được {holder.describe()} mở để ghi; bạn chỉ xem được."
        if holder is not None
        else "Cơ sở dữ liệu được mở ở chế độ chỉ đọc."
    )
    return build_services(engine, clock, actor, read_only_reason=reason)


def create_schema(engine: Engine) -> None:
    """Create every table directly (tests and throwaway databases; real files use migrations)."""
    metadata().create_all(engine)
