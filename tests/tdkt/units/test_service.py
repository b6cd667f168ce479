"""Units: the tree in order, reordering, and refusals that leave the database unchanged."""

from __future__ import annotations

import pytest

from tdkt.errors import ConflictError, ValidationError
from tdkt.units.types import UnitDraft
from tests.factories import add_person, add_unit


def test_tree_rows_follow_parent_and_sibling_order(services):
    root = add_unit(services, "SCT", "Sở Công Thương")
    office = add_unit(services, "VP", "Văn phòng Sở", root.id)
    inspect = add_unit(services, "TT", "Thanh tra Sở", root.id)
    add_unit(services, "VP-HC", "Tổ Hành chính", office.id)
    rows = services.units.list_rows()
    assert [(r.code, r.depth) for r in rows] == [("SCT", 0), ("VP", 1), ("VP-HC", 2), ("TT", 1)]
    assert [r.tree_index for r in rows] == [0, 1, 2, 3]
    moved = services.units.move(inspect.id, -1)
    assert [r.code for r in moved] == ["SCT", "TT", "VP", "VP-HC"]


def test_names_are_stored_nfc_and_trimmed(services):
    decomposed = "Phòng Quản lý Thương mại".replace("ò", "o\u0300")
    row = add_unit(services, " QLTM ", "  " + decomposed + "  ")
    assert row.code == "QLTM"
    assert row.name == "Phòng Quản lý Thương mại"


@pytest.mark.parametrize(
    ("code", "name", "field"),
    [("", "Văn phòng", "code"), ("VP", "", "name"), ("V P", "Văn phòng", "code")],
)
def test_invalid_drafts_are_refused_with_field_messages(services, code, name, field):
    with pytest.raises(ValidationError) as raised:
        services.units.create(UnitDraft(code=code, name=name))
    assert field in raised.value.errors
    assert services.units.list_rows() == []


def test_duplicate_code_is_refused(services):
    add_unit(services, "VP", "Văn phòng Sở")
    with pytest.raises(ConflictError, match="đã được dùng"):
        add_unit(services, "VP", "Văn phòng khác")
    assert len(services.units.list_rows()) == 1


def test_unit_cannot_become_its_own_descendant(services):
    root = add_unit(services, "SCT", "Sở Công Thương")
    child = add_unit(services, "VP", "Văn phòng Sở", root.id)
    with pytest.raises(ValidationError):
        services.units.update(root.id, UnitDraft(code="SCT", name="Sở", parent_id=child.id))


def test_unit_with_people_is_not_deleted(services):
    unit = add_unit(services)
    add_person(services, unit.id)
    with pytest.raises(ConflictError, match="còn cá nhân"):
        services.units.delete(unit.id)
    assert len(services.units.list_rows()) == 1
