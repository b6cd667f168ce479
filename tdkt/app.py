"""The composition of the domain: open a database and build every service on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tdkt.agency.service import AgencyService
from tdkt.awards.service import AwardService
from tdkt.catalog.service import CatalogService
from tdkt.clock import Clock
from tdkt.councils.meetings import MeetingService
from tdkt.councils.service import CouncilService
from tdkt.councils.tallies import BallotService
from tdkt.discipline.service import DisciplineService
from tdkt.initiatives.service import InitiativeService
from tdkt.movements.pledges import PledgeService
from tdkt.movements.registrations import RegistrationService
from tdkt.movements.service import MovementService
from tdkt.paths import resolve_database_url, sqlite_path
from tdkt.people.service import PeopleService
from tdkt.ratings.service import RatingService
from tdkt.services.base import os_user
from tdkt.storage.engine import make_engine, make_sessions
from tdkt.storage.migrations import upgrade_to_head
from tdkt.storage.schema import metadata
from tdkt.storage.unit_of_work import translate_errors
from tdkt.units.service import UnitService


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
    movements: MovementService
    registrations: RegistrationService
    pledges: PledgeService
    initiatives: InitiativeService
    councils: CouncilService
    meetings: MeetingService
    ballots: BallotService

    @property
    def location(self) -> str:
        """The database as a user would name it: the file path, or the URL without password."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def build_services(engine: Engine, clock: Clock, actor: Callable[[], str] = os_user) -> Services:
    sessions = make_sessions(engine)
    args = (sessions, clock, actor)
    return Services(
        url=str(engine.url),
        engine=engine,
        sessions=sessions,
        clock=clock,
        actor=actor,
        agency=AgencyService(*args),
        units=UnitService(*args),
        people=PeopleService(*args),
        ratings=RatingService(*args),
        discipline=DisciplineService(*args),
        catalog=CatalogService(*args),
        awards=AwardService(*args),
        movements=MovementService(*args),
        registrations=RegistrationService(*args),
        pledges=PledgeService(*args),
        initiatives=InitiativeService(*args),
        councils=CouncilService(*args),
        meetings=MeetingService(*args),
        ballots=BallotService(*args),
    )


def open_database(
    target: str | None, clock: Clock | None = None, actor: Callable[[], str] = os_user
) -> Services:
    """Open (creating or upgrading as needed) the database named by `--db`, the environment
    or the default, and return the services on it."""
    url = resolve_database_url(target)
    with translate_errors():
        engine = make_engine(url)
        upgrade_to_head(engine)
    services = build_services(engine, clock or Clock(), actor)
    services.catalog.ensure_defaults()
    return services


def create_schema(engine: Engine) -> None:
    """Create every table directly (tests and throwaway databases; real files use migrations)."""
    metadata().create_all(engine)
