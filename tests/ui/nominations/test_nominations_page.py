"""The nominations page: batches and lines load (models checked), a batch is made in its
dialog, lines come from the "Xét khen thưởng" page, the workflow dialogs move it on, the
decision dialog records the awards, the documents preview and print in the application,
and revoking an award shows what relied on it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.awards.types import AwardQuery
from tdkt.nominations.types import BatchDraft, LineDraft
from tdkt.printing import nomination_list
from tests.factories import add_award, add_person, add_unit
from tests.ui.queued_runner import QueuedRunner
from ui.awards.revoke_dialog import RevokeDialog
from ui.context import AppEvents, PageContext
from ui.eligibility.page import EligibilityPage
from ui.nominations.add_to_batch_dialog import NEW, AddToBatchDialog
from ui.nominations.batch_dialog import BatchDialog
from ui.nominations.decision_dialog import DecisionDialog
from ui.nominations.page import NominationsPage
from ui.nominations.step_dialog import StepDialog
from ui.widgets.pdf_preview import PdfPreviewDialog

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("warnings"),
]


@pytest.fixture
def office(page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    services.agency.save(QUANG_NGAI_EXAMPLE)
    unit = add_unit(services, "VP", "Văn phòng Sở")
    for code, name in (
        ("CN01", "Nguyễn Văn An"),
        ("CN02", "Trần Văn Đức"),
        ("CN03", "Lê Văn Dũng"),
    ):
        person = add_person(services, unit.id, code, name, recruited_on="01/01/2015")
        services.ratings.set_rating("ca_nhan", person.id, 2025, "HTTNV")
    return unit


@pytest.fixture
def page(qtbot, page_context, office):  # type: ignore[no-untyped-def]
    batch = page_context.services.nominations.create_batch(
        BatchDraft(name="LDTT-2025", title_code="LDTT", year=2025)
    )
    for code in ("CN01", "CN02"):
        page_context.services.nominations.add_line(batch.batch.id, LineDraft(code, "LDTT", 2025))
    widget = NominationsPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_batches_and_lines_load_with_their_checks(page, qtmodeltester):
    assert [r.name for r in page.model.rows()] == ["LDTT-2025"]
    qtmodeltester.check(page.model)
    view = page.view
    assert [v.line.subject_name for v in view.lines.rows()] == ["Nguyễn Văn An", "Trần Văn Đức"]
    qtmodeltester.check(view.lines)
    assert {v.check.verdict_label for v in view.lines.rows()} == {"Đủ điều kiện"}
    assert view.step_buttons["trinh"].isVisible() or not view.step_buttons["trinh"].isHidden()
    assert view.step_buttons["quyet_dinh"].isHidden()
    assert "Hồ sơ (thiếu" in view.tabs.tabText(1)


def test_a_batch_is_made_in_its_dialog(qtbot, page, page_context):
    page.buttons["add"].click()
    dialog = page.findChild(BatchDialog)
    save(dialog)
    assert "Tên đợt đề nghị không được để trống" in dialog.errors.message("name")
    dialog.name.setText("BK-TINH-2025")
    dialog.title.setCurrentIndex(dialog.title.findData("BK_TINH"))
    dialog.deputy.setChecked(True)
    with qtbot.waitSignal(page_context.events.nominations_changed):  # the dashboard's batches
        save(dialog)
    assert dialog.result_value.batch.level == "Chủ tịch UBND tỉnh"
    assert "BK-TINH-2025" in [r.name for r in page.model.rows()]


def test_sent_then_decided_through_the_dialogs(qtbot, page, page_context):
    view = page.view
    view.step_buttons["trinh"].click()
    step = view.findChild(StepDialog)
    step.letter_no.setText("30/TTr-HĐTĐKT")
    step.letter_date.setText("10/12/2025")
    save(step)
    assert "Hồ sơ còn thiếu 1 tài liệu" in step.errors.message("checklist")
    step.override.setChecked(True)
    step.reason.setPlainText("Biên bản bình xét của đơn vị lưu tại Văn phòng")
    save(step)
    assert view.details.batch.status == "da_trinh"
    view.step_buttons["quyet_dinh"].click()
    decision = view.findChild(DecisionDialog)
    assert decision.signer.text() == "Võ Văn Rân"
    decision.number.setText("1809/QĐ-SCT")
    decision.day.setText("12/12/2025")
    decision.lines.item(1).setCheckState(Qt.CheckState.Unchecked)
    save(decision)
    awards = page_context.services.awards.list_rows(AwardQuery(year=2025))
    assert [a.subject_name for a in awards] == ["Nguyễn Văn An"]
    assert view.details.batch.status == "co_quyet_dinh"


def test_rows_of_the_eligibility_page_go_into_a_new_batch(qtbot, page_context, office):
    eligibility = EligibilityPage(page_context)
    qtbot.addWidget(eligibility)
    eligibility.activate()
    eligibility.year.setValue(2025)
    eligibility.title.setCurrentIndex(eligibility.title.findData("LDTT"))
    eligibility.table.selectAll()
    assert eligibility.propose_button.isEnabled()
    chosen = [
        (r.evaluation.subject.kind, r.evaluation.subject.id) for r in eligibility.selected_rows()
    ]
    services = page_context.services
    dialog = AddToBatchDialog(
        page_context,
        "LDTT",
        "Lao động tiên tiến",
        "Giám đốc Sở",
        2025,
        chosen,
        services.nominations.list_batches(),
        eligibility,
    )
    qtbot.addWidget(dialog)
    assert dialog.batch.currentData() == NEW and dialog.name.text() == "LDTT-2025"
    save(dialog)
    assert dialog.result_value.added == 3
    names = [line.subject_name for line in dialog.result_value.details.lines]
    assert names == ["Nguyễn Văn An", "Lê Văn Dũng", "Trần Văn Đức"]  # An, Dũng, Đức


def test_the_preview_shows_and_prints_the_pages(qtbot, page, page_context, tmp_path):
    batch_id = page.view.details.batch.id
    pdf = nomination_list.render_pdf(page_context.services.nominations.nomination_list(batch_id))
    dialog = PdfPreviewDialog(page_context.runner, "Danh sách", pdf, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1 and dialog.pages.text().endswith("trang")
    target = tmp_path / "in-ra.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    dialog.ask_printer = to_file
    dialog.print_document()
    printed = QPdfDocument()
    printed.load(str(target))
    assert printed.pageCount() == dialog.document.pageCount()
    assert dialog.print_button.isEnabled()


def test_the_batch_documents_preview_in_the_application(page, tmp_path):
    view = page.view
    view.output.show_viewer = (shown := []).append
    menu = view.documents.menu()
    menu.aboutToShow.emit()
    submenus = {action.text(): action.menu() for action in menu.actions()}
    assert len(submenus) == 7
    letters = submenus["Tờ trình (mỗi loại khen thưởng một tờ trình)"]
    assert [a.text() for a in letters.actions() if not a.isSeparator()] == [
        "Xem trước",
        "In…",
        "Lưu PDF…",
        "Lưu Word…",
    ]
    on_blanks = submenus["Giấy khen – in lên phôi"]
    assert [a.text() for a in on_blanks.actions() if not a.isSeparator()] == [
        "Xem trước",
        "In…",
        "Lưu PDF…",
    ]
    for label in ("Danh sách đề nghị khen thưởng", "Trang căn chỉnh phôi (lưới milimét)"):
        next(a for a in submenus[label].actions() if a.text() == "Xem trước").trigger()
    listed, calibration = shown
    assert listed.windowTitle() == "Danh sách đề nghị khen thưởng"
    assert "Nguyễn Văn An" in PdfReader(io.BytesIO(listed.pdf)).pages[0].extract_text()
    assert calibration.document.pageCount() == 1
    view.output.ask_path = lambda _parent, suggested: tmp_path / suggested
    next(a for a in letters.actions() if a.text() == "Lưu Word…").trigger()
    assert view.output.last_written == tmp_path / "to-trinh-LDTT-2025.docx"
    assert view.output.last_written.read_bytes()[:2] == b"PK"


def test_revoking_shows_what_relied_on_the_award(qtbot, page_context, office):
    """CN01 was rated HTNV in 2024 yet holds LĐTT 2024 by decision, and CSTĐCS 2024 on an
    initiative: the CSTĐCS rests on that LĐTT."""
    from tests.tdkt.nominations.test_revocation import add_initiative

    services = page_context.services
    person = services.people.list_rows()[0]
    services.ratings.set_rating("ca_nhan", person.id, 2024, "HTNV")
    add_initiative(services, "SK2024-01", 2024, person.id, "co_so")
    add_award(services, "CN01", "LDTT", 2024, decision_no="1/QĐ-SCT", decision_date="20/12/2024")
    add_award(services, "CN01", "CSTDCS", 2024, decision_no="2/QĐ-SCT", basis="SK2024-01")
    award = next(a for a in services.awards.list_rows() if a.title_code == "LDTT")
    dialog = RevokeDialog(page_context, award)
    qtbot.addWidget(dialog)
    assert "Chiến sĩ thi đua cơ sở năm 2024" in dialog.dependents.text()
    dialog.reason.setPlainText("Sai đối tượng")
    save(dialog)
    assert dialog.result_value.revoked
    assert [f.title_name for f in services.nominations.review_flags()] == ["Chiến sĩ thi đua cơ sở"]


def test_a_certificate_is_rendered_again_for_the_printer_chosen(
    qtbot, page, page_context, tmp_path
):
    pdf = nomination_list.render_pdf(
        page_context.services.nominations.nomination_list(page.view.details.batch.id)
    )
    asked: list[str] = []

    def for_printer(name: str) -> bytes:
        asked.append(name)
        return pdf

    dialog = PdfPreviewDialog(page_context.runner, "Giấy khen", pdf, for_printer=for_printer)
    qtbot.addWidget(dialog)

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "gk.pdf"))
        return True

    dialog.ask_printer = to_file
    dialog.print_document()
    assert len(asked) == 1 and (tmp_path / "gk.pdf").stat().st_size > 0


def test_the_chosen_batch_is_read_once_while_the_list_loads(
    qtbot, page_context, office, monkeypatch
):
    # Real runs are queued: the list's selection signals come before any details arrive.
    nominations = page_context.services.nominations
    batch = nominations.create_batch(BatchDraft(name="LDTT-2025", title_code="LDTT", year=2025))
    read = []
    details = nominations.details
    monkeypatch.setattr(nominations, "details", lambda i: read.append(i) or details(i))
    runner = QueuedRunner()
    widget = NominationsPage(PageContext(page_context.services, runner, AppEvents()))
    qtbot.addWidget(widget)
    widget.activate()
    runner.drain()
    assert read == [batch.batch.id]
    assert widget.view.details is not None and widget.view.details.batch.id == batch.batch.id
