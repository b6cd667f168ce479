"""Reports: statistics of a period, the written award section, the TT 02/2023 forms, the
award history of a person or unit, and the dashboard. Read-only; one method = one
transaction; documents are rendered after the transaction closes."""

from __future__ import annotations

from tdkt.agency.service import agency_settings
from tdkt.errors import NotFoundError
from tdkt.reports.dashboard import build_dashboard
from tdkt.reports.dashboard_types import BatchSource, Dashboard, DeadlineSource
from tdkt.reports.form_specs import all_forms
from tdkt.reports.history import assemble_history
from tdkt.reports.history_types import AwardHistory
from tdkt.reports.periods import Period
from tdkt.reports.repository import StatisticsRepository
from tdkt.reports.statistics import build_statistics
from tdkt.reports.types import Statistics
from tdkt.reports.writer import ReportSection, write_section
from tdkt.services.base import ServiceBase
from tdkt.subjects.repository import find_subject


class ReportService(ServiceBase):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._batch_sources: list[BatchSource] = []
        self._deadline_sources: list[DeadlineSource] = []

    def add_batch_source(self, source: BatchSource) -> None:
        """Nominations register how to list the batches waiting for a decision."""
        self._batch_sources.append(source)

    def add_deadline_source(self, source: DeadlineSource) -> None:
        """Movements register how to list the deadlines of open movements."""
        self._deadline_sources.append(source)

    def dashboard(self) -> Dashboard:
        with self._transaction() as session:
            return build_dashboard(
                session, self._clock.today(), self._batch_sources, self._deadline_sources
            )

    def statistics(self, period: Period) -> Statistics:
        with self._transaction() as session:
            return build_statistics(session, period)

    def latest_decision_year(self) -> int | None:
        """The year of the newest decision on record: where a report starts by default."""
        with self._transaction() as session:
            latest = StatisticsRepository(session).latest_decision_date()
            return latest.year if latest else None

    def section(self, period: Period, occasion: str = "") -> ReportSection:
        return write_section(self.statistics(period), occasion)

    def section_pdf(self, period: Period, occasion: str = "") -> bytes:
        from tdkt.printing.report_section import render_section_pdf

        statistics = self.statistics(period)
        return render_section_pdf(write_section(statistics, occasion), statistics)

    def section_docx(self, period: Period, occasion: str = "") -> bytes:
        from tdkt.printing.report_section import render_section_docx

        statistics = self.statistics(period)
        return render_section_docx(write_section(statistics, occasion), statistics)

    def forms_workbook(self, period: Period) -> bytes:
        """Biểu 0602 and 0603 of TT 02/2023/TT-BNV for the period, as an .xlsx file."""
        with self._transaction() as session:
            statistics = build_statistics(session, period)
            agency = agency_settings(session)
        from tdkt.reports.forms_workbook import forms_workbook  # openpyxl: when needed

        return forms_workbook(all_forms(statistics), agency, period, self._clock.today())

    def award_history(self, subject_kind: str, subject_id: int) -> AwardHistory:
        with self._transaction() as session:
            return assemble_history(session, subject_kind, subject_id)

    def award_history_pdf(
        self, subject_kind: str, subject_id: int | None = None, code: str = ""
    ) -> bytes:
        """The printed history of the subject given by kind and id, or by its code."""
        from tdkt.printing.award_history import render_award_history

        with self._transaction() as session:
            if code:
                subject = find_subject(session, code)
                if subject is None:
                    raise NotFoundError(f'Không có cá nhân hoặc đơn vị mã "{code}".')
                subject_kind, subject_id = subject.kind, subject.id
            assert subject_id is not None
            history = assemble_history(session, subject_kind, subject_id)
            agency = agency_settings(session)
        return render_award_history(history, agency, self._clock.today())
