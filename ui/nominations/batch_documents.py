"""The batch's documents, for the "Văn bản" menu (ui/widgets/documents.py): the list, the
proposal letters, the decision, the achievement reports, the certificates (on an outline of
the blank, or on the blank itself, moved by the chosen printer's offset) and the blank's
calibration page. Each is rendered on the worker, where its printing module is loaded."""

from __future__ import annotations

from collections.abc import Callable

from ui.context import PageContext
from ui.documents import printing
from ui.widgets.documents import Document, printed
from ui.widgets.save_file import safe_file_name

achievement_report = printing("achievement_report")
award_decision = printing("award_decision")
certificate_layout = printing("certificate_layout")
certificates = printing("certificates")
nomination_list = printing("nomination_list")
proposal_letter = printing("proposal_letter")

PDF_WORD = ("pdf", "docx")


def batch_documents(
    context: PageContext, batch_id: int, batch_name: str, line_ids: Callable[[], list[int]]
) -> list[Document]:
    nominations = context.services.nominations
    stem = safe_file_name(batch_name)
    chosen = line_ids()  # the lines selected when the menu opens

    def paper(label: str, prefix: str, module: object, source: Callable[[], object]) -> Document:
        return printed(label, f"{prefix}-{stem}", module, source, PDF_WORD)

    def certificate_pdf(outline: bool) -> bytes:
        return certificates.render_pdf(nominations.certificates(batch_id), outline=outline)

    def certificate_for(printer: str) -> bytes:
        return certificates.render_pdf(nominations.certificates(batch_id, printer))

    def calibration() -> bytes:
        settings = nominations.document_settings()
        layout = certificate_layout.load_layout(settings.certificate_layout)
        return certificates.calibration_pdf(layout, settings.offset_for(""))

    return [
        paper(
            "Danh sách đề nghị khen thưởng",
            "danh-sach",
            nomination_list,
            lambda: nominations.nomination_list(batch_id),
        ),
        paper(
            "Tờ trình (mỗi loại khen thưởng một tờ trình)",
            "to-trinh",
            proposal_letter,
            lambda: nominations.proposal_letters(batch_id),
        ),
        paper(
            "Quyết định của Giám đốc Sở, kèm danh sách",
            "quyet-dinh",
            award_decision,
            lambda: nominations.decision_paper(batch_id),
        ),
        paper(
            "Dự thảo báo cáo thành tích (dòng đang chọn, hoặc cả đợt)",
            "bao-cao-thanh-tich",
            achievement_report,
            lambda: nominations.achievement_reports(batch_id, chosen or None),
        ),
        Document(
            "Giấy khen – xem trên phác phôi",
            f"giay-khen-{stem}",
            {"pdf": lambda: certificate_pdf(True)},
        ),
        Document(
            "Giấy khen – in lên phôi",
            f"giay-khen-in-{stem}",
            {"pdf": lambda: certificate_pdf(False)},
            for_printer=certificate_for,
        ),
        Document("Trang căn chỉnh phôi (lưới milimét)", "can-chinh-phoi", {"pdf": calibration}),
    ]
