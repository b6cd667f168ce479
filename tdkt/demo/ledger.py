"""The list of awards being made, with their decisions, bonuses and used initiatives."""

from __future__ import annotations

from datetime import date

from tdkt.demo.decisions import BONUS_COEFFICIENT, DecisionBook, base_salary_on
from tdkt.demo.specs import AwardSpec


class AwardLedger:
    """Collects awards; drops any whose decision would come after the demo's last day
    (those proposals are still with the province or the ministry)."""

    def __init__(self, book: DecisionBook, last_day: date) -> None:
        self.book = book
        self.last_day = last_day
        self.awards: list[AwardSpec] = []
        # Awards whose decision falls after the last day: proposals still waiting upstream
        # (the nominations phase sends them as batches). Collecting them draws nothing.
        self.pending: list[AwardSpec] = []
        # An initiative grounds one award only (legal.md §9 rule 14).
        self.used_initiatives: set[int] = set()

    def grant(
        self,
        code: str,
        year: int,
        *,
        person: int | None = None,
        unit: int | None = None,
        content: str,
        kind: str = "thuong_xuyen",
        decision: tuple[str, date] | None = None,
        basis: str = "",
        initiatives: tuple[int, ...] = (),
    ) -> bool:
        number, day = decision or self.book.annual(code, year)
        coefficient = BONUS_COEFFICIENT.get(code)
        target = self.awards if day <= self.last_day else self.pending
        target.append(
            AwardSpec(
                code=code,
                year=year,
                person_id=person,
                unit_id=unit,
                kind=kind,
                decision_no=number,
                decision_date=day,
                content=content,
                basis=basis,
                initiative_ids=initiatives,
                bonus_coefficient=coefficient,
                base_salary=base_salary_on(day) if coefficient else None,
            )
        )
        if target is self.pending:
            return False
        self.used_initiatives.update(initiatives)
        return True
