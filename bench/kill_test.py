"""The kill test: SIGKILL a worker editing the database at random moments, then check it.

    python -m bench.kill_test [--runs 100] [--series 10] [--max-delay 1.5] [--seed 1]
        [--book-sizes 40,400,...] [--import-chance 0.02]

Runs are grouped in series; each series starts on a new database whose first worker loads
the demo data (a large transaction) and then edits; the following workers of the series
edit the same file after the previous one was killed. Between edits the workers import
Excel workbooks built up front (bench/crash_books.py; one transaction each, preceded by a
backup). After each kill: the stale lock is recognised and taken over, `check` passes,
every committed action is in the database, an import is there entirely or not at all
(bench/crash_journal.py), and every finished backup passes `check` too. Prints the figures
as JSON; exit status 1 if any run failed. Linux and macOS only (SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.crash_books import build_books
from bench.crash_journal import problems, read_journal
from tdkt.backups.files import PARTIAL_SUFFIX, find_backups
from tdkt.integrity.service import check_file
from tdkt.storage.lock import DatabaseLock

ROOT = Path(__file__).resolve().parents[1]


# Books cycle through these sizes (people; each brings units, ratings, discipline,
# initiatives and awards): from a few dozen rows to about 17,000.
BOOK_SIZES = (40, 400, 1500, 3000, 5000)
BOOKS_PER_SIZE = 6  # more than a series ever finishes importing


@dataclass(frozen=True)
class Imports:
    """The workbooks the workers import, and how often a step is an import."""

    books: Path
    chance: float
    first: bool = False  # the worker's first action is an import


def spawn_worker(
    db: Path,
    journal: Path,
    run: int,
    seed: int,
    *,
    demo: bool,
    kill_after: int = 0,
    kill_at_sql: str = "",
    imports: Imports | None = None,
    steps: int = 0,
) -> subprocess.Popen[str]:
    command = [
        sys.executable,
        "-m",
        "bench.crash_worker",
        "--db",
        str(db),
        "--journal",
        str(journal),
        "--run",
        str(run),
        "--seed",
        str(seed),
    ]
    if demo:
        command.append("--demo")
    if kill_after:
        command += ["--kill-after-statements", str(kill_after)]
    if kill_at_sql:
        command += ["--kill-at-sql", kill_at_sql]
    if imports:
        command += ["--books", str(imports.books), "--import-chance", str(imports.chance)]
        command += ["--first-import"] if imports.first else []
    if steps:
        command += ["--steps", str(steps)]
    environment = {**os.environ, "TDKT_DATA_DIR": str(db.parent / "data")}
    return subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def wait_ready(worker: subprocess.Popen[str]) -> None:
    assert worker.stdout is not None
    line = worker.stdout.readline()
    if line.strip() != "ready":
        worker.wait()
        raise RuntimeError(
            "worker did not start: " + (worker.stderr.read() if worker.stderr else "")
        )


def after_kill(db: Path, journal: Path) -> tuple[list[str], bool]:
    """What is wrong after a kill, and whether the dead worker's lock was seen as stale."""
    lock = DatabaseLock.acquire(db)
    stale = lock.previous is not None
    lock.release()
    return problems(db, journal), stale


def backup_folder(db: Path) -> Path:
    """Where the workers' backups go (their TDKT_DATA_DIR is beside the database)."""
    return db.parent / "data" / "backups"


def unsound_backups(db: Path, checked: set[Path]) -> list[str]:
    """Backups finished since the last look (the one before an import, say) that fail
    `check`; a backup cut short by the kill is only a partial file, never listed."""
    found = []
    for backup in find_backups(backup_folder(db), db):
        if backup.path not in checked:
            checked.add(backup.path)
            report = check_file(backup.path)
            found += [f"{backup.path.name}: {f.message}" for f in report.findings]
    return found


def run_series(
    folder: Path, series: int, runs: int, rng: random.Random, options: argparse.Namespace
) -> dict:
    db, journal = folder / f"kill-{series}.db", folder / f"kill-{series}.jsonl"
    imports = Imports(folder / "books", options.import_chance)
    failures, stale_locks, worker_errors, backups = [], 0, 0, set[Path]()
    max_delay = options.max_delay
    for run in range(runs):
        seed = rng.randrange(1 << 30)
        worker = spawn_worker(db, journal, run, seed, demo=run == 0, imports=imports)
        wait_ready(worker)
        # The first worker loads the demo data first: kill it early often enough to land
        # inside that one large transaction.
        time.sleep(rng.uniform(0.0, max_delay / 3 if run == 0 else max_delay))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        if worker.returncode != -signal.SIGKILL:  # it failed by itself before the kill
            worker_errors += 1
            failures.append(f"run {run}: worker exited {worker.returncode}: {worker.stderr.read()}")
        found, stale = after_kill(db, journal)
        stale_locks += stale
        found += unsound_backups(db, backups)
        failures += [f"series {series} run {run}: {problem}" for problem in found]
    state = read_journal(journal)
    return {
        "runs": runs,
        "stale_locks_recognised": stale_locks,
        "actions_committed": state.done,
        "imports_committed": state.done_by_op["import"],
        "backups_checked": len(backups),
        # Cut short by a kill: never listed as backups, but left on the disk.
        "partial_backups_left": len(list(backup_folder(db).glob(f"{db.stem}_*{PARTIAL_SUFFIX}"))),
        "killed_during": Counter(state.in_flight),
        "failures": failures,
        "worker_errors": worker_errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.kill_test")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--series", type=int, default=10)
    parser.add_argument("--max-delay", type=float, default=1.5, help="seconds after start")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--book-sizes",
        default=",".join(map(str, BOOK_SIZES * BOOKS_PER_SIZE)),
        help="people in each workbook to import",
    )
    parser.add_argument("--import-chance", type=float, default=0.02, help="of each step")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # taking over stale locks is the point here
    rng = random.Random(args.seed)
    per_series = max(1, args.runs // args.series)
    started = time.perf_counter()
    totals: Counter[str] = Counter()
    killed_during: Counter[str] = Counter()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tdkt-kill-") as folder:
        sizes = [int(size) for size in args.book_sizes.split(",")]
        build_books(Path(folder) / "books", sizes, seed=args.seed)
        for series in range(args.series):
            result = run_series(Path(folder), series, per_series, rng, args)
            for key in (
                "runs",
                "stale_locks_recognised",
                "actions_committed",
                "imports_committed",
                "backups_checked",
                "partial_backups_left",
                "worker_errors",
            ):
                totals[key] += result[key]
            killed_during.update(result["killed_during"])
            failures += result["failures"]
    figures = {
        **totals,
        "killed_during_action": dict(killed_during),
        "killed_between_actions": totals["runs"] - sum(killed_during.values()),
        "failed_runs": len(failures),
        "failures": failures[:20],
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
