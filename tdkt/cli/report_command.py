"""`report` and `award-history`: the report documents without a window.

    python main.py report --from 2021-01-01 --to 2021-06-30 --out ket-qua.docx
    python main.py report --from 2025-01-01 --to 2025-12-31 --out bieu-mau.xlsx
    python main.py award-history --subject CN0016 --out ly-lich.pdf

`report` writes the award section (.pdf or .docx, with `--occasion` continuing "đã có thành
tích ...") or the TT 02/2023/TT-BNV forms (.xlsx); `award-history` writes the lý lịch khen
thưởng of a person or a unit, found by its code."""

from __future__ import annotations

import argparse
from pathlib import Path

from tdkt.cli.framework import EXIT_OK, Command, Context
from tdkt.errors import StorageError, ValidationError
from tdkt.reports.periods import period_from_text

SUFFIXES = (".pdf", ".docx", ".xlsx")


def _configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", default="", help="ngày đầu (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", default="", help="ngày cuối (YYYY-MM-DD)")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="tệp .pdf, .docx (đoạn báo cáo) hoặc .xlsx (biểu mẫu)",
    )
    parser.add_argument("--occasion", default="", help="thành tích, dịp khen thưởng (tùy chọn)")


def _run_report(context: Context) -> int:
    args = context.args
    suffix = output_suffix(args.out, SUFFIXES)
    period = period_from_text(args.start, args.end)
    reports = context.services().reports
    if suffix == ".xlsx":
        data = reports.forms_workbook(period)
    elif suffix == ".docx":
        data = reports.section_docx(period, args.occasion)
    else:
        data = reports.section_pdf(period, args.occasion)
    write_output(args.out, data)
    return EXIT_OK


def _configure_history(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--subject", required=True, help="mã cá nhân hoặc mã đơn vị")
    parser.add_argument("--out", type=Path, required=True, help="tệp .pdf sẽ ghi")


def _run_history(context: Context) -> int:
    args = context.args
    output_suffix(args.out, (".pdf",))
    reports = context.services().reports
    write_output(args.out, reports.award_history_pdf("", code=args.subject.strip()))
    return EXIT_OK


def output_suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise ValidationError({"out": f"Tệp ra phải có đuôi {', '.join(allowed)}: {path.name}"})
    return suffix


def write_output(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise StorageError(
            f"Không ghi được tệp {path}: {error.strerror or error}.",
            "Kiểm tra thư mục, hoặc đóng tệp nếu nó đang mở trong Word hoặc Excel.",
        ) from error
    print(path)


REPORT = Command(
    "report",
    "ghi đoạn báo cáo khen thưởng (.pdf, .docx) hoặc biểu mẫu TT 02/2023/TT-BNV (.xlsx)",
    _configure_report,
    _run_report,
)
AWARD_HISTORY = Command(
    "award-history",
    "in lý lịch khen thưởng của một cá nhân hoặc đơn vị ra tệp PDF",
    _configure_history,
    _run_history,
)
