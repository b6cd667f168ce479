"""The steps of the import wizard, as plain widgets; the wizard moves between them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tdkt.exchange.types import ImportReport
from ui.exchange.models import CountModel, ProblemModel

CHOOSE_TEXT = (
    "Chọn sổ tính Excel (.xlsx) theo mẫu trao đổi dữ liệu: các trang CoQuan, DonVi, CaNhan, "
    "DanhGia, KyLuat, SangKien, KhenThuong, DeNghi (có thể chỉ có một số trang). Phần mềm "
    "kiểm tra toàn bộ sổ tính trước; chưa có gì được ghi cho đến khi bạn xác nhận."
)


WRAPPED_ROWS = 300  # sizing rows to wrapped text costs time: only for lists a person reads


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    return label


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ChooseStep(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.path = QLineEdit(readOnly=True, placeholderText="Chưa chọn tệp")
        self.browse = QPushButton("Chọn tệp…")
        self.template_hint = _label(
            "Chưa có mẫu? Dùng nút “Tải mẫu nhập liệu” ở trang Nhập / Xuất Excel.", "countLabel"
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(_label("Bước 1. Chọn tệp", "sectionLabel"))
        layout.addWidget(_label(CHOOSE_TEXT))
        layout.addLayout(row)
        layout.addWidget(self.template_hint)
        layout.addStretch()


class ProgressStep(QWidget):
    """Reading and checking, or writing: a bar, a line of text and Cancel."""

    def __init__(self) -> None:
        super().__init__()
        self.title = _label("", "sectionLabel")
        self.text = _label("", "countLabel")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.cancel = QPushButton("Hủy")
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addStretch()
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch()

    def start(self, title: str) -> None:
        self.title.setText(title)
        self.text.setText("Đang chuẩn bị…")
        self.bar.setValue(0)
        self.cancel.setEnabled(True)

    def show_progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(round(fraction * 100))
        if text:
            self.text.setText(text)


class PreviewStep(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.counts = CountModel()
        self.problems = ProblemModel()
        self.headline = _label("", "sectionLabel")
        self.verdict = _label()
        self.count_table = _table(self.counts)
        self.problem_table = _table(self.problems)
        self.copy = QPushButton("Sao chép danh sách")
        self.save = QPushButton("Lưu danh sách ra Excel…")
        self._build()

    def _build(self) -> None:
        self.count_table.setMaximumHeight(250)
        header = self.count_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problem_table.setWordWrap(True)
        widths = (70, 90, 60, 140)
        for column, width in enumerate(widths):
            self.problem_table.setColumnWidth(column, width)
        tools = QHBoxLayout()
        tools.addWidget(_label("Các vấn đề tìm thấy", "sectionLabel"), 1)
        tools.addWidget(self.copy)
        tools.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.verdict)
        layout.addWidget(self.count_table)
        layout.addLayout(tools)
        layout.addWidget(self.problem_table, 1)

    def show_report(self, report: ImportReport) -> None:
        self.counts.set_rows(report.counts)
        problems = [*report.errors, *report.warnings]
        self.problems.set_rows(problems)
        if len(problems) <= WRAPPED_ROWS:  # long messages wrap; past that, the tooltip tells
            self.problem_table.resizeRowsToContents()
        self.headline.setText(f"Bước 2. Kiểm tra tệp “{report.file_name}”")
        errors, warnings = len(report.errors), len(report.warnings)
        if errors:
            text = (
                f"Có {errors} lỗi{f' và {warnings} cảnh báo' if warnings else ''}. Không thể "
                "nhập cho đến khi sửa hết lỗi; hãy lưu danh sách ra Excel để sửa hoặc gửi lại "
                "đơn vị."
            )
        elif report.can_import:
            text = f"Tệp hợp lệ: sẽ nhập {report.summary()}."
            if warnings:
                text += f" Có {warnings} cảnh báo: hãy xem lại trước khi nhập."
        else:
            text = "Mọi dòng trong tệp đã có sẵn và giống hệt dữ liệu hiện có: không có gì để nhập."
        self.verdict.setText(text)
        self.verdict.setObjectName("formError" if errors else "")
        self.verdict.style().polish(self.verdict)
        has_problems = bool(errors or warnings)
        self.copy.setEnabled(has_problems)
        self.save.setEnabled(has_problems)


class SummaryStep(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.counts = CountModel()
        self.headline = _label("", "sectionLabel")
        self.text = _label()
        self.table = _table(self.counts)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # keeps the text at the top when the table is hidden

    def show_done(self, report: ImportReport) -> None:
        self.headline.setText("Bước 3. Đã nhập xong")
        warned = (
            f" Có {len(report.warnings)} cảnh báo đã được xem trước khi nhập."
            if report.warnings
            else ""
        )
        self.text.setText(f"Đã ghi {report.summary()} từ “{report.file_name}”.{warned}")
        self.counts.set_rows(report.counts)
        self.table.setVisible(True)

    def show_cancelled(self) -> None:
        self.headline.setText("Đã hủy")
        self.text.setText(
            "Việc nhập đã được hủy; cơ sở dữ liệu giữ nguyên như trước, không có gì được ghi."
        )
        self.counts.set_rows([])
        self.table.setVisible(False)
