"""Reports: statistics of a period, the written award section, the TT 02/2023 forms, the
award history of a person or unit, and the dashboard. Read-only; one method = one
transaction; documents are rendered after the transaction closes."""

from __future__ import annotations

from tdkt.reports.periods import Period
from tdkt.reports.statistics import build_statistics
from tdkt.reports.types import Statistics
from tdkt.reports.writer import ReportSection, write_section
from tdkt.services.base import ServiceBase


class ReportService(ServiceBase):
    def statistics(self, period: Period) -> Statistics:
        with self._transaction() as session:
            return build_statistics(session, period)

    def section(self, period: Period, occasion: str = "") -> ReportSection:
        return write_section(self.statistics(period), occasion)
