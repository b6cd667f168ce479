"""`eligibility --year Y [--title CODE] [--subject CODE] --format json` (EXCHANGE.md §3)."""

from __future__ import annotations

import argparse
import json
import sys

from tdkt.cli.framework import EXIT_OK, Command, Context


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="năm đánh giá")
    parser.add_argument("--title", help="mã danh hiệu, hình thức (mặc định: mọi mã có quy tắc)")
    parser.add_argument("--subject", help="mã cá nhân hoặc đơn vị (mặc định: tất cả)")
    parser.add_argument(
        "--format", choices=["json"], default="json", help="định dạng kết quả (json)"
    )


def _run(context: Context) -> int:
    args = context.args
    title = args.title.strip().upper() if args.title else None
    evaluations = context.services().eligibility.evaluate(args.year, title, args.subject)
    json.dump([e.as_json() for e in evaluations], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return EXIT_OK


ELIGIBILITY = Command(
    "eligibility",
    "xét điều kiện danh hiệu, hình thức khen thưởng theo quy định của năm (kết quả JSON)",
    _configure,
    _run,
)
