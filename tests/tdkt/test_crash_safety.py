"""Crash safety: a process killed (SIGKILL) in the middle of a transaction leaves the database
as before the action, never between; its lock is recognised as stale; `check` passes and
every committed action is there. Deterministic: the worker kills itself at a chosen SQL
statement. `python -m bench.kill_test` does the same 100 times at random moments."""

from __future__ import annotations

import signal
import sys

import pytest
from sqlalchemy import text

from bench.crash_books import build_books
from bench.crash_journal import problems, read_journal
from bench.kill_test import Imports, after_kill, spawn_worker, unsound_backups
from tdkt.storage.engine import make_engine

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]


def killed(db, journal, run, **options):  # type: ignore[no-untyped-def]
    options.setdefault("demo", False)
    with spawn_worker(db, journal, run, seed=run, **options) as worker:
        _out, err = worker.communicate(timeout=120)
    assert worker.returncode == -signal.SIGKILL, err
    found, stale = after_kill(db, journal)
    assert stale, "the dead worker's lock was not recognised as stale"
    assert found == []


def count(db, sql):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{db}", read_only=True)
    with engine.connect() as connection:
        value = connection.execute(text(sql)).scalar_one()
    engine.dispose()
    return value


def test_kills_inside_transactions_leave_every_committed_action(tmp_path):
    db, journal = tmp_path / "kill.db", tmp_path / "kill.jsonl"
    # Killed inside the demo's one large transaction: no demo data at all.
    killed(db, journal, 0, demo=True, kill_after=12)
    assert read_journal(journal).in_flight == ["demo"]
    assert count(db, "SELECT COUNT(*) FROM person") == 0
    # Then workers editing, killed at statements deep into their runs.
    for run, statements in enumerate((57, 230, 411), start=1):
        killed(db, journal, run, kill_after=statements)
    state = read_journal(journal)
    assert state.done > 50 and len(state.in_flight) == 4
    assert problems(db, journal) == []


def test_a_kill_inside_an_import_leaves_nothing_of_it(tmp_path):
    db, journal = tmp_path / "import.db", tmp_path / "import.jsonl"
    build_books(tmp_path / "books", [60])
    imports = Imports(tmp_path / "books", chance=0.0, first=True)
    # The units, people, ratings, discipline and initiatives of the workbook are written in
    # its transaction; the worker dies just before the awards.
    killed(db, journal, 0, kill_at_sql="INSERT INTO award", imports=imports)
    state = read_journal(journal)
    assert state.in_flight == ["import"] and state.done == 0
    assert count(db, "SELECT COUNT(*) FROM person WHERE code LIKE 'ZZI%'") == 0
    assert count(db, "SELECT COUNT(*) FROM unit WHERE code LIKE 'ZZI%'") == 0
    assert count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'") == 0
    # The backup made before the import had finished: it is whole and sound.
    checked: set = set()
    assert unsound_backups(db, checked) == [] and len(checked) == 1
    # The same workbook imported again, to the end: every row of it is there.
    with spawn_worker(db, journal, 1, seed=1, demo=False, imports=imports, steps=1) as worker:
        _out, err = worker.communicate(timeout=120)
    assert worker.returncode == 0, err
    assert read_journal(journal).done_by_op["import"] == 1
    assert count(db, "SELECT COUNT(*) FROM person WHERE code LIKE 'ZZI%'") == 60
    assert problems(db, journal) == []
