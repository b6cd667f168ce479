"""`demo`: fill an empty database with realistic data of a Sở Công Thương."""

from __future__ import annotations

import argparse

from tdkt.cli.framework import EXIT_OK, Command, Context


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seed", type=int, default=2025, help="hạt giống ngẫu nhiên (mặc định 2025)"
    )
    parser.add_argument("--people", type=int, default=150, help="số cá nhân (mặc định 150)")
    parser.add_argument("--years", type=int, default=10, help="số năm dữ liệu (mặc định 10)")
    parser.add_argument("--last-year", type=int, default=2025, help="năm cuối (mặc định 2025)")
    parser.add_argument(
        "--award-rate",
        type=float,
        default=1.0,
        help="tỷ lệ giữ lại danh hiệu thường xuyên (0–1), cho bộ dữ liệu rất lớn",
    )


def _run(context: Context) -> int:
    from tdkt.demo.generator import generate_demo

    args = context.args
    summary = generate_demo(
        context.services(),
        seed=args.seed,
        people=args.people,
        years=args.years,
        last_year=args.last_year,
        award_rate=args.award_rate,
    )
    print(
        f"Đã tạo dữ liệu mẫu: {summary.units} đơn vị, {summary.people} cá nhân, "
        f"{summary.ratings} xếp loại, {summary.discipline} kỷ luật, "
        f"{summary.initiatives} sáng kiến, {summary.awards} khen thưởng."
    )
    print(
        f"Cùng {summary.movements} phong trào, {summary.registrations} đăng ký thi đua, "
        f"{summary.councils} hội đồng và {summary.meetings} cuộc họp."
    )
    return EXIT_OK


DEMO = Command(
    "demo", "tạo dữ liệu mẫu của một Sở Công Thương (cơ sở dữ liệu phải trống)", _configure, _run
)
