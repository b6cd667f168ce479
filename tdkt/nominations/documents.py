"""Document use cases: read what each of a batch's documents prints (one transaction each;
rendering happens after it closes), and the settings those documents use (bonus tables,
added grounds, printer offsets)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.records import SettingRecord
from tdkt.errors import ValidationError
from tdkt.nominations.certificate_paper import certificate_paper
from tdkt.nominations.decision_paper import decision_paper
from tdkt.nominations.document_settings import (
    DocumentSettings,
    checked,
    read_settings,
    write_settings,
)
from tdkt.nominations.paper_types import (
    CertificatePaper,
    DecisionPaper,
    LetterPaper,
    NominationListPaper,
    ReportPaper,
)
from tdkt.nominations.papers import BatchContext, letters, proposal_list
from tdkt.nominations.report_paper import report_paper
from tdkt.nominations.salary import (
    COEFFICIENTS_KEY,
    SALARY_KEY,
    BonusTable,
    bonus_table,
    check_salary_steps,
)


class PaperUseCases:
    """Mixed into NominationService."""

    _eligibility: object

    def _context(self, session, batch_id: int) -> BatchContext:  # type: ignore[no-untyped-def]
        eligibility = self._eligibility
        rulebook = eligibility.rulebook if eligibility is not None else None  # type: ignore[attr-defined]
        return BatchContext(session, batch_id, rulebook)

    def nomination_list(self, batch_id: int) -> NominationListPaper:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return proposal_list(self._context(session, batch_id))

    def proposal_letters(self, batch_id: int) -> list[LetterPaper]:
        """One tờ trình per type of award; a batch mixing deciding levels is refused."""
        with self._transaction() as session:  # type: ignore[attr-defined]
            return letters(self._context(session, batch_id))

    def decision_paper(self, batch_id: int) -> DecisionPaper:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return decision_paper(self._context(session, batch_id), bonus_table(session))

    def achievement_reports(
        self, batch_id: int, line_ids: Sequence[int] | None = None
    ) -> list[ReportPaper]:
        with self._transaction() as session:  # type: ignore[attr-defined]
            ctx = self._context(session, batch_id)
            chosen = set(line_ids) if line_ids is not None else None
            lines = [line for line in ctx.lines if chosen is None or line.id in chosen]
            if not lines:
                raise ValidationError("Hãy chọn dòng cần soạn báo cáo thành tích.")
            return [report_paper(ctx, line) for line in lines]

    def certificates(self, batch_id: int, printer: str = "") -> CertificatePaper:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return certificate_paper(self._context(session, batch_id), printer)

    # --- settings of the documents

    def document_settings(self) -> DocumentSettings:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return read_settings(session)

    def save_document_settings(self, settings: DocumentSettings) -> DocumentSettings:
        settings = checked(settings)
        with self._transaction() as session:  # type: ignore[attr-defined]
            write_settings(session, settings, self._clock.now())  # type: ignore[attr-defined]
            return read_settings(session)

    def bonus_table(self) -> BonusTable:
        with self._transaction() as session:  # type: ignore[attr-defined]
            return bonus_table(session)

    def save_bonus(
        self,
        steps: Sequence[tuple[date, Decimal, str]],
        coefficients: dict[str, tuple[Decimal | None, Decimal | None]],
        source: str = "",
    ) -> BonusTable:
        """Replace the base salary history and the coefficients (code → for a person, for a
        collective; None: no bonus), from the settings dialog, in one go."""
        steps = sorted(steps)
        check_salary_steps(list(steps))
        for person, unit in coefficients.values():
            for value in (person, unit):
                if value is not None and not Decimal(0) <= value <= Decimal(100):
                    raise ValidationError({"coefficients": "Hệ số phải từ 0 đến 100."})
        salary = [{"from": d.isoformat(), "amount": int(a), "basis": b} for d, a, b in steps]
        with self._transaction() as session:  # type: ignore[attr-defined]
            now = self._clock.now()  # type: ignore[attr-defined]
            current = bonus_table(session).coefficients
            table = {
                code: {
                    "ca_nhan": _text(person),
                    "tap_the": _text(unit),
                    "basis": current[code].basis if code in current else source,
                }
                for code, (person, unit) in coefficients.items()
            }
            _store(session, SALARY_KEY, salary, source, now)
            _store(session, COEFFICIENTS_KEY, table, source, now)
            return bonus_table(session)


def _store(session: Session, key: str, value: object, source: str, now: datetime) -> None:
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == key))
    if record is None:
        record = SettingRecord(key=key)
        session.add(record)
    record.value_json = json.dumps(value, ensure_ascii=False)
    record.source = source[:300]
    record.updated_at = now
    session.flush()


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
