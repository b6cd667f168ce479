"""Checking a read workbook against itself and the database: the report and the write plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from tdkt.exchange.existing import Existing, load_existing
from tdkt.exchange.rows import Reading, SheetData
from tdkt.exchange.spec import (
    AGENCY,
    AWARDS,
    DISCIPLINE,
    INITIATIVES,
    NOMINATIONS,
    PEOPLE,
    RATINGS,
    SHEETS,
    UNITS,
)
from tdkt.exchange.types import ImportReport, Problem, SheetCount
from tdkt.exchange.validators.agency import validate_agency
from tdkt.exchange.validators.awards import validate_awards
from tdkt.exchange.validators.common import Context, SheetPlan
from tdkt.exchange.validators.discipline import validate_discipline
from tdkt.exchange.validators.initiatives import validate_initiatives
from tdkt.exchange.validators.nominations import validate_nominations
from tdkt.exchange.validators.people import validate_people
from tdkt.exchange.validators.ratings import validate_ratings
from tdkt.exchange.validators.units import validate_units

Validator = Callable[[Context, SheetData], SheetPlan]

# Units and people first: later sheets refer to them (and the snapshot of a nomination
# line reads their final state).
VALIDATORS: tuple[tuple[str, Validator], ...] = (
    (UNITS.name, validate_units),
    (PEOPLE.name, validate_people),
    (INITIATIVES.name, validate_initiatives),
    (RATINGS.name, validate_ratings),
    (DISCIPLINE.name, validate_discipline),
    (AWARDS.name, validate_awards),
    (NOMINATIONS.name, validate_nominations),
    (AGENCY.name, validate_agency),
)
SHEET_ORDER = {spec.name: index for index, spec in enumerate(SHEETS)}


def check_workbook(
    session: Session, reading: Reading, today: date
) -> tuple[ImportReport, dict[str, SheetPlan], Existing]:
    """Validate every sheet; the plans say what an import would write."""
    existing = load_existing(session)
    context = Context(existing, reading, today)
    plans = {}
    for name, validate in VALIDATORS:
        sheet = reading.sheets.get(name)
        if sheet is not None:
            plans[name] = validate(context, sheet)
    problems = sorted(
        [*reading.problems, *context.problems],
        key=lambda p: (SHEET_ORDER.get(p.sheet, -1), p.row or 0),
    )
    report = ImportReport(reading.file_name, problems=problems)
    for spec in SHEETS:
        errors, warnings = _tally(problems, spec.name)
        if spec.name in plans or errors or warnings:
            count = plans[spec.name].count if spec.name in plans else SheetCount(spec.name)
            count.errors, count.warnings = errors, warnings
            report.counts.append(count)
    return report, plans, existing


def _tally(problems: list[Problem], sheet: str) -> tuple[int, int]:
    mine = [p for p in problems if p.sheet == sheet]
    errors = sum(1 for p in mine if p.is_error)
    return errors, len(mine) - errors
