"""The child of the kill test: edits a database through the services until it is killed.

    python -m bench.crash_worker --db FILE --journal FILE --run N --seed S [--demo]
        [--books FOLDER [--import-chance P] [--first-import]]
        [--kill-after-statements K | --kill-at-sql TEXT]

Before each action it appends an `intent` line to the journal (what the record will look
like), after the action returned (committed) a `done` line; each line is flushed and fsynced,
so the journal never claims more than the database committed. The parent kills this process
at a random moment (SIGKILL: no cleanup, no atexit, like a power cut for the process) and
checks the database against the journal (bench/crash_journal.py).

With `--books` (bench/crash_books.py) a step is, with probability P, the import of a
workbook of that folder not yet in the database: its intent is journalled before the file is
read, a `stage` line when its one transaction begins (ExchangeService.apply: check, backup,
write), `done` once it returned.

`--kill-after-statements K` makes the worker kill itself at its K-th SQL statement, and
`--kill-at-sql TEXT` just before the first statement containing TEXT: deterministic kills in
the middle of a transaction, for the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from bench.crash_books import BOOK_PREFIX, read_manifest
from tdkt.app import Services, open_database
from tdkt.awards.types import AwardDraft
from tdkt.people.types import PersonDraft
from tdkt.units.types import UnitDraft

PREFIX = "ZZK"  # codes of records this worker makes; the demo's codes never start with it
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng")
MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu")
GIVEN = ("An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hùng", "Lan", "Ngọc", "Tâm")
GRADES = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")


class Journal:
    def __init__(self, path: Path) -> None:
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the whole run

    def write(self, **entry: Any) -> None:
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


class Worker:
    def __init__(self, services: Services, journal: Journal, run: int, rng: random.Random):
        self.services, self.journal, self.run, self.rng = services, journal, run, rng
        self.count = 0
        self.books: Books | None = None
        with services.engine.connect() as connection:
            self.people = [
                row[0]
                for row in connection.execute(
                    text("SELECT code FROM person WHERE code LIKE 'ZZK%' ORDER BY code")
                )
            ]
            self.awards = {
                row[1]: row[0]
                for row in connection.execute(
                    text(
                        "SELECT id, decision_no FROM award "
                        "WHERE decision_no LIKE 'ZZK%' AND revoked_on IS NULL"
                    )
                )
            }
            self.units = [row[0] for row in connection.execute(text("SELECT id FROM unit"))]

    def act(self, op: str, key: list[Any], state: Any, action: Callable[[], Any]) -> Any:
        self.count += 1
        number = f"{self.run}.{self.count}"
        self.journal.write(phase="intent", n=number, op=op, key=key, state=state)
        result = action()
        self.journal.write(phase="done", n=number)
        return result

    def stage(self, name: str) -> None:
        """Where the action under way has got to (the last intent's number)."""
        self.journal.write(phase="stage", n=f"{self.run}.{self.count}", stage=name)

    def name(self) -> str:
        parts = (FAMILY, MIDDLE, MIDDLE, GIVEN)
        return " ".join(self.rng.choice(words) for words in parts)

    def step(self) -> None:
        if self.books and self.books.left() and self.rng.random() < self.books.chance:
            return self.import_book()
        choices = ["unit", "person", "person", "rename", "award", "award", "revoke", "rating"]
        op = self.rng.choice(choices if self.people else ["unit", "person"])
        return getattr(self, op)()

    def import_book(self) -> None:
        """Import a workbook whose records are not in the database yet: all of it or none."""
        assert self.books is not None
        name = self.rng.choice(self.books.left())
        book, path = self.books.manifest[name], self.books.folder / name

        def import_it() -> Any:
            reading = self.services.exchange.read(path)
            self.stage("transaction")
            return self.services.exchange.apply(reading)

        self.act("import", ["import", book["prefix"]], book["counts"], import_it)
        self.books.imported.add(book["prefix"])

    def unit(self) -> None:
        code, name = f"{PREFIX}{self.run}U{self.count + 1}", f"Đơn vị thử {self.count + 1}"
        row = self.act(
            "unit", ["unit", code], name, lambda: self.services.units.create(UnitDraft(code, name))
        )
        self.units.append(row.id)

    def person(self) -> None:
        if not self.units:
            return self.unit()
        code, name, unit_id = f"{PREFIX}{self.run}P{self.count + 1}", self.name(), None
        unit_id = self.rng.choice(self.units)
        draft = PersonDraft(code=code, full_name=name, gender="nam", unit_id=unit_id)
        self.act("person", ["person", code], name, lambda: self.services.people.create(draft))
        self.people.append(code)
        return None

    def rename(self) -> None:
        people = self.services.people
        code, name = self.rng.choice(self.people), self.name()
        person = people.get(people_id(self.services, code))

        def save() -> Any:
            draft = PersonDraft(
                code=person.code, full_name=name, gender=person.gender, unit_id=person.unit_id
            )
            return people.update(person.id, draft, version=person.version)

        self.act("rename", ["person", code], name, save)

    def award(self) -> None:
        code = self.rng.choice(self.people)
        decision = f"{PREFIX}{self.run}-{self.count + 1}/QĐ-SCT"
        draft = AwardDraft(
            subject_code=code,
            title_code="LDTT",
            year=self.rng.randint(2010, 2025),
            decision_no=decision,
            decision_date="20/12/2025",
        )
        row = self.act(
            "award", ["award", decision], "active", lambda: self.services.awards.create(draft)
        )
        self.awards[decision] = row.id

    def revoke(self) -> None:
        if not self.awards:
            return self.award()
        decision = self.rng.choice(sorted(self.awards))
        award_id = self.awards.pop(decision)
        self.act(
            "revoke",
            ["award", decision],
            "revoked",
            lambda: self.services.awards.revoke(award_id, date(2025, 12, 31), "Kiểm thử"),
        )
        return None

    def rating(self) -> None:
        code, year, grade = self.rng.choice(self.people), self.rng.randint(2015, 2025), None
        grade = self.rng.choice(GRADES)
        person_id = people_id(self.services, code)
        self.act(
            "rating",
            ["rating", code, year],
            grade,
            lambda: self.services.ratings.set_rating("ca_nhan", person_id, year, grade),
        )

    def demo(self) -> None:
        from tdkt.demo.generator import generate_demo

        people = self.rng.randint(40, 400)
        self.act(
            "demo", ["demo"], people, lambda: generate_demo(self.services, people=people, years=4)
        )


class Books:
    """The workbooks of the kill test, and which of them this database already holds."""

    def __init__(self, services: Services, folder: Path, chance: float) -> None:
        self.folder, self.chance = folder, chance
        self.manifest = read_manifest(folder)
        with services.engine.connect() as connection:
            codes = connection.execute(
                text(f"SELECT code FROM unit WHERE code LIKE '{BOOK_PREFIX}%'")
            ).scalars()
            self.imported = {code.split("-")[0] + "-" for code in codes}

    def left(self) -> list[str]:
        return sorted(n for n, b in self.manifest.items() if b["prefix"] not in self.imported)


def people_id(services: Services, code: str) -> int:
    with services.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM person WHERE code = :c"), {"c": code}
            ).scalar_one()
        )


