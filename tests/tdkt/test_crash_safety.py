"""Crash safety: a process killed (SIGKILL) in the middle of a transaction leaves the database
as before the action, never between; its lock is recognised as stale; `check` passes and
every committed action is there. Deterministic: the worker kills itself at a chosen SQL
statement. `python -m bench.kill_test` does the same 100 times at random moments."""

from __future__ import annotations

import signal
import sys

import pytest
from sqlalchemy import text

from bench.crash_journal import problems, read_journal
from bench.kill_test import after_kill, spawn_worker
from tdkt.storage.engine import make_engine

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]


def killed(db, journal, run, *, demo=False, kill_after):  # type: ignore[no-untyped-def]
    with spawn_worker(db, journal, run, seed=run, demo=demo, kill_after=kill_after) as worker:
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
