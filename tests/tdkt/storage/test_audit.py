"""The audit log records who changed what, and refuses to be changed itself."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from tdkt.audit.records import AuditRecord
from tdkt.errors import ConflictError, StorageError
from tdkt.storage.unit_of_work import unit_of_work
from tests.factories import add_person, add_unit


def test_every_change_is_logged_with_actor_and_values(services, clock):
    unit = add_unit(services)
    person = add_person(services, unit.id)
    from tdkt.people.types import PersonDraft

    services.people.update(person.id, PersonDraft("CN01", "Nguyễn Văn Ân", "nam", unit.id))
    with services.sessions() as session:
        entries = session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()
    person_entries = [e for e in entries if e.entity == "person"]
    assert [e.action for e in person_entries] == ["insert", "update"]
    update = person_entries[1]
    assert update.actor == "thu.ky"
    assert update.at == clock.now()
    assert json.loads(update.before_json)["full_name"] == "Nguyễn Văn An"
    assert json.loads(update.after_json)["full_name"] == "Nguyễn Văn Ân"


def test_audit_log_is_append_only(services):
    add_unit(services)
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises((ConflictError, StorageError)), unit_of_work(services.sessions) as s:
            s.execute(text(statement))
