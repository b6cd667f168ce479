"""Fuzz of what users type into the forms: whatever the text, a service either saves exactly
one record or refuses with a TdktError (a Vietnamese message) and writes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tdkt.audit.records import AuditRecord
from tdkt.awards.types import AwardDraft
from tdkt.errors import StorageError, TdktError
from tdkt.people.types import PersonDraft
from tdkt.units.types import UnitDraft
from tests.factories import add_person, add_unit

# Any character, with the troublesome ones made frequent: NUL and escape, a stray combining
# mark, invisible spaces, line breaks, digits, đ.
NASTY = "\x00\x1b\x7f\u0301\u200b\ufeff\u00a0 \t\nĐđ0123456789/;"
typed = st.text(st.characters(codec="utf-8") | st.sampled_from(NASTY), max_size=40)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def rows(services) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditRecord)) or 0


def saves_one_or_nothing(services, action) -> None:  # type: ignore[no-untyped-def]
    before = rows(services)
    try:
        action()
    except TdktError as error:
        # A message about the input, never a database failure passed on.
        assert error.message and not isinstance(error, StorageError), error.message
        assert rows(services) == before, "a refused action wrote something"
    else:
        assert rows(services) > before


@FUZZ
@given(code=typed, name=typed)
def test_unit_form(services, code, name):
    saves_one_or_nothing(services, lambda: services.units.create(UnitDraft(code, name)))


@FUZZ
@given(code=typed, name=typed, birth=typed, cccd=typed, recruited=typed, note=typed)
def test_person_form(services, code, name, birth, cccd, recruited, note):
    units = services.units.list_rows()
    unit_id = units[0].id if units else add_unit(services).id
    draft = PersonDraft(
        code=code,
        full_name=name,
        gender="nam",
        unit_id=unit_id,
        birth=birth,
        cccd=cccd,
        recruited_on=recruited,
        note=note,
    )
    saves_one_or_nothing(services, lambda: services.people.create(draft))


@FUZZ
@given(
    title=typed | st.sampled_from(["LDTT", "BK_TINH", "Lao động tiên tiến"]),
    decision=typed,
    decision_date=typed,
    basis=typed,
    bonus=typed,
    year=st.integers(min_value=-5, max_value=3000) | st.none(),
)
def test_award_form(services, title, decision, decision_date, basis, bonus, year):
    if not services.people.list_rows():
        add_person(services, add_unit(services).id)
    draft = AwardDraft(
        subject_code="CN01",
        title_code=title,
        year=year,
        decision_no=decision,
        decision_date=decision_date,
        basis=basis,
        bonus_coefficient=bonus,
    )
    saves_one_or_nothing(services, lambda: services.awards.create(draft))
