"""The batch's documents: each can be previewed in the application, printed, or saved as
PDF or Word. Rendering runs on the worker; the preview and the printer on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from tdkt.printing.certificate_layout import load_layout
from ui.context import PageContext
from ui.documents import printing
from ui.widgets.pdf_preview import SaveOption, preview
from ui.widgets.save_file import safe_file_name, save_document

achievement_report = printing("achievement_report")
award_decision = printing("award_decision")
certificates = printing("certificates")
nomination_list = printing("nomination_list")
proposal_letter = printing("proposal_letter")


@dataclass(frozen=True)
class BatchDocument:
    label: str
    stem: str
    pdf: Callable[[], bytes]
    docx: Callable[[], bytes] | None = None
    for_printer: Callable[[str], bytes] | None = None  # moved by that printer's offset


def batch_documents(
    context: PageContext, batch_id: int, batch_name: str, line_ids: Callable[[], list[int]]
) -> list[BatchDocument]:
    nominations = context.services.nominations
    stem = safe_file_name(batch_name)

    def reports(renderer: str) -> Callable[[], bytes]:
        # Looked up when the document is made, on the worker (ui.documents).
        chosen = line_ids()
        return lambda: getattr(achievement_report, renderer)(
            nominations.achievement_reports(batch_id, chosen or None)
        )

    def certificate_pdf(outline: bool) -> Callable[[], bytes]:
        return lambda: certificates.render_pdf(nominations.certificates(batch_id), outline=outline)

    def calibration() -> bytes:
        settings = nominations.document_settings()
        layout = load_layout(settings.certificate_layout)
        return certificates.calibration_pdf(layout, settings.offset_for(""))

    return [
        BatchDocument(
            "Danh sách đề nghị khen thưởng",
            f"danh-sach-{stem}",
            lambda: nomination_list.render_pdf(nominations.nomination_list(batch_id)),
            lambda: nomination_list.render_docx(nominations.nomination_list(batch_id)),
        ),
        BatchDocument(
            "Tờ trình (mỗi loại khen thưởng một tờ trình)",
            f"to-trinh-{stem}",
            lambda: proposal_letter.render_pdf(nominations.proposal_letters(batch_id)),
            lambda: proposal_letter.render_docx(nominations.proposal_letters(batch_id)),
        ),
        BatchDocument(
            "Quyết định của Giám đốc Sở, kèm danh sách",
            f"quyet-dinh-{stem}",
            lambda: award_decision.render_pdf(nominations.decision_paper(batch_id)),
            lambda: award_decision.render_docx(nominations.decision_paper(batch_id)),
        ),
        BatchDocument(
            "Dự thảo báo cáo thành tích (dòng đang chọn, hoặc cả đợt)",
            f"bao-cao-thanh-tich-{stem}",
            reports("render_pdf"),
            reports("render_docx"),
        ),
        BatchDocument("Giấy khen – xem trên phác phôi", f"giay-khen-{stem}", certificate_pdf(True)),
        BatchDocument(
            "Giấy khen – in lên phôi",
            f"giay-khen-in-{stem}",
            certificate_pdf(False),
            for_printer=lambda printer: certificates.render_pdf(
                nominations.certificates(batch_id, printer)
            ),
        ),
        BatchDocument("Trang căn chỉnh phôi (lưới milimét)", "can-chinh-phoi", calibration),
    ]


def documents_button(
    parent: QWidget, context: PageContext, documents: Callable[[], list[BatchDocument]]
) -> QPushButton:
    """ "Văn bản" with a menu built when opened: preview, print, save PDF or Word."""
    button = QPushButton("Văn bản")
    menu = QMenu(button)

    def fill() -> None:
        menu.clear()
        found = documents()
        if not found:
            menu.addAction("(Chọn một đợt đề nghị)").setEnabled(False)
        for document in found:
            sub = menu.addMenu(document.label)
            sub.addAction("Xem trước…", lambda d=document: open_preview(parent, context, d))
            sub.addAction(
                "In…", lambda d=document: open_preview(parent, context, d, print_now=True)
            )
            sub.addAction(
                "Lưu PDF…",
                lambda d=document: save_document(
                    parent, context, d.pdf, "Lưu văn bản", f"{d.stem}.pdf"
                ),
            )
            if document.docx is not None:
                sub.addAction(
                    "Lưu Word…",
                    lambda d=document: save_document(
                        parent,
                        context,
                        d.docx,
                        "Lưu văn bản",
                        f"{d.stem}.docx",  # type: ignore[arg-type]
                    ),
                )

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button


def open_preview(
    parent: QWidget, context: PageContext, document: BatchDocument, print_now: bool = False
) -> None:
    saves = [SaveOption("Lưu Word…", ".docx", document.docx)] if document.docx else []
    preview(
        parent,
        context,
        document.label,
        document.stem,
        document.pdf,
        saves,
        on_shown=(lambda dialog: dialog.print_document()) if print_now else None,
        for_printer=document.for_printer,
    )
