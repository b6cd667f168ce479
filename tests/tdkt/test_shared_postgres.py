"""Two copies of the application on one real PostgreSQL database edit the same person: the
second save is refused with "đã được người khác thay đổi", nothing is lost or overwritten,
and the audit log holds exactly the save that happened. Skipped without
TDKT_TEST_POSTGRES_URL."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tdkt.app import build_services
from tdkt.audit.records import AuditRecord
from tests.conftest import POSTGRES_URL, _truncate
from tests.factories import add_person, add_unit

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


class Copy:
    """Another process running the application's services."""

    def __init__(self, actor: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.tdkt.pg_editor", POSTGRES_URL, actor],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, line: str) -> str:
        self.send(line)
        return self.answer()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def shared(postgres_engine, clock) -> Iterator[tuple[object, int, Copy, Copy]]:  # type: ignore[no-untyped-def]
    _truncate(postgres_engine)
    services = build_services(postgres_engine, clock, actor=lambda: "thu.ky")
    unit = add_unit(services)
    person = add_person(services, unit.id, full_name="Nguyễn Văn An")
    first, second = Copy("may.mot"), Copy("may.hai")
    yield services, person.id, first, second
    first.close()
    second.close()


def person_updates(services) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        entries = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.entity == "person", AuditRecord.action == "update")
            .order_by(AuditRecord.id)
        )
        return [(e.actor, json.loads(e.after_json)["full_name"]) for e in entries]


def test_second_save_from_a_stale_form_is_refused(shared):
    services, person_id, first, second = shared
    assert first.ask(f"load {person_id}") == "loaded 1 Nguyễn Văn An"
    assert second.ask(f"load {person_id}") == "loaded 1 Nguyễn Văn An"
    assert first.ask(f"save {person_id} Nguyễn_Văn_Ân 1") == "saved 2"
    answer = second.ask(f"save {person_id} Nguyễn_Văn_Anh 1")
    assert answer.startswith("refused Bản ghi đã được người khác thay đổi")
    assert services.people.get(person_id).full_name == "Nguyễn Văn Ân"
    assert person_updates(services) == [("may.mot", "Nguyễn Văn Ân")]
    # Reloaded, the second copy saves on top of the first one's change.
    assert second.ask(f"load {person_id}") == "loaded 2 Nguyễn Văn Ân"
    assert second.ask(f"save {person_id} Nguyễn_Văn_Anh 2") == "saved 3"


def test_save_racing_an_open_transaction_is_refused_when_it_commits(shared):
    """Both copies read version 1; the second's UPDATE waits for the first's row lock, then
    finds the version moved on: the SQL check refuses it, not only the service's."""
    services, person_id, first, second = shared
    assert first.ask(f"hold {person_id} Nguyễn_Văn_Ân") == "held"
    second.send(f"save {person_id} Nguyễn_Văn_Anh 1")  # blocks on the row lock
    assert first.ask("commit") == "committed"
    assert second.answer().startswith("refused Bản ghi đã được người khác thay đổi")
    assert services.people.get(person_id).full_name == "Nguyễn Văn Ân"
    assert [actor for actor, _ in person_updates(services)] == ["may.mot"]
