"""Hội đồng và cuộc họp: the Emulation Council and the Initiative Council, their members over
time, and their meetings with attendance, ballots, results and papers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout

from tdkt.councils.types import CouncilRow
from ui.context import PageContext
from ui.councils.meetings_tab import MeetingsTab
from ui.councils.members_tab import MembersTab
from ui.councils.thresholds_dialog import ThresholdsDialog
from ui.errors import show_error
from ui.page import Page
from ui.widgets.combos import refill


class CouncilPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._councils: list[CouncilRow] = []
        self.council = QComboBox()
        self.council.setMinimumContentsLength(30)
        self.thresholds_button = QPushButton("Ngưỡng biểu quyết…")
        self.writes(self.thresholds_button)
        self.tabs = QTabWidget()
        self.members = MembersTab(context, self.mark_stale)
        self.meetings = MeetingsTab(context)
        self.tabs.addTab(self.members, "Thành viên")
        self.tabs.addTab(self.meetings, "Cuộc họp")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Hội đồng:"))
        bar.addWidget(self.council)
        bar.addStretch()
        bar.addWidget(self.thresholds_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.council.currentIndexChanged.connect(self._on_council)
        self.thresholds_button.clicked.connect(self._thresholds)
        context.events.people_changed.connect(self.mark_stale)

    def reload(self) -> None:
        councils = self.context.services.councils
        # A reader sees what is there: the standard councils are created by the secretary.
        reader = bool(self.context.services.access.write_refusal)
        self.context.runner.run(
            councils.list_councils if reader else councils.ensure_standard_councils,
            self._on_loaded,
            lambda error: show_error(self, error),
        )

    def _on_loaded(self, councils: list[CouncilRow]) -> None:
        self._councils = councils
        refill(self.council, ((council.id, council.name) for council in councils))
        self._on_council()
        self.loaded.emit()

    def selected(self) -> CouncilRow | None:
        return next((c for c in self._councils if c.id == self.council.currentData()), None)

    def _on_council(self, *_args: object) -> None:
        council = self.selected()
        self.members.show_council(council)
        self.meetings.show_council(council)

    def _thresholds(self) -> None:
        councils = self.context.services.councils
        self.context.runner.run(
            councils.voting_settings,
            lambda settings: ThresholdsDialog(self.context, settings, self).open(),
            lambda error: show_error(self, error),
        )
