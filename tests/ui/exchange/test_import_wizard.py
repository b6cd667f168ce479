"""The import wizard: nothing written before confirmation, errors block, cancel rolls back."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from tests.tdkt.exchange.helpers import PEOPLE_HEADERS, base_book, write_book
from ui.exchange.import_wizard import ImportWizard
from ui.exchange.models import CountModel, ProblemModel


@pytest.fixture
def wizard(qtbot, page_context):  # type: ignore[no-untyped-def]
    dialog = ImportWizard(page_context)
    qtbot.addWidget(dialog)
    return dialog


def bad_book(folder):  # type: ignore[no-untyped-def]
    return write_book(
        folder / "bad.xlsx",
        {"CaNhan": [PEOPLE_HEADERS, ["CN05", "Lê Văn C", "Khác", None, "NOPE"]]},
    )


def test_a_good_file_is_previewed_then_written_on_confirmation(
    wizard, page_context, tmp_path, qtbot
):
    wizard.choose_file = lambda: str(base_book(tmp_path / "data.xlsx"))
    wizard.choose.browse.click()
    assert wizard.next.isEnabled() and wizard.next.text() == "Kiểm tra tệp"
    wizard.next.click()
    assert wizard.stack.currentWidget() is wizard.preview
    counts = wizard.preview.counts.rows()
    assert [(c.sheet, c.new) for c in counts] == [("DonVi", 2), ("CaNhan", 2)]
    assert page_context.services.people.list_rows() == []  # nothing written yet
    assert wizard.next.text() == "Nhập dữ liệu" and wizard.next.isEnabled()
    with qtbot.waitSignal(page_context.events.data_replaced, timeout=1000):
        wizard.next.click()
    assert wizard.stack.currentWidget() is wizard.summary
    assert "Đã ghi 4 dòng mới" in wizard.summary.text.text()
    assert len(page_context.services.people.list_rows()) == 2


def test_errors_are_listed_and_block_the_import(wizard, page_context, tmp_path):
    wizard.set_path(str(bad_book(tmp_path)))
    wizard.next.click()
    problems = wizard.preview.problems.rows()
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("CaNhan", 2, "Giới tính"),
        ("CaNhan", 2, "Mã đơn vị"),
    ]
    assert not wizard.next.isEnabled()
    assert "Có 2 lỗi" in wizard.preview.verdict.text()
    wizard.preview.copy.click()
    copied = QApplication.clipboard().text().splitlines()
    assert (
        copied[0]
        == 'Lỗi – CaNhan, dòng 2, cột "Giới tính": "Khác" không hợp lệ, chỉ nhận "Nam" hoặc "Nữ"'
    )
    target = tmp_path / "loi.xlsx"
    wizard.problems_path = lambda: str(target)
    wizard.preview.save.click()
    rows = list(load_workbook(target).active.values)
    assert rows[0] == ("Trang", "Dòng", "Cột", "Mức độ", "Nội dung")
    assert rows[1][:4] == ("CaNhan", 2, "Giới tính", "Lỗi")
    wizard.back.click()
    assert wizard.stack.currentWidget() is wizard.choose


def test_an_unreadable_file_stays_on_the_first_step(wizard, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "ui.exchange.import_wizard.show_error", lambda parent, error: shown.append(str(error))
    )
    path = tmp_path / "x.xlsx"
    path.write_text("không phải sổ tính", encoding="utf-8")
    wizard.set_path(str(path))
    wizard.next.click()
    assert wizard.stack.currentWidget() is wizard.choose
    assert "không phải là sổ tính Excel" in shown[0]


def test_cancel_while_importing_leaves_the_database_unchanged(wizard, page_context, tmp_path):
    wizard.set_path(str(base_book(tmp_path / "data.xlsx")))
    wizard.next.click()

    def press_cancel(fraction: float, text: str) -> None:
        if text.startswith("Đang ghi") and wizard.progress.cancel.isEnabled():
            wizard.progress.cancel.click()  # what the user does while rows are written

    original = wizard._start

    def start(title: str):  # type: ignore[no-untyped-def]
        bridge = original(title)
        bridge.progressed.connect(press_cancel)
        return bridge

    wizard._start = start
    wizard.next.click()
    assert wizard.stack.currentWidget() is wizard.summary
    assert wizard.summary.headline.text() == "Đã hủy"
    assert page_context.services.people.list_rows() == []
    assert page_context.services.units.list_rows() == []


def test_models(qtmodeltester, page_context, tmp_path):
    report = page_context.services.exchange.check(
        page_context.services.exchange.read(bad_book(tmp_path))
    )
    counts, problems = CountModel(), ProblemModel()
    counts.set_rows(report.counts)
    problems.set_rows(report.problems)
    qtmodeltester.check(counts)
    qtmodeltester.check(problems)
    assert counts.display(report.counts[0], 1) == "1" and counts.display(report.counts[0], 2) == "–"
