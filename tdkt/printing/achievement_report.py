"""Drafts of the báo cáo thành tích, one per nominee, to finish in Word: the layout of NĐ
98/2023 Phụ lục I Mẫu 02 for a collective and the recalled Mẫu 03 for an individual
(legal.md §2.2), with what the records hold filled in (ratings, initiatives and awards of
the last five years) and dotted lines where only the nominee can write."""

from __future__ import annotations

from collections.abc import Sequence

from tdkt.agency.types import AgencySettings
from tdkt.nominations.paper_types import HistoryRow, ReportPaper
from tdkt.printing.blocks import Signer
from tdkt.printing.flow import Block, Grid, Heading, Paper, Para, Signatures, to_docx, to_pdf

DOTS = "…" * 30


def _history(rows: Sequence[HistoryRow], header: tuple[str, str, str]) -> list[Block]:
    if not rows:
        return [Para("(Chưa có trong dữ liệu.)", "body_left")]
    return [
        Grid(
            header,
            tuple((str(r.year), r.text, r.reference) for r in rows),
            (1.2, 4.5, 4.8),
            frozenset({0}),
        )
    ]


def _person(report: ReportPaper) -> list[Block]:
    born = str(report.birth_year) if report.birth_year else DOTS
    blocks: list[Block] = [
        Para("I. SƠ LƯỢC LÝ LỊCH", "heading"),
        Para(
            f"- Họ và tên: {report.subject_name}. Giới tính: {report.gender or DOTS}", "body_left"
        ),
        Para(f"- Năm sinh: {born}", "body_left"),
        Para(f"- Chức vụ: {report.position or DOTS}", "body_left"),
        Para(f"- Đơn vị công tác: {report.unit_name or DOTS}", "body_left"),
        Para(f"- Trình độ chuyên môn, nghiệp vụ: {DOTS}", "body_left"),
        Para(f"- Học hàm, học vị, danh hiệu: {DOTS}", "body_left"),
        Para("II. THÀNH TÍCH ĐẠT ĐƯỢC", "heading"),
        Para(f"1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận: {DOTS}", "body_left"),
        Para(f"2. Thành tích đạt được: {report.summary or DOTS}", "body_left"),
        Para("a) Kết quả đánh giá, xếp loại:", "body_left"),
        *_history(report.ratings, ("Năm", "Kết quả", "Ghi chú")),
        Para("b) Sáng kiến, đề tài khoa học được công nhận:", "body_left"),
        *_history(report.initiatives, ("Năm", "Tên sáng kiến", "Quyết định công nhận")),
        Para("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "heading"),
        *_history(report.awards, ("Năm", "Danh hiệu, hình thức", "Số, ngày quyết định")),
    ]
    signers = (
        Signer("XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ", ""),
        Signer("NGƯỜI BÁO CÁO", report.subject_name),
    )
    return [*blocks, Signatures(signers)]


def _collective(report: ReportPaper) -> list[Block]:
    staff = f"{report.members} người" if report.members is not None else DOTS
    blocks: list[Block] = [
        Para("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "heading"),
        Para(f"1. Tên đơn vị: {report.subject_name}", "body_left"),
        Para(f"- Đơn vị cấp trên: {report.unit_name or DOTS}", "body_left"),
        Para(f"- Tổng số cán bộ, công chức, người lao động: {staff}", "body_left"),
        Para(f"2. Chức năng, nhiệm vụ được giao: {DOTS}", "body_left"),
        Para("II. THÀNH TÍCH ĐẠT ĐƯỢC", "heading"),
        Para(f"1. Kết quả thực hiện nhiệm vụ: {report.summary or DOTS}", "body_left"),
    ]
    if report.member_titles:
        blocks.append(Para(f"2. Phong trào thi đua: {report.member_titles}.", "body_left"))
    blocks += [
        Para("3. Kết quả đánh giá, xếp loại của đơn vị:", "body_left"),
        *_history(report.ratings, ("Năm", "Kết quả", "Ghi chú")),
        Para("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC NHẬN", "heading"),
        *_history(report.awards, ("Năm", "Danh hiệu, hình thức", "Số, ngày quyết định")),
    ]
    signers = (Signer("XÁC NHẬN CỦA CẤP TRÌNH KHEN", ""), Signer("THỦ TRƯỞNG ĐƠN VỊ", ""))
    return [*blocks, Signatures(signers)]


def paper(reports: Sequence[ReportPaper]) -> Paper:
    parts = []
    for report in reports:
        unit = report.unit_name if report.is_person else report.subject_name
        agency = AgencySettings(
            parent_agency=report.agency.name, name=unit, place=report.agency.place
        )
        heading = Heading(
            agency,
            "",
            report.place_date,
            "BÁO CÁO THÀNH TÍCH",
            (report.request,),
            "(Bản dự thảo lấy từ dữ liệu khen thưởng; hãy hoàn chỉnh trước khi ký)",
        )
        blocks = _person(report) if report.is_person else _collective(report)
        parts.append((heading, tuple(blocks)))
    return Paper(tuple(parts), title="Báo cáo thành tích")


def render_pdf(reports: Sequence[ReportPaper]) -> bytes:
    return to_pdf(paper(reports))


def render_docx(reports: Sequence[ReportPaper]) -> bytes:
    return to_docx(paper(reports))
