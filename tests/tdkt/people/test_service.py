"""People: Vietnamese order, NFC storage, validation, refusing to delete history."""

from __future__ import annotations

import unicodedata

import pytest

from tdkt.errors import ConflictError, ValidationError
from tdkt.people.types import PersonDraft
from tests.factories import add_award, add_person, add_unit


@pytest.fixture
def unit(services):
    return add_unit(services)


def test_list_is_in_vietnamese_name_order(services, unit):
    names = ["Nguyễn Văn Đức", "Trần Thị Ăn", "Lê Văn Dũng", "Phạm Thị Ánh", "Võ Văn Bình"]
    for index, name in enumerate(names):
        add_person(services, unit.id, code=f"CN{index}", full_name=name)
    ordered = [row.full_name for row in services.people.list_rows()]
    assert ordered == [
        "Phạm Thị Ánh",
        "Trần Thị Ăn",
        "Võ Văn Bình",
        "Lê Văn Dũng",
        "Nguyễn Văn Đức",
    ]


def test_decomposed_name_is_stored_as_nfc(services, unit):
    typed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    person = add_person(services, unit.id, full_name=typed)
    assert person.full_name == unicodedata.normalize("NFC", "Nguyễn Thị Ánh")
    assert services.people.list_rows()[0].search_text.startswith("nguyen thi anh")


def test_birth_accepts_a_year_or_a_date(services, unit):
    by_year = add_person(services, unit.id, code="A", birth="1980")
    by_date = add_person(services, unit.id, code="B", birth="05/01/1981")
    assert (by_year.birth_date, by_year.birth_year) == (None, 1980)
    assert by_date.birth_date.isoformat() == "1981-01-05"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"full_name": "   "}, "full_name"),
        ({"birth": "31/02/1980"}, "birth"),
        ({"recruited_on": "hôm qua"}, "recruited_on"),
        ({"cccd": "12345"}, "cccd"),
        ({"gender": "khac"}, "gender"),
        ({"unit_id": 9999}, "unit_id"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(services, unit, changes, field):
    fields = {"code": "CN01", "full_name": "Nguyễn Văn An", "gender": "nam", "unit_id": unit.id}
    fields.update(changes)
    with pytest.raises(ValidationError) as raised:
        services.people.create(PersonDraft(**fields))
    assert field in raised.value.errors
    assert all(message for message in raised.value.errors.values())
    assert services.people.list_rows() == []


def test_duplicate_cccd_is_refused(services, unit):
    add_person(services, unit.id, code="A", cccd="051080000001")
    with pytest.raises(ConflictError, match="CCCD"):
        add_person(services, unit.id, code="B", full_name="Lê Văn Bình", cccd="051080000001")


def test_person_with_awards_is_not_deleted(services, unit):
    person = add_person(services, unit.id)
    add_award(services, "CN01", "LDTT", 2024, decision_no="12/QĐ-SCT", decision_date="10/01/2025")
    with pytest.raises(ConflictError, match="1 bản ghi khen thưởng"):
        services.people.delete(person.id)
    assert len(services.people.list_rows()) == 1
    assert len(services.awards.list_rows()) == 1


def test_stale_edit_is_refused(services, unit):
    person = add_person(services, unit.id)
    draft = PersonDraft(code="CN01", full_name="Nguyễn Văn Ân", gender="nam", unit_id=unit.id)
    services.people.update(person.id, draft, version=person.version)
    with pytest.raises(ConflictError, match="người khác"):
        services.people.update(person.id, draft, version=person.version)


def test_year_strip_collects_ratings_awards_and_discipline(services, unit):
    from tdkt.discipline.types import DisciplineDraft

    person = add_person(services, unit.id)
    services.ratings.set_rating("ca_nhan", person.id, 2023, "HTXSNV")
    services.ratings.set_rating("ca_nhan", person.id, 2024, "HTTNV")
    add_award(services, "CN01", "CSTDCS", 2023)
    services.discipline.add(DisciplineDraft(person.id, "khien_trach", "01/03/2024"))
    strip = services.people.year_strip(person.id)
    assert [(y.year, y.rating, y.awards, y.discipline) for y in strip.years] == [
        (2023, "HTXSNV", ("CSTĐCS",), ()),
        (2024, "HTTNV", (), ("Khiển trách",)),
    ]
