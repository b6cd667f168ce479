"""`python -m bench [--people N]`: build or reuse a large dataset, print the figures as JSON."""

from __future__ import annotations

import argparse
import json

from bench.cycle import measure_cycle
from bench.dataset import ensure_dataset
from bench.eligibility import measure_eligibility
from bench.nominations import measure_nominations
from bench.people_page import measure_people_page
from bench.reliability import measure_reliability
from bench.stats import measure_statistics


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=15)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--exchange", action="store_true", help="also import the dataset as an Excel workbook"
    )
    args = parser.parse_args()
    path, build_s = ensure_dataset(args.people, args.years)
    figures: dict[str, object] = {"dataset": str(path), "dataset_build_s": round(build_s, 1)}
    figures.update(measure_people_page(path, args.repeats))
    figures.update(measure_statistics(args.repeats))
    figures.update(measure_reliability(path, args.repeats))
    if args.exchange:
        from bench.exchange import measure_exchange

        figures.update(measure_exchange())
    figures.update(measure_eligibility(path, args.repeats))
    figures.update(measure_cycle(path, args.repeats))
    figures.update(measure_nominations(path))
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
