"""Movements: the launch form, the launching document copied into the data folder, dates out
of order, target units and titles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tdkt.errors import ConflictError, StorageError, ValidationError
from tdkt.movements.types import MovementDraft, RegistrationDraft
from tests.factories import add_person, add_unit


@pytest.fixture
def data_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TDKT_DATA_DIR", str(folder))
    return folder


def annual_2021(**extra) -> MovementDraft:
    values = dict(
        name="Phong trào thi đua năm 2021",
        kind="thuong_xuyen",
        starts_on="01/01/2021",
        ends_on="31/12/2021",
        launched_by="Giám đốc Sở Công Thương",
        registration_deadline="15/03/2021",
        document_no="203/KH-SCT",
        document_date="03/02/2021",
        document_signer="Võ Văn Rân",
        title_codes=("LDTT", "CSTDCS", "TTLDTT"),
    )
    values.update(extra)
    return MovementDraft(**values)  # type: ignore[arg-type]


def test_launch_copies_the_document_into_the_data_folder(services, data_folder, tmp_path):
    office = add_unit(services, "VP", "Văn phòng Sở")
    plan = tmp_path / "downloads" / "KH 203-KH-SCT.pdf"
    plan.parent.mkdir()
    plan.write_bytes(b"%PDF-1.4 ke hoach")
    movement = services.movements.create(
        annual_2021(unit_ids=(office.id,), attachment_source=str(plan))
    )
    assert movement.attachment_name == "KH 203-KH-SCT.pdf"
    assert movement.title_codes == ("LDTT", "TTLDTT", "CSTDCS")  # by rank
    assert movement.unit_names == ("Văn phòng Sở",)
    copy = services.movements.attachment_file(movement.id)
    assert (
        copy.is_relative_to(data_folder / "attachments")
        and copy.read_bytes() == b"%PDF-1.4 ke hoach"
    )
    plan.unlink()  # the original is gone from Downloads; the record keeps its copy
    assert services.movements.attachment_file(movement.id).is_file()


def test_a_missing_file_is_refused_and_nothing_is_saved(services, data_folder):
    with pytest.raises(ValidationError, match="Không tìm thấy tệp văn bản phát động"):
        services.movements.create(annual_2021(attachment_source="/khong/co/tep.pdf"))
    assert services.movements.list_rows() == []


def test_a_copy_that_fails_says_so_and_saves_nothing(services, data_folder, tmp_path):
    source = tmp_path / "kh.pdf"
    source.write_bytes(b"x")
    data_folder.mkdir()
    (data_folder / "attachments").write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="Không sao chép được tệp") as error:
        services.movements.create(annual_2021(attachment_source=str(source)))
    assert "Phong trào chưa được lưu" in error.value.hint
    assert services.movements.list_rows() == []


def test_a_failed_save_removes_the_copy(services, data_folder, tmp_path):
    source = tmp_path / "kh.pdf"
    source.write_bytes(b"x")
    with pytest.raises(ValidationError, match="Không có danh hiệu"):
        services.movements.create(
            annual_2021(attachment_source=str(source), title_codes=("KHONG_CO",))
        )
    assert not list((data_folder / "attachments").rglob("*.pdf"))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_on": "31/12/2020"}, "ends_on", "Ngày kết thúc phải sau ngày bắt đầu"),
        (
            {"registration_deadline": "01/02/2021"},
            "registration_deadline",
            "trước ngày văn bản phát động",
        ),
        (
            {"registration_deadline": "01/01/2022"},
            "registration_deadline",
            "trước khi phong trào kết thúc",
        ),
        ({"starts_on": "31/02/2021"}, "starts_on", "không phải là ngày hợp lệ"),
        ({"name": " "}, "name", "Tên phong trào không được để trống"),
    ],
)
def test_dates_out_of_order_are_refused(services, data_folder, changes, field, message):
    with pytest.raises(ValidationError) as error:
        services.movements.create(annual_2021(**changes))
    assert message in error.value.errors[field]


def test_edit_and_delete(services, data_folder):
    movement = services.movements.create(annual_2021())
    edited = services.movements.update(
        movement.id, annual_2021(kind="theo_dot", ends_on="14/05/2021"), movement.version
    )
    assert edited.kind_label == "Theo đợt" and edited.ends_on == date(2021, 5, 14)
    office = add_unit(services, "VP", "Văn phòng Sở")
    add_person(services, office.id)
    services.registrations.add(RegistrationDraft("CN01", "LDTT", 2021, movement_id=movement.id))
    with pytest.raises(ConflictError, match="không xóa được"):
        services.movements.delete(movement.id)
