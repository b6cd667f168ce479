"""What the batch and line forms offer: titles with who decides them, movements, and every
person and unit to propose (in chart and name order), read in one transaction."""

from __future__ import annotations

from sqlalchemy import select

from tdkt.agency.service import agency_settings
from tdkt.catalog.records import TitleRecord
from tdkt.movements.records import MovementRecord
from tdkt.nominations.levels import LEVELS
from tdkt.nominations.types import FormChoices, SubjectChoice, TitleChoice
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold
from tdkt.units.repository import UnitRepository


class ChoiceUseCases:
    """Mixed into NominationService."""

    def form_choices(self) -> FormChoices:
        with self._transaction() as session:  # type: ignore[attr-defined]
            titles = tuple(
                TitleChoice(t.code, t.name, t.subject_kind, t.issuer)
                for t in session.scalars(
                    select(TitleRecord).where(TitleRecord.active).order_by(TitleRecord.rank)
                )
            )
            movements = tuple(
                (m.id, m.name)
                for m in session.scalars(
                    select(MovementRecord).order_by(MovementRecord.starts_on.desc())
                )
            )
            tree = UnitRepository(session).tree_rows()
            names = {u.id: u.name for u in tree}
            subjects = [
                SubjectChoice(
                    UNIT, u.id, u.code, f"{u.code} – {u.name}", fold(f"{u.code} {u.name}")
                )
                for u in tree
            ]
            people = session.scalars(
                select(PersonRecord)
                .where(PersonRecord.left_on.is_(None))
                .order_by(PersonRecord.name_key)
            )
            subjects += [
                SubjectChoice(
                    PERSON,
                    p.id,
                    p.code,
                    f"{p.code} – {p.full_name} ({names.get(p.unit_id, '')})",
                    p.search_text,
                )
                for p in people
            ]
            signer = agency_settings(session).signer
            return FormChoices(titles, movements, tuple(subjects), signer, LEVELS)
