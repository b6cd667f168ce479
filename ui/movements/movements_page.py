"""Phong trào thi đua: the movements, the registrations of titles, the pledges between units
and the year-end comparison, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import PageContext
from ui.errors import show_error
from ui.movements.comparison_tab import ComparisonTab
from ui.movements.movements_tab import MovementsTab
from ui.movements.pledges_tab import PledgesTab
from ui.movements.registrations_tab import RegistrationsTab
from ui.page import Page


class MovementsPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.tabs = QTabWidget()
        self.movements = MovementsTab(context, self._changed)
        self.registrations = RegistrationsTab(context, self._changed)
        self.pledges = PledgesTab(context, self._changed)
        self.comparison = ComparisonTab(context)
        self.tabs.addTab(self.movements, "Phong trào")
        self.tabs.addTab(self.registrations, "Đăng ký danh hiệu")
        self.tabs.addTab(self.pledges, "Giao ước thi đua")
        self.tabs.addTab(self.comparison, "So sánh cuối năm")
        # The registrations and the comparison of a year are read when their tab is shown:
        # for a province that is half a second of the worker's time, which the next page
        # the user opens would otherwise wait for.
        self._unread: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._read_shown_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        events = context.events
        self.stale_on(events.units_changed, events.people_changed, events.awards_changed)

    def _changed(self) -> None:
        self.context.events.movements_changed.emit()
        self.mark_stale()

    def reload(self) -> None:
        services = self.context.services

        def work():  # type: ignore[no-untyped-def]
            return (
                services.movements.list_rows(),
                services.units.list_rows(),
                services.catalog.list_titles(),
                services.registrations.years(),
                services.pledges.list_rows(),
            )

        self.context.runner.run(work, self._on_loaded, lambda error: show_error(self, error))

    def _on_loaded(self, result) -> None:  # type: ignore[no-untyped-def]
        movements, units, titles, years, pledges = result
        self.movements.show_rows(movements, units, titles)
        self.registrations.set_context(years, units, titles, movements)
        self.pledges.show_rows(pledges, units, movements)
        self.comparison.set_years(years)
        self._unread = {self.registrations, self.comparison}
        self._read_shown_tab()
        self.loaded.emit()

    def _read_shown_tab(self, *_args: object) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._unread:
            self._unread.discard(tab)
            tab.fetch()  # type: ignore[attr-defined]
