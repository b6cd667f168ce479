"""`print KIND`: a batch's documents without a window (EXCHANGE.md §3).

    python main.py print nomination-list --batch BK-TINH-2025 --out danh-sach.pdf
    python main.py print nomination-list --batch BK-TINH-2025 --out danh-sach.docx
    python main.py print to-trinh --batch BK-TINH-2025 --out to-trinh.pdf
    python main.py print quyet-dinh --batch LDTT-2025 --out quyet-dinh.docx
    python main.py print bao-cao-thanh-tich --batch BK-TINH-2025 --out bao-cao.docx
    python main.py print certificates --batch GK-2025 --out giay-khen.pdf [--printer NAME]
    python main.py print calibration --out can-chinh.pdf [--printer NAME]

The batch is named as in the application or the `DeNghi` sheet. A .pdf or a .docx is
written according to the file name; bad input exits 2 with the reason in Vietnamese."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tdkt.cli.framework import EXIT_OK, Command, Context
from tdkt.cli.report_command import output_suffix, write_output

if TYPE_CHECKING:
    from tdkt.app import Services

BOTH = (".pdf", ".docx")
Render = Callable[["Services", int, str], bytes]


def _list(services: Services, batch_id: int, suffix: str) -> bytes:
    from tdkt.printing import nomination_list

    paper = services.nominations.nomination_list(batch_id)
    return (
        nomination_list.render_pdf(paper)
        if suffix == ".pdf"
        else nomination_list.render_docx(paper)
    )


def _letters(services: Services, batch_id: int, suffix: str) -> bytes:
    from tdkt.printing import proposal_letter

    letters = services.nominations.proposal_letters(batch_id)
    return (
        proposal_letter.render_pdf(letters)
        if suffix == ".pdf"
        else proposal_letter.render_docx(letters)
    )


def _decision(services: Services, batch_id: int, suffix: str) -> bytes:
    from tdkt.printing import award_decision

    paper = services.nominations.decision_paper(batch_id)
    return (
        award_decision.render_pdf(paper) if suffix == ".pdf" else award_decision.render_docx(paper)
    )


def _reports(services: Services, batch_id: int, suffix: str) -> bytes:
    from tdkt.printing import achievement_report

    reports = services.nominations.achievement_reports(batch_id)
    return (
        achievement_report.render_pdf(reports)
        if suffix == ".pdf"
        else achievement_report.render_docx(reports)
    )


KINDS: dict[str, tuple[str, Render, tuple[str, ...]]] = {
    "nomination-list": ("danh sách đề nghị khen thưởng của một đợt", _list, BOTH),
    "to-trinh": ("tờ trình đề nghị khen thưởng (một tờ trình cho mỗi loại)", _letters, BOTH),
    "quyet-dinh": ("quyết định khen thưởng của Giám đốc Sở, kèm danh sách", _decision, BOTH),
    "bao-cao-thanh-tich": ("dự thảo báo cáo thành tích của các dòng đề nghị", _reports, BOTH),
}


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="TARGET", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _configure(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="kind", metavar="LOẠI", required=True)
    for name, (help_text, _render, suffixes) in KINDS.items():
        sub = kinds.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--batch", required=True, help="tên đợt đề nghị, ví dụ BK-TINH-2025")
        sub.add_argument("--out", type=Path, required=True, help=f"tệp {' hoặc '.join(suffixes)}")
        _db(sub)
    sub = kinds.add_parser(
        "certificates", help="giấy khen của một đợt đã có quyết định, in trên phôi"
    )
    sub.add_argument("--batch", required=True, help="tên đợt đề nghị")
    sub.add_argument("--out", type=Path, required=True, help="tệp .pdf")
    sub.add_argument("--printer", default="", help="máy in (lấy độ lệch đã đo của máy in này)")
    sub.add_argument("--outline", action="store_true", help="vẽ phác phôi bên dưới (xem thử)")
    _db(sub)
    sub = kinds.add_parser("calibration", help="trang căn chỉnh phôi (lưới milimét)")
    sub.add_argument("--out", type=Path, required=True, help="tệp .pdf")
    sub.add_argument("--printer", default="", help="máy in (in kèm độ lệch đang áp dụng)")
    _db(sub)


def _run(context: Context) -> int:
    args = context.args
    if args.kind == "certificates":
        data = _certificates(context, args)
    elif args.kind == "calibration":
        data = _calibration(context, args)
    else:
        _help, render, suffixes = KINDS[args.kind]
        suffix = output_suffix(args.out, suffixes)
        services = context.services()
        batch = services.nominations.batch_named(args.batch)
        data = render(services, batch.id, suffix)
    write_output(args.out, data)
    return EXIT_OK


def _certificates(context: Context, args: argparse.Namespace) -> bytes:
    from tdkt.printing import certificates

    output_suffix(args.out, (".pdf",))
    services = context.services()
    batch = services.nominations.batch_named(args.batch)
    paper = services.nominations.certificates(batch.id, args.printer)
    return certificates.render_pdf(paper, outline=args.outline)


def _calibration(context: Context, args: argparse.Namespace) -> bytes:
    from tdkt.printing import certificates
    from tdkt.printing.certificate_layout import load_layout

    output_suffix(args.out, (".pdf",))
    settings = context.services().nominations.document_settings()
    layout = load_layout(settings.certificate_layout)
    return certificates.calibration_pdf(layout, settings.offset_for(args.printer))


PRINT = Command(
    "print",
    "in văn bản của một đợt đề nghị: nomination-list, to-trinh, quyet-dinh, "
    "bao-cao-thanh-tich, certificates, calibration",
    _configure,
    _run,
)
