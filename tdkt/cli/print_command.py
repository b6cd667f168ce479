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
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tdkt.cli.framework import EXIT_OK, Command, Context
from tdkt.cli.report_command import output_suffix, write_output

if TYPE_CHECKING:
    from tdkt.app import Services

BOTH = (".pdf", ".docx")


@dataclass(frozen=True)
class BatchDocument:
    """A document of a batch: the printing module that renders it (imported when used, so
    the command starts fast) and the service call that assembles what it prints."""

    help: str
    module: str
    source: Callable[[Services, int], Any]

    def render(self, services: Services, batch_id: int, suffix: str) -> bytes:
        printer = importlib.import_module(f"tdkt.printing.{self.module}")
        paper = self.source(services, batch_id)
        return printer.render_pdf(paper) if suffix == ".pdf" else printer.render_docx(paper)


KINDS = {
    "nomination-list": BatchDocument(
        "danh sách đề nghị khen thưởng của một đợt",
        "nomination_list",
        lambda services, batch_id: services.nominations.nomination_list(batch_id),
    ),
    "to-trinh": BatchDocument(
        "tờ trình đề nghị khen thưởng (một tờ trình cho mỗi loại)",
        "proposal_letter",
        lambda services, batch_id: services.nominations.proposal_letters(batch_id),
    ),
    "quyet-dinh": BatchDocument(
        "quyết định khen thưởng của Giám đốc Sở, kèm danh sách",
        "award_decision",
        lambda services, batch_id: services.nominations.decision_paper(batch_id),
    ),
    "bao-cao-thanh-tich": BatchDocument(
        "dự thảo báo cáo thành tích của các dòng đề nghị",
        "achievement_report",
        lambda services, batch_id: services.nominations.achievement_reports(batch_id),
    ),
}


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="TARGET", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _configure(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="kind", metavar="LOẠI", required=True)
    for name, document in KINDS.items():
        sub = kinds.add_parser(name, help=document.help, description=document.help)
        sub.add_argument("--batch", required=True, help="tên đợt đề nghị, ví dụ BK-TINH-2025")
        sub.add_argument("--out", type=Path, required=True, help=f"tệp {' hoặc '.join(BOTH)}")
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
        suffix = output_suffix(args.out, BOTH)
        services = context.services()
        batch = services.nominations.batch_named(args.batch)
        data = KINDS[args.kind].render(services, batch.id, suffix)
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
