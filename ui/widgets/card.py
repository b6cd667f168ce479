"""A titled panel for the dashboard and the report page, and the compact read-only table
those panels hold. A card shows its table, or a line saying there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.row_table_model import RowTableModel


def compact_table(
    model: RowTableModel,  # type: ignore[type-arg]
    widths: tuple[int, ...] = (),
    stretch: int | None = None,
) -> QTableView:
    """Fixed `widths`; the `stretch` column (else the last) takes the room that is left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # No sort until the user clicks a header: the rows come in the order the domain chose.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.horizontalHeader().setStretchLastSection(True)
    # Headers may wrap to two lines, so narrow count columns keep readable titles.
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # type: ignore[operator]
    )
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    _fit_header_height(header)
    header.sectionResized.connect(lambda *_args: _fit_header_height(header))
    return table


HEADER_PADDING = (12 + 1, 10 + 2)  # app.qss: "padding: 5px 6px", and the borders


def _fit_header_height(header: QHeaderView) -> None:
    """Tall enough for the longest wrapped title: Qt sizes a header for one line of text,
    and a title wrapped to two lines would be cut in half."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # app.qss: "font-weight: 600"
    metrics = QFontMetrics(font)
    model, flags = header.model(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    tallest = metrics.height()
    for section in range(header.count()):
        if _takes_the_room_left(header, section):
            continue  # as wide as the card allows: its title is given one line
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        width = max(header.sectionSize(section) - HEADER_PADDING[0], 10)
        tallest = max(tallest, metrics.boundingRect(QRect(0, 0, width, 1000), flags, text).height())
    header.setMinimumHeight(tallest + HEADER_PADDING[1])


def _takes_the_room_left(header: QHeaderView, section: int) -> bool:
    if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
        return True
    return header.stretchLastSection() and section == header.count() - 1


class Card(QFrame):
    """A title (and a note on the right), then the body or, when empty, the empty text."""

    def __init__(self, title: str, body: QWidget, empty_text: str = "") -> None:
        super().__init__(objectName="card")
        self.title = QLabel(title, objectName="cardTitle")
        self.note = QLabel(objectName="cardNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty = QLabel(empty_text, objectName="cardEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = body
        self._stack = QStackedWidget()
        self._stack.addWidget(body)
        self._stack.addWidget(self.empty)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self._stack, 1)

    def show_body(self, has_content: bool) -> None:
        self._stack.setCurrentWidget(self.body if has_content else self.empty)

    def showing_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty
