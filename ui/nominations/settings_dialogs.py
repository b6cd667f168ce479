"""Settings of the batch's documents (added grounds, who proposes the decision, the fund,
the certificate blank and each printer's offset), and the bonus tables (base salary by
date, coefficient per title)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tdkt.errors import ValidationError
from tdkt.nominations.document_settings import DocumentSettings, PrinterOffset
from tdkt.nominations.salary import BonusTable, coefficient_text
from tdkt.printing.certificate_layout import layout_names
from tdkt.text import format_date, parse_date
from ui.context import PageContext
from ui.widgets.combos import choice_combo
from ui.widgets.edit_dialog import EditDialog

PRINTER_ROWS = 4  # empty rows offered for new printers


class DocumentSettingsDialog(EditDialog):
    def __init__(
        self, context: PageContext, settings: DocumentSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Cài đặt văn bản đề nghị khen thưởng", parent)
        self.grounds = QPlainTextEdit("\n".join(settings.extra_grounds))
        self.grounds.setPlaceholderText(
            "Mỗi dòng một văn bản, ví dụ: Quyết định số …/QĐ-UBND ngày … của UBND tỉnh ban "
            "hành Quy chế thi đua, khen thưởng"
        )
        self.grounds.setFixedHeight(70)
        self.proposer = QLineEdit(settings.proposer)
        self.fund = QLineEdit(settings.fund)
        self.layout_name = choice_combo(layout_names(), settings.certificate_layout)
        self.offsets = QTableWidget(len(settings.offsets) + PRINTER_ROWS, 3)
        self.offsets.setHorizontalHeaderLabels(["Máy in", "Sang phải (mm)", "Xuống dưới (mm)"])
        self.offsets.setColumnWidth(0, 220)
        for row, offset in enumerate(settings.offsets):
            for column, value in enumerate(
                (offset.printer, f"{offset.right_mm:g}", f"{offset.down_mm:g}")
            ):
                self.offsets.setItem(row, column, QTableWidgetItem(value))
        self.offsets.setMinimumHeight(150)
        for field, label, widget in (
            ("extra_grounds", "Căn cứ thêm (của tỉnh)", self.grounds),
            ("proposer", "Theo đề nghị của", self.proposer),
            ("fund", "Chi thưởng từ", self.fund),
            ("certificate_layout", "Mẫu phôi giấy khen", self.layout_name),
            ("offsets", "Độ lệch máy in", self.offsets),
        ):
            self.errors.add_row(field, label, widget)
        self.resize(640, self.sizeHint().height())

    def _offsets(self) -> tuple[PrinterOffset, ...]:
        found = []
        for row in range(self.offsets.rowCount()):
            cells = [self.offsets.item(row, c) for c in range(3)]
            texts = [c.text().strip() if c is not None else "" for c in cells]
            if not any(texts):
                continue
            try:
                right, down = (float(t.replace(",", ".") or 0) for t in texts[1:])
            except ValueError:
                raise ValidationError(
                    {"offsets": f"Dòng {row + 1}: độ lệch phải là số (mm)."}
                ) from None
            found.append(PrinterOffset(texts[0], right, down))
        return tuple(found)

    def save_work(self) -> Callable[[], Any]:
        settings = DocumentSettings(
            tuple(self.grounds.toPlainText().splitlines()),
            self.proposer.text(),
            self.fund.text(),
            self.layout_name.currentData(),
            self._offsets(),
        )
        nominations = self.context.services.nominations
        return lambda: nominations.save_document_settings(settings)


class BonusDialog(EditDialog):
    """Base salary by date (one per line: "01/07/2024 2340000") and the coefficients."""

    def __init__(
        self, context: PageContext, table: BonusTable, titles, parent: QWidget | None = None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(context, "Lương cơ sở và hệ số tiền thưởng", parent)
        self.salary = QPlainTextEdit(
            "\n".join(f"{format_date(s.since)}  {int(s.amount)}  {s.basis}" for s in table.salary)
        )
        self.salary.setFixedHeight(140)
        self.source = QLineEdit(placeholderText="văn bản quy định, ví dụ: Nghị định 73/2024/NĐ-CP")
        self.table = QTableWidget(len(titles), 3)
        self.table.setHorizontalHeaderLabels(["Danh hiệu, hình thức", "Cá nhân", "Tập thể"])
        self.table.setColumnWidth(0, 300)
        self._codes = []
        for row, title in enumerate(titles):
            self._codes.append(title.code)
            name = QTableWidgetItem(title.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            for column, kind in ((1, "ca_nhan"), (2, "tap_the")):
                value = table.coefficient(title.code, kind)
                self.table.setItem(
                    row,
                    column,
                    QTableWidgetItem(coefficient_text(value) if value is not None else ""),
                )
        self.table.setMinimumHeight(260)
        self.errors.add_row("base_salary", "Lương cơ sở từ ngày", self.salary)
        self.errors.add_row("coefficients", "Hệ số × lương cơ sở", self.table)
        self.errors.add_row("source", "Căn cứ thay đổi", self.source)
        self.resize(640, self.sizeHint().height())

    def _steps(self) -> list[tuple[date, Decimal, str]]:
        steps = []
        for number, line in enumerate(self.salary.toPlainText().splitlines(), start=1):
            parts = line.split(maxsplit=2)
            if not parts:
                continue
            try:
                day = parse_date(parts[0])
                amount = Decimal(parts[1].replace(".", "").replace(",", ""))
            except (ValueError, IndexError, InvalidOperation):
                raise ValidationError(
                    {
                        "base_salary": f"Dòng {number}: cần “dd/mm/yyyy  số tiền”, "
                        "ví dụ 01/07/2024  2340000."
                    }
                ) from None
            steps.append((day, amount, parts[2] if len(parts) > 2 else ""))
        return steps

    def _coefficients(self) -> dict[str, tuple[Decimal | None, Decimal | None]]:
        found = {}
        for row, code in enumerate(self._codes):
            values = []
            for column in (1, 2):
                item = self.table.item(row, column)
                text = item.text().strip().replace(",", ".") if item is not None else ""
                try:
                    values.append(Decimal(text) if text else None)
                except InvalidOperation:
                    raise ValidationError(
                        {"coefficients": f"Hệ số không hợp lệ ở dòng {row + 1}."}
                    ) from None
            if any(v is not None for v in values):
                found[code] = (values[0], values[1])
        return found

    def save_work(self) -> Callable[[], Any]:
        steps, coefficients, source = self._steps(), self._coefficients(), self.source.text()
        nominations = self.context.services.nominations
        return lambda: nominations.save_bonus(steps, coefficients, source)
