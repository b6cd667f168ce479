"""Optional sign-in: the first user is a thư ký, roles are enforced by the services
themselves, passwords are salted scrypt hashes and never reach the audit log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import insert, select

from tdkt.audit.records import AuditRecord
from tdkt.errors import AccessDeniedError, ConflictError, StaleEditError, ValidationError
from tdkt.storage.unit_of_work import unit_of_work
from tdkt.units.records import UnitRecord
from tdkt.users.passwords import hash_password, verify_password
from tdkt.users.types import SECRETARY, VIEWER, UserDraft
from tests.factories import add_unit

PASSWORD = "mat-khau-1"


def secretary(services, username="thuky"):  # type: ignore[no-untyped-def]
    return services.users.create(UserDraft(username, "Trần Thị Thư", SECRETARY, PASSWORD))


def test_passwords_are_salted_slow_hashes():
    first, second = hash_password("bí mật 123"), hash_password("bí mật 123")
    assert first != second  # a fresh salt each time
    scheme, n, r, p, _salt, _digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert verify_password("bí mật 123", first)
    assert not verify_password("bí mật 124", first)
    assert not verify_password("bí mật 123", "không phải băm")


def test_sign_in_is_off_until_the_first_user_who_must_be_a_secretary(services):
    assert not services.users.sign_in_required()
    with pytest.raises(ValidationError) as refused:
        services.users.create(UserDraft("xem1", "Người Xem", VIEWER, PASSWORD))
    assert "Thư ký" in refused.value.errors["role"]
    row = secretary(services)
    assert services.users.sign_in_required()
    assert services.users.current is not None and services.users.current.id == row.id
    assert services.actor() == "thuky"


def test_sign_in_checks_the_password_and_names_the_actor(services):
    secretary(services)
    services.users.sign_out()
    assert services.actor() == "thu.ky"  # the operating-system user of the fixture
    with pytest.raises(ValidationError, match="không đúng"):
        services.users.sign_in("thuky", "sai-mat-khau")
    with pytest.raises(ValidationError, match="không đúng"):
        services.users.sign_in("khong-co", PASSWORD)
    user = services.users.sign_in("  THUKY ", PASSWORD)  # case and spaces do not matter
    assert user.role == SECRETARY and services.actor() == "thuky"
    add_unit(services)
    with services.sessions() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
    assert last is not None and last.actor == "thuky"


def test_viewer_may_read_but_every_write_is_refused_by_the_services(services):
    add_unit(services)
    secretary(services)
    services.users.create(UserDraft("xem", "Người Xem", VIEWER, PASSWORD))
    services.users.sign_in("xem", PASSWORD)
    assert [u.code for u in services.units.list_rows()] == ["VP"]
    with pytest.raises(AccessDeniedError, match="chỉ có quyền xem"):
        add_unit(services, "P2", "Phòng 2")
    with pytest.raises(AccessDeniedError), unit_of_work(services.sessions) as session:
        session.execute(insert(UnitRecord), [{"code": "X", "name": "X", "version": 1}])
    with pytest.raises(AccessDeniedError):
        services.users.create(UserDraft("khac", "Khác", VIEWER, PASSWORD))
    assert [u.code for u in services.units.list_rows()] == ["VP"]


def test_only_a_signed_in_secretary_manages_users(services):
    secretary(services)
    services.users.sign_out()
    with pytest.raises(AccessDeniedError):
        services.users.create(UserDraft("khac", "Khác", VIEWER, PASSWORD))
    services.users.sign_in("thuky", PASSWORD)
    viewer = services.users.create(UserDraft("xem", "Người Xem", VIEWER, PASSWORD))
    with pytest.raises(ConflictError, match="Đã có"):
        services.users.create(UserDraft("XEM", "Trùng", VIEWER, PASSWORD))
    services.users.set_password(viewer.id, "mat-khau-moi")
    services.users.sign_in("xem", "mat-khau-moi")


def test_new_user_fields_are_validated(services):
    with pytest.raises(ValidationError) as refused:
        services.users.create(UserDraft("a b", "", "sep", "ngan"))
    assert set(refused.value.errors) == {"username", "full_name", "role", "password"}


def test_the_last_active_secretary_cannot_be_lost(services):
    boss = secretary(services)
    draft = UserDraft("thuky", "Trần Thị Thư", VIEWER)
    with pytest.raises(ConflictError, match="ít nhất một Thư ký"):
        services.users.update(boss.id, draft, active=True, version=boss.version)
    other = services.users.create(UserDraft("thuky2", "Lê Văn Hai", SECRETARY, PASSWORD))
    demoted = services.users.update(boss.id, draft, active=True, version=boss.version)
    assert demoted.role == VIEWER
    with pytest.raises(StaleEditError):
        services.users.update(boss.id, draft, active=False, version=boss.version)
    assert other.active


def test_password_hash_never_reaches_the_audit_log(services):
    row = secretary(services)
    services.users.set_password(row.id, "mat-khau-moi")
    with services.sessions() as session:
        entries = session.scalars(select(AuditRecord).where(AuditRecord.entity == "app_user"))
        logged = [(e.action, e.before_json, e.after_json) for e in entries]
    assert [action for action, _, _ in logged] == ["insert", "update"]
    assert json.loads(logged[0][2])["password_hash"] == "***"
    assert json.loads(logged[1][1]) == {"password_hash": "***"}
    assert "scrypt" not in repr(logged)


def test_the_reason_nothing_can_be_saved_names_the_viewer_or_the_read_only_file(services):
    from tdkt.app import build_services

    assert services.access.write_refusal == ""
    secretary(services)
    services.users.create(UserDraft("xem", "Người Xem", VIEWER, PASSWORD))
    services.users.sign_in("xem", PASSWORD)
    assert (
        services.access.write_refusal
        == "Tài khoản xem chỉ có quyền xem; không thể thay đổi dữ liệu."
    )
    services.users.sign_in("thuky", PASSWORD)
    assert services.access.write_refusal == ""
    reader = build_services(services.engine, services.clock, read_only_reason="Chỉ đọc.")
    assert reader.access.write_refusal == "Chỉ đọc."