def kill_after(services: Services, statements: int = 0, sql: str = "") -> None:
    """Die at the `statements`-th SQL statement, or at the first one containing `sql`."""
    seen = 0

    @event.listens_for(services.engine, "before_cursor_execute")
    def _count(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal seen
        seen += 1
        if (statements and seen >= statements) or (sql and sql in statement):
            os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash_worker")
    parser.add_argument("--db", required=True)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--run", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--books", type=Path, help="folder of bench/crash_books.py")
    parser.add_argument("--import-chance", type=float, default=0.02)
    parser.add_argument("--first-import", action="store_true")
    parser.add_argument("--kill-after-statements", type=int, default=0)
    parser.add_argument("--kill-at-sql", default="")
    parser.add_argument("--steps", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    services = open_database(args.db, actor=lambda: "kiem.thu")
    worker = Worker(services, Journal(args.journal), args.run, random.Random(args.seed))
    if args.books:
        worker.books = Books(services, args.books, args.import_chance)
    if args.kill_after_statements or args.kill_at_sql:
        kill_after(services, args.kill_after_statements, args.kill_at_sql)
    print("ready", flush=True)
    if args.demo:
        worker.demo()
    if args.first_import:
        worker.import_book()
    for _ in range(args.steps):
        worker.step()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
